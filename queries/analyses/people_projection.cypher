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
    MATCH (p:Person)-[w:WORKED_AT]->(o)
    WHERE w.start_month IS NOT NULL
    WITH p, o, w.start_month AS s,
         CASE WHEN w.end_month IS NOT NULL THEN w.end_month
              WHEN w.current THEN $today_month ELSE w.start_month END AS e
    // a tenure that ends before it starts overlaps nothing (max(starts) <= min(ends))
    WHERE s <= e
    WITH o, p, s, e ORDER BY s
    WITH o, collect(p) AS people, collect(s) AS starts, collect(e) AS ends
    WHERE size(people) > 1
    // sweep instead of all pairs: with tenures sorted by start, the ones overlapping
    // tenure i from i on are i+1 .. k-1, k = how many start by i's end (a prefix)
    UNWIND range(0, size(people) - 2) AS i
    WITH o, people, i, size([x IN starts WHERE x <= ends[i]]) AS k
    UNWIND range(i + 1, k - 1) AS j
    WITH o, people[i] AS x, people[j] AS y
    WHERE x <> y
    RETURN CASE WHEN x.id < y.id THEN x ELSE y END AS a,
           CASE WHEN x.id < y.id THEN y ELSE x END AS b,
           'colleagues@' + CASE WHEN o.name <> '' THEN o.name
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
