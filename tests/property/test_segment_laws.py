from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdiff._analysis._segment import sentence_spans, split_sentences

# Text built from the characters the rules look at, so generated paragraphs
# exercise abbreviations, quotes, ellipses and odd whitespace, not just letters.
_PIECES = st.sampled_from(
    [
        "Mr.",
        "U.S.",
        "a.m.",
        "Inc.",
        "No.",
        "e.g.",
        "J.K.",
        "W.",
        "1.",
        "10:35",
        "$1.5",
        "The",
        "He",
        "said",
        "asked",
        "Wallace",
        "it",
        "etc.",
        "...",
        "…",
        ". . .",
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        "«",
        "»",
        "(",
        ")",
        "[",
        "]",
        "—",
        "--",
        "?”",
        "!”",
        ".”",
        "?!",
        ".",
        "?",
        "!",
        ",",
        ";",
        ":",
        "example.com",
        "bit.ly/x",
        "é",
        "ß",
    ]
)
_SPACE = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u202f", "\u2028", "\x1c", ""])
_NEWSY = st.lists(st.tuples(_PIECES, _SPACE), max_size=60).map(
    lambda parts: "".join(p + s for p, s in parts)
)
_TEXT = st.one_of(_NEWSY, st.text())


def _squeeze(text: str) -> str:
    return "".join(text.split())


@given(_TEXT)
def test_sentences_keep_every_non_space_character_in_order(text: str) -> None:
    """Joining the sentences loses, adds and reorders no non-whitespace character."""
    assert _squeeze(text) == "".join(_squeeze(s) for s in split_sentences(text))


@given(_TEXT)
def test_spans_are_ordered_disjoint_slices(text: str) -> None:
    """Spans lie in the text, in order, without overlap, and their slices are the sentences."""
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[previous_end:start].strip()
        previous_end = end
    assert not text[previous_end:].strip()
    assert [text[a:b] for a, b in spans] == split_sentences(text)


@given(_TEXT)
def test_sentences_are_stripped_and_non_empty(text: str) -> None:
    """Every sentence is non-empty and has no surrounding whitespace."""
    for sentence in split_sentences(text):
        assert sentence
        assert sentence == sentence.strip()


@given(_TEXT)
def test_whitespace_only_text_has_no_sentences(text: str) -> None:
    """Text has sentences exactly when it has a non-whitespace character."""
    assert (split_sentences(text) == []) == (not text.strip())


@given(_NEWSY)
def test_a_sentence_segments_to_itself(text: str) -> None:
    """Segmenting any sentence found again gives back that one sentence (no hidden context)."""
    for sentence in split_sentences(text):
        assert split_sentences(sentence) == [sentence]
