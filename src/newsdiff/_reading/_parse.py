"""Parse raw article text into a :class:`Revision`: paragraphs, notes, boilerplate."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator, Sequence
from datetime import datetime, tzinfo
from typing import Final

import attrs

from newsdiff._base._caches import bounded
from newsdiff._base._dates import resolve_tz
from newsdiff._base._kinds import NoteKind
from newsdiff._base._text import ANY_INVISIBLE
from newsdiff._model._parts import Note
from newsdiff._reading._notes import NoteShape, note_from_shape
from newsdiff._reading._notes import is_boilerplate as _is_boilerplate
from newsdiff._reading._notes import is_regret_line as _is_regret_line
from newsdiff._reading._notes import note_shape as _note_shape
from newsdiff._revision._build import build_paragraphs
from newsdiff._revision._revision import Revision
from newsdiff.exceptions import InvalidTypeError

__all__ = ["parse_text", "read_text", "split_paragraphs"]

#: Lines longer than this are never hard-wrapped prose.
WRAP_MAX = 100

#: Narrower texts are not taken for hard-wrapped prose.
WRAP_MIN = 45

_FINAL_PUNCT = tuple(".!?:…")
_CLOSING_MARKS = "\"'”’)»]"


def _finished(line: str) -> bool:
    """Whether *line* ends a sentence: final punctuation, perhaps inside closing marks.

    ``said.”`` and ``(AP)`` are finished; ``it’s done,”`` is not, since a comma
    never ends a sentence however many quotation marks follow it.
    """
    core = line.rstrip(_CLOSING_MARKS)
    return core.endswith(_FINAL_PUNCT) or (core != line and not core)


_HYPHEN_BREAK = re.compile(r"[^\W\d_]-\Z")
_SENTENCE_END = tuple('.!?"”')
# Notes at the top may sit under this many headline, byline or dateline lines.
_MAX_TITLE_LINES = 3
_MAX_TITLE_CHARS = 150


@attrs.frozen(kw_only=True)
class _Unit:
    """A paragraph candidate: its text and what its first line looks like."""

    text: str
    boilerplate: bool = False
    shape: NoteShape | None = None
    regret: bool = False


def _width(text: str) -> int:
    """How wide *text* prints: soft hyphens and zero-width marks take no room.

    A wrapper breaks lines by what it prints, so a line full of invisible
    marks is no wider than the same line without them.
    """
    # isascii() reads a flag CPython keeps on the string: most lines cost nothing.
    if text.isascii() or ANY_INVISIBLE.search(text) is None:
        return len(text)
    return len(text) - len(ANY_INVISIBLE.findall(text))


def _first_word_len(line: str) -> int:
    space = line.find(" ")
    return _width(line if space < 0 else line[:space])


# Successive captures of an article repeat most lines: what a line is
# (furniture, a note, a correction's closing line) is read once. Only
# paragraph-sized lines are kept, so a huge one-line input is not held. Nearly
# every line is asked all three, so they are read together and kept in one
# entry, not one per question.
_CACHED_CHARS = 2_000


def _read_line(line: str) -> tuple[bool, NoteShape | None, bool]:
    boilerplate, regret = _is_boilerplate(line), _is_regret_line(line)
    shape = _note_shape(line)
    # Most lines are no note: their answer is one of four shared tuples.
    return (boilerplate, shape, regret) if shape is not None else _NO_NOTE[boilerplate, regret]


_NO_NOTE: Final = {
    (boilerplate, regret): (boilerplate, None, regret)
    for boilerplate in (False, True)
    for regret in (False, True)
}
_line = bounded(1024)(_read_line)


def is_boilerplate(line: str) -> bool:
    """:func:`newsdiff._reading._notes.is_boilerplate`, remembered for short lines."""
    return _line(line)[0] if len(line) <= _CACHED_CHARS else _is_boilerplate(line)


def note_shape(line: str) -> NoteShape | None:
    """:func:`newsdiff._reading._notes.note_shape`, remembered for short lines."""
    return _line(line)[1] if len(line) <= _CACHED_CHARS else _note_shape(line)


def is_regret_line(line: str) -> bool:
    """:func:`newsdiff._reading._notes.is_regret_line`, remembered for short lines."""
    return _line(line)[2] if len(line) <= _CACHED_CHARS else _is_regret_line(line)


def _full(line: str, following: str | None, width: int) -> bool:
    """Whether *line* was cut because *following*'s first word did not fit."""
    return following is not None and _width(line) + 1 + _first_word_len(following) > width


