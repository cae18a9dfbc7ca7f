// name: person_exact
// description: People a name or id names exactly: the id, the name in any case, or its key (accents, punctuation and honorifics aside); index seeks on Neo4j.
// param: ids = ["person:hayes-zhao"]
// param: lowers = ["hayes zhao"]
// param: keys = ["hayes zhao"]
MATCH (n:Person)
WHERE n.id IN $ids OR n.name_lower IN $lowers OR n.name_key IN $keys
RETURN n.id AS id, n.name AS name, [] AS aliases, false AS is_school
ORDER BY id
