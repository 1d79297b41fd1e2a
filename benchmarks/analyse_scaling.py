"""Cost of quote and role analysis on news text and on hostile input.

Usage::

    python benchmarks/analyse_scaling.py [--repeat 3]

For each input the script times :func:`newsdiff._analysis._analyse.analyse` at 1/16 of
the full size and at full size (best of ``--repeat``), prints the growth
exponent (``log(t_full / t_small) / log 16``: 1.0 is linear, 2.0 quadratic)
and the ratio to a baseline run in the same process on the same text: a
whitespace tokenisation (``re.findall(r"\\S+")``), the least any reading of
the text must do. Inputs at full size:

* news: the seed article's paragraphs repeated to about 0.6 MB (throughput in
  MB/s is printed as well);
* 200,000 curly opening marks; 200,000 straight marks;
* marks and words alternating (``“a ”b``) 100,000 times;
* ``he said`` 100,000 times;
* quotations nested 2,000 deep (``“‘“‘ ... x ... ’”’”``);
* 32,000 one-sentence paragraphs ``Smith said: “We will win.`` (each quote
  left open, so every paragraph checks for a continuation).
"""

from __future__ import annotations

import argparse
import math
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from newsdiff._analysis._analyse import analyse
from newsdiff._analysis._segment import split_sentences

SEED = Path(__file__).resolve().parents[1] / "src/newsdiff/_examples/seed-after-update.txt"
_TOKEN = re.compile(r"\S+")

Article = list[list[str]]


def _news(scale: float) -> Article:
    text = SEED.read_text(encoding="utf-8")
    paragraphs = [split_sentences(p) for p in text.split("\n") if p.strip()]
    return paragraphs * max(1, round(200 * scale))


INPUTS: dict[str, Callable[[float], Article]] = {
    "news": _news,
    "200k curly marks": lambda s: [["“" * round(200_000 * s)]],
    "200k straight marks": lambda s: [['"' * round(200_000 * s)]],
    "marks and words": lambda s: [["“a ”b " * round(100_000 * s)]],
    "he said x100k": lambda s: [["he said " * round(100_000 * s)]],
    "nested 2000 deep": lambda s: [["“‘" * round(2_000 * s) + "x" + "’”" * round(2_000 * s)]],
    "open quote paragraphs": lambda s: [["Smith said: “We will win."]] * round(32_000 * s),
}


def _best(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return min(times)


def _size(article: Sequence[Sequence[str]]) -> int:
    return sum(len(s) + 1 for p in article for s in p)


def main(argv: Sequence[str] | None = None) -> int:
    """Time every input and print exponents, baseline ratios and throughput."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"{'input':24} {'small s':>8} {'full s':>8} {'exponent':>8} {'vs base':>8}")
    for name, make in INPUTS.items():
        small, full = make(1 / 16), make(1.0)
        t_small = _best(lambda a=small: analyse(a), args.repeat)  # type: ignore[misc]
        t_full = _best(lambda a=full: analyse(a), args.repeat)  # type: ignore[misc]
        joined = "\n".join(" ".join(p) for p in full)
        t_base = _best(lambda j=joined: _TOKEN.findall(j), args.repeat)  # type: ignore[misc]
        exponent = math.log(max(t_full, 1e-9) / max(t_small, 1e-9)) / math.log(16)
        line = f"{name:24} {t_small:8.4f} {t_full:8.4f} {exponent:8.2f} {t_full / t_base:8.1f}"
        if name == "news":
            line += f"   {_size(full) / 1e6 / t_full:.2f} MB/s"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
