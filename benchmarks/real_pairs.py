"""The whole job on real revision histories, against the plain pipeline a user would write.

Usage::

    python benchmarks/real_pairs.py DATASET/versions-real [--repeat 3] [--limit N] [--cold]
    python benchmarks/real_pairs.py DATASET/versions-real --cold --without-reuse

For each consecutive pair of captures in the folder (GOV.UK and Swiss press
releases as HTML, travel advice as Markdown text), side by side and
interleaved:

* newsdiff: ``diff(parse_html(old), parse_html(new))`` (``parse_text`` for text
  captures): reading, analysis (quotes, speakers, roles, notes), alignment,
  word edits, significance;
* plain: what a user's own pipeline costs for a redline of the same pair:
  ``trafilatura.extract`` of each page (for HTML captures; text captures are
  used as they are), then ``difflib.SequenceMatcher`` over the words of the two
  texts and its opcodes.

The figure is the median over pairs of the per-pair ratio (newsdiff's time over
the plain pipeline's), with the quartiles, per source folder and over all.
``--no-analysis`` measures a floor, not the library: the sentence analysis
(quotes, speakers, roles) is replaced by a stub that gives every sentence the
default role and no quotes, so the figure is what reading and diffing alone
cost against the plain pipeline.
``--without-reuse`` times a third job beside the two, interleaved with them:
newsdiff with the savings on repeated material of December 2026 switched off
(the quote pass read over the whole article rather than a paragraph at a
time with unchanged paragraphs looked up, role readings keyed on the
article's year for every sentence, no kept mojibake repairs, the lead looked
for in the whole folded body), and prints per folder the median ratio of
newsdiff's time to that job's: what the savings save, measured side by side.
Caches are warm by default, as in a user's loop over a history (each capture
but the first and last is parsed once as the newer and once as the older side
of a pair, and the library's bounded caches serve the repeats); ``--cold``
empties them before every call so that each pair is read from scratch.
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import json
import statistics
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from _common import Row, Table, reuse_off, side_by_side

from newsdiff import Revision, clear_caches, diff, parse_html, parse_text

_FOLDERS = (
    "govuk-news",
    "swiss-news-service",
    "fcdo-travel-advice",
    "canada-travel-advice",
    "smartraveller",
)


Capture = dict[str, Any]


def _pairs(dataset: Path, folder: str, limit: int | None) -> Iterator[tuple[Capture, Capture]]:
    files = sorted((dataset / folder).glob("*.json"))
    count = 0
    for path in files:
        versions = json.loads(path.read_text(encoding="utf-8"))["versions"]
        for old, new in itertools.pairwise(versions):
            if limit is not None and count >= limit:
                return
            count += 1
            yield old, new


def _newsdiff_job(old: dict[str, Any], new: dict[str, Any], *, cold: bool) -> Callable[[], object]:
    def read(version: dict[str, Any]) -> Revision:
        if version["format"] == "html":
            return parse_html(version["content"])
        return parse_text(version["content"])

    def job() -> object:
        if cold:
            clear_caches()
        return diff(read(old), read(new))

    return job


def _plain_job(old: dict[str, Any], new: dict[str, Any]) -> Callable[[], object]:
    import trafilatura

    def text(version: dict[str, Any]) -> str:
        if version["format"] == "html":
            return trafilatura.extract(version["content"]) or ""
        return str(version["content"])

    def job() -> object:
        a, b = text(old).split(), text(new).split()
        return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()

    return job


def _without_reuse(old: dict[str, Any], new: dict[str, Any], *, cold: bool) -> Callable[[], object]:
    job = _newsdiff_job(old, new, cold=cold)

    def without() -> object:
        with reuse_off():
            return job()

    return without


def _stub_analysis() -> None:
    from newsdiff._model._parts import Sentence
    from newsdiff._revision import _build

    def bare(paragraphs: Any, **_: object) -> list[list[Sentence]]:
        return [[Sentence(text=t) for t in sentences] for sentences in paragraphs]

    setattr(_build, "analyse", bare)  # noqa: B010 (patching a module for the floor)


def _quartiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) < 2:
        return values[0], values[0], values[0]
    q1, q2, q3 = statistics.quantiles(values, n=4)
    return q1, q2, q3


def main() -> None:
    """Time every pair and print the per-folder and overall median ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path, help="the versions-real folder")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="pairs per folder at most")
    parser.add_argument("--cold", action="store_true", help="empty the caches before each call")
    parser.add_argument(
        "--no-analysis", action="store_true", help="stub out the analysis (a floor, see above)"
    )
    parser.add_argument(
        "--without-reuse",
        action="store_true",
        help="also time newsdiff with the savings on repeated material off (see above)",
    )
    args = parser.parse_args()
    if args.no_analysis:
        _stub_analysis()

    parse_html("<html><body><p>Warm-up: load trafilatura once.</p></body></html>")
    table = Table()
    every: list[float] = []
    savings: dict[str, list[float]] = {}
    ours_total = plain_total = 0.0
    for folder in _FOLDERS:
        ratios: list[float] = []
        for old, new in _pairs(args.dataset, folder, args.limit):
            jobs = {
                "newsdiff": _newsdiff_job(old, new, cold=args.cold),
                "plain": _plain_job(old, new),
            }
            if args.without_reuse:
                jobs["without"] = _without_reuse(old, new, cold=args.cold)
            times = side_by_side(jobs, args.repeat)
            ratios.append(times["newsdiff"] / times["plain"])
            if args.without_reuse:
                savings.setdefault(folder, []).append(times["newsdiff"] / times["without"])
            ours_total += times["newsdiff"]
            plain_total += times["plain"]
        if not ratios:
            continue
        every.extend(ratios)
        q1, q2, q3 = _quartiles(ratios)
        table.add(
            Row(
                "real",
                f"{folder}: {len(ratios)} pairs, median (quartiles)",
                f"{q2:.2f}x",
                f"({q1:.2f}x-{q3:.2f}x)",
                f"{q2:.2f}x",
            )
        )
    for folder, saved in savings.items():
        q1, q2, q3 = _quartiles(saved)
        table.add(
            Row(
                "reuse",
                f"{folder}: with / without reuse, median (quartiles)",
                f"{q2:.2f}x",
                f"({q1:.2f}x-{q3:.2f}x)",
                f"{q2:.2f}x",
            )
        )
    q1, q2, q3 = _quartiles(every)
    table.add(
        Row(
            "real",
            f"all {len(every)} pairs{' (cold caches)' if args.cold else ''}: median",
            f"{q2:.2f}x",
            f"({q1:.2f}x-{q3:.2f}x)",
            f"{q2:.2f}x",
            "<= 1.0x",
            q2 <= 1.0,
        )
    )
    table.add(
        Row(
            "real",
            "all pairs: total time",
            f"{ours_total:.2f} s",
            f"plain {plain_total:.2f} s",
            f"{ours_total / plain_total:.2f}x",
        )
    )
    print()
    print(table.render())
    print()
    print(table.markdown())


if __name__ == "__main__":
    main()
