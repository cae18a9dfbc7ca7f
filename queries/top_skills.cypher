// name: top_skills
// description: The skills most people list, with head counts (ties by name).
// param: limit = 20 [default]
MATCH (p:Person)-[:HAS_SKILL]->(k:Skill)
WITH k, count(DISTINCT p) AS people
RETURN k.name AS skill, people
ORDER BY people DESC, skill
LIMIT $limit
