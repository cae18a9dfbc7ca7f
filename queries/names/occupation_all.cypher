// name: occupation_all
// description: Every occupation's id, name and O*NET-SOC code (as its alias).
MATCH (n:Occupation)
RETURN n.id AS id, n.name AS name, [n.code] AS aliases, false AS is_school
