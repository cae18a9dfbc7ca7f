// name: known_cited_by (LadybugDB: list_has_any instead of a quantifier)
// description: People and organizations whose resolution facts a re-load of $files can
//   change: nodes citing a file, and people with a relationship citing one or leading to
//   a node citing one (it may be deleted with the file's facts).
// param: files = ["cv/jane.pdf"]
WITH $files AS files
MATCH (n:Person:Organization)
WHERE list_has_any(n.sources, files)
RETURN n.id AS id
UNION
WITH $files AS files
MATCH (p:Person)-[r:WORKED_AT|STUDIED_AT|AUTHORED]->(x)
WHERE list_has_any(r.sources, files) OR list_has_any(x.sources, files)
RETURN p.id AS id
