// name: people_projection
// description: The person projection of projections.people(), built inside Neo4j as a GDS
//   graph (Cypher aggregation) from the stored graph, so nothing is uploaded from the client.
//   Every Person is a node; two people are tied once, undirected, with weight = how many
//   distinct reasons tie them: "colleagues@<organization>" (WORKED_AT tenures that
//   overlapped: months, both ends included; an open-ended role runs to $today_month when
//   marked current, else is its start month only), "coauthors@<paper>", "alumni@<school>"
//   (STUDIED_AT, any time), "advising" (ADVISED_BY either way).  A reason names a thing by
//   its display name (name, else title, else id), as projections.display_name does, so two
//   organizations of one name are one reason, exactly as in Python.  Returns the catalog
//   counts and the weight totals the engine compares with the networkx projection.
// param: graph = "talentgraph-people-0123456789ab"
// param: ties = ["colleagues", "coauthors", "advising"]
// param: today_month = 24310
CALL () {
  CALL () {
    WITH 1 AS asked WHERE 'colleagues' IN $ties
    MATCH (a:Person)-[wa:WORKED_AT]->(o)<-[wb:WORKED_AT]-(b:Person)
    WHERE a.id < b.id AND wa.start_month IS NOT NULL AND wb.start_month IS NOT NULL
    WITH a, b, o, wa.start_month AS a0, wb.start_month AS b0,
         CASE WHEN wa.end_month IS NOT NULL THEN wa.end_month
              WHEN wa.current THEN $today_month ELSE wa.start_month END AS a1,
         CASE WHEN wb.end_month IS NOT NULL THEN wb.end_month
              WHEN wb.current THEN $today_month ELSE wb.start_month END AS b1
    WHERE CASE WHEN a0 > b0 THEN a0 ELSE b0 END <= CASE WHEN a1 < b1 THEN a1 ELSE b1 END
    RETURN a, b, 'colleagues@' + CASE WHEN o.name <> '' THEN o.name
                                      WHEN o.title <> '' THEN o.title ELSE o.id END AS reason
    UNION
    WITH 1 AS asked WHERE 'coauthors' IN $ties
    MATCH (a:Person)-[:AUTHORED]->(x)<-[:AUTHORED]-(b:Person)
    WHERE a.id < b.id
    RETURN a, b, 'coauthors@' + CASE WHEN x.name <> '' THEN x.name
                                     WHEN x.title <> '' THEN x.title ELSE x.id END AS reason
    UNION
    WITH 1 AS asked WHERE 'alumni' IN $ties
    MATCH (a:Person)-[:STUDIED_AT]->(s)<-[:STUDIED_AT]-(b:Person)
    WHERE a.id < b.id
    RETURN a, b, 'alumni@' + CASE WHEN s.name <> '' THEN s.name
                                  WHEN s.title <> '' THEN s.title ELSE s.id END AS reason
    UNION
    WITH 1 AS asked WHERE 'advising' IN $ties
    MATCH (s:Person)-[:ADVISED_BY]->(t:Person)
    WHERE s.id <> t.id
    RETURN CASE WHEN s.id < t.id THEN s ELSE t END AS a,
           CASE WHEN s.id < t.id THEN t ELSE s END AS b, 'advising' AS reason
  }
  // UNION left each (pair, reason) once: the weight is the number of rows per pair
  WITH a, b, count(*) AS weight
  RETURN a AS source, b AS target, weight
  UNION ALL
  // every person is a node, tied or not
  MATCH (p:Person)
  RETURN p AS source, null AS target, 0 AS weight
}
WITH gds.graph.project($graph, source, target,
                       {relationshipProperties: {weight: toFloat(weight)}},
                       {undirectedRelationshipTypes: ['*']}) AS g,
     sum(weight) AS total, sum(weight * weight) AS squares
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships, total, squares
