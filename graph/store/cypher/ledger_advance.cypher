// name: ledger_advance
// description: Raise the store's write generation (every load's write does).
// param: generation = 8
MERGE (m:`_Meta` {id: 'store'})
SET m.generation = $generation
