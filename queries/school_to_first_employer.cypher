// name: school_to_first_employer
// description: Where the people who studied at $school went first: the first employer joined in or after the graduation month, with head counts.
// param: school = "Williams College" [names: School]
// param: limit = 50 [default]
// sorted: people
MATCH (sch:Organization)
WHERE sch.name_lower = toLower($school) OR sch.name_key = toLower($school) OR sch.id = $school
MATCH (sch)<-[s:STUDIED_AT]-(p:Person)
MATCH (p)-[w:WORKED_AT]->(emp:Organization)
WHERE emp <> sch AND w.start_month >= coalesce(s.end_month, s.start_month)
WITH p, sch, min(w.start_month) AS first_month
MATCH (p)-[w:WORKED_AT]->(emp:Organization)
WHERE w.start_month = first_month AND emp <> sch
WITH sch, emp, collect(DISTINCT p.name) AS people
RETURN sch.name AS school, emp.name AS first_employer, size(people) AS count, people
ORDER BY count DESC, first_employer, school
LIMIT $limit
