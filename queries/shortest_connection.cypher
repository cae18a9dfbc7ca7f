// name: shortest_connection
// description: The shortest chains linking two people through employers, schools, papers, advisors, honors and projects, spelled out. A name several people share tries every pair of namesakes (slow on a large graph); an id (person_profile shows them) names one person.
// param: person_a = "Hayes Zhao" [names: Person]
// param: person_b = "Hao Wu" [names: Person]
// param: limit = 5 [default]
MATCH (a:Person)
WHERE a.name_lower = toLower($person_a) OR a.name_key = toLower($person_a) OR a.id = $person_a
MATCH (b:Person)
WHERE (b.name_lower = toLower($person_b) OR b.name_key = toLower($person_b) OR b.id = $person_b) AND a <> b
MATCH p = allShortestPaths((a)-[:WORKED_AT|STUDIED_AT|AUTHORED|ADVISED_BY|RECEIVED|CONFERRED_BY|WORKED_ON|PROJECT_AT|INVENTED*..8]-(b))
WITH nodes(p) AS ns, relationships(p) AS rs
RETURN size(rs) AS hops,
       reduce(text = coalesce(ns[0].name, ns[0].title), i IN range(0, size(rs) - 1) |
              text + CASE WHEN startNode(rs[i]) = ns[i]
                          THEN ' —' + type(rs[i]) + '→ '
                          ELSE ' ←' + type(rs[i]) + '— ' END
                   + coalesce(ns[i + 1].name, ns[i + 1].title)) AS path
ORDER BY hops, path
LIMIT $limit
