"""A package's lazily exported names load their module on first use, and only then."""

from __future__ import annotations

import subprocess
import sys


def _fresh(code: str) -> str:
    """Run ``code`` in a new interpreter (the modules of this one are already loaded)."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_a_light_name_leaves_the_heavy_module_unimported() -> None:
    out = _fresh("import sys\n"
                 "from talentgraph.queries.analyses import ENGINE_NAMES\n"
                 "import talentgraph.graph.store as store\n"
                 "print('networkx' in sys.modules, 'ladybug' in sys.modules)")
    assert out == "False False"


def test_a_lazy_name_is_its_module_s_object_and_stays_in_the_package() -> None:
    out = _fresh("import talentgraph.queries.analyses as a\n"
                 "from talentgraph.queries.analyses.similarity import similar_people\n"
                 "print(a.similar_people is similar_people, 'similar_people' in vars(a),\n"
                 "      a.centrality.__name__, 'similar_people' in dir(a))")
    assert out == "True True talentgraph.queries.analyses.centrality True"


def test_an_unknown_name_is_an_attribute_error_naming_the_package() -> None:
    out = _fresh("import talentgraph.graph.store as s\n"
                 "try:\n    s.nope\nexcept AttributeError as err:\n    print(err)")
    assert out == "module 'talentgraph.graph.store' has no attribute 'nope'"
