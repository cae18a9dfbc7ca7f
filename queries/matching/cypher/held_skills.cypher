// name: held_skills
// description: The HAS_SKILL edges of the candidates ($people ids) to the skills of a job
// ($ids), with the months, last use and date of the résumé they come from.
// param: people = ["person:hayes-zhao"]
// param: ids = ["skill:pytorch"]
MATCH (p:Person)-[h:HAS_SKILL]->(s:Skill)
WHERE p.id IN $people AND s.id IN $ids
RETURN p.id AS person, s.id AS skill, s.name AS name, h.months AS months,
       h.last_used AS last_used, h.as_of AS as_of, h.mentioned AS mentioned
ORDER BY person, skill
