"""Word-level edits inside a changed sentence, and what kind of change each is.

Text is cut into tokens (words, figures, whitespace runs, single punctuation
marks). The words and marks (not the whitespace) are compared with
:class:`difflib.SequenceMatcher`, the word diff that wdiff and redlines show;
whitespace between kept words is compared on its own, so a change of spacing
is an edit of its own. A semantic clean-up then joins two edits separated only
by glue (one stop word or mark, shorter than the edits on both sides),
so a rewritten stretch reads as one deletion and one insertion rather than
fragments around "the" and "of". A content word that the word diff keeps is
never swallowed into an edit.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Final

from rapidfuzz.distance import Indel

from newsdiff._analysis._segment import TITLES
from newsdiff._base._kinds import EditCategory, EditKind
from newsdiff._base._lang import GERMAN_WORDS, capitalises_nouns
from newsdiff._base._lis import longest_increasing
from newsdiff._base._text import normalise
from newsdiff._model._changes import Edit

__all__ = [
    "categorise",
    "changes_facts",
    "figures_in",
    "names_in",
    "quoted_spans",
    "tokenize",
    "unit_after",
    "without_links",
    "word_edits",
    "words_of",
]

# Figures keep their separators ("12,300", "3.5", "10:35"); words keep inner
# apostrophes ("don't", "Assad’s"). Every alternative consumes at least one
# character and none nests quantifiers over overlapping classes.
# A Markdown link's target and title ("](/safety/scams "Scams")"): markup, not
# words, so one token whose figures, names and quotation marks count for nothing
# ("2023-08-17" in a URL is no date of the story).
_LINK_TARGET_PATTERN = r'\]\([^()\s]{0,2048}(?:\s"[^"\n]{0,300}")?\)'
_LINK_TARGET = re.compile(_LINK_TARGET_PATTERN)
_WORD_TOKENS = r"\d+(?:[.,:]\d+)*|\w+(?:['’]\w+)*|\s+|[^\w\s]"
_TOKEN = re.compile(f"{_LINK_TARGET_PATTERN}|{_WORD_TOKENS}")
_WORD_TOKEN = re.compile(_WORD_TOKENS)
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_WORD_CHARS = re.compile(r"\W+")

_NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "nor",
        "neither",
        "none",
        "nobody",
        "nothing",
        "nowhere",
        "cannot",
        "without",
    ]
)
# Weekdays and months are facts of time, like figures, so they count as NUMBER.
_TIME_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
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
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        # Time zones name no one: "at 12:00 (GMT)" gives a time, not a name.
        "gmt",
        "bst",
        "utc",
        "cet",
        "cest",
        "est",
        "edt",
        "cst",
        "cdt",
        "pst",
        "pdt",
        "aest",
        "aedt",
    ]
)
_RELATIVE_DAYS = frozenset(("today", "yesterday", "tomorrow", "tonight"))
_NUMBER_WORDS = frozenset(
    [
        "zero",
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
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "billions",
        "trillion",
        "dozen",
        "dozens",
        "half",
        "quarter",
        "third",
        "percent",
        "first",
        "second",
    ]
)
# Capitalised words that are not names when they open a sentence or follow a colon.
_COMMON_CAPITALS = frozenset(
    [
        "a",
        "an",
        "the",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "if",
        "when",
        "while",
        "after",
        "before",
        "as",
        "at",
        "in",
        "on",
        "of",
        "for",
        "to",
        "from",
        "by",
        "with",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)
_OPENING_QUOTES = "“‘«„‚"
# An attachment's format and size name no one: "(PDF, 416 KB, 12 pages)".
_FILE_WORDS: Final = frozenset(
    ["kb", "mb", "gb", "pdf", "html", "odt", "ods", "csv", "doc", "docx", "xls", "xlsx", "zip"]
)
_DIFFLIB_LIMIT = 40_000
_WINDOW = 2_000
# Words too common to anchor a reader's eye between two edits: the clean-up
# joins edits separated by one or two of these (or by marks).
_GLUE = frozenset(
    [
        *_COMMON_CAPITALS,
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "not",
        "into",
        "than",
        "about",
        "which",
        "who",
        "said",
    ]
)
_GLUE_UNITS = 1


def tokenize(text: str) -> list[str]:
    """Cut *text* into word, figure, whitespace and punctuation tokens.

    >>> tokenize("“We can't,” he said: 12,300.")
    ['“', 'We', ' ', "can't", ',', '”', ' ', 'he', ' ', 'said', ':', ' ', '12,300', '.']
    """
    return _TOKEN.findall(text)


def words_of(text: str) -> list[str]:
    """The words and figures of *text*, link targets included, for matching sentences.

    Unlike :func:`tokenize`, the path of a Markdown link counts word by word:
    two lines that are the same link with its text reworded are one line edited.

    >>> words_of("See [the map](/travel/map) now.")
    ['See', 'the', 'map', 'travel', 'map', 'now']
    """
    return [t for t in _WORD_TOKEN.findall(text) if t[0].isalnum() or t[0] == "_"]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of *text* that lie inside quotation marks.

    Curly marks pair by direction; straight double quotes pair in turn. A
    closing mark with no opener means the sentence continues a quotation that
    began earlier, so everything before it is quoted; an opener never closed
    quotes to the end. An apostrophe inside a word is not a mark.

    >>> text = 'He said "we stay" and left.'
    >>> [text[a:b] for a, b in quoted_spans(text)]
    ['we stay']
    """
    spans: list[tuple[int, int]] = []
    double: int | None = None
    single: int | None = None
    straight: int | None = None
    for i, ch in enumerate(text):
        if ch in "“«„":
            double = i + 1 if double is None else double
        elif ch in "”»":
            spans.append((0 if double is None else double, i))
            double = None
        elif ch in "‘‚‹" and double is None:
            single = i + 1 if single is None else single
        elif ch in "’›" and single is not None and not text[i + 1 : i + 2].isalnum():
            spans.append((single, i))
            single = None
        elif ch == '"':
            if straight is None:
                straight = i + 1
            else:
                spans.append((straight, i))
                straight = None
    spans.extend((begin, len(text)) for begin in (double, single, straight) if begin is not None)
    return sorted(spans)


