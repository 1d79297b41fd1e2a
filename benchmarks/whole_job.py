"""The whole job (parse both texts + diff) against the redlines users would otherwise run.

Usage::

    python benchmarks/whole_job.py [--repeat 5] [--max-scale 64]

Side by side, interleaved, on the same pair of texts:

* newsdiff: ``diff(parse_text(old), parse_text(new))``;
* word diff: ``difflib.SequenceMatcher(None, old.split(), new.split(), autojunk=False)``
  and its opcodes, the plain word-level redline;
* redlines: ``Redlines(old, new).opcodes`` (the ``redlines`` package);
* dmp: ``fast_diff_match_patch.diff(old, new)``, Google's diff-match-patch
  character diff in C++, the floor for any diff.

Pairs: the bundled seed pair; a ~5,000-word article built from the seed's
sentences with realistic edits (``benchmarks/diff_speed.py`` builds it) and
that article at 1x, 4x, 16x and 64x; and three shapes with no quadratic corner
allowed: the same paragraph repeated (duplicated sentences), the article as
one huge paragraph, and thousands of one-sentence paragraphs. Growth exponents
are least-squares slopes of log(time) on log(size). The word diff and
redlines are quadratic; above 4x they are extrapolated from their own 1x-4x
slope rather than run (marked "est.").
"""

from __future__ import annotations

import argparse
import difflib
import functools
import importlib
import itertools
from collections.abc import Callable, Sequence

from _common import (
    SEED_AFTER,
    SEED_BEFORE,
    Row,
    Table,
    growth_exponent,
    reuse_off,
    seconds,
    side_by_side,
)
from diff_speed import DEFAULT_SEED, build_article, edit_article, to_text
from diff_speed import seed_paragraphs as seed_sentences

from newsdiff import clear_caches
from newsdiff._compare._diff import diff
from newsdiff._reading._parse import parse_text

Pair = tuple[str, str]
SCALES = (1, 4, 16, 64)
_EXACT_BASELINE_UP_TO = 4


def newsdiff_job(old: str, new: str) -> object:
    """Parse both texts and diff them: what a user of newsdiff runs.

    The analysis caches are cleared first, so a repeat never finds the pair's
    sentences already analysed: the figure is the cost of a new pair.
    """
    clear_caches()
    return diff(parse_text(old), parse_text(new))


def newsdiff_cold_job(old: str, new: str) -> object:
    """:func:`newsdiff_job` with the caches emptied before each parse too.

    The new side then finds nothing of the old one already read, so the
    figure is the intrinsic cost of reading two texts. Growth from 1x is
    shown both ways: a 1x text whose sentences fit in the bounded caches has
    its second side read from them, and larger ones do not, which makes the
    as-run exponent look steeper than the work grows.
    """
    clear_caches()
    first = parse_text(old)
    clear_caches()
    return diff(first, parse_text(new))


def newsdiff_without_reuse(old: str, new: str) -> object:
    """:func:`newsdiff_job` with the savings on repeated material switched off (a comparison)."""
    with reuse_off():
        return newsdiff_job(old, new)


def word_diff(old: str, new: str) -> object:
    """A plain word-level redline with difflib."""
    return difflib.SequenceMatcher(None, old.split(), new.split(), autojunk=False).get_opcodes()


def redlines_diff(old: str, new: str) -> object:
    """The ``redlines`` package's diff (its own tokeniser and difflib)."""
    from redlines import Redlines

    return Redlines(old, new).opcodes


def dmp_diff(old: str, new: str) -> object:
    """diff-match-patch's character diff in C++ (default settings)."""
    # A C++ extension without type information: imported by name.
    return importlib.import_module("fast_diff_match_patch").diff(old, new)


BASELINES: dict[str, Callable[[str, str], object]] = {
    "word diff": word_diff,
    "redlines": redlines_diff,
    "dmp": dmp_diff,
}
QUADRATIC = ("word diff", "redlines")


def seed_pair() -> Pair:
    """The bundled seed article before and after its update."""
    return SEED_BEFORE.read_text(encoding="utf-8"), SEED_AFTER.read_text(encoding="utf-8")


def news_pair(scale: int) -> Pair:
    """About ``5,000 * scale`` words of varied news and a realistically edited revision."""
    old = build_article(seed_sentences(DEFAULT_SEED), scale, seed=scale)
    return to_text(old), to_text(edit_article(old, seed=scale + 100))


def duplicated_pair(scale: int) -> Pair:
    """The seed's first paragraphs repeated word for word (every sentence many times)."""
    base = seed_sentences(DEFAULT_SEED)[:4]
    count = 5_000 * scale // sum(len(" ".join(p).split()) for p in base)
    old = [list(p) for p in itertools.islice(itertools.cycle(base), count)]
    return to_text(old), to_text(edit_article(old, seed=scale + 200))


def huge_paragraph_pair(scale: int) -> Pair:
    """The ~5,000-word article with its paragraph breaks removed: one paragraph."""
    old, new = news_pair(scale)
    return old.replace("\n\n", " "), new.replace("\n\n", " ")


def tiny_paragraphs_pair(scale: int) -> Pair:
    """Thousands of one-sentence paragraphs (about 5,000 words at 1x)."""
    old = [
        [f"Paragraph {i} reports that {i % 97} people were counted."] for i in range(800 * scale)
    ]
    return to_text(old), to_text(edit_article(old, seed=scale + 300))


