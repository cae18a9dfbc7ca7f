// name: erasure_people
// description: Every stored person with the names, contacts and sources an erasure
//   compares (who else in the store is the person being erased).
MATCH (p:Person)
RETURN p.id AS id, p.name AS name, p.emails AS emails, p.phones AS phones,
       p.urls AS urls, p.sources AS sources
ORDER BY id
