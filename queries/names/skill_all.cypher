// name: skill_all
// description: Every skill's id, name and stored aliases.
MATCH (n:Skill)
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, false AS is_school
