// name: careers
// description: The careers of the candidates ($people ids), one row each, as parallel lists
// (one entry per edge; nulls as '' or -1 so that collect() keeps them aligned, and one
// entry of placeholders only where a person has no such edge): roles
// (WORKED_AT title, first and last month, current, level), occupations held (O*NET-SOC
// code, name, months) and degree levels.
// param: people = ["person:hayes-zhao"]
// One query with OPTIONAL MATCH steps rather than one per kind of fact: on LadybugDB each
// query over a list of ids scans the Person table, and three of them cost about 2.5x this
// one at 10^4 people.  (Places and résumés as two more steps made it slower again.)
MATCH (p:Person)
WHERE p.id IN $people
OPTIONAL MATCH (p)-[w:WORKED_AT]->(:Organization)
WITH p, collect(coalesce(w.title, '')) AS role_titles,
     collect(coalesce(w.start_month, -1)) AS role_starts,
     collect(coalesce(w.end_month, -1)) AS role_ends,
     collect(coalesce(w.current, false)) AS role_current,
     collect(coalesce(w.seniority, '')) AS role_levels
OPTIONAL MATCH (p)-[h:HELD_OCCUPATION]->(o:Occupation)
WITH p, role_titles, role_starts, role_ends, role_current, role_levels,
     collect(coalesce(o.code, '')) AS occupation_codes,
     collect(coalesce(o.name, '')) AS occupation_names,
     collect(coalesce(h.start_month, -1)) AS occupation_starts,
     collect(coalesce(h.end_month, -1)) AS occupation_ends,
     collect(coalesce(h.current, false)) AS occupation_current
OPTIONAL MATCH (p)-[s:STUDIED_AT]->(:Organization)
RETURN p.id AS person, role_titles, role_starts, role_ends, role_current, role_levels,
       occupation_codes, occupation_names, occupation_starts, occupation_ends,
       occupation_current, collect(s.degree_level) AS degrees
