"""Hypothesis strategies for news revisions, for property tests in your own code.

Install with ``pip install "newsdiff[hypothesis]"``. The strategies make
revisions that read like news copy (names, figures such as "12,300", "3.5%" and
"$4.2 million", weekday and month words, quotations with curly or straight marks
and a speaker, dashes of several styles) and the edits a newsroom makes between
versions: insert, delete or reword a sentence, change a figure, a name or a
negation, move, split and merge sentences and paragraphs, restyle quotation
marks, add a note, change the headline.

>>> from hypothesis import given
>>> from newsdiff import apply, diff
>>> from newsdiff.strategies import edited_pairs
>>> @given(edited_pairs())
... def test_replay(pair):
...     old, new = pair
...     assert apply(old, diff(old, new)) == new
>>> test_replay()

Public strategies: :func:`revisions`, :func:`edited_pairs`,
:func:`typographic_pairs`, :func:`articles`, and the building blocks
:func:`sentences`, :func:`paragraphs` and :func:`notes`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import attrs

try:
    from hypothesis import strategies as st
except ImportError as err:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        'newsdiff.strategies needs Hypothesis: pip install "newsdiff[hypothesis]"'
    ) from err

from newsdiff._base._kinds import NoteKind, QuoteKind, Role
from newsdiff._history._article import Article
from newsdiff._model._parts import Note, Paragraph, Quote, Sentence
from newsdiff._revision._revision import Revision

NAMES = ("Mehdi Rahmati", "Brian Carter", "Dana Whitlock", "Joel Fenner", "Anne Liu", "Paul Hendry")
PLACES = ("Hama", "Homs", "Aleppo", "Damascus", "Harbour Town", "Ashby", "Keller Bridge")
SUBJECTS = ("Rebels", "The council", "Officials", "The company", "Investors", "Residents")
VERBS = ("took", "reported", "announced", "closed", "reached", "rejected", "approved", "counted")
OBJECTS = ("the city", "the plan", "the budget", "the branch", "the bridge", "the shelters")
WHEN = ("on Thursday", "on Friday", "in March", "last week", "on Monday night", "in 2021")
DASHES = (" — ", " – ", " - ", "—")
FIGURES = st.one_of(
    st.integers(1, 99_999).map(lambda n: f"{n:,}"),
    st.tuples(st.integers(0, 99), st.integers(0, 9)).map(lambda t: f"{t[0]}.{t[1]}%"),
    st.integers(1, 999).map(lambda n: f"${n / 10:.1f} million"),
)
WORDS = ("about", "nearly", "more than", "at least", "roughly", "some")
QUOTE_MARKS = (("“", "”"), ('"', '"'))


@st.composite
def plain_sentences(draw: st.DrawFn) -> str:
    """A factual sentence with a figure, a place and a time."""
    subject = draw(st.sampled_from(SUBJECTS))
    verb = draw(st.sampled_from(VERBS))
    obj = draw(st.sampled_from(OBJECTS))
    place = draw(st.sampled_from(PLACES))
    figure = draw(FIGURES)
    word = draw(st.sampled_from(WORDS))
    when = draw(st.sampled_from(WHEN))
    dash = draw(st.sampled_from(DASHES))
    shape = draw(st.integers(0, 2))
    if shape == 0:
        return f"{subject} {verb} {obj} in {place} {when}, with {word} {figure} people affected."
    if shape == 1:
        return f"{subject} {verb} {obj}{dash}{word} {figure} of them{dash}near {place} {when}."
    return f"By {when.removeprefix('on ').removeprefix('in ')}, {subject.lower()} had {verb} {obj}."


@st.composite
def quote_sentences(draw: st.DrawFn) -> Sentence:
    """A direct quotation with its speaker: a :class:`~newsdiff.Sentence` with one quote."""
    speaker = draw(st.sampled_from(NAMES))
    words = draw(plain_sentences()).rstrip(".")
    opening, closing = draw(st.sampled_from(QUOTE_MARKS))
    cue = draw(st.sampled_from(("said", "told reporters", "added")))
    text = f"{opening}{words},{closing} {speaker} {cue}."
    return Sentence(
        text=text,
        role=Role.QUOTE,
        quotes=(Quote(text=words + ",", speaker=speaker, cue=cue, kind=QuoteKind.DIRECT),),
    )


@st.composite
def sentences(draw: st.DrawFn) -> Sentence:
    """A sentence of any role: facts, quotes, background, analysis, meta lines."""
    if draw(st.integers(0, 4)) == 0:
        return draw(quote_sentences())
    role = draw(st.sampled_from((Role.FACT, Role.FACT, Role.BACKGROUND, Role.ANALYSIS, Role.META)))
    return Sentence(text=draw(plain_sentences()), role=role)


def paragraphs(max_sentences: int = 4) -> st.SearchStrategy[Paragraph]:
    """A paragraph of one to *max_sentences* sentences."""
    return st.lists(sentences(), min_size=1, max_size=max_sentences).map(
        lambda s: Paragraph(sentences=tuple(s))
    )


NOTE_TIMES = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2026, 1, 1), timezones=st.just(UTC)
)


@st.composite
def notes(draw: st.DrawFn) -> Note:
    """An update or correction note, with or without a time."""
    kind = draw(st.sampled_from(tuple(NoteKind)))
    at = draw(st.none() | NOTE_TIMES)
    text = draw(
        st.sampled_from(
            (
                "This article has been updated with additional information.",
                "An earlier version misstated the number of evacuated homes.",
                "This story has been updated to include comment from the council.",
            )
        )
    )
    return Note(kind=kind, at=at, text=text)


@st.composite
def revisions(draw: st.DrawFn, max_paragraphs: int = 6) -> Revision:
    """A revision with a body, and sometimes a headline, byline, notes, times, metadata."""
    body = draw(st.lists(paragraphs(), min_size=0, max_size=max_paragraphs))
    published = draw(st.none() | NOTE_TIMES)
    return Revision(
        paragraphs=tuple(body),
        headline=draw(st.none() | st.sampled_from(("Rebels take Hama", "Council closes branch"))),
        byline=tuple(draw(st.lists(st.sampled_from(NAMES), max_size=2, unique=True))),
        url=draw(st.none() | st.just("https://news.example/story")),
        published_at=published,
        notes=tuple(draw(st.lists(notes(), max_size=1))),
        metadata=draw(st.dictionaries(st.sampled_from(("site", "lang")), st.text(max_size=5))),
    )


# --- edits ----------------------------------------------------------------------

Body = list[list[Sentence]]


def _body(revision: Revision) -> Body:
    return [list(p.sentences) for p in revision.paragraphs]


def _rebuild(revision: Revision, body: Body) -> Revision:
    paras = tuple(Paragraph(sentences=tuple(p)) for p in body if p)
    return attrs.evolve(revision, paragraphs=paras)


def _text(s: Sentence, text: str) -> Sentence:
    """*s* with new text (unless that text is blank)."""
    return attrs.evolve(s, text=text) if text.strip() else s


def restyle_quotes(text: str) -> str:
    """Swap curly and straight quotation marks and dash styles: typography only."""
    table = str.maketrans({"“": '"', "”": '"', "—": "–", "–": "—", "’": "'"})
    if any(c in text for c in "“”—–’"):
        return text.translate(table)
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out).replace("'", "’")


@st.composite
def edit_body(draw: st.DrawFn, body: Body) -> Body:
    """Apply one realistic edit to a body (lists of sentences per paragraph)."""
    kind = draw(
        st.sampled_from(
            (
                "insert",
                "delete",
                "reword",
                "figure",
                "name",
                "negate",
                "move",
                "split",
                "merge",
                "restyle",
                "repara",
                "reanalyse",
            )
        )
    )
    flat = [(i, j) for i, p in enumerate(body) for j in range(len(p))]
    if kind == "insert" or not flat:
        i = draw(st.integers(0, len(body)))
        if i == len(body) or draw(st.booleans()):
            body.insert(i, [draw(sentences())])
        else:
            body[i].insert(draw(st.integers(0, len(body[i]))), draw(sentences()))
        return body
    i, j = draw(st.sampled_from(flat))
    s = body[i][j]
    if kind == "delete":
        del body[i][j]
    elif kind == "reword":
        body[i][j] = _text(s, s.text.replace(" the ", " a ", 1).replace(" had ", " have ", 1))
    elif kind == "figure":
        body[i][j] = _text(s, bump_figure(s.text))
    elif kind == "name":
        old, new = draw(st.sampled_from(PLACES)), draw(st.sampled_from(PLACES))
        body[i][j] = _text(s, s.text.replace(old, new))
    elif kind == "negate":
        body[i][j] = _text(s, s.text.replace(" had ", " had not ", 1))
    elif kind == "move":
        del body[i][j]
        k = draw(st.integers(0, len(body)))
        if k == len(body):
            body.append([s])
        else:
            body[k].insert(draw(st.integers(0, len(body[k]))), s)
    elif kind == "split" and ", " in s.text:
        head, _, tail = s.text.partition(", ")
        body[i][j : j + 1] = [_text(s, head + "."), _text(s, tail[:1].upper() + tail[1:])]
    elif kind == "merge" and j + 1 < len(body[i]):
        nxt = body[i][j + 1]
        merged = s.text.rstrip(".") + ", and " + nxt.text[:1].lower() + nxt.text[1:]
        body[i][j : j + 2] = [_text(s, merged)]
    elif kind == "restyle":
        body[i][j] = _text(s, restyle_quotes(s.text))
    elif kind == "repara" and len(body[i]) > 1:
        body[i : i + 1] = [body[i][:j] or body[i][:1], body[i][j:] if j else body[i][1:]]
    elif kind == "reanalyse":
        role = draw(st.sampled_from(tuple(Role)))
        body[i][j] = attrs.evolve(s, role=role)
    return [p for p in body if p]


def bump_figure(text: str) -> str:
    """The text with its first digit changed (a figure update)."""
    out = []
    done = False
    for ch in text:
        if ch.isdigit() and not done:
            out.append(str((int(ch) + 3) % 10))
            done = True
        else:
            out.append(ch)
    return "".join(out)


@st.composite
def edited_pairs(draw: st.DrawFn, max_edits: int = 5) -> tuple[Revision, Revision]:
    """A revision and a realistically edited later version of it."""
    old = draw(revisions())
    body = _body(old)
    for _ in range(draw(st.integers(0, max_edits))):
        body = draw(edit_body(body))
    new = _rebuild(old, body)
    if draw(st.booleans()):
        note = draw(notes())
        new = attrs.evolve(new, notes=(*new.notes, note))
    if draw(st.booleans()):
        new = attrs.evolve(new, headline=draw(st.none() | st.sampled_from(("Rebels seize Homs",))))
    if draw(st.booleans()):
        shift = timedelta(hours=draw(st.integers(1, 48)))
        new = attrs.evolve(new, captured_at=(old.published_at or datetime(2024, 1, 1)) + shift)
    return old, new


@st.composite
def typographic_pairs(draw: st.DrawFn) -> tuple[Revision, Revision]:
    """A revision and a copy changed only in typography (marks, dashes, breaks, spaces)."""
    old = draw(revisions())
    body = _body(old)
    for p in body:
        for k, s in enumerate(p):
            choice = draw(st.integers(0, 2))
            if choice == 1:
                p[k] = _text(s, restyle_quotes(s.text))
            elif choice == 2:
                p[k] = _text(s, s.text.replace(" ", "  ", 1))
    if len(body) > 1 and draw(st.booleans()):
        body[0:2] = [body[0] + body[1]]
    return old, _rebuild(old, body)


@st.composite
def articles(draw: st.DrawFn, max_revisions: int = 5) -> Article:
    """An :class:`~newsdiff.Article`: a revision and successive realistic edits of it.

    Every revision shares the first one's URL and gets a distinct, increasing
    ``captured_at``, so the article's order is the order of the edits.
    """
    first = draw(revisions())
    start = first.published_at or datetime(2024, 1, 1, tzinfo=UTC)
    if start.utcoffset() is None:
        start = start.replace(tzinfo=UTC)
    current = attrs.evolve(first, captured_at=start)
    history = [current]
    for step in range(draw(st.integers(0, max_revisions - 1))):
        body = _body(current)
        for _ in range(draw(st.integers(1, 3))):
            body = draw(edit_body(body))
        current = attrs.evolve(
            _rebuild(current, body), captured_at=start + timedelta(hours=step + 1)
        )
        history.append(current)
    return Article(revisions=history)
