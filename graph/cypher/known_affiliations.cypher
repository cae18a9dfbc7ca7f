// name: known_affiliations
// description: Dated employers and schools of stored people (corroboration for same-name merges).
MATCH (p:Person)-[r:WORKED_AT]->(o:Organization)
RETURN p.id AS id, o.id AS org_id, o.name AS org, 'work' AS role, r.start_date AS date
UNION ALL
MATCH (p:Person)-[r:STUDIED_AT]->(o:Organization)
RETURN p.id AS id, o.id AS org_id, o.name AS org, 'study' AS role,
       coalesce(r.end_date, r.start_date) AS date
