// name: shortest_connection (LadybugDB dialect)
// LadybugDB spells shortest paths `* ALL SHORTEST`, has no reduce/startNode/type, indexes
// lists from 1 and cannot read a property of an indexed element, hence this override.
MATCH (a:Person)
WHERE a.name_lower = toLower($person_a) OR a.name_key = toLower($person_a) OR a.id = $person_a
MATCH (b:Person)
WHERE (b.name_lower = toLower($person_b) OR b.name_key = toLower($person_b) OR b.id = $person_b) AND a <> b
MATCH p = (a)-[:WORKED_AT|STUDIED_AT|AUTHORED|ADVISED_BY|RECEIVED|CONFERRED_BY|WORKED_ON|PROJECT_AT|INVENTED* ALL SHORTEST 1..8]-(b)
WITH nodes(p) AS ns, rels(p) AS rs,
     properties(nodes(p), 'name') AS names, properties(nodes(p), 'title') AS titles
RETURN size(rs) AS hops,
       coalesce(names[1], titles[1]) + list_to_string('', list_transform(range(1, size(rs)),
           i -> concat(CASE WHEN struct_extract(rs[i], '_src') = id(ns[i])
                            THEN ' —' + label(rs[i]) + '→ '
                            ELSE ' ←' + label(rs[i]) + '— ' END,
                       coalesce(names[i + 1], titles[i + 1])))) AS path
ORDER BY hops, path
LIMIT $limit
