"""Plain-text and Markdown résumés from layout blocks.

Plain text varies the way pasted or exported résumés do: upper-case, title-case, colon or
Markdown-ish headings; assorted bullet glyphs; blank lines between some blocks and not
others; dates below an entry, after a tab, or before it (``05/2025-08/2025 Engineer at X``).
"""

from __future__ import annotations

from .layout import Block, Bullet, Contact, Entry, Heading, Name, Para, SkillGroup, Style

__all__ = ["render_markdown", "render_text"]


def _heading(text: str, style: Style) -> str:
    return {
        "upper": text.upper(),
        "title": text,
        "md2": f"## {text}",
        "md1": f"# {text}",
        "colon": f"{text}:",
    }[style.heading]


def _entry(entry: Entry, markdown: bool) -> list[str]:
    head = f"**{entry.head}**" if markdown else entry.head
    if entry.pos == "right":
        lines = [f"{head}\t{entry.meta}"]
    elif entry.pos == "before":
        lines = [f"{entry.meta} {head}"]
    else:
        lines = [head, entry.meta]
    if entry.sub:
        lines.insert(1, f"*{entry.sub}*" if markdown else entry.sub)
    return lines


def _lines(blocks: list[Block], style: Style, markdown: bool) -> list[str]:
    out: list[str] = []
    spaced = markdown or style.heading in ("md2", "md1") or style.contact_sep == "\n"
    for block in blocks:
        if isinstance(block, Name):
            out += [f"# {block.text}" if markdown else block.text, ""]
        elif isinstance(block, Contact):
            out += (list(block.items) if style.contact_sep == "\n"
                    else [style.contact_sep.join(block.items)])
        elif isinstance(block, Heading):
            out += ["", _heading(block.text, style), ""]
        elif isinstance(block, Entry):
            if spaced and out and out[-1]:
                out.append("")
            out += _entry(block, markdown)
        elif isinstance(block, Bullet):
            out.append(f"{style.bullet} {block.text}")
        elif isinstance(block, SkillGroup):
            label = f"**{block.category}:**" if markdown else f"{block.category}:"
            prefix = f"{style.bullet} " if markdown or style.skills_table else ""
            out.append(f"{prefix}{label} {', '.join(block.items)}")
        elif isinstance(block, Para):
            out.append(block.text)
    return out


def render_text(blocks: list[Block], style: Style) -> str:
    """A ``.txt`` résumé."""
    return "\n".join(_lines(blocks, style, markdown=False)).strip() + "\n"


def render_markdown(blocks: list[Block], style: Style) -> str:
    """A ``.md`` résumé: ``#`` name, ``##`` sections, bold entry heads."""
    return "\n".join(_lines(blocks, style, markdown=True)).strip() + "\n"
