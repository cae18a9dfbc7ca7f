// name: people_with_all_skills
// description: People who have every one of a set of skills (each directly or through a narrower skill), the first $limit by name.
// param: skills = ["Python", "Machine Learning"] [names: Skill]
// param: limit = 100 [default]
// sorted: matched
UNWIND $skills AS name
WITH collect(DISTINCT toLower(name)) AS wanted
UNWIND wanted AS name
MATCH (target:Skill)
WHERE toLower(target.name) = name
MATCH (target)<-[:BROADER*0..10]-(narrower:Skill)
WITH wanted, target, collect(DISTINCT narrower.id) AS ids
MATCH (held:Skill)<-[:HAS_SKILL]-(p:Person)
WHERE held.id IN ids
WITH p, size(wanted) AS needed, collect(DISTINCT target.name) AS matched
WHERE size(matched) = needed
RETURN p.name AS person, matched
ORDER BY person
LIMIT $limit
