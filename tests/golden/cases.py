"""The cases whose outputs are pinned in ``tests/golden/*.json``.

Each case returns JSON-safe data built only through the public API. When an
output is meant to change (a new analysis rule, say), regenerate the files with
``python tools/update_golden.py`` and review the JSON diff in the commit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import newsdiff

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXAMPLES = Path(newsdiff.__file__).resolve().parent / "_examples"
GOLDEN = Path(__file__).resolve().parent


def _seed() -> tuple[newsdiff.Revision, newsdiff.Revision]:
    before = (EXAMPLES / "seed-before-update.txt").read_text(encoding="utf-8")
    after = (EXAMPLES / "seed-after-update.txt").read_text(encoding="utf-8")
    tz = ZoneInfo("America/New_York")
    return newsdiff.parse_text(before, tz=tz), newsdiff.parse_text(after, tz=tz)


def _revision(r: newsdiff.Revision) -> dict[str, Any]:
    return {"id": r.id, "fingerprint": r.fingerprint, "revision": r.to_dict()}


def _diff(d: newsdiff.Diff) -> dict[str, Any]:
    return {
        "significance": d.significance.value,
        "summary": d.summary(),
        "diff": d.to_dict(),
    }


def seed_revisions() -> dict[str, Any]:
    """Both sides of the seed article, as parse_text reads them."""
    before, after = _seed()
    return {"before": _revision(before), "after": _revision(after)}


def seed_diff() -> dict[str, Any]:
    """The seed update's diff, its summary and significance."""
    before, after = _seed()
    return _diff(newsdiff.diff(before, after))


def built_history() -> dict[str, Any]:
    """A three-step history built from paragraphs: quotes, a correction note, a move."""
    at = datetime(2025, 3, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    first = newsdiff.Revision.from_paragraphs(
        [
            "The council approved the budget on Monday. It runs to 4.2 million pounds.",
            '"We had no choice," said Mayor Ann Lee. Critics disagreed.',
            "The vote was 7 to 2.",
        ],
        headline="Council approves budget",
        url="https://example.org/news/budget",
        published_at=at,
        captured_at=at,
    )
    second = newsdiff.Revision.from_paragraphs(
        [
            "The council approved the budget on Tuesday. It runs to 4.5 million pounds.",
            "The vote was 7 to 2.",
            '"We had no choice," said Mayor Ann Lee, adding: "It is not perfect."',
            "Opposition leader Tom Reyes said the plan would not last the year.",
        ],
        headline="Council approves budget",
        url="https://example.org/news/budget",
        published_at=at,
        captured_at=datetime(2025, 3, 1, 16, 0, tzinfo=ZoneInfo("Europe/London")),
        notes=[
            newsdiff.Note(
                kind=newsdiff.NoteKind.CORRECTION,
                at=datetime(2025, 3, 1, 15, 30, tzinfo=ZoneInfo("Europe/London")),
                text="An earlier version gave the wrong day and amount.",
            )
        ],
    )
    third = newsdiff.Revision.from_paragraphs(
        [
            "The council approved the budget on Tuesday. It runs to 4.5 million pounds.",
            "The vote was 7 to 2.",
            "Opposition leader Tom Reyes said the plan would not last the year.",
        ],
        headline="Council approves a 4.5 million pound budget",
        url="https://example.org/news/budget",
        published_at=at,
        captured_at=datetime(2025, 3, 2, 8, 0, tzinfo=ZoneInfo("Europe/London")),
        notes=second.notes,
    )
    article = newsdiff.Article(revisions=[first, second, third])
    return {
        "revisions": [_revision(r) for r in article.revisions],
        "diffs": [_diff(d) for d in article.diffs()],
        "article": article.to_dict(),
    }


def html_page() -> dict[str, Any]:
    """A page read by parse_html (JSON-LD metadata, a correction box)."""
    html = (FIXTURES / "html" / "correction_box.html").read_bytes()
    return _revision(newsdiff.parse_html(html, url="https://example.org/a"))


CASES: dict[str, Callable[[], dict[str, Any]]] = {
    "seed_revisions": seed_revisions,
    "seed_diff": seed_diff,
    "built_history": built_history,
    "html_page": html_page,
}
