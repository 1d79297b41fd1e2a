"""The revision: one captured state of an article, with its id and fingerprint."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from newsdiff._base import _validate as v
from newsdiff._base._text import normalise, truncate
from newsdiff._model._parts import Note, Paragraph, Sentence
from newsdiff._revision._build import build_paragraphs
from newsdiff._revision._serial import revision_from_dict, revision_to_dict

if TYPE_CHECKING:
    from typing import Self

__all__ = ["Revision"]


@attrs.frozen(kw_only=True, repr=False)
class Revision:
    """One captured state of an article.

    Build one with :func:`newsdiff.parse_text`, :func:`newsdiff.parse_html` or
    :meth:`Revision.from_paragraphs`; change one with :func:`attrs.evolve`.

    >>> r = Revision.from_paragraphs(["Iran began withdrawing. Rebels took Hama."])
    >>> [s.text for s in r.sentences]
    ['Iran began withdrawing.', 'Rebels took Hama.']
    >>> r == Revision.from_paragraphs([["Iran began withdrawing.", "Rebels took Hama."]])
    True
    """

    paragraphs: tuple[Paragraph, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Paragraph, "Paragraph")
    )
    headline: str | None = attrs.field(default=None, validator=v.optional_str)
    byline: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(str, "str")
    )
    url: str | None = attrs.field(default=None, validator=v.optional_str)
    published_at: datetime | None = attrs.field(
        default=None, validator=v.optional_datetime, eq=v.datetime_key
    )
    updated_at: datetime | None = attrs.field(
        default=None, validator=v.optional_datetime, eq=v.datetime_key
    )
    captured_at: datetime | None = attrs.field(
        default=None, validator=v.optional_datetime, eq=v.datetime_key
    )
    notes: tuple[Note, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Note, "Note")
    )
    boilerplate: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(str, "str")
    )
    metadata: Mapping[str, str] = attrs.field(
        factory=v.FrozenMap, converter=v.to_frozen_mapping, validator=v.str_mapping
    )

    @classmethod
    def from_paragraphs(
        cls, paragraphs: Iterable[str | Sequence[str] | Paragraph], **fields: Any
    ) -> Self:
        """Build a revision from paragraphs given as text.

        Each paragraph is a string (split into sentences by newsdiff's news-aware
        segmenter), a sequence of strings (taken as its sentences, unchanged), or
        a :class:`Paragraph` (kept as is). Roles and quotes are analysed. Any
        other :class:`Revision` field may be passed by keyword.

        >>> r = Revision.from_paragraphs(["Smith arrived. He left."], headline="Visit")
        >>> len(r.sentences), r.headline
        (2, 'Visit')
        """
        published = fields.get("published_at")
        built = build_paragraphs(
            paragraphs, published_at=published if isinstance(published, datetime) else None
        )
        return cls(paragraphs=built, **fields)

    @functools.cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence in order: the index space of :class:`newsdiff.Change`."""
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def text(self) -> str:
        """The body as plain text, paragraphs separated by a blank line."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @functools.cached_property
    def id(self) -> str:
        """A stable content hash (SHA-256, hex) of every field.

        The same in every process, Python version and hash seed; two revisions
        have the same id exactly when they are equal.
        """
        return _digest(revision_to_dict(self))

    @functools.cached_property
    def fingerprint(self) -> str:
        """A hash of the article as a reader sees it, blind to typographic noise.

        Covers the headline, byline, body and notes, after folding whitespace
        (paragraph breaks included), quotation-mark and dash styles, Unicode
        normal form, soft hyphens and zero-width characters. Leaves out the URL,
        timestamps, boilerplate and metadata, which change between captures of
        the same text.
        """
        content = {
            "headline": normalise(self.headline or ""),
            "byline": [normalise(b) for b in self.byline],
            "body": normalise(" ".join(p.text for p in self.paragraphs)),
            "notes": [[n.kind.value, v.datetime_key(n.at), normalise(n.text)] for n in self.notes],
        }
        return _digest(content)

    def to_dict(self) -> dict[str, Any]:
        """Serialise to JSON-safe data with a ``"schema"`` key.

        >>> r = Revision.from_paragraphs(["Hello."])
        >>> Revision.from_dict(r.to_dict()) == r
        True
        """
        return revision_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Rebuild a revision from :meth:`to_dict` output, validating every field.

        Errors name the path: ``paragraphs[3].sentences[0].text: expected str, got int 7``.
        """
        return revision_from_dict(cls, data)

    def __repr__(self) -> str:
        headline = "None" if self.headline is None else repr(truncate(self.headline, 40))
        return (
            f"Revision(id={self.id[:12]!r}, headline={headline}, "
            f"paragraphs={len(self.paragraphs)}, sentences={len(self.sentences)}, "
            f"notes={len(self.notes)})"
        )


def _digest(data: Any) -> str:
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()
