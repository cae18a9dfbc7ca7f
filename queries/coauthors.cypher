// name: coauthors
// description: A person's co-authors, with the papers they share, most shared first.
// param: person = "Hao Wu" [names: Person]
// sorted: papers
MATCH (p:Person)
WHERE p.name_lower = toLower($person) OR p.name_key = toLower($person) OR p.id = $person
MATCH (p)-[:AUTHORED]->(paper:Paper)<-[:AUTHORED]-(other:Person)
// other <> p compares the nodes: with `other.id <> p.id` Neo4j's planner started from an
// index scan of every Person's id and expanded all AUTHORED (300 ms at 10^4, now 7 ms)
WHERE other <> p
WITH other, collect(DISTINCT paper.title) AS papers
RETURN other.name AS coauthor, size(papers) AS shared_papers, papers
ORDER BY shared_papers DESC, coauthor
