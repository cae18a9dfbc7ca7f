// name: venue_all
// description: Every venue's id, name and stored aliases (the citation strings résumés used).
MATCH (n:Venue)
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, false AS is_school
