// name: people
// description: Name, e-mails and places of the candidates ($people ids), one row per place.
// param: people = ["person:hayes-zhao"]
UNWIND $people AS pid
MATCH (p:Person {id: pid})
OPTIONAL MATCH (p)-[:LOCATED_IN]->(l:Location)
RETURN p.id AS person, p.name AS name, p.emails AS emails, l.city AS city,
       l.region AS region, l.country AS country
ORDER BY person, city, region, country
