// name: count_nodes
// description: Number of nodes in the store (WriteStats are before/after differences).
MATCH (n)
RETURN count(*) AS count
