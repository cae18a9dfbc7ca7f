// name: shared_honors (LadybugDB dialect)
// The same query without the WITH DISTINCT a horizon Neo4j needs: on LadybugDB it turns the
// expansion from the person into a hash join over the whole relationship table (2-3x slower).
MATCH (a:Person)
WHERE a.name_lower = toLower($person) OR a.name_key = toLower($person) OR a.id = $person
MATCH (a)-[:RECEIVED]->(x:Award)-[:CONFERRED_BY]->(o:Organization)
WITH a, o, collect(DISTINCT x.title) AS honors
MATCH (o)<-[:CONFERRED_BY]-(y:Award)<-[:RECEIVED]-(b:Person)
WHERE b <> a
WITH a, o, honors, b, collect(DISTINCT y.title) AS their_honors
RETURN a.name AS person, o.name AS conferred_by, b.name AS fellow, honors, their_honors
ORDER BY conferred_by, fellow, person
LIMIT $limit
