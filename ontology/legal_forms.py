"""Legal forms of organizations ("Inc.", "GmbH", "S.p.A."): one table, read three ways.

- :data:`KEY_SUFFIXES` and :data:`TRAILING_FORMS`: every form.  The taxonomy's keys and
  the canonical name of an organization it does not know drop them all (``Acme Corp``,
  ``Acme, Inc.`` and ``ACME S.A.`` are one organization).
- :data:`WRITTEN_TAIL`: the forms a reader does not count as part of the name as written
  (``Globex Corporation`` → ``Globex``); the others stay in it (``Acme AB``, ``Acme
  Limited``, ``Acme S.p.A.``), because a reader names the firm with them.
- :data:`COMMA_PART`: the forms a comma part of a résumé line may consist of and still
  belong to the name before it (``Acme, Inc.`` is one employer, not an employer and a
  team).  Forms that are also everyday words or name parts in a title line (``SE``,
  ``AB``, ``Company``) are left out, so ``Engineer, SE`` keeps its two parts.

Each purpose is a flag on a form, so adding a form is one row here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["COMMA_PART", "KEY_SUFFIXES", "LEGAL_FORMS", "TRAILING_FORMS", "WRITTEN_TAIL",
           "LegalForm"]


@dataclass(frozen=True)
class LegalForm:
    """One legal form: its folded words, and how résumés write and use it."""

    words: str
    dotted: bool = False  # its letters may carry dots: L.L.C., S.p.A., B.V.
    written: bool = True  # stays in the organization's name as written
    comma_part: bool = False  # ", Inc." after a name belongs to that name

    def spellings(self) -> str:
        """A regular expression for the ways it is written (case is the caller's)."""
        if self.dotted:
            return r"\.?".join(self.words)
        return r"\.?\s*".join(self.words.split())

    def token_keys(self) -> tuple[tuple[str, ...], ...]:
        """Its words as folded tokens; a dotted form also letter by letter (``l l c``)."""
        whole = tuple(self.words.split())
        return (whole, tuple(self.words)) if self.dotted else (whole,)


LEGAL_FORMS: tuple[LegalForm, ...] = (
    LegalForm("inc", written=False, comma_part=True),
    LegalForm("incorporated"),
    LegalForm("llc", dotted=True, written=False, comma_part=True),
    LegalForm("ltd", written=False, comma_part=True),
    LegalForm("limited", comma_part=True),
    LegalForm("corp", written=False, comma_part=True),
    LegalForm("corporation", written=False),
    LegalForm("co", comma_part=True),
    LegalForm("company"),
    LegalForm("gmbh", written=False, comma_part=True),
    LegalForm("ag", written=False, comma_part=True),
    LegalForm("plc", written=False, comma_part=True),
    LegalForm("llp"),
    LegalForm("lp", dotted=True),
    LegalForm("sa", dotted=True, written=False, comma_part=True),
    LegalForm("bv", dotted=True, written=False, comma_part=True),
    LegalForm("nv", dotted=True, comma_part=True),
    LegalForm("se"),
    LegalForm("spa", dotted=True),
    LegalForm("srl", dotted=True, comma_part=True),
    LegalForm("ltda", comma_part=True),
    LegalForm("pty", comma_part=True),
    LegalForm("pvt"),
    LegalForm("kk", dotted=True),
    LegalForm("oy"),
    LegalForm("ab"),
    LegalForm("sas"),
    LegalForm("sarl"),
    LegalForm("pbc"),
    LegalForm("sdn bhd"),
    LegalForm("bhd"),
)


def _alternation(forms: list[LegalForm]) -> str:
    return "|".join(sorted((f.spellings() for f in forms), key=len, reverse=True))


# "and" is the spelled "&" of "Smith & Co": once "Co" is dropped, so is it.
KEY_SUFFIXES: frozenset[tuple[str, ...]] = frozenset(
    {key for form in LEGAL_FORMS for key in form.token_keys()} | {("and",)})
TRAILING_FORMS = re.compile(
    rf"(?:[\s,]+(?:(?:&|and)\s*Co(?:mpany)?\b\.?|(?:{_alternation(list(LEGAL_FORMS))})\b\.?))+\s*$",
    re.IGNORECASE)
WRITTEN_TAIL = re.compile(
    rf",?\s+(?:{_alternation([f for f in LEGAL_FORMS if not f.written])})\.?$", re.IGNORECASE)
COMMA_PART = re.compile(
    rf"^(?:{_alternation([f for f in LEGAL_FORMS if f.comma_part])})\.?$", re.IGNORECASE)
