// name: replace_sources_relationships (LadybugDB: list_filter instead of a comprehension)
// description: Take the files out of every relationship's sources; delete the
//   relationships left with none and return them (id and endpoint ids).
// param: files = ["cv/jane.pdf"]
WITH $files AS files
MATCH (a)-[r]->(b)
WHERE list_has_any(r.sources, files)
WITH a, r, b, list_filter(r.sources, s -> NOT list_contains(files, s)) AS kept
SET r.sources = kept
WITH a, r, b
WHERE size(r.sources) = 0
WITH r, r.id AS id, a.id AS src, b.id AS dst
DELETE r
RETURN id, src, dst
