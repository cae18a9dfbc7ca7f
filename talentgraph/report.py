"""The graph report as Markdown; the data comes from
:func:`talentgraph.queries.report.build_report`."""

from __future__ import annotations

import re
from typing import Any

from talentgraph.output import safe_text
from talentgraph.queries.report import Report

__all__ = ["render_markdown"]


def _md_cell(value: Any) -> str:
    """A value as one Markdown table cell: lists joined, ``|`` and Markdown's own marks
    escaped, control and bidi characters shown as escapes (``output.safe_text``)."""
    if isinstance(value, list):
        value = ", ".join(map(str, value))
    if value is None:
        return ""
    text = safe_text(str(value)).replace("\\", "\\\\")
    return _MD_SPECIAL.sub(lambda m: "\\" + m.group(), text)


_MD_SPECIAL = re.compile(r"[|*`<>\[\]]")  # "_" inside words is no emphasis


def render_markdown(report: Report) -> str:
    """The report as a Markdown document (one table per section)."""
    lines = ["# Talent graph report", ""]
    for title, rows in report.sections():
        lines += [f"## {_md_cell(title)}", ""]
        if not rows:
            lines += ["_none_", ""]
            continue
        columns = list(rows[0])
        lines.append("| " + " | ".join(columns) + " |")
        lines.append("|" + "---|" * len(columns))
        lines += ["| " + " | ".join(_md_cell(row.get(c)) for c in columns) + " |"
                  for row in rows]
        lines.append("")
    return "\n".join(lines)
