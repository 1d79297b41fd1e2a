"""Laws of sentence analysis: shape, determinism, quote text, role stability, hostile input."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import assume, given
from hypothesis import strategies as st

from newsdiff._analysis._analyse import analyse
from newsdiff._analysis._quotes import group_quotations
from newsdiff._analysis._roles import lead_paragraph
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
