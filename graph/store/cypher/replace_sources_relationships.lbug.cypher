// name: replace_sources_relationships (LadybugDB: list_filter instead of a comprehension)
// description: Take the files out of every relationship's sources; delete the
//   relationships left with none.
// param: files = ["cv/jane.pdf"]
WITH $files AS files
MATCH ()-[r]->()
WHERE list_has_any(r.sources, files)
WITH r, list_filter(r.sources, s -> NOT list_contains(files, s)) AS kept
SET r.sources = kept
WITH r
WHERE size(r.sources) = 0
DELETE r
