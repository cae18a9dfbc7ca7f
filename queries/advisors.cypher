// name: advisors
// description: A person's advisors and students (advisor–student pairs where $person is either), with the papers each pair wrote together.
// param: person = "Keren Zhou" [names: Person]
// sorted: joint_papers
MATCH (s:Person)-[:ADVISED_BY]->(a:Person)
WHERE s.name_lower = toLower($person) OR s.name_key = toLower($person) OR s.id = $person
   OR a.name_lower = toLower($person) OR a.name_key = toLower($person) OR a.id = $person
OPTIONAL MATCH (s)-[:AUTHORED]->(paper:Paper)<-[:AUTHORED]-(a)
WITH a, s, collect(DISTINCT paper.title) AS joint_papers
RETURN a.name AS advisor, s.name AS student, joint_papers
ORDER BY advisor, student
