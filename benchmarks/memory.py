"""Peak memory of parse_text per byte of input (tracemalloc).

Usage::

    python benchmarks/memory.py [DATASET_DIR] [--size 1000000]

For news text of about ``--size`` characters (NewsDiscourse articles when
DATASET_DIR holds them, else varied copies of the seed article) and for the
seed article alone, prints the peak of memory allocated by Python while
``parse_text`` runs, divided by the UTF-8 size of the input. The peak includes
the finished :class:`~newsdiff.Revision`, which is kept. Baseline, side by
side: ``str.split()`` of the same text into words, the least any word-level
reading holds at once.
"""

from __future__ import annotations

import argparse
import gc
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from _common import DEFAULT_DATASET, SEED_AFTER, Row, Table, news_text

from newsdiff._reading._parse import parse_text


def peak_bytes(job: Callable[[], object]) -> int:
    """The peak of Python memory allocated while *job* runs (its result included)."""
    gc.collect()
    tracemalloc.start()
    try:
        kept = job()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del kept
    return peak


def run(table: Table, dataset: Path | None, size: int = 1_000_000) -> None:
    """Measure parsing memory and add the rows to *table*."""
    text, origin = news_text(size, dataset)
    inputs = {
        f"{len(text.encode()) / 1e6:.1f} MB, {origin}": text,
        "the seed article": SEED_AFTER.read_text(encoding="utf-8"),
    }
    parse_text(inputs["the seed article"])  # load lazily built tables before measuring
    for what, body in inputs.items():
        n = len(body.encode("utf-8"))
        ours = peak_bytes(lambda body=body: parse_text(body)) / n  # type: ignore[misc]
        words = peak_bytes(body.split) / n
        table.add(
            Row(
                "memory",
                f"parse_text peak per byte, {what}",
                f"{ours:.1f} B/B",
                f"str.split {words:.1f} B/B",
                f"{ours / words:.1f}x",
                "<= 10",
                ours <= 10,
            )
        )


def main() -> None:
    """Print the memory rows of the results table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args()
    run(Table(), args.dataset, args.size)


if __name__ == "__main__":
    main()
