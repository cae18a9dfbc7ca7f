// name: top_schools
// description: Schools with the most students and alumni, with head counts.
// param: limit = 20 [default]
MATCH (p:Person)-[:STUDIED_AT]->(o:Organization)
WITH o, count(DISTINCT p) AS people
RETURN o.name AS school, people
ORDER BY people DESC, school
LIMIT $limit
