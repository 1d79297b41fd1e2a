"""Speed of parse + diff against a plain word diff, and how it grows with length.

Usage::

    python benchmarks/diff_speed.py [SEED_TEXT] [--repeat N] [--max-scale 16]

Builds an article of about 5,000 words from the seed article's sentences
(varied: names, places and figures change from copy to copy, so sentences do
not repeat), and a revision of it with realistic edits: figures updated,
sentences reworded, inserted, deleted, split and merged, a paragraph moved,
quotation marks restyled. It then times, in the same run:

* newsdiff: ``parse_text`` on both texts plus ``diff`` (the whole job; the
  diff alone is also shown, and parse is the difference);
* difflib: ``SequenceMatcher(None, old_words, new_words, autojunk=False)``
  computing its opcodes (a word-level redline);

at 1x, 4x and 16x the article, and prints the growth exponent of each
(``log(t16 / t1) / log 16``; 1.0 is linear, 2.0 quadratic). difflib at 16x is
estimated from its 1x-4x exponent when it would take more than a minute.
"""

from __future__ import annotations

import argparse
import difflib
import math
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

import attrs

from newsdiff import Revision
from newsdiff._compare._diff import diff
from newsdiff._reading._parse import parse_text

DEFAULT_SEED = Path(__file__).resolve().parents[1] / "src/newsdiff/_examples/seed-after-update.txt"
PLACES = (
    "Hama", "Homs", "Aleppo", "Idlib", "Latakia", "Tartus", "Raqqa", "Daraa", "Qamishli",
    "Palmyra", "Manbij", "Kobani", "Jableh", "Baniyas", "Suwayda", "Quneitra",
)  # fmt: skip
NAMES = (
    "Rahmati", "Carter", "Haddad", "Nasser", "Karimi", "Yousef", "Farid", "Salem",
    "Tahan", "Mansour", "Kassem", "Aziz", "Hamdan", "Zein", "Rashid", "Saleh",
)  # fmt: skip
_SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“])")
_WORDS_PER_ARTICLE = 5_000


