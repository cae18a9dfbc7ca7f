// name: colleagues (LadybugDB dialect)
// The same query without the WITH DISTINCT p horizon Neo4j needs: on LadybugDB it turns the
// expansion from the person into a hash join over the whole relationship table (2-3x slower).
MATCH (p:Person)
WHERE p.name_lower = toLower($person) OR p.name_key = toLower($person) OR p.id = $person
MATCH (p)-[wa:WORKED_AT]->(o:Organization)
WHERE wa.start_month IS NOT NULL
  AND ($organization = '' OR o.name_lower = toLower($organization)
       OR o.name_key = toLower($organization) OR o.id = $organization)
WITH p, wa, o,
     CASE WHEN wa.end_month IS NOT NULL THEN wa.end_month
          WHEN wa.current THEN $today_month ELSE wa.start_month END AS a_end
MATCH (o)<-[wb:WORKED_AT]-(b:Person)
WHERE wb.start_month <= a_end AND b <> p
WITH p, wa, o, a_end, wb, b,
     CASE WHEN wb.end_month IS NOT NULL THEN wb.end_month
          WHEN wb.current THEN $today_month ELSE wb.start_month END AS b_end
WHERE b_end >= wa.start_month
WITH p, wa, o, wb, b,
     CASE WHEN wa.start_month > wb.start_month THEN wa.start_month ELSE wb.start_month END AS lo,
     CASE WHEN a_end < b_end THEN a_end ELSE b_end END AS hi
RETURN p.name AS person, b.name AS colleague, o.name AS organization,
       hi - lo + 1 AS overlap_months,
       wa.start_date AS person_start, wa.end_date AS person_end,
       wb.start_date AS colleague_start, wb.end_date AS colleague_end
ORDER BY overlap_months DESC, organization, colleague, person, person_start, colleague_start
LIMIT $limit
