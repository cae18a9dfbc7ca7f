// name: known_cited_by
// description: People and organizations whose resolution facts a re-load of $files can
//   change: nodes citing a file, and people with a relationship citing one or leading to
//   a node citing one (it may be deleted with the file's facts).
// param: files = ["cv/jane.pdf"]
MATCH (n)
WHERE (n:Person OR n:Organization) AND any(s IN n.sources WHERE s IN $files)
RETURN n.id AS id
UNION
MATCH (p:Person)-[r:WORKED_AT|STUDIED_AT|AUTHORED]->(x)
WHERE any(s IN r.sources WHERE s IN $files) OR any(s IN x.sources WHERE s IN $files)
RETURN p.id AS id
