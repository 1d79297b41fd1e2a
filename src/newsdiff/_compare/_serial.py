"""JSON-safe serialisation of :class:`Diff`, with validation that names the path.

Field-change values are decoded by the field's name (never by a type named in
the data): ``headline`` and ``url`` and ``metadata.<key>`` are strings,
``*_at`` fields datetimes, ``byline`` and ``boilerplate`` lists of strings,
``notes`` lists of note objects. ``significance`` and ``unacknowledged`` are
written for readers of the JSON and recomputed, not read, when loading.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from newsdiff._base._kinds import EditCategory, EditKind, Op
from newsdiff._compare._edits import edits_for
from newsdiff._compare._order import order_changes
from newsdiff._model._changes import DATETIME_FIELDS, Change, Edit, FieldChange, FieldValue
from newsdiff._model._parts import Note
from newsdiff._revision._serial import (
    Reader,
    check_schema,
    dt_out,
    guarded,
    note_from,
    note_to_dict,
    parse_dt,
    sentence_from,
    sentence_to_dict,
)
from newsdiff.exceptions import InvalidTypeError, SchemaError

if TYPE_CHECKING:
    from newsdiff._compare._difftype import Diff

__all__ = ["DIFF_SCHEMA", "diff_from_dict", "diff_to_dict"]

DIFF_SCHEMA = "newsdiff.diff/1"
D = TypeVar("D", bound="Diff")


def _edit_to_dict(e: Edit) -> dict[str, Any]:
    return {
        "kind": e.kind.value,
        "old": e.old,
        "new": e.new,
        "old_start": e.old_start,
        "new_start": e.new_start,
        "category": e.category.value,
    }


def _change_to_dict(c: Change) -> dict[str, Any]:
    return {
        "op": c.op.value,
        "old_indices": list(c.old_indices),
        "new_indices": list(c.new_indices),
        "old": [sentence_to_dict(s) for s in c.old],
        "new": [sentence_to_dict(s) for s in c.new],
        "edits": [_edit_to_dict(e) for e in c.edits],
        "category": None if c.category is None else c.category.value,
    }


def _value_out(value: FieldValue) -> Any:
    if isinstance(value, datetime):
        return dt_out(value)
    if isinstance(value, tuple):
        return [note_to_dict(v) if isinstance(v, Note) else v for v in value]
    return value


def diff_to_dict(d: Diff) -> dict[str, Any]:
    """A diff as plain data (the body of :meth:`Diff.to_dict`)."""
    return {
        "schema": DIFF_SCHEMA,
        "old_id": d.old_id,
        "new_id": d.new_id,
        "significance": d.significance.value,
        "unacknowledged": d.unacknowledged,
        "old_shape": list(d.old_shape),
        "new_shape": list(d.new_shape),
        "changes": [_change_to_dict(c) for c in d.changes],
        "reanalysed": [_change_to_dict(c) for c in d.reanalysed],
        "metadata": [
            {"field": f.field, "old": _value_out(f.old), "new": _value_out(f.new)}
            for f in d.metadata
        ],
    }


def _ints(r: Reader, key: str, *, least: int = 0) -> tuple[int, ...]:
    out = []
    for item in r.items(key):
        if isinstance(item.data, bool) or not isinstance(item.data, int):
            raise SchemaError(
                f"{item.path}: expected int, got {type(item.data).__name__} {item.data!r}"[:200],
                field=item.path,
                value=item.data,
            )
        if item.data < least:
            raise SchemaError(
                f"{item.path}: must be >= {least}, got {item.data}",
                field=item.path,
                value=item.data,
            )
        out.append(item.data)
    return tuple(out)


def _edit_from(r: Reader) -> Edit:
    return guarded(
        r.path,
        lambda: Edit(
            kind=r.enum("kind", EditKind),
            old=r.text("old"),
            new=r.text("new"),
            old_start=r.integer("old_start"),
            new_start=r.integer("new_start"),
            category=r.enum("category", EditCategory),
        ),
    )


def _change_from(r: Reader) -> Change:
    category = None if r.get("category") is None else r.enum("category", EditCategory)
    return guarded(
        r.path,
        lambda: Change(
            op=r.enum("op", Op),
            old_indices=_ints(r, "old_indices"),
            new_indices=_ints(r, "new_indices"),
            old=tuple(sentence_from(s) for s in r.items("old")),
            new=tuple(sentence_from(s) for s in r.items("new")),
            edits=tuple(_edit_from(e) for e in r.items("edits")),
            category=category,
        ),
    )


def _value_from(r: Reader, key: str, field: str) -> FieldValue:
    if r.get(key) is None:
        return None
    if field in DATETIME_FIELDS:
        return parse_dt(r.text(key), f"{r.path}.{key}")
    if field == "notes":
        return tuple(note_from(n) for n in r.items(key))
    if field in ("byline", "boilerplate"):
        return r.str_list(key)
    return r.text(key)


def _field_from(r: Reader) -> FieldChange:
    field = r.text("field")
    return guarded(
        r.path,
        lambda: FieldChange(
            field=field, old=_value_from(r, "old", field), new=_value_from(r, "new", field)
        ),
    )


def diff_from_dict(cls: type[D], data: Any) -> D:
    """:meth:`Diff.from_dict`, building an instance of *cls*."""
    if not isinstance(data, Mapping):
        raise InvalidTypeError.for_field("data", data, "a mapping (from Diff.to_dict)")
    r = Reader(data, "")
    check_schema(r, DIFF_SCHEMA)
    changes = _recomputed("changes", [_change_from(c) for c in r.items("changes")])
    reanalysed = _recomputed("reanalysed", [_change_from(c) for c in r.items("reanalysed")])
    diff = guarded(
        "diff",
        lambda: cls(
            old_id=r.text("old_id"),
            new_id=r.text("new_id"),
            changes=changes,
            metadata=tuple(_field_from(f) for f in r.items("metadata")),
            reanalysed=reanalysed,
            old_shape=_ints(r, "old_shape", least=1),
            new_shape=_ints(r, "new_shape", least=1),
        ),
    )
    _check_reading_order(diff)
    return diff


def _recomputed(group: str, changes: list[Change]) -> tuple[Change, ...]:
    """*changes* with their edits and category worked out again from their own sentences.

    What a diff says about a change (its word edits, its category, so its
    significance) follows from the change's sentences, never from what the
    data claims: a forged file cannot lower a fact change to typography, nor
    hide a text edit among the re-analysed sentences.
    """
    out = []
    for i, change in enumerate(changes):
        path = f"{group}[{i}]"
        texts_equal = [s.text for s in change.old] == [s.text for s in change.new]
        if group == "reanalysed" and not texts_equal:
            raise SchemaError(
                f"{path}: a re-analysed sentence keeps its text; this one's text changed",
                field=path,
                value=[s.text for s in change.new][:3],
            )
        edits, category = edits_for(change.op, change.old, change.new)
        if group == "changes" and change.op is Op.EDITED and category is None:
            raise SchemaError(
                f"{path}: an edited sentence whose text did not change belongs in reanalysed",
                field=path,
                value=[s.text for s in change.new][:3],
            )
        out.append(attrs.evolve(change, edits=edits, category=category))
    return tuple(out)


def _check_reading_order(diff: Diff) -> None:
    """Refuse changes listed out of the reading order that ``to_dict`` writes.

    Order carries meaning (``invert`` and the views rely on it), so data in
    another order is refused rather than silently re-sorted: a round trip of
    what newsdiff wrote stays exact, and a hand-edited file is caught.
    """
    expected = order_changes(diff.changes, diff.reanalysed)
    if expected != diff.changes:
        raise SchemaError(
            "changes: not in reading order of the new revision (as Diff.to_dict writes them)",
            field="changes",
            value=[list(c.new_indices or c.old_indices) for c in diff.changes][:20],
        )
    if list(diff.reanalysed) != sorted(diff.reanalysed, key=lambda c: c.new_indices):
        raise SchemaError("reanalysed: not in order of new_indices", field="reanalysed", value=None)