def _groups(lines: Sequence[str], width: int) -> list[tuple[list[str], NoteShape | None]]:
    """Cut one blank-line block into runs of lines that may belong together.

    A furniture line stands alone unless it is part of wrapped prose (a full
    line, or the end of a sentence cut from a full line); a note heading stands alone; a
    note line starts a new run (its wrapped continuation lines may follow).
    Each run comes with the note shape of its first line.
    """
    runs: list[tuple[list[str], NoteShape | None]] = []
    current: list[str] | None = None
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else None
        previous = lines[i - 1] if i else None
        continues = (
            previous is not None and _full(previous, line, width) and not _finished(previous)
        )
        if is_boilerplate(line) and not _full(line, following, width) and not continues:
            runs.append(([line], None))
            current = None
            continue
        shape = note_shape(line)
        if shape is not None:
            runs.append(([line], shape))
            current = None if shape.heading else runs[-1][0]
            continue
        if current is None:
            current = [line]
            runs.append((current, None))
        else:
            current.append(line)
    return runs


def _join_wrapped(lines: list[str], width: int) -> list[str]:
    """Join hard-wrapped *lines*, keeping breaks after short, finished lines."""
    paragraphs = [[lines[0]]]
    for previous, line in itertools.pairwise(lines):
        full = _full(previous, line, width)
        if full or not _finished(previous) or line[:1].islower():
            if _HYPHEN_BREAK.search(previous) and line[:1].isalpha():
                # Cut at a hyphen ("non-" / "guarantor"): the hyphen stays, no space.
                paragraphs[-1][-1] += line
            else:
                paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return [" ".join(parts) for parts in paragraphs]


def _join_broken(lines: list[str]) -> list[str]:
    """Keep one paragraph per line, but rejoin a sentence broken across lines.

    A line that starts in lower case after a line that does not end in
    closing punctuation continues it (scrapes break lines inside sentences).
    """
    paragraphs = [[lines[0]]]
    for previous, line in itertools.pairwise(lines):
        if line[:1].islower() and not _finished(previous):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return [" ".join(parts) for parts in paragraphs]


def _mid_sentence(line: str, following: str) -> bool:
    return not _finished(line) or following[:1].islower()


def _wrappable(lines: Sequence[str], width: int) -> bool:
    return len(lines) >= 2 and width >= WRAP_MIN and all(_width(line) <= WRAP_MAX for line in lines)


def _looks_wrapped(lines: list[str], width: int, text_wrapped: bool) -> bool:
    """Whether a run of lines is hard-wrapped prose (the rule is in parse_text)."""
    if not _wrappable(lines, width):
        return False
    pairs = list(itertools.pairwise(lines))
    # A line cut mid-sentence is the mark of wrapping: where no line is (in
    # this run or elsewhere in the text), lines are paragraphs, however full.
    if not text_wrapped and not any(_mid_sentence(a, b) for a, b in pairs):
        return False
    full = sum(_full(a, b, width) for a, b in pairs)
    return full * 2 >= len(pairs)


# A Markdown definition list, as scrapers write a page's <dl>: a short label
# ending in ":" and, on the next line, ":" and the value ("Latest update:" /
# ":   Updated information on ...").
_DEFINITION = re.compile(r":\s+(?=\S)")
_MAX_TERM_CHARS = 40


def _definitions(block: list[str], markers: list[str]) -> list[str]:
    """*block* with each definition joined to its term ("Latest update: Updated ...").

    The definition's ":" marker is markup; it goes to *markers* (boilerplate),
    so nothing of the text is lost.
    """
    joined: list[str] = []
    for line in block:
        marker = _DEFINITION.match(line)
        if (
            marker is not None
            and joined
            and joined[-1].endswith(":")
            and len(joined[-1]) <= _MAX_TERM_CHARS
        ):
            joined[-1] = f"{joined[-1]} {line[marker.end() :]}"
            markers.append(":")
        else:
            joined.append(line)
    return joined


def _units(text: str) -> list[_Unit]:
    blocks: list[list[str]] = [[]]
    markers: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [_definitions(block, markers) for block in blocks]
    width = max(
        (
            _width(line)
            for block in blocks
            if len(block) > 1 and all(_width(line) <= WRAP_MAX for line in block)
            for line in block
        ),
        default=WRAP_MAX,
    )
    evidence = sum(
        _full(a, b, width) and _mid_sentence(a, b)
        for block in blocks
        if _wrappable(block, width)
        for a, b in itertools.pairwise(block)
    )
    units: list[_Unit] = []
    for block in blocks:
        for lines, shape in _groups(block, width):
            if _looks_wrapped(lines, width, evidence >= 2):
                pieces = _join_wrapped(lines, width)
            else:
                pieces = _join_broken(lines)
            for i, piece in enumerate(pieces):
                first = shape if i == 0 else None
                if first is None and is_boilerplate(piece):
                    units.append(_Unit(text=piece, boilerplate=True))
                else:
                    units.append(_Unit(text=piece, shape=first, regret=is_regret_line(piece)))
    units.extend(_Unit(text=marker, boilerplate=True) for marker in markers)
    return units


