// name: replace_sources_relationships
// description: Take the files out of every relationship's sources; delete the
//   relationships left with none (re-loading an edited résumé replaces its facts).
// param: files = ["cv/jane.pdf"]
MATCH ()-[r]->()
WHERE any(s IN r.sources WHERE s IN $files)
SET r.sources = [s IN r.sources WHERE NOT s IN $files]
WITH r
WHERE size(r.sources) = 0
DELETE r
