// name: advisors
// description: Advisor–student pairs, with the papers they wrote together.
// sorted: joint_papers
MATCH (s:Person)-[:ADVISED_BY]->(a:Person)
OPTIONAL MATCH (s)-[:AUTHORED]->(paper:Paper)<-[:AUTHORED]-(a)
WITH a, s, collect(DISTINCT paper.title) AS joint_papers
RETURN a.name AS advisor, s.name AS student, joint_papers
ORDER BY advisor, student
