// name: people_by_occupation
// description: People who held an occupation or any narrower one (Computer Occupations counts Software Developers), named by its name or O*NET-SOC code in any case, with the titles that matched, the levels of those roles and the best match confidence; the first $limit by name.
// param: occupation = "Computer Occupations" [names: Occupation]
// param: limit = 100 [default]
// sorted: occupations, titles, levels
// The narrower occupations are gathered as ids first, as people_with_skill does for skills;
// the first $limit people are picked before their titles and levels are unwound: at 10^4
// people, where Computer Occupations holds nearly everyone, unwinding for every holder
// took 240 ms on the embedded store, this 140 ms (without titles and levels: 36 ms).
MATCH (wanted:Occupation)
WHERE toLower(wanted.name) = toLower($occupation) OR wanted.code = $occupation OR wanted.id = $occupation
MATCH (wanted)<-[:BROADER*0..4]-(narrower:Occupation)
WITH collect(DISTINCT narrower.id) AS ids
MATCH (held:Occupation)<-[:HELD_OCCUPATION]-(p:Person)
WHERE held.id IN ids
WITH p, collect(held.id) AS matching
ORDER BY p.name, p.id
LIMIT $limit
MATCH (p)-[h:HELD_OCCUPATION]->(held:Occupation)
WHERE held.id IN matching
UNWIND h.titles AS title
UNWIND h.levels AS level
WITH p, collect(DISTINCT held.name) AS occupations, collect(DISTINCT title) AS titles,
     collect(DISTINCT level) AS levels, max(h.confidence) AS confidence
RETURN p.name AS person, occupations, titles, levels, confidence
ORDER BY person
