// name: known_people_of
// description: known_people for some people only (refreshed after each written batch).
// param: ids = ["person:jane-doe-1a2b3c4d"]
UNWIND $ids AS pid
MATCH (p:Person {id: pid})
RETURN p.id AS id, p.name AS name, p.is_owner AS is_owner,
       p.emails AS emails, p.phones AS phones, p.urls AS urls, p.sources AS sources,
       p.name_inferred AS name_inferred, p.name_evidence AS name_evidence,
       p.anonymous AS anonymous
