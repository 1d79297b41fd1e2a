"""Peak memory of parse_text per byte of input (tracemalloc), and what makes it up.

Usage::

    python benchmarks/memory.py [DATASET_DIR] [--size 1000000]

For news text of about ``--size`` characters (NewsDiscourse articles when
DATASET_DIR holds them, else varied copies of the seed article) and for the
seed article alone, prints the peak of memory allocated by Python while
``parse_text`` runs, divided by the UTF-8 size of the input. Each parse starts
with the bounded caches empty. The peak includes the finished
:class:`~newsdiff.Revision`, which is kept, and the cache entries the parse
added. Baseline, side by side: ``str.split()`` of the same text into words,
the least any word-level reading holds at once.

Two more rows under each split its peak: what the finished revision alone holds
(after :func:`newsdiff.clear_caches`), and what the bounded caches hold at
the end (a fixed amount once full, about 2.3 MB, whatever the input's
size). The peak less both is the working memory of the parse; it is the
part a change that keeps a copy too long shows in.
"""

from __future__ import annotations

import argparse
import gc
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from _common import DEFAULT_DATASET, SEED_AFTER, Row, Table, news_text

from newsdiff import clear_caches
from newsdiff._reading._parse import parse_text

#: The issue's target for the peak, bytes per input byte.
TARGET = 6.0


def peak_bytes(job: Callable[[], object]) -> int:
    """The peak of Python memory allocated while *job* runs (its result included)."""
    return parts(job)[0]


def parts(job: Callable[[], object]) -> tuple[int, int, int]:
    """The peak while *job* runs, what stays after it, and its result alone (caches emptied)."""
    gc.collect()
    tracemalloc.start()
    try:
        kept = job()
        after, peak = tracemalloc.get_traced_memory()
        clear_caches()
        gc.collect()
        alone, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del kept
    return peak, after, alone


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
        clear_caches()
        peak, after, alone = parts(lambda body=body: parse_text(body))  # type: ignore[misc]
        ours = peak / n
        words = peak_bytes(body.split) / n
        table.add(
            Row(
                "memory",
                f"parse_text peak per byte, {what}",
                f"{ours:.3f} B/B",
                f"str.split {words:.1f} B/B",
                f"{ours / words:.1f}x",
                f"<= {TARGET:g}",
                ours <= TARGET,
            )
        )
        table.add(Row("memory", "of which the finished revision", f"{alone / n:.2f} B/B"))
        table.add(Row("memory", "of which the bounded caches", f"{(after - alone) / n:.2f} B/B"))


def main() -> None:
    """Print the memory rows of the results table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args()
    run(Table(), args.dataset, args.size)


if __name__ == "__main__":
    main()
