// name: flagged_people
// description: People whose identity or résumé needs a human check: names inferred from indirect evidence, anonymous résumés, and résumés read only in part (low_coverage_resumes lists them).
MATCH (p:Person)
WHERE p.name_inferred = true OR p.anonymous = true
   OR EXISTS { MATCH (p)-[:DESCRIBED_IN]->(r:Resume) WHERE r.low_coverage = true }
RETURN p.name AS person,
       CASE WHEN p.anonymous = true THEN 'anonymous'
            WHEN p.name_inferred = true THEN 'inferred name'
            ELSE 'partly read résumé' END AS issue,
       coalesce(p.name_evidence, '') AS evidence
ORDER BY issue, person
