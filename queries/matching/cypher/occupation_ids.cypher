// name: occupation_ids
// description: The Occupation nodes whose code starts with one of $prefixes (the job's
// occupation and its SOC groups: "15-1252", "15-125", "15-12").
// param: prefixes = ["15-1252"]
MATCH (o:Occupation)
WHERE o.kind = 'occupation' AND any(prefix IN $prefixes WHERE o.code STARTS WITH prefix)
RETURN o.id AS id
ORDER BY id
