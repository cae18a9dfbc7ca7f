"""Who owns an anonymous résumé, and where the owner sits in each author list.

A résumé without a name line can still name its owner indirectly: the one author common
to all of its papers, a bold author, a co-first-author note.  The name is only inferred
when the evidence points at exactly one person; otherwise the résumé stays anonymous.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from talentgraph.ontology.names import author_key, same_author

from ..models import Advisor, Contact, Publication

__all__ = ["infer_owner", "with_owner_positions"]


def _common_author(papers: Sequence[Publication], excluded: Sequence[str]) -> str | None:
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for paper in papers:
        seen = set()
        for author in paper.authors:
            key = " ".join(author_key(author))
            if key not in seen:
                seen.add(key)
                counts[key] += 1
                spelled.setdefault(key, author)
    everywhere = [k for k, n in counts.items() if n == len(papers)
                  and not any(same_author(spelled[k], x) for x in excluded)]
    if len(everywhere) == 1:
        return spelled[everywhere[0]]
    marked = [k for k in everywhere if any(
        same_author(spelled[k], c) for p in papers for c in p.co_first_authors)]
    return spelled[marked[0]] if len(marked) == 1 else None


def infer_owner(contact: Contact, papers: Sequence[Publication],
                advisors: Sequence[Advisor]) -> Contact:
    """The contact with an inferred name when it had none and the papers allow it."""
    if contact.name:
        return contact
    excluded = [a.name for a in advisors]
    bold = {p.authors[p.owner_position - 1] for p in papers if p.owner_position}
    if len(bold) == 1:
        name = bold.pop()
        return contact.model_copy(update={
            "name": name, "name_inferred": True,
            "name_evidence": "the author the résumé sets in bold in its publications"})
    with_authors = [p for p in papers if p.authors]
    if len(with_authors) >= 2 and (name := _common_author(with_authors, excluded)):
        return contact.model_copy(update={
            "name": name, "name_inferred": True,
            "name_evidence": f"the only author common to all {len(with_authors)} "
                             "publications listed (advisors excluded)"})
    return contact


def with_owner_positions(papers: Sequence[Publication], owner: str | None) -> list[Publication]:
    """Each paper with ``owner_position`` set to the owner's 1-based place among its authors."""
    if not owner:
        return list(papers)
    out = []
    for paper in papers:
        position = paper.owner_position or next(
            (i for i, a in enumerate(paper.authors, 1) if same_author(a, owner)), None)
        out.append(paper.model_copy(update={"owner_position": position}))
    return out
