// name: skill_cooccurrence
// description: The skills most often held together with $skill, with how many people hold both (at least $min_people).
// param: skill = "Python" [names: Skill]
// param: min_people = 1 [default]
// param: limit = 50 [default]
// HAS_SKILL is one edge per (person, skill) (its id hashes the pair): count(*) counts people.
// DISTINCT a, p first: Neo4j otherwise hash-joins from every skill (2x slower at 10^4).
MATCH (a:Skill)
WHERE toLower(a.name) = toLower($skill)
MATCH (a)<-[:HAS_SKILL]-(p:Person)
WITH DISTINCT a, p
MATCH (p)-[:HAS_SKILL]->(b:Skill)
WHERE b <> a
WITH a, b, count(*) AS people
WHERE people >= $min_people
RETURN a.name AS skill, b.name AS co_skill, people
ORDER BY people DESC, co_skill, skill
LIMIT $limit
