"""Check diffs of real revision histories against what the publisher's own change note says.

Usage::

    python evals/versions_notes.py DATASET_DIR [--split all|train|dev] [--show N]

``DATASET_DIR`` is a folder of real revision histories in the format of
``versions-real`` (one JSON file per article under one folder per source; each
file has ``versions``, a list of captures in order, each with ``format``
("html" or "text"), ``content`` and the publisher's ``note`` or null). Every
consecutive pair of captures is parsed (:func:`newsdiff.parse_html` or
:func:`newsdiff.parse_text`) and diffed, and three things are measured:

1. **Typo notes.** Pairs whose note says only that a typo or spelling was
   fixed ("Corrected a typo", "Fixed minor typo", "spelling"): how many diffs
   come out ``SUBSTANTIVE``. Target: none.
2. **Quote-added notes.** Pairs whose note says a quote was added ("Added
   quote from X", "X quote added", "further quotes"): how many diffs show a
   quotation added (``Diff.quotes_added`` or a summary line counting
   quotations) and, when the note names someone, how many credit a quote to a
   speaker sharing a word of that name. Target: all.
3. **Figures lines.** Over every pair: how many summaries carry a "figure(s)
   changed" line, and how many of those stand where no figure changed, judged
   independently of newsdiff: the multiset of figures (digit runs, commas
   dropped), number words and month and weekday names of the changed sentences
   is the same on both sides. Target:
   none. Also counted per chunk: ``NUMBER`` word edits whose two sides hold the
   same figures. And the "X -> Y" items of "names changed" lines: how many
   show a capitalised word on both sides (words with no name, "Belarus -> also
   denies", list something that is not a name). A diagnostic: a generic
   phrase replaced by a name ("the country -> Italy") and case-only edits fail it too.

Also printed per source: how many diffs are flagged unacknowledged and how
many summaries carry a "name(s) changed" line and a "quoted passage(s)
changed" line.

Also reported: **stealth-edit flags against the page's own note.** On GOV.UK
pages the publisher's note also stands in the page's change history, so a
SUBSTANTIVE diff of a GOV.UK pair whose capture carries a note should not be
flagged ``unacknowledged``; the count of those that are is printed (target:
none). A note that is the history's "First published." entry acknowledges no
change and is left out.

Every failing case is printed with its note, significance and summary, so a
person can read it. ``--split`` keeps articles whose id hashes (SHA-256) into
train (4 in 5) or dev (1 in 5): tune on train, check on dev.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsdiff import Diff, EditCategory, Revision, Significance, diff, parse_html, parse_text
from newsdiff.exceptions import NewsdiffError

TYPO = re.compile(r"\b(typo|typos|typographical|spelling|misspel\w*|spelt)\b", re.IGNORECASE)
# A typo note that also says something else changed is not "only a typo".
TYPO_AND_MORE = re.compile(r"\b(and|also|added|updated|amended)\b", re.IGNORECASE)
QUOTE_ADDED = re.compile(
    r"\b(?:added|adding|new|further|additional)\b[^.:]{0,40}\bquotes?\b"
    r"|\bquotes?\b[^.:]{0,20}\badded\b",
    re.IGNORECASE,
)
QUOTE_FROM = re.compile(
    r"\bquotes?\s+(?:from|by)\s+([^.,;:]+)|([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+quotes?\b"
)
NOTE_TIME = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*[ap]m,\s*\d{1,2}\s+\w+\s+\d{4}:\s*", re.IGNORECASE)
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
TIME_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "thousand",
        "million",
        "billion",
        "half",
        "dozen",
    ]
)
FIGURES_LINE = re.compile(r"^\d+ figures? changed\b")
QUOTED_LINE = re.compile(r"\d+ quoted passages? changed:")
NAMES_LINE = re.compile(r"^\d+ names? changed: (.*)$")
CAPITAL = re.compile(r"(?:^|[\s(\[\"“‘'-])[A-ZÀ-Þ]")
QUOTATIONS_LINE = re.compile(r"\b\d+ quotations?\b")


@dataclass
class Case:
    """One consecutive pair of captures and its diff."""

    article: str
    step: int
    note: str
    result: Diff

    @property
    def name(self) -> str:
        """Where the pair comes from: "folder/article.json step 2"."""
        return f"{self.article} step {self.step}"


@dataclass
class Tally:
    """Counts and failing cases of one measure."""

    total: int = 0
    passed: int = 0
    failures: list[tuple[Case, str]] = field(default_factory=list)

    def add(self, case: Case, ok: bool, why: str = "") -> None:
        """Count a case, keeping it with *why* when it fails."""
        self.total += 1
        self.passed += ok
        if not ok:
            self.failures.append((case, why))


def in_split(article_id: str, split: str) -> bool:
    """Whether the article belongs to the split (dev: SHA-256 of its id is 0 mod 5)."""
    if split == "all":
        return True
    dev = int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16) % 5 == 0
    return dev if split == "dev" else not dev


def load(capture: dict[str, Any]) -> Revision:
    """Parse one capture by its format."""
    content = capture.get("content") or ""
    if capture.get("format") == "html":
        return parse_html(content)
    return parse_text(content)


def cases(root: Path, split: str) -> Iterator[Case]:
    """Every consecutive pair of captures of every article in the split, diffed."""
    for path in sorted(root.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not in_split(str(data.get("id", path.stem)), split):
            continue
        previous: Revision | None = None
        for step, capture in enumerate(data.get("versions", [])):
            try:
                current = load(capture)
            except NewsdiffError as err:
                print(f"skipped {path.parent.name}/{path.name} capture {step}: {err}")
                previous = None
                continue
            if previous is not None:
                note = NOTE_TIME.sub("", capture.get("note") or "").strip()
                yield Case(f"{path.parent.name}/{path.name}", step, note, diff(previous, current))
            previous = current


def figures(text: str) -> Counter[str]:
    """Figures (commas dropped), number words, months and weekdays in *text* (not newsdiff's)."""
    found = Counter(m.group().replace(",", "") for m in FIGURE.finditer(text))
    found.update(w.lower() for w in re.findall(r"[A-Za-z]+", text) if w.lower() in TIME_WORDS)
    return found


def body_figures(result: Diff, *, new: bool) -> Counter[str]:
    """Figures of one side of every change (what the change touched, on that side)."""
    total: Counter[str] = Counter()
    for change in result.changes:
        total += figures(change.new_text if new else change.old_text)
    return total


def named(note: str) -> list[str]:
    """Words of the person or body a quote note names ("Lord X" in "quote from Lord X")."""
    match = QUOTE_FROM.search(note)
    if not match:
        return []
    name = (match.group(1) or match.group(2) or "").strip()
    words = [w for w in re.findall(r"[\w’'-]+", name) if w[0].isupper()]
    return [w for w in words if w.lower() not in {"added", "the", "a", "new", "further"}]


def check_typo(case: Case, tally: Tally) -> None:
    """A typo-only note: the diff must not be SUBSTANTIVE."""
    if not TYPO.search(case.note) or TYPO_AND_MORE.search(case.note):
        return
    tally.add(case, case.result.significance is not Significance.SUBSTANTIVE)


def check_quote(case: Case, shown: Tally, credited: Tally) -> None:
    """A quote-added note: the diff must show a quotation added, by the one named if any."""
    if not QUOTE_ADDED.search(case.note):
        return
    lines = case.result.summary().splitlines()
    added = bool(case.result.quotes_added) or any(
        "added" in line and QUOTATIONS_LINE.search(line) for line in lines
    )
    shown.add(case, added, "no quotation added")
    who = named(case.note)
    if who:
        speakers = " ".join(q.speaker or "" for q in case.result.quotes_added)
        ok = any(w in speakers for w in who)
        credited.add(case, ok, f"named {' '.join(who)!r}; speakers: {speakers or 'none'}")


def check_names(case: Case, tally: Tally) -> None:
    """Every "X -> Y" item of a "names changed" line shows a capitalised word on both sides."""
    for line in case.result.summary().splitlines():
        match = NAMES_LINE.match(line)
        if not match:
            continue
        for item in match.group(1).split("; "):
            if " -> " not in item or item.startswith(("added ", "removed ", "and ")):
                continue
            old, new = item.split(" -> ", 1)
            ok = bool(CAPITAL.search(old)) and bool(CAPITAL.search(new))
            tally.add(case, ok, f"names item {item!r}")


FIRST_PUBLISHED = re.compile(r"(?i)\A(?:[^:]{0,40}:\s*)?first published\.?\s*\Z")


def check_acknowledged(case: Case, tally: Tally) -> None:
    """A substantive GOV.UK change whose page carries the publisher's note is not a stealth edit."""
    if not case.article.startswith("govuk-news/") or not case.note:
        return
    if FIRST_PUBLISHED.match(case.note):
        # The history's entry for the first version acknowledges no change: a
        # capture that changed the text and kept it as its latest entry is a
        # stealth edit.
        return
    if case.result.significance is not Significance.SUBSTANTIVE:
        return
    notes = [n.text for n in case.result.notes_added]
    tally.add(case, not case.result.unacknowledged, f"notes added: {notes or 'none'}")


def check_figures(case: Case, lines: Tally, chunks: Tally) -> None:
    """A "figures changed" line needs a figure that changed; so does every NUMBER chunk."""
    for change in case.result.changes:
        for edit in change.edits:
            if edit.category is EditCategory.NUMBER:
                same = figures(edit.old) == figures(edit.new)
                chunks.add(case, not same, f"NUMBER chunk {edit.old!r} -> {edit.new!r}")
    if not any(FIGURES_LINE.match(line) for line in case.result.summary().splitlines()):
        return
    old, new = body_figures(case.result, new=False), body_figures(case.result, new=True)
    lines.add(case, old != new, "the figures of the changed sentences are the same on both sides")


def report(title: str, tally: Tally, target: str, show: int) -> None:
    """Print a measure and up to *show* of its failing cases."""
    print(f"\n{title}: {tally.passed}/{tally.total} pass ({target})")
    for case, why in tally.failures[:show]:
        print(f"- FAIL {case.name}: note {case.note!r}")
        print(f"  significance {case.result.significance.name}{'; ' + why if why else ''}")
        for line in case.result.summary().splitlines():
            print(f"  | {line}")
    if len(tally.failures) > show:
        print(f"  ... {len(tally.failures) - show} more (--show {len(tally.failures)})")


def main(argv: list[str] | None = None) -> int:
    """Run the three measures over the dataset; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path, help="the versions-real folder")
    parser.add_argument("--split", choices=("all", "train", "dev"), default="all")
    parser.add_argument("--show", type=int, default=20, help="failing cases to print per measure")
    args = parser.parse_args(argv)
    if not args.dataset.is_dir():
        parser.error(f"not a folder: {args.dataset}")
    typo, shown, credited, lines, chunks = Tally(), Tally(), Tally(), Tally(), Tally()
    acknowledged, names = Tally(), Tally()
    pairs = substantive = unacknowledged = 0
    per_source: dict[str, list[int]] = {}
    for case in cases(args.dataset, args.split):
        pairs += 1
        substantive += case.result.significance is Significance.SUBSTANTIVE
        unacknowledged += case.result.unacknowledged
        counts = per_source.setdefault(case.article.split("/", 1)[0], [0, 0, 0, 0])
        counts[0] += 1
        counts[1] += case.result.unacknowledged
        summary = case.result.summary().splitlines()
        counts[2] += any(NAMES_LINE.match(line) for line in summary)
        counts[3] += any(QUOTED_LINE.match(line) for line in summary)
        check_typo(case, typo)
        check_quote(case, shown, credited)
        check_figures(case, lines, chunks)
        check_acknowledged(case, acknowledged)
        check_names(case, names)
    print(f"{args.dataset} split={args.split}: {pairs} consecutive pairs")
    print(f"substantive {substantive}; unacknowledged (no note added in the page) {unacknowledged}")
    print(
        "unacknowledged per source: "
        + "; ".join(f"{name} {n}/{total}" for name, (total, n, *_) in sorted(per_source.items()))
    )
    print(
        "with a 'names changed' line per source: "
        + "; ".join(f"{name} {n}/{total}" for name, (total, _, n, _) in sorted(per_source.items()))
    )
    print(
        "with a 'quoted passages changed' line per source: "
        + "; ".join(f"{name} {n}/{total}" for name, (total, *_, n) in sorted(per_source.items()))
    )
    report("Typo-only notes not SUBSTANTIVE", typo, "target: all", args.show)
    report("Quote-added notes showing a quotation added", shown, "target: all", args.show)
    report("... crediting the one the note names", credited, "target: all", args.show)
    report("'figures changed' lines where a figure changed", lines, "target: all", args.show)
    report("NUMBER chunks whose two sides differ in figures", chunks, "target: all", args.show)
    report("'names changed' items 'X -> Y', a capital both sides", names, "diagnostic", args.show)
    report(
        "GOV.UK substantive changes with a note in the page, not flagged unacknowledged",
        acknowledged,
        "target: all",
        min(args.show, 5),
    )
    missed = any(t.passed < t.total for t in (typo, shown, lines))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
