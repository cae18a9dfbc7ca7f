// name: referrers
// description: Who could refer each candidate ($people ids): their colleagues (tenures at
// one organization overlapping) and co-authors who work now at $organization (name, key or
// id in any case); open-ended roles run to $today_month.
// param: people = ["person:hayes-zhao"]
// param: organization = "ByteDance"
// param: today_month = 24310
UNWIND $people AS pid
MATCH (c:Person {id: pid})-[wa:WORKED_AT]->(o:Organization)<-[wb:WORKED_AT]-(r:Person)
WHERE r <> c AND wa.start_month IS NOT NULL AND wb.start_month IS NOT NULL
  AND wb.start_month <= CASE WHEN wa.end_month IS NOT NULL THEN wa.end_month
                             WHEN wa.current THEN $today_month ELSE wa.start_month END
  AND wa.start_month <= CASE WHEN wb.end_month IS NOT NULL THEN wb.end_month
                             WHEN wb.current THEN $today_month ELSE wb.start_month END
MATCH (r)-[now:WORKED_AT]->(t:Organization)
WHERE now.current AND (t.name_lower = toLower($organization)
      OR t.name_key = toLower($organization) OR t.id = $organization)
RETURN DISTINCT c.id AS person, r.name AS referrer, t.name AS organization,
       'colleague at ' + o.name AS how
UNION
UNWIND $people AS pid
MATCH (c:Person {id: pid})-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(r:Person)
WHERE r <> c
MATCH (r)-[now:WORKED_AT]->(t:Organization)
WHERE now.current AND (t.name_lower = toLower($organization)
      OR t.name_key = toLower($organization) OR t.id = $organization)
RETURN DISTINCT c.id AS person, r.name AS referrer, t.name AS organization,
       'co-author' AS how
