// name: unparsed_resumes
// description: Résumés with lines no extractor understood, most first (the first $limit): candidates for a manual look or a parser fix.
// param: min_lines = 1 [default]
// param: limit = 100 [default]
MATCH (r:Resume)
WHERE r.unparsed_lines >= $min_lines
MATCH (r)<-[:DESCRIBED_IN]-(p:Person)
RETURN r.path AS resume, p.name AS person, r.unparsed_lines AS unparsed_lines
ORDER BY unparsed_lines DESC, resume
LIMIT $limit
