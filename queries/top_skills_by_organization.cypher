// name: top_skills_by_organization
// description: For each employer (or just $organization), the skills of the people who worked there, most common first.
// param: organization = "" [default]
// param: min_people = 1 [default]
MATCH (p:Person)-[:WORKED_AT]->(o:Organization)
WHERE $organization = '' OR toLower(o.name) = toLower($organization)
MATCH (p)-[:HAS_SKILL]->(k:Skill)
WITH o, k, count(DISTINCT p) AS people
WHERE people >= $min_people
RETURN o.name AS organization, k.name AS skill, people
ORDER BY organization, people DESC, skill
