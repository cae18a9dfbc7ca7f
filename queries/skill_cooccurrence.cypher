// name: skill_cooccurrence
// description: The skills most often held together with $skill, with how many people hold both (at least $min_people).
// param: skill = "Python"
// param: min_people = 1 [default]
// param: limit = 50 [default]
MATCH (a:Skill)
WHERE toLower(a.name) = toLower($skill)
MATCH (a)<-[:HAS_SKILL]-(p:Person)
WITH DISTINCT a, p
MATCH (p)-[:HAS_SKILL]->(b:Skill)
WHERE b.id <> a.id
WITH a, b, count(DISTINCT p) AS people
WHERE people >= $min_people
RETURN a.name AS skill, b.name AS co_skill, people
ORDER BY people DESC, co_skill, skill
LIMIT $limit
