// name: person_profile
// description: One person on one row: employers, schools, skills, papers, awards, advisors and students; one row per namesake, each with its id (every person, organization or school parameter takes a name, any case, or an id).
// param: person = "Hayes Zhao" [names: Person]
// sorted: employers, schools, skills, papers, awards, advisors, students
// display: record
MATCH (p:Person)
WHERE p.name_lower = toLower($person) OR p.name_key = toLower($person) OR p.id = $person
OPTIONAL MATCH (p)-[w:WORKED_AT]->(e:Organization)
// (CASE: LadybugDB reads null + 'text' as 'text', so someone with no employer got ' | ? | …')
WITH p, collect(DISTINCT CASE WHEN e IS NOT NULL THEN e.name + ' | ' + coalesce(w.title, '?')
     + ' | ' + coalesce(w.start_date, '?') + ' – '
     + coalesce(w.end_date, CASE WHEN w.current THEN 'present' ELSE '?' END) END) AS employers
OPTIONAL MATCH (p)-[s:STUDIED_AT]->(school:Organization)
WITH p, employers, collect(DISTINCT CASE WHEN school IS NOT NULL THEN school.name + ' | '
     + coalesce(s.degree, '?') + ' | ' + coalesce(s.start_date, '?') + ' – '
     + coalesce(s.end_date, '?') END) AS schools
OPTIONAL MATCH (p)-[:HAS_SKILL]->(k:Skill)
WITH p, employers, schools, collect(DISTINCT k.name) AS skills
OPTIONAL MATCH (p)-[:AUTHORED]->(paper:Paper)
WITH p, employers, schools, skills, collect(DISTINCT paper.title) AS papers
OPTIONAL MATCH (p)-[:RECEIVED]->(award:Award)
WITH p, employers, schools, skills, papers, collect(DISTINCT award.title) AS awards
OPTIONAL MATCH (p)-[:ADVISED_BY]->(advisor:Person)
WITH p, employers, schools, skills, papers, awards, collect(DISTINCT advisor.name) AS advisors
OPTIONAL MATCH (student:Person)-[:ADVISED_BY]->(p)
WITH p, employers, schools, skills, papers, awards, advisors,
     collect(DISTINCT student.name) AS students
RETURN p.name AS person, p.id AS id, p.headline AS headline, employers, schools, skills, papers, awards,
       advisors, students
ORDER BY person, p.id
