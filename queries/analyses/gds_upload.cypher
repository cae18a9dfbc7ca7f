// name: gds_upload
// description: A networkx graph uploaded into the GDS catalog as $graph (Cypher
//   aggregation): one row per tie (an isolated node has no target), nodes found by the
//   element ids gds_element_ids looked up; every tie undirected, with its weight.
// param: graph = "talentgraph-0123456789ab"
// param: rows = [{"source": "4:abc:1", "target": "4:abc:2", "weight": 1.0}]
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.source
OPTIONAL MATCH (b) WHERE elementId(b) = row.target
WITH gds.graph.project($graph, a, b, {relationshipProperties: {weight: row.weight}},
                       {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships
