// name: find_person
// description: People whose id, name or email matches $who (for forget).
// param: who = "Hayes Zhao"
MATCH (p:Person)
WHERE p.id = $who OR p.name_key = $key OR $email IN p.emails
RETURN p.id AS id, p.name AS name, p.sources AS sources
ORDER BY id
