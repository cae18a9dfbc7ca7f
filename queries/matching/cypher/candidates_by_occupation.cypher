// name: candidates_by_occupation
// description: Candidate generation for a job without skills: the people who held one of
// the occupations (ids), by id; the first $pool.
// param: ids = ["occupation:15-1252.00"]
// param: pool = 500
MATCH (o:Occupation)<-[:HELD_OCCUPATION]-(p:Person)
WHERE o.id IN $ids
WITH DISTINCT p
RETURN p.id AS person, 1 AS weight
ORDER BY person
LIMIT $pool
