// name: shared_honors
// description: Pairs of people holding an honor from the same society or organization (e.g. both Sigma Xi members).
// sorted: honors_a, honors_b
MATCH (a:Person)-[:RECEIVED]->(x:Award)-[:CONFERRED_BY]->(o:Organization)
MATCH (b:Person)-[:RECEIVED]->(y:Award)-[:CONFERRED_BY]->(o)
WHERE a.id < b.id
WITH a, b, o, collect(DISTINCT x.title) AS honors_a, collect(DISTINCT y.title) AS honors_b
RETURN o.name AS conferred_by, a.name AS person_a, b.name AS person_b, honors_a, honors_b
ORDER BY conferred_by, person_a, person_b
