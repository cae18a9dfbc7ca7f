// name: person_sources
// description: The résumé files a person owns: sources of the Resume nodes that describe
//   them, and only those also among the person's own sources.  A file that merely
//   mentions them (a co-author's CV) is not theirs to erase.
// param: person_id = "person:jane-doe"
MATCH (p:Person {id: $person_id})-[:DESCRIBED_IN]->(r:Resume)
UNWIND r.sources AS file
WITH p, file
WHERE file IN p.sources
RETURN DISTINCT file
ORDER BY file
