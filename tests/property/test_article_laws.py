"""Laws of Article: order independent of insertion order, JSON round trip, consistent diffs."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

from newsdiff import Article, Revision, apply
from newsdiff._base._urls import normalise_url
from tests.strategies import articles, revisions


@given(articles(), st.randoms(use_true_random=False))
def test_order_is_independent_of_insertion_order(article: Article, rnd: st.Random) -> None:  # type: ignore[name-defined]
    """Shuffling the revisions, or adding them one by one in any order, gives the same article."""
    shuffled = list(article.revisions)
    rnd.shuffle(shuffled)
    assert Article(revisions=shuffled) == article
    built = Article(revisions=[])
    for revision in shuffled:
        built = built.add(revision)
    assert built.revisions == article.revisions


@given(st.lists(revisions(), max_size=5), st.data())
def test_undated_and_tied_revisions_still_order_deterministically(
    items: list[Revision], data: st.DataObject
) -> None:
    """Revisions with no time or the same time are ordered the same whatever the input order."""
    when = datetime(2024, 12, 6, tzinfo=UTC)
    same = [
        attrs.evolve(r, url=None, published_at=None, updated_at=None, captured_at=when)
        if i % 2
        else attrs.evolve(r, url=None, published_at=None, updated_at=None, captured_at=None)
        for i, r in enumerate(items)
    ]
    order = data.draw(st.permutations(same))
    assert Article(revisions=order).revisions == Article(revisions=same).revisions


@given(articles())
def test_json_round_trip_is_exact(article: Article) -> None:
    """An article survives to_dict, JSON text and from_dict unchanged, ids included."""
    back = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert back == article
    assert [r.id for r in back.revisions] == [r.id for r in article.revisions]
    assert back.to_dict() == article.to_dict()


@given(articles())
def test_consecutive_diffs_replay_the_history(article: Article) -> None:
    """Applying the consecutive diffs to the first revision walks through every later one."""
    if not article.revisions:
        return
    current = article.revisions[0]
    for d, expected in zip(article.diffs(), article.revisions[1:], strict=True):
        current = apply(current, d)
        assert current.id == expected.id


@given(articles(), st.integers(0, 6))
def test_as_of_returns_the_last_revision_not_after_the_time(article: Article, hours: int) -> None:
    """as_of(t) is the latest revision dated at or before t (None before the first)."""
    first = article.revisions[0].captured_at
    assert first is not None
    when = first + timedelta(hours=hours, minutes=30)
    dated = [r for r in article.revisions if r.captured_at is not None and r.captured_at <= when]
    assert article.as_of(when) == (dated[-1] if dated else None)


_HOST = st.from_regex(r"[a-z]{1,10}(\.[a-z]{2,8}){1,2}", fullmatch=True)
_PATH = st.lists(st.from_regex(r"[A-Za-z0-9_-]{1,12}", fullmatch=True), max_size=4)
_PARAM = st.tuples(
    st.from_regex(r"[a-z]{1,6}", fullmatch=True), st.from_regex(r"[0-9]{1,4}", fullmatch=True)
)
_FLAGS = st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans())


@given(_HOST, _PATH, st.lists(_PARAM, max_size=3), _FLAGS)
def test_url_spellings_of_one_page_normalise_alike(
    host: str, path: list[str], query: list[tuple[str, str]], flags: tuple[bool, ...]
) -> None:
    """Scheme, www., host case, a trailing slash and utm_ parameters never change the key."""
    assume(not host.startswith("www."))
    http, www, slash, tracked = flags
    base = "https://" + host + "/" + "/".join(path)
    qs = "&".join(f"{k}={v}" for k, v in query)
    plain = base + ("?" + qs if qs else "")
    spelled = (
        ("http://" if http else "https://")
        + ("www." if www else "")
        + host.upper()
        + "/"
        + "/".join(path)
        + ("/" if slash else "")
    )
    extra = [*(f"{k}={v}" for k, v in reversed(query)), *(["utm_source=feed"] if tracked else [])]
    spelled += "?" + "&".join(extra) if extra else ""
    assert normalise_url(spelled) == normalise_url(plain)
    assert normalise_url(normalise_url(plain)) == normalise_url(plain)
