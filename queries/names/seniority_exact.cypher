// name: seniority_exact
// description: Seniority levels held by some role, named by their notation (intern, junior, senior, ...); the taxonomy's reading of a written level (Sr., Jr.) is among the names.
// param: names = ["senior"]
MATCH ()-[w:WORKED_AT]->()
WHERE w.seniority IN $names
RETURN DISTINCT w.seniority AS id, w.seniority AS name, [w.seniority] AS aliases, false AS is_school
ORDER BY id