def split_paragraphs(text: str) -> list[str]:
    """Split raw text into paragraphs (see :func:`parse_text` for the rule).

    >>> split_paragraphs("One line.\\nAnother line.\\n\\nA third.")
    ['One line.', 'Another line.', 'A third.']
    >>> split_paragraphs(
    ...     "A hard-wrapped paragraph whose lines were cut near\\n"
    ...     "the column limit of a plain-text email edition."
    ... )
    ['A hard-wrapped paragraph whose lines were cut near the column limit of a plain-text email edition.']
    """  # noqa: E501
    return [unit.text for unit in _units(text)]


def _absorbs(heading: _Unit, following: _Unit | None) -> bool:
    """Whether a note heading takes *following* as its text."""
    if following is None or following.boilerplate or heading.shape is None:
        return False
    if following.shape is not None:
        # Another labelled note starts its own note; a sentence-form note
        # ("An earlier version ...") is this heading's text, and so is an
        # undated update under a dated update stamp ("Updated: 11 April 2025"
        # over "Latest update: Updated information on ...").
        return following.shape.sentence or (
            heading.shape.kind is NoteKind.UPDATE
            and heading.shape.date_text is not None
            and following.shape.kind is NoteKind.UPDATE
            and following.shape.date_text is None
            and not following.shape.heading
        )
    return heading.shape.kind is not NoteKind.UPDATE


class _Zone:
    """Collects the notes and furniture of a note zone, in order."""

    def __init__(self, tz: tzinfo | None, dayfirst: bool, published_at: datetime | None) -> None:
        self.tz = tz
        self.dayfirst = dayfirst
        self.published_at = published_at
        self.notes: list[Note] = []
        self.boilerplate: list[str] = []
        self.body: list[str] = []

    def note(self, shape: NoteShape, text: str) -> None:
        self.notes.append(
            note_from_shape(
                shape, text, tz=self.tz, dayfirst=self.dayfirst, published_at=self.published_at
            )
        )

    def take(self, units: Sequence[_Unit]) -> None:
        """Turn zone *units* (all notes, headings, regret lines or furniture) into data."""
        i = 0
        while i < len(units):
            unit = units[i]
            nxt = units[i + 1] if i + 1 < len(units) else None
            if unit.boilerplate:
                self.boilerplate.append(unit.text)
            elif unit.shape is not None and unit.shape.heading and _absorbs(unit, nxt):
                assert nxt is not None
                shape = unit.shape
                if shape.date_text is None and nxt.shape is not None:
                    shape = attrs.evolve(shape, date_text=nxt.shape.date_text)
                self.note(shape, unit.text + "\n" + nxt.text)
                i += 1
            elif unit.shape is not None and unit.shape.heading and unit.shape.date_text is None:
                # A bare label with nothing to say ("Corrections" as a menu
                # link, a lone "Updated") is page furniture, not a note.
                self.boilerplate.append(unit.text)
            elif unit.shape is not None:
                self.note(unit.shape, unit.text)
            elif unit.regret and self.notes:
                last = self.notes[-1]
                self.notes[-1] = attrs.evolve(last, text=last.text + "\n" + unit.text)
            else:
                self.body.append(unit.text)
            i += 1


def _in_zone(units: Sequence[_Unit], i: int, floor: int) -> int:
    """How many units, ending at index *i*, belong to a bottom note zone (0 if none)."""
    unit = units[i]
    if unit.boilerplate or unit.shape is not None or unit.regret:
        return 1
    if i - 1 >= floor:
        before = units[i - 1]
        if before.shape is not None and before.shape.heading and _absorbs(before, unit):
            return 2
    return 0


def _top_end(units: Sequence[_Unit], start: int) -> tuple[int, bool]:
    """Where a top note zone starting at *start* ends, and whether it holds a note."""
    i = start
    noted = False
    while i < len(units):
        unit = units[i]
        if unit.boilerplate:
            i += 1
        elif unit.shape is not None:
            noted = True
            nxt = units[i + 1] if i + 1 < len(units) else None
            i += 2 if unit.shape.heading and _absorbs(unit, nxt) else 1
        elif unit.regret and noted:
            i += 1
        else:
            break
    return i, noted


