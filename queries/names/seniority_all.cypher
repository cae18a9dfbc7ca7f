// name: seniority_all
// description: Every seniority level some role in the graph holds.
MATCH ()-[w:WORKED_AT]->()
WHERE w.seniority IS NOT NULL
RETURN DISTINCT w.seniority AS id, w.seniority AS name, [w.seniority] AS aliases, false AS is_school
