// name: clear
// description: Delete every node and relationship, in server-side batches so a large
//   graph does not need one huge transaction.  Runs as an auto-commit query.
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
