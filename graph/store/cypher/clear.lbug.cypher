// name: clear (LadybugDB: no IN TRANSACTIONS; one transaction is fine embedded)
// description: Delete every node and relationship (the schema stays).
MATCH (n)
DETACH DELETE n