def word_edits(
    old: str,
    new: str,
    *,
    quoted: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]] | None = None,
) -> tuple[tuple[Edit, ...], EditCategory | None]:
    """The token edits that turn *old* into *new*, and the sentence's category.

    The category is the highest, by :class:`EditCategory` precedence, among the
    edits; ``None`` when the texts are equal. *quoted* gives the character
    ranges of each side that are quotations (``QUOTE_TEXT`` when an edit falls
    in one); without it, the ranges inside quotation marks are.

    >>> edits, category = word_edits(
    ...     "Rebels took 12,300 prisoners.", "Rebels took 14,000 prisoners."
    ... )
    >>> [(e.old, e.new) for e in edits], category.name
    ([('12,300', '14,000')], 'NUMBER')
    """
    if old == new:
        return (), None
    old_tokens, new_tokens = tokenize(old), tokenize(new)
    old_starts = _starts(old_tokens)
    new_starts = _starts(new_tokens)
    if quoted is None:
        old_quoted, new_quoted = quoted_spans(_unlinked(old)), quoted_spans(_unlinked(new))
    else:
        old_quoted, new_quoted = list(quoted[0]), list(quoted[1])
    # Soft hyphens, no-break spaces and the like cut words into different
    # tokens on each side, so token edits can pair a word with a neighbour's
    # piece; when the sentences agree letter for letter and figure for figure
    # once typography is folded away, every edit is typography.
    typographic = _categorise_folded(old, new)
    noun_case = capitalises_nouns(old) or capitalises_nouns(new)
    edits = []
    for i1, i2, j1, j2 in _chunks(old_tokens, new_tokens):
        old_text = "".join(old_tokens[i1:i2])
        new_text = "".join(new_tokens[j1:j2])
        category = typographic or categorise(
            old_text,
            new_text,
            opens_sentence=(i1 == 0 or j1 == 0)
            or _after_colon(old_tokens, i1)
            or _after_colon(new_tokens, j1),
            quoted=_inside(old_quoted, old_starts[i1], old_starts[i2])
            or _inside(new_quoted, new_starts[j1], new_starts[j2]),
            noun_case=noun_case,
        )
        kind = EditKind.INSERT if i1 == i2 else EditKind.DELETE if j1 == j2 else EditKind.REPLACE
        edits.append(
            Edit(
                kind=kind,
                old=old_text,
                new=new_text,
                old_start=old_starts[i1],
                new_start=new_starts[j1],
                category=category,
            )
        )
    return tuple(edits), max(e.category for e in edits) if edits else EditCategory.TYPOGRAPHY


