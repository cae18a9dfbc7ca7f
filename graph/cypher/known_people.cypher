// name: known_people
// description: Every stored person with the keys entity resolution compares.
MATCH (p:Person)
RETURN p.id AS id, p.name AS name, p.is_owner AS is_owner,
       p.emails AS emails, p.phones AS phones, p.urls AS urls
ORDER BY id
