// name: top_skills_by_organization
// description: The skills of the people who worked at $organization, most common first (at least $min_people holders).
// param: organization = "ByteDance" [names: Organization]
// param: min_people = 1 [default]
// param: limit = 50 [default]
// One pattern from the organization: LadybugDB joins a node carried through WITH by
// hashing the whole relationship table (5x slower here).
MATCH (o:Organization)
WHERE o.name_lower = toLower($organization) OR o.name_key = toLower($organization) OR o.id = $organization
MATCH (o)<-[:WORKED_AT]-(p:Person)-[:HAS_SKILL]->(k:Skill)
WITH o, k, count(DISTINCT p) AS people
WHERE people >= $min_people
RETURN o.name AS organization, k.name AS skill, people
ORDER BY people DESC, skill, organization
LIMIT $limit
