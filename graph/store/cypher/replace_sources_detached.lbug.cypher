// name: replace_sources_detached (LadybugDB: list_filter instead of a quantifier)
// description: The relationships that deleting the nodes left without sources will take
//   with them (run after replace_sources_relationships, before replace_sources_nodes).
// param: files = ["cv/jane.pdf"]
WITH $files AS files
MATCH (a)-[r]->(b)
WHERE size(list_filter(a.sources, s -> NOT list_contains(files, s))) = 0
   OR size(list_filter(b.sources, s -> NOT list_contains(files, s))) = 0
RETURN r.id AS id, a.id AS src, b.id AS dst
