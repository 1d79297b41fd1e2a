"""Run every benchmark and print one results table (``make bench``).

Usage::

    python benchmarks/run.py [DATASET_DIR] [--repeat 5] [--quick] [--markdown]

DATASET_DIR is a NewsDiscourse folder (``sentences.jsonl``); it defaults to
``../shared/datasets/newsdiscourse`` next to the checkout and, when absent,
the news text is built from the bundled seed article instead (rows say which).

Every figure is a median over repeats; where there is a baseline, the ratio
is measured side by side in the same run (jobs interleaved, so load from
elsewhere on the machine hits both). Sections: parse and segmentation speed
(``parse_speed.py``), the whole job against word diffs (``whole_job.py``), an
article of 500 captures (``article_history.py``), parsing memory
(``memory.py``), corpus throughput (``corpus.py``). Each module also runs on
its own with more options. ``--quick`` shrinks everything for a smoke run.
A full run takes about four minutes on two cores.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

import article_history
import corpus
import memory
import parse_speed
import whole_job
from _common import DEFAULT_DATASET, Table

import newsdiff


def main() -> None:
    """Run every section and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--repeat", type=int, default=5, help="repeats per figure (median kept)")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown too")
    args = parser.parse_args()
    dataset = args.dataset if (args.dataset / "sentences.jsonl").exists() else None
    repeat = 1 if args.quick else args.repeat
    size = 100_000 if args.quick else 1_000_000
    started = time.perf_counter()
    print(
        f"newsdiff {newsdiff.__version__}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cpus, repeat {repeat}, dataset {dataset or 'none (seed text)'}\n"
    )
    table = Table()
    parse_speed.run(table, repeat, dataset, size)
    whole_job.run(table, repeat, max_scale=4 if args.quick else 64)
    article_history.run(table, max(1, repeat // 2), captures=50 if args.quick else 500)
    memory.run(table, dataset, size)
    corpus.run(table, max(1, repeat // 2), dataset, articles=20 if args.quick else 150)
    print(f"\n{table.render()}\n\ntotal {time.perf_counter() - started:.0f} s")
    if args.markdown:
        print(f"\n{table.markdown()}")


if __name__ == "__main__":
    main()
