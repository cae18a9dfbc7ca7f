// name: people_with_all_skills
// description: People who have every one of a set of skills (each directly or through a narrower skill).
// param: skills = ["Python", "Machine Learning"]
// sorted: matched
UNWIND $skills AS name
WITH collect(DISTINCT toLower(name)) AS wanted
UNWIND wanted AS name
MATCH (target:Skill)
WHERE toLower(target.name) = name
MATCH (held:Skill)-[:BROADER*0..10]->(target)
WITH DISTINCT wanted, target, held
MATCH (held)<-[:HAS_SKILL]-(p:Person)
WITH p, size(wanted) AS needed, collect(DISTINCT target.name) AS matched
WHERE size(matched) = needed
RETURN p.name AS person, matched
ORDER BY person
