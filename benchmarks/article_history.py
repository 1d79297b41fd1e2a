"""An Article of 500 captures: every consecutive diff, against a word diff of the same steps.

Usage::

    python benchmarks/article_history.py [--captures 500] [--repeat 3]

The history starts from the bundled seed article and changes a little at
every capture, as a live story does: a figure updated, a sentence reworded,
added or dropped, now and then a new paragraph. Captures are parsed once
(timed separately); then, side by side and interleaved:

* newsdiff: ``Article(revisions=...).diffs()``, every step of the history;
* word diff: ``difflib.SequenceMatcher`` over the words of each consecutive
  pair of texts (``autojunk=False``).
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import random
import re
from datetime import UTC, datetime, timedelta

from _common import SEED_AFTER, Row, Table, median_time, seconds, side_by_side

from newsdiff import Article, Revision, clear_caches
from newsdiff._reading._parse import parse_text

_NUMBER = re.compile(r"\d+")
_START = datetime(2024, 12, 6, 9, tzinfo=UTC)


def _edit(paragraphs: list[str], rng: random.Random, step: int) -> list[str]:
    out = list(paragraphs)
    k = rng.randrange(len(out))
    roll = rng.random()
    if roll < 0.35 and _NUMBER.search(out[k]):
        out[k] = _NUMBER.sub(lambda m: str(int(m.group()) + 1), out[k], count=1)
    elif roll < 0.6:
        out[k] = out[k].replace(" the ", " a ", 1).replace(" said", " told reporters", 1)
    elif roll < 0.8:
        out[k] = f"{out[k]} Officials gave a new count at {step % 12 + 1} p.m."
    elif roll < 0.9 and len(out) > 8:
        del out[k]
    else:
        out.insert(k, f"Update {step}: residents of the district reported further shelling.")
    return out


def history_texts(captures: int, seed: int = 7) -> list[str]:
    """The text of each capture, oldest first."""
    rng = random.Random(seed)
    lines = SEED_AFTER.read_text(encoding="utf-8").splitlines()
    # The seed's update note would date every capture alike; the captures' own times order them.
    paragraphs = [line.strip() for line in lines if line.strip() and not line.startswith("Updated")]
    texts = []
    for step in range(captures):
        texts.append("\n\n".join(paragraphs))
        paragraphs = _edit(paragraphs, rng, step)
    return texts


def history(captures: int) -> list[Revision]:
    """The captures parsed, each stamped a few minutes after the last."""
    return [
        parse_text(text, captured_at=_START + timedelta(minutes=7 * i))
        for i, text in enumerate(history_texts(captures))
    ]


def run(table: Table, repeat: int, captures: int = 500) -> None:
    """Measure the history and add the rows to *table*."""
    texts = history_texts(captures)

    def parse_history() -> list[Revision]:
        # Cold at the first capture; later captures find their unchanged
        # paragraphs already read, as a crawler's do.
        clear_caches()
        return history(captures)

    parse_all = median_time(parse_history, max(1, repeat // 2))
    revisions = history(captures)
    words = [t.split() for t in texts]

    def ours() -> object:
        return Article(revisions=revisions).diffs()

    def word_diff() -> object:
        return [
            difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
            for a, b in itertools.pairwise(words)
        ]

    times = side_by_side({"newsdiff": ours, "word diff": word_diff}, repeat)
    steps = captures - 1
    table.add(
        Row(
            "history",
            f"Article of {captures} captures: diffs() over {steps} steps",
            seconds(times["newsdiff"]),
            f"word diff {seconds(times['word diff'])}",
            f"{times['newsdiff'] / times['word diff']:.2f}x",
        )
    )
    table.add(
        Row(
            "history",
            f"  per step ({steps / times['newsdiff']:,.0f} steps/s)",
            seconds(times["newsdiff"] / steps),
            "",
            "",
        )
    )
    table.add(Row("history", f"  parsing the {captures} captures", seconds(parse_all), "", "", ""))
    rate = steps / (parse_all + times["newsdiff"])
    table.add(
        Row(
            "per core",
            "seed-sized history: each capture parsed once, each step diffed",
            f"{rate:,.0f} pairs/s",
            "",
            "",
            ">= 1,000",
            rate >= 1000,
        )
    )


def main() -> None:
    """Print the history rows of the results table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--captures", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    run(Table(), args.repeat, args.captures)


if __name__ == "__main__":
    main()
