"""Dump the quotes the library finds on real text, each with its context, for judging by hand.

Usage: ``python evals/quote_sample.py DATASETS_DIR SAMPLE [--seed N] [--besides N]``,
SAMPLE one of ``pages``, ``pairs``, ``govuk``, ``newsdiscourse``.

``DATASETS_DIR`` holds ``readability-pages/``, ``html-template-pairs/``,
``versions-real/govuk-news/`` and ``newsdiscourse/sentences.jsonl``. Prints
one JSON object per quote (``id``, ``page``, the two sentences ``before``,
the ``sentence``, the one ``after``,
and the quote's ``quote``, ``kind``, ``speaker`` and ``cue``):

* ``pages``: every quote on the news pages of the readability set
  (:data:`NEWS_PAGES`), read with :func:`newsdiff.parse_html`;
* ``pairs``: every quote on the news pages of the template-pairs set
  (Guardian, New York Times, Washington Post), one page of each pair (the
  two carry the same article), read with :func:`newsdiff.parse_html`;
* ``govuk``: every quote on the latest capture of 40 GOV.UK press releases
  drawn with the seed (7 by default); with ``--besides SEED``, the releases
  of the draw with SEED are left out;
* ``newsdiscourse``: every quote in NewsDiscourse validation articles drawn
  with the seed (11 by default), the text rebuilt from the corpus's
  sentences and read with :func:`newsdiff.parse_text`, until 300 quotes;
  ``--split train`` draws from the train split instead (the quote rules
  were tuned on neither split; the role model is trained on train);
  with ``--besides SEED`` (repeatable), the articles of the sample drawn
  with SEED are left out (the second check on unseen articles used ``--seed
  23 --besides 11``); with ``--pages FILE``, the articles named in FILE (one
  NewsDiscourse article id a line, either split), in that order, every
  quote of each (``evals/checks/`` lists the articles of the later checks).

These are the samples behind the hand checks on the Evaluation page: a person
reads each line and judges whether it is speech and whether the speaker is
the one the text names. The judgments are not kept in the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import newsdiff

NEWS_PAGES = [
    "aclu",
    "ars-1",
    "bbc-1",
    "breitbart",
    "buzzfeed-1",
    "citylab-1",
    "cnet",
    "cnn",
    "engadget",
    "guardian-1",
    "herald-sun-1",
    "msn",
    "nytimes-1",
    "nytimes-2",
    "nytimes-3",
    "nytimes-4",
    "nytimes-5",
    "salon-1",
    "seattletimes-1",
    "telegraph",
    "theverge",
    "tmz-1",
    "wapo-1",
    "wapo-2",
    "yahoo-1",
    "yahoo-2",
    "yahoo-3",
    "yahoo-4",
    "quanta-1",
    "medicalnewstoday",
    "lwn-1",
    "webmd-1",
    "webmd-2",
]
#: How many GOV.UK releases the ``govuk`` sample draws.
GOVUK_RELEASES = 40
#: How many quotes the ``newsdiscourse`` sample reaches before it stops.
NEWSDISCOURSE_QUOTES = 300


def rows(page: str, revision: newsdiff.Revision) -> Iterator[dict[str, Any]]:
    """Yield every quote of *revision* with the sentences around it."""
    sentences = revision.sentences
    for i, sentence in enumerate(sentences):
        for quote in sentence.quotes:
            yield {
                "page": page,
                "before": " ".join(s.text for s in sentences[max(0, i - 2) : i]),
                "sentence": sentence.text,
                "after": sentences[i + 1].text if i + 1 < len(sentences) else "",
                "quote": quote.text,
                "kind": quote.kind.name,
                "speaker": quote.speaker,
                "cue": quote.cue,
            }


def pages(root: Path) -> Iterator[dict[str, Any]]:
    """Yield the quotes of the readability set's news pages."""
    for name in NEWS_PAGES:
        html = (root / "readability-pages" / name / "source.html").read_text(
            encoding="utf-8", errors="replace"
        )
        yield from rows(name, newsdiff.parse_html(html))


def pairs(root: Path) -> Iterator[dict[str, Any]]:
    """Yield the quotes of one page of each pair of the template-pairs set."""
    files = sorted((root / "html-template-pairs").glob("*/*.html"))
    stems = {path.stem for path in files}
    for path in files:
        # The later capture's name is the earlier one's with a suffix
        # ("...-2022", "...-with-explainer"); its article is the same.
        if any(path.stem.startswith(other + "-") for other in stems):
            continue
        html = path.read_text(encoding="utf-8", errors="replace")
        yield from rows(path.parent.name + "/" + path.stem, newsdiff.parse_html(html))