def seed_paragraphs(path: Path) -> list[list[str]]:
    """The seed's body paragraphs (lines of text), cut into sentences."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    body = [line for line in lines if len(line.split()) > 6 and not line.startswith("Updated")]
    return [_SENTENCE_END.split(line) for line in body]


def vary(sentence: str, copy: int, rng: random.Random) -> str:
    """The sentence as copy *copy* would say it: other places, names and figures."""
    for k, place in enumerate(("Hama", "Homs", "Aleppo", "Damascus")):
        sentence = sentence.replace(place, PLACES[(copy * 3 + k) % len(PLACES)])
    for k, name in enumerate(("Rahmati", "Carter", "Assad", "Putin")):
        sentence = sentence.replace(name, NAMES[(copy * 5 + k) % len(NAMES)])
    words = sentence.split(" ")
    pos = rng.randrange(len(words))
    words.insert(pos, f"{rng.randint(2, 900)}")
    return " ".join(words)


def build_article(paragraphs: list[list[str]], scale: int, seed: int) -> list[list[str]]:
    """About ``5,000 * scale`` words of varied copies of *paragraphs*."""
    rng = random.Random(seed)
    out: list[list[str]] = []
    words = 0
    copy = 0
    while words < _WORDS_PER_ARTICLE * scale:
        for para in paragraphs:
            varied = [vary(s, copy, rng) for s in para]
            out.append(varied)
            words += sum(len(s.split()) for s in varied)
        copy += 1
    return out


def edit_article(paragraphs: list[list[str]], seed: int) -> list[list[str]]:
    """A revision with an edit in about one sentence in eight."""
    rng = random.Random(seed)
    out = [list(p) for p in paragraphs]
    for p in out:
        for i in range(len(p)):
            roll = rng.random()
            if roll < 0.03:
                p[i] = re.sub(r"\d+", lambda m: str(int(m.group()) + 7), p[i], count=1)
            elif roll < 0.06:
                p[i] = p[i].replace(" the ", " a ", 1).replace(" has ", " had ", 1)
            elif roll < 0.08:
                p[i] = p[i].replace("“", '"').replace("”", '"')
            elif roll < 0.09 and ", " in p[i]:
                head, _, tail = p[i].partition(", ")
                p[i] = head + ". " + tail[:1].upper() + tail[1:]
            elif roll < 0.10:
                p[i] = p[i] + " Officials said the figure could rise further."
            elif roll < 0.11 and len(p) > 1:
                p[i] = "Reporters were not allowed into the area."
    for _ in range(max(1, len(out) // 40)):
        k = rng.randrange(len(out))
        moved = out.pop(k)
        out.insert(rng.randrange(len(out) + 1), moved)
        del out[rng.randrange(len(out))]
    return out


def to_text(paragraphs: list[list[str]]) -> str:
    """Paragraphs as blank-line separated text, as a capture would hold them."""
    return "\n\n".join(" ".join(p) for p in paragraphs)


def best_of(repeat: int, job: Callable[[], object]) -> float:
    """The fastest of *repeat* runs of *job*, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seed", nargs="?", type=Path, default=DEFAULT_SEED)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--max-scale", type=int, default=16)
    args = parser.parse_args()
    base = seed_paragraphs(args.seed)
    scales = [s for s in (1, 4, 16) if s <= args.max_scale]
    ours: dict[int, float] = {}
    theirs: dict[int, float] = {}
    print(
        f"{'scale':>5} {'words':>7} {'parse s':>8} {'diff s':>7} {'newsdiff s':>11} "
        f"{'difflib s':>10} {'ratio':>7}"
    )
    for scale in scales:
        old_paras = build_article(base, scale, seed=scale)
        new_paras = edit_article(old_paras, seed=scale + 100)
        old_text, new_text = to_text(old_paras), to_text(new_paras)
        n_words = len(old_text.split())

        def ours_job(old_text: str = old_text, new_text: str = new_text) -> object:
            return diff(parse_text(old_text), parse_text(new_text))

        old_rev, new_rev = parse_text(old_text), parse_text(new_text)

        def diff_job(old_rev: Revision = old_rev, new_rev: Revision = new_rev) -> object:
            # A fresh copy each time, so the cached ids are recomputed as in real use.
            return diff(attrs.evolve(old_rev), attrs.evolve(new_rev))

        def theirs_job(old_text: str = old_text, new_text: str = new_text) -> object:
            matcher = difflib.SequenceMatcher(
                None, old_text.split(), new_text.split(), autojunk=False
            )
            return matcher.get_opcodes()

        ours[scale] = best_of(args.repeat, ours_job)
        diff_only = best_of(args.repeat, diff_job)
        estimated = ""
        if scale > 4 and 1 in theirs and 4 in theirs:
            slope = math.log(theirs[4] / theirs[1]) / math.log(4)
            guess = theirs[4] * (scale / 4) ** slope
            if guess > 60:
                theirs[scale] = guess
                estimated = " (estimated)"
        if scale not in theirs:
            theirs[scale] = best_of(1 if scale > 4 else args.repeat, theirs_job)
        print(
            f"{scale:>5} {n_words:>7} {ours[scale] - diff_only:>8.3f} {diff_only:>7.3f} "
            f"{ours[scale]:>11.3f} {theirs[scale]:>10.3f} "
            f"{theirs[scale] / ours[scale]:>6.1f}x{estimated}"
        )
    if len(scales) > 1:
        last = scales[-1]
        for name, times in (("newsdiff", ours), ("difflib", theirs)):
            exponent = math.log(times[last] / times[1]) / math.log(last)
            print(f"growth exponent 1x->{last}x, {name}: {exponent:.2f}")


if __name__ == "__main__":
    main()
