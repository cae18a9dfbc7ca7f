// name: unparsed_resumes
// description: Résumés with lines no extractor understood, most first: candidates for a manual look or a parser fix.
// param: min_lines = 1 [default]
MATCH (p:Person)-[:DESCRIBED_IN]->(r:Resume)
WHERE r.unparsed_lines >= $min_lines
RETURN r.path AS resume, p.name AS person, r.unparsed_lines AS unparsed_lines
ORDER BY unparsed_lines DESC, resume
