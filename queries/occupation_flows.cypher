// name: occupation_flows
// description: Which occupations people move to next: for each role with an occupation, the occupation of the next role that started later in another occupation, with head counts.
// param: limit = 50 [default]
// sorted: people
MATCH (p:Person)-[w:WORKED_AT]->()
WHERE w.occupation IS NOT NULL
MATCH (p)-[later:WORKED_AT]->()
WHERE later.occupation IS NOT NULL AND later.occupation <> w.occupation
  AND later.start_month > w.start_month
WITH p, w, min(later.start_month) AS next_month
MATCH (p)-[n:WORKED_AT]->()
WHERE n.start_month = next_month AND n.occupation IS NOT NULL AND n.occupation <> w.occupation
MATCH (a:Occupation), (b:Occupation)
WHERE a.id = w.occupation AND b.id = n.occupation
WITH a, b, collect(DISTINCT p.name) AS people
RETURN a.name AS from_occupation, b.name AS to_occupation, size(people) AS count, people
ORDER BY count DESC, from_occupation, to_occupation
LIMIT $limit
