"""Owner inference for résumés without a name line."""

from __future__ import annotations

from talentgraph.loaders.fields.owner import infer_owner, with_owner_positions
from talentgraph.loaders.models import Advisor, Contact, Publication, Source
from talentgraph.ontology.names import same_author

SRC = Source(file="cv.txt", line_start=1, line_end=1)


def _paper(*authors: str, co_first: tuple[str, ...] = ()) -> Publication:
    return Publication(title="t", authors=list(authors), co_first_authors=list(co_first),
                       source=SRC)


def test_an_initial_and_a_surname_name_the_same_person() -> None:
    assert same_author("Hao Wu", "H. Wu")
    assert not same_author("Hao Wu", "Hao Li")
    assert not same_author("Hao Wu", "Qi Wu")


def test_only_author_common_to_all_papers_advisor_excluded() -> None:
    papers = [_paper("Ann Lee", "Hao Wu", "Kim Zhou"), _paper("Hao Wu", "Kim Zhou"),
              _paper("Hao Wu", "Bo Li")]
    contact = infer_owner(Contact(), papers, [Advisor(name="Kim Zhou", source=SRC)])
    assert (contact.name, contact.name_inferred) == ("Hao Wu", True)
    assert contact.name_evidence is not None and "3 publications" in contact.name_evidence
    assert [p.owner_position for p in with_owner_positions(papers, contact.name)] == [2, 1, 1]


def test_ambiguous_evidence_leaves_anonymous() -> None:
    papers = [_paper("Ann Lee", "Hao Wu"), _paper("Ann Lee", "Hao Wu")]
    assert infer_owner(Contact(), papers, []).name is None


def test_co_first_mark_breaks_a_tie() -> None:
    papers = [_paper("Ann Lee", "Hao Wu", co_first=("Hao Wu",)), _paper("Hao Wu", "Ann Lee")]
    assert infer_owner(Contact(), papers, []).name == "Hao Wu"


def test_named_resume_is_left_alone() -> None:
    contact = Contact(name="Ann Lee")
    assert infer_owner(contact, [_paper("Hao Wu"), _paper("Hao Wu")], []) is contact
