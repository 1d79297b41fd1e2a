"""Print every speaker the library reports that fails a stricter heuristic, over real pages.

Usage: ``python evals/speakers.py PAGES_DIR [PAGES_DIR ...] [--quiet] [--dump OUT.tsv]``

Each ``PAGES_DIR`` is a folder of real pages in one of two shapes:

* ``readability-pages/``: one folder per page with its ``source.html``
  (mozilla/readability's test pages);
* ``versions-real/`` (or one of its sub-folders): one JSON file per article
  with its ``versions``; every capture is read (``html`` with
  :func:`newsdiff.parse_html`, ``text`` with :func:`newsdiff.parse_text`).

For every quote found, its speaker is checked by :func:`suspect`, a stricter
heuristic than the library's own check (``plausible_speaker``): a speaker is
*suspect* when it fails the library's check, or its head word is lower case
and not a known source noun (``official``, ``spokesperson``, ``ministry``,
``union`` ...), or it holds a preposition phrase that is not part of a name
(``the ministry in its update``), or it is one capitalised word of at most
three letters. Every suspect speaker is printed with its quote and cue, so a
person can eyeball them, then the counts: quotes, quotes with a speaker,
suspect speakers and their share (the *junk share*, an upper bound: a
suspect speaker may be a real one).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import newsdiff
from newsdiff._analysis._speakernames import plausible_speaker


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Heads of anonymous and collective sources written in lower case.
SOURCE_NOUNS = _words("""
    official officials spokesperson spokesman spokeswoman spokespeople spokesmen
    ministry department government agency union police force council authority
    authorities office committee board commission campaign company firm group team
    source sources aide aides adviser advisers advisor advisors analyst analysts expert
    experts economist economists lawyer lawyers attorney attorneys prosecutor
    prosecutors officer officers minister ministers secretary spokesperson's
    statement report survey poll polls study researchers scientists doctors
    people person residents witnesses witness protesters voters members member leaders
    leader president chairman chief director executive executives manager managers
    staff family friend friends neighbour neighbor neighbours neighbors bank banks
    regulator regulators court judge judges organisers organizers charity
    association federation party parties administration military army navy
    website newspaper paper magazine network channel broadcaster
    employees workers users customers critics supporters opponents democrats
    republicans diplomat diplomats activist activists investigators respondent respondents
    """)
PREPOSITIONS = _words("in on at during since after before about over under into")


def suspect(speaker: str) -> str | None:
    """Return why *speaker* looks like no speaker, or None when it passes."""
    if not plausible_speaker(speaker):
        return "fails the library's check"
    words = speaker.split()
    if len(words) == 1 and words[0].lower() in {"he", "she", "they", "it", "we", "i"}:
        return None
    head = words[-1].strip(".,;:’'").lower().removesuffix("’s").removesuffix("'s")
    if words[-1][:1].islower() and head not in SOURCE_NOUNS:
        return "lower-case head is no source noun"
    if any(w in PREPOSITIONS for w in words[1:]):
        return "holds a preposition phrase"
    if len(words) == 1 and len(words[0].strip(".")) <= 3 and not words[0].isupper():
        return "one short word"
    return None


def _captures(folder: Path) -> Iterator[tuple[str, newsdiff.Revision]]:
    """Yield (name, revision) for every page or capture under *folder*."""
    for source in sorted(folder.glob("*/source.html")):
        html = source.read_text(encoding="utf-8", errors="replace")
        try:
            yield source.parent.name, newsdiff.parse_html(html)
        except newsdiff.exceptions.NoArticleError:
            continue
    for path in sorted(folder.rglob("*.json")):
        if path.name.startswith("expected"):
            continue
        article = json.loads(path.read_text(encoding="utf-8"))
        for n, version in enumerate(article.get("versions", [])):
            content = version["content"]
            try:
                revision = (
                    newsdiff.parse_html(content)
                    if version["format"] == "html"
                    else newsdiff.parse_text(content)
                )
            except newsdiff.exceptions.NoArticleError:
                continue
            yield f"{path.stem}#{n}", revision


def main(argv: Sequence[str]) -> int:
    """Check the speakers of every page in the folders named in *argv*."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folders", type=Path, nargs="+", help="folders of pages")
    parser.add_argument("--quiet", action="store_true", help="print only the counts")
    parser.add_argument(
        "--dump",
        type=Path,
        help="also write every quote with a speaker to this file, a line each (page, kind, "
        "speaker, sentence; tab-separated), to compare two versions of the code with diff",
    )
    args = parser.parse_args(argv[1:])
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for folder in args.folders:
        quotes = spoken = bad = 0
        kinds: dict[str, int] = {}
        for name, revision in _captures(folder):
            for paragraph in revision.paragraphs:
                for sentence in paragraph.sentences:
                    for quote in sentence.quotes:
                        quotes += 1
                        kinds[quote.kind.value] = kinds.get(quote.kind.value, 0) + 1
                        if quote.speaker is None:
                            continue
                        spoken += 1
                        if dump is not None:
                            fields = (name, quote.kind.name, quote.speaker, sentence.text)
                            dump.write("\t".join(fields) + "\n")
                        why = suspect(quote.speaker)
                        if why is None:
                            continue
                        bad += 1
                        if not args.quiet:
                            print(f"[{name}] {quote.speaker!r} ({why}) cue={quote.cue!r}")
                            print(f"    {quote.kind.value}: {quote.text[:100]!r}")
        share = bad / spoken if spoken else 0.0
        print(
            f"== {folder}: quotes {quotes} {kinds}, with a speaker {spoken}, "
            f"suspect {bad}, junk share {share:.3f}"
        )
    if dump is not None:
        dump.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
