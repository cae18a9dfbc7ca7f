// name: skill_exact
// description: Skills an id or a name as stored names exactly (a taxonomy skill is stored under its preferred label and the id skill:<concept>).
// param: ids = ["skill:kubernetes"]
// param: names = ["Kubernetes"]
MATCH (n:Skill)
WHERE n.id IN $ids OR n.name IN $names
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, false AS is_school
ORDER BY id
