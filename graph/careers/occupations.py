"""Job title -> occupation, with a confidence and the label that matched (the evidence).

A title is tried whole, then by its head ("Software Engineer II, Payments Infrastructure"
-> "Software Engineer II"; "Manager, Software Development" also as "Software Development
Manager"), each as written and without level words and qualifiers ("Senior", "Intern",
"part-time"; :meth:`SeniorityScheme.core`).  The first form that is a label of the taxonomy
wins.  Failing that, the occupations whose titles share the most telling words with it
are ranked (:class:`_Index`), with a confidence calibrated on held-out O*NET titles; below
:data:`THRESHOLD` the title stays unmapped, and :attr:`OccupationMatch.note` says why.  A
label several occupations share (a hidden label elsewhere) gives the others as the second
and third guesses.

Why words and not characters: a first version scored labels by edit-distance ratios
(rapidfuzz ``token_sort_ratio``) and reached top-1 0.25 on held-out titles ("Cab Driver"
is closest to "Car Driver"); weighting shared words by how rare they are among the 50k
titles (IDF) reaches 0.64.  The weighting is a few sparse-matrix products (scipy, already a
dependency), not a library of its own.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from talentgraph.ontology.careers import (
    OccupationConcept,
    OccupationTaxonomy,
    SeniorityScheme,
    occupations,
    seniority,
    title_tokens,
)
from talentgraph.ontology.taxonomy import label_key

__all__ = ["THRESHOLD", "OccupationMatch", "TitleMatcher", "matcher"]

log = logging.getLogger(__name__)

#: below this confidence a title stays unmapped (a similarity of about 0.55: four in five
#: right on fold 1 of the O*NET reported titles)
THRESHOLD = 0.7
#: confidence of a title found as a label: whole, its head, either without level words
_EXACT = (1.0, 0.95, 0.9)
#: an exact label some other occupations share as a hidden label
_SHARED = 0.85
_OF = re.compile(r"^(.+?)\s+(?:of|for)\s+(.+)$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:[,;|/()\[\]]|\s[-–—]\s|\s@\s|\sat\s)\s*")


@dataclass(frozen=True)
class OccupationMatch:
    """The occupation a title names (None when unmapped), how sure, and why."""

    title: str | None
    occupation: OccupationConcept | None
    confidence: float
    label: str | None
    note: str
    alternatives: tuple[tuple[OccupationConcept, float], ...] = field(default=())

    @property
    def ranked(self) -> list[OccupationConcept]:
        """The occupation first, then the other guesses (for top-k evaluation)."""
        return [c for c, _ in self.alternatives]


class TitleMatcher:
    """Matches titles to the occupations of a taxonomy (memoised: a pool repeats its
    titles)."""

    def __init__(self, taxonomy: OccupationTaxonomy, scheme: SeniorityScheme, *,
                 threshold: float = THRESHOLD, guesses: int = 1) -> None:
        self.taxonomy = taxonomy
        self.scheme = scheme
        self.threshold = threshold
        self.guesses = guesses  # alternatives wanted (3 for top-3 evaluation)
        self._memo: dict[str, OccupationMatch] = {}

    # -- the similarity index -------------------------------------------------------
    @cached_property
    def _index(self) -> _Index:
        return _Index(self.taxonomy)

    # -- matching ----------------------------------------------------------------------
    def _forms(self, title: str) -> list[tuple[str, int]]:
        """The forms of a title to look up, with their rank in :data:`_EXACT`: the title,
        its head and the rest before the head ("Manager, Software Development" ->
        "Software Development Manager"; "Teacher of Mathematics" -> "Mathematics
        Teacher"; first when the head is one bare word), each also without qualifiers,
        then each without level words."""
        parts = [p for p in _SEPARATORS.split(title) if p and p.strip()]
        heads = [title]
        if len(parts) > 1:
            rest = " ".join(parts[1:])
            swapped = [f"{rest} {parts[0]}"] if len(rest.split()) <= 4 else []
            # a head of one bare word ("Analyst") says less than the rest, and a level word
            # alone ("Intern, Image Sensor Firmware") nothing
            core = self.scheme.core(parts[0]).split()
            head = [parts[0]] if core else []
            heads += [*swapped, *head] if len(core) <= 1 else [*head, *swapped]
        of = _OF.match(parts[0]) if parts else None
        if of:
            heads.append(f"{of.group(2)} {of.group(1)}")
        forms: list[tuple[str, int]] = []
        for i, head in enumerate(heads):
            rank = 0 if i == 0 else 1
            forms.append((head, rank))
            plain = self.scheme.core(head, levels=False)
            if plain and label_key(plain) != label_key(head):
                forms.append((plain, rank))
        cores = [self.scheme.core(head) for head in heads]
        return forms + [(core, 2) for core in dict.fromkeys(cores) if core]

    def match(self, title: str | None) -> OccupationMatch:
        """The occupation of one title."""
        if not title or not title.strip():
            return OccupationMatch(title, None, 0.0, None, "no title")
        found = self._memo.get(title)
        if found is None:
            if len(self._memo) > 200_000:
                self._memo.clear()
            found = self._memo[title] = self._match(title)
        return found

    def _match(self, title: str) -> OccupationMatch:
        found = self._first_match(title)
        if len(found.alternatives) >= self.guesses or not found.alternatives:
            return found
        # an exact label gave fewer guesses than wanted: the closest labels add the rest
        cores = [form for form, rank in self._forms(title) if rank == 2]
        more = list(found.alternatives)
        for concept, _, confidence in self._rank(cores[0]) if cores else ():
            if len(more) >= self.guesses:
                break
            if all(concept.id != c.id for c, _ in more):
                more.append((concept, min(confidence, more[-1][1])))
        return OccupationMatch(found.title, found.occupation, found.confidence, found.label,
                               found.note, tuple(more))

    def _first_match(self, title: str) -> OccupationMatch:
        forms = self._forms(title)
        only_level = not self.scheme.core(title)
        for form, rank in forms:
            # a title of level words names an occupation only as a label of several words
            # ("Student Researcher"); "Intern" or "Trainee" alone is a level, whatever
            # O*NET files under it (medical interns)
            if only_level and len(form.split()) < 2:
                continue
            candidates = self.taxonomy.candidates(form) if label_key(form) else []
            if candidates:
                base = _EXACT[rank] * (_SHARED if len(candidates) > 1 else 1.0)
                best = candidates[0]
                label = self._label_of(best, form)
                others = tuple((c, round(base * 0.5, 3)) for c in candidates[1:3])
                how = "title" if rank == 0 else "head of the title" if rank == 1 else \
                    "title without level words"
                note = f"{how} is a label" + (f" ({len(candidates)} occupations share it)"
                                              if len(candidates) > 1 else "")
                return OccupationMatch(title, best, round(base, 3), label, note,
                                       ((best, round(base, 3)), *others))
        cores = [form for form, rank in forms if rank == 2]
        if only_level or not cores:
            return OccupationMatch(title, None, 0.0, None, "the title names only a level")
        ranked = max((self._rank(core) for core in cores),
                     key=lambda r: r[0][2] if r else 0.0)
        if not ranked:
            return OccupationMatch(title, None, 0.0, None, "no occupation label is similar")
        (best, label, confidence), *rest = ranked
        alternatives = ((best, confidence), *((c, s) for c, _, s in rest[:2]))
        if confidence < self.threshold:
            return OccupationMatch(title, None, confidence, None,
                                   f"closest label '{label}' ({best.pref_label}) is below "
                                   f"the threshold {self.threshold}", alternatives)
        return OccupationMatch(title, best, confidence, label, "similar to a label",
                               alternatives)

    def _rank(self, core: str) -> list[tuple[OccupationConcept, str, float]]:
        """Concepts most similar to the title, best first, with the closest label of each
        and a confidence."""
        return [(self.taxonomy.get(cid), label, _calibrated(score))
                for cid, label, score in self._index.rank(core)]

    def _label_of(self, concept: OccupationConcept, form: str) -> str:
        key = label_key(form)
        for label in (*concept.labels, *concept.hidden_labels):
            if label_key(label) == key:
                return label
        return concept.pref_label

    def match_all(self, titles: Iterable[str | None]) -> list[OccupationMatch]:
        """:meth:`match` of each title."""
        return [self.match(t) for t in titles]


def _calibrated(similarity: float) -> float:
    """A similarity (0-1) as the share of right answers seen at that similarity on fold 1
    of the O*NET reported titles (0.45: about 0.6, 0.55: 0.75, 0.6 and above: 0.9),
    capped below an exact label's confidence."""
    return round(min(0.9, max(0.0, 1.1 * similarity + 0.1)), 3)


def _words(text: str) -> list[str]:
    """A title's words for the similarity index: folded, a plural "s" dropped."""
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in title_tokens(text)]


