"""Quotations in an article: their spans, kinds, speakers and cues.

The whole article is read at once (its paragraphs, each as its sentences) so a
quotation can run over several paragraphs and a pronoun can be resolved to the
speaker named before it. Each paragraph is read as its sentences joined by one
space, the same text as :attr:`newsdiff.Paragraph.text`.

Marks. ``“ ”``, ``„``, ``« »``, straight ``"``, two apostrophes ``''`` (and
```` `` ````) are *double* marks; ``‘ ’``, ``‹ ›`` and straight ``'`` are *single*.
A straight mark opens after whitespace or an opening bracket and closes before
whitespace or punctuation. ``’`` or ``'`` between letters or digits is an
apostrophe (``don’t``, ``Assad’s``), as are ``’90s``, ``rock ’n’ roll`` and
a word-initial ``’`` (``’em``).

Pairing. The first opening mark outside any quotation opens one; marks of the
other family inside it are nested and stay in its text. A second opening
double mark before the closing one is a typo: the quotation goes on, with
``balanced=False``. A closing double mark with no opening one quotes from the
start of its sentence (or the end of the previous quotation), ``balanced=False``.
A quotation still open at the end of a paragraph continues into the next one
when that paragraph starts with an opening mark (the journalism convention),
and is ``balanced``; otherwise it ends with the paragraph, ``balanced=False``.
A single quotation never closed is taken for apostrophes and dropped.

Kinds. A quotation of at most four words that does not end in punctuation is
a *scare quote* (``its “despondent” chief executive``) and is not reported,
unless a speech cue attributes it; then it is ``PARTIAL``. A longer quotation
that starts with a capital after the start of its sentence, a colon, a comma
or a dash is ``DIRECT``; one inside a clause is ``PARTIAL``. A sentence with
no quotation marks that reports speech (``X said (that) ...``, ``..., X
said.``, ``according to X, ...``) carries an ``INDIRECT`` quote whose text is
the reported content.

A quotation over several sentences gives each sentence a :class:`Quote` for
the part of it inside that sentence, with the same speaker, cue, kind and
balance. ``Quote.text`` is always an exact substring of its sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

import attrs

from newsdiff._model import Quote, QuoteKind
from newsdiff._speakers import (
    PARTICIPLES,
    SPEECH_VERBS,
    WINDOW,
    Attribution,
    attribution_after,
    attribution_before,
    cue_from,
    is_named,
)

__all__ = ["find_quotes"]

_MARK: Final = re.compile(r"''|``|[\"'“”‘’„«»‹›]")
_DOUBLE_OPEN: Final = frozenset(("“", "„", "«", "``"))
_DOUBLE_CLOSE: Final = frozenset(("”", "»"))
_OPEN_BEFORE: Final = "([{—–-/“‘«‹„"
_CLOSE_AFTER: Final = ".,;:!?…)]}—–-”’»›"
_ELISIONS: Final = ("em ", "tis ", "twas ", "til ", "cause ", "bout ", "round ", "n ")
_TERMINAL: Final = tuple(".?!,…;:—")
_SCARE_BEFORE: Final = frozenset(
    ["so-called", "dubbed", "termed", "branded", "labeled", "labelled", "nicknamed", "titled"]
)
_WORD: Final = re.compile(r"[^\W_][\w’'-]{0,40}")
_AS_BEFORE: Final = re.compile(r"\bas(?:\sa|\san|\sthe|\sbeing)?\s{1,3}$")
_FINITE_CUES: Final = SPEECH_VERBS - PARTICIPLES
#: How many paragraphs back a pronoun may reach for its named speaker.
_PRONOUN_REACH: Final = 4
#: How many paragraphs back an unattributed direct quote may inherit a speaker.
_INHERIT_REACH: Final = 1


@attrs.frozen(kw_only=True)
class _Span:
    """Quoted words in one paragraph: content offsets and mark offsets."""

    start: int
    end: int
    mark_start: int
    mark_end: int
    balanced: bool
    continues: bool = False
    orphan: bool = False


@attrs.frozen(kw_only=True)
class _Found:
    """A quotation with its attribution settled, before it is cut per sentence."""

    span: _Span
    kind: QuoteKind
    speaker: str | None
    cue: str | None


def _classify(text: str, start: int, end: int) -> tuple[str, str] | None:
    """Return ``(family, "open"|"close")`` for the mark at *start*, or None."""
    mark = text[start:end]
    prev = text[start - 1] if start else " "
    nxt = text[end] if end < len(text) else " "
    if mark in _DOUBLE_OPEN:
        return ("d", "open")
    if mark in _DOUBLE_CLOSE:
        return ("d", "close")
    if mark in {'"', "''", "'"} and prev.isdigit():
        # Feet and inches: 6'2", 12" pipe.
        return None
    if mark in {'"', "''"}:
        if prev.isspace() or prev in _OPEN_BEFORE:
            return None if nxt.isspace() else ("d", "open")
        if nxt.isspace() or nxt in _CLOSE_AFTER:
            return ("d", "close")
        return None
    if mark in {"‘", "‹"}:
        if nxt.isdigit() or text.startswith(("n’ ", "n' "), end):
            return None
        return ("s", "open")
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


def _pair(texts: Sequence[str], starts: Sequence[Sequence[int]]) -> list[list[_Span]]:
    """Pair the marks of every paragraph into quoted spans, in order."""
    result: list[list[_Span]] = []
    carried = False
    for p, text in enumerate(texts):
        spans: list[_Span] = []
        family: str | None = None
        content = mark_at = 0
        balanced = continues = False
        last_close = 0
        first_visible = len(text) - len(text.lstrip())
        for match in _MARK.finditer(text):
            kind = _classify(text, match.start(), match.end())
            if kind is None:
                continue
            fam, role = kind
            if family is None:
                if role == "open":
                    family, content, mark_at = fam, match.end(), match.start()
                    balanced = True
                    continues = carried and match.start() == first_visible
                elif fam == "d":
                    row = starts[p]
                    sentence_start = row[bisect.bisect_right(row, match.start()) - 1]
                    begin = max(sentence_start, last_close)
                    spans.append(
                        _Span(
                            start=begin,
                            end=match.start(),
                            mark_start=begin,
                            mark_end=match.end(),
                            balanced=False,
                            orphan=True,
                        )
                    )
                    last_close = match.end()
            elif fam != family:
                continue
            elif role == "close":
                spans.append(
                    _Span(
                        start=content,
                        end=match.start(),
                        mark_start=mark_at,
                        mark_end=match.end(),
                        balanced=balanced,
                        continues=continues,
                    )
                )
                family = None
                last_close = match.end()
            elif fam == "d":
                balanced = False
            else:
                content, mark_at = match.end(), match.start()
        carried = False
        if family == "d":
            following = texts[p + 1].lstrip()[:2] if p + 1 < len(texts) else ""
            carried = following.startswith(('"', "“", "„", "«", "''", "``"))
            spans.append(
                _Span(
                    start=content,
                    end=len(text),
                    mark_start=mark_at,
                    mark_end=len(text),
                    balanced=balanced and carried,
                    continues=continues,
                )
            )
        result.append(spans)
    return result


def _previous_word(text: str, at: int) -> str:
    words = _WORD.findall(text[max(0, at - 40) : at])
    return words[-1].lower() if words else ""


def _kind(text: str, span: _Span, sentence_start: int, attributed: bool) -> QuoteKind | None:
    """Return the kind of quotation *span* is, or None for a scare quote."""
    if span.continues or span.orphan:
        return QuoteKind.DIRECT
    content = text[span.start : span.end].strip()
    if not content or not any(c.isalnum() for c in content[:WINDOW]):
        return None
    if _previous_word(text, span.mark_start) in _SCARE_BEFORE:
        return None
    before = text[max(sentence_start, span.mark_start - WINDOW) : span.mark_start].rstrip()
    first = next((c for c in content[:WINDOW] if c.isalpha()), "")
    opens = not before or before[-1] in ":,—–-([" or before[-1] in "”\"»'’"
    sentence_like = first.isupper() and opens
    if len(content.split(maxsplit=5)) <= 4 and not sentence_like and not attributed:
        return None
    return QuoteKind.DIRECT if sentence_like else QuoteKind.PARTIAL


class _Reader:
    """Walks an article's paragraphs in order, keeping the local speaker state."""

    def __init__(self, paragraphs: Sequence[Sequence[str]]) -> None:
        self.paragraphs = paragraphs
        self.texts = [" ".join(sentences) for sentences in paragraphs]
        self.starts: list[list[int]] = []
        for sentences in paragraphs:
            row, at = [], 0
            for sentence in sentences:
                row.append(at)
                at += len(sentence) + 1
            self.starts.append(row or [0])
        self.named: tuple[int, str] | None = None
        self.last: tuple[int, _Found] | None = None
        self.last_sentence: tuple[int, int] | None = None

    def resolve(self, p: int, attribution: Attribution) -> str | None:
        """Return the speaker of *attribution*, pronouns resolved locally."""
        if not attribution.pronoun:
            if is_named(attribution.speaker) and attribution.speaker is not None:
                self.named = (p, attribution.speaker)
            return attribution.speaker
        if self.named is not None and p - self.named[0] <= _PRONOUN_REACH:
            return self.named[1]
        return None

    def attribute(self, p: int, spans: list[_Span], k: int) -> _Found | None:
        """Settle the kind, speaker and cue of the *k*-th span of paragraph *p*."""
        text, row, span = self.texts[p], self.starts[p], spans[k]
        s_open = bisect.bisect_right(row, span.mark_start) - 1
        s_close = bisect.bisect_right(row, max(span.end - 1, span.start)) - 1
        sentence_end = row[s_close + 1] - 1 if s_close + 1 < len(row) else len(text)
        next_mark = spans[k + 1].mark_start if k + 1 < len(spans) else len(text)
        limit = min(sentence_end, next_mark, span.mark_end + WINDOW)
        if text[span.mark_end : span.mark_end + 3].lstrip()[:1] in {"—", "―", "–"}:
            # "...” ― Jane Doe": the segmenter may have cut before the dash.
            limit = min(next_mark, span.mark_end + WINDOW)
        floor = max(row[s_open], spans[k - 1].mark_end if k else 0, span.mark_start - WINDOW)
        found: Attribution | None = None
        if span.continues and self.last is not None:
            previous = self.last[1]
            kind = _kind(text, span, row[s_open], attributed=True)
            return _Found(
                span=span, kind=kind or QuoteKind.DIRECT, speaker=previous.speaker, cue=previous.cue
            )
        content = text[span.start : span.end].strip().rstrip("’'”\"»›").rstrip()
        speechlike = content.endswith(_TERMINAL) or content[:1].isupper()
        after = text[span.mark_end : limit] if span.mark_end <= limit else ""
        before = text[floor : span.mark_start] if floor < span.mark_start else ""
        evaluative = _AS_BEFORE.search(before[-12:]) is not None
        if speechlike and not evaluative:
            found = attribution_after(after, inverted=content.endswith(_TERMINAL)) or (
                attribution_before(before) if before else None
            )
        elif evaluative:
            found = attribution_before(before, evaluative=True)
        else:
            found = (attribution_before(before) if before else None) or attribution_after(
                after, inverted=False
            )
        if found is None and s_open > 0 and not text[row[s_open] : span.mark_start].strip():
            previous_sentence = text[row[s_open - 1] : row[s_open] - 1]
            if previous_sentence.rstrip().endswith(":"):
                found = attribution_before(previous_sentence)
        # A quote in the same sentence as the previous one shares its speech act:
        # 'called him a “liar,” a “bully”'.
        same_sentence = self.last_sentence == (p, s_open)
        kind = _kind(text, span, row[s_open], attributed=found is not None or same_sentence)
        if kind is None:
            return None
        self.last_sentence = (p, s_close)
        if found is not None:
            return _Found(span=span, kind=kind, speaker=self.resolve(p, found), cue=found.cue)
        if self.last is not None and (
            same_sentence
            or (kind is QuoteKind.DIRECT and p - self.last[0] <= _INHERIT_REACH)
            or (kind is QuoteKind.PARTIAL and p == self.last[0])
        ):
            return _Found(span=span, kind=kind, speaker=self.last[1].speaker, cue=None)
        return _Found(span=span, kind=kind, speaker=None, cue=None)

    def indirect(self, p: int, sentence: str) -> Quote | None:
        """Return the reported speech of a sentence without quotation marks."""
        found = _reported(sentence)
        if found is None:
            return None
        content, attribution = found
        if not any(c.isalnum() for c in content[:WINDOW]):
            return None
        return Quote(
            text=content,
            speaker=self.resolve(p, attribution),
            cue=attribution.cue,
            kind=QuoteKind.INDIRECT,
        )

    def read(self) -> list[list[tuple[Quote, ...]]]:
        """Return the quotes of every sentence of every paragraph."""
        all_spans = _pair(self.texts, self.starts)
        result: list[list[tuple[Quote, ...]]] = []
        for p, sentences in enumerate(self.paragraphs):
            text, row, spans = self.texts[p], self.starts[p], all_spans[p]
            per_sentence: list[list[Quote]] = [[] for _ in sentences]
            for k in range(len(spans)):
                settled = self.attribute(p, spans, k)
                if settled is None:
                    continue
                self.last = (p, settled)
                _cut(text, row, sentences, settled, per_sentence)
            for i, sentence in enumerate(sentences):
                if per_sentence[i] or _MARK_CHARS.search(sentence):
                    continue
                quote = self.indirect(p, sentence)
                if quote is not None:
                    per_sentence[i].append(quote)
            result.append([tuple(quotes) for quotes in per_sentence])
            del text
        return result


