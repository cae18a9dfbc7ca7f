// name: ledger_erasures
// description: Every erasure's audit line and (unless re-admitted) its salted hashes.
MATCH (e:`_Erasure`)
RETURN e.id AS id, e.date AS date, e.kind AS kind, e.files AS files, e.nodes AS nodes,
       e.relationships AS relationships, e.hashes AS hashes, e.readmitted AS readmitted
ORDER BY date, id
