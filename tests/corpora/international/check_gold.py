#!/usr/bin/env python3
# The corpus author's gold checker, kept as written (compact one-liners).
# ruff: noqa: E701, E702, B023, SIM115
"""Sanity check: every gold string value should be findable in its document's text.
Prints values that are not found verbatim (after light normalisation) for manual review.
usage: .venv/bin/python check_gold.py"""
import glob
import json
import os
import re
import unicodedata

import docx
import fitz


def doc_text(path):
    if path.endswith(".pdf"):
        return "\n".join(p.get_text() for p in fitz.open(path))
    if path.endswith(".docx"):
        d = docx.Document(path)
        parts = [p.text for s in d.sections for p in s.header.paragraphs]
        parts += [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join(parts)
    t = open(path, encoding="utf-8").read()
    if path.endswith(".tex"):
        acc = {r'\"u': "ü", r'\"U': "Ü", r'\"o': "ö", r"\`a": "à", r"\u{g}": "ğ", r"\c{c}": "ç", r"\c{s}": "ş",
               r"\.{I}": "İ", "~": " ", "--": "–", "``": '"', "''": '"'}
        for k, v in acc.items():
            t = t.replace(k, v)
        t = t.replace(r"\me", "Y. Demir")
    return t

def n(s):
    s = unicodedata.normalize("NFC", str(s)).lower()
    return re.sub(r"[\s\-–—,.()*#\"']+", " ", s).strip()

for gf in sorted(glob.glob("gold/*.gold.json")):
    stem = os.path.basename(gf)[:-10]
    doc = glob.glob(f"docs/{stem}.*")[0]
    T = n(doc_text(doc)); Tdig = re.sub(r"\D", "", doc_text(doc))
    g = json.load(open(gf))
    miss = []
    def chk(label, v):
        if v and n(v) not in T:
            miss.append(f"{label}: {v}")
    b = g["basics"]
    chk("name", b.get("name")); chk("email", b.get("email")); chk("url", b.get("url"))
    if b.get("phone") and re.sub(r"\D", "", b["phone"]) not in Tdig:
        miss.append(f"phone: {b['phone']}")
    for w in g.get("work", []):
        chk("work.name", w["name"]); chk("work.position", w["position"]); chk("work.location", w.get("location"))
    for e in g.get("education", []):
        chk("edu.institution", e["institution"]); chk("edu.area", e.get("area"))
        for k in ("startDate", "endDate"):
            if e.get(k) and e[k][:4] not in T: miss.append(f"edu.{k}: {e[k]}")
    for s in g.get("skills", []):
        chk("skill", s)
    for p in g.get("publications", []):
        chk("pub.name", p["name"]); chk("pub.publisher", p.get("publisher"))
        for a in p.get("authors", []): chk("pub.author", a)
    for a in g.get("awards", []):
        chk("award.title", a["title"]); chk("award.awarder", a.get("awarder"))
    for p in g.get("projects", []):
        chk("project", p["name"])
    print(f"{stem}: {len(miss)} not verbatim" + "".join("\n    " + m for m in miss))
