// name: all_nodes
// description: Every node of the graph with its labels and properties (read back into
//   networkx); the ledger's bookkeeping nodes (labels starting with "_") are left out.
//   Neo4j only: the embedded store scans one node table per ontology label instead.
MATCH (n)
WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '_')
RETURN labels(n) AS labels, properties(n) AS props
