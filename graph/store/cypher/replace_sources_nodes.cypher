// name: replace_sources_nodes
// description: Take the files out of every node's sources; delete the nodes left with
//   none, with their relationships, and return their ids (a write that re-creates one
//   counts it as updated, not as removed and created).
// param: files = ["cv/jane.pdf"]
MATCH (n)
WHERE any(s IN n.sources WHERE s IN $files)
SET n.sources = [s IN n.sources WHERE NOT s IN $files]
WITH n
WHERE size(n.sources) = 0
WITH n, n.id AS id
DETACH DELETE n
RETURN id
