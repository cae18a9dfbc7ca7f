// name: known_resumes
// description: Stored résumé files with their content hash (unchanged files are skipped).
MATCH (r:Resume)
RETURN r.path AS path, r.sha256 AS sha256
