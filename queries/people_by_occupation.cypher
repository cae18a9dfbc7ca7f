// name: people_by_occupation
// description: People who held an occupation or any narrower one (Computer Occupations counts Software Developers), named by its name or O*NET-SOC code in any case, with the titles that matched and the best match confidence; the first $limit by name.
// param: occupation = "Computer Occupations"
// param: limit = 100 [default]
// sorted: occupations, titles
// The narrower occupations are gathered as ids first, as people_with_skill does for skills.
MATCH (wanted:Occupation)
WHERE toLower(wanted.name) = toLower($occupation) OR wanted.code = $occupation OR wanted.id = $occupation
MATCH (wanted)<-[:BROADER*0..4]-(narrower:Occupation)
WITH collect(DISTINCT narrower.id) AS ids
MATCH (held:Occupation)<-[h:HELD_OCCUPATION]-(p:Person)
WHERE held.id IN ids
UNWIND h.titles AS title
WITH p, collect(DISTINCT held.name) AS occupations, collect(DISTINCT title) AS titles,
     max(h.confidence) AS confidence
RETURN p.name AS person, occupations, titles, confidence
ORDER BY person
LIMIT $limit
