// name: occupation_flows
// description: Which occupations people move to next: for each occupation a person held, the one they entered next (by first month), with head counts.
// param: limit = 50 [default]
// sorted: people
// Over HELD_OCCUPATION (one per person and occupation, a few per person) rather than
// WORKED_AT: the same moves for a fraction of the join (2.4 s at 10^4 people on the
// embedded store over WORKED_AT).
MATCH (p:Person)-[a:HELD_OCCUPATION]->(from:Occupation)
MATCH (p)-[b:HELD_OCCUPATION]->(:Occupation)
WHERE b.start_month > a.start_month
WITH p, from, min(b.start_month) AS next_month
MATCH (p)-[n:HELD_OCCUPATION]->(to:Occupation)
WHERE n.start_month = next_month
WITH from, to, collect(DISTINCT p.name) AS people
RETURN from.name AS from_occupation, to.name AS to_occupation, size(people) AS count, people
ORDER BY count DESC, from_occupation, to_occupation
LIMIT $limit
