// name: person_all
// description: Every person's id and name: what a name that matched nothing exactly is compared with, fuzzily.
MATCH (n:Person)
RETURN n.id AS id, n.name AS name, [] AS aliases, false AS is_school
