"""Make every string a parsed résumé holds encodable, once, before it leaves the parser.

Python strings may hold lone UTF-16 surrogates that no UTF-8 encoder takes: a JSON
résumé's ``"\\ud800"`` escape decodes to one, and so does an undecodable byte of a file
name (``surrogateescape``).  One such character in a name crashed a whole load (pyarrow
and the Neo4j driver's packer raise ``UnicodeEncodeError``) and ``parse``'s JSON output,
so :func:`sanitize` replaces them in every field and says so in ``Resume.warnings``.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticSerializationError

from .models import Resume

__all__ = ["clean_text", "sanitize"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def _replacement(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return "\ufffd"


def clean_text(text: str) -> str:
    """``text`` with each lone surrogate replaced: a byte kept by ``surrogateescape``
    becomes its ``\\xNN`` escape (as file names in source keys do), any other U+FFFD."""
    if text.isascii():
        return text
    return _SURROGATE.sub(_replacement, text)


def _clean(value: Any, where: str, found: list[str]) -> Any:
    """``value`` cleaned, or the very same object when nothing in it changed (so a clean
    résumé, nearly every one, is not copied)."""
    if isinstance(value, str):
        cleaned = clean_text(value)
        if cleaned is not value and cleaned != value:
            found.append(where)
            return cleaned
        return value
    if isinstance(value, BaseModel):
        update = {}
        for name in type(value).model_fields:
            old = getattr(value, name)
            new = _clean(old, f"{where}.{name}" if where else name, found)
            if new is not old:
                update[name] = new
        return value.model_copy(update=update) if update else value
    if isinstance(value, list):
        items = [_clean(item, f"{where}[{i}]", found) for i, item in enumerate(value)]
        changed = any(new is not old for new, old in zip(items, value, strict=True))
        return items if changed else value
    return value


def sanitize(resume: Resume) -> Resume:
    """``resume`` with every string encodable as UTF-8, and a warning naming the fields
    that had to change (the same résumé object when none did)."""
    try:  # encoding it all as UTF-8 JSON, in Rust, is a quarter of the cost of the walk
        resume.__pydantic_serializer__.to_json(resume)
    except PydanticSerializationError:
        pass  # a lone surrogate somewhere (or something else JSON cannot hold): walk
    else:
        return resume
    found: list[str] = []
    cleaned = _clean(resume, "", found)
    if not found:
        return resume
    shown = ", ".join(found[:5]) + (f" and {len(found) - 5} more" if len(found) > 5 else "")
    warning = (f"invalid characters (lone UTF-16 surrogates) replaced in {len(found)} "
               f"field(s): {shown}")
    return cleaned.model_copy(update={"warnings": [*cleaned.warnings, warning]})
