// name: papers_by_venue
// description: Papers grouped by where they appeared, with their authors; an empty $venue lists every venue.
// param: venue = "" [default]
// sorted: authors
MATCH (paper:Paper)-[:PUBLISHED_IN]->(v:Venue)
WHERE $venue = '' OR toLower(v.name) = toLower($venue)
OPTIONAL MATCH (a:Person)-[:AUTHORED]->(paper)
WITH v, paper, collect(DISTINCT a.name) AS authors
RETURN v.name AS venue, v.kind AS venue_kind, paper.year AS year, paper.title AS title, authors
ORDER BY venue, year DESC, title
