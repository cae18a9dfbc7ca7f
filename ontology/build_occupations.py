"""Build ``ontology/occupations.ttl`` from an O*NET release and the SOC crosswalks.

Run it again on a newer O*NET text release to refresh the taxonomy::

    python -m talentgraph.ontology.build_occupations --onet db_27_0_text \\
        --soc-structure SOC_Structure.xlsx --soc-2010-2018 2010_to_2018_SOC_Crosswalk.xlsx \\
        --isco isco_soc_crosswalk.xls -o ontology/occupations.ttl

Inputs (none is kept in the repository; see README "Occupations"):

* O*NET database, text format (CC BY 4.0): ``Occupation Data.txt``, ``Alternate
  Titles.txt``, ``Sample of Reported Titles.txt`` and ``Read Me.txt`` (the version).
* ``SOC_Structure.xlsx`` (O*NET-SOC 2019 listings): titles of the SOC major and minor
  groups, the broader concepts.
* ``2010_to_2018_SOC_Crosswalk.xlsx`` (O*NET-SOC 2010 to 2018 SOC) and the BLS
  ``isco_soc_crosswalk.xls`` (2010 SOC to ISCO-08): together they give each occupation its
  ISCO-08 unit groups (an O*NET-SOC 2019 code starts with its 2018 SOC code).

What is shipped, and why it is smaller than O*NET (about 60k titles): the description is
dropped (nothing reads it); a title whose words without level words ("Senior Accountant")
are another title of the same occupation ("Accountant") is dropped, since the matcher drops
those words too; a title several occupations share goes to their nearest common group when
that is a minor group or an occupation ("Lecturer" -> Postsecondary Teachers); otherwise the
occupation with the most O*NET evidence for it keeps it as ``skos:altLabel`` and the others
as ``skos:hiddenLabel`` (the matcher's second and third guesses).

:func:`concepts` takes ``exclude``: title keys left out, which is how ``bench/
occupation_eval.py`` builds the index it evaluates without the held-out titles
(:func:`heldout_keys`).  Needs ``pandas`` with ``openpyxl`` and ``xlrd`` (the ``taxonomy``
extra).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .careers import ISCO, OCC
from .careers import seniority as seniority_scheme
from .taxonomy import label_key

__all__ = ["OnetRelease", "Record", "concepts", "heldout_keys", "main", "read_release",
           "write_turtle"]

log = logging.getLogger(__name__)

ONET_FILES = ("Occupation Data.txt", "Alternate Titles.txt", "Sample of Reported Titles.txt")
#: one reported title in five (by a hash of its key) is held out for evaluation
HELDOUT_FOLDS = 5


@dataclass
class OnetRelease:
    """What the converter reads: occupations, groups, titles with their evidence."""

    version: str
    occupations: dict[str, str]  # O*NET-SOC code -> title
    groups: dict[str, str]  # SOC major / minor group code -> title
    titles: list[tuple[str, str, int]]  # (code, title, evidence)
    reported: list[tuple[str, str]]  # (code, reported title), for the held-out split
    isco: dict[str, list[str]] = field(default_factory=dict)  # SOC 2018 -> ISCO-08 codes


@dataclass
class Record:
    """One concept as written to Turtle."""

    code: str
    pref: str
    kind: str
    broader: str | None
    alt: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    isco: list[str] = field(default_factory=list)


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _excel(path: Path, skip: int, sheet: str | int = 0) -> list[list[str]]:
    import pandas as pd

    frame = pd.read_excel(path, sheet_name=sheet, header=None, skiprows=skip, dtype=str)
    return [["" if pd.isna(v) else str(v).strip() for v in row] for row in frame.values]


def read_release(onet: Path, soc_structure: Path, soc_2010_2018: Path | None = None,
                 isco: Path | None = None) -> OnetRelease:
    """Read the O*NET text files and the SOC structure (and crosswalks, when given)."""
    readme = (onet / "Read Me.txt").read_text("utf-8").splitlines()
    # "O*NET 27.0 Database August 2022 Release"
    version = " ".join(line.strip() for line in readme[:2])
    occupations = {r["O*NET-SOC Code"]: r["Title"] for r in _tsv(onet / ONET_FILES[0])}
    reported_rows = _tsv(onet / ONET_FILES[2])
    reported = [(r["O*NET-SOC Code"], r["Reported Job Title"]) for r in reported_rows]
    shown = {(r["O*NET-SOC Code"], r["Reported Job Title"])
             for r in reported_rows if r["Shown in My Next Move"] == "Y"}
    titles: list[tuple[str, str, int]] = []
    for r in _tsv(onet / ONET_FILES[1]):
        code, title = r["O*NET-SOC Code"], r["Alternate Title"]
        evidence = len(r["Source(s)"].split(","))
        titles.append((code, title, evidence))
        short = r["Short Title"]
        if short and short != "n/a":
            titles.append((code, short, evidence))
    titles += [(code, title, 3 + ((code, title) in shown)) for code, title in reported]
    groups = {}
    for row in _excel(soc_structure, 4):
        major, minor, title = row[0], row[1], row[5]
        if major or minor:
            groups[major or minor] = title
    release = OnetRelease(version, occupations, groups, titles, reported)
    if soc_2010_2018 and isco:
        release.isco = _isco(soc_2010_2018, isco)
    return release


def _isco(soc_2010_2018: Path, isco: Path) -> dict[str, list[str]]:
    """SOC 2018 code -> ISCO-08 unit groups, through SOC 2010."""
    to_2010: dict[str, set[str]] = defaultdict(set)
    for row in _excel(soc_2010_2018, 4):
        if row[0] and row[2]:
            to_2010[row[2]].add(row[0][:7])
    soc10_isco: dict[str, set[str]] = defaultdict(set)
    for row in _excel(isco, 7, "2010 SOC to ISCO-08"):
        if re.fullmatch(r"\d\d-\d{4}", row[0]) and re.fullmatch(r"\d{4}", row[3]):
            soc10_isco[row[0]].add(row[3])
    return {soc18: sorted({i for s in soc10 for i in soc10_isco.get(s, ())})
            for soc18, soc10 in to_2010.items()}


# ---------------------------------------------------------------- the concepts


def _minor(code: str, groups: dict[str, str]) -> str:
    """The minor group of a code: XX-X000, or XX-XY00 where SOC splits (15-1200)."""
    narrow = f"{code[:5]}00"
    return narrow if narrow in groups else f"{code[:4]}000"


def _major(code: str) -> str:
    return f"{code[:2]}-0000"


def _ancestors(code: str, release: OnetRelease) -> list[str]:
    """The code and the concepts above it, nearest first."""
    chain = [code]
    if not code.endswith(".00") and f"{code[:7]}.00" in release.occupations:
        chain.append(f"{code[:7]}.00")
    return [*chain, _minor(code, release.groups), _major(code)]


def heldout_keys(release: OnetRelease, fold: int = 0) -> set[str]:
    """Keys of the reported titles held out for evaluation: fold 0 of
    :data:`HELDOUT_FOLDS` by a hash of the key, so the split never changes (the matcher's
    weights were chosen on fold 1, never on fold 0)."""
    keys = {label_key(title) for _, title in release.reported}
    return {k for k in keys
            if int(hashlib.sha1(k.encode()).hexdigest(), 16) % HELDOUT_FOLDS == fold}


def concepts(release: OnetRelease, exclude: Iterable[str] = ()) -> list[Record]:
    """The concepts to write: occupations with their titles, and the groups above them;
    titles whose key is in ``exclude`` are left out."""
    excluded = set(exclude)
    occupations = release.occupations
    scheme = seniority_scheme()
    evidence: dict[str, dict[str, int]] = defaultdict(dict)  # key -> code -> evidence
    spelling: dict[tuple[str, str], str] = {}  # (key, code) -> the best-attested spelling
    for code, title, weight in release.titles:
        key = label_key(title)
        if not key or key in excluded or code not in occupations:
            continue
        evidence[key][code] = evidence[key].get(code, 0) + weight
        if (key, code) not in spelling or weight > 1:
            spelling[key, code] = title.strip()
    records: dict[str, Record] = {}
    for code, title in sorted(occupations.items()):
        chain = _ancestors(code, release)
        records[code] = Record(code, title, "occupation", chain[1],
                               isco=release.isco.get(code[:7], []))
    for code, title in sorted(release.groups.items()):
        kind = "major group" if code.endswith("-0000") else "minor group"
        records[code] = Record(code, title, kind, None if kind == "major group" else _major(code))
    prefs = {label_key(r.pref): r.code for r in records.values()}
    for code, title in occupations.items():  # "Data Scientist" names "Data Scientists" first
        singular = label_key(title[:-1]) if title.endswith("s") else ""
        if singular in evidence and code in evidence[singular]:
            evidence[singular][code] += 100
    for key, by_code in sorted(evidence.items()):
        if key in prefs:
            continue
        if len(by_code) == 1:
            (code,) = by_code
            records[code].alt.append(spelling[key, code])
            continue
        group, outliers = _common_group(by_code, release)
        if group is not None:
            best = max(by_code, key=lambda c: (by_code[c], c))
            records[group].alt.append(spelling[key, best])
            for code in outliers:
                records[code].hidden.append(spelling[key, code])
            continue
        ranked = sorted(by_code, key=lambda c: (-by_code[c], c))
        records[ranked[0]].alt.append(spelling[key, ranked[0]])
        for code in ranked[1:]:
            records[code].hidden.append(spelling[key, code])
    for record in records.values():
        record.alt = _without_level_variants(record, scheme)
    return [records[c] for c in sorted(records)]


def _common_group(codes: Iterable[str], release: OnetRelease) -> tuple[str | None, list[str]]:
    """The nearest concept above all ``codes`` when it is an occupation or a minor group,
    else the minor group of at least three quarters of them (the rest are outliers)."""
    codes = sorted(codes)
    chains = [_ancestors(code, release) for code in codes]
    common = [c for c in chains[0] if all(c in chain for chain in chains)]
    if common and not common[0].endswith("-0000"):
        return common[0], []
    minors: dict[str, list[str]] = defaultdict(list)
    for code in codes:
        minors[_minor(code, release.groups)].append(code)
    minor, members = max(minors.items(), key=lambda kv: (len(kv[1]), kv[0]))
    if len(members) >= 2 and len(members) >= 0.75 * len(codes):
        return minor, [c for c in codes if c not in members]
    return None, []


def _without_level_variants(record: Record, scheme) -> list[str]:
    """The titles of ``record`` without those that are another of its titles once level
    words are dropped ("Senior Accountant" when "Accountant" is there)."""
    own = {label_key(record.pref)} | {label_key(t) for t in record.alt}
    kept = []
    for title in sorted(set(record.alt), key=str.casefold):
        core = "".join(scheme.core(title).split())
        if core != label_key(title) and core in own:
            continue
        kept.append(title)
    return kept


# ---------------------------------------------------------------- Turtle


def _literal(text: str, lang: str = "en") -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}'


def _objects(predicate: str, values: list[str], width: int = 100) -> str:
    """``predicate v1, v2, ...`` wrapped at ``width`` columns."""
    lines, line = [], f"    {predicate} "
    for i, value in enumerate(values):
        item = value + ("," if i < len(values) - 1 else "")
        if len(line) + len(item) > width and line.strip() != predicate:
            lines.append(line.rstrip())
            line = "        "
        line += item + " "
    lines.append(line.rstrip())
    return "\n".join(lines)


def write_turtle(records: list[Record], version: str, out: Path) -> None:
    """Write the concepts as a SKOS scheme with the O*NET attribution in its header."""
    lines = [
        f"# talentgraph occupations taxonomy (SKOS), generated from the {version}",
        "# by talentgraph.ontology.build_occupations -- do not edit; hand-kept titles go in",
        "# occupation_titles.ttl.  Read by talentgraph.ontology.careers.occupations().",
        "#",
        f"# This file contains information from the {version} by the U.S. Department",
        "# of Labor, Employment and Training Administration (USDOL/ETA), used under the",
        "# CC BY 4.0 license (https://creativecommons.org/licenses/by/4.0/).  O*NET(R) is a",
        "# trademark of USDOL/ETA.  talentgraph has modified all or some of this information",
        "# (descriptions dropped, titles selected and grouped); USDOL/ETA has not approved,",
        "# endorsed, or tested these modifications.  SOC groups: O*NET-SOC 2019 listings.",
        "# ISCO-08: BLS ISCO-08 x 2010 SOC crosswalk (2012, updated 2015) through the",
        "# O*NET-SOC 2010 to 2018 SOC crosswalk (public domain).",
        "#",
        "# skos:notation is the O*NET-SOC code (15-1252.00) or the SOC group code (15-1200,",
        "# 15-0000); skos:broader goes occupation -> (SOC detailed occupation) -> minor group",
        "# -> major group; skos:closeMatch names the ISCO-08 unit groups (ESCO's IRIs);",
        "# skos:hiddenLabel is a title another occupation holds as its skos:altLabel.",
        "@prefix tg:      <https://w3id.org/talentgraph#> .",
        "@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        "@prefix owl:     <http://www.w3.org/2002/07/owl#> .",
        "@prefix scheme:  <https://w3id.org/talentgraph/scheme/> .",
        f"@prefix occ:     <{OCC}> .",
        f"@prefix isco:    <{ISCO.removesuffix('C')}> .",
        "",
        "scheme:occupations a skos:ConceptScheme ;",
        '    skos:prefLabel "talentgraph occupations (O*NET-SOC)"@en ;',
        f'    owl:versionInfo "{version}" ;',
        "    dcterms:source <https://www.onetcenter.org/database.html> ;",
        "    dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;",
        '    dcterms:rightsHolder "U.S. Department of Labor, Employment and Training '
        'Administration (USDOL/ETA)" .',
        "",
    ]
    for r in records:
        parts = [f"occ:{r.code} a skos:Concept ; skos:inScheme scheme:occupations",
                 f'    skos:notation "{r.code}" ; tg:occupationKind "{r.kind}"',
                 f"    skos:prefLabel {_literal(r.pref)}"]
        if r.broader:
            parts[-1] += f" ; skos:broader occ:{r.broader}"
        else:
            parts[-1] += " ; skos:topConceptOf scheme:occupations"
        if r.isco:
            parts.append(_objects("skos:closeMatch", [f"isco:C{c}" for c in r.isco]))
        if r.alt:
            parts.append(_objects("skos:altLabel", [_literal(t) for t in r.alt]))
        if r.hidden:
            parts.append(_objects("skos:hiddenLabel",
                                  [_literal(t) for t in sorted(set(r.hidden))]))
        lines.append(" ;\n".join(parts) + " .")
    out.write_text("\n".join(lines) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command line: read the release, write the Turtle file, print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--onet", type=Path, required=True, help="O*NET text release folder")
    parser.add_argument("--soc-structure", type=Path, required=True)
    parser.add_argument("--soc-2010-2018", type=Path)
    parser.add_argument("--isco", type=Path)
    parser.add_argument("-o", "--out", type=Path, default=Path(__file__).with_name(
        "occupations.ttl"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    release = read_release(args.onet, args.soc_structure, args.soc_2010_2018, args.isco)
    records = concepts(release)
    write_turtle(records, release.version, args.out)
    labels = sum(len(r.alt) + len(r.hidden) for r in records)
    log.info("%s: %d concepts, %d titles, %d with ISCO-08, %.0f kB", args.out, len(records),
             labels, sum(bool(r.isco) for r in records), args.out.stat().st_size / 1024)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
