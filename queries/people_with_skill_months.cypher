// name: people_with_skill_months
// description: People with at least $months months of experience with a skill or one narrower skill (the dated roles that name it, overlaps counted once; an open-ended role counted up to as_of), most months first.
// param: skill = "Python" [names: Skill]
// param: months = 12
// param: limit = 100 [default]
// A skill only listed has no months and is not found: listed is not used.  The months
// are compared after the skill filter, in their own WHERE: both in one made LadybugDB scan
// the HAS_SKILL table (200 ms at 10^4 people, this 20 ms).
MATCH (wanted:Skill)
WHERE toLower(wanted.name) = toLower($skill)
MATCH (wanted)<-[:BROADER*0..10]-(narrower:Skill)
WITH collect(DISTINCT narrower.id) AS ids
MATCH (held:Skill)<-[h:HAS_SKILL]-(p:Person)
WHERE held.id IN ids
WITH p, held, h
WHERE h.months >= $months
RETURN p.name AS person, held.name AS skill, h.months AS months, h.first_used AS first_used,
       h.last_used AS last_used, h.as_of AS as_of
ORDER BY months DESC, person, skill
LIMIT $limit
