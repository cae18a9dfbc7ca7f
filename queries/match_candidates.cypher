// name: match_candidates
// description: Who could fit a job asking for these skills: people holding any of them or a narrower one, with the wanted skills each covers, most covered first; the first $limit. `talentgraph match` (and the library's match()) starts from these and scores them per category.
// param: skills = ["Machine Learning", "CUDA", "Kubernetes"] [names: Skill]
// param: limit = 50 [default]
// sorted: covers
UNWIND $skills AS name
MATCH (target:Skill)
WHERE toLower(target.name) = toLower(name)
MATCH (target)<-[:BROADER*0..10]-(narrower:Skill)
WITH target, collect(DISTINCT narrower.id) AS ids
MATCH (held:Skill)<-[:HAS_SKILL]-(p:Person)
WHERE held.id IN ids
WITH p, collect(DISTINCT target.name) AS covers
RETURN p.name AS person, covers, size(covers) AS covered
ORDER BY covered DESC, person
LIMIT $limit
