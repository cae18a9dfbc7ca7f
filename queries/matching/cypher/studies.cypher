// name: studies
// description: The candidates' degree levels and the résumés they are described in.
// param: people = ["person:hayes-zhao"]
UNWIND $people AS pid
MATCH (p:Person {id: pid})-[s:STUDIED_AT]->(:Organization)
WHERE s.degree_level IS NOT NULL
RETURN p.id AS person, 'degree' AS kind, s.degree_level AS value
UNION ALL
UNWIND $people AS pid
MATCH (p:Person {id: pid})-[:DESCRIBED_IN]->(r:Resume)
RETURN p.id AS person, 'resume' AS kind, r.path AS value
