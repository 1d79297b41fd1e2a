"""Each sentence's life story across an article's revisions, read off the pairwise diffs.

Nothing is matched again: the alignment of revision ``k - 1`` to revision ``k``
is the one :func:`newsdiff.diff` found (its changes, its re-analysed sentences
and the unchanged pairs it leaves implicit). One forward pass over the
revisions carries each sentence's story to its successors, so the cost is
linear in the number of sentences times revisions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import attrs

from newsdiff._base import _validate as v
from newsdiff._base._kinds import EditCategory, Op
from newsdiff._compare._difftype import Diff
from newsdiff._compare._order import unlisted
from newsdiff._model._changes import Edit
from newsdiff._revision._revision import Revision
from newsdiff.exceptions import ArticleError

__all__ = [
    "Lineage",
    "LineageEvent",
    "LineageLink",
    "SentenceLife",
    "SentenceRemoval",
    "build_lineage",
]


@attrs.frozen(kw_only=True)
class LineageLink:
    """How one sentence of a revision came from the revision before it.

    ``sources`` are its sentences' indices in the previous revision (empty
    for an added sentence, several for a merge). ``op`` is ``None`` when the
    sentence was carried over unchanged and in its place, else the
    :class:`~newsdiff.Op` of the diff's change. ``text`` is the sentence's
    text when it differs from its single source's (always for an addition or
    a merge), else ``None``. ``edits`` and ``category`` are the change's.
    """

    sources: tuple[int, ...] = attrs.field(converter=v.to_tuple)
    op: Op | None
    text: str | None
    edits: tuple[Edit, ...] = attrs.field(default=(), converter=v.to_tuple)
    category: EditCategory | None = None


@attrs.frozen(kw_only=True)
class LineageEvent:
    """Something that happened to a sentence (or to one of its ancestors).

    ``revision`` is the index of the revision where it is first seen, ``at``
    that revision's time (``updated_at``, else ``captured_at``, else
    ``published_at``); ``op`` what happened; ``old_text`` and ``new_text``
    the text before and after (empty for an addition or a removal);
    ``edits`` and ``category`` the diff's word edits and their category.
    """

    revision: int
    at: datetime | None
    op: Op
    old_text: str
    new_text: str
    edits: tuple[Edit, ...] = attrs.field(default=(), converter=v.to_tuple)
    category: EditCategory | None = None


@attrs.frozen(kw_only=True)
class SentenceLife:
    """The life story of one sentence of one revision.

    ``revision`` and ``index`` say which sentence (``Article.revisions[revision]
    .sentences[index]``), ``text`` what it says. ``first_revision`` and
    ``first_at`` are where and when it (or, for a merge, the oldest of the
    sentences it was made from) first appeared; ``events`` everything that
    happened to it and its ancestors since, oldest first: its addition (unless
    it was there from the first revision), edits, moves, splits and merges.
    """

    revision: int
    index: int
    text: str
    first_revision: int
    first_at: datetime | None
    events: tuple[LineageEvent, ...]

    @property
    def changes(self) -> int:
        """How many times it changed after it first appeared (its addition not counted)."""
        return sum(1 for e in self.events if e.op is not Op.ADDED)


@attrs.frozen(kw_only=True)
class SentenceRemoval:
    """A sentence that was removed: ``life`` is its story up to its last revision.

    ``revision`` is the first revision without it and ``at`` that revision's time.
    """

    revision: int
    at: datetime | None
    life: SentenceLife


@attrs.frozen(kw_only=True)
class Lineage:
    """Every sentence's life story across an article's revisions; see :meth:`Article.lineage`.

    ``sentences[k][i]`` is the :class:`SentenceLife` of sentence ``i`` of
    revision ``k``; ``links[k - 1][i]`` the :class:`LineageLink` that says how it came
    from revision ``k - 1``; ``removals`` the sentences dropped on the way,
    in the order they went.
    """

    times: tuple[datetime | None, ...] = attrs.field(converter=v.to_tuple)
    sentences: tuple[tuple[SentenceLife, ...], ...] = attrs.field(converter=v.to_tuple)
    links: tuple[tuple[LineageLink, ...], ...] = attrs.field(converter=v.to_tuple)
    removals: tuple[SentenceRemoval, ...] = attrs.field(converter=v.to_tuple)

    @property
    def latest(self) -> tuple[SentenceLife, ...]:
        """The life stories of the latest revision's sentences (empty for no revisions)."""
        return self.sentences[-1] if self.sentences else ()

    def replay(self) -> tuple[tuple[str, ...], ...]:
        """Each revision's sentence texts, rebuilt from the first one and the links alone."""
        if not self.sentences:
            return ()
        texts = [tuple(life.text for life in self.sentences[0])]
        for step in self.links:
            before = texts[-1]
            texts.append(
                tuple(
                    link.text if link.text is not None else before[link.sources[0]] for link in step
                )
            )
        return tuple(texts)


