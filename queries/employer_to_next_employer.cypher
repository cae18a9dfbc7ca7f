// name: employer_to_next_employer
// description: Where people went after $organization: for each job there, the next job started at another organization, with head counts.
// param: organization = "ByteDance" [names: Organization]
// param: limit = 50 [default]
// sorted: people
MATCH (from:Organization)
WHERE from.name_lower = toLower($organization) OR from.name_key = toLower($organization) OR from.id = $organization
MATCH (from)<-[w:WORKED_AT]-(p:Person)
MATCH (p)-[later:WORKED_AT]->(other:Organization)
WHERE other <> from AND later.start_month > w.start_month
WITH p, from, w, min(later.start_month) AS next_month
MATCH (p)-[n:WORKED_AT]->(to:Organization)
WHERE n.start_month = next_month AND to <> from
WITH from, to, collect(DISTINCT p.name) AS people
RETURN from.name AS from_employer, to.name AS to_employer, size(people) AS count, people
ORDER BY count DESC, to_employer, from_employer
LIMIT $limit
