// name: erasure_students
// description: Names of the people some people advised.
// param: ids = ["person:jane-doe-1a2b3c4d"]
UNWIND $ids AS pid
MATCH (s:Person)-[:ADVISED_BY]->(p:Person {id: pid})
RETURN DISTINCT s.name AS name
