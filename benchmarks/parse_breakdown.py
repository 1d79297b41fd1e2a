"""Where a cold parse of the ~5,000-word article spends its time.

Usage::

    python benchmarks/parse_breakdown.py [--repeat 5]
    valgrind --tool=callgrind python benchmarks/parse_breakdown.py --count 4

Parses the old side of ``whole_job.py``'s ~5,000-word pair with every cache
emptied first (best of ``--repeat``), timing inside it the two analysis
passes, roles (:func:`newsdiff._analysis._roles.roles`) and quotes
(:func:`newsdiff._analysis._quotesteps.quotes_by_paragraph`), and prints each one's share of the
parse, the analysis cost per sentence, and the parse against a
diff-match-patch run over the whole pair: the figures behind "most of the
time goes to reading the text" on the performance page. Last, what keeping
the segmenter's cache saves: segmenting every paragraph of the new side from
scratch, against parsing the new side after the old with the caches kept.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from whole_job import dmp_diff, news_pair

from newsdiff import clear_caches
from newsdiff._analysis import _analyse
from newsdiff._analysis._segment import split_sentences
from newsdiff._reading._parse import parse_text


class _Stopwatch:
    """Wraps a function and adds up the time spent in it."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function = function
        self.seconds = 0.0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        try:
            return self.function(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - began


def main() -> None:
    """Print the breakdown."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--count",
        type=int,
        metavar="N",
        help="only parse the old side N times, caches emptied each time, and print nothing: "
        "for an instruction counter (valgrind --tool=callgrind), whose totals for N=4 and N=0 "
        "differ by four cold parses, steady where a shared machine's timings swing",
    )
    args = parser.parse_args()
    old, new = news_pair(1)
    if args.count is not None:
        parse_text(old)  # load lazily built tables, as N=0 does
        for _ in range(args.count):
            clear_caches()
            parse_text(old)
        return
    best: tuple[float, float, float] | None = None
    # The two passes as _analyse calls them; swapped for timed wrappers.
    names = ("roles", "quotes_by_paragraph")
    original = {name: getattr(_analyse, name) for name in names}
    try:
        for _ in range(args.repeat):
            watches = {name: _Stopwatch(original[name]) for name in names}
            for name, watch in watches.items():
                setattr(_analyse, name, watch)
            clear_caches()
            began = time.perf_counter()
            revision = parse_text(old)
            total = time.perf_counter() - began
            if best is None or total < best[0]:
                best = (total, watches["roles"].seconds, watches["quotes_by_paragraph"].seconds)
    finally:
        for name, function in original.items():
            setattr(_analyse, name, function)
    if best is None:
        parser.error("--repeat must be at least 1")
    total, in_roles, in_quotes = best
    sentences = len(revision.sentences)
    dmp = min(_timed(lambda: dmp_diff(old, new)) for _ in range(args.repeat))
    print(f"cold parse of {len(old.split()):,} words, {sentences} sentences: {total * 1e3:.1f} ms")
    print(f"  roles   {in_roles * 1e3:6.1f} ms  {in_roles / total:4.0%}")
    print(f"  quotes  {in_quotes * 1e3:6.1f} ms  {in_quotes / total:4.0%}")
    print(f"  analysis per sentence {(in_roles + in_quotes) / sentences * 1e6:.0f} µs")
    print(f"diff-match-patch on the pair {dmp * 1e3:.1f} ms")
    print(f"cold parse / (3 x diff-match-patch) {total / 3 / dmp:.2f}")
    lines = [line for line in new.splitlines() if line.strip()]
    segmenting = min(_segmenting(lines) for _ in range(9))
    second = min(_second_side(old, new) for _ in range(args.repeat))
    print(f"segmenting the new side from scratch {segmenting * 1e3:.1f} ms")
    print(f"parsing the new side after the old, caches kept {second * 1e3:.1f} ms")


def _segmenting(lines: list[str]) -> float:
    clear_caches()
    return _timed(lambda: [split_sentences(line) for line in lines])


def _second_side(old: str, new: str) -> float:
    clear_caches()
    parse_text(old)
    return _timed(lambda: parse_text(new))


def _timed(job: Callable[[], object]) -> float:
    began = time.perf_counter()
    job()
    return time.perf_counter() - began


if __name__ == "__main__":
    main()
