// name: employer_to_next_employer
// description: Talent flow between employers: from each job to the next job started at another organization, with head counts.
// sorted: people
MATCH (p:Person)-[w:WORKED_AT]->(from:Organization)
MATCH (p)-[later:WORKED_AT]->(other:Organization)
WHERE other.id <> from.id AND later.start_month > w.start_month
WITH p, from, w, min(later.start_month) AS next_month
MATCH (p)-[n:WORKED_AT]->(to:Organization)
WHERE to.id <> from.id AND n.start_month = next_month
WITH from, to, collect(DISTINCT p.name) AS people
RETURN from.name AS from_employer, to.name AS to_employer, size(people) AS count, people
ORDER BY count DESC, from_employer, to_employer
