// name: employer_and_school
// description: Organizations that are both an employer and a school, with how many worked and studied there.
MATCH (o:Organization)
WHERE o.is_employer = true AND o.is_school = true
OPTIONAL MATCH (w:Person)-[:WORKED_AT]->(o)
WITH o, count(DISTINCT w) AS employees
OPTIONAL MATCH (s:Person)-[:STUDIED_AT]->(o)
RETURN o.name AS organization, employees, count(DISTINCT s) AS students
ORDER BY organization
