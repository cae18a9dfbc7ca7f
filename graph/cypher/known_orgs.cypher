// name: known_orgs
// description: Canonical names of stored organizations (department suffixes resolve to them).
MATCH (o:Organization)
RETURN o.id AS id, o.name AS name