def _opcodes(old: list[str], new: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Unit opcodes: difflib's readable ones for sentences, bounded work for giants.

    A "sentence" of thousands of words (a scrape with no punctuation) would
    make difflib's matcher quadratic. Past :data:`_DIFFLIB_LIMIT` cells the
    common ends are set aside and words that occur exactly once on each side
    anchor the match (patience diff); each stretch between anchors is matched
    the same way, by difflib once it is small, and a long stretch with no such
    word window by window (:func:`_windowed`). Cost stays about linear in the
    text, which matters more on hostile input than the finest edit.
    """
    if len(old) * len(new) <= _DIFFLIB_LIMIT:
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        return [tuple(op) for op in matcher.get_opcodes()]  # type: ignore[misc]
    ops: list[tuple[str, int, int, int, int]] = []
    stack = [(0, len(old), 0, len(new))]
    while stack:
        ops.extend(_stretch(old, new, stack.pop(), stack))
    ops.sort(key=lambda op: (op[1], op[3]))
    return _joined(ops)


def _stretch(
    old: list[str],
    new: list[str],
    span: tuple[int, int, int, int],
    stack: list[tuple[int, int, int, int]],
) -> list[tuple[str, int, int, int, int]]:
    """Opcodes for ``old[a1:a2]`` against ``new[b1:b2]`` (*span*); sub-stretches go on *stack*."""
    a1, a2, b1, b2 = span
    out: list[tuple[str, int, int, int, int]] = []
    while a1 < a2 and b1 < b2 and old[a1] == new[b1]:
        out.append(("equal", a1, a1 + 1, b1, b1 + 1))
        a1, b1 = a1 + 1, b1 + 1
    while a2 > a1 and b2 > b1 and old[a2 - 1] == new[b2 - 1]:
        out.append(("equal", a2 - 1, a2, b2 - 1, b2))
        a2, b2 = a2 - 1, b2 - 1
    if a1 == a2 or b1 == b2:
        if a1 < a2 or b1 < b2:
            out.append(("delete" if b1 == b2 else "insert", a1, a2, b1, b2))
        return out
    cells = (a2 - a1) * (b2 - b1)
    if cells <= _DIFFLIB_LIMIT:
        matcher = difflib.SequenceMatcher(None, old[a1:a2], new[b1:b2], autojunk=False)
        out.extend(
            (tag, a1 + i1, a1 + i2, b1 + j1, b1 + j2)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        )
        return out
    anchors = _unique_anchors(old, new, (a1, a2, b1, b2))
    if not anchors:
        out.extend(_windowed(old, new, (a1, a2, b1, b2)))
        return out
    prev_a, prev_b = a1, b1
    for i, j in anchors:
        stack.append((prev_a, i, prev_b, j))
        out.append(("equal", i, i + 1, j, j + 1))
        prev_a, prev_b = i + 1, j + 1
    stack.append((prev_a, a2, prev_b, b2))
    return out


def _windowed(
    old: list[str], new: list[str], span: tuple[int, int, int, int]
) -> list[tuple[str, int, int, int, int]]:
    """Opcodes of a long stretch without unique words, window by window.

    rapidfuzz's bit-parallel LCS runs on windows of :data:`_WINDOW` units from
    where the last window left off; only its opcodes up to the last match
    half-way into both windows are kept, and the next window starts there.
    Edits further apart than a window are found as they are; a stretch that
    resynchronises nowhere within a window is reported as one replacement.
    The cost is linear in the stretch.
    """
    a, a2, b, b2 = span
    out: list[tuple[str, int, int, int, int]] = []
    while a < a2 and b < b2:
        w_a, w_b = min(a2, a + _WINDOW), min(b2, b + _WINDOW)
        ops = [
            (op.tag, a + op.src_start, a + op.src_end, b + op.dest_start, b + op.dest_end)
            for op in Indel.opcodes(old[a:w_a], new[b:w_b])
        ]
        if w_a == a2 and w_b == b2:
            out.extend(ops)
            return out
        half_a, half_b = a + (w_a - a) // 2, b + (w_b - b) // 2
        cut = max(
            (
                k
                for k, op in enumerate(ops)
                if op[0] == "equal" and op[2] >= half_a and op[4] >= half_b
            ),
            default=None,
        )
        if cut is None:
            out.append(("replace", a, a2, b, b2))
            return out
        out.extend(ops[: cut + 1])
        a, b = ops[cut][2], ops[cut][4]
    if a < a2 or b < b2:
        out.append(("delete" if b == b2 else "insert", a, a2, b, b2))
    return out


def _unique_anchors(
    old: list[str], new: list[str], span: tuple[int, int, int, int]
) -> list[tuple[int, int]]:
    """Pairs of positions of words found once on each side, in an order both sides keep."""
    a1, a2, b1, b2 = span
    old_count = Counter(old[a1:a2])
    new_count = Counter(new[b1:b2])
    where_new = {t: j for j in range(b1, b2) if new_count[t := new[j]] == 1 and old_count[t] == 1}
    pairs = [(i, where_new[old[i]]) for i in range(a1, a2) if old[i] in where_new]
    keep = longest_increasing(pairs)
    return [pair for k, pair in enumerate(pairs) if k in keep]


def _joined(ops: list[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    """Neighbouring opcodes of one kind as one; a delete next to an insert as a replace."""
    out: list[tuple[str, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in ops:
        if i1 == i2 and j1 == j2:
            continue
        if out and (out[-1][0] == tag == "equal" or (out[-1][0] != "equal" and tag != "equal")):
            _, a1, _, b1, _ = out[-1]
            joined = "equal" if tag == "equal" else ("replace" if i1 > a1 or i2 > i1 else tag)
            out[-1] = (joined, a1, i2, b1, j2)
            continue
        out.append((tag, i1, i2, j1, j2))
    return [
        ("replace" if tag != "equal" and i1 < i2 and j1 < j2 else tag, i1, i2, j1, j2)
        for tag, i1, i2, j1, j2 in out
    ]


def _is_glue(unit: str) -> bool:
    return not unit[0].isalnum() or normalise(unit).lower() in _GLUE


def _clean_up(
    ops: list[tuple[str, int, int, int, int]], old_units: list[str]
) -> list[tuple[str, int, int, int, int]]:
    """Join edits separated only by a little glue (stop words, marks) into one edit.

    An equal stretch between two edits is absorbed when it is one unit of
    glue and each neighbouring edit is longer, as diff-match-patch's semantic
    clean-up does for characters; "for the" between two edits stays, so the
    reader keeps the words that frame them.
    """
    out: list[tuple[str, int, int, int, int]] = []
    for k, op in enumerate(ops):
        tag, i1, i2, _, j2 = op
        if out and out[-1][0] != "equal" and tag != "equal":
            _, a1, _, b1, _ = out[-1]
            out[-1] = ("replace", a1, i2, b1, j2)
            continue
        if (
            tag == "equal"
            and out
            and k + 1 < len(ops)
            and i2 - i1 <= _GLUE_UNITS
            and all(_is_glue(u) for u in old_units[i1:i2])
        ):
            before, after = out[-1], ops[k + 1]
            if min(_size(before), _size(after)) > i2 - i1:
                _, a1, _, b1, _ = before
                out[-1] = ("replace", a1, i2, b1, j2)
                continue
        out.append(op)
    return out


def _size(op: tuple[str, int, int, int, int]) -> int:
    _, i1, i2, j1, j2 = op
    return max(i2 - i1, j2 - j1)


def _chunks(old: list[str], new: list[str]) -> list[tuple[int, int, int, int]]:
    """Token ranges ``(i1, i2, j1, j2)`` that differ, in order: the edits of a sentence.

    Words and marks are matched by the word diff; whatever lies between two
    kept words (a changed stretch, or changed whitespace) is one edit, less
    the whitespace it shares at its ends.
    """
    old_at = [i for i, t in enumerate(old) if not t.isspace()]
    new_at = [j for j, t in enumerate(new) if not t.isspace()]
    old_units = [old[i] for i in old_at]
    new_units = [new[j] for j in new_at]
    # Kept words, as token indices: the anchors between which edits lie.
    anchors: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in _clean_up(_opcodes(old_units, new_units), old_units):
        if tag == "equal":
            anchors.extend(zip(old_at[i1:i2], new_at[j1:j2], strict=True))
    chunks = []
    prev_i, prev_j = -1, -1
    for i, j in [*anchors, (len(old), len(new))]:
        a1, a2, b1, b2 = prev_i + 1, i, prev_j + 1, j
        # Shared whitespace at either end is not part of the edit.
        while a1 < a2 and b1 < b2 and old[a1] == new[b1] and old[a1].isspace():
            a1, b1 = a1 + 1, b1 + 1
        while a2 > a1 and b2 > b1 and old[a2 - 1] == new[b2 - 1] and old[a2 - 1].isspace():
            a2, b2 = a2 - 1, b2 - 1
        if a1 < a2 or b1 < b2:
            chunks.append((a1, a2, b1, b2))
        prev_i, prev_j = i, j
    return chunks


def _starts(tokens: list[str]) -> list[int]:
    starts = [0]
    for token in tokens:
        starts.append(starts[-1] + len(token))
    return starts


# A pipe separates the cells of a table row run into a line ("Eindhoven | Register here").
_CLAUSE_ENDS = frozenset(":.!?—–|")
# Marks between a clause's start and its first word: opening quotes, brackets,
# list bullets ("* Ensure that ...").
_TRANSPARENT = frozenset(_OPENING_QUOTES + '"([*•·#')
_BULLETS = frozenset("*•")


def _ends_clause(tokens: list[str], j: int) -> bool:
    """Whether token *j* closes a clause: a colon, dash or sentence end, not "Mr." or "J."."""
    mark = tokens[j]
    if mark not in _CLAUSE_ENDS:
        return False
    if mark == "." and j > 0:
        before = tokens[j - 1]
        # A title or an initial keeps the name that follows in its sentence.
        return not (before in TITLES or (len(before) == 1 and before.isupper()))
    return True


def _after_colon(tokens: list[str], i: int) -> bool:
    """Whether token *i* opens a clause (after a colon, dash, sentence end or opening quote)."""
    j = i - 1
    while j >= 0 and (tokens[j].isspace() or tokens[j] in _TRANSPARENT):
        j -= 1
    return j < 0 or _ends_clause(tokens, j)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the text ``[start, end)`` (or, if empty, the point) falls in a quoted span."""
    for a, b in spans:
        if start == end:
            if a <= start <= b and a < b:
                return True
        elif start < b and end > a:
            return True
    return False


def _words(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text) if t[0].isalnum() or t[0] == "_"]


