"""Shared pieces of the benchmarks: timing, input text, edited pairs, the results table.

Timing rules (the machine is shared and noisy): every figure is the median of
several repeats; a call too quick to time alone is looped until a repeat lasts
about 20 ms; jobs compared side by side are run *interleaved* (ours, theirs,
ours, theirs...), so a burst of load from elsewhere hits both and the ratio
stays honest.
"""

from __future__ import annotations

import contextlib
import json
import math
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "src" / "newsdiff" / "_examples"
SEED_BEFORE = EXAMPLES / "seed-before-update.txt"
SEED_AFTER = EXAMPLES / "seed-after-update.txt"
DEFAULT_DATASET = ROOT.parent / "shared" / "datasets" / "newsdiscourse"
_MIN_REPEAT_SECONDS = 0.02

Job = Callable[[], object]


def _loops(job: Job) -> int:
    """How many calls of *job* make one repeat last at least 20 ms (1 for slow jobs)."""
    start = time.perf_counter()
    job()
    once = time.perf_counter() - start
    if once >= _MIN_REPEAT_SECONDS:
        return 1
    return max(1, math.ceil(_MIN_REPEAT_SECONDS / max(once, 1e-7)))


def side_by_side(jobs: Mapping[str, Job], repeat: int) -> dict[str, float]:
    """Median seconds per call of each job, the jobs run interleaved *repeat* times."""
    loops = {name: _loops(job) for name, job in jobs.items()}
    samples: dict[str, list[float]] = defaultdict(list)
    for _ in range(repeat):
        for name, job in jobs.items():
            n = loops[name]
            start = time.perf_counter()
            for _ in range(n):
                job()
            samples[name].append((time.perf_counter() - start) / n)
    return {name: statistics.median(times) for name, times in samples.items()}


def median_time(job: Job, repeat: int) -> float:
    """Median seconds per call of *job* over *repeat* repeats."""
    return side_by_side({"job": job}, repeat)["job"]


def growth_exponent(sizes: Sequence[float], times: Sequence[float]) -> float:
    """Least-squares slope of log(time) on log(size): 1.0 is linear, 2.0 quadratic."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-9)) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


# --- input text -------------------------------------------------------------------------


def dataset_articles(dataset: Path, split: str = "all") -> list[list[list[str]]]:
    """NewsDiscourse articles as lists of paragraphs, each a list of its sentences."""
    paragraphs: dict[str, dict[int, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    with (dataset / "sentences.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if split not in ("all", row["split"]):
                continue
            text = row["text"].strip()
            if text:
                paragraphs[row["doc"]][row["para"]].append((row["i"], text))
    return [
        [[t for _, t in sorted(doc[p])] for p in sorted(doc)]
        for _, doc in sorted(paragraphs.items())
    ]


def seed_paragraphs() -> list[str]:
    """The seed article's body lines (paragraphs), notes and furniture left out."""
    lines = [line.strip() for line in SEED_AFTER.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if len(line.split()) > 6 and not line.startswith("Updated")]


def news_text(size: int, dataset: Path | None) -> tuple[str, str]:
    """About *size* characters of news text, and where it came from.

    From the NewsDiscourse articles when *dataset* exists (real text, one
    paragraph a line, articles separated by blank lines); else the seed
    article's paragraphs with their figures varied from copy to copy.
    """
    parts: list[str] = []
    total = 0
    if dataset is not None and (dataset / "sentences.jsonl").exists():
        for article in dataset_articles(dataset):
            block = "\n".join(" ".join(paragraph) for paragraph in article)
            parts.append(block)
            total += len(block) + 2
            if total >= size:
                break
        return "\n\n".join(parts), f"NewsDiscourse ({len(parts)} articles)"
    paragraphs = seed_paragraphs()
    copy = 0
    while total < size:
        for paragraph in paragraphs:
            varied = paragraph.replace("13-year", f"{copy % 40 + 2}-year")
            parts.append(varied.replace("2011", str(1900 + copy % 120)))
            total += len(parts[-1]) + 1
        copy += 1
    return "\n".join(parts), "the seed article, varied copies"


# --- the results table ------------------------------------------------------------------


@attrs.define
class Row:
    """One line of the results table."""

    section: str
    what: str
    ours: str
    baseline: str = ""
    ratio: str = ""
    target: str = ""
    met: bool | None = None


@attrs.define
class Table:
    """The results, printed once at the end (and as they come, for long runs).

    The ratio is always newsdiff's time over the baseline's (below 1: newsdiff
    is faster), whatever unit the row shows.
    """

    rows: list[Row] = attrs.field(factory=list)

    def add(self, row: Row) -> None:
        """Record *row* and print it at once."""
        self.rows.append(row)
        print(_line(row), flush=True)

    def render(self) -> str:
        """The whole table as aligned text."""
        return "\n".join(
            [
                _line(Row("section", "measure", "newsdiff", "baseline", "ratio", "target", None)),
                "-" * 132,
            ]
            + [_line(r) for r in self.rows]
        )

    def markdown(self) -> str:
        """The whole table in Markdown, for docs/performance.md."""
        lines = [
            "| section | measure | newsdiff | baseline | ratio | target |",
            "|---|---|--:|--:|--:|---|",
        ]
        for r in self.rows:
            verdict = {None: "", True: " met", False: " **not met**"}[r.met]
            cells = [r.section, r.what.strip(), r.ours, r.baseline, r.ratio, r.target + verdict]
            lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
        return "\n".join(lines)


def _line(row: Row) -> str:
    verdict = {None: "", True: "met", False: "NOT MET"}[row.met]
    target = f"{row.target} {verdict}".strip()
    return (
        f"{row.section:<9} {row.what:<58} {row.ours:>14} {row.baseline:>26} "
        f"{row.ratio:>7}  {target}"
    )


def seconds(value: float) -> str:
    """A duration in the unit that reads best."""
    if value < 1e-3:
        return f"{value * 1e6:.0f} µs"
    if value < 1:
        return f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


@contextlib.contextmanager
def reuse_off() -> Iterator[None]:
    """Switch off the savings on repeated material of December 2026, for a side-by-side figure.

    The quote pass reads the whole article (no paragraph looked up), role
    readings are keyed on the article's year for every sentence, mojibake
    repairs are not kept, and the lead is looked for in the whole folded body.
    """
    from newsdiff._analysis import _analyse, _quotes, _roles
    from newsdiff._base._text import normalise
    from newsdiff._reading import _htmlbody, _htmlmeta

    def every_year(_text: str, year: int | None) -> int | None:
        return year

    def whole_body(folded: str, paragraphs: list[str]) -> bool:
        return folded in " ".join(normalise(p) for p in paragraphs)

    swaps: list[tuple[object, str, object]] = [
        (_analyse, "quotes_by_paragraph", _quotes.find_quotes),
        (_roles, "year_read", every_year),
        (_htmlmeta, "_repaired", _htmlmeta._repaired.__wrapped__),  # noqa: SLF001
        (_htmlbody, "_within", whole_body),
    ]
    kept = [(module, name, getattr(module, name)) for module, name, _ in swaps]
    for module, name, value in swaps:
        setattr(module, name, value)
    try:
        yield
    finally:
        for module, name, value in kept:
            setattr(module, name, value)
