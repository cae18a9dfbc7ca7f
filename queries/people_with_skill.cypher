// name: people_with_skill
// description: People who have a skill or any narrower one (PyTorch counts for Machine Learning); skill names match case-insensitively.
// param: skill = "Machine Learning"
// sorted: via_skills
MATCH (wanted:Skill)
WHERE toLower(wanted.name) = toLower($skill)
MATCH (held:Skill)-[:BROADER*0..10]->(wanted)
WITH DISTINCT held
MATCH (held)<-[:HAS_SKILL]-(p:Person)
WITH p, collect(DISTINCT held.name) AS via_skills
RETURN p.name AS person, via_skills, size(via_skills) AS matching_skills
ORDER BY matching_skills DESC, person
