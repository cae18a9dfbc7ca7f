// name: gds_drop
// description: Drop the graph $graph from the GDS catalog (no error when it is gone).
// param: graph = "talentgraph-0123456789ab"
CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName
