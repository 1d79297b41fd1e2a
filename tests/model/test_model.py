"""Tests for the value types in newsdiff._model."""

import pickle
import subprocess
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import attrs
import pytest

from newsdiff import Note, NoteKind, Paragraph, Quote, QuoteKind, Revision, Role, Sentence
from newsdiff.exceptions import InvalidTypeError, NewsdiffError, ValidationError


def _rev(**fields: object) -> Revision:
    return Revision.from_paragraphs([["Iran began withdrawing.", "Rebels took Hama."]], **fields)


def test_values_are_frozen():
    """Assigning to a field of a value type raises instead of mutating."""
    rev = _rev()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rev.headline = "x"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rev.sentences[0].text = "x"  # type: ignore[misc]


def test_lists_become_tuples_and_mappings_read_only():
    """Sequences given as lists are stored as tuples; metadata is a read-only copy."""
    source = {"section": "world"}
    rev = Revision(paragraphs=[Paragraph(sentences=[Sentence(text="A.")])], metadata=source)
    assert isinstance(rev.paragraphs, tuple)
    assert not hasattr(rev.metadata, "__setitem__")
    source["section"] = "changed"
    assert rev.metadata["section"] == "world"
    with pytest.raises(TypeError):
        rev.metadata["x"] = "y"  # type: ignore[index]


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Sentence(text=3), "Sentence.text"),  # type: ignore[arg-type]
        (lambda: Sentence(text="   "), "Sentence.text"),
        (lambda: Sentence(text="A.", role="fact"), "Sentence.role"),  # type: ignore[arg-type]
        (lambda: Quote(text="x", balanced="yes"), "Quote.balanced"),  # type: ignore[arg-type]
        (lambda: Paragraph(sentences=[]), "Paragraph.sentences"),
        (lambda: Revision(byline="A. Reporter"), "Revision.byline"),
        (lambda: Revision(published_at="2024-12-06"), "Revision.published_at"),  # type: ignore[arg-type]
        (lambda: Revision(metadata={"a": 1}), "Revision.metadata['a']"),
        (lambda: Note(kind=NoteKind.UPDATE, text=""), "Note.text"),
    ],
    ids=[
        "text-int",
        "text-blank",
        "role-str",
        "balanced-str",
        "empty-paragraph",
        "byline-str",
        "date-str",
        "metadata-int",
        "note-empty",
    ],
)
def test_bad_fields_name_the_field(build, field):
    """Invalid constructor arguments raise a NewsdiffError whose field names the attribute."""
    with pytest.raises(NewsdiffError) as info:
        build()
    assert info.value.field == field
    assert field in str(info.value)
    assert isinstance(info.value, TypeError | ValueError)


def test_wrong_types_are_type_errors_and_bad_values_value_errors():
    """Type problems are TypeErrors; value problems are ValueErrors."""
    with pytest.raises(InvalidTypeError):
        Sentence(text=3)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Sentence(text=" ")


def test_sentences_and_text():
    """The sentences view flattens paragraphs in order; text joins them with blank lines."""
    rev = Revision.from_paragraphs([["A.", "B."], ["C went home."]])
    assert [s.text for s in rev.sentences] == ["A.", "B.", "C went home."]
    assert rev.text == "A. B.\n\nC went home."


def test_from_paragraphs_keeps_given_sentences_unchanged():
    """Sequences of strings are taken as sentences exactly, whitespace and all."""
    rev = Revision.from_paragraphs([["  One. Two.  ", "Three"]])
    assert [s.text for s in rev.sentences] == ["  One. Two.  ", "Three"]


def test_from_paragraphs_accepts_paragraph_objects():
    """A Paragraph passed to from_paragraphs is kept as is, role and quotes included."""
    para = Paragraph(sentences=[Sentence(text="“Go,” he said.", role=Role.QUOTE)])
    rev = Revision.from_paragraphs([para, "Next."])
    assert rev.paragraphs[0] is para


@pytest.mark.parametrize(
    ("paragraphs", "error"),
    [
        ("just a string", InvalidTypeError),
        ([3], InvalidTypeError),
        ([["ok", 4]], InvalidTypeError),
        (["   "], ValidationError),
        ([[]], ValidationError),
        ([["ok", " "]], ValidationError),
    ],
    ids=["str", "int-paragraph", "int-sentence", "blank-paragraph", "empty-list", "blank-sentence"],
)
def test_from_paragraphs_rejects_bad_input(paragraphs, error):
    """from_paragraphs refuses non-text and empty paragraphs with a named error."""
    with pytest.raises(error, match="paragraphs"):
        Revision.from_paragraphs(paragraphs)


