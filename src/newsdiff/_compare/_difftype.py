"""The diff itself: what changed from one revision to another, with its derived views.

The data are the changes, the field changes and the shapes; significance, the
summary, the quote views and JSON are computed by the functions of this layer
(``_significance``, ``_summary``, ``_serial``), which see ``Diff`` only as a type.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from newsdiff._base import _validate as v
from newsdiff._base._kinds import NoteKind, Op, Role, Significance
from newsdiff._compare._order import order_changes
from newsdiff._compare._serial import diff_from_dict, diff_to_dict
from newsdiff._compare._significance import significance
from newsdiff._compare._summary import quote_changes, summarise
from newsdiff._model._changes import (
    Change,
    FieldChange,
    QuoteChange,
    index_tuple,
    notes_in,
)
from newsdiff._model._parts import Note, Quote, Sentence
from newsdiff.exceptions import InvalidTypeError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Self

__all__ = ["Diff"]


def _shape(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    index_tuple(inst, attribute, value)
    if any(n == 0 for n in value):
        raise ValidationError.for_field(
            f"Diff.{attribute.name}", value, "every paragraph has at least one sentence"
        )


def _id(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str):
        raise InvalidTypeError.for_field(f"Diff.{attribute.name}", value, "str")


@attrs.frozen(kw_only=True, repr=False)
class Diff:
    """What changed from one revision to another; see :func:`newsdiff.diff`.

    ``changes`` lists body sentence changes in reading order (unchanged
    sentences kept in order are not listed); ``metadata`` lists changes outside
    the body (headline, byline, url, timestamps, notes, boilerplate, metadata
    keys). ``reanalysed`` holds sentences whose text is unchanged but whose role
    or quotes were read differently (so :func:`newsdiff.apply` reproduces them);
    they are not changes a reader sees and do not count towards significance.
    ``old_shape`` / ``new_shape`` are the sentence counts of each paragraph.

    A diff is falsy exactly when both revisions are equal.

    >>> from newsdiff import Paragraph, Revision, Sentence
    >>> from newsdiff import diff
    >>> def body(*texts):
    ...     return Revision(paragraphs=[Paragraph(sentences=[Sentence(text=t) for t in texts])])
    >>> d = diff(body("Rebels took Hama.", "Iran left."), body("Rebels took Homs.", "Iran left."))
    >>> bool(d), d.significance.name, [s.text for s in d.edited()]
    (True, 'SUBSTANTIVE', ['Rebels took Homs.'])
    """

    old_id: str = attrs.field(validator=_id)
    new_id: str = attrs.field(validator=_id)
    changes: tuple[Change, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Change, "Change")
    )
    metadata: tuple[FieldChange, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(FieldChange, "FieldChange")
    )
    reanalysed: tuple[Change, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Change, "Change")
    )
    old_shape: tuple[int, ...] = attrs.field(default=(), converter=v.to_tuple, validator=_shape)
    new_shape: tuple[int, ...] = attrs.field(default=(), converter=v.to_tuple, validator=_shape)

    def __attrs_post_init__(self) -> None:
        _check_indices(self)

    def __bool__(self) -> bool:
        return self.old_id != self.new_id

    def __repr__(self) -> str:
        return (
            f"Diff(old_id={self.old_id[:12]!r}, new_id={self.new_id[:12]!r}, "
            f"changes={len(self.changes)}, metadata={[f.field for f in self.metadata]!r}, "
            f"significance={self.significance.name})"
        )

    # --- notes ---------------------------------------------------------------

    def _field(self, name: str) -> FieldChange | None:
        return next((f for f in self.metadata if f.field == name), None)

    @property
    def notes_added(self) -> tuple[Note, ...]:
        """Notes in the new revision that the old one did not have."""
        change = self._field("notes")
        if change is None:
            return ()
        return _minus(notes_in(change.new), notes_in(change.old))

    @property
    def notes_removed(self) -> tuple[Note, ...]:
        """Notes in the old revision that the new one dropped."""
        change = self._field("notes")
        if change is None:
            return ()
        return _minus(notes_in(change.old), notes_in(change.new))

    @property
    def is_correction(self) -> bool:
        """Whether the new revision adds a correction note."""
        return any(n.kind is NoteKind.CORRECTION for n in self.notes_added)

    @property
    def unacknowledged(self) -> bool:
        """Whether this is a substantive change published without a note saying so.

        ``True`` when :attr:`significance` is ``SUBSTANTIVE`` and the new
        revision adds no update, correction, clarification or editor's note. A
        note already printed in the old revision does not count: it was there
        before this change. Standards editors call these stealth edits.
        """
        return self.significance is Significance.SUBSTANTIVE and not self.notes_added

    # --- derived -------------------------------------------------------------

    @functools.cached_property
    def significance(self) -> Significance:
        """How much the diff matters: the highest rating among its changes.

        Sentences added or removed, and edits of category ``NUMBER``, ``NAME``,
        ``NEGATION`` or ``QUOTE_TEXT``, rewording that brings in or drops a
        figure or name, the headline's wording, and correction or clarification
        notes (except one that says it fixed only a typo, spelling or
        formatting) are ``SUBSTANTIVE``. ``WORDING`` edits, unedited
        moves, byline changes, other notes and any change to a ``META``
        sentence are ``COPYEDIT``. ``TYPOGRAPHY`` edits and moved paragraph
        breaks are ``TYPOGRAPHIC``. URL, timestamps, boilerplate, metadata keys
        and re-analysed sentences count for nothing (``NONE``).
        """
        return significance(self)

    def summary(self) -> str:
        """A short plain-English account of the diff, most important first."""
        return summarise(self)

    def invert(self) -> Diff:
        """The diff that takes the new revision back to the old one."""
        changes = tuple(c.invert() for c in self.changes)
        reanalysed = tuple(c.invert() for c in self.reanalysed)
        return Diff(
            old_id=self.new_id,
            new_id=self.old_id,
            changes=order_changes(changes, reanalysed),
            metadata=tuple(f.invert() for f in self.metadata),
            reanalysed=tuple(sorted(reanalysed, key=lambda c: c.new_indices)),
            old_shape=self.new_shape,
            new_shape=self.old_shape,
        )

    # --- views ---------------------------------------------------------------

    def added(self, role: Role | None = None) -> tuple[Sentence, ...]:
        """Sentences added (optionally only those of *role*)."""
        return _pick(self.changes, (Op.ADDED,), role, new=True)

    def removed(self, role: Role | None = None) -> tuple[Sentence, ...]:
        """Sentences removed (optionally only those of *role*)."""
        return _pick(self.changes, (Op.REMOVED,), role, new=False)

    def edited(self, role: Role | None = None) -> tuple[Sentence, ...]:
        """New versions of sentences whose words changed.

        Counts ``EDITED``, ``MOVED`` with edits, and the new sentences of
        ``SPLIT`` and ``MERGED`` changes (re-cutting sentences revises them).
        """
        ops = (Op.EDITED, Op.MOVED, Op.SPLIT, Op.MERGED)
        edited = tuple(c for c in self.changes if c.op is not Op.MOVED or c.edits)
        return _pick(edited, ops, role, new=True)

    @functools.cached_property
    def _quote_changes(
        self,
    ) -> tuple[tuple[Quote, ...], tuple[Quote, ...], tuple[QuoteChange, ...]]:
        # The three quote views share one pairing of old and new quotes.
        return quote_changes(self)

    @property
    def quotes_added(self) -> tuple[Quote, ...]:
        """Quotes (with their speakers) that are new in this revision."""
        return self._quote_changes[0]

    @property
    def quotes_removed(self) -> tuple[Quote, ...]:
        """Quotes (with their speakers) that this revision dropped."""
        return self._quote_changes[1]

    @property
    def quotes_changed(self) -> tuple[QuoteChange, ...]:
        """Quotes by the same speaker whose words changed."""
        return self._quote_changes[2]

    # --- data ----------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Serialise to JSON-safe data with ``"schema": "newsdiff.diff/1"``."""
        return diff_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Rebuild a diff from :meth:`to_dict` output, validating every field."""
        return diff_from_dict(cls, data)


def _minus(items: tuple[Note, ...], others: tuple[Note, ...]) -> tuple[Note, ...]:
    left = list(others)
    out = []
    for item in items:
        if item in left:
            left.remove(item)
        else:
            out.append(item)
    return tuple(out)


def _pick(
    changes: tuple[Change, ...], ops: tuple[Op, ...], role: Role | None, *, new: bool
) -> tuple[Sentence, ...]:
    if role is not None and not isinstance(role, Role):
        raise InvalidTypeError.for_field("role", role, "Role or None")
    keep: Callable[[Sentence], bool] = lambda s: role is None or s.role is role  # noqa: E731
    return tuple(s for c in changes if c.op in ops for s in (c.new if new else c.old) if keep(s))


def _check_indices(d: Diff) -> None:
    """Refuse diffs whose indices fall outside the shapes or are used twice."""
    n_old, n_new = sum(d.old_shape), sum(d.new_shape)
    for side, limit in (("old", n_old), ("new", n_new)):
        seen: set[int] = set()
        for group, items in (("changes", d.changes), ("reanalysed", d.reanalysed)):
            for i, change in enumerate(items):
                for index in getattr(change, f"{side}_indices"):
                    if index >= limit or index in seen:
                        problem = "out of range" if index >= limit else "used twice"
                        raise ValidationError.for_field(
                            f"Diff.{group}[{i}].{side}_indices", index, problem
                        )
                    seen.add(index)
    listed_old = sum(len(c.old_indices) for c in (*d.changes, *d.reanalysed))
    listed_new = sum(len(c.new_indices) for c in (*d.changes, *d.reanalysed))
    if n_old - listed_old != n_new - listed_new:
        raise ValidationError.for_field(
            "Diff.changes",
            (n_old - listed_old, n_new - listed_new),
            "unlisted old and new sentences must pair up one to one",
        )
