"""Laws of Article.lineage(): consistent with diffs(), and silent about untouched sentences."""

from __future__ import annotations

from hypothesis import given

from newsdiff import Article, Op
from tests.strategies import articles


@given(articles())
def test_replaying_the_lineage_rebuilds_every_revision(article: Article) -> None:
    """From the first revision and the links alone, each revision's sentence texts come back."""
    lineage = article.lineage()
    assert lineage.replay() == tuple(tuple(s.text for s in r.sentences) for r in article.revisions)


@given(articles())
def test_every_old_sentence_is_carried_on_or_removed_exactly_once(article: Article) -> None:
    """Each sentence of revision k-1 is a source in revision k, or a removal at k, not both."""
    lineage = article.lineage()
    for k, step in enumerate(lineage.links, 1):
        carried = {o for link in step for o in link.sources}
        removed = {r.life.index for r in lineage.removals if r.revision == k}
        assert not carried & removed
        assert carried | removed == set(range(len(article.revisions[k - 1].sentences)))


@given(articles())
def test_lineage_counts_agree_with_the_diffs(article: Article) -> None:
    """Additions and removals in the lineage are the diffs' ADDED and REMOVED changes."""
    lineage = article.lineage()
    for k, d in enumerate(article.diffs(), 1):
        added = sum(1 for c in d.changes if c.op is Op.ADDED)
        removed = sum(1 for c in d.changes if c.op is Op.REMOVED)
        assert sum(1 for link in lineage.links[k - 1] if not link.sources) == added
        assert sum(1 for r in lineage.removals if r.revision == k) == removed


@given(articles())
def test_a_sentence_untouched_in_every_revision_has_one_entry_and_no_edits(
    article: Article,
) -> None:
    """Once in every revision and in no diff's change: first seen at 0, no events, no changes."""
    texts = [[s.text for s in r.sentences] for r in article.revisions]
    touched = {s.text for d in article.diffs() for c in d.changes for s in (*c.old, *c.new)}
    lineage = article.lineage()
    for life in lineage.latest:
        if life.text in touched or any(t.count(life.text) != 1 for t in texts):
            continue
        assert life.first_revision == 0
        assert life.events == ()
        assert life.changes == 0


@given(articles())
def test_first_appearance_and_events_follow_time(article: Article) -> None:
    """Events are in revision order, after the first appearance, and no later than the sentence."""
    for revision in article.lineage().sentences:
        for life in revision:
            steps = [e.revision for e in life.events]
            assert steps == sorted(steps)
            assert all(life.first_revision <= s <= life.revision for s in steps)
            if life.first_revision > 0:
                assert life.events[0].op is Op.ADDED