def _numbers(text: str) -> Counter[str]:
    """Figures by value: "12,300" and "12300" are the same figure."""
    return Counter(m.group().replace(",", "") for m in _NUMBER.finditer(normalise(_unlinked(text))))


def without_links(text: str) -> str:
    """*text* with its Markdown links reduced to their text, for showing.

    >>> without_links('* [Scams](/safety/scams "Scams abroad") and more')
    '* Scams and more'
    """
    if "](" not in text:
        return text
    return _LINK_TARGET.sub("", text).replace("[", "")


def _unlinked(text: str) -> str:
    """*text* with the targets of its Markdown links blanked out, offsets kept."""
    if "](" not in text:
        return text
    return _LINK_TARGET.sub(lambda m: " " * len(m.group()), text)


def _categorise_folded(old: str, new: str) -> EditCategory | None:
    """``TYPOGRAPHY`` when *old* and *new* differ only in typography, else ``None``."""
    same_letters = _WORD_CHARS.sub("", normalise(old)) == _WORD_CHARS.sub("", normalise(new))
    if same_letters and _numbers(old) == _numbers(new):
        return EditCategory.TYPOGRAPHY
    return None


def categorise(
    old: str,
    new: str,
    *,
    opens_sentence: bool = False,
    quoted: bool = False,
    noun_case: bool = False,
) -> EditCategory:
    """The category of replacing *old* by *new* (either may be empty).

    *noun_case* says the sentence is German (:func:`capitalises_nouns`), where
    a capitalised word alone is no name.

    >>> categorise("Thursday", "Friday").name
    'NUMBER'
    >>> categorise("—", " - ").name
    'TYPOGRAPHY'
    >>> categorise("", "not").name
    'NEGATION'
    """
    if _categorise_folded(old, new) is not None:
        return EditCategory.TYPOGRAPHY
    old_words, new_words = _words(old), _words(new)
    if quoted:
        return EditCategory.QUOTE_TEXT
    if _negations(old_words) != _negations(new_words):
        return EditCategory.NEGATION
    old_figures, new_figures = _figures(old, old_words), _figures(new, new_words)
    # A figure or date changed into another: both sides have one.
    if old_figures and new_figures and old_figures != new_figures:
        return EditCategory.NUMBER
    if _case_only(old_words, new_words) or _accents_only(old_words, new_words):
        # "bangladesh" -> "Bangladesh", "Statement" -> "statement": letter case
        # only; "Sucumbios" -> "Sucumbíos": an accent put right, the same name.
        return EditCategory.WORDING
    if _names(old, first=opens_sentence, noun_case=noun_case) != _names(
        new, first=opens_sentence, noun_case=noun_case
    ):
        return EditCategory.NAME
    return EditCategory.WORDING


