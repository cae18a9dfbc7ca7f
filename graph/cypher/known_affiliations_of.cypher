// name: known_affiliations_of
// description: known_affiliations for some people only (refreshed after each written batch).
// param: ids = ["person:jane-doe-1a2b3c4d"]
UNWIND $ids AS pid
MATCH (p:Person {id: pid})-[r:WORKED_AT]->(o:Organization)
RETURN p.id AS id, o.id AS org_id, o.name AS org, 'work' AS role, r.start_date AS date
UNION ALL
UNWIND $ids AS pid
MATCH (p:Person {id: pid})-[r:STUDIED_AT]->(o:Organization)
RETURN p.id AS id, o.id AS org_id, o.name AS org, 'study' AS role,
       coalesce(r.end_date, r.start_date) AS date
