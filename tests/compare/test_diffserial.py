"""Diff.to_dict / Diff.from_dict: exact round trips and path-naming validation."""

from __future__ import annotations

import copy
import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from newsdiff import (
    Diff,
    EditCategory,
    Note,
    NoteKind,
    Op,
    Paragraph,
    Quote,
    Revision,
    Role,
    Sentence,
    Significance,
    apply,
    diff,
)
from newsdiff.exceptions import InvalidTypeError, SchemaError, ValidationError

NY = ZoneInfo("America/New_York")


def _pair() -> tuple[Revision, Revision]:
    q = Quote(text="We stay.", speaker="Brian Carter", cue="said")
    a = Revision.from_paragraphs(
        [["Rebels took Hama on Thursday.", "About 12,300 people fled."], ["Iran withdrew."]],
        headline="Rebels take Hama",
        byline=["A. Reporter"],
        metadata={"site": "Example"},
        notes=[Note(kind=NoteKind.UPDATE, text="Updated.")],
    )
    b = Revision(
        paragraphs=(
            Paragraph(
                sentences=(
                    Sentence(text="Rebels took Hama on Friday."),
                    Sentence(text="“We stay.” Brian Carter said.", role=Role.QUOTE, quotes=(q,)),
                )
            ),
            Paragraph(sentences=(Sentence(text="Iran withdrew.", role=Role.BACKGROUND),)),
        ),
        headline="Rebels take Homs",
        byline=("A. Reporter", "B. Writer"),
        updated_at=datetime(2024, 12, 6, 22, 35, tzinfo=NY),
        notes=(
            Note(
                kind=NoteKind.CORRECTION, at=datetime(2024, 12, 6, 22, 35, tzinfo=NY), text="Fixed."
            ),
        ),
        boilerplate=("Share this",),
        metadata={"lang": "en"},
    )
    return a, b


def test_round_trip_exact() -> None:
    """A diff with every kind of content survives JSON text exactly."""
    a, b = _pair()
    d = diff(a, b)
    data = d.to_dict()
    back = Diff.from_dict(json.loads(json.dumps(data)))
    assert back == d
    assert back.to_dict() == data
    assert apply(a, back) == b


def test_schema_and_field_names() -> None:
    """The data names its schema and uses field names, not type names, for values."""
    a, b = _pair()
    data = diff(a, b).to_dict()
    assert data["schema"] == "newsdiff.diff/1"
    assert data["significance"] == "substantive"
    fields = {f["field"]: f for f in data["metadata"]}
    assert fields["updated_at"]["new"] == "2024-12-06T22:35:00-05:00[America/New_York]"
    assert fields["notes"]["new"][0]["kind"] == "correction"
    assert fields["metadata.site"] == {"field": "metadata.site", "old": "Example", "new": None}
    assert "type" not in json.dumps(data)


def test_zone_survives() -> None:
    """An IANA zone in a field change comes back as the same zone."""
    a, b = _pair()
    back = Diff.from_dict(diff(a, b).to_dict())
    (updated,) = [f for f in back.metadata if f.field == "updated_at"]
    assert isinstance(updated.new, datetime)
    assert updated.new.tzinfo == NY


def _data() -> dict[str, Any]:
    a, b = _pair()
    return diff(a, b).to_dict()


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d.update(schema="newsdiff.diff/9"), "schema"),
        (lambda d: d.update(schema="newsdiff.revision/1"), "schema"),
        (lambda d: d.pop("old_id"), "old_id"),
        (lambda d: d["changes"][0].update(op="teleported"), "changes[0].op"),
        (lambda d: d["changes"][0]["new_indices"].__setitem__(0, "1"), "changes[0].new_indices[0]"),
        (lambda d: d["changes"][0]["new"][0].update(text=7), "changes[0].new[0].text"),
        (lambda d: d["changes"][0]["edits"][0].update(old_start=-1), "changes[0].edits[0]"),
        (lambda d: d["metadata"][0].update(field="colour"), "metadata[0]"),
        (lambda d: d["metadata"][3].update(new="yesterday"), "metadata[3].new"),
        (lambda d: d.update(new_shape=[0]), "new_shape[0]"),
        (lambda d: d["changes"][0]["new_indices"].__setitem__(0, 99), "diff"),
        (lambda d: d.update(changes="all of them"), "changes"),
    ],
)
def test_bad_data_names_the_path(mutate: Any, path: str) -> None:
    """Malformed data raises SchemaError whose field names where the problem is."""
    data = copy.deepcopy(_data())
    mutate(data)
    with pytest.raises(SchemaError) as info:
        Diff.from_dict(data)
    assert info.value.field is not None
    assert info.value.field.startswith(path)


