// name: organization_exact
// description: Organizations a name or id names exactly: the id, the name in any case, or its key (accents and punctuation aside); index seeks on Neo4j.
// param: ids = ["org:bytedance"]
// param: lowers = ["bytedance"]
// param: keys = ["bytedance"]
MATCH (n:Organization)
WHERE n.id IN $ids OR n.name_lower IN $lowers OR n.name_key IN $keys
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases,
       coalesce(n.is_school, false) AS is_school
ORDER BY id
