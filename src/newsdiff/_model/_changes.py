"""The value types a diff is made of: word edits, sentence changes, field changes, options."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from newsdiff._base import _validate as v
from newsdiff._base._kinds import EditCategory, EditKind, Op, Role
from newsdiff._base._text import short_repr
from newsdiff._model._parts import Note, Quote, Sentence
from newsdiff.exceptions import InvalidTypeError, ValidationError

__all__ = [
    "DATETIME_FIELDS",
    "FIELDS",
    "Change",
    "DiffOptions",
    "Edit",
    "FieldChange",
    "FieldValue",
    "QuoteChange",
    "index_tuple",
    "notes_in",
]


def _non_negative(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    name = f"{type(inst).__name__}.{attribute.name}"
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError.for_field(name, value, "int")
    if value < 0:
        raise ValidationError.for_field(name, value, "must be >= 0")


def index_tuple(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    name = f"{type(inst).__name__}.{attribute.name}"
    if not isinstance(value, tuple):
        raise InvalidTypeError.for_field(name, value, "a sequence of int")
    for i, item in enumerate(value):
        if isinstance(item, bool) or not isinstance(item, int):
            raise InvalidTypeError.for_field(f"{name}[{i}]", item, "int")
        if item < 0:
            raise ValidationError.for_field(f"{name}[{i}]", item, "must be >= 0")


@attrs.frozen(kw_only=True)
class Edit:
    """One word-level edit inside a changed sentence.

    ``old`` is the text taken out (empty for an insert) starting at character
    ``old_start`` of the old text; ``new`` is the text put in at ``new_start`` of
    the new text. For a split or merge, the texts are the sentences joined by
    single spaces. Whitespace and punctuation are tokens, so typography shows.

    >>> Edit(
    ...     kind=EditKind.REPLACE,
    ...     old="12,300",
    ...     new="14,000",
    ...     old_start=4,
    ...     new_start=4,
    ...     category=EditCategory.NUMBER,
    ... )
    Edit(kind=<EditKind.REPLACE: 'replace'>, old='12,300', new='14,000', old_start=4, new_start=4, category=<EditCategory.NUMBER: 'number'>)
    """  # noqa: E501

    kind: EditKind = attrs.field(validator=v.instance(EditKind, "EditKind"))
    old: str = attrs.field(validator=v.instance(str, "str"), repr=short_repr)
    new: str = attrs.field(validator=v.instance(str, "str"), repr=short_repr)
    old_start: int = attrs.field(validator=_non_negative)
    new_start: int = attrs.field(validator=_non_negative)
    category: EditCategory = attrs.field(validator=v.instance(EditCategory, "EditCategory"))

    def invert(self) -> Edit:
        """The same edit seen from the new text to the old."""
        kind = {EditKind.INSERT: EditKind.DELETE, EditKind.DELETE: EditKind.INSERT}.get(
            self.kind, self.kind
        )
        return Edit(
            kind=kind,
            old=self.new,
            new=self.old,
            old_start=self.new_start,
            new_start=self.old_start,
            category=self.category,
        )


_SHAPES = {
    Op.ADDED: ((0, 0), (1, 1)),
    Op.REMOVED: ((1, 1), (0, 0)),
    Op.EDITED: ((1, 1), (1, 1)),
    Op.MOVED: ((1, 1), (1, 1)),
    Op.SPLIT: ((1, 1), (2, None)),
    Op.MERGED: ((2, None), (1, 1)),
}


def _count_ok(count: int, bounds: tuple[int, int | None]) -> bool:
    low, high = bounds
    return count >= low and (high is None or count <= high)


@attrs.frozen(kw_only=True)
class Change:
    """A change to one or a few body sentences.

    ``old_indices`` / ``new_indices`` are positions in ``old.sentences`` /
    ``new.sentences``; ``old`` and ``new`` are the sentences themselves (full
    values, with roles and quotes). ``edits`` and ``category`` describe the
    word-level change for every op but ``ADDED`` and ``REMOVED`` (an unedited
    move has no edits and no category).
    """

    op: Op = attrs.field(validator=v.instance(Op, "Op"))
    old_indices: tuple[int, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=index_tuple
    )
    new_indices: tuple[int, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=index_tuple
    )
    old: tuple[Sentence, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Sentence, "Sentence")
    )
    new: tuple[Sentence, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Sentence, "Sentence")
    )
    edits: tuple[Edit, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Edit, "Edit")
    )
    category: EditCategory | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(v.instance(EditCategory, "EditCategory")),
    )

    def __attrs_post_init__(self) -> None:
        old_bounds, new_bounds = _SHAPES[self.op]
        if len(self.old) != len(self.old_indices) or not _count_ok(len(self.old), old_bounds):
            raise ValidationError.for_field(
                "Change.old", self.old_indices, f"wrong number of old sentences for {self.op.name}"
            )
        if len(self.new) != len(self.new_indices) or not _count_ok(len(self.new), new_bounds):
            raise ValidationError.for_field(
                "Change.new", self.new_indices, f"wrong number of new sentences for {self.op.name}"
            )
        if self.op in (Op.ADDED, Op.REMOVED) and (self.edits or self.category is not None):
            raise ValidationError.for_field(
                "Change.edits", self.edits, f"{self.op.name} changes carry no edits"
            )

    @property
    def role(self) -> Role:
        """The role of the sentence as it now stands (the old one's for a removal)."""
        return (self.new or self.old)[0].role

    @property
    def old_text(self) -> str:
        """The old sentences joined by single spaces (empty for an addition)."""
        return " ".join(s.text for s in self.old)

    @property
    def new_text(self) -> str:
        """The new sentences joined by single spaces (empty for a removal)."""
        return " ".join(s.text for s in self.new)

    def invert(self) -> Change:
        """The same change seen from the new revision to the old."""
        return Change(
            op=_INVERSE_OP[self.op],
            old_indices=self.new_indices,
            new_indices=self.old_indices,
            old=self.new,
            new=self.old,
            edits=tuple(e.invert() for e in self.edits),
            category=self.category,
        )


_INVERSE_OP = {
    Op.ADDED: Op.REMOVED,
    Op.REMOVED: Op.ADDED,
    Op.EDITED: Op.EDITED,
    Op.MOVED: Op.MOVED,
    Op.SPLIT: Op.MERGED,
    Op.MERGED: Op.SPLIT,
}

FieldValue = str | datetime | tuple[str, ...] | tuple[Note, ...] | None
DATETIME_FIELDS = ("published_at", "updated_at", "captured_at")
FIELDS = ("headline", "byline", "url", *DATETIME_FIELDS, "notes", "boilerplate")


def notes_in(value: object) -> tuple[Note, ...]:
    """The notes of a ``notes`` field value (empty for any other value)."""
    return tuple(n for n in value if isinstance(n, Note)) if isinstance(value, tuple) else ()


def _field_value_ok(field: str, value: Any) -> bool:
    if value is None:
        return True
    if field in ("headline", "url") or field.startswith("metadata."):
        return isinstance(value, str)
    if field in DATETIME_FIELDS:
        return isinstance(value, datetime)
    if field == "notes":
        return isinstance(value, tuple) and all(isinstance(n, Note) for n in value)
    return isinstance(value, tuple) and all(isinstance(s, str) for s in value)


def _datetime_aware_eq(value: FieldValue) -> Any:
    return v.datetime_key(value) if isinstance(value, datetime) else value


@attrs.frozen(kw_only=True)
class FieldChange:
    """A change to a field outside the body.

    ``field`` is ``headline``, ``byline``, ``url``, ``published_at``,
    ``updated_at``, ``captured_at``, ``notes``, ``boilerplate`` or
    ``metadata.<key>`` (``None`` on one side when the key is new or gone).

    >>> FieldChange(field="headline", old="Iran withdraws", new="Iran pulls out")
    FieldChange(field='headline', old='Iran withdraws', new='Iran pulls out')
    """

    field: str = attrs.field(validator=v.instance(str, "str"))
    old: FieldValue = attrs.field(eq=_datetime_aware_eq, repr=short_repr)
    new: FieldValue = attrs.field(eq=_datetime_aware_eq, repr=short_repr)

    def __attrs_post_init__(self) -> None:
        if self.field not in FIELDS and not (
            self.field.startswith("metadata.") and len(self.field) > len("metadata.")
        ):
            raise ValidationError.for_field(
                "FieldChange.field", self.field, "not a revision field or 'metadata.<key>'"
            )
        for side in ("old", "new"):
            value = getattr(self, side)
            if not _field_value_ok(self.field, value):
                raise InvalidTypeError.for_field(
                    f"FieldChange.{side}", value, f"a value for field {self.field!r}"
                )
        if _datetime_aware_eq(self.old) == _datetime_aware_eq(self.new):
            raise ValidationError.for_field(
                "FieldChange.new", self.new, f"{self.field} is unchanged"
            )

    def invert(self) -> FieldChange:
        """The same change seen from the new revision to the old."""
        return FieldChange(field=self.field, old=self.new, new=self.old)


def _unit_interval(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    name = f"DiffOptions.{attribute.name}"
    if isinstance(value, bool) or not isinstance(value, float | int):
        raise InvalidTypeError.for_field(name, value, "float")
    if not 0.0 <= value <= 1.0:
        raise ValidationError.for_field(name, value, "must be between 0 and 1")


def _positive_int(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    name = f"DiffOptions.{attribute.name}"
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError.for_field(name, value, "int")
    if value < 1:
        raise ValidationError.for_field(name, value, "must be >= 1")


@attrs.frozen(kw_only=True)
class DiffOptions:
    """Thresholds of the sentence aligner (similarities are 0..1).

    Attributes:
        match_cutoff: Least similarity for two sentences in the same stretch
            of the article (between the same unchanged neighbours) to count as
            one sentence, edited.
        move_cutoff: Least similarity for a sentence found elsewhere in the
            article to count as moved (stricter: distance is evidence against).
        part_cutoff: Least share of a part's words found in the whole for a
            split or merge (each new part of a split must come from the old
            sentence, and the reverse).
        window: Sentences either side searched for moves when the article is
            too long to compare every unmatched pair (see ``max_cells``).
        max_cells: Largest number of sentence pairs scored at once; above it,
            moves are searched within ``window`` only, so cost stays linear.

    Similarity is word-level (function words left out): the share of words two
    sentences have in common, in order. The defaults were chosen on the
    hand-aligned pairs in ``evals/`` (``python evals/alignment.py``).

    >>> DiffOptions().match_cutoff
    0.4
    """

    match_cutoff: float = attrs.field(default=0.4, validator=_unit_interval)
    move_cutoff: float = attrs.field(default=0.5, validator=_unit_interval)
    part_cutoff: float = attrs.field(default=0.5, validator=_unit_interval)
    window: int = attrs.field(default=200, validator=_positive_int)
    max_cells: int = attrs.field(default=250_000, validator=_positive_int)


@attrs.frozen(kw_only=True)
class QuoteChange:
    """A quote by the same speaker whose words changed between revisions."""

    old: Quote = attrs.field(validator=v.instance(Quote, "Quote"))
    new: Quote = attrs.field(validator=v.instance(Quote, "Quote"))

    @property
    def speaker(self) -> str | None:
        """The speaker (the same on both sides)."""
        return self.new.speaker
