// name: gds_betweenness
// description: Betweenness (raw path counts) of every node of the catalog graph $graph.
// param: graph = "talentgraph-0123456789ab"
// param: config = {"samplingSize": 256}
CALL gds.betweenness.stream($graph, $config) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS node, score AS value
