"""``diff`` and ``apply``: compare two revisions, and replay a diff on the old one."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from newsdiff._base._kinds import Op
from newsdiff._base._validate import check_type, datetime_key
from newsdiff._compare._align import align
from newsdiff._compare._difftype import Diff
from newsdiff._compare._edits import edits_for
from newsdiff._compare._order import order_changes, unlisted
from newsdiff._model._changes import FIELDS, Change, DiffOptions, FieldChange
from newsdiff._model._parts import Paragraph, Sentence
from newsdiff._revision._revision import Revision
from newsdiff._revision._serial import note_to_dict
from newsdiff.exceptions import BaseMismatchError, ValidationError

__all__ = ["apply", "diff", "field_changes"]


def diff(old: Revision, new: Revision, *, options: DiffOptions | None = None) -> Diff:
    """What changed from *old* to *new*.

    Body sentences are aligned across the whole article (see
    :class:`DiffOptions`); each change says what happened (:class:`Op`), which
    sentences, and for revised text the word edits and their
    :class:`EditCategory`. Unchanged sentences kept in order are not listed.
    Fields outside the body are compared as values, the metadata mapping key
    by key (with deepdiff).

    >>> from newsdiff import Revision
    >>> a = Revision.from_paragraphs([["Rebels took Hama.", "About 12,300 people fled."]])
    >>> b = Revision.from_paragraphs([["Rebels took Hama.", "About 14,000 people fled."]])
    >>> d = diff(a, b)
    >>> [(c.op.name, c.old_indices, c.category.name) for c in d.changes]
    [('EDITED', (1,), 'NUMBER')]
    >>> apply(a, d) == b
    True
    """
    check_type("old", old, Revision, "Revision")
    check_type("new", new, Revision, "Revision")
    if options is not None:
        check_type("options", options, DiffOptions, "DiffOptions or None")
    olds, news = old.sentences, new.sentences
    links = align([s.text for s in olds], [s.text for s in news], options)
    changes: list[Change] = []
    reanalysed: list[Change] = []
    linked_old: set[int] = set()
    linked_new: set[int] = set()
    for link in links:
        linked_old.update(link.old)
        linked_new.update(link.new)
        change = _change(link.old, link.new, olds, news, moved=link.moved)
        if change is None:
            continue
        if change.op is Op.EDITED and change.category is None:
            reanalysed.append(change)
        else:
            changes.append(change)
    changes.extend(
        Change(op=Op.REMOVED, old_indices=(o,), old=(olds[o],))
        for o in range(len(olds))
        if o not in linked_old
    )
    changes.extend(
        Change(op=Op.ADDED, new_indices=(n,), new=(news[n],))
        for n in range(len(news))
        if n not in linked_new
    )
    reanalysed.sort(key=lambda c: c.new_indices)
    return Diff(
        old_id=old.id,
        new_id=new.id,
        changes=order_changes(tuple(changes), tuple(reanalysed)),
        metadata=field_changes(old, new),
        reanalysed=tuple(reanalysed),
        old_shape=tuple(len(p.sentences) for p in old.paragraphs),
        new_shape=tuple(len(p.sentences) for p in new.paragraphs),
    )


def _change(
    old_idx: tuple[int, ...],
    new_idx: tuple[int, ...],
    olds: tuple[Sentence, ...],
    news: tuple[Sentence, ...],
    *,
    moved: bool,
) -> Change | None:
    before = tuple(olds[o] for o in old_idx)
    after = tuple(news[n] for n in new_idx)
    if len(before) == len(after) == 1:
        if not moved and before == after:
            return None
        op = Op.MOVED if moved else Op.EDITED
    else:
        op = Op.SPLIT if len(before) == 1 else Op.MERGED
    edits, category = edits_for(op, before, after)
    return Change(
        op=op,
        old_indices=old_idx,
        new_indices=new_idx,
        old=before,
        new=after,
        edits=edits,
        category=category,
    )


def _field_data(r: Revision) -> dict[str, Any]:
    return {
        "headline": r.headline,
        "byline": list(r.byline),
        "url": r.url,
        "published_at": datetime_key(r.published_at),
        "updated_at": datetime_key(r.updated_at),
        "captured_at": datetime_key(r.captured_at),
        "notes": [note_to_dict(n) for n in r.notes],
        "boilerplate": list(r.boilerplate),
    }


def field_changes(old: Revision, new: Revision) -> tuple[FieldChange, ...]:
    """Changes to fields outside the body, in a fixed order (metadata keys sorted)."""
    old_fields, new_fields = _field_data(old), _field_data(new)
    # Each field is one value (a headline, a time, the tuple of notes) that
    # differs or not; only the metadata mapping is looked into, key by key.
    out = [
        FieldChange(field=name, old=getattr(old, name), new=getattr(new, name))
        for name in FIELDS
        if old_fields[name] != new_fields[name]
    ]
    if old.metadata != new.metadata:
        # Imported here, where it is used: deepdiff imports numpy and pandas when
        # they are installed, which would triple the cost of `import newsdiff`
        # for the rare diff whose metadata keys changed.
        from deepdiff import DeepDiff  # noqa: PLC0415 (heavy, used only here)

        # threshold 0: report the keys that changed even when the two
        # mappings share none (by default DeepDiff then reports the whole).
        changed = DeepDiff(
            dict(old.metadata), dict(new.metadata), threshold_to_diff_deeper=0
        ).affected_root_keys
        out.extend(
            FieldChange(
                field=f"metadata.{key}", old=old.metadata.get(key), new=new.metadata.get(key)
            )
            for key in sorted(changed)
        )
    return tuple(out)


def _comparable(value: object) -> object:
    return datetime_key(value) if isinstance(value, datetime) else value


def apply(old: Revision, diff: Diff) -> Revision:
    """Replay *diff* on *old*: ``apply(a, diff(a, b)) == b``.

    Raises :class:`~newsdiff.exceptions.BaseMismatchError` when *old* is not
    the revision the diff was computed from (its ``value`` is ``(expected,
    actual)``), and :class:`~newsdiff.exceptions.ValidationError` when the diff
    does not fit it (a hand-edited diff).
    """
    check_type("old", old, Revision, "Revision")
    check_type("diff", diff, Diff, "Diff")
    if old.id != diff.old_id:
        raise BaseMismatchError(
            f"old_id: the diff was computed from revision {diff.old_id[:12]}…, not {old.id[:12]}…",
            value=(diff.old_id, old.id),
        )
    shape = tuple(len(p.sentences) for p in old.paragraphs)
    if shape != diff.old_shape:
        raise ValidationError.for_field("Diff.old_shape", diff.old_shape, f"expected {shape}")
    olds = old.sentences
    slots: list[Sentence | None] = [None] * sum(diff.new_shape)
    for group, items in (("changes", diff.changes), ("reanalysed", diff.reanalysed)):
        for i, change in enumerate(items):
            for o, sentence in zip(change.old_indices, change.old, strict=True):
                if olds[o].text != sentence.text:
                    raise ValidationError.for_field(
                        f"Diff.{group}[{i}].old", sentence.text, f"old sentence {o} differs"
                    )
            for n, sentence in zip(change.new_indices, change.new, strict=True):
                slots[n] = sentence
    for o, n in unlisted(diff.changes, diff.reanalysed, len(olds), len(slots)):
        slots[n] = olds[o]
    paragraphs = []
    start = 0
    for count in diff.new_shape:
        sentences = tuple(s for s in slots[start : start + count] if s is not None)
        paragraphs.append(Paragraph(sentences=sentences))
        start += count
    fields: dict[str, Any] = {}
    metadata = dict(old.metadata)
    for i, field in enumerate(diff.metadata):
        # Every value replaced must be the base's own: a diff cannot show an
        # invented "old headline" and still apply.
        was = (
            old.metadata.get(field.field.removeprefix("metadata."))
            if field.field.startswith("metadata.")
            else getattr(old, field.field)
        )
        if _comparable(was) != _comparable(field.old):
            raise ValidationError.for_field(
                f"Diff.metadata[{i}].old", field.old, f"the base's {field.field} is {was!r}"
            )
        if field.field.startswith("metadata."):
            key = field.field.removeprefix("metadata.")
            if field.new is None:
                metadata.pop(key, None)
            else:
                metadata[key] = str(field.new)
        else:
            fields[field.field] = field.new
    result = attrs.evolve(old, paragraphs=tuple(paragraphs), metadata=metadata, **fields)
    if result.id != diff.new_id:
        raise ValidationError.for_field(
            "Diff.new_id", diff.new_id, "applying the diff did not reproduce the new revision"
        )
    return result
