// name: occupations
// description: The occupations the candidates ($people ids) held, with the O*NET-SOC code
// and the months of the roles behind each.
// param: people = ["person:hayes-zhao"]
UNWIND $people AS pid
MATCH (p:Person {id: pid})-[h:HELD_OCCUPATION]->(o:Occupation)
RETURN p.id AS person, o.code AS code, o.name AS occupation,
       h.start_month AS start_month, h.end_month AS end_month, h.current AS current
