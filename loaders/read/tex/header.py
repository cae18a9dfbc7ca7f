"""The résumé owner's name and contact line, from template macros or the top of the body.

moderncv and awesome-cv declare them in the preamble (``\\name{First}{Last}``, ``\\email``,
``\\phone``, ``\\social[linkedin]{...}``); Jake's template and hand-made résumés print
them before the first section (``\\textbf{\\Huge \\scshape Name}`` then a ``$|$``-separated
line).  Either way the result is ``# Name`` and one contact line joined by `` • ``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pylatexenc.latexwalker import LatexGroupNode, LatexMacroNode, LatexNode

from .inline import clean_text, node_args, render_text

__all__ = ["DECLARATIONS", "Header", "declaration", "header_from_lines", "header_from_preamble",
           "may_declare", "merge_headers"]

_SEPARATORS = re.compile(r"\s*(?:\s\|\s|•|·|♢|⋄|◇|∙|\u2022|\s{3,}|\t)\s*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"^\+?[\d\s().\-–]{7,}$")
_URL = re.compile(r"^\[.*\]\(.*\)$|^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+/\S*$|"
                  r"^[\w-]+\.(?:com|org|net|io|dev|me|ai|edu|github\.io)$", re.IGNORECASE)
_PLACE = re.compile(r"^[A-Z][\w .'-]+,\s*[A-Z][\w .]+$")
_NAME = re.compile(r"^[^\W\d_][\w'’.\- ]{1,60}$")
_SOCIAL = {"linkedin": "linkedin.com/in/{}", "github": "github.com/{}", "gitlab": "gitlab.com/{}",
           "twitter": "twitter.com/{}", "orcid": "orcid.org/{}", "stackoverflow": "{}",
           "googlescholar": "scholar.google.com/citations?user={}", "homepage": "{}"}


@dataclass
class Header:
    """What the résumé says about its owner before the first section."""

    name: str = ""
    label: str = ""
    contacts: list[str] = field(default_factory=list)
    rest: list[str] = field(default_factory=list)


def merge_headers(first: Header, second: Header) -> Header:
    """What two sources say about the owner (preamble and body), the first winning."""
    return Header(first.name or second.name, first.label or second.label,
                  [*first.contacts, *(c for c in second.contacts if c not in first.contacts)],
                  [*first.rest, *second.rest])


#: The macros that declare something about the owner, the only ones read in a preamble.
DECLARATIONS = frozenset({
    "personalinfo", "contact", "contactinfo", "header", "namesection", "name", "firstname",
    "familyname", "author", "title", "position", "tagline", "email", "phone", "mobile",
    "homepage", "location", "mailaddress", "address", "social", *_SOCIAL})


# Templates name their declarations with a prefix of their own (``\\cvname``,
# ``\\mymail``, ``\\setphone``) and in words of their own (``\\cvnumberphone``,
# ``\\lastname``): what is left after the prefix, read through the synonyms, says what is
# declared.
_PREFIX = re.compile(r"^(?:cv|my|set|resume|personal)(?=[a-zA-Z])")
_SYNONYMS = {
    "mail": "email", "emailaddress": "email", "numberphone": "phone", "phonenumber": "phone",
    "telephone": "phone", "tel": "phone", "cellphone": "mobile", "site": "homepage",
    "website": "homepage", "webpage": "homepage", "web": "homepage", "jobtitle": "tagline",
    "profession": "tagline", "subtitle": "tagline", "lastname": "familyname",
    "surname": "familyname", "fullname": "name", "givenname": "firstname",
}
_CONTROL_WORD = re.compile(r"\\([A-Za-z]+)")


def declaration(name: str) -> str | None:
    """The declaration a macro makes (``\\cvmail`` -> ``email``), or None."""
    if name in DECLARATIONS:
        return name
    bare = _PREFIX.sub("", name).lower()
    bare = _SYNONYMS.get(bare, bare)
    return bare if bare in DECLARATIONS and bare not in ("contact", "contactinfo") else None


def may_declare(text: str) -> bool:
    """Whether LaTeX text may hold a declaration: without one, a preamble need not be
    parsed (most hand-made résumés put nothing there but packages and lengths)."""
    return any(declaration(m.group(1)) for m in _CONTROL_WORD.finditer(text))


def header_from_preamble(nodes: Sequence[LatexNode | None], document_class: str) -> Header:
    """Read moderncv / awesome-cv / AltaCV / ``\\author`` declarations (from the preamble,
    or from the body before the first section, where AltaCV puts them)."""
    header = Header()
    _read_declarations([n for n in nodes if n is not None], document_class, header)
    return header


def _read_declarations(nodes: list[LatexNode], document_class: str, header: Header) -> None:
    first = last = ""
    for i, node in enumerate(nodes):
        if isinstance(node, LatexGroupNode):
            _read_declarations([n for n in node.nodelist if n is not None], document_class,
                               header)
            continue
        name = declaration(node.macroname) if isinstance(node, LatexMacroNode) else None
        if name is None:
            continue
        args = _args(node, nodes, i)
        if name in ("personalinfo", "contact", "contactinfo"):
            for arg in args:  # AltaCV: \personalinfo{\email{...} \phone{...}}
                if isinstance(arg, LatexGroupNode):
                    _read_declarations([n for n in arg.nodelist if n is not None],
                                       document_class, header)
            continue
        raw = [_plain(a) for a in args]
        texts = [t for t in raw if t]
        if name in ("header", "namesection") and len(raw) >= 2 and not header.name:
            # friggeri \header{first}{last}{label}, Deedy \namesection{first}{last}
            header.name = " ".join(" ".join(raw[:2]).split())
            header.label = header.label or (raw[2] if len(raw) > 2 else "")
        elif name == "name" and texts and not header.name:
            header.name = " ".join(t for t in texts if t)
        elif name == "firstname" and texts:
            first = texts[0]
        elif name == "familyname" and texts:
            last = texts[0]
        elif name == "author" and texts and not header.name:
            header.name = texts[0].split("\n")[0]
        elif name in ("title", "position") and texts and document_class in (
                "moderncv", "awesome-cv"):
            header.label = texts[0]
        elif name == "tagline" and texts:
            header.label = header.label or texts[0]
        elif name in ("email", "phone", "mobile", "homepage", "location", "mailaddress") \
                and texts:
            header.contacts.append(texts[-1])
        elif name == "address" and texts:
            header.contacts.append(", ".join(t for t in texts if t))
        elif name in _SOCIAL and texts:
            # a full address is kept as written, a bare handle completed
            value = texts[-1]
            header.contacts.append(value if _URL.match(value) else _SOCIAL[name].format(value))
        elif name == "social" and texts:
            network = _plain(node_args(node)[0]) if node_args(node) else _option(nodes, i)
            pattern = _SOCIAL.get(network.lower(), "{}")
            header.contacts.append(pattern.format(texts[-1]))
    if not header.name and (first or last):
        header.name = f"{first} {last}".strip()


def header_from_lines(lines: list[str], known: Header) -> Header:
    """Complete ``known`` from the lines printed before the first section."""
    header = Header(known.name, known.label, list(known.contacts))
    for line in lines:
        bare = line.replace("**", "").strip()
        if not header.name and _NAME.match(bare) and len(bare.split()) <= 5:
            header.name = bare
            continue
        parts = [p.replace("**", "").strip() for p in _SEPARATORS.split(line) if p.strip()]
        contacts = [p for p in parts if _is_contact(p)]
        if contacts and len(contacts) * 2 >= len(parts):
            header.contacts += [p for p in parts if p not in header.contacts]
        else:
            header.rest.append(line)
    return header


def _is_contact(part: str) -> bool:
    return bool(_EMAIL.search(part) or _PHONE.match(part) or _URL.match(part)
                or _PLACE.match(part))


def _args(node: LatexMacroNode, nodes: list[LatexNode], i: int) -> list[LatexNode | None]:
    """Parsed arguments, or the braced groups that follow a macro pylatexenc does not know."""
    parsed = [a for a in node_args(node) if isinstance(a, LatexGroupNode)]
    if parsed:
        return parsed
    groups: list[LatexNode | None] = []
    for follower in nodes[i + 1 : i + 8]:
        if isinstance(follower, LatexGroupNode) and follower.delimiters[0] == "{":
            groups.append(follower)
        elif groups or not _skippable(follower):
            break
    return groups


def _skippable(node: LatexNode) -> bool:
    chars = getattr(node, "chars", None)
    return chars is not None and (not chars.strip() or chars.strip().startswith("["))


def _option(nodes: list[LatexNode], i: int) -> str:
    chars = getattr(nodes[i + 1], "chars", "") if i + 1 < len(nodes) else ""
    match = re.match(r"\s*\[([^\]]*)\]", chars)
    return match.group(1).strip() if match else ""


def _plain(node: LatexNode | None) -> str:
    if node is None:
        return ""
    contents = list(node.nodelist) if isinstance(node, LatexGroupNode) else [node]
    text = clean_text(render_text(contents), bold=False)
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())
