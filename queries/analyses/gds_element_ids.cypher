// name: gds_element_ids
// description: The element ids of the nodes of one label with the given ids, so an upload
//   matches nodes by element id without label-less scans.  {label} is replaced by a
//   member of the ontology's closed Label list (never by user input) before it runs.
// param: ids = ["person:ada-lovelace"]
MATCH (n:{label}) WHERE n.id IN $ids
RETURN n.id AS id, elementId(n) AS element
