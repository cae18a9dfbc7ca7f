// name: all_nodes
// description: Every node with its labels and properties (read back into networkx).
//   Neo4j only: the embedded store scans one node table per ontology label instead.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
