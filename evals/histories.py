"""Run real revision histories through newsdiff: change notes found, and left in the body.

Usage::

    python evals/histories.py DATASET_DIR [--source govuk-news] [--show N] [--tz ZONE]

``DATASET_DIR`` is a folder of real histories in the versions-real layout:
one sub-folder per source, one JSON file per article, each with
``versions`` (``captured_at``, ``format`` "html" or "text", ``content``,
``note``: the publisher's own change note for that capture, or null).

For every capture the script parses the content (:func:`newsdiff.parse_html`
or :func:`newsdiff.parse_text`) and reports, per source:

- ``printed``: captures whose page prints its change note (the note's text,
  without its time stamp, is in the page's text);
- ``as note``: of those, captures where a :class:`newsdiff.Note` holds that
  text, and how many of these notes carry a time;
- ``in body``: captures where the change note's text is in a body
  paragraph (it should be none);
- ``first published``: captures whose note is the history's entry for the
  first version ("First published."), which dates the publication and is not
  a change: counted apart from ``printed``, as *dated* when the revision's
  ``published_at`` has that note's day;
- ``history in body``: captures where a body paragraph is a change-history
  line ("show all updates", "First published.");
- ``failed``: captures that raised.

It then diffs consecutive captures and counts diffs whose changes include
an added or removed paragraph that holds a change note (a note read as an
edit of the story). ``--show N`` prints N examples of each miss.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from newsdiff import parse_html, parse_text
from newsdiff._base._text import normalise
from newsdiff._compare._diff import diff
from newsdiff._revision._revision import Revision

_STAMP = re.compile(r"\A\s*\d{1,2}[:.]\d{2}\s?[ap]m,\s[^:]{4,40}:\s*", re.IGNORECASE)
_HISTORY_LINE = re.compile(r"(?i)show all updates|\A\s*first published\.?\s*\Z")
_MIN_NOTE_CHARS = 12
_FIRST_PUBLISHED = re.compile(r"(?i)\Afirst published\.?\Z")
_NOTE_DAY = re.compile(r"(\d{1,2}\s[A-Z][a-z]+\s\d{4})")


def _key(text: str) -> str:
    return " ".join(normalise(text).replace("“", '"').replace("”", '"').split()).casefold()


def _note_text(note: str | None) -> str | None:
    """The publisher's change note without its time stamp, folded for comparison."""
    if not note:
        return None
    text = _key(_STAMP.sub("", note))
    return text if len(text) >= _MIN_NOTE_CHARS else None


def _page_text(content: str) -> str:
    return _key(re.sub(r"<[^>]*>", " ", content).replace("&quot;", '"').replace("&#39;", "'"))


def _parse(version: dict[str, object], tz: str | None) -> Revision:
    content = str(version["content"])
    if version.get("format") == "html":
        return parse_html(content, tz=tz)
    return parse_text(content, tz=tz)


def _dated_by(revision: Revision, note: str) -> bool:
    """Whether the revision's ``published_at`` falls on the day a "First published." note gives."""
    day = _NOTE_DAY.search(note)
    at = revision.published_at
    return day is not None and at is not None and at.strftime("%-d %B %Y") == day[1]


def run_source(folder: Path, show: int, tz: str | None = None) -> Counter[str]:
    """Parse every capture of every history in *folder*; return the counts."""
    counts: Counter[str] = Counter()
    shown: Counter[str] = Counter()

    def example(kind: str, message: str) -> None:
        if shown[kind] < show:
            shown[kind] += 1
            print(f"  [{kind}] {message}")

    for path in sorted(folder.glob("*.json")):
        history = json.loads(path.read_text(encoding="utf-8"))
        previous: Revision | None = None
        for version in history["versions"]:
            counts["captures"] += 1
            try:
                revision = _parse(version, tz)
            except Exception as err:  # noqa: BLE001 (an evaluation counts every failure)
                counts["failed"] += 1
                example("failed", f"{path.name}: {type(err).__name__}: {err}"[:200])
                previous = None
                continue
            note = _note_text(version.get("note"))
            body = [_key(p.text) for p in revision.paragraphs]
            if any(_HISTORY_LINE.search(p.text) for p in revision.paragraphs):
                counts["history in body"] += 1
                example("history in body", path.name)
            counts["notes read"] += len(revision.notes)
            counts["notes with time"] += sum(n.at is not None for n in revision.notes)
            raw = str(version.get("note") or "")
            if _FIRST_PUBLISHED.match(_STAMP.sub("", raw).strip()):
                counts["first published"] += 1
                if _dated_by(revision, raw):
                    counts["first published dated"] += 1
                else:
                    example("first published", f"{path.name}: {raw} / {revision.published_at}")
            elif note is not None and note in _page_text(str(version["content"])):
                counts["printed"] += 1
                matches = [n for n in revision.notes if note in _key(n.text)]
                if matches:
                    counts["as note"] += 1
                    counts["as note with time"] += any(n.at is not None for n in matches)
                else:
                    example("not a note", f"{path.name}: {note[:100]}")
                if any(note in p for p in body):
                    counts["in body"] += 1
                    example("in body", f"{path.name}: {note[:100]}")
            if previous is not None:
                counts["diffs"] += 1
                result = diff(previous, revision)
                texts = [
                    _key(sentence.text)
                    for change in result.changes
                    if change.op.name in {"ADDED", "REMOVED"}
                    for sentence in (*change.old, *change.new)
                ]
                if any(_HISTORY_LINE.search(t) or (note and note in t) for t in texts):
                    counts["diffs with a note as an edit"] += 1
                    example("note as edit", path.name)
            previous = revision
    return counts


def main(argv: list[str] | None = None) -> int:
    """Print the counts per source."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--source", action="append", help="sub-folder(s) to run (default all)")
    parser.add_argument("--show", type=int, default=0, help="examples of each miss to print")
    parser.add_argument("--tz", help="zone for times the pages give without one")
    args = parser.parse_args(argv)
    sources = args.source or sorted(p.name for p in args.dataset.iterdir() if p.is_dir())
    for name in sources:
        print(f"== {name}")
        counts = run_source(args.dataset / name, args.show, args.tz)
        printed = counts["printed"]
        share = f"{counts['as note'] / printed:.1%}" if printed else "n/a"
        print(
            f"captures {counts['captures']}, failed {counts['failed']}; change note printed on "
            f"{printed}; as a Note {counts['as note']} ({share}), with time "
            f"{counts['as note with time']}; in body {counts['in body']}; "
            f"history line in body {counts['history in body']}; notes read "
            f"{counts['notes read']} ({counts['notes with time']} with time); diffs "
            f"{counts['diffs']}, with a change note as an edit "
            f"{counts['diffs with a note as an edit']}; first-published notes "
            f"{counts['first published']}, dated by published_at "
            f"{counts['first published dated']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
