// name: ledger_meta
// description: The ledger's version and the store's tombstone salt (no row: a store
//   written before the ledger existed, or a new one).
MATCH (m:`_Meta`)
RETURN m.version AS version, m.salt AS salt
