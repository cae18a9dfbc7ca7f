#!/usr/bin/env python3
"""Sanity check for hand-written gold: list gold strings not found in the document text.

usage: .venv/bin/python tests/corpora/professions/check_gold.py
Reads the documents with pypdf/python-docx (not the project's loaders), so a miss means a typo
in the gold or a deliberate normalisation (e.g. a studyType short form), to review by hand.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import docx
import pypdf

HERE = Path(__file__).parent


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join(parts)
    text = path.read_text(encoding="utf-8")
    for k, v in {r"\"u": "ü", "~": " ", "--": "–", r"\,": " ", r"\&": "&"}.items():
        text = text.replace(k, v)
    return text


def n(s: str) -> str:
    s = unicodedata.normalize("NFC", str(s)).lower()
    return re.sub(r"[\s\-–—,.()*#\"'/|·]+", " ", s).strip()


def main() -> None:
    for gf in sorted((HERE / "gold").glob("*.gold.json")):
        stem = gf.name[: -len(".gold.json")]
        doc = next((HERE / "docs").glob(f"{stem}.*"))
        raw = doc_text(doc)
        text, digits = n(raw), re.sub(r"\D", "", raw)
        gold = json.loads(gf.read_text())
        miss: list[str] = []

        def chk(label: str, value: str | None, text: str = text, miss: list[str] = miss) -> None:
            if value and n(value) not in text:
                miss.append(f"{label}: {value}")

        b = gold["basics"]
        chk("name", b.get("name"))
        chk("email", b.get("email"))
        if b.get("phone") and re.sub(r"\D", "", b["phone"]) not in digits:
            miss.append(f"phone: {b['phone']}")
        for w in gold.get("work", []):
            chk("work.name", w["name"])
            chk("work.position", w["position"])
        for e in gold.get("education", []):
            chk("edu.institution", e["institution"])
            chk("edu.studyType", e.get("studyType"))
        for s in gold.get("skills", []):
            chk("skill", s)
        for p in gold.get("publications", []):
            chk("pub.name", p["name"])
            for a in p.get("authors", []):
                chk("pub.author", a)
        for a in gold.get("awards", []):
            chk("award.title", a["title"])
        print(f"{stem}: {len(miss)} not verbatim" + "".join("\n    " + m for m in miss))


if __name__ == "__main__":
    main()
