"""The query registry: headers, parameter typing, errors, and the files it loads."""

from __future__ import annotations

import re

import pytest

from talentgraph.queries import registry
from talentgraph.queries.registry import ParameterError, UnknownQueryError, parse_query

HEADER = """// name: demo
// description: A demo.
// param: skill = "Machine Learning"
// param: skills = ["Python", "SQL"]
// param: years = [2020, 2021]
// param: limit = 10 [default]
// param: ratio = 0.5 [default]
// param: owners_only = true [default]
// param: today_month = 24310 [default: current_month]
// sorted: people
MATCH (p:Person) WHERE $skill <> '' AND size($skills) > 0 AND size($years) > 0
  AND $ratio > 0 AND $owners_only AND $today_month > 0
RETURN p.name AS name LIMIT $limit
"""


def test_header_types_come_from_the_examples() -> None:
    spec = parse_query(HEADER)
    types = {p.name: p.type for p in spec.params}
    assert types == {"skill": "string", "skills": "list[string]", "years": "list[integer]",
                     "limit": "integer", "ratio": "float", "owners_only": "boolean",
                     "today_month": "integer"}
    assert [p.name for p in spec.params if p.required] == ["skill", "skills", "years"]
    assert spec.sorted_columns == ("people",)


def test_command_line_text_is_typed_and_defaults_filled() -> None:
    spec = parse_query(HEADER)
    bound = registry.bind(spec, {"skill": "SQL", "skills": "Python, Spark", "years": "2019,2020",
                                 "ratio": "0.25", "owners_only": "no"})
    assert bound["skills"] == ["Python", "Spark"]
    assert bound["years"] == [2019, 2020]
    assert bound["limit"] == 10 and bound["ratio"] == 0.25 and bound["owners_only"] is False
    assert bound["today_month"] == registry.current_month()
    assert registry.bind(spec, {"skill": "x", "skills": '["a,b", "c"]', "years": [1]}
                         )["skills"] == ["a,b", "c"]


@pytest.mark.parametrize(("params", "message"), [
    ({"skills": "a", "years": "1"}, r"needs \$skill"),
    ({"skill": "a", "skills": "a", "years": "x"}, r"\$years must be an integer"),
    ({"skill": "a", "skills": "a", "years": "1", "nope": "1"}, r"no parameter nope"),
    ({"skill": 3, "skills": "a", "years": "1"}, r"\$skill must be text"),
])
def test_bad_parameters_say_what_to_fix(params: dict, message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        registry.bind(parse_query(HEADER), params)


def test_header_must_declare_every_parameter_it_uses() -> None:
    with pytest.raises(ValueError, match="declared"):
        parse_query("// name: x\n// description: y\nRETURN $undeclared AS v")


def test_unknown_query_lists_the_known_ones() -> None:
    with pytest.raises(UnknownQueryError, match=r"known queries: .*people_with_skill"):
        registry.get("people_with_skil")


def test_at_least_fifteen_queries_each_with_a_full_header() -> None:
    specs = registry.list_queries()
    assert len(specs) >= 15
    for spec in specs:
        assert spec.description and spec.name == registry.get(spec.name).name
        assert re.search(r"\bORDER BY\b", spec.cypher), f"{spec.name} has no ORDER BY"
        for text in (spec.cypher, *spec.overrides.values()):
            assert "'" not in "".join(re.findall(r"\$\w+", text))


def test_overrides_are_few_and_only_for_the_embedded_dialect() -> None:
    overridden = {s.name: sorted(s.overrides) for s in registry.list_queries() if s.overrides}
    assert overridden == {"colleagues": ["lbug"], "low_confidence_facts": ["lbug"],
                          "shared_honors": ["lbug"], "shortest_connection": ["lbug"],
                          "similar_people": ["lbug"], "skill_cooccurrence": ["lbug"]}
    spec = registry.get("shortest_connection")
    assert spec.text_for("lbug") != spec.text_for("neo4j") == spec.cypher


def test_usage_line_runs_the_example() -> None:
    assert registry.get("people_with_skill").usage() == \
        "talentgraph query people_with_skill -p skill='Machine Learning'"
