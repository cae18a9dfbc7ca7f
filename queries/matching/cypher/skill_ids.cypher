// name: skill_ids
// description: The Skill nodes a job's skills name: by id, or by name in any case.
// param: names = ["PyTorch", "skill:python"]
UNWIND $names AS wanted
MATCH (s:Skill)
WHERE s.id = wanted OR toLower(s.name) = toLower(wanted)
RETURN wanted, s.id AS id, s.name AS name
ORDER BY wanted, id
