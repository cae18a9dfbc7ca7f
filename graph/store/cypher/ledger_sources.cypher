// name: ledger_sources
// description: Every loaded résumé the ledger knows, without its parsed form.
MATCH (s:`_Source`)
RETURN s.id AS key, s.root AS root, s.path AS path, s.sha256 AS sha256,
       s.loaded AS loaded, s.resume IS NOT NULL AS parsed
ORDER BY key
