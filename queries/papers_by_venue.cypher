// name: papers_by_venue
// description: The papers that appeared at a venue (journal or conference), newest first, with their authors.
// param: venue = "SC" [names: Venue]
// sorted: authors
MATCH (v:Venue)
WHERE toLower(v.name) = toLower($venue)
MATCH (v)<-[:PUBLISHED_IN]-(paper:Paper)
OPTIONAL MATCH (paper)<-[:AUTHORED]-(a:Person)
WITH v, paper, collect(DISTINCT a.name) AS authors
RETURN v.name AS venue, v.kind AS venue_kind, paper.year AS year, paper.title AS title, authors
ORDER BY venue, year DESC, title