def _title_like(unit: _Unit) -> bool:
    """A headline, byline or dateline: short and not a finished sentence."""
    text = unit.text
    return (
        unit.shape is None
        and not unit.boilerplate
        and len(text) <= _MAX_TITLE_CHARS
        and not text.endswith(_SENTENCE_END)
    )


def _top_zone(units: Sequence[_Unit]) -> tuple[int, int]:
    """The top note zone as (start, end): notes may follow a headline and byline."""
    end, _ = _top_end(units, 0)
    if end:
        return 0, end
    for start in range(1, min(_MAX_TITLE_LINES, len(units)) + 1):
        if not _title_like(units[start - 1]):
            break
        end, noted = _top_end(units, start)
        if noted:
            return start, end
    return 0, 0


def _bottom_start(units: Sequence[_Unit], floor: int) -> int:
    i = len(units)
    while i > floor:
        size = _in_zone(units, i - 1, floor)
        if size == 0:
            break
        i -= size
    # A regret line with no note before it in the zone is body text.
    while i < len(units) and (units[i].regret and units[i].shape is None):
        i += 1
    return i


def _check(name: str, value: object, kind: type | tuple[type, ...], expected: str) -> None:
    if not isinstance(value, kind):
        raise InvalidTypeError.for_field(name, value, expected)


def _latest(notes: Sequence[Note]) -> datetime | None:
    times = [note.at for note in notes if note.at is not None]
    if not times:
        return None
    if len({t.tzinfo is None for t in times}) > 1:
        # Naive and aware times cannot be ordered; compare wall clocks.
        return max(times, key=lambda t: t.replace(tzinfo=None))
    return max(times)


def parse_text(  # noqa: PLR0913 (the public signature in DESIGN.md)
    text: str,
    *,
    url: str | None = None,
    headline: str | None = None,
    published_at: datetime | None = None,
    captured_at: datetime | None = None,
    tz: str | tzinfo | None = None,
    dayfirst: bool = False,
) -> Revision:
    """Parse an article captured as plain text into a :class:`Revision`.

    **Paragraphs.** Lines may end in ``\\n``, ``\\r\\n`` or ``\\r`` (mixed too;
    any boundary :meth:`str.splitlines` knows). Each line is stripped of
    surrounding whitespace; nothing else in it changes. Blank lines separate
    blocks. Inside a block every line is a paragraph (the common scrape
    shape, as in the seed article), unless the block is *hard-wrapped prose*:

    - two or more lines, none longer than 100 characters (widths count what
      prints: soft hyphens and zero-width marks take no room);
    - at least half of its line ends are "full": the next line's first word
      would not have fitted within the wrap width (the widest line among such
      blocks in the text, which must be 45 characters or more);
    - some line break falls mid-sentence (after a line not ending in closing
      punctuation, or before a lower-case line) in this block, or, full, at
      least twice elsewhere in the text.

    In a hard-wrapped block, lines are joined with a single space (without
    one after a line cut at a hyphen, "non-" / "guarantor"), except after a
    line that is not full, ends in closing punctuation and is followed by a
    capitalised line: there a new paragraph starts. Outside hard-wrapped
    blocks, a line that starts in lower case after a line not ending in
    closing punctuation continues it (a sentence broken by the scrape). Note
    lines and short furniture lines always start a new paragraph. A Markdown
    definition (a line of at most 40 characters ending in ":", then a line
    starting ":" and a space) reads as one line, "Latest update: Updated
    information ..."; its ":" marker goes to ``boilerplate``.

    **Notes.** Update, correction, clarification and editor's notes are
    recognised only at the top or the bottom of the text (furniture may sit
    between them and the body; at the top they may also follow up to three
    short unpunctuated lines: a headline, byline or dateline, which stay in
    the body), in the shapes listed in :mod:`newsdiff._reading._notes`
    ("Updated 12/06/24, 10:35 PM: ...", "Correction: ...", "UPDATE (Dec. 8,
    2024, 9:14 a.m. EST): ...", "[Updated at 3:15 p.m. ET on Dec. 6]", "This
    story has been updated ...", "An earlier version of this story ...").
    A heading line ("Correction: Dec. 7, 2024", "*Correction*") takes the next
    paragraph as its text (an update heading only when that paragraph is
    itself note text); the note's text is both, joined by ``"\\n"``. So a
    dated update stamp ("Updated: 11 April 2025") followed by an undated
    update ("Latest update: ...") is one note with the stamp's date. A line
    such as "We regret the error." after a note is part of it. A paragraph
    that mentions an update mid-article stays in the body.

    **Times** in notes are read as in :mod:`newsdiff._base._dates`: month first
    unless ``dayfirst``; zone abbreviations as IANA regions (so "ET" and
    "EST" follow daylight saving time); zone-less times in ``tz`` if given,
    else naive; a missing year from ``published_at`` (else the time is
    ``None``); unreadable dates give ``at=None``.
    ``updated_at`` is the latest ``at`` among the notes, or ``None``.

    **Furniture** lines ("more", "Advertisement", "Read more", "Sign up for
    ...", photo credits: see :func:`newsdiff._reading._notes.is_boilerplate`) go to
    ``boilerplate`` wherever they are. Nothing is lost: every non-whitespace
    character of *text* is in a paragraph, a note or the boilerplate.
    ``headline`` is stored as given, not looked for in *text*.

    >>> r = parse_text(
    ...     "Rebels took Hama.\\nIran began to withdraw.\\n\\nmore\\n\\n"
    ...     "Updated 12/06/24, 10:35 PM: This article has been updated.",
    ...     tz="America/New_York",
    ... )
    >>> [p.text for p in r.paragraphs], r.boilerplate
    (['Rebels took Hama.', 'Iran began to withdraw.'], ('more',))
    >>> r.notes[0].kind, r.updated_at.isoformat()
    (<NoteKind.UPDATE: 'update'>, '2024-12-06T22:35:00-05:00')

    Raises:
        InvalidTypeError: an argument has the wrong type (``text`` not a
            ``str``, ``dayfirst`` not a ``bool``, ...).
        UnknownTimezoneError: ``tz`` names no known zone.
    """
    _check("text", text, str, "str")
    _check("url", url, (str, type(None)), "str or None")
    _check("headline", headline, (str, type(None)), "str or None")
    _check("published_at", published_at, (datetime, type(None)), "datetime or None")
    _check("captured_at", captured_at, (datetime, type(None)), "datetime or None")
    _check("dayfirst", dayfirst, bool, "bool")
    return read_text(
        text,
        url=url,
        headline=headline,
        published_at=published_at,
        captured_at=captured_at,
        zone=resolve_tz(tz),
        dayfirst=dayfirst,
    )


