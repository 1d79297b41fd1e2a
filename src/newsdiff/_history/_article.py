"""An article's history: its revisions ordered by time."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import attrs

from newsdiff._base._urls import normalise_url
from newsdiff._compare._diff import diff
from newsdiff._compare._difftype import Diff
from newsdiff._history._lineage import Lineage, build_lineage
from newsdiff._model._changes import DiffOptions
from newsdiff._revision._revision import Revision
from newsdiff._revision._serial import Reader, check_schema, revision_from
from newsdiff.exceptions import ArticleError, InvalidTypeError, SchemaError

__all__ = ["Article", "revision_time"]

ARTICLE_SCHEMA = "newsdiff.article/1"


def revision_time(revision: Revision) -> datetime | None:
    """When a revision was current: ``updated_at``, else ``captured_at``, else ``published_at``."""
    return revision.updated_at or revision.captured_at or revision.published_at


def _order(revisions: Any) -> tuple[Revision, ...]:
    """Validate, de-duplicate by id and sort revisions by time (stable, then by id)."""
    if isinstance(revisions, str | bytes | Mapping) or not isinstance(revisions, Iterable):
        raise InvalidTypeError.for_field("Article.revisions", revisions, "an iterable of Revision")
    unique: dict[str, Revision] = {}
    for i, revision in enumerate(revisions):
        if not isinstance(revision, Revision):
            raise InvalidTypeError.for_field(f"Article.revisions[{i}]", revision, "Revision")
        unique.setdefault(revision.id, revision)
    kept = list(unique.values())
    urls = sorted({r.url for r in kept if r.url is not None})
    if len({normalise_url(u) for u in urls}) > 1:
        listed = ", ".join(urls)
        raise ArticleError(
            "Article.revisions: revisions of one article must share one url (compared "
            "without scheme, host case, 'www.', default port, trailing slash, fragment and "
            f"tracking parameters); these differ: {listed}",
            field="Article.revisions",
            value=urls,
        )
    times = [revision_time(r) for r in kept]
    awareness = {t.utcoffset() is not None for t in times if t is not None}
    if len(awareness) > 1:
        raise ArticleError.for_field(
            "Article.revisions",
            [None if t is None else t.isoformat() for t in times],
            "naive and time-zone-aware times cannot be ordered together "
            "(pass tz= when parsing, or make all times aware)",
        )
    # Undated revisions sort first; ties break on the id, so the order never
    # depends on the order the revisions were given in.
    return tuple(
        sorted(
            kept,
            key=lambda r: (
                revision_time(r) is not None,
                revision_time(r) or datetime.min,
                r.id,
            ),
        )
    )


@attrs.frozen(kw_only=True)
class Article:
    """The revisions of one article, ordered by time; immutable.

    Revisions are ordered by the time each was current (``updated_at``, else
    ``captured_at``, else ``published_at``; undated ones first), then by id, so
    the order never depends on the order they were given in. The same revision
    (same id) is kept once. Revisions with different URLs, or naive and aware
    times mixed, are refused with :class:`~newsdiff.exceptions.ArticleError`.

    >>> from datetime import datetime
    >>> a = Revision.from_paragraphs(["First version."], captured_at=datetime(2024, 12, 6, 9))
    >>> b = Revision.from_paragraphs(["Second version."], captured_at=datetime(2024, 12, 6, 22))
    >>> article = Article(revisions=[b, a])
    >>> article.latest is b, len(article.add(a).revisions)
    (True, 2)
    >>> article.as_of(datetime(2024, 12, 6, 12)) is a
    True
    """

    revisions: tuple[Revision, ...] = attrs.field(converter=_order)

    @property
    def latest(self) -> Revision | None:
        """The most recent revision, or ``None`` for an empty article."""
        return self.revisions[-1] if self.revisions else None

    def as_of(self, when: datetime) -> Revision | None:
        """The revision current at *when*: the last one dated at or before it.

        Undated revisions are never "current" at a time. Returns ``None`` when no
        dated revision is that old.
        """
        if not isinstance(when, datetime):
            raise InvalidTypeError.for_field("when", when, "datetime")
        current = None
        for revision in self.revisions:
            at = revision_time(revision)
            if at is None:
                continue
            if (at.utcoffset() is None) != (when.utcoffset() is None):
                raise ArticleError.for_field(
                    "when", when, "naive and aware times cannot be compared; match the article's"
                )
            if at <= when:
                current = revision
        return current

    def add(self, revision: Revision) -> Article:
        """A new article with *revision* added in its place (kept once if already present)."""
        if not isinstance(revision, Revision):
            raise InvalidTypeError.for_field("revision", revision, "Revision")
        return Article(revisions=(*self.revisions, revision))

    def diffs(self, *, options: DiffOptions | None = None) -> tuple[Diff, ...]:
        """The diffs between consecutive revisions, oldest first."""
        return tuple(
            diff(old, new, options=options)
            for old, new in zip(self.revisions, self.revisions[1:], strict=False)
        )

    def lineage(self, *, options: DiffOptions | None = None) -> Lineage:
        """Every sentence's life story, read off the diffs between consecutive revisions.

        For each sentence of each revision, a :class:`~newsdiff.SentenceLife`: when it
        (or the oldest sentence it was merged from) first appeared, and every
        addition, edit, move, split and merge on the way, with the word edits,
        categories and revision times; ``removals`` says when each dropped
        sentence went. Nothing is matched again (the alignment is that of
        :meth:`diffs`), and the cost is linear in sentences times revisions.

        >>> a = Revision.from_paragraphs(
        ...     ["Rebels took 12 towns. Iran left."], captured_at=datetime(2024, 12, 6, 9)
        ... )
        >>> b = Revision.from_paragraphs(
        ...     ["Rebels took 14 towns. Iran left."], captured_at=datetime(2024, 12, 6, 10)
        ... )
        >>> lineage = Article(revisions=[a, b]).lineage()
        >>> [(s.text, s.first_revision, s.changes) for s in lineage.latest]
        [('Rebels took 14 towns.', 0, 1), ('Iran left.', 0, 0)]
        >>> lineage.latest[0].events[0].op.name
        'EDITED'
        """
        return build_lineage(
            self.revisions,
            self.diffs(options=options),
            [revision_time(r) for r in self.revisions],
        )

    def unacknowledged(self, *, options: DiffOptions | None = None) -> tuple[int, ...]:
        """The steps of the history that changed the article substantively without a note.

        Step ``k`` is the change from ``revisions[k]`` to ``revisions[k + 1]``
        (see :attr:`Diff.unacknowledged`).

        >>> a = Revision.from_paragraphs(
        ...     ["Rebels took 12 towns."], captured_at=datetime(2024, 12, 6, 9)
        ... )
        >>> b = Revision.from_paragraphs(
        ...     ["Rebels took 14 towns."], captured_at=datetime(2024, 12, 6, 10)
        ... )
        >>> Article(revisions=[a, b]).unacknowledged()
        (0,)
        """
        return tuple(k for k, d in enumerate(self.diffs(options=options)) if d.unacknowledged)

    def diff(self, i: int, j: int, *, options: DiffOptions | None = None) -> Diff:
        """The diff from ``revisions[i]`` to ``revisions[j]`` (negative indices allowed)."""
        return diff(self._at("i", i), self._at("j", j), options=options)

    def _at(self, name: str, index: int) -> Revision:
        if isinstance(index, bool) or not isinstance(index, int):
            raise InvalidTypeError.for_field(name, index, "int")
        n = len(self.revisions)
        if not -n <= index < n:
            raise ArticleError(
                f"{name}: index {index} out of range for an article of {n} revisions",
                field=name,
                value=index,
            )
        return self.revisions[index]

    def to_dict(self) -> dict[str, Any]:
        """Serialise to JSON-safe data with a ``"schema"`` key."""
        return {"schema": ARTICLE_SCHEMA, "revisions": [r.to_dict() for r in self.revisions]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output, validating every field."""
        if not isinstance(data, Mapping):
            raise InvalidTypeError.for_field("data", data, "a mapping (from Article.to_dict)")
        reader = Reader(data, "")
        check_schema(reader, ARTICLE_SCHEMA)
        revisions = [revision_from(item, Revision) for item in reader.items("revisions")]
        try:
            return cls(revisions=revisions)
        except ArticleError as err:
            raise SchemaError(f"revisions: {err.message}", field="revisions", value=None) from None
