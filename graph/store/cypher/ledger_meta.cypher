// name: ledger_meta
// description: The ledger's version, the store's tombstone salt and its write generation
//   (no row: a store written before the ledger existed, or a new one).
MATCH (m:`_Meta`)
RETURN m.version AS version, m.salt AS salt, m.generation AS generation
