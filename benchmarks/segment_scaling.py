"""Check that sentence segmentation stays linear, on news text and on hostile input.

Usage::

    python benchmarks/segment_scaling.py [--factor 16]

For each input family the text is built at a base size and at ``factor`` times
that size; the script prints the time of each (best of three) and the growth
exponent ``log(t_big / t_small) / log(factor)``: about 1.0 is linear, 2.0 would
be quadratic. News text is the project's own gold fixture repeated; the hostile
families are the ones named in the segmenter's design (a megabyte without
punctuation, one huge word, runs of quotes, "Mr. " repeated, deeply nested
quotes, dot runs).
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable
from pathlib import Path

from newsdiff._analysis._segment import split_sentences

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "segmentation_gold.txt"


def news(size: int) -> str:
    """News paragraphs from the gold fixture, repeated up to *size* characters."""
    lines = [
        line
        for line in FIXTURE.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    unit = " ".join(lines) + " "
    return (unit * (size // len(unit) + 1))[:size]


FAMILIES: dict[str, Callable[[int], str]] = {
    "news text": news,
    "no punctuation": lambda n: ("word " * (n // 5 + 1))[:n],
    "one huge word": lambda n: "x" * n,
    "opening quotes “": lambda n: "“" * n,
    "'Mr. ' repeated": lambda n: "Mr. " * (n // 4),
    "nested quotes": lambda n: "“" * (n // 2) + "He left." + "”" * (n // 2) + " Then",
    "dot run then x": lambda n: "." * n + "x",
    "'?” ' repeated": lambda n: "?” " * (n // 3),
    "'A. ' initials": lambda n: "A. " * (n // 3),
    # Every number a German ordinal after an article: the paragraph's language
    # must be read once, not at each number.
    "German ordinals": lambda n: ("der 1. Tagung für die Schweiz " * (n // 30 + 1))[:n],
}


def best_time(text: str, repeat: int = 3) -> float:
    """Best wall time of segmenting *text*, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        split_sentences(text)
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    """Print times and growth exponents for each family."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=65_536, help="base size in characters")
    parser.add_argument("--factor", type=int, default=16, help="size multiplier")
    args = parser.parse_args()
    big = args.base * args.factor
    print(
        f"{'input':<20} {'t(1x) ms':>10} {f't({args.factor}x) ms':>11} {'exponent':>9} {'MB/s':>7}"
    )
    for name, build in FAMILIES.items():
        small_text, big_text = build(args.base), build(big)
        small, large = best_time(small_text), best_time(big_text)
        exponent = math.log(large / small) / math.log(args.factor)
        speed = len(big_text.encode()) / 1e6 / large
        print(f"{name:<20} {small * 1e3:10.2f} {large * 1e3:11.2f} {exponent:9.2f} {speed:7.1f}")
    print(f"(1x = {args.base:,} characters, {args.factor}x = {big:,})")


if __name__ == "__main__":
    main()
