// name: ledger_resumes
// description: The stored parsed résumés of some sources (for rebuilding them).
// param: keys = ["seeds/001.txt"]
UNWIND $keys AS k
MATCH (s:`_Source` {id: k})
RETURN s.id AS key, s.resume AS resume
