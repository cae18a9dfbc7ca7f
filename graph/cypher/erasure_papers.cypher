// name: erasure_papers
// description: Titles of the papers some people authored.
// param: ids = ["person:jane-doe-1a2b3c4d"]
UNWIND $ids AS pid
MATCH (p:Person {id: pid})-[:AUTHORED]->(x:Paper)
RETURN DISTINCT x.title AS title
