"""A document's blocks in a compact form, for tests of the readers."""

from __future__ import annotations

from talentgraph.loaders.document import Block, Bullet, Entry, Heading


def view(blocks: tuple[Block, ...]) -> list[str]:
    """``# title`` (by level), ``ENTRY a | b [hint,hint]``, ``- bullet``, a table row's or
    line's text; blank lines left out."""
    out = []
    for b in blocks:
        if isinstance(b, Heading):
            out.append("#" * b.level + " " + b.text)
        elif isinstance(b, Entry):
            out.append(f"ENTRY {' | '.join(b.fields)} [{','.join(b.hints)}]")
        elif isinstance(b, Bullet):
            out.append("  " * b.depth + "- " + b.text)
        elif b.text:
            out.append(b.text)
    return out