def test_from_dict_needs_a_mapping() -> None:
    """Passing a list is an InvalidTypeError, not a crash."""
    with pytest.raises(InvalidTypeError, match="data"):
        Diff.from_dict([])  # type: ignore[arg-type]


def test_changes_out_of_reading_order_are_refused() -> None:
    """from_dict refuses changes out of the reading order to_dict writes, naming the field."""
    old = Revision.from_paragraphs([["Rebels took Hama.", "Iran left.", "Russia waited."]])
    new = Revision.from_paragraphs([["Rebels took Homs.", "Iran left.", "Russia acted."]])
    data = json.loads(json.dumps(diff(old, new).to_dict()))
    assert len(data["changes"]) == 2
    data["changes"].reverse()
    with pytest.raises(SchemaError) as info:
        Diff.from_dict(data)
    assert info.value.field == "changes"


def test_sizes_claimed_in_the_data_cost_nothing_to_check() -> None:
    """A 158-byte JSON claiming a trillion sentences is validated without building them."""
    data = {
        "schema": "newsdiff.diff/1",
        "old_id": "a",
        "new_id": "b",
        "old_shape": [10**12],
        "new_shape": [10**12 + 1],
        "changes": [
            {
                "op": "added",
                "old_indices": [],
                "new_indices": [10**12],
                "old": [],
                "new": [{"text": "Talks resume.", "role": "fact", "quotes": []}],
                "edits": [],
                "category": None,
            }
        ],
        "reanalysed": [],
        "metadata": [],
    }
    d = Diff.from_dict(data)
    assert [c.op for c in d.changes] == [Op.ADDED]
    assert "1 fact added" in d.summary()
    assert d.invert().invert() == d


# --- forged diffs: what a diff says follows from its own sentences --------------------


def _edited_pair() -> tuple[Revision, Revision, Diff]:
    a = Revision.from_paragraphs(
        ["Rebels took 12 towns.", "Talks ended."], headline="Rebels advance"
    )
    b = Revision.from_paragraphs(
        ["Rebels took 14 towns.", "Talks ended."], headline="Rebels advance"
    )
    return a, b, diff(a, b)


def test_a_text_edit_moved_into_reanalysed_is_refused() -> None:
    """A changed sentence hidden among the re-analysed ones makes from_dict fail."""
    _, _, d = _edited_pair()
    data = d.to_dict()
    data["reanalysed"], data["changes"] = data["changes"], []
    with pytest.raises(
        SchemaError, match=r"reanalysed\[0\]: a re-analysed sentence keeps its text"
    ):
        Diff.from_dict(data)


def test_a_lowered_category_is_recomputed_from_the_text() -> None:
    """A figure change forged down to typography is read back as NUMBER and SUBSTANTIVE."""
    _, _, d = _edited_pair()
    data = d.to_dict()
    data["changes"][0]["category"] = "typography"
    for edit in data["changes"][0]["edits"]:
        edit["category"] = "typography"
    read = Diff.from_dict(data)
    assert read.changes[0].category is EditCategory.NUMBER
    assert read.significance is Significance.SUBSTANTIVE
    assert read == d


def test_an_edit_without_a_text_change_is_refused() -> None:
    """An EDITED change whose sentences are equal belongs in reanalysed; from_dict says so."""
    _, _, d = _edited_pair()
    data = d.to_dict()
    data["changes"][0]["new"] = data["changes"][0]["old"]
    with pytest.raises(SchemaError, match="belongs in reanalysed"):
        Diff.from_dict(data)


def test_apply_checks_every_old_value_it_replaces() -> None:
    """An invented old headline in a diff makes apply fail, naming the field."""
    a = Revision.from_paragraphs(["Hama fell."], headline="Rebels advance")
    b = Revision.from_paragraphs(["Hama fell."], headline="Rebels take Hama")
    data = diff(a, b).to_dict()
    data["metadata"][0]["old"] = "Government holds Hama"
    with pytest.raises(ValidationError, match=r"metadata\[0\]\.old"):
        apply(a, Diff.from_dict(data))
