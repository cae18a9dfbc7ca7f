"""Hand-made résumé records for resolution and builder tests (no parser involved)."""

from __future__ import annotations

from talentgraph.loaders.models import (
    Award,
    Contact,
    Education,
    Position,
    Publication,
    Resume,
    Skill,
    Source,
)


def src(file: str, line: int = 1) -> Source:
    return Source(file=file, line_start=line, line_end=line)


def resume(file: str, name: str | None = None, *, emails=(), phones=(), positions=(),
           education=(), publications=(), skills=(), awards=(), inferred=False) -> Resume:
    return Resume(
        source_file=file, sha256="0" * 64, format="txt",
        contact=Contact(name=name, emails=list(emails), phones=list(phones),
                        name_inferred=inferred),
        positions=[Position(employer=e, title=t, start=s, end=en, current=en is None,
                            source=src(file)) for e, t, s, en in positions],
        education=[Education(school=s, degree=d, field=f, end=en, advisor=adv, source=src(file))
                   for s, d, f, en, adv in education],
        publications=[Publication(title=t, venue=v, year=y, authors=list(a),
                                  owner_position=pos, source=src(file))
                      for t, v, y, a, pos in publications],
        skills=[Skill(name=n, category=c, mentioned=m, source=src(file)) for n, c, m in skills],
        awards=[Award(title=t, date=d, awarder=a, source=src(file)) for t, d, a in awards],
    )
