// name: replace_sources_nodes (LadybugDB: list_filter instead of a comprehension)
// description: Take the files out of every node's sources; delete the nodes left with
//   none, with their relationships, and return their ids.
// param: files = ["cv/jane.pdf"]
WITH $files AS files
MATCH (n)
WHERE list_has_any(n.sources, files)
WITH n, list_filter(n.sources, s -> NOT list_contains(files, s)) AS kept
SET n.sources = kept
WITH n
WHERE size(n.sources) = 0
WITH n, n.id AS id
DETACH DELETE n
RETURN id
