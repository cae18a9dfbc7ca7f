// name: low_confidence_facts
// description: Facts the parser guessed (confidence below $threshold), least certain first (the first $limit), to check by hand.
// param: threshold = 0.8 [default]
// param: limit = 100 [default]
// Neo4j: one seek per type on the relationship confidence index (graph/store creates it
// from tg:indexed); few facts are guessed, so this stays small as the graph grows.
CALL {
  MATCH (p:Person)-[r:WORKED_AT]->(x) USING INDEX r:WORKED_AT(confidence)
  WHERE r.confidence < $threshold
  RETURN p, r, x
  UNION ALL
  MATCH (p:Person)-[r:STUDIED_AT]->(x) USING INDEX r:STUDIED_AT(confidence)
  WHERE r.confidence < $threshold
  RETURN p, r, x
  UNION ALL
  MATCH (p:Person)-[r:HAS_SKILL]->(x) USING INDEX r:HAS_SKILL(confidence)
  WHERE r.confidence < $threshold
  RETURN p, r, x
  UNION ALL
  MATCH (p:Person)-[r:AUTHORED]->(x) USING INDEX r:AUTHORED(confidence)
  WHERE r.confidence < $threshold
  RETURN p, r, x
  UNION ALL
  MATCH (p:Person)-[r:ADVISED_BY]->(x) USING INDEX r:ADVISED_BY(confidence)
  WHERE r.confidence < $threshold
  RETURN p, r, x
}
RETURN p.name AS person, type(r) AS relationship, coalesce(x.name, x.title) AS target,
       r.confidence AS confidence
ORDER BY confidence, person, relationship, target
LIMIT $limit
