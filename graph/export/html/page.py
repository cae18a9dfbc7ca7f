"""The explorer as one HTML file: the template with the library, script, style and data
inlined.

Nothing user-written ever becomes markup: the data travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped (so a name
such as ``</script><script>alert(1)</script>`` cannot end the block), and the page's
script puts it into the document as text only.  A Content-Security-Policy then allows
exactly the two inline scripts shipped here (by hash) and no network access at all, so
even a slip elsewhere could neither run an injected script nor fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["ASSETS", "embed_json", "render_page"]

ASSETS = resources.files(__package__) / "assets"
_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                               "\u2028": "\\u2028", "\u2029": "\\u2029"})


@cache
def _asset(name: str) -> str:
    return (ASSETS / name).read_text("utf-8")


def embed_json(data: Any) -> str:
    """``data`` as JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str,
                      allow_nan=False)
    return text.translate(_JSON_ESCAPES)


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def _checked_script(name: str, text: str) -> str:
    lowered = text.lower()
    if "</script" in lowered or "<!--" in lowered:
        raise ValueError(f"{name} cannot be inlined: it contains </script or <!--")
    return text


def render_page(payload: dict[str, Any]) -> str:
    """The whole page for ``payload`` (:func:`.payload.build_payload`)."""
    library = _checked_script("cytoscape.min.js", _asset("vendor/cytoscape.min.js"))
    script = _checked_script("explorer.js", _asset("explorer.js"))
    policy = ("default-src 'none'; "
              f"script-src {_script_hash(library)} {_script_hash(script)}; "
              "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")
    parts = {
        "<!--tg:csp-->": policy,
        "/*tg:style*/": _asset("explorer.css"),
        "<!--tg:data-->": embed_json(payload),
        "<!--tg:library-->": library,
        "<!--tg:script-->": script,
    }
    template = _asset("template.html")
    for marker in parts:
        if template.count(marker) != 1:
            raise ValueError(f"template.html must hold {marker} exactly once")
    # one pass over the template, so text put in is never searched for markers again
    pattern = re.compile("|".join(re.escape(marker) for marker in parts))
    return pattern.sub(lambda match: parts[match.group()], template)
