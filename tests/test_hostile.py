"""Hostile input: every shape finishes, gives a result or a documented error, and stays linear.

Each case runs the whole pipeline (``parse_text``, then ``diff`` against an
edited copy, ``apply``, the JSON round trip and the HTML renderer) in a
subprocess with a generous time limit, at a quarter of the size and at the
full size the issue names. Cost must grow about linearly: for four times the
input, the time may grow at most ``MAX_GROWTH`` times (linear is 4, quadratic
16). Runs too short to measure reliably (under ``NOISE_FLOOR`` seconds at full
size) are not compared. This is a growth check, not a timer: the absolute
limit only catches a hang. Times are the worker's CPU time, so other
processes on a shared machine do not stretch one size and not the other.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from newsdiff import Diff, Revision, apply, diff, parse_html, parse_text, render
from newsdiff.exceptions import NoArticleError

ROOT = Path(__file__).resolve().parent.parent
MAX_GROWTH = 10.0
NOISE_FLOOR = 0.3
HANG_LIMIT = 300

# Each builder takes a size n and returns the hostile text at that size; the
# second element is the full size the issue names.
NOTE_LINE = "Updated 12/06/24, 10:35 PM: This article has been updated with more details.\n"
IMPOSSIBLE_DATES = (
    "Updated 13/45/24, 99:99 PM: impossible month, day and time.\n",
    "Correction: Feb. 30, 2024\n",
    "Updated 0000-00-00T25:61:61Z: a zero date.\n",
    "UPDATE (Dec. 99, 99999, 31:00 a.m. XYZ): an impossible stamp.\n",
    "Updated 12/06/-1, 10:35 PM: a negative year.\n",
    "[Updated at 88:88 p.m. ET on Smarch 45]\n",
)
CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\n\r") + "\x7f\x85"
BIDI = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
COMBINING = "\u0301\u0308\u0327\u0336\u20dd\u0489"
EMOJI = "\U0001f600\U0001f1fa\U0001f1f8\U0001f469\u200d\U0001f52c\u2764\ufe0f\U0001f3fd"


def _cycle(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _scattered(n: int) -> str:
    """One sentence of n characters with an "a" at a quarter, half and three quarters.

    The pipeline's edit (the first three "a" become "b") then lands far apart
    inside one sentence of four repeated words, with no word unique to it.
    """
    text = _cycle("rebels took the city ", n)
    for at in (n // 4, n // 2, 3 * n // 4):
        text = text[:at] + " a " + text[at:]
    return text


BUILDERS: dict[str, tuple[Callable[[int], str], int]] = {
    "one sentence, scattered edits": (_scattered, 400_000),
    "1 MB without punctuation": (lambda n: _cycle("rebels took the city ", n), 1_000_000),
    "1 MB single word": (lambda n: "a" * n, 1_000_000),
    "200,000 opening quotation marks": (lambda n: "\u201c" * n, 200_000),
    "quote marks and words alternating": (
        lambda n: _cycle('" word \u201c said \u201d ', n),
        400_000,
    ),
    '"Mr. " 100,000 times': (lambda n: "Mr. " * n, 100_000),
    '"he said " 100,000 times': (lambda n: "he said " * n, 100_000),
    "10,000 identical sentences": (lambda n: "Rebels took the city on Friday. " * n, 10_000),
    "10,000 one-line paragraphs": (
        lambda n: "".join(f"Line {i} of text.\n" for i in range(n)),
        10_000,
    ),
    "5,000 note lines": (lambda n: "Body line first.\n\n" + NOTE_LINE * n, 5_000),
    "impossible dates": (lambda n: "Body line.\n" + "".join(IMPOSSIBLE_DATES) * n, 1_000),
    "control characters": (lambda n: _cycle(f"Word{CONTROL}word. ", n), 200_000),
    "bidi and zero-width marks": (
        lambda n: _cycle(f"Say{BIDI} \u201chi{BIDI}\u201d. ", n),
        200_000,
    ),
    "combining marks": (lambda n: _cycle(f"e{COMBINING * 4} Cafe\u0301. ", n), 200_000),
    "emoji": (lambda n: _cycle(f"{EMOJI} said {EMOJI}. \U0001f600\n", n), 200_000),
    "mixed CR LF and CR": (lambda n: _cycle("One line.\r\nTwo line.\rThree.\n\r\n\r", n), 200_000),
    "quotes nested 2,000 deep": (
        lambda n: "He said " + "\u201c\u2018" * n + "x" + "\u2019\u201d" * n + " on Friday.",
        2_000,
    ),
    "straight quotes nested 2,000 deep": (
        lambda n: "He said " + "\"'" * n + "deep" + "'\"" * n + ".",
        2_000,
    ),
}


STORY = "".join(
    f"<p>Paragraph {i} of the story says what the council decided on Friday night.</p>"
    for i in range(5)
)


def _nested_teasers(n: int) -> str:
    """Three linked headlines inside n nested wrappers, each wrapper with 100 empty paragraphs.

    Every wrapper holds the three headlines and adds no paragraph text, so the
    search for the smallest list of other stories climbs through all n of
    them. The HTML parser keeps at most 255 levels, so the page grows in depth
    and in width together.
    """
    teasers = "".join(f'<h3><a href="/story-{i}">Other headline {i}</a></h3>' for i in range(3))
    wrappers = ("<div>" + "<p></p>" * 100) * n + teasers + "</div>" * n
    return f"<html><body><article><h1>Title</h1>{STORY}</article>{wrappers}</body></html>"


def _copyright_lines(n: int) -> str:
    """A block that opens with a copyright line and runs on for n lines set off by <br>.

    Too long for the site's legal lines, so it stays; each of its <br> leads
    the search for those lines back to the same block.
    """
    lines = "".join(f"Line {i} of the footer.<br>" for i in range(n))
    return (
        f"<html><body><article><h1>Title</h1>{STORY}</article>"
        f"<div>Copyright © 2015 Example Inc.<br>{lines}</div></body></html>"
    )


# The same for pages: each builder takes a size n and returns the hostile
# page; the third item is how many paragraphs the page keeps after the story
# for each unit of n.
PAGE_BUILDERS: dict[str, tuple[Callable[[int], str], int, int]] = {
    "teaser headings in 240 nested wrappers": (_nested_teasers, 240, 0),
    "a copyright line and 4,000 more lines": (_copyright_lines, 4_000, 1),
}


def _visible(text: str) -> Counter[str]:
    return Counter(ch for ch in text if not ch.isspace())


def _accounted(revision: Revision) -> Counter[str]:
    pieces = [p.text for p in revision.paragraphs] + [n.text for n in revision.notes]
    return _visible("".join([*pieces, *revision.boilerplate]))


def pipeline(text: str) -> dict[str, int]:
    """Parse *text*, diff it against an edited copy and check every law on the way."""
    a = parse_text(text)
    assert _accounted(a) == _visible(text), "parse_text lost or duplicated a character"
    b = parse_text("A new first paragraph.\n\n" + text.replace("a", "b", 3) + "\n\nThe end.")
    d = diff(a, b)
    assert apply(a, d).id == b.id
    assert apply(b, d.invert()).id == a.id
    assert Diff.from_dict(json.loads(json.dumps(d.to_dict()))) == d
    assert Revision.from_dict(json.loads(json.dumps(a.to_dict()))) == a
    assert render.html(d).endswith("\n")
    return {"paragraphs": len(a.paragraphs), "sentences": len(a.sentences), "notes": len(a.notes)}


def page_pipeline(page: str, kept: int = 0) -> dict[str, int]:
    """Parse the hostile *page*, check that the story survives and that it round-trips.

    The story's five paragraphs come first, then *kept* more, and no others.
    """
    rev = parse_html(page)
    assert len(rev.paragraphs) == 5 + kept
    assert [p.text for p in rev.paragraphs[:5]] == [
        f"Paragraph {i} of the story says what the council decided on Friday night."
        for i in range(5)
    ]
    assert Revision.from_dict(json.loads(json.dumps(rev.to_dict()))) == rev
    return {"paragraphs": len(rev.paragraphs)}


def measure(name: str) -> dict[str, float]:
    """Best-of-two pipeline times at a quarter and at the full size (run in the worker)."""
    page = name in PAGE_BUILDERS
    build, full, per_unit = PAGE_BUILDERS[name] if page else (*BUILDERS[name], 0)
    out: dict[str, float] = {}
    for label, size in (("small", full // 4), ("full", full)):
        text = build(size)
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            if page:
                page_pipeline(text, per_unit * size)
            else:
                pipeline(text)
            best = min(best, time.process_time() - start)
        out[label] = best
    return out


def _run_worker(name: str) -> dict[str, float]:
    code = f"import json, tests.test_hostile as h; print(json.dumps(h.measure({name!r})))"
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HANG_LIMIT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_hostile_text_finishes_and_grows_linearly(name: str) -> None:
    """The hostile text parses, diffs, round-trips and renders, and 4x input costs < 10x time."""
    times = _run_worker(name)
    if times["full"] >= NOISE_FLOOR:
        assert times["full"] / max(times["small"], 1e-3) <= MAX_GROWTH, times


@pytest.mark.parametrize("name", sorted(PAGE_BUILDERS))
def test_hostile_page_finishes_and_grows_linearly(name: str) -> None:
    """The hostile page parses with its story kept, and 4x the page costs < 10x the time."""
    times = _run_worker(name)
    if times["full"] >= NOISE_FLOOR:
        assert times["full"] / max(times["small"], 1e-3) <= MAX_GROWTH, times


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\r\n\t \u00a0\u2028\u3000", "\u200b\ufeff"])
def test_empty_and_whitespace_only_text_gives_an_empty_revision(text: str) -> None:
    """Empty or whitespace-only text parses to a revision with no paragraphs, and diffs cleanly."""
    rev = parse_text(text)
    assert _accounted(rev) == _visible(text)
    if not _visible(text):
        assert rev.paragraphs == ()
    assert not diff(rev, rev)
    assert apply(rev, diff(rev, parse_text("Now there is text."))) == parse_text(
        "Now there is text."
    )


@pytest.mark.parametrize("page", [b"", b"   ", b"\n\t", b"<html></html>", b"\x00\xff" * 64])
def test_empty_page_is_no_article(page: bytes) -> None:
    """An empty, blank, bodiless or binary page raises NoArticleError, never an empty revision."""
    with pytest.raises(NoArticleError):
        parse_html(page)


@pytest.mark.parametrize(
    "page",
    [
        "<p>" + "<span>" * 2000 + "Deeply nested words in a paragraph." + "</span>" * 2000 + "</p>",
        "<article>" + "<p>Line of text here.</p>" * 10_000 + "</article>",
        "<article><p>" + "a" * 1_000_000 + "</p></article>",
        "<article><p>" + "\u201c" * 200_000 + "</p></article>",
        "<article><p>" + "Mr. " * 100_000 + "</p></article>",
        "<article><p>" + _cycle(f"Word{CONTROL}{BIDI}word. ", 100_000) + "</p></article>",
    ],
    ids=["nested-2000", "10000-paragraphs", "1MB-word", "quotes", "mr", "control-bidi"],
)
def test_hostile_page_gives_a_revision_or_no_article(page: str) -> None:
    """A hostile page gives a revision with a body or NoArticleError (its documented limits)."""
    try:
        rev = parse_html(page)
    except NoArticleError as err:
        field = err.field
    else:
        field = "html"
        assert rev.paragraphs
        assert Revision.from_dict(rev.to_dict()) == rev
    assert field == "html"


def test_impossible_dates_are_kept_as_text_without_a_time() -> None:
    """A note with an impossible date is still a note, with its text kept and no invented time."""
    rev = parse_text("Body line here.\n\n" + "".join(IMPOSSIBLE_DATES))
    texts = " ".join([*(n.text for n in rev.notes), *(p.text for p in rev.paragraphs)])
    for line in IMPOSSIBLE_DATES:
        assert line.strip() in texts
    assert all(n.at is None or 1900 < n.at.year < 2200 for n in rev.notes)


def test_fuzz_seed_corpus_and_saved_crashes_replay_cleanly() -> None:
    """Every fuzz seed (and any saved crash) passes its harness: fuzz findings stay fixed."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "run.py"), "--replay"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HANG_LIMIT,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
