// name: skill_cooccurrence
// description: Pairs of skills held by the same people, with how many people hold both.
// param: min_people = 1 [default]
// param: limit = 50 [default]
MATCH (a:Skill)<-[:HAS_SKILL]-(p:Person)-[:HAS_SKILL]->(b:Skill)
WHERE a.name < b.name
WITH a, b, count(DISTINCT p) AS people
WHERE people >= $min_people
RETURN a.name AS skill_a, b.name AS skill_b, people
ORDER BY people DESC, skill_a, skill_b
LIMIT $limit
