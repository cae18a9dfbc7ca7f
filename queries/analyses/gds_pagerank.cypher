// name: gds_pagerank
// description: PageRank of every node of the catalog graph $graph, by node id.
// param: graph = "talentgraph-0123456789ab"
// param: config = {"dampingFactor": 0.85}
CALL gds.pageRank.stream($graph, $config) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS node, score AS value
