// name: skill_cooccurrence (LadybugDB dialect)
// The same query without the WITH DISTINCT a, p horizon Neo4j needs: on LadybugDB it turns
// the expansion from the holders into a hash join over the whole HAS_SKILL table (2x slower
// at 10^4). HAS_SKILL is one edge per (person, skill), so the DISTINCT changed no count.
MATCH (a:Skill)
WHERE toLower(a.name) = toLower($skill)
MATCH (a)<-[:HAS_SKILL]-(p:Person)-[:HAS_SKILL]->(b:Skill)
WHERE b <> a
WITH a, b, count(*) AS people
WHERE people >= $min_people
RETURN a.name AS skill, b.name AS co_skill, people
ORDER BY people DESC, co_skill, skill
LIMIT $limit
