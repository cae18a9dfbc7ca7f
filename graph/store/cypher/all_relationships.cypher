// name: all_relationships
// description: Every relationship with its type, endpoint ids and properties.
//   Neo4j only: the embedded store scans one relationship table per type instead.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS src, b.id AS dst, properties(r) AS props
