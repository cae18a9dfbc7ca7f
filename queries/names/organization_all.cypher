// name: organization_all
// description: Every organization's id, name, stored aliases (the spellings résumés used) and school flag.
MATCH (n:Organization)
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases,
       coalesce(n.is_school, false) AS is_school
