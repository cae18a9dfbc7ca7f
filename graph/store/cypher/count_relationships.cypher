// name: count_relationships
// description: Number of relationships in the store.
MATCH ()-[r]->()
RETURN count(*) AS count
