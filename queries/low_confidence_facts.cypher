// name: low_confidence_facts
// description: Facts the parser guessed (confidence below $threshold), least certain first (the first $limit), to check by hand.
// param: threshold = 0.8 [default]
// param: limit = 100 [default]
MATCH (p:Person)-[r:WORKED_AT|STUDIED_AT|HAS_SKILL|AUTHORED|ADVISED_BY]->(x)
WHERE r.confidence < $threshold
RETURN p.name AS person, type(r) AS relationship, coalesce(x.name, x.title) AS target,
       r.confidence AS confidence
ORDER BY confidence, person, relationship, target
LIMIT $limit
