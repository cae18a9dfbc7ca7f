// name: known_people
// description: Every stored person with the keys entity resolution compares and the
//   résumés that mention them.
MATCH (p:Person)
RETURN p.id AS id, p.name AS name, p.is_owner AS is_owner,
       p.emails AS emails, p.phones AS phones, p.urls AS urls, p.sources AS sources,
       p.name_inferred AS name_inferred, p.name_evidence AS name_evidence,
       p.anonymous AS anonymous
ORDER BY id
