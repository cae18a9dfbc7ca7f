// name: known_papers_of
// description: known_papers for some people only (refreshed after each written batch).
// param: ids = ["person:jane-doe-1a2b3c4d"]
UNWIND $ids AS pid
MATCH (p:Person {id: pid})-[:AUTHORED]->(x:Paper)
RETURN p.id AS id, x.title AS title
