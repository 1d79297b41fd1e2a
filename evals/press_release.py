"""Measure press-release quotes (a cue line, then the quotation in a ``<blockquote>``).

Usage: ``python evals/press_release.py GOVUK_NEWS_DIR [--show N]``

``GOVUK_NEWS_DIR`` is ``versions-real/govuk-news`` (GOV.UK press releases in
real revision histories). Each capture's HTML is read with
:func:`newsdiff.parse_html`. A paragraph (of 20 characters or more) is *gold
quotation* when its text stands inside a ``<blockquote>`` of the page:
GOV.UK house style puts the quoted words of a named person there, after a
line such as ``Anna Field said:``. For every gold paragraph the script checks that the
analysis gives its sentences a ``DIRECT`` quote, and that the quote has a
speaker; for every paragraph outside a blockquote that the analysis quotes
without quotation marks, it counts a false positive of the press-release
rule. Prints the counts; ``--show N`` prints N misses and false positives.

The page reader tells the analysis which paragraphs came from a
``<blockquote>``, so this measures the text and the page structure together.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path

import newsdiff

_MARKS = re.compile(r"[“”\"«»„]")
_SPACE = re.compile(r"\s+")


class _Blocks(HTMLParser):
    """Collect the text inside every ``<blockquote>`` of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.blocks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002
        if tag == "blockquote":
            if self.depth == 0:
                self.blocks.append("")
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "blockquote" and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.blocks[-1] += " " + data


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def main(argv: Sequence[str]) -> int:
    """Score every capture under the folder named in *argv*."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", type=Path, help="versions-real/govuk-news")
    parser.add_argument("--show", type=int, default=0, metavar="N")
    args = parser.parse_args(argv[1:])
    gold = found = spoken = unmarked = false = 0
    misses: list[str] = []
    wrong: list[str] = []
    for path in sorted(args.folder.glob("*.json")):
        for version in json.loads(path.read_text(encoding="utf-8"))["versions"]:
            if version["format"] != "html":
                continue
            html = version["content"]
            blocks = _Blocks()
            blocks.feed(html)
            inside = " ".join(_norm(b) for b in blocks.blocks)
            try:
                revision = newsdiff.parse_html(html)
            except newsdiff.exceptions.NewsdiffError:
                continue
            for paragraph in revision.paragraphs:
                text = _norm(" ".join(s.text for s in paragraph.sentences))
                if len(text) < 20:
                    continue
                quotes = [q for s in paragraph.sentences for q in s.quotes]
                direct = [q for q in quotes if q.kind is newsdiff.QuoteKind.DIRECT]
                if text in inside:
                    gold += 1
                    found += bool(direct)
                    spoken += bool(direct) and all(q.speaker for q in direct)
                    if not direct:
                        misses.append(f"{path.stem}: {text[:120]}")
                elif direct and not _MARKS.search(text):
                    unmarked += 1
                    false += 1
                    wrong.append(f"{path.stem}: {text[:120]}")
    print(f"paragraphs inside a blockquote          {gold}")
    print(f"  with a DIRECT quote                   {found} ({found / max(gold, 1):.3f})")
    print(f"  with a DIRECT quote and its speaker   {spoken} ({spoken / max(gold, 1):.3f})")
    print(f"unmarked paragraphs quoted outside one  {false}")
    for line in misses[: args.show]:
        print("missed:", line)
    for line in wrong[: args.show]:
        print("outside:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
