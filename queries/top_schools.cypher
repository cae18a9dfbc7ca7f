// name: top_schools
// description: Schools with the most students and alumni, with head counts.
// param: limit = 20 [default]
// Exact without counting everyone's people, as top_employers: a school's STUDIED_AT degree
// bounds its head count from above, so only schools with at least as many degrees as the
// smallest head count among the $limit with most degrees are counted.
MATCH (o:Organization)
WITH o, COUNT { MATCH (o)<-[:STUDIED_AT]-() } AS degrees
WHERE degrees > 0
WITH o
ORDER BY degrees DESC
LIMIT $limit
MATCH (o)<-[:STUDIED_AT]-(p:Person)
WITH o, count(DISTINCT p) AS people
WITH min(people) AS floor
MATCH (o:Organization)
WHERE COUNT { MATCH (o)<-[:STUDIED_AT]-() } >= floor
MATCH (o)<-[:STUDIED_AT]-(p:Person)
WITH o, count(DISTINCT p) AS people
RETURN o.name AS school, people
ORDER BY people DESC, school
LIMIT $limit
