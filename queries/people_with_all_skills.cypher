// name: people_with_all_skills
// description: People who have every one of a set of skills (each directly or through a narrower skill).
// param: skills = ["Python", "Machine Learning"]
// sorted: matched
UNWIND $skills AS name
WITH collect(DISTINCT toLower(name)) AS wanted
UNWIND wanted AS name
MATCH (target:Skill)
WHERE toLower(target.name) = name
MATCH (p:Person)-[:HAS_SKILL]->(held:Skill)
MATCH (held)-[:BROADER*0..10]->(target)
WITH p, size(wanted) AS needed, collect(DISTINCT target.name) AS matched
WHERE size(matched) = needed
RETURN p.name AS person, matched
ORDER BY person
