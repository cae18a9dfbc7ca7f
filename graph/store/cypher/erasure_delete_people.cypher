// name: erasure_delete_people
// description: Delete people (and their relationships) an erasure found no résumé of
//   theirs left to support.
// param: ids = ["person:jane-doe-1a2b3c4d"]
UNWIND $ids AS pid
MATCH (p:Person {id: pid})
DETACH DELETE p
