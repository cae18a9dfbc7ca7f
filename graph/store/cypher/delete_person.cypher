// name: delete_person
// description: Delete a person node and its relationships.
// param: person_id = "person:jane-doe"
MATCH (p:Person {id: $person_id})
DETACH DELETE p
