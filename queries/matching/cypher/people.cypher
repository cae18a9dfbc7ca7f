// name: people
// description: Name, e-mails, places (parallel lists of city, region, country; '' for none)
// and résumés of the candidates ($people ids), one row each.
// param: people = ["person:hayes-zhao"]
MATCH (p:Person)
WHERE p.id IN $people
OPTIONAL MATCH (p)-[:LOCATED_IN]->(l:Location)
WITH p, collect(coalesce(l.city, '')) AS cities, collect(coalesce(l.region, '')) AS regions,
     collect(coalesce(l.country, '')) AS countries
OPTIONAL MATCH (p)-[:DESCRIBED_IN]->(r:Resume)
RETURN p.id AS person, p.name AS name, p.emails AS emails, cities, regions, countries,
       collect(r.path) AS resumes
