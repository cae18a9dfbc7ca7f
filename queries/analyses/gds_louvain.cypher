// name: gds_louvain
// description: The Louvain community of every node of the catalog graph $graph.
// param: graph = "talentgraph-0123456789ab"
// param: config = {"concurrency": 1}
CALL gds.louvain.stream($graph, $config) YIELD nodeId, communityId
RETURN gds.util.asNode(nodeId).id AS node, communityId AS value
