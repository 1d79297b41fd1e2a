"""The public functions are safe to call from several threads at once.

Each test runs the same calls in eight threads, released together by a
barrier, with a tiny switch interval so threads interleave often, and checks
that every thread gets exactly the result a single thread gets. The inputs are
fresh objects each time, so lazily filled caches (``Revision.id``,
``sentences``, ``fingerprint``) are raced too.
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from newsdiff import Article, Diff, Revision, apply, diff, parse_html, parse_text, render

THREADS = 8
OLD_TEXT = """Dam holds after night of rain

The Keller Bridge dam held overnight, engineers said on Friday. About 1,200 residents left.

“We were lucky,” said Mayor Anne Liu. “Another inch and it would have gone.”

The dam was built in 1931 and last repaired in 2009.
"""
NEW_TEXT = OLD_TEXT.replace("1,200", "1,400").replace("lucky", "fortunate") + (
    "\nOfficials expect the river to fall by Monday.\n\n"
    "Correction: An earlier version of this article misstated the dam's age.\n"
)
PAGE = (
    "<html lang='en'><head><title>Dam holds | Daily</title></head><body><article>"
    "<h1>Dam holds</h1><p>The dam held overnight, engineers said on Friday.</p>"
    "<p>“We were lucky,” said Mayor Anne Liu.</p></article></body></html>"
)


@pytest.fixture(autouse=True)
def _switch_often() -> Iterator[None]:
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(old)


def in_threads(work: Callable[[], Any]) -> list[Any]:
    """Run *work* in THREADS threads started together; return their results (re-raising errors)."""
    barrier = threading.Barrier(THREADS)
    results: list[Any] = [None] * THREADS
    errors: list[BaseException] = []

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = work()
        except BaseException as err:  # noqa: BLE001 (re-raised in the main thread)
            errors.append(err)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    if errors:
        raise errors[0]
    return results


def _fingerprint_of_everything() -> tuple[str, ...]:
    a, b = parse_text(OLD_TEXT), parse_text(NEW_TEXT)
    d = diff(a, b)
    return (
        a.id,
        b.id,
        a.fingerprint,
        repr(d.to_dict()),
        d.summary(),
        apply(a, d).id,
        apply(b, d.invert()).id,
        render.text(d, color=False),
        render.markdown(d),
        render.html(d),
        render.json(d),
    )


def test_parse_diff_apply_render_agree_across_threads() -> None:
    """parse_text, diff, apply, invert, summary and every renderer give one answer in 8 threads."""
    expected = _fingerprint_of_everything()
    assert in_threads(_fingerprint_of_everything) == [expected] * THREADS


def test_parse_html_agrees_across_threads() -> None:
    """parse_html gives the same revision in 8 threads at once."""
    expected = parse_html(PAGE).to_dict()
    assert [r.to_dict() for r in in_threads(lambda: parse_html(PAGE))] == [expected] * THREADS


def _revision_views(shared: Revision) -> tuple[Any, ...]:
    return (shared.id, len(shared.sentences), shared.fingerprint)


def _diff_views(shared: Diff) -> tuple[Any, ...]:
    return (shared.significance, shared.summary(), shared.quotes_changed, shared.added())


def test_shared_revision_caches_are_race_free() -> None:
    """Threads reading id, sentences and fingerprint of one fresh shared revision agree."""
    for _ in range(5):
        shared = Revision.from_dict(parse_text(NEW_TEXT).to_dict())
        results = in_threads(functools.partial(_revision_views, shared))
        assert len(set(results)) == 1


def test_shared_diff_views_are_race_free() -> None:
    """Threads computing views of one shared diff (read back from JSON) agree."""
    data = diff(parse_text(OLD_TEXT), parse_text(NEW_TEXT)).to_dict()
    for _ in range(5):
        shared = Diff.from_dict(data)
        results = in_threads(functools.partial(_diff_views, shared))
        assert all(r == results[0] for r in results)


def test_article_diffs_agree_across_threads() -> None:
    """Article.diffs and serialisation give one answer in 8 threads."""
    article = Article(revisions=[parse_text(OLD_TEXT), parse_text(NEW_TEXT)])
    expected = [d.to_dict() for d in article.diffs()]
    results = in_threads(
        lambda: [d.to_dict() for d in Article.from_dict(article.to_dict()).diffs()]
    )
    assert results == [expected] * THREADS
