"""Realistic edited versions of real articles, with the edit log as gold alignment.

Used by ``evals/alignment.py --synthetic``: reads NewsDiscourse's
``sentences.jsonl`` (a path given on the command line), keeps each article's
paragraphs as given, and edits a copy the way newsrooms revise copy. The gold
links are the edit log, in the alignment-real format. Seeded, so every run
makes the same pairs; nothing is written to disk.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_QUOTES = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'"})

# (text, origin): origin is the tuple of old sentence indices a new sentence came from.
Item = tuple[str, tuple[int, ...]]


def articles(path: Path, limit: int) -> list[list[list[str]]]:
    """The first *limit* articles as paragraphs of sentences."""
    docs: dict[str, dict[int, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            docs[row["doc"]][row["para"]].append((row["i"], row["text"].strip()))
    out = []
    for doc in sorted(docs)[:limit]:
        paras = docs[doc]
        out.append([[t for _, t in sorted(paras[p]) if t] for p in sorted(paras)])
    return [[p for p in a if p] for a in out]


def _reword(text: str, rng: random.Random, vocabulary: list[str], share: float) -> str:
    words = text.split(" ")
    for _ in range(max(1, int(len(words) * share))):
        k = rng.randrange(len(words))
        if words[k][:1].isalpha():
            words[k] = rng.choice(vocabulary)
    return " ".join(words)


def _figure(text: str, rng: random.Random) -> str:
    return _FIGURE.sub(
        lambda m: str(int(m.group().replace(",", "").split(".")[0]) + rng.randint(1, 40)),
        text,
        count=1,
    )


def _trim(text: str) -> str:
    head, sep, _ = text.rpartition(", ")
    return head + "." if sep and len(head.split()) >= 6 else text


def edit(paragraphs: list[list[str]], rng: random.Random, donors: list[str]) -> list[list[Item]]:
    """A revised copy of *paragraphs*, each new sentence tagged with its old origin."""
    vocabulary = [w for p in paragraphs for s in p for w in s.split() if w.isalpha()] or ["it"]
    index = 0
    out: list[list[Item]] = []
    for para in paragraphs:
        new_para: list[Item] = []
        for source in para:
            text = source
            origin: tuple[int, ...] = (index,)
            index += 1
            roll = rng.random()
            if roll < 0.04:
                continue  # deleted
            if roll < 0.10:
                text = _reword(text, rng, vocabulary, 0.08)
            elif roll < 0.14:
                text = _reword(_trim(text), rng, vocabulary, 0.15)
            elif roll < 0.18:
                text = (
                    _figure(text, rng) if _FIGURE.search(text) else text + " Officials confirmed."
                )
            elif roll < 0.21:
                text = text.translate(_QUOTES) if "“" in text else text.replace(" - ", " — ")
            elif roll < 0.24:
                head, sep, tail = text.partition(", ")
                if sep and len(head.split()) >= 6 and len(tail.split()) >= 6:
                    new_para.append((head + ".", origin))
                    text = tail[:1].upper() + tail[1:]
            elif roll < 0.27 and new_para and len(new_para[-1][1]) == 1:
                prev_text, prev_origin = new_para.pop()
                if prev_origin[0] + 1 == index - 1 and prev_text.endswith("."):
                    text = prev_text[:-1] + ", and " + text[:1].lower() + text[1:]
                    origin = (prev_origin[0], index - 1)
                else:
                    new_para.append((prev_text, prev_origin))
            new_para.append((text, origin))
            if rng.random() < 0.04:
                new_para.append((rng.choice(donors), ()))
        if new_para:
            out.append(new_para)
    for _ in range(rng.randint(0, 2)):
        if len(out) > 2:
            moved = out.pop(rng.randrange(len(out)))
            out.insert(rng.randrange(len(out) + 1), moved)
    return out


def edited_cases(path: Path, limit: int, seed: int = 2024) -> list[dict[str, Any]]:
    """Cases in the alignment-real format for the first *limit* articles."""
    rng = random.Random(seed)  # noqa: S311 (reproducible test data, not security)
    texts = articles(path, limit)
    cases = []
    for n, paragraphs in enumerate(texts):
        donor_article = texts[(n + 1) % len(texts)]
        donors = [s for p in donor_article for s in p] or ["A new sentence was added."]
        new = edit(paragraphs, rng, donors)
        old_flat = [s for p in paragraphs for s in p]
        merged: dict[tuple[int, ...], list[int]] = defaultdict(list)
        j = 0
        for para in new:
            for _, origin in para:
                if origin:
                    merged[origin].append(j)
                j += 1
        gold: list[dict[str, Any]] = []
        for olds, news in merged.items():
            if len(olds) > 1:
                kind = "merged"
            elif len(news) > 1:
                kind = "split"
            else:
                same = old_flat[olds[0]] == [t for p in new for t, _ in p][news[0]]
                kind = "unchanged" if same else "edited"
            gold.append({"old": list(olds), "new": news, "type": kind})
        cases.append(
            {
                "old": paragraphs,
                "new": [[t for t, _ in p] for p in new],
                "links": sorted(gold, key=lambda g: int(g["old"][0])),
            }
        )
    return cases
