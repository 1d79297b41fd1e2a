"""Tests for the public Hypothesis strategies (newsdiff.strategies)."""

from hypothesis import given

from newsdiff import Article, Revision, Significance, apply, diff
from newsdiff.strategies import articles, edited_pairs, revisions, typographic_pairs


@given(revisions())
def test_revisions_are_valid_and_round_trip(rev):
    """Generated revisions are Revisions that survive JSON."""
    assert isinstance(rev, Revision)
    assert Revision.from_dict(rev.to_dict()) == rev


@given(edited_pairs())
def test_edited_pairs_replay(pair):
    """An edited pair diffs and replays exactly (the example in the module docstring)."""
    old, new = pair
    assert apply(old, diff(old, new)) == new


@given(typographic_pairs())
def test_typographic_pairs_are_typographic(pair):
    """Typographic pairs never diff above TYPOGRAPHIC."""
    old, new = pair
    assert diff(old, new).significance <= Significance.TYPOGRAPHIC


@given(articles())
def test_articles_keep_edit_order(article):
    """Generated articles are ordered by capture time, share a URL and have 1-5 revisions."""
    assert isinstance(article, Article)
    assert 1 <= len(article.revisions) <= 5
    times = [r.captured_at for r in article.revisions]
    assert all(t is not None for t in times)
    assert times == sorted(times)  # type: ignore[type-var]
    assert len({r.url for r in article.revisions}) == 1
    assert len(article.diffs()) == len(article.revisions) - 1
