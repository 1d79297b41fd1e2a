"""Laws of sentence analysis: shape, determinism, quote text, role stability, hostile input.

And reuse: the quote pass read a paragraph at a time reads as the whole-article pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hypothesis import assume, example, given
from hypothesis import strategies as st

from newsdiff._analysis._analyse import analyse
from newsdiff._analysis._marks import MARK
from newsdiff._analysis._quotes import _CITATION, _CODE, find_quotes, group_quotations
from newsdiff._analysis._quotesteps import quotes_by_paragraph
from newsdiff._analysis._rolefeatures import read, year_read
from newsdiff._analysis._roles import lead_paragraph
from newsdiff._base._caches import clear_caches
from newsdiff._base._kinds import QuoteKind
from newsdiff._compare._diff import diff
from newsdiff._model._parts import Paragraph, Sentence
from newsdiff._revision._revision import Revision

# Pieces that drive the quote and attribution rules: every mark style, speech
# verbs, names, pronouns, titles, punctuation and apostrophe words.
_PIECES = st.sampled_from(
    [
        "“", "”", "‘", "’", '"', "'", "''", "``", "«", "»", "„", "‹", "›", "―",
        "said", "told", "added:", "according to", "saying,", "he", "she", "They",
        "Smith", "Brian Carter", "Sen.", "Mr.", "the ministry", "a senior official",
        "don’t", "Assad’s", "’90s", "rock ’n’ roll", "6'2\"", ",", ".", ":", ";", "?",
        "We", "will", "win", "had", "been", "in 2011", "Friday", "could", "comment",
        "ROE:", "(CROSSTALK)", "likened", "Morning Show", "Ms.", "went",
    ]
)  # fmt: skip
_SENTENCE = st.lists(_PIECES, min_size=1, max_size=25).map(" ".join)
_ARTICLE = st.lists(st.lists(_SENTENCE, min_size=1, max_size=4), max_size=6)
_ANY_TEXT = st.text(min_size=1, max_size=60).filter(str.strip)
_ANY_ARTICLE = st.lists(st.lists(_ANY_TEXT, min_size=1, max_size=3), max_size=4)


@given(st.one_of(_ARTICLE, _ANY_ARTICLE))
def test_analyse_keeps_texts_and_shape(paragraphs: list[list[str]]) -> None:
    """Every input sentence comes back once, unchanged, in its paragraph and order."""
    result = analyse(paragraphs)
    assert [[s.text for s in row] for row in result] == paragraphs


@given(st.one_of(_ARTICLE, _ANY_ARTICLE))
def test_analyse_is_deterministic(paragraphs: list[list[str]]) -> None:
    """The same article analysed twice gives equal results."""
    assert analyse(paragraphs) == analyse([list(p) for p in paragraphs])


@given(_ARTICLE)
def test_quote_text_is_a_nonempty_slice_of_its_sentence(paragraphs: list[list[str]]) -> None:
    """Quote.text is non-blank, verbatim in its sentence; reported speech has a cue and words."""
    for row in analyse(paragraphs):
        for sentence in row:
            for quote in sentence.quotes:
                assert quote.text.strip()
                assert quote.text in sentence.text
                if quote.kind is QuoteKind.INDIRECT:
                    assert quote.cue
                    assert any(c.isalnum() for c in quote.text)


def _revision(rows: Sequence[Sequence[Sentence]]) -> Revision:
    return Revision(paragraphs=tuple(Paragraph(sentences=tuple(row)) for row in rows))


@given(_ARTICLE)
@example(paragraphs=[["said told Sen.", "’ ’ : “"]])  # FINDING (ci): a blank subject raised
def test_appended_paragraph_relabels_nothing_above_the_old_last_sentence(
    paragraphs: list[list[str]],
) -> None:
    """An appended paragraph that is not the new lead relabels nothing above the old last one."""
    longer = [*paragraphs, ["A paragraph added at the end of the story."]]
    assume(lead_paragraph(longer) == lead_paragraph(paragraphs))
    before = [s.role for row in analyse(paragraphs) for s in row]
    grown = analyse(longer)
    after = [s.role for row in grown for s in row]
    assert after[: max(len(before) - 1, 0)] == before[:-1]


@given(_ARTICLE)
def test_roles_changed_by_a_new_first_paragraph_count_for_nothing(
    paragraphs: list[list[str]],
) -> None:
    """Sentences relabelled by a new top paragraph change no change, summary or significance."""
    texts = [text for row in paragraphs for text in row]
    assume(paragraphs and len(set(texts)) == len(texts))
    old = analyse(paragraphs)
    new = analyse([["Zebras crossed the old stone bridge at dawn."], *paragraphs])
    # The same new revision with the old analysis of every unchanged sentence.
    kept = [new[0], *old]
    a, b, b_kept = _revision(old), _revision(new), _revision(kept)
    d, d_kept = diff(a, b), diff(a, b_kept)
    assert d.changes == d_kept.changes
    assert d.significance is d_kept.significance
    assert d.summary() == d_kept.summary()
    relabelled = {
        i + 1
        for i, (x, y) in enumerate(zip(b_kept.sentences[1:], b.sentences[1:], strict=True))
        if x != y
    }
    assert {i for c in d.reanalysed for i in c.new_indices} == relabelled


@given(st.integers(min_value=1, max_value=400), st.sampled_from(["“", '"', "'", "’", "«"]))
def test_hostile_runs_of_marks_are_handled(n: int, mark: str) -> None:
    """Long runs of marks, marks and words alternating, and repeated cues do not fail."""
    hostile = [
        mark * n,
        (mark + "a ") * n,
        "“‘" * n + "x" + "’”" * n,
        "he said " * n,
        ("“x,” he said. " * n).strip(),
    ]
    result = analyse([[text] for text in hostile])
    for row, text in zip(result, hostile, strict=True):
        assert row[0].text == text
        assert len(row[0].quotes) <= n + 1


@given(st.one_of(_ARTICLE, _ANY_ARTICLE))
def test_group_quotations_partitions_every_paragraphs_quotes(paragraphs: list[list[str]]) -> None:
    """Groups hold every (sentence, quote) pair of a paragraph once, in reading order."""
    for paragraph in analyse(paragraphs):
        pairs = [pair for group in group_quotations(paragraph) for pair in group]
        expected = [(i, j) for i, s in enumerate(paragraph) for j in range(len(s.quotes))]
        assert pairs == expected


# Whole sentences that carry state into the next paragraph: a quotation left
# open, an "X said:" line, first-person speech, named speakers and subjects,
# pronouns, bare quotes that inherit a speaker.
_CARRYING = st.sampled_from(
    [
        "Ann Lee said:", "Mr. Tom Field, Minister for Transport, said:",
        "Jane Doe told reporters:", "I welcome the plan.", "We will fund it.",
        "“The bridge is safe.", "“and the rest is work.”",
        "“It is over.”", "He added: “We lost.”", "She said the vote was rigged.",
        "“We won,” Ann Lee said.", "Mr. Bob Jones went home.", "The ministry said it would act.",
        "They added: “Nothing changes.”", "The council met on Friday.", "“",
        "She said the plan was “dead on arrival” and would go.",
    ]
)  # fmt: skip
_STEP_SENTENCE = st.one_of(_CARRYING, _CARRYING, _SENTENCE)
_STEP_PARAGRAPH = st.lists(_STEP_SENTENCE, min_size=1, max_size=3)
_STEP_ARTICLE = st.lists(_STEP_PARAGRAPH, max_size=7)
# An edit of one paragraph: replace it, insert one before it, or drop it.
_EDIT = st.tuples(
    st.sampled_from(["replace", "insert", "drop"]),
    st.integers(min_value=0, max_value=7),
    _STEP_PARAGRAPH,
)


def _edited(paragraphs: list[list[str]], edit: tuple[str, int, list[str]]) -> list[list[str]]:
    how, at, new = edit
    at = min(at, len(paragraphs))
    if how == "insert":
        return [*paragraphs[:at], new, *paragraphs[at:]]
    if how == "drop":
        return paragraphs[:at] + paragraphs[at + 1 :]
    return [*paragraphs[:at], new, *paragraphs[at + 1 :]]


@given(_STEP_ARTICLE, _EDIT, st.sets(st.integers(min_value=0, max_value=7), max_size=5))
def test_quotes_read_a_paragraph_at_a_time_equal_the_whole_article_reading(
    paragraphs: list[list[str]], edit: tuple[str, int, list[str]], blockquotes: set[int]
) -> None:
    """After one capture, an edited one read with its unchanged paragraphs reused reads the same."""
    clear_caches()
    edited = _edited(paragraphs, edit)
    for article in (paragraphs, edited, paragraphs):
        expected = find_quotes(article, blockquotes=blockquotes)
        assert quotes_by_paragraph(article, blockquotes=blockquotes) == expected


_YEARS = st.sampled_from(["in 2011", "since 1999", "the 1990s", "2024", "20245", "12", "in 2030s"])


@given(st.lists(st.one_of(_PIECES, _YEARS), min_size=1, max_size=30).map(" ".join))
def test_a_sentence_reads_the_same_with_the_year_year_read_keeps(text: str) -> None:
    """read() with the article's year equals read() with year_read's year (None when unnamed)."""
    for year in (1995, 2011, 2024):
        kept = year_read(text, year)
        assert read(text, (), lead=False, year=year) == read(text, (), lead=False, year=kept)


# The marks pattern as first written, a branch opening with a look back: the
# plain reading that the one kept must equal.
_PLAIN_MARK = re.compile(r"(?<=[^\s'])'(?=''(?!'))|''|``|[\"'“”‘’„«»‹›]")
_MARK_TEXT = st.lists(
    st.sampled_from(["'", "''", "'''", "`", "``", *'"“”‘’„«»‹›', " ", "\n", "a", "b."]),
    max_size=30,
).map("".join)


@given(_MARK_TEXT)
@example(text="a'''b")
@example(text="'''")
@example(text=" '''a")
@example(text="a'''''")
def test_marks_are_those_of_the_plain_pattern(text: str) -> None:
    """MARK finds the marks, at the same places, that the plain pattern finds."""
    assert [m.span() for m in MARK.finditer(text)] == [m.span() for m in _PLAIN_MARK.finditer(text)]


# The citation and code patterns as first written, their word boundaries
# before the branches: the plain readings the ones kept must equal.
_PLAIN_CITATION = re.compile(
    r"\b(?:Retrieved(?:\son)?\s(?:\d{1,2}\s[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s\d{1,2},?)\s\d{4}"
    r"|Archived from the original\b)"
)
_PLAIN_CODE = re.compile(
    r"[{}]|\);|[\"']\s?:\s?[\"'{\[\d]|\b(?:var|function|const|let|return)\s|=>|\+\+|==|&&"
)
_CITED_TEXT = st.lists(
    st.sampled_from(
        ["Retrieved", "Retrieved on", "Archived from the original", "6 July", "July 6,",
         "2017", "xRetrieved", "_Archived", "é", " ", ".", "var", "function", "const", "let",
         "return", "avar", "{", "}", ");", '"', "'", ":", "[", "1", "=>", "++", "==", "&&", "="]
    ),
    max_size=20,
).map(" ".join)  # fmt: skip


@given(_CITED_TEXT)
@example(text="Retrieved 6 July 2017")
@example(text="xRetrieved 6 July 2017 _Archived from the original")
@example(text="a var x; return{ avar x")
def test_citation_and_code_marks_are_those_of_the_plain_patterns(text: str) -> None:
    """_CITATION and _CODE find, at the same places, what the plain patterns find."""
    assert [m.span() for m in _CITATION.finditer(text)] == [
        m.span() for m in _PLAIN_CITATION.finditer(text)
    ]
    assert [m.span() for m in _CODE.finditer(text)] == [
        m.span() for m in _PLAIN_CODE.finditer(text)
    ]
