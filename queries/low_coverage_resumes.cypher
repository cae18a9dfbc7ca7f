// name: low_coverage_resumes
// description: Résumés read only in part (most lines not placed, or no section heading known), least covered first: what was found is in the graph, the rest needs a person's look.
// param: limit = 100 [default]
MATCH (r:Resume)
WHERE r.low_coverage = true
MATCH (r)<-[:DESCRIBED_IN]-(p:Person)
RETURN r.path AS resume, p.name AS person, r.coverage AS coverage
ORDER BY coverage, resume
LIMIT $limit
