// name: worked_at
// description: Everyone who worked at an organization, with titles and dates, earliest first.
// param: organization = "ByteDance" [names: Organization]
// sorted: titles
MATCH (o:Organization)
WHERE o.name_lower = toLower($organization) OR o.name_key = toLower($organization) OR o.id = $organization
MATCH (o)<-[w:WORKED_AT]-(p:Person)
RETURN p.name AS person, o.name AS organization, w.title AS title,
       coalesce(w.titles, []) AS titles, w.team AS team, w.start_date AS start_date,
       w.end_date AS end_date, coalesce(w.current, false) AS current
ORDER BY w.start_month, person, title, end_date
