// name: replace_sources_detached
// description: The relationships that deleting the nodes left without sources will take
//   with them (run after replace_sources_relationships, before replace_sources_nodes),
//   so a write can tell a relationship it re-creates from a new one.
// param: files = ["cv/jane.pdf"]
MATCH (a)-[r]->(b)
WHERE all(s IN a.sources WHERE s IN $files) OR all(s IN b.sources WHERE s IN $files)
RETURN r.id AS id, a.id AS src, b.id AS dst
