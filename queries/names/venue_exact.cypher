// name: venue_exact
// description: Venues an id or a name as stored names exactly.
// param: ids = ["venue:sc"]
// param: names = ["SC"]
MATCH (n:Venue)
WHERE n.id IN $ids OR n.name IN $names
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, false AS is_school
ORDER BY id
