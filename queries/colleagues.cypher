// name: colleagues
// description: Pairs of people whose tenures at the same organization overlapped, with the overlap in months (open-ended roles run to $today_month).
// param: organization = "" [default]
// param: today_month = 24310 [default: current_month]
// param: limit = 200 [default]
MATCH (a:Person)-[wa:WORKED_AT]->(o:Organization)<-[wb:WORKED_AT]-(b:Person)
WHERE a.id < b.id
  AND ($organization = '' OR toLower(o.name) = toLower($organization))
  AND wa.start_month IS NOT NULL AND wb.start_month IS NOT NULL
WITH a, b, o, wa, wb,
     CASE WHEN wa.end_month IS NOT NULL THEN wa.end_month
          WHEN wa.current THEN $today_month ELSE wa.start_month END AS a_end,
     CASE WHEN wb.end_month IS NOT NULL THEN wb.end_month
          WHEN wb.current THEN $today_month ELSE wb.start_month END AS b_end
WITH a, b, o, wa, wb,
     CASE WHEN wa.start_month > wb.start_month THEN wa.start_month ELSE wb.start_month END AS lo,
     CASE WHEN a_end < b_end THEN a_end ELSE b_end END AS hi
WHERE hi >= lo
RETURN a.name AS person_a, b.name AS person_b, o.name AS organization,
       hi - lo + 1 AS overlap_months,
       wa.start_date AS a_start, wa.end_date AS a_end, wb.start_date AS b_start,
       wb.end_date AS b_end
ORDER BY overlap_months DESC, organization, person_a, person_b, a_start, b_start
LIMIT $limit
