// name: known_affiliations
// description: Employers and schools of stored people (corroboration for same-name merges).
MATCH (p:Person)-[:WORKED_AT]->(o:Organization)
RETURN p.id AS id, o.name AS org
UNION
MATCH (p:Person)-[:STUDIED_AT]->(o:Organization)
RETURN p.id AS id, o.name AS org
