// name: occupation_exact
// description: Occupations an id, an O*NET-SOC code or a name in any case names exactly (the taxonomy's reading of a written title is passed among the ids).
// param: ids = ["occupation:15-1252.00"]
// param: lowers = ["software developers"]
// param: codes = ["15-1252.00"]
MATCH (n:Occupation)
WHERE n.id IN $ids OR toLower(n.name) IN $lowers OR n.code IN $codes
RETURN n.id AS id, n.name AS name, [n.code] AS aliases, false AS is_school
ORDER BY id
