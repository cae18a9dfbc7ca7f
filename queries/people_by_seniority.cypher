// name: people_by_seniority
// description: Roles held at a level (intern, junior, mid, senior, staff, lead, director, executive, phd_student, postdoc, assistant_professor, associate_professor, professor), with the occupation and the words or context that decided the level; latest first.
// param: seniority = "junior" [names: Seniority]
// param: limit = 100 [default]
MATCH (p:Person)-[w:WORKED_AT]->(o:Organization)
WHERE w.seniority = toLower($seniority)
OPTIONAL MATCH (occupation:Occupation)
WHERE occupation.id = w.occupation
RETURN p.name AS person, w.title AS title, o.name AS organization,
       occupation.name AS occupation, w.start_date AS start_date, w.end_date AS end_date,
       coalesce(w.current, false) AS current, w.seniority_evidence AS evidence
ORDER BY w.start_month DESC, person, title
LIMIT $limit
