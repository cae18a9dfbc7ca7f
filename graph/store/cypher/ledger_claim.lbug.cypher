// name: ledger_claim (LadybugDB: one writer at a time, nothing to lock)
// description: Nothing to lock: the database file takes one writer at a time.
MATCH (m:`_Meta`)
RETURN m.id AS id
