// name: ledger_drop_sources
// description: Forget the ledger entries of résumés removed from the graph.
// param: keys = ["seeds/001.txt"]
UNWIND $keys AS k
MATCH (s:`_Source` {id: k})
DELETE s
