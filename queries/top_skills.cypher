// name: top_skills
// description: The skills most people list, with head counts (ties by name).
// param: limit = 20 [default]
// HAS_SKILL is one edge per (person, skill) (its id hashes the pair): count(*) counts
// people, and is 20x cheaper on LadybugDB than count(DISTINCT p).
MATCH (p:Person)-[:HAS_SKILL]->(k:Skill)
WITH k, count(*) AS people
RETURN k.name AS skill, people
ORDER BY people DESC, skill
LIMIT $limit
