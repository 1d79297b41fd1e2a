"""Check that parse_text stays linear, on news text and on hostile input.

Usage::

    python benchmarks/parse_scaling.py [--small 65536] [--factor 16] [--repeat 3]

Each input family is built at ``--small`` characters (about 64 KB) and at
``factor`` times that (about 1 MB). The script prints, per family, the best
time of ``--repeat`` runs at each size, throughput in MB/s (UTF-8) at the
large size, and the growth exponent ``log(t_big / t_small) / log(factor)``:
about 1.0 is linear, 2.0 would be quadratic. Two timings are shown: the whole
of ``parse_text`` (which includes sentence segmentation and analysis) and the
parsing step alone (paragraphs, notes, furniture; no segmentation).

Families: the seed article's paragraphs repeated with varied numbers, blank
lines, furniture and notes at both ends; the same hard-wrapped at 70 columns;
thousands of note lines; one-line paragraphs; impossible dates; lines full of
zero-width and bidi marks.
"""

from __future__ import annotations

import argparse
import functools
import math
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from newsdiff._reading._parse import _units, parse_text

SEED = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seed.txt"


def _seed_paragraphs() -> list[str]:
    return [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()][:12]


def _fill(size: int, make: Callable[[int], str], sep: str = "\n") -> str:
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        piece = make(i)
        parts.append(piece)
        total += len(piece) + len(sep)
        i += 1
    return sep.join(parts)


def news(size: int) -> str:
    """Seed paragraphs, varied by number, with furniture, blank lines and notes at both ends."""
    paragraphs = _seed_paragraphs()

    def make(i: int) -> str:
        text = paragraphs[i % len(paragraphs)].replace("13-year", f"{i % 40 + 2}-year")
        if i % 25 == 24:
            return text + "\n\nAdvertisement\n"
        return text

    head = "Editor's note: This story contains reporting from the region.\n"
    tail = "\n\nmore\n\nUpdated 12/06/24, 10:35 PM: This article has been updated.\n"
    return head + _fill(size - len(head) - len(tail), make) + tail


def wrapped(size: int) -> str:
    """The news family hard-wrapped at 70 columns, paragraphs separated by blank lines."""
    paragraphs = _seed_paragraphs()
    return _fill(size, lambda i: textwrap.fill(paragraphs[i % len(paragraphs)], 70), "\n\n")


def note_lines(size: int) -> str:
    """A short body followed by thousands of dated update lines."""
    body = "\n".join(_seed_paragraphs()) + "\n"
    return body + _fill(
        size - len(body),
        lambda i: f"Updated 12/{i % 28 + 1:02d}/24, {i % 12 + 1}:35 PM ET: Added detail {i}.",
    )


FAMILIES: dict[str, Callable[[int], str]] = {
    "seed news, line per paragraph": news,
    "seed news, hard-wrapped": wrapped,
    "note lines at the end": note_lines,
    "one-line paragraphs": lambda n: _fill(n, lambda i: f"Paragraph {i} reports a fact."),
    "impossible dates": lambda n: (
        "Body.\n" + _fill(n, lambda i: f"Updated 13/{45 + i % 50}/24, 10:35 PM: x")
    ),
    "zero-width and bidi": lambda n: _fill(
        n, lambda i: f"\u202eRebels\u200b took\u2066 Hama {i}.\u2069\u200d"
    ),
}


def best(func: Callable[[], object], repeat: int) -> float:
    """The best wall time of *repeat* calls of *func*."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Time every family at two sizes and print throughput and growth exponents."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=65_536)
    parser.add_argument("--factor", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    header = (
        f"{'family':34} {'full 64K s':>10} {'full 1M s':>10} {'MB/s':>7} {'exp':>5}"
        f" | {'parse-only MB/s':>15} {'exp':>5}"
    )
    print(header)
    print("-" * len(header))
    for name, build in FAMILIES.items():
        small = build(args.small)
        big = build(args.small * args.factor)
        row = []
        for func in (parse_text, _units):
            t_small = best(functools.partial(func, small), args.repeat)
            t_big = best(functools.partial(func, big), args.repeat)
            megabytes = len(big.encode("utf-8")) / 1e6
            exponent = math.log(t_big / t_small) / math.log(len(big) / len(small))
            row.append((t_small, t_big, megabytes / t_big, exponent))
        (fs, fb, fmb, fexp), (_, _, pmb, pexp) = row
        print(f"{name:34} {fs:10.3f} {fb:10.3f} {fmb:7.2f} {fexp:5.2f} | {pmb:15.2f} {pexp:5.2f}")


if __name__ == "__main__":
    main()
