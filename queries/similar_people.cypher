// name: similar_people
// description: People most like a person by Jaccard similarity of their skills, employers and schools (shared / combined), the best $limit among the $candidates people sharing the most of them (ties by id); exact unless a left-out person shares as many as the $limit-th score times the person's own count.
// param: person = "Hayes Zhao" [names: Person]
// param: limit = 10 [default]
// param: candidates = 200 [default]
// sorted: shared
// Only the candidates' own features are expanded: at 10^4 people the busiest person shares
// something with 5,895 others, and counting all of their features took 7.8 s on Neo4j.
// Jaccard <= shared / own, so a candidate left out cannot beat one kept by more than that.
MATCH (p:Person)
WHERE p.name_lower = toLower($person) OR p.name_key = toLower($person) OR p.id = $person
MATCH (p)-[:HAS_SKILL|WORKED_AT|STUDIED_AT]->(f)
WITH p, count(DISTINCT f) AS own
MATCH (p)-[:HAS_SKILL|WORKED_AT|STUDIED_AT]->(f)<-[:HAS_SKILL|WORKED_AT|STUDIED_AT]-(q:Person)
WHERE q <> p
WITH p, own, q, collect(DISTINCT f.name) AS shared
ORDER BY size(shared) DESC, q.id
LIMIT $candidates
MATCH (q)-[:HAS_SKILL|WORKED_AT|STUDIED_AT]->(g)
WITH own, q, shared, count(DISTINCT g) AS theirs
RETURN q.name AS person, size(shared) AS shared_count,
       round(1.0 * size(shared) / (own + theirs - size(shared)), 4) AS jaccard, shared
ORDER BY jaccard DESC, shared_count DESC, person
LIMIT $limit
