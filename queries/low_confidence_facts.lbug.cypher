// name: low_confidence_facts (LadybugDB dialect)
// LadybugDB names a relationship's type label(r), Neo4j type(r), and has no property
// indexes to seek (Neo4j's version unions one index seek per type).
MATCH (p:Person)-[r:WORKED_AT|STUDIED_AT|HAS_SKILL|AUTHORED|ADVISED_BY]->(x)
WHERE r.confidence < $threshold
RETURN p.name AS person, label(r) AS relationship, coalesce(x.name, x.title) AS target,
       r.confidence AS confidence
ORDER BY confidence, person, relationship, target
LIMIT $limit
