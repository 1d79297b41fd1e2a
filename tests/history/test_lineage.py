"""Tests of Article.lineage(): when each sentence appeared, how it changed, when it went."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdiff import Article, EditCategory, Op, Revision
from newsdiff._history._lineage import build_lineage
from newsdiff.exceptions import ArticleError

T = [datetime(2024, 12, 6, h, tzinfo=UTC) for h in (9, 10, 11, 12)]


def revision(hour: int, *paragraphs: str | list[str]) -> Revision:
    """A revision captured at T[hour]; list paragraphs give their sentences as they are."""
    return Revision.from_paragraphs(list(paragraphs), captured_at=T[hour])


HAMA = "Rebels took the central city of Hama on Thursday after government forces withdrew."
FLED = "About 12,300 people fled the city over the following two days, officials said."
FLED_NEW = "About 14,000 people fled the city over the following two days, officials said."
QUEUES = "Residents described long queues at checkpoints on the roads out of the city."
IRAN = "Iran began withdrawing its military advisers from Syria on Friday, officials said."


def test_an_edited_sentence_keeps_its_first_appearance_and_records_the_edit():
    """A figure changed at 10:00: first seen at 9:00, one NUMBER edit dated 10:00."""
    article = Article(revisions=[revision(0, HAMA, FLED), revision(1, HAMA, FLED_NEW)])
    hama, fled = article.lineage().latest
    assert (hama.first_at, hama.events) == (T[0], ())
    assert fled.first_revision == 0
    assert fled.first_at == T[0]
    [event] = fled.events
    assert (event.op, event.at, event.revision) == (Op.EDITED, T[1], 1)
    assert (event.old_text, event.new_text) == (FLED, FLED_NEW)
    assert event.category is EditCategory.NUMBER
    assert [(e.old, e.new) for e in event.edits] == [("12,300", "14,000")]
    assert fled.changes == 1


def test_an_added_sentence_appears_when_it_was_added():
    """A sentence added at 11:00 has that time and an ADDED event, and no changes."""
    article = Article(
        revisions=[revision(0, HAMA), revision(1, HAMA, FLED), revision(2, HAMA, FLED, QUEUES)]
    )
    lives = article.lineage().latest
    assert [(s.first_at, s.changes) for s in lives] == [(T[0], 0), (T[1], 0), (T[2], 0)]
    assert [e.op for e in lives[2].events] == [Op.ADDED]


def test_a_removed_sentence_says_when_it_went():
    """A sentence dropped at 11:00 is a removal at revision 2 with its story up to then."""
    article = Article(
        revisions=[revision(0, HAMA, FLED), revision(1, HAMA, FLED_NEW), revision(2, HAMA)]
    )
    [removal] = article.lineage().removals
    assert (removal.revision, removal.at) == (2, T[2])
    assert removal.life.text == FLED_NEW
    assert removal.life.first_at == T[0]
    assert [e.op for e in removal.life.events] == [Op.EDITED]


def test_a_moved_sentence_is_a_move_not_a_new_sentence():
    """Moving a paragraph to the top keeps its first appearance and records MOVED."""
    article = Article(
        revisions=[revision(0, HAMA, FLED, QUEUES, IRAN), revision(1, IRAN, HAMA, FLED, QUEUES)]
    )
    lineage = article.lineage()
    moved = next(s for s in lineage.latest if s.text == IRAN)
    assert moved.first_revision == 0
    assert [e.op for e in moved.events] == [Op.MOVED]
    assert lineage.removals == ()


def test_split_and_merge_carry_the_story_to_every_piece():
    """A sentence split in two: both pieces first appeared at 9:00; merged back, still 9:00."""
    whole = "Rebels took Hama on Thursday, and about 12,300 people fled the city, officials said."
    first = "Rebels took Hama on Thursday."
    second = "About 12,300 people fled the city, officials said."
    article = Article(
        revisions=[
            revision(0, [whole], [QUEUES]),
            revision(1, [first, second], [QUEUES]),
            revision(2, [whole], [QUEUES]),
        ]
    )
    lineage = article.lineage()
    ops = [[e.op for e in s.events] for s in lineage.sentences[1][:2]]
    assert ops == [[Op.SPLIT], [Op.SPLIT]]
    assert [s.first_at for s in lineage.sentences[1][:2]] == [T[0], T[0]]
    merged = lineage.latest[0]
    assert merged.first_at == T[0]
    assert [e.op for e in merged.events] == [Op.SPLIT, Op.SPLIT, Op.MERGED]
    assert lineage.links[1][0].sources == (0, 1)


def test_an_unchanged_history_has_no_events_at_all():
    """Three identical bodies: no links with an op, no removals, every story empty."""
    article = Article(revisions=[revision(h, HAMA, FLED) for h in range(3)])
    lineage = article.lineage()
    assert all(link.op is None for step in lineage.links for link in step)
    assert all(s.events == () for r in lineage.sentences for s in r)
    assert lineage.removals == ()


def test_an_empty_article_and_a_single_revision():
    """No revisions: nothing; one revision: every sentence first seen there."""
    assert Article(revisions=[]).lineage().latest == ()
    lives = Article(revisions=[revision(0, HAMA, FLED)]).lineage().latest
    assert [(s.index, s.first_at, s.events) for s in lives] == [(0, T[0], ()), (1, T[0], ())]


def test_diffs_that_do_not_fit_the_revisions_are_refused():
    """build_lineage checks it is given one diff per step, of those very revisions."""
    a, b, c = revision(0, HAMA), revision(1, HAMA, FLED), revision(2, HAMA, QUEUES)
    d = Article(revisions=[a, c]).diffs()
    with pytest.raises(ArticleError, match="consecutive"):
        build_lineage([a, b], d, [T[0], T[1]])
    with pytest.raises(ArticleError, match="one diff per step"):
        build_lineage([a, b, c], d, [T[0], T[1], T[2]])