def _sorted(
    text: str, zone: tzinfo | None, dayfirst: bool, published_at: datetime | None
) -> tuple[list[str], list[str], list[Note]]:
    """The body paragraphs, the boilerplate and the notes of *text*, in order."""
    units = _units(text)
    start, top = _top_zone(units)
    bottom = _bottom_start(units, top)
    body: list[str] = []
    boilerplate: list[str] = []
    for unit in units[:start]:
        (boilerplate if unit.boilerplate else body).append(unit.text)
    collector = _Zone(zone, dayfirst, published_at)
    collector.take(units[start:top])
    body.extend(collector.body)
    boilerplate.extend(collector.boilerplate)
    for unit in units[top:bottom]:
        (boilerplate if unit.boilerplate else body).append(unit.text)
    tail = _Zone(zone, dayfirst, published_at)
    tail.take(units[bottom:])
    body.extend(tail.body)
    boilerplate.extend(tail.boilerplate)
    return body, boilerplate, collector.notes + tail.notes


def _taken(items: list[str]) -> Iterator[str]:
    """Yield the items of *items* in order, emptying it as they go.

    The caller's list then holds no paragraph already read: a paragraph's
    text is dropped once it is cut into sentences.
    """
    items.reverse()
    while items:
        yield items.pop()


def read_text(  # noqa: PLR0913 (parse_text's arguments, checked)
    text: str,
    *,
    url: str | None,
    headline: str | None,
    published_at: datetime | None,
    captured_at: datetime | None,
    zone: tzinfo | None,
    dayfirst: bool,
    blockquote_texts: Collection[str] = (),
) -> Revision:
    """:func:`parse_text` on checked arguments; *blockquote_texts* as in the page reader.

    The page reader passes the normalised texts of the paragraphs the page set
    in a ``<blockquote>`` so that the analysis runs once, knowing them.
    """
    body, boilerplate, notes = _sorted(text, zone, dayfirst, published_at)
    return Revision(
        paragraphs=build_paragraphs(
            _taken(body), published_at=published_at, blockquote_texts=blockquote_texts
        ),
        headline=headline,
        url=url,
        published_at=published_at,
        updated_at=_latest(notes),
        captured_at=captured_at,
        notes=tuple(notes),
        boilerplate=tuple(boilerplate),
    )