PREFIX = 4


def _features(words: list[str]) -> list[str]:
    """The words, the last one again marked as the head ("Truck Mechanic" is a
    mechanic), and the first letters of the longer words ("Mammographer" shares
    "mammo" with "Mammography Technologist")."""
    if not words:
        return []
    stems = [f"{w[:PREFIX]}~" for w in words if PREFIX and len(w) > PREFIX + 1]
    return [*words, f"^{words[-1]}", *stems]


#: weight of the closest label against the concept's whole vocabulary (chosen on fold 1 of
#: the O*NET reported titles; bench/occupation_eval.py reports fold 0)
LABEL_WEIGHT = 0.4


class _Index:
    """Two views of the labels, both IDF-weighted, scored with sparse matrix products.

    * Label view: the weighted overlap (weighted Jaccard) of the title's words and each
      label's words: "Aircraft Technician" is closer to "Aircraft Mechanic" (a rare word
      shared) than to "Remote Sensing Technician" (a common one).
    * Concept view: TF-IDF cosine of the title against the words of all the concept's
      labels, so that every word is evidence for the occupations whose titles use it
      ("Heavy Truck Mechanic" -> Bus and Truck Mechanics, though no label says so).

    Written with scipy.sparse (already a dependency) rather than scikit-learn's
    ``TfidfVectorizer``: the same few lines without a 40 MB dependency for two matrices.
    """

    def __init__(self, taxonomy: OccupationTaxonomy) -> None:
        from scipy.sparse import coo_matrix, diags

        self.ids: list[str] = []
        position: dict[str, int] = {}
        self.label_text: list[str] = []
        owners: list[int] = []
        self.vocabulary: dict[str, int] = {}
        rows: list[int] = []  # (label row, feature column) pairs, one per distinct feature
        cols: list[int] = []
        for label, concept_id, _ in taxonomy.labels_with_owner():
            features = set(_features(_words(label)))
            if not features:
                continue
            if concept_id not in position:
                position[concept_id] = len(self.ids)
                self.ids.append(concept_id)
            row = len(self.label_text)
            self.label_text.append(label)
            owners.append(position[concept_id])
            for feature in features:
                rows.append(row)
                cols.append(self.vocabulary.setdefault(feature, len(self.vocabulary)))
        shape = (len(self.label_text), len(self.vocabulary))
        present = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=shape).tocsr()
        df = np.asarray(present.sum(axis=0)).ravel()
        self.idf = np.log((1 + shape[0]) / (1 + df)) + 1
        self.unknown_idf = float(np.log(1 + shape[0]) + 1)
        self.labels = (present @ diags(self.idf)).tocsr()
        self.label_mass = np.asarray(self.labels.sum(axis=1)).ravel()
        self.owner = np.array(owners)
        # a concept's term counts over its labels, sublinear TF times IDF, rows of length 1
        counts = coo_matrix((np.ones(len(rows)), (self.owner[rows], cols)),
                            shape=(len(self.ids), shape[1])).tocsr()
        counts.data = 1 + np.log(counts.data)
        weighted = (counts @ diags(self.idf)).tocsr()
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        self.concepts = (diags(1 / np.maximum(norms, 1e-12)) @ weighted).tocsr()

    def rank(self, text: str, top: int = 5) -> list[tuple[str, str, float]]:
        """(concept id, closest label, confidence) of the concepts most like ``text``."""
        features = sorted(set(_features(_words(text))))
        cols = [self.vocabulary[f] for f in features if f in self.vocabulary]
        if not cols:
            return []
        weights = self.idf[cols]
        mass = float(weights.sum()) + self.unknown_idf * (len(features) - len(cols))
        overlap = np.asarray(self.labels[:, cols].sum(axis=1)).ravel()
        jaccard = overlap / (self.label_mass + mass - overlap)
        best_label = np.full(len(self.ids), -1)
        best_score = np.zeros(len(self.ids))
        order = np.lexsort((-jaccard,))  # ascending by -jaccard: the best label first
        for i in order[:400]:
            row = self.owner[i]
            if jaccard[i] > best_score[row]:
                best_score[row], best_label[row] = jaccard[i], i
        query = weights / np.sqrt(weights @ weights + self.unknown_idf ** 2 * (
            len(features) - len(cols)))
        cosine = self.concepts[:, cols] @ query
        combined = LABEL_WEIGHT * best_score + (1 - LABEL_WEIGHT) * cosine
        out = []
        for row in np.argsort(-combined)[:top]:
            if combined[row] <= 0:
                break
            if best_label[row] < 0:  # ranked by its profile, no label among the closest
                own = np.flatnonzero(self.owner == row)
                best_label[row] = own[np.argmax(jaccard[own])]
            label = self.label_text[best_label[row]]
            out.append((self.ids[row], label, round(float(combined[row]), 3)))
        return out


_default: TitleMatcher | None = None


def matcher() -> TitleMatcher:
    """The matcher over the shipped taxonomy (built on first use, then shared)."""
    global _default
    if _default is None:
        _default = TitleMatcher(occupations(), seniority())
    return _default
