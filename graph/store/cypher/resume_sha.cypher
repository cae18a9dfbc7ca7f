// name: resume_sha
// description: Content hash of a stored résumé (unchanged files are skipped on load).
// param: resume_id = "resume:cv/jane.pdf"
MATCH (r:Resume {id: $resume_id})
RETURN r.sha256 AS sha256
