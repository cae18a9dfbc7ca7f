// name: top_employers
// description: Organizations that employed the most people, with head counts.
// param: limit = 20 [default]
// Exact without counting everyone's people: an organization's WORKED_AT degree (stints,
// read from the node on Neo4j) bounds its head count from above, so once the $limit
// organizations with most stints have been counted, only those with at least as many
// stints as the smallest of those head counts can make the list (at 10^4: 57k edges
// expanded before, ~10k now).
MATCH (o:Organization)
WITH o, COUNT { MATCH (o)<-[:WORKED_AT]-() } AS stints
WHERE stints > 0
WITH o
ORDER BY stints DESC
LIMIT $limit
MATCH (o)<-[:WORKED_AT]-(p:Person)
WITH o, count(DISTINCT p) AS people
WITH min(people) AS floor
MATCH (o:Organization)
WHERE COUNT { MATCH (o)<-[:WORKED_AT]-() } >= floor
MATCH (o)<-[:WORKED_AT]-(p:Person)
WITH o, count(DISTINCT p) AS people
RETURN o.name AS organization, people
ORDER BY people DESC, organization
LIMIT $limit
