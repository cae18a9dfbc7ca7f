// name: shared_honors
// description: People holding an honor from the same society or organization as $person (e.g. fellow Sigma Xi members), with both sides' honors.
// param: person = "Hayes Zhao" [names: Person]
// param: limit = 100 [default]
// sorted: honors, their_honors
MATCH (a:Person)
WHERE a.name_lower = toLower($person) OR a.name_key = toLower($person) OR a.id = $person
WITH DISTINCT a
// (DISTINCT is a horizon: Neo4j otherwise starts from every organization's awards)
MATCH (a)-[:RECEIVED]->(x:Award)-[:CONFERRED_BY]->(o:Organization)
WITH a, o, collect(DISTINCT x.title) AS honors
MATCH (o)<-[:CONFERRED_BY]-(y:Award)<-[:RECEIVED]-(b:Person)
WHERE b <> a
WITH a, o, honors, b, collect(DISTINCT y.title) AS their_honors
RETURN a.name AS person, o.name AS conferred_by, b.name AS fellow, honors, their_honors
ORDER BY conferred_by, fellow, person
LIMIT $limit
