// name: top_occupations
// description: The occupations most people held (O*NET-SOC), with head counts and the levels of their roles there.
// param: limit = 20 [default]
// sorted: levels
MATCH (p:Person)-[h:HELD_OCCUPATION]->(o:Occupation)
UNWIND h.levels AS level
WITH o, count(DISTINCT p) AS people, collect(DISTINCT level) AS levels
RETURN o.name AS occupation, o.code AS code, people, levels
ORDER BY people DESC, occupation
LIMIT $limit
