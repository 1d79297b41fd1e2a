"""Tests for Article (newsdiff._history._article)."""

from datetime import UTC, datetime

import pytest

from newsdiff import Article, Revision
from newsdiff.exceptions import ArticleError, InvalidTypeError, SchemaError


def _rev(text: str, **fields: object) -> Revision:
    return Revision.from_paragraphs([[text]], **fields)


A = _rev("One.", captured_at=datetime(2024, 12, 6, 9))
B = _rev("Two.", captured_at=datetime(2024, 12, 6, 12))
C = _rev("Three.", published_at=datetime(2024, 12, 6, 8), updated_at=datetime(2024, 12, 6, 22))


def test_orders_by_updated_then_captured_then_published():
    """Revisions sort by updated_at, else captured_at, else published_at."""
    assert Article(revisions=[C, B, A]).revisions == (A, B, C)


def test_same_revision_kept_once():
    """Adding a revision with an id already present keeps one copy."""
    article = Article(revisions=[A, B])
    assert article.add(_rev("One.", captured_at=datetime(2024, 12, 6, 9))).revisions == (A, B)


def test_order_independent_of_insertion():
    """Ties in time are broken by id, so any insertion order gives one order."""
    x = _rev("X.", captured_at=datetime(2024, 12, 6, 9))
    y = _rev("Y.", captured_at=datetime(2024, 12, 6, 9))
    assert Article(revisions=[x, y]).revisions == Article(revisions=[y, x]).revisions


def test_as_of_and_latest():
    """as_of gives the last revision at or before a time; latest the newest."""
    article = Article(revisions=[A, B, C])
    assert article.latest is C
    assert article.as_of(datetime(2024, 12, 6, 9)) is A
    assert article.as_of(datetime(2024, 12, 6, 21)) is B
    assert article.as_of(datetime(2024, 12, 5)) is None
    assert Article(revisions=[]).latest is None


def test_add_returns_new_article():
    """Adding returns a new article and leaves the original untouched."""
    article = Article(revisions=[A])
    bigger = article.add(B)
    assert article.revisions == (A,)
    assert bigger.revisions == (A, B)


def test_refuses_different_urls():
    """Revisions of different URLs are refused, naming the URLs."""
    with pytest.raises(ArticleError, match=r"example\.com/b"):
        Article(
            revisions=[
                _rev("A.", url="https://example.com/a"),
                _rev("B.", url="https://example.com/b"),
            ]
        )


def test_refuses_naive_and_aware_mixed():
    """Naive and aware times cannot be ordered together."""
    aware = _rev("Aware.", captured_at=datetime(2024, 12, 6, 10, tzinfo=UTC))
    with pytest.raises(ArticleError, match="naive and time-zone-aware"):
        Article(revisions=[A, aware])


def test_refuses_wrong_types():
    """Non-revisions and bad indices raise named errors, never IndexError."""
    with pytest.raises(InvalidTypeError, match=r"revisions\[1\]"):
        Article(revisions=[A, "B"])
    with pytest.raises(InvalidTypeError):
        Article(revisions=A)
    with pytest.raises(ArticleError, match="out of range"):
        Article(revisions=[A]).diff(0, 5)
    with pytest.raises(InvalidTypeError):
        Article(revisions=[A]).as_of("2024-12-06")  # type: ignore[arg-type]


def test_round_trip():
    """Article.to_dict/from_dict is exact and validates its schema."""
    article = Article(revisions=[A, B, C])
    assert Article.from_dict(article.to_dict()) == article
    with pytest.raises(SchemaError, match=r"revisions\[0\]\.paragraphs"):
        Article.from_dict(
            {"schema": "newsdiff.article/1", "revisions": [{**A.to_dict(), "paragraphs": 3}]}
        )
    with pytest.raises(SchemaError, match="unsupported version"):
        Article.from_dict({"schema": "newsdiff.article/9", "revisions": []})


@pytest.mark.parametrize(
    "other",
    [
        "http://www.gov.uk/government/news/harbour-scheme",
        "https://WWW.GOV.UK/government/news/harbour-scheme/",
        "https://gov.uk/government/news/harbour-scheme?utm_source=twitter&utm_medium=social",
        "https://www.gov.uk:443/government/news/harbour-scheme#full-history",
    ],
)
def test_captures_of_one_url_in_other_spellings_are_accepted(other: str):
    """Scheme, host case, www., trailing slash, port, fragment and trackers do not split."""
    first = _rev("A.", url="https://www.gov.uk/government/news/harbour-scheme")
    article = Article(revisions=[first, _rev("B.", url=other)])
    assert len(article.revisions) == 2
    assert {r.url for r in article.revisions} == {first.url, other}


def test_url_error_names_every_url_whole():
    """The error lists each differing URL in full, however long."""
    long_a = "https://example.com/news/" + "a" * 120
    long_b = "https://example.com/news/" + "b" * 120 + "?id=2"
    with pytest.raises(ArticleError) as caught:
        Article(revisions=[_rev("A.", url=long_a), _rev("B.", url=long_b)])
    assert long_a in str(caught.value)
    assert long_b in str(caught.value)


def test_meaningful_query_parameters_still_differ():
    """Pages told apart by a query parameter (?id=) stay different articles."""
    with pytest.raises(ArticleError, match="these differ"):
        Article(
            revisions=[
                _rev("A.", url="https://example.com/story?id=1"),
                _rev("B.", url="https://example.com/story?id=2"),
            ]
        )
