"""The parts of a revision: sentences with their quotes, paragraphs, and notes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from newsdiff._base import _validate as v
from newsdiff._base._kinds import NoteKind, QuoteKind, Role
from newsdiff._base._text import short_repr
from newsdiff.exceptions import ValidationError

__all__ = ["Note", "Paragraph", "Quote", "Sentence"]


@attrs.frozen(kw_only=True)
class Quote:
    """Speech attributed to a speaker inside one sentence.

    >>> Quote(text="We cannot fight.", speaker="Mehdi Rahmati", cue="saying")
    Quote(text='We cannot fight.', speaker='Mehdi Rahmati', cue='saying', kind=<QuoteKind.DIRECT: 'direct'>, balanced=True)
    """  # noqa: E501

    text: str = attrs.field(validator=v.instance(str, "str"), repr=short_repr)
    speaker: str | None = attrs.field(default=None, converter=v.shared, validator=v.optional_str)
    cue: str | None = attrs.field(default=None, converter=v.shared, validator=v.optional_str)
    kind: QuoteKind = attrs.field(
        default=QuoteKind.DIRECT, validator=v.instance(QuoteKind, "QuoteKind")
    )
    balanced: bool = attrs.field(default=True, validator=v.instance(bool, "bool"))


@attrs.frozen(kw_only=True)
class Sentence:
    """One sentence, as written, with its role and the quotes it carries.

    >>> Sentence(text="Iran began withdrawing.")
    Sentence(text='Iran began withdrawing.', role=<Role.FACT: 'fact'>, quotes=())
    """

    text: str = attrs.field(validator=v.non_blank_str, repr=short_repr)
    role: Role = attrs.field(default=Role.FACT, validator=v.instance(Role, "Role"))
    quotes: tuple[Quote, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Quote, "Quote")
    )


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph: one or more sentences.

    >>> Paragraph(sentences=[Sentence(text="One."), Sentence(text="Two.")]).text
    'One. Two.'
    """

    sentences: tuple[Sentence, ...] = attrs.field(
        converter=v.to_tuple, validator=v.tuple_of(Sentence, "Sentence")
    )

    @sentences.validator
    def _not_empty(self, attribute: attrs.Attribute[Any], value: tuple[Sentence, ...]) -> None:
        if not value:
            raise ValidationError.for_field(
                f"Paragraph.{attribute.name}", value, "a paragraph needs at least one sentence"
            )

    @property
    def text(self) -> str:
        """The paragraph's sentences joined by single spaces."""
        return " ".join(s.text for s in self.sentences)


@attrs.frozen(kw_only=True)
class Note:
    """An update, correction, clarification or editor's note, as printed.

    ``text`` is the note as written, label and date included; ``at`` is the time
    read from it, or ``None`` when it states none (or none could be read).
    """

    kind: NoteKind = attrs.field(validator=v.instance(NoteKind, "NoteKind"))
    at: datetime | None = attrs.field(
        default=None, validator=v.optional_datetime, eq=v.datetime_key
    )
    text: str = attrs.field(validator=v.non_blank_str, repr=short_repr)
