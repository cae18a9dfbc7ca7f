// name: roles
// description: The candidates' roles ($people ids): WORKED_AT with title, level and months.
// param: people = ["person:hayes-zhao"]
UNWIND $people AS pid
MATCH (p:Person {id: pid})-[w:WORKED_AT]->(o:Organization)
RETURN p.id AS person, w.title AS title, o.name AS organization,
       w.start_month AS start_month, w.end_month AS end_month, w.current AS current,
       w.seniority AS seniority
