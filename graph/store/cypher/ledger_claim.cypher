// name: ledger_claim
// description: Lock the store's generation for this write: a concurrent load's write
//   waits here until the other commits (its generation is read afterwards).
MATCH (m:`_Meta`)
SET m.claimed = true