def _figures(text: str, words: list[str]) -> Counter[str]:
    figures: Counter[str] = Counter()
    for figure, count in (_numbers(text) + _kind_words(words)).items():
        # "5" and "five" are one figure: house style, not a new fact.
        figures[_WORD_VALUES.get(figure, figure)] += count
    return figures


# The values of number words up to ninety that house styles spell out.
_SPELLED: Final = tuple(
    re.findall(
        r"\S+",
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty",
    )
)
_TENS: Final = ("thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_VALUES: Final = {word: str(value) for value, word in enumerate(_SPELLED)} | {
    word: str(value) for value, word in zip(range(30, 100, 10), _TENS, strict=True)
}


def changes_facts(old: str, new: str, *, noun_case: bool = False) -> bool:
    """Whether replacing *old* by *new* adds, removes or changes a figure, date or name.

    A ``WORDING`` edit that does so (a figure inserted with other words) still
    changes what the article reports, which significance counts. *noun_case*
    is as for :func:`categorise`.

    >>> changes_facts("was pleased", "was pleased on Monday")
    True
    >>> changes_facts("said", "told reporters")
    False
    """
    old_words, new_words = _words(old), _words(new)
    if _case_only(old_words, new_words) or _accents_only(old_words, new_words):
        return False
    old_names = _names(old, first=False, noun_case=noun_case)
    new_names = _names(new, first=False, noun_case=noun_case)
    return _figures(old, old_words) != _figures(new, new_words) or old_names != new_names