def test_id_is_sha256_hex_and_equal_iff_equal():
    """Equal revisions share an id; any field change gives a different id."""
    a, b = _rev(), _rev()
    assert a == b
    assert a.id == b.id
    assert len(a.id) == 64
    assert int(a.id, 16) >= 0
    assert attrs.evolve(a, headline="New").id != a.id
    assert attrs.evolve(a, metadata={"k": "v"}).id != a.id


def test_id_stable_across_processes_and_hash_seeds():
    """The id does not depend on the process, PYTHONHASHSEED or set ordering."""
    code = (
        "from newsdiff import Revision;"
        "print(Revision.from_paragraphs([['A.', 'B.']], metadata={'z': '1', 'a': '2'},"
        " byline=['X']).id)"
    )
    ids = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed},
        ).stdout.strip()
        for seed in ("0", "1", "12345")
    }
    assert ids == {
        Revision.from_paragraphs([["A.", "B."]], metadata={"a": "2", "z": "1"}, byline=["X"]).id
    }


def test_datetimes_compare_by_recorded_zone():
    """The same instant recorded in different zones is a different revision."""
    ny = datetime(2024, 12, 6, 22, 35, tzinfo=ZoneInfo("America/New_York"))
    utc = ny.astimezone(UTC)
    assert ny == utc
    assert _rev(published_at=ny) != _rev(published_at=utc)
    assert _rev(published_at=ny).id != _rev(published_at=utc).id


def test_fingerprint_ignores_typographic_noise():
    """Quote and dash styles, whitespace, NFKC, soft hyphens and paragraph breaks don't count."""
    plain = Revision.from_paragraphs([['He said "no" - twice.', "It's over."]])
    noisy = Revision.from_paragraphs([["He  said “no” — twi\u00adce.", "It\u200b’s\u00a0over."]])
    rebroken = Revision.from_paragraphs([['He said "no" - twice.'], ["It's over."]])
    assert plain.fingerprint == noisy.fingerprint == rebroken.fingerprint
    assert plain.id != noisy.id


def test_fingerprint_sees_words_and_headline():
    """A changed word or headline changes the fingerprint."""
    base = Revision.from_paragraphs([["Rebels took Hama."]], headline="Iran")
    assert base.fingerprint != Revision.from_paragraphs([["Rebels took Homs."]]).fingerprint
    assert base.fingerprint != attrs.evolve(base, headline="Iran withdraws").fingerprint


def test_fingerprint_ignores_capture_metadata():
    """captured_at, url, boilerplate and metadata do not change the fingerprint."""
    base = _rev()
    other = attrs.evolve(
        base,
        captured_at=datetime(2024, 12, 7, tzinfo=UTC),
        url="https://example.com/a",
        boilerplate=("Advertisement",),
        metadata={"site": "x"},
    )
    assert base.fingerprint == other.fingerprint


def test_reprs_are_short_and_readable():
    """Reprs truncate long text and summarise revisions."""
    long_text = "word " * 100
    assert len(repr(Sentence(text=long_text))) < 150
    assert "…" in repr(Sentence(text=long_text))
    rev = _rev(headline="Iran withdraws forces from Syria as rebels advance on Homs")
    text = repr(rev)
    assert text.startswith("Revision(id=")
    assert "sentences=2" in text


def test_values_pickle_and_hash():
    """Value types pickle and hash, so they work in sets and across processes."""
    rev = _rev(metadata={"a": "b"})
    assert pickle.loads(pickle.dumps(rev)) == rev
    assert len({rev, _rev(metadata={"a": "b"})}) == 1
    quote = Quote(text="x", speaker="A", kind=QuoteKind.PARTIAL, balanced=False)
    assert pickle.loads(pickle.dumps(quote)) == quote


def test_quotes_with_the_same_speaker_and_cue_share_one_string_of_each() -> None:
    """Equal speakers and cues built apart are one object: a long article keeps one copy."""
    # Slices of a longer text: new string objects, as the reader makes them.
    line = "Ann Lee said so."
    name, cue = line[:7], line[8:12]
    first = Quote(text="We won.", speaker=name, cue=cue)
    second = Quote(text="We lost.", speaker="Ann Lee", cue="said")
    assert first.speaker is second.speaker
    assert first.cue is second.cue


@pytest.mark.parametrize("field", ["speaker", "cue"])
def test_a_quotes_speaker_or_cue_of_another_type_is_refused_after_sharing(field: str) -> None:
    """Sharing strings passes other types through: the field is still refused by name."""
    with pytest.raises(InvalidTypeError, match=f"Quote.{field}"):
        Quote(text="x", **{field: 12})  # type: ignore[arg-type]