def _merge(stories: Sequence[tuple[LineageEvent, ...]]) -> tuple[LineageEvent, ...]:
    """The union of a merge's ancestries, oldest first, each event once."""
    if len(stories) == 1:
        return stories[0]
    seen: dict[int, LineageEvent] = {}
    for story in stories:
        for event in story:
            seen.setdefault(id(event), event)
    return tuple(sorted(seen.values(), key=lambda e: e.revision))


def _links(
    diff: Diff, before: Revision, after: Revision
) -> tuple[tuple[LineageLink, ...], list[int]]:
    olds, news = before.sentences, after.sentences
    links: list[LineageLink | None] = [None] * len(news)
    removed: list[int] = []
    for change in diff.changes:
        if change.op is Op.REMOVED:
            removed.extend(change.old_indices)
            continue
        for n, sentence in zip(change.new_indices, change.new, strict=True):
            single = len(change.old_indices) == 1 and olds[change.old_indices[0]].text
            links[n] = LineageLink(
                sources=change.old_indices,
                op=change.op,
                text=None if single == sentence.text else sentence.text,
                edits=change.edits,
                category=change.category,
            )
    # Re-analysed sentences read the same; only their role or quotes differ.
    for change in diff.reanalysed:
        for o, n in zip(change.old_indices, change.new_indices, strict=False):
            same = olds[o].text == news[n].text
            links[n] = LineageLink(sources=(o,), op=None, text=None if same else news[n].text)
    for o, n in unlisted(diff.changes, diff.reanalysed, len(olds), len(news)):
        links[n] = LineageLink(sources=(o,), op=None, text=None)
    if any(link is None for link in links):
        raise ArticleError.for_field(
            "diffs", diff.new_id, "a diff leaves a sentence of its new revision unaccounted for"
        )
    return tuple(link for link in links if link is not None), removed


def build_lineage(
    revisions: Sequence[Revision], diffs: Sequence[Diff], times: Sequence[datetime | None]
) -> Lineage:
    """The lineage of *revisions*, from the diffs between consecutive ones."""
    if len(diffs) != max(len(revisions) - 1, 0) or len(times) != len(revisions):
        raise ArticleError.for_field(
            "diffs", len(diffs), f"expected one diff per step of {len(revisions)} revisions"
        )
    if not revisions:
        return Lineage(times=(), sentences=(), links=(), removals=())
    first_at = times[0]
    lives: list[tuple[SentenceLife, ...]] = [
        tuple(
            SentenceLife(
                revision=0, index=i, text=s.text, first_revision=0, first_at=first_at, events=()
            )
            for i, s in enumerate(revisions[0].sentences)
        )
    ]
    all_links: list[tuple[LineageLink, ...]] = []
    removals: list[SentenceRemoval] = []
    for k, d in enumerate(diffs, 1):
        before, after = revisions[k - 1], revisions[k]
        if d.old_id != before.id or d.new_id != after.id:
            raise ArticleError.for_field(
                f"diffs[{k - 1}]", d.old_id, "the diff is not of consecutive revisions"
            )
        links, removed = _links(d, before, after)
        previous = lives[-1]
        at = times[k]
        current: list[SentenceLife] = []
        for i, (link, sentence) in enumerate(zip(links, after.sentences, strict=True)):
            parents = [previous[o] for o in link.sources]
            if not parents:
                event = LineageEvent(
                    revision=k, at=at, op=Op.ADDED, old_text="", new_text=sentence.text
                )
                current.append(
                    SentenceLife(
                        revision=k,
                        index=i,
                        text=sentence.text,
                        first_revision=k,
                        first_at=at,
                        events=(event,),
                    )
                )
                continue
            events = _merge([p.events for p in parents])
            if link.op is not None:
                event = LineageEvent(
                    revision=k,
                    at=at,
                    op=link.op,
                    old_text=" ".join(p.text for p in parents),
                    new_text=sentence.text,
                    edits=link.edits,
                    category=link.category,
                )
                events = (*events, event)
            oldest = min(parents, key=lambda p: p.first_revision)
            current.append(
                SentenceLife(
                    revision=k,
                    index=i,
                    text=sentence.text,
                    first_revision=oldest.first_revision,
                    first_at=oldest.first_at,
                    events=events,
                )
            )
        removals.extend(
            SentenceRemoval(revision=k, at=at, life=previous[o]) for o in sorted(set(removed))
        )
        lives.append(tuple(current))
        all_links.append(links)
    return Lineage(times=tuple(times), sentences=lives, links=all_links, removals=removals)