SHAPES: dict[str, Callable[[int], Pair]] = {
    "duplicated sentences": duplicated_pair,
    "one huge paragraph": huge_paragraph_pair,
    "tiny paragraphs": tiny_paragraphs_pair,
}


def compare(pair: Pair, repeat: int, baselines: Sequence[str]) -> dict[str, float]:
    """Median seconds of newsdiff and the named baselines on *pair*, interleaved."""
    old, new = pair
    jobs: dict[str, Callable[[], object]] = {"newsdiff": lambda: newsdiff_job(old, new)}
    for name in baselines:
        jobs[name] = lambda f=BASELINES[name]: f(old, new)  # type: ignore[misc]
    return side_by_side(jobs, repeat)


def _ratio_row(section: str, what: str, times: dict[str, float], name: str) -> Row:
    ours, theirs = times["newsdiff"], times[name]
    return Row(section, what, seconds(ours), f"{name} {seconds(theirs)}", f"{ours / theirs:.2f}x")


def run(table: Table, repeat: int, max_scale: int = 64, *, without_reuse: bool = False) -> None:
    """Measure every pair and add the rows to *table*."""
    times = compare(seed_pair(), repeat, list(BASELINES))
    for name in BASELINES:
        table.add(_ratio_row("whole job", f"seed pair vs {name}", times, name))

    scales = [s for s in SCALES if s <= max_scale]
    # Every scale and baseline in one interleaved loop, so a burst of load from
    # elsewhere lands on all sizes alike and cannot bend the growth exponent.
    jobs: dict[str, Callable[[], object]] = {}
    for scale in scales:
        old, new = news_pair(scale)
        jobs[f"newsdiff {scale}"] = functools.partial(newsdiff_job, old, new)
        if without_reuse and scale == 1:
            jobs["without 1"] = functools.partial(newsdiff_without_reuse, old, new)
        for name, run_baseline in BASELINES.items():
            if name not in QUADRATIC or scale <= _EXACT_BASELINE_UP_TO:
                jobs[f"{name} {scale}"] = functools.partial(run_baseline, old, new)
    timed = side_by_side(jobs, repeat if scales[-1] < 16 else max(3, repeat // 2))
    ours = {scale: timed[f"newsdiff {scale}"] for scale in scales}
    if "without 1" in timed:
        table.add(
            Row(
                "whole job",
                "~5,000 words: with / without the savings on repeated material",
                seconds(ours[1]),
                f"without {seconds(timed['without 1'])}",
                f"{ours[1] / timed['without 1']:.2f}x",
            )
        )
    for scale in scales:
        for name in BASELINES:
            measured = f"{name} {scale}" in timed
            if measured:
                theirs = timed[f"{name} {scale}"]
            else:
                slope = growth_exponent([1, 4], [timed[f"{name} 1"], timed[f"{name} 4"]])
                theirs = timed[f"{name} 4"] * (scale / 4) ** slope
            ratio = ours[scale] / theirs
            target, met = "", None
            if scale == 1 and name == "word diff":
                target, met = "<= 0.5x", ratio <= 0.5
            elif scale == 1 and name == "dmp":
                target, met = "<= 3x", ratio <= 3
            table.add(
                Row(
                    "whole job",
                    f"~{5_000 * scale:,} words vs {name}",
                    seconds(ours[scale]),
                    f"{name} {seconds(theirs)}{'' if measured else ' est.'}",
                    f"{ratio:.2f}x",
                    target,
                    met,
                )
            )
    if len(scales) > 1:
        exponent = growth_exponent(scales, [ours[s] for s in scales])
        floor = growth_exponent(scales, [timed[f"dmp {s}"] for s in scales])
        table.add(
            Row(
                "growth",
                f"news pair {scales[0]}x-{scales[-1]}x exponent",
                f"{exponent:.2f}",
                f"dmp {floor:.2f}",
                "",
                "<= 1.1",
                exponent <= 1.1,
            )
        )
    top = min(16, max_scale)
    if top < 2:
        # A growth exponent needs two sizes; --max-scale 1 times the 1x pair only.
        return
    shape_jobs: dict[str, Callable[[], object]] = {}
    for shape, make in SHAPES.items():
        for scale in (1, top):
            pair = make(scale)
            shape_jobs[f"{shape} {scale}"] = functools.partial(newsdiff_job, *pair)
            shape_jobs[f"{shape} {scale} cold"] = functools.partial(newsdiff_cold_job, *pair)
    shaped = side_by_side(shape_jobs, max(3, repeat // 2))
    for shape in SHAPES:
        for suffix, label in (("", ""), (" cold", ", cold caches")):
            small, big = shaped[f"{shape} 1{suffix}"], shaped[f"{shape} {top}{suffix}"]
            exponent = growth_exponent([1, top], [small, big])
            table.add(
                Row(
                    "growth",
                    f"{shape} 1x-{top}x exponent{label}",
                    f"{exponent:.2f}",
                    f"{seconds(small)} -> {seconds(big)}",
                    "",
                    "<= 1.1",
                    exponent <= 1.1,
                )
            )


def main() -> None:
    """Print the whole-job rows of the results table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--max-scale", type=int, default=64)
    parser.add_argument(
        "--without-reuse",
        action="store_true",
        help="also time the ~5,000-word pair with the savings on repeated material off",
    )
    args = parser.parse_args()
    run(Table(), args.repeat, args.max_scale, without_reuse=args.without_reuse)


if __name__ == "__main__":
    main()
