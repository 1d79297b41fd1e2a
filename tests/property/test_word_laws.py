"""Laws of word edits: chunks no coarser than a word diff, categories true of their chunk."""

from __future__ import annotations

import difflib

from hypothesis import given
from hypothesis import strategies as st

from newsdiff import EditCategory, Op, Revision, diff
from newsdiff._compare._words import figures_in, names_in, tokenize, word_edits

# A vocabulary in the shape of news prose: stop words, verbs, nouns, figures,
# dates, capitalised names, marks.
_GLUE = ["the", "a", "of", "to", "in", "and", "for", "on", "was", "said"]
_CONTENT = ["rebels", "city", "took", "fled", "officials", "budget", "plan", "vote", "army"]
_FIGURES = ["12", "14,000", "3.5", "Monday", "Friday", "March", "two", "2016"]
_NAMES = ["Hama", "Anna", "Field", "Reyes", "Damascus", "White", "House"]
_MARKS = [",", ".", ";", "—"]
_KEEPERS = frozenset(w.lower() for w in _CONTENT + _FIGURES + _NAMES)
WORDS = st.sampled_from(_GLUE + _CONTENT + _FIGURES + _NAMES + _MARKS)


@st.composite
def sentence_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """A sentence and a reworded copy: words replaced, inserted and deleted at random."""
    old = draw(st.lists(WORDS, min_size=3, max_size=30))
    new = list(old)
    for _ in range(draw(st.integers(1, 6))):
        action = draw(st.sampled_from(["replace", "insert", "delete"]))
        if action == "insert" or not new:
            new.insert(draw(st.integers(0, len(new))), draw(WORDS))
        else:
            at = draw(st.integers(0, len(new) - 1))
            if action == "replace":
                new[at] = draw(WORDS)
            else:
                del new[at]
    return "The " + " ".join(old) + ".", "The " + " ".join(new) + "."


def _kept_content_spans(old: str, new: str) -> list[tuple[int, int]]:
    """Character spans of *old*'s content words that difflib's word diff keeps.

    The word diff compares the words and marks of each side (whitespace aside),
    as wdiff does.
    """
    spans, a = [], []
    at = 0
    for token in tokenize(old):
        if not token.isspace():
            spans.append((at, at + len(token)))
            a.append(token)
        at += len(token)
    b = [t for t in tokenize(new) if not t.isspace()]
    kept = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag == "equal":
            kept += [
                spans[k] for k in range(i1, i2) if a[k].lower() in _CONTENT + _FIGURES + _NAMES
            ]
    return kept


@given(sentence_pairs())
def test_an_edit_never_swallows_a_content_word_the_word_diff_keeps(
    pair: tuple[str, str],
) -> None:
    """No edit's old text covers a content word that difflib's word diff of the pair keeps."""
    old, new = pair
    edits, _ = word_edits(old, new)
    kept = _kept_content_spans(old, new)
    for edit in edits:
        start, end = edit.old_start, edit.old_start + len(edit.old)
        assert not [old[a:b] for a, b in kept if start <= a and b <= end], edit


@given(sentence_pairs())
def test_edits_replay_and_categories_are_true_of_their_chunks(pair: tuple[str, str]) -> None:
    """Edits rebuild the new text; NUMBER has a figure both sides, NAME a name on one side."""
    old, new = pair
    edits, _ = word_edits(old, new)
    rebuilt, cursor = [], 0
    for edit in edits:
        rebuilt.append(old[cursor : edit.old_start])
        rebuilt.append(edit.new)
        cursor = edit.old_start + len(edit.old)
    rebuilt.append(old[cursor:])
    assert "".join(rebuilt) == new
    for edit in edits:
        if edit.category is EditCategory.NUMBER:
            assert figures_in(edit.old), edit
            assert figures_in(edit.new), edit
        if edit.category is EditCategory.NAME:
            assert names_in(edit.old) or names_in(edit.new), edit


@given(sentence_pairs())
def test_summary_lists_figures_only_where_a_figure_changed(pair: tuple[str, str]) -> None:
    """A "figures changed" line appears only when some NUMBER chunk exists in the diff."""
    old, new = pair
    d = diff(Revision.from_paragraphs([old]), Revision.from_paragraphs([new]))
    numbers = [
        e
        for c in d.changes
        if c.op is not Op.ADDED
        for e in c.edits
        if e.category is EditCategory.NUMBER
    ]
    has_line = any(
        line.split(" ", 2)[1:2] in (["figure"], ["figures"]) for line in d.summary().splitlines()
    )
    assert has_line == bool(numbers)
