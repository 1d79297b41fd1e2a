"""Tests for JSON serialisation of revisions (newsdiff._revision._serial)."""

import json
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from newsdiff import Note, NoteKind, Paragraph, Quote, QuoteKind, Revision, Role, Sentence
from newsdiff.exceptions import InvalidTypeError, SchemaError


def _full() -> Revision:
    return Revision(
        paragraphs=[
            Paragraph(
                sentences=[
                    Sentence(
                        text="“We cannot fight,” Rahmati said.",
                        role=Role.QUOTE,
                        quotes=[Quote(text="We cannot fight,", speaker="Rahmati", cue="said")],
                    ),
                    Sentence(text="Hama fell.", role=Role.FACT),
                ]
            )
        ],
        headline="Iran withdraws",
        byline=["A. Reporter", "B. Writer"],
        url="https://example.com/a",
        published_at=datetime(2024, 12, 6, 9, 0, tzinfo=ZoneInfo("America/New_York")),
        updated_at=datetime(2024, 12, 6, 22, 35, tzinfo=timezone(timedelta(hours=-5))),
        captured_at=datetime(2024, 12, 7, 3, 0, 0, 123456, tzinfo=UTC),
        notes=[Note(kind=NoteKind.UPDATE, at=datetime(2024, 12, 6, 22, 35), text="Updated.")],
        boilerplate=["more"],
        metadata={"site": "Newsweek", "lang": "en"},
    )


def test_round_trip_is_exact_through_json():
    """to_dict -> JSON text -> from_dict gives an equal revision with the same id."""
    rev = _full()
    back = Revision.from_dict(json.loads(json.dumps(rev.to_dict())))
    assert back == rev
    assert back.id == rev.id
    assert back.published_at is not None
    assert getattr(back.published_at.tzinfo, "key", None) == "America/New_York"


def test_schema_key_and_no_type_names():
    """The data carries a schema key and only plain JSON values, no Python type names."""
    data = _full().to_dict()
    assert data["schema"] == "newsdiff.revision/1"
    text = json.dumps(data)
    assert "newsdiff._model" not in text
    assert "Role." not in text


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (
            lambda d: d["paragraphs"][0]["sentences"][1].update(text=7),
            "paragraphs[0].sentences[1].text",
        ),
        (
            lambda d: d["paragraphs"][0]["sentences"][0].update(role="gossip"),
            "paragraphs[0].sentences[0].role",
        ),
        (
            lambda d: d["paragraphs"][0]["sentences"][0]["quotes"][0].update(kind=None),
            "paragraphs[0].sentences[0].quotes[0].kind",
        ),
        (lambda d: d["notes"][0].update(at="yesterday"), "notes[0].at"),
        (lambda d: d.update(byline="A. Reporter"), "byline"),
        (lambda d: d.update(metadata={"a": 1}), "metadata.a"),
        (lambda d: d.pop("headline"), "headline"),
        (lambda d: d.update(paragraphs=[{"sentences": []}]), "paragraphs[0]"),
        (
            lambda d: d["paragraphs"][0]["sentences"][0].update(text="  "),
            "paragraphs[0].sentences[0]",
        ),
        (lambda d: d.update(published_at="2024-12-06T09:00:00-05:00[Mars/Base]"), "published_at"),
    ],
    ids=[
        "text-int",
        "bad-role",
        "kind-null",
        "bad-date",
        "byline-str",
        "meta-int",
        "missing",
        "empty-paragraph",
        "blank-text",
        "bad-zone",
    ],
)
def test_errors_name_the_path(mutate, path):
    """Malformed data raises SchemaError whose field and message start with the exact path."""
    data = json.loads(json.dumps(_full().to_dict()))
    mutate(data)
    with pytest.raises(SchemaError) as info:
        Revision.from_dict(data)
    assert info.value.field is not None
    assert info.value.field.startswith(path)
    assert str(info.value).startswith(path)


def test_future_schema_and_other_types_refused():
    """A newer schema version or another object's schema is refused by name."""
    data = _full().to_dict()
    with pytest.raises(SchemaError, match="unsupported version"):
        Revision.from_dict({**data, "schema": "newsdiff.revision/2"})
    with pytest.raises(SchemaError, match=r"expected 'newsdiff\.revision/1'"):
        Revision.from_dict({**data, "schema": "newsdiff.diff/1"})
    with pytest.raises(SchemaError, match="schema: missing"):
        Revision.from_dict({k: v for k, v in data.items() if k != "schema"})


@pytest.mark.parametrize("junk", [None, [], "text", 3, b"{}"], ids=repr)
def test_non_mapping_is_type_error(junk):
    """from_dict of something that is not a mapping is a TypeError naming the type."""
    with pytest.raises(InvalidTypeError, match=type(junk).__name__):
        Revision.from_dict(junk)


def test_from_dict_never_imports(monkeypatch):
    """Type-looking strings in the data are data, never imported or evaluated."""
    imported = []
    real_import = __import__

    def spy(name, *args, **kwargs):
        imported.append(name)
        return real_import(name, *args, **kwargs)

    data = _full().to_dict()
    data["metadata"] = {"__class__": "os.system", "py/object": "subprocess.Popen"}
    monkeypatch.setattr("builtins.__import__", spy)
    rev = Revision.from_dict(data)
    monkeypatch.undo()
    assert rev.metadata["py/object"] == "subprocess.Popen"
    assert "subprocess" not in imported
    assert "os" not in imported


def test_quote_kinds_and_balance_survive():
    """Quote kind and balanced flag survive a round trip."""
    quote = Quote(text="increasing", speaker=None, kind=QuoteKind.PARTIAL, balanced=False)
    rev = Revision(
        paragraphs=[Paragraph(sentences=[Sentence(text="x “increasing.", quotes=[quote])])]
    )
    assert Revision.from_dict(rev.to_dict()).sentences[0].quotes == (quote,)


def test_a_zone_name_outside_the_zone_database_is_refused_without_a_lookup(monkeypatch) -> None:
    """A forged zone suffix ("[Mars/Base]") is refused before zoneinfo tries to import it."""
    import importlib  # noqa: PLC0415 (patched for this test only)

    tried: list[str] = []
    real = importlib.import_module

    def spy(name: str, package: str | None = None) -> object:
        tried.append(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", spy)
    data = Revision.from_paragraphs(["Hama fell."]).to_dict()
    data["published_at"] = "2024-12-06T22:35:00-05:00[Mars/Base]"
    with pytest.raises(SchemaError, match="unknown time zone 'Mars/Base'"):
        Revision.from_dict(data)
    assert not [name for name in tried if "Mars" in name]
