// name: flagged_people
// description: People whose identity needs a human check: names inferred from indirect evidence, and anonymous résumés.
MATCH (p:Person)
WHERE p.name_inferred = true OR p.anonymous = true
RETURN p.name AS person,
       CASE WHEN p.anonymous = true THEN 'anonymous' ELSE 'inferred name' END AS issue,
       coalesce(p.name_evidence, '') AS evidence
ORDER BY issue, person
