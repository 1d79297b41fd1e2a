"""Laws of newsdiff._analysis._analyse: shape, determinism, quote text, hostile input."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdiff import QuoteKind
from newsdiff._analysis._analyse import analyse
from newsdiff._analysis._quotes import group_quotations

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


@given(_ARTICLE)
def test_roles_of_later_sentences_ignore_a_new_first_paragraph(
    paragraphs: list[list[str]],
) -> None:
    """Adding a paragraph at the top changes no role beyond the old first two paragraphs."""
    before = [s.role for row in analyse(paragraphs)[2:] for s in row]
    after = [s.role for row in analyse([["A new first paragraph."], *paragraphs])[3:] for s in row]
    assert after == before


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
