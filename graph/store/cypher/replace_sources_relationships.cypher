// name: replace_sources_relationships
// description: Take the files out of every relationship's sources; delete the
//   relationships left with none (re-loading an edited résumé replaces its facts) and
//   return them (id and endpoint ids).
// param: files = ["cv/jane.pdf"]
MATCH (a)-[r]->(b)
WHERE any(s IN r.sources WHERE s IN $files)
SET r.sources = [s IN r.sources WHERE NOT s IN $files]
WITH a, r, b
WHERE size(r.sources) = 0
WITH r, r.id AS id, a.id AS src, b.id AS dst
DELETE r
RETURN id, src, dst