_MARK_CHARS: Final = re.compile(r"[“”\"«»„]")


def _cut(
    text: str,
    row: Sequence[int],
    sentences: Sequence[str],
    found: _Found,
    out: list[list[Quote]],
) -> None:
    """Give every sentence the part of *found* that lies inside it."""
    span = found.span
    first = bisect.bisect_right(row, span.start) - 1
    for i in range(max(first, 0), len(sentences)):
        s_start = row[i]
        if s_start >= span.end:
            break
        s_end = s_start + len(sentences[i])
        part = text[max(span.start, s_start) : min(span.end, s_end)].strip()
        part = part.rstrip(",").rstrip()
        if not part or not any(c.isalnum() for c in part[:WINDOW]):
            continue
        out[i].append(
            Quote(
                text=part,
                speaker=found.speaker,
                cue=found.cue,
                kind=found.kind,
                balanced=span.balanced,
            )
        )


_ACCORDING_START: Final = re.compile(r"\W{0,3}according to ([^,]{1,120}),\s", re.IGNORECASE)


def _reported(sentence: str) -> tuple[str, Attribution] | None:
    """Find reported speech in *sentence*: its content and attribution."""
    start = _ACCORDING_START.match(sentence)
    if start is not None:
        attribution = attribution_before(sentence[: start.end(1)])
        content = sentence[start.end() :].strip()
        if attribution is not None and content:
            return content, attribution
    tail_at = sentence.rfind(",", max(0, len(sentence) - 120))
    if tail_at > 0:
        tail = sentence[tail_at + 1 :]
        if len(tail.split()) <= 14:
            attribution = attribution_after(tail)
            content = sentence[:tail_at].strip()
            if attribution is not None and len(content.split()) >= 3:
                return content, attribution
    head = sentence[:WINDOW]
    for match in _WORD.finditer(head):
        word = match.group().lower()
        if word not in _FINITE_CUES:
            continue
        if match.start() == 0 or len(head[: match.start()].split()) > 12:
            return None
        attribution = attribution_before(sentence[: match.end()])
        if attribution is None or attribution.speaker is None:
            return None
        cue, cue_end = cue_from(sentence, match.start())
        attribution = attrs.evolve(attribution, cue=cue)
        rest = sentence[cue_end:].lstrip(" ,")
        if rest.lower().startswith("that "):
            rest = rest[5:]
        content = rest.strip()
        if len(content.split(maxsplit=3)) < 3:
            return None
        return content, attribution
    return None


def find_quotes(paragraphs: Sequence[Sequence[str]]) -> list[list[tuple[Quote, ...]]]:
    """Return the quotes of each sentence of each paragraph, in article order.

    >>> found = find_quotes(
    ...     [
    ...         ["Brian Carter told Newsweek: “Russia can offer little.”"],
    ...         ["He added: “Iran is the best bet.”"],
    ...     ]
    ... )
    >>> [(q.text, q.speaker, q.cue) for para in found for s in para for q in s]
    [('Russia can offer little.', 'Brian Carter', 'told Newsweek'), ('Iran is the best bet.', 'Brian Carter', 'added')]
    """  # noqa: E501
    return _Reader(paragraphs).read()
