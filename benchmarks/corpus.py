"""Corpus throughput: pairs per second through newsdiff.batch on 1 and 2 processes.

Usage::

    python benchmarks/corpus.py [DATASET_DIR] [--articles 150] [--repeat 3]

Pairs are NewsDiscourse articles (DATASET_DIR holds ``sentences.jsonl``) and a
revision of each with generated edits (figures changed, sentences reworded,
added, dropped, split, a paragraph moved: ``benchmarks/diff_speed.py``'s
``edit_article``). Without the dataset, varied copies of the seed article are
used instead and the row says so. Two workloads, each on 1 and 2 processes
(``newsdiff.batch.diff_pairs``; the pool's start-up is included, as users pay
it):

* parse + diff: the pairs are raw texts, parsed in the workers;
* diff only: the pairs are already-parsed revisions (sent to the workers),
  fresh copies each run so that no process reuses ids cached by an earlier run.

Per core, on the seed-sized pair (the bundled seed before and after its
update) in this process: parse + diff, and diff of already-parsed revisions
(fresh copies, so their cached ids are recomputed as in real use).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
from collections.abc import Iterator
from pathlib import Path

import attrs
from _common import DEFAULT_DATASET, Row, Table, dataset_articles, side_by_side
from diff_speed import DEFAULT_SEED, build_article, edit_article, to_text
from diff_speed import seed_paragraphs as seed_sentences
from whole_job import seed_pair

from newsdiff import Revision, clear_caches
from newsdiff._compare._diff import diff
from newsdiff._reading._parse import parse_text
from newsdiff.batch import diff_pairs


def corpus_pairs(dataset: Path | None, articles: int) -> tuple[list[tuple[str, str]], str]:
    """Up to *articles* (old text, edited text) pairs, and where they came from."""
    if dataset is not None and (dataset / "sentences.jsonl").exists():
        found = dataset_articles(dataset)[:articles]
        origin = f"{len(found)} NewsDiscourse articles"
    else:
        base = seed_sentences(DEFAULT_SEED)
        found = [build_article(base, 1, seed=i)[: 8 + i % 20] for i in range(articles)]
        origin = f"{len(found)} seed-built articles (no dataset)"
    pairs = [(to_text(a), to_text(edit_article(a, seed=i))) for i, a in enumerate(found)]
    return pairs, origin


def _fresh(pairs: list[tuple[Revision, Revision]]) -> Iterator[tuple[Revision, Revision]]:
    """Copies of the parsed pairs without cached ids, as revisions read from storage are."""
    return ((attrs.evolve(a), attrs.evolve(b)) for a, b in pairs)


def _count(results: object) -> int:
    done = list(results)  # type: ignore[call-overload]
    failed = [r for r in done if not r.ok]
    if failed:
        msg = f"{len(failed)} pairs failed, first: {failed[0].error}"
        raise RuntimeError(msg)
    return len(done)


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def cpu_ceiling(repeat: int) -> float:
    """How much faster two processes run pure Python work than one, on this machine now.

    The control for the 2-process rows: on a machine shared with other work,
    this is the most any parallel run can gain at the moment.
    """
    n = 2_000_000
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(_burn, [1, 1]))  # start both workers before timing
        times = side_by_side(
            {"1": lambda: [_burn(n), _burn(n)], "2": lambda: list(pool.map(_burn, [n, n]))},
            repeat,
        )
    return times["1"] / times["2"]


def run(table: Table, repeat: int, dataset: Path | None, articles: int = 150) -> None:
    """Measure throughput and add the rows to *table*."""
    texts, origin = corpus_pairs(dataset, articles)
    parsed = [(parse_text(a), parse_text(b)) for a, b in texts]
    words = sum(len(a.split()) for a, _ in texts) / len(texts)
    jobs = {}
    for processes in (1, 2):
        jobs[f"parse+diff {processes}"] = lambda p=processes: _count(
            diff_pairs(texts, processes=p, progress=False)
        )
        jobs[f"diff {processes}"] = lambda p=processes: _count(
            diff_pairs(_fresh(parsed), processes=p, progress=False)
        )
    times = side_by_side(jobs, repeat)
    for kind in ("parse+diff", "diff"):
        one, two = len(texts) / times[f"{kind} 1"], len(texts) / times[f"{kind} 2"]
        table.add(
            Row(
                "corpus",
                f"{kind}, {origin} (~{words:.0f} words)",
                f"{one:,.0f} pairs/s",
                f"{two:,.0f} pairs/s on 2 procs",
                f"{one / two:.2f}x",
            )
        )

    old_text, new_text = seed_pair()
    old, new = parse_text(old_text), parse_text(new_text)

    def cold_parse_and_diff() -> object:
        # A new pair each time: no sentence is found already analysed.
        clear_caches()
        return diff(parse_text(old_text), parse_text(new_text))

    per_core = side_by_side(
        {
            "parse+diff": cold_parse_and_diff,
            "diff": lambda: diff(attrs.evolve(old), attrs.evolve(new)),
        },
        repeat,
    )
    for kind, seconds_per_pair in per_core.items():
        rate = 1 / seconds_per_pair
        table.add(
            Row(
                "per core",
                f"seed-sized pairs, {kind} (one process)",
                f"{rate:,.0f} pairs/s",
                "",
                "",
                ">= 1,000",
                rate >= 1000,
            )
        )
    ceiling = cpu_ceiling(repeat)
    table.add(
        Row(
            "corpus",
            "control: pure-Python loop, 2 processes vs 1",
            f"{ceiling:.2f}x faster",
            f"(cpus: {os.cpu_count()})",
            f"{1 / ceiling:.2f}x",
        )
    )


def main() -> None:
    """Print the corpus rows of the results table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    run(Table(), args.repeat, args.dataset, args.articles)


if __name__ == "__main__":
    main()
