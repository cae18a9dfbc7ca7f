// name: known_papers
// description: Papers of stored people (corroboration for same-name merges).
MATCH (p:Person)-[:AUTHORED]->(x:Paper)
RETURN p.id AS id, x.title AS title
