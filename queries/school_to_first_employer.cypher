// name: school_to_first_employer
// description: Talent flow from school to the first employer joined in or after the graduation month, with head counts.
// sorted: people
MATCH (p:Person)-[s:STUDIED_AT]->(sch:Organization)
MATCH (p)-[w:WORKED_AT]->(emp:Organization)
WHERE emp.id <> sch.id AND w.start_month >= coalesce(s.end_month, s.start_month)
WITH p, sch, min(w.start_month) AS first_month
MATCH (p)-[w:WORKED_AT]->(emp:Organization)
WHERE emp.id <> sch.id AND w.start_month = first_month
WITH sch, emp, collect(DISTINCT p.name) AS people
RETURN sch.name AS school, emp.name AS first_employer, size(people) AS count, people
ORDER BY count DESC, school, first_employer
