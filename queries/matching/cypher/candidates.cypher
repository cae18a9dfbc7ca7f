// name: candidates
// description: Candidate generation through the skill index: the people holding any of the
// skills related to a job's (the ids), most first, a skill in $strong (a required skill or
// a narrower one) counting twice; the first $pool, ties by id.
// param: ids = ["skill:pytorch", "skill:python"]
// param: strong = ["skill:pytorch"]
// param: pool = 500
// count() rather than sum(CASE ...): the sum is a float on LadybugDB, an integer on Neo4j.
// The ids are matched on the Skill side first so both stores start from the skill index,
// not from every Person.
MATCH (s:Skill)<-[:HAS_SKILL]-(p:Person)
WHERE s.id IN $ids
WITH p, count(*) + count(CASE WHEN s.id IN $strong THEN 1 END) AS weight
RETURN p.id AS person, weight
ORDER BY weight DESC, person
LIMIT $pool