def govuk(root: Path, seed: int) -> Iterator[dict[str, Any]]:
    """Yield the quotes of the latest capture of GOV.UK releases drawn with *seed*."""
    files = sorted((root / "versions-real" / "govuk-news").glob("*.json"))
    random.Random(seed).shuffle(files)  # noqa: S311 -- a reproducible sample, not a secret
    for path in files[:GOVUK_RELEASES]:
        latest = json.loads(path.read_text(encoding="utf-8"))["versions"][-1]
        content = latest["content"]
        revision = (
            newsdiff.parse_html(content)
            if latest["format"] == "html"
            else newsdiff.parse_text(content)
        )
        yield from rows("govuk/" + path.stem, revision)


def newsdiscourse(root: Path, seed: int, split: str = "validation") -> Iterator[dict[str, Any]]:
    """Yield the quotes of NewsDiscourse articles of *split* drawn with *seed*."""
    docs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with (root / "newsdiscourse" / "sentences.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["split"] == split:
                docs[row["doc"]].append(row)
    names = sorted(docs)
    random.Random(seed).shuffle(names)  # noqa: S311 -- a reproducible sample, not a secret
    found = 0
    for name in names:
        paragraphs: dict[int, list[str]] = defaultdict(list)
        for row in sorted(docs[name], key=lambda r: r["i"]):
            paragraphs[row["para"]].append(row["text"])
        text = "\n\n".join(" ".join(paragraphs[k]) for k in sorted(paragraphs))
        for row in rows(name, newsdiff.parse_text(text)):
            found += 1
            yield row
        if found >= NEWSDISCOURSE_QUOTES:
            return


def listed(root: Path, pages: Sequence[str]) -> Iterator[dict[str, Any]]:
    """Yield every quote of the NewsDiscourse articles *pages*, in that order."""
    wanted = set(pages)
    docs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with (root / "newsdiscourse" / "sentences.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["doc"] in wanted:
                docs[row["doc"]].append(row)
    for name in pages:
        paragraphs: dict[int, list[str]] = defaultdict(list)
        for row in sorted(docs[name], key=lambda r: r["i"]):
            paragraphs[row["para"]].append(row["text"])
        text = "\n\n".join(" ".join(paragraphs[k]) for k in sorted(paragraphs))
        yield from rows(name, newsdiff.parse_text(text))


def main(argv: Sequence[str]) -> int:
    """Print the sample asked for, one JSON line per quote."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("datasets", type=Path)
    parser.add_argument("sample", choices=["pages", "pairs", "govuk", "newsdiscourse"])
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument(
        "--besides",
        type=int,
        action="append",
        default=[],
        metavar="SEED",
        help="newsdiscourse, govuk: leave out the articles of the sample drawn with SEED"
        " (repeatable)",
    )
    parser.add_argument(
        "--split",
        choices=["validation", "train"],
        default="validation",
        help="newsdiscourse: the split to draw from (the quote rules were tuned on neither)",
    )
    parser.add_argument(
        "--pages",
        type=Path,
        default=None,
        metavar="FILE",
        help="newsdiscourse: the articles named in FILE, one id a line, in that order",
    )
    args = parser.parse_args(argv[1:])
    if args.sample == "newsdiscourse" and args.pages is not None:
        names = [line.strip() for line in args.pages.read_text(encoding="utf-8").splitlines()]
        found = listed(args.datasets, [name for name in names if name and not name.startswith("#")])
    elif args.sample == "pages":
        found = pages(args.datasets)
    elif args.sample == "pairs":
        found = pairs(args.datasets)
    elif args.sample == "govuk":
        found = govuk(args.datasets, 7 if args.seed is None else args.seed)
        if args.besides:
            # Releases an earlier draw read are left out of this one.
            read = {row["page"] for seed in args.besides for row in govuk(args.datasets, seed)}
            found = (row for row in found if row["page"] not in read)
    else:
        found = newsdiscourse(args.datasets, 11 if args.seed is None else args.seed, args.split)
        if args.besides:
            # A further check on articles earlier ones did not read: the draw
            # is the same, the articles already judged are left out of it.
            judged = {
                row["page"]
                for seed in args.besides
                for row in newsdiscourse(args.datasets, seed, args.split)
            }
            found = (row for row in found if row["page"] not in judged)
    for n, row in enumerate(found):
        print(json.dumps({"id": n, **row}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
