"""Check that a diff reports the quote changes that a publisher's change note names.

Usage: ``python evals/quote_notes.py VERSIONS_REAL_DIR [--show N]``

``VERSIONS_REAL_DIR`` is the ``versions-real`` folder (real revision
histories; its ``govuk-news`` sub-folder holds GOV.UK press releases with the
publisher's change note on most captures). For every pair of consecutive
captures whose note speaks of a quote (``Added quote from Lord X``,
``Amended quote``, ``Removing STFC quote``), the two captures are read with
:func:`newsdiff.parse_html` and diffed, and the pair counts as *reported*
when the diff lists a quote of the kind the note names: added
(``Diff.quotes_added``), removed (``quotes_removed``), amended
(``quotes_changed``, or a quote both added and removed); a note that names
no kind counts any of them. When the note names a speaker (``from Lord X``)
the pair also counts as *with its speaker* when a reported quote's speaker
shares a word with the name. Prints the counts and, with ``--show N``, the
first N pairs missed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import newsdiff

_QUOTE_NOTE = re.compile(r"\bquot(?:e|es|ation|ations)\b", re.IGNORECASE)
_ADDED = re.compile(r"\b(?:add|added|adding|new|include|included|including)\b", re.IGNORECASE)
_REMOVED = re.compile(r"\b(?:remov\w*|delet\w*|withdr\w*)\b", re.IGNORECASE)
_AMENDED = re.compile(r"\b(?:amend\w*|correct\w*|chang\w*|updat\w*|edit\w*)\b", re.IGNORECASE)
_FROM = re.compile(r"\b(?:from|by)\s+((?:[A-Z][\w’'-]+\s?){1,4})")


def _kinds(note: str) -> set[str]:
    kinds = set()
    if _ADDED.search(note):
        kinds.add("added")
    if _REMOVED.search(note):
        kinds.add("removed")
    if _AMENDED.search(note):
        kinds.add("amended")
    return kinds or {"added", "removed", "amended"}


def _read(version: dict[str, str]) -> newsdiff.Revision:
    if version["format"] == "html":
        return newsdiff.parse_html(version["content"])
    return newsdiff.parse_text(version["content"])


def main(argv: Sequence[str]) -> int:
    """Score every pair under the folder named in *argv*."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", type=Path, help="the versions-real folder")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="pairs missed shown")
    args = parser.parse_args(argv[1:])
    pairs = reported = named = named_ok = 0
    missed: list[str] = []
    for path in sorted(args.folder.rglob("*.json")):
        versions = json.loads(path.read_text(encoding="utf-8")).get("versions", [])
        for old, new in itertools.pairwise(versions):
            note = new.get("note") or ""
            if not _QUOTE_NOTE.search(note):
                continue
            try:
                result = newsdiff.diff(_read(old), _read(new))
            except newsdiff.exceptions.NewsdiffError:
                continue
            pairs += 1
            found: dict[str, list[newsdiff.Quote]] = {
                "added": list(result.quotes_added),
                "removed": list(result.quotes_removed),
                "amended": [c.new for c in result.quotes_changed],
            }
            if found["added"] and found["removed"]:
                found["amended"] += found["added"]
            shown = [q for kind in _kinds(note) for q in found[kind]]
            reported += bool(shown)
            if not shown:
                missed.append(f"{path.stem}: {note!r}")
            who = _FROM.search(note)
            if who is not None and shown:
                named += 1
                words = {w.lower() for w in who.group(1).split() if len(w) > 2}
                named_ok += any(
                    q.speaker and words & {w.lower() for w in q.speaker.split()} for q in shown
                )
    print(f"pairs whose note names a quote change   {pairs}")
    print(f"diff reports a quote of that kind       {reported} ({reported / max(pairs, 1):.3f})")
    print(f"note names a speaker (and reported)     {named}")
    print(f"reported quote has that speaker         {named_ok} ({named_ok / max(named, 1):.3f})")
    for line in missed[: args.show]:
        print("missed:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
