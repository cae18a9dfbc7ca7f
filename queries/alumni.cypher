// name: alumni
// description: Everyone who studied at a school, with degree, field and dates, earliest first.
// param: school = "Williams College" [names: School]
MATCH (o:Organization)
WHERE o.name_lower = toLower($school) OR o.name_key = toLower($school) OR o.id = $school
MATCH (o)<-[s:STUDIED_AT]-(p:Person)
RETURN p.name AS person, o.name AS school, s.degree AS degree, s.degree_level AS degree_level,
       s.field AS field, s.start_date AS start_date, s.end_date AS end_date
ORDER BY s.start_month, person, degree
