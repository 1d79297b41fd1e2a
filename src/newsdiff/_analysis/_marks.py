"""Quotation marks in paragraphs: which marks open or close, and how they pair.

Marks. ``“ ”``, ``„``, ``« »``, straight ``"``, two apostrophes ``''`` (and
```` `` ````) are *double* marks; ``‘ ’``, ``‹ ›`` and straight ``'`` are *single*.
A straight mark opens after whitespace or an opening bracket and closes before
whitespace or punctuation. ``’`` or ``'`` between letters or digits is an
apostrophe (``don’t``, ``Assad’s``), as are ``’90s``, ``rock ’n’ roll`` and
a word-initial ``’`` (``’em``).

Pairing. The first opening mark outside any quotation opens one; marks of the
other family inside it are nested and stay in its text. A second opening
double mark before the closing one nests when two closing marks follow it
before any other opening one (``“... what he calls “hell” than ...”``);
otherwise it is a typo: the quotation goes on, with ``balanced=False``. A
closing double mark with no opening one quotes from the start of its sentence
(or the end of the previous quotation), ``balanced=False``.
A straight ``"`` after ``=`` and the next one enclose a markup attribute's
value (``author="..."``), not a quotation.
A quotation still open at the end of a paragraph continues into the next one
when that paragraph starts with an opening mark (the journalism convention),
and is ``balanced``; otherwise it ends with the paragraph, ``balanced=False``.
A single quotation never closed is taken for apostrophes and dropped.

One pass over the marks of each paragraph: the cost is linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

import attrs

__all__ = ["MARK", "Span", "pair", "pair_paragraph"]

# Three apostrophes after a word close a single quotation, then a double one
# (the word 'old-school,''' said): the first is read alone. Every branch
# opens with one character (the look back at the word comes after it), so the
# regex engine skips ahead to the next mark character instead of trying each
# branch at every place of a paragraph: about a fifth of the time on news
# text, for the same marks as ``(?<=[^\s'])'(?=''(?!'))|''|``|[\"'“”‘’„«»‹›]``.
MARK: Final = re.compile(r"'(?<=[^\s']')(?=''(?!'))|''|``|\"|'|“|”|‘|’|„|«|»|‹|›")
_DOUBLE_OPEN: Final = frozenset(("“", "„", "«", "``"))
_DOUBLE_CLOSE: Final = frozenset(("”", "»"))
_OPEN_BEFORE: Final = "([{—–-/“‘«‹„"
_CLOSE_AFTER: Final = ".,;:!?…)]}—–-”’»›"
# Punctuation that ends the quoted words right before a closing mark.
_ENDS_WORDS: Final = ",.?!"
_ELISIONS: Final = ("em ", "tis ", "twas ", "til ", "cause ", "bout ", "round ", "n ")


@attrs.frozen(kw_only=True)
class Span:
    """Quoted words in one paragraph: content offsets and mark offsets."""

    start: int
    end: int
    mark_start: int
    mark_end: int
    balanced: bool
    continues: bool = False
    orphan: bool = False


def _classify(text: str, start: int, end: int) -> tuple[str, str] | None:
    """Return ``(family, "open"|"close")`` for the mark at *start*, or None."""
    mark = text[start:end]
    prev = text[start - 1] if start else " "
    nxt = text[end] if end < len(text) else " "
    if mark == "“" and prev in _ENDS_WORDS and (nxt.isspace() or end == len(text)):
        # "It's unusual,“ said Larry Noble": an opening mark glued to the
        # punctuation that ends the words it follows is a closing one, mistyped.
        return ("d", "close")
    if mark in _DOUBLE_OPEN:
        return ("d", "open")
    if mark == "”" and (prev.isspace() or not start) and nxt.isalnum():
        # "aides ”get close to Ben ...”": a closing mark set before the word
        # it opens is an opening one, mistyped (and Swedish and Finnish open
        # with it).
        return ("d", "open")
    if mark in _DOUBLE_CLOSE:
        return ("d", "close")
    if mark in {'"', "''", "'"} and prev.isdigit() and _measure_before(text, start):
        # Feet and inches: 6'2", 12" pipe.
        return None
    if mark in {'"', "''"}:
        if prev.isspace() and nxt.isspace() and text[start - 2 : start - 1] in {"'", "’"}:
            # "... like, 'Oh, this is important,' " Magel said: a space sets
            # the closing double mark apart from the single one it follows.
            return ("d", "close")
        if prev.isspace() and nxt.isspace() and text[start - 2 : start - 1] in _ENDS_WORDS:
            # "... coalitions, '' said Mr. Gunnels": a stray space before
            # the closing mark after the punctuation that ends the words.
            return ("d", "close")
        if prev.isspace() or prev in _OPEN_BEFORE:
            return None if nxt.isspace() else ("d", "open")
        if nxt.isspace() or nxt in _CLOSE_AFTER:
            return ("d", "close")
        if prev == ":" and nxt.isalnum():
            # 'Rep. Trey Gowdy (R-S.C.):"I have not heard ...': a colon glued
            # to the words it introduces.
            return ("d", "open")
        return None
    if mark in {"‘", "‹"}:
        if nxt.isdigit() or text.startswith(("n’ ", "n' "), end):
            return None
        return ("s", "open")
    if mark == "'" and text.startswith("''", end) and not prev.isspace():
        return ("s", "close")
    # ’ ' ›
    if prev.isalnum() and (nxt.isalnum() or mark != "›") and nxt.isalnum():
        return None
    if (prev.isspace() or prev in _OPEN_BEFORE) and not nxt.isspace():
        if nxt.isdigit() or mark == "’" or text.startswith(_ELISIONS, end):
            return None
        return ("s", "open")
    if prev == "n" and start >= 2 and text[start - 2] in "‘’'":
        return None
    if nxt.isspace() or nxt in _CLOSE_AFTER:
        return ("s", "close")
    return None


#: The most digits of a measure in feet or inches.
_MEASURE_DIGITS: Final = 3


def _measure_before(text: str, at: int) -> bool:
    """Tell whether the digits before *at* read as feet or inches (``6'2"``, ``12" pipe``).

    Not a sum or a count ("about $200,000"), a year ("1984"), nor a decimal:
    the mark after those closes a quotation.
    """
    start = at
    while start > 0 and text[start - 1].isdigit() and at - start <= _MEASURE_DIGITS:
        start -= 1
    if at - start > _MEASURE_DIGITS:
        return False
    return not (start and text[start - 1] in ",.$£€")


def pair(texts: Sequence[str], starts: Sequence[Sequence[int]]) -> list[list[Span]]:
    """Pair the marks of every paragraph into quoted spans, in order.

    *texts* are the paragraphs; *starts* the offset of each sentence in its
    paragraph (an orphan closing mark quotes from its sentence's start).
    """
    result: list[list[Span]] = []
    carried = False
    for p, text in enumerate(texts):
        spans, carried = pair_paragraph(
            text, starts[p], carried=carried, following=texts[p + 1] if p + 1 < len(texts) else ""
        )
        # Most paragraphs hold no quotation mark: they share one empty list,
        # which no reader changes.
        result.append(spans or _NO_SPANS)
    return result


def pair_paragraph(
    text: str, row: Sequence[int], *, carried: bool, following: str
) -> tuple[list[Span], bool]:
    """Pair the marks of one paragraph, given what the paragraphs around it tell.

    *row* holds the offset of each sentence in *text*; *carried* tells whether
    a quotation was left open at the end of the paragraph before; *following*
    is the next paragraph's text ("" for none). Returns the spans and whether
    a quotation open at the end goes on into *following*: :func:`pair` one
    paragraph at a time, so that a paragraph's reading can be kept.
    """
    spans: list[Span] = []
    family: str | None = None
    content = mark_at = 0
    balanced = continues = False
    last_close = 0
    first_visible = len(text) - len(text.lstrip())
    marks = _classified(text)
    closes_ahead = _double_closes_ahead(marks)
    nested = 0
    for m, (at, end, fam, role) in enumerate(marks):
        if family is None:
            if role == "open":
                family, content, mark_at = fam, end, at
                balanced = True
                continues = carried and at == first_visible
            elif fam == "d":
                sentence_start = row[bisect.bisect_right(row, at) - 1]
                begin = max(sentence_start, last_close)
                spans.append(
                    Span(
                        start=begin,
                        end=at,
                        mark_start=begin,
                        mark_end=end,
                        balanced=False,
                        orphan=True,
                    )
                )
                last_close = end
        elif fam != family:
            continue
        elif role == "close" and nested:
            nested -= 1
        elif role == "close":
            spans.append(
                Span(
                    start=content,
                    end=at,
                    mark_start=mark_at,
                    mark_end=end,
                    balanced=balanced,
                    continues=continues,
                )
            )
            family = None
            last_close = end
        elif fam == "d" and closes_ahead[m] > nested + 1:
            # “... what he calls “hell” than live ...”: two closing marks
            # follow before any new opening one, so the quote nests.
            nested += 1
        elif fam == "d":
            balanced = False
        else:
            content, mark_at = end, at
    carried = False
    if family == "d":
        carried = following.lstrip()[:2].startswith(('"', "“", "„", "«", "''", "``"))
        spans.append(
            Span(
                start=content,
                end=len(text),
                mark_start=mark_at,
                mark_end=len(text),
                balanced=balanced and carried,
                continues=continues,
            )
        )
    return spans, carried


_NO_SPANS: Final[list[Span]] = []


def _classified(text: str) -> list[tuple[int, int, str, str]]:
    """Return ``(start, end, family, role)`` of every quotation mark of *text*.

    A straight ``"`` right after ``=`` opens the value of a markup attribute
    left in scraped text (``<tweet author="...">``); it and the next straight
    ``"`` are no quotation marks.
    """
    found = []
    in_value = False
    for match in MARK.finditer(text):
        start, end = match.span()
        if match.group() == '"' and (in_value or text[start - 1 : start] == "="):
            in_value = not in_value
            continue
        kind = _classify(text, start, end)
        if kind is not None:
            found.append((start, end, kind[0], kind[1]))
    return found


def _double_closes_ahead(marks: Sequence[tuple[int, int, str, str]]) -> list[int]:
    """Return, per mark, how many double closing marks follow before a double opening one."""
    ahead = [0] * len(marks)
    count = 0
    for m in range(len(marks) - 1, -1, -1):
        ahead[m] = count
        _, _, fam, role = marks[m]
        if fam == "d":
            count = count + 1 if role == "close" else 0
    return ahead
