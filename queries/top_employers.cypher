// name: top_employers
// description: Organizations that employed the most people, with head counts.
// param: limit = 20 [default]
MATCH (p:Person)-[:WORKED_AT]->(o:Organization)
WITH o, count(DISTINCT p) AS people
RETURN o.name AS organization, people
ORDER BY people DESC, organization
LIMIT $limit
