// name: similar_people
// description: People most like a person by Jaccard similarity of their skills, employers and schools (shared / combined).
// param: person = "Hayes Zhao"
// param: limit = 10 [default]
// sorted: shared
MATCH (p:Person)
WHERE toLower(p.name) = toLower($person) OR p.name_key = toLower($person)
MATCH (p)-[:HAS_SKILL|WORKED_AT|STUDIED_AT]->(f)
WITH p, collect(DISTINCT f) AS mine
UNWIND mine AS f
MATCH (f)<-[:HAS_SKILL|WORKED_AT|STUDIED_AT]-(q:Person)
WHERE q.id <> p.id
WITH p, size(mine) AS own, q, collect(DISTINCT f.name) AS shared
MATCH (q)-[:HAS_SKILL|WORKED_AT|STUDIED_AT]->(g)
WITH own, q, shared, count(DISTINCT g) AS theirs
RETURN q.name AS person, size(shared) AS shared_count,
       round(1.0 * size(shared) / (own + theirs - size(shared)), 4) AS jaccard, shared
ORDER BY jaccard DESC, shared_count DESC, person
LIMIT $limit
