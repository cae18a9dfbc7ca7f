// name: similar_people (LadybugDB dialect)
// The same answer in another shape for LadybugDB's planner, which hash-joined the whole
// HAS_SKILL/WORKED_AT/STUDIED_AT tables (235k rows at 10^4) for the expansion from the
// person's features and again for each candidate's own count (0.2-0.3 s at 10^4 with the
// busiest person). HINT pins each expansion to start from the bound node; the candidates'
// shared features are named only for the $limit rows returned.
MATCH (p:Person)
WHERE p.name_lower = toLower($person) OR p.name_key = toLower($person) OR p.id = $person
MATCH (p)-[e1:HAS_SKILL|WORKED_AT|STUDIED_AT]->(f1)
HINT (p JOIN e1) JOIN f1
WITH p, count(DISTINCT f1) AS own
MATCH (p)-[e:HAS_SKILL|WORKED_AT|STUDIED_AT]->(f)<-[e2:HAS_SKILL|WORKED_AT|STUDIED_AT]-(q:Person)
WHERE q <> p
HINT (((p JOIN e) JOIN f) JOIN e2) JOIN q
WITH p, own, q, count(DISTINCT f.name) AS n
ORDER BY n DESC, q.id
LIMIT $candidates
MATCH (q)-[e3:HAS_SKILL|WORKED_AT|STUDIED_AT]->(g)
HINT (q JOIN e3) JOIN g
WITH p, own, q, n, count(DISTINCT g) AS theirs
WITH p, q, n, round(1.0 * n / (own + theirs - n), 4) AS jaccard
ORDER BY jaccard DESC, n DESC, q.name
LIMIT $limit
MATCH (p)-[e:HAS_SKILL|WORKED_AT|STUDIED_AT]->(f)<-[e2:HAS_SKILL|WORKED_AT|STUDIED_AT]-(q)
HINT (((p JOIN e) JOIN f) JOIN e2) JOIN q
WITH p, q, n, jaccard, collect(DISTINCT f.name) AS shared
RETURN q.name AS person, n AS shared_count, jaccard, shared
ORDER BY jaccard DESC, shared_count DESC, person
