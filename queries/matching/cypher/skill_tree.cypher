// name: skill_tree
// description: Every BROADER step between two skills (a few thousand at most: the taxonomy's
// concepts the pool names and their ancestors), for the narrower/broader links of a job.
MATCH (a:Skill)-[:BROADER]->(b:Skill)
RETURN a.id AS child, a.name AS child_name, b.id AS parent, b.name AS parent_name
ORDER BY child, parent
