// name: ledger_roots
// description: Folders résumés were loaded from: their name in source keys and their path.
MATCH (r:`_Root`)
RETURN r.id AS id, r.path AS path
ORDER BY id
