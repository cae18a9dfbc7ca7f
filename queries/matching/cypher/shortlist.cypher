// name: shortlist
// description: Candidate generation through the skill index and the candidates' facts in
// one query: the people holding any of the skills related to a job's ($ids), most first, a
// skill in $strong (a required skill or a narrower one) counting twice; the first $pool,
// ties by id.
// param: ids = ["skill:pytorch", "skill:python"]
// param: strong = ["skill:pytorch"]
// param: pool = 200
// Returns everything a score needs, one row per person, as parallel lists (one entry per
// edge; nulls as '' or -1 so that collect() keeps them aligned, and one entry of
// placeholders only where a person has no such edge): the HAS_SKILL edges to the job's
// skills ($ids) with months, last use and date; the roles (WORKED_AT title, months,
// current, level); the occupations held (O*NET-SOC code, name, months); degree levels;
// places; résumés.
// Why one query: the OPTIONAL MATCH steps after the LIMIT expand from the few chosen
// people, while a second query over their ids scans the whole Person table on LadybugDB
// (10^5 people: ~300 ms per such query).
MATCH (s:Skill)<-[:HAS_SKILL]-(p:Person)
WHERE s.id IN $ids
WITH p, count(*) + count(CASE WHEN s.id IN $strong THEN 1 END) AS weight
ORDER BY weight DESC, p.id
LIMIT $pool
OPTIONAL MATCH (p)-[h:HAS_SKILL]->(held:Skill)
WHERE held.id IN $ids
WITH p, weight, collect(coalesce(held.id, '')) AS skill_ids,
     collect(coalesce(held.name, '')) AS skill_names,
     collect(coalesce(h.months, -1)) AS skill_months,
     collect(coalesce(h.last_used, '')) AS skill_last_used,
     collect(coalesce(h.as_of, '')) AS skill_as_of,
     collect(coalesce(h.mentioned, false)) AS skill_mentioned
OPTIONAL MATCH (p)-[w:WORKED_AT]->(:Organization)
WITH p, weight, skill_ids, skill_names, skill_months, skill_last_used, skill_as_of,
     skill_mentioned,
     collect(coalesce(w.title, '')) AS role_titles,
     collect(coalesce(w.start_month, -1)) AS role_starts,
     collect(coalesce(w.end_month, -1)) AS role_ends,
     collect(coalesce(w.current, false)) AS role_current,
     collect(coalesce(w.seniority, '')) AS role_levels
OPTIONAL MATCH (p)-[ho:HELD_OCCUPATION]->(o:Occupation)
WITH p, weight, skill_ids, skill_names, skill_months, skill_last_used, skill_as_of,
     skill_mentioned, role_titles, role_starts, role_ends, role_current, role_levels,
     collect(coalesce(o.code, '')) AS occupation_codes,
     collect(coalesce(o.name, '')) AS occupation_names,
     collect(coalesce(ho.start_month, -1)) AS occupation_starts,
     collect(coalesce(ho.end_month, -1)) AS occupation_ends,
     collect(coalesce(ho.current, false)) AS occupation_current
OPTIONAL MATCH (p)-[st:STUDIED_AT]->(:Organization)
WITH p, weight, skill_ids, skill_names, skill_months, skill_last_used, skill_as_of,
     skill_mentioned, role_titles, role_starts, role_ends, role_current, role_levels,
     occupation_codes, occupation_names, occupation_starts, occupation_ends,
     occupation_current, collect(st.degree_level) AS degrees
OPTIONAL MATCH (p)-[:LOCATED_IN]->(l:Location)
WITH p, weight, skill_ids, skill_names, skill_months, skill_last_used, skill_as_of,
     skill_mentioned, role_titles, role_starts, role_ends, role_current, role_levels,
     occupation_codes, occupation_names, occupation_starts, occupation_ends,
     occupation_current, degrees,
     collect(coalesce(l.city, '')) AS cities, collect(coalesce(l.region, '')) AS regions,
     collect(coalesce(l.country, '')) AS countries
OPTIONAL MATCH (p)-[:DESCRIBED_IN]->(r:Resume)
RETURN p.id AS person, p.name AS name, p.emails AS emails, weight, skill_ids, skill_names,
       skill_months, skill_last_used, skill_as_of, skill_mentioned, role_titles,
       role_starts, role_ends, role_current, role_levels, occupation_codes,
       occupation_names, occupation_starts, occupation_ends, occupation_current, degrees,
       cities, regions, countries, collect(r.path) AS resumes
ORDER BY weight DESC, person