def _accents_only(old_words: list[str], new_words: list[str]) -> bool:
    """Whether the two sides hold the same words, accents aside ("Bogota" -> "Bogotá")."""
    return len(old_words) == len(new_words) and [_unaccented(w) for w in old_words] == [
        _unaccented(w) for w in new_words
    ]


def _unaccented(word: str) -> str:
    """*word* without its diacritics ("Sucumbíos" -> "Sucumbios")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _case_only(old_words: list[str], new_words: list[str]) -> bool:
    """Whether the two sides hold the same words, letter case aside."""
    return [w.casefold() for w in old_words] == [w.casefold() for w in new_words]


def _negations(words: list[str]) -> int:
    count = 0
    for word in words:
        lower = normalise(word).lower()
        if lower in _NEGATIONS or lower.endswith("n't"):
            count += 1
    return count


def _is_time_or_number(word: str) -> bool:
    """A figure-like word: a number word, a relative day, or a capitalised weekday or month.

    Weekdays and months count only capitalised, so "may", "march" and "sat"
    as ordinary words are not dates.
    """
    lower = word.lower()
    if lower in _NUMBER_WORDS or lower in _RELATIVE_DAYS:
        return True
    return lower in _TIME_WORDS and word[:1].isupper()


# Words that say what a figure counts though they are no plural: "2 people",
# "20 million", "17.30 Uhr".
_UNIT_WORDS: Final = frozenset(
    [
        "people",
        "children",
        "men",
        "women",
        "million",
        "millions",
        "billion",
        "billions",
        "thousand",
        "hundred",
        "trillion",
        "percent",
        "mio",
        "mrd",
        "uhr",
        "km",
        "kg",
    ]
)


def unit_after(text: str, at: int) -> str:
    """What the figure that ends at *at* in *text* counts: the word after it, or "".

    A month ("1 March"), a plural noun ("380 cases", "793 Personen"), a scale
    or unit ("20 million", "17.30 Uhr") or "per cent" tells what a bare
    figure is; other words ("2025 there", "26 verzichtet") do not and give "".

    >>> unit_after("It rose to 380 cases on Friday.", 14)
    'cases'
    >>> unit_after("It opens on 18 March 2025.", 14)
    'March'
    >>> unit_after("In 2025 there were fewer.", 7)
    ''
    """
    rest = text[at:]
    if not rest.startswith(" ") or not rest.strip():
        return ""
    words = rest.split(maxsplit=2)
    word = words[0].rstrip(",;:.!?)”’'\"")
    lower = word.lower()
    if not word.isalpha():
        return ""
    if lower == "per" and len(words) > 1 and words[1].rstrip(",;:.!?)").lower() == "cent":
        return "per cent"
    if (lower in _TIME_WORDS and word[:1].isupper()) or lower in _UNIT_WORDS:
        return word
    plural = (lower.endswith("s") and not lower.endswith(("ss", "us", "is"))) or (
        word[:1].isupper() and lower.endswith("en")
    )
    return word if plural and len(word) > 3 else ""


def _kind_words(words: list[str]) -> Counter[str]:
    return Counter(w.lower() for w in words if _is_time_or_number(w))


# Capitalised at a sentence's start, these join no name in German: "Die Preise".
_GERMAN_ARTICLES: Final = GERMAN_WORDS | {"die", "von"}


def _names(text: str, *, first: bool, noun_case: bool = False) -> Counter[str]:
    """The capitalised words of *text* that may be names.

    A word that opens a sentence (the chunk's first word when *first*, or a
    word after a sentence end inside the chunk, ". Other") is capitalised by
    grammar, not because it names something. With *noun_case* (German, where
    every noun is capitalised) a capital alone says nothing: only a run of two
    or more capitalised words ("Thomas Rothacher", "Universität Zürich") or a
    word with capitals inside ("SECO", "IHEID") counts.
    """
    names: Counter[str] = Counter()
    tokens = _TOKEN.findall(text)
    opening = first
    run: list[str] = []

    def close() -> None:
        if not noun_case or len(run) > 1:
            names.update(run)
        else:
            names.update(w for w in run if any(c.isupper() for c in w[1:]))
        run.clear()

    for j, token in enumerate(tokens):
        if token.isspace():
            continue
        if token in _TRANSPARENT:
            close()
            # A bullet after a space opens a list item, capitalised by grammar:
            # "* [Scams](...) * [Partying safely](...)", a list run into a line.
            opening = opening or (token in _BULLETS and (j == 0 or tokens[j - 1].isspace()))
            continue
        if not (token[0].isalnum() or token[0] == "_"):
            # A sentence end opens the next word; other marks ("*", "(", a
            # comma) leave the word after them as it was.
            opening = opening or _ends_clause(tokens, j)
            close()
            continue
        if (
            token[0].isupper()
            and not opening
            and token.lower() not in _TIME_WORDS
            and token.lower() not in _COMMON_CAPITALS
            and token.lower() not in _FILE_WORDS
            and not (noun_case and token.lower() in _GERMAN_ARTICLES)
        ):
            run.append(normalise(token))
        else:
            close()
        opening = False
    close()
    return names


def figures_in(text: str) -> list[str]:
    """The figures and date words in *text*, in order.

    >>> figures_in("By Friday, 14,000 people had fled")
    ['Friday', '14,000']
    """
    return [t for t in tokenize(text) if _NUMBER.fullmatch(t) or _is_time_or_number(t)]


def names_in(text: str) -> list[str]:
    """Runs of capitalised words in *text* that read as proper names.

    >>> names_in("had taken control of the eastern city of Deir Ezzor and")
    ['Deir Ezzor']
    """
    runs: list[list[str]] = []
    current: list[str] = []
    # Whether the run being read holds "of", "for" or "&" (so "and" may go on).
    joined = False
    tokens = [t for t in _hyphened(tokenize(text)) if not t.isspace()]
    for j, token in enumerate(tokens):
        if token[:1].isupper() and token.lower() not in _COMMON_CAPITALS | _FILE_WORDS:
            if token.lower() in _TIME_WORDS and not token[1:].islower():
                # A zone ("GMT") names no one.
                pass
            else:
                current.append(token)
                continue
        elif current and _joins_name(token, tokens[j + 1 : j + 2], joined=joined):
            current.append(token)
            joined = joined or token in _NAME_JOINERS
            continue
        if current:
            runs.append(current)
            current = []
            joined = False
    if current:
        runs.append(current)
    return [" ".join(run) for run in runs]


def _hyphened(tokens: list[str]) -> list[str]:
    """Join capitalised words written with a hyphen between them ("Al-Qaida") into one token.

    *tokens* are all of a text's tokens, spaces included, so a hyphen with no
    space token either side joins the words it touches.
    """
    out: list[str] = []
    for token in tokens:
        if len(out) > 1 and out[-1] == "-" and out[-2][:1].isupper() and token[:1].isupper():
            out[-2:] = [f"{out[-2]}-{token}"]
        else:
            out.append(token)
    return out


# Lower-case words inside the name of an organisation: "Bank of England",
# "Department for Education", "Institute of Export and International Trade".
_NAME_JOINERS: Final = frozenset(("of", "for", "&"))


def _joins_name(word: str, following: list[str], *, joined: bool) -> bool:
    """Whether *word* joins the name being read to the capitalised word *following* it.

    "of", "for" and "&" do; "and" only inside a name already *joined* by one
    of them ("Department of Health and Social Care"), so a list ("Azarc and
    Chainvine") stays two names.
    """
    if not following or not following[0][:1].isupper():
        return False
    if following[0].lower() in _COMMON_CAPITALS:
        return False
    if word in _NAME_JOINERS:
        return True
    return word == "and" and joined
