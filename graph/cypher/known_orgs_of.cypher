// name: known_orgs_of
// description: known_orgs for some organizations only (refreshed after each written batch).
// param: ids = ["org:acme"]
UNWIND $ids AS oid
MATCH (o:Organization {id: oid})
RETURN o.id AS id, o.name AS name
