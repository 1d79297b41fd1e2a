"""Significance rules: NONE < TYPOGRAPHIC < COPYEDIT < SUBSTANTIVE."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdiff import Note, NoteKind, Paragraph, Revision, Role, Sentence, Significance, diff

S = Significance


def rev(*paragraphs: list[str], **fields: object) -> Revision:
    """A revision of FACT sentences (no analysis, so roles are fixed by the test)."""
    body = [Paragraph(sentences=tuple(Sentence(text=t) for t in p)) for p in paragraphs]
    return Revision(paragraphs=tuple(body), **fields)  # type: ignore[arg-type]


BASE = ["Rebels took Hama on Thursday.", "About 12,300 people fled the city.", "Iran withdrew."]


def _swap(index: int, text: str) -> list[str]:
    out = list(BASE)
    out[index] = text
    return out


def test_order_and_comparisons() -> None:
    """The enum is ordered and compares only with itself."""
    assert S.NONE < S.TYPOGRAPHIC < S.COPYEDIT < S.SUBSTANTIVE
    assert max(S.COPYEDIT, S.TYPOGRAPHIC) is S.COPYEDIT
    assert sorted([S.SUBSTANTIVE, S.NONE]) == [S.NONE, S.SUBSTANTIVE]
    with pytest.raises(TypeError):
        _ = S.NONE < 1


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        (BASE, S.NONE),
        (_swap(1, "About 12,300 people  fled the city."), S.TYPOGRAPHIC),
        (_swap(1, "About 12,300 people left the city."), S.COPYEDIT),
        (_swap(1, "About 14,000 people fled the city."), S.SUBSTANTIVE),
        (_swap(0, "Rebels took Hama on Friday."), S.SUBSTANTIVE),
        (_swap(0, "Rebels took Homs on Thursday."), S.SUBSTANTIVE),
        (_swap(2, "Iran never withdrew."), S.SUBSTANTIVE),
        ([*BASE, "Russia sent more jets to the region."], S.SUBSTANTIVE),
        (BASE[:2], S.SUBSTANTIVE),
        ([BASE[2], BASE[0], BASE[1]], S.COPYEDIT),
    ],
)
def test_body_rules(new: list[str], expected: Significance) -> None:
    """Body changes rate by op and word-edit category."""
    assert diff(rev(BASE), rev(new)).significance is expected


def test_repara_alone_is_typographic() -> None:
    """Moving paragraph breaks without touching words is TYPOGRAPHIC."""
    assert diff(rev(BASE), rev(BASE[:1], BASE[1:])).significance is S.TYPOGRAPHIC


def test_meta_sentence_is_copyedit_at_most() -> None:
    """Adding a META line (comment request) is COPYEDIT, not SUBSTANTIVE."""
    meta = Sentence(text="Newsweek requested comment by email.", role=Role.META)
    a = rev(BASE)
    b = Revision(paragraphs=(*a.paragraphs, Paragraph(sentences=(meta,))))
    assert diff(a, b).significance is S.COPYEDIT


def test_reanalysis_counts_for_nothing() -> None:
    """A sentence whose role alone changed leaves the diff at NONE."""
    a = Revision(paragraphs=(Paragraph(sentences=(Sentence(text="He added: yes."),)),))
    b = Revision(
        paragraphs=(Paragraph(sentences=(Sentence(text="He added: yes.", role=Role.QUOTE),)),)
    )
    d = diff(a, b)
    assert bool(d)
    assert d.significance is S.NONE


@pytest.mark.parametrize(
    ("fields_old", "fields_new", "expected"),
    [
        ({"headline": "Rebels take Hama"}, {"headline": "Rebels take Homs"}, S.SUBSTANTIVE),
        ({"headline": "Rebels’ advance"}, {"headline": "Rebels' advance"}, S.TYPOGRAPHIC),
        ({"headline": "Plan for covid"}, {"headline": "Plan for Covid"}, S.COPYEDIT),
        ({"headline": "Road shut for works"}, {"headline": "Road shut for work"}, S.COPYEDIT),
        (
            {"headline": "Minister to ban sales"},
            {"headline": "Minister to bar sales"},
            S.SUBSTANTIVE,
        ),
        (
            {"headline": "Talks with Angela Merkl"},
            {"headline": "Talks with Angela Merkel"},
            S.SUBSTANTIVE,
        ),
        ({"headline": "Talks will now go on"}, {"headline": "Talks will not go on"}, S.SUBSTANTIVE),
        (
            {"headline": "Nadia Braun Binder ist die neue Präsidentin der Kommission"},
            {"headline": "Nadja Braun Binder ist die neue Präsidentin der Kommission"},
            S.SUBSTANTIVE,
        ),
        (
            {"headline": "xStärkung der bilateralen Beziehungen der Schweiz"},
            {"headline": "Stärkung der bilateralen Beziehungen der Schweiz"},
            S.COPYEDIT,
        ),
        ({"byline": ["A. Reporter"]}, {"byline": ["A. Reporter", "B. Writer"]}, S.COPYEDIT),
        ({"url": None}, {"url": "https://news.example/a"}, S.NONE),
        ({}, {"captured_at": datetime(2024, 1, 1, tzinfo=UTC)}, S.NONE),
        ({}, {"boilerplate": ["Share this story"]}, S.NONE),
        ({"metadata": {"site": "a"}}, {"metadata": {"site": "b"}}, S.NONE),
    ],
)
def test_field_rules(
    fields_old: dict[str, object], fields_new: dict[str, object], expected: Significance
) -> None:
    """Fields outside the body rate as documented."""
    assert diff(rev(BASE, **fields_old), rev(BASE, **fields_new)).significance is expected


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (NoteKind.CORRECTION, S.SUBSTANTIVE),
        (NoteKind.CLARIFICATION, S.SUBSTANTIVE),
        (NoteKind.UPDATE, S.COPYEDIT),
        (NoteKind.EDITORS_NOTE, S.COPYEDIT),
    ],
)
def test_note_rules(kind: NoteKind, expected: Significance) -> None:
    """A correction or clarification note is SUBSTANTIVE; other notes COPYEDIT."""
    note = Note(kind=kind, text="This article has been changed.")
    d = diff(rev(BASE), rev(BASE, notes=[note]))
    assert d.significance is expected
    assert d.is_correction is (kind is NoteKind.CORRECTION)


def test_note_typography_is_typographic() -> None:
    """A note restyled but not reworded is TYPOGRAPHIC."""
    a = rev(BASE, notes=[Note(kind=NoteKind.UPDATE, text="It’s updated.")])
    b = rev(BASE, notes=[Note(kind=NoteKind.UPDATE, text="It's updated.")])
    assert diff(a, b).significance is S.TYPOGRAPHIC


def test_a_typo_correction_note_alone_is_not_substantive() -> None:
    """A note fixing only a typo rates COPYEDIT; one naming a wrong figure stays SUBSTANTIVE."""
    body = ["Rebels took the city of Hama on Thursday."]
    a = Revision.from_paragraphs(body)
    typo = Note(kind=NoteKind.CORRECTION, text="20 May 2022: Fixed minor typo")
    wrong = Note(kind=NoteKind.CORRECTION, text="Corrected a typo in the casualty figures")
    assert (
        diff(a, Revision.from_paragraphs(body, notes=[typo])).significance is Significance.COPYEDIT
    )
    assert diff(a, Revision.from_paragraphs(body, notes=[wrong])).significance is (
        Significance.SUBSTANTIVE
    )
