"""Tests for quotation-mark pairing in newsdiff._analysis._marks."""

from __future__ import annotations

import pytest

from newsdiff._analysis._marks import Span, pair


def spans_of(*paragraphs: str) -> list[list[tuple[str, bool]]]:
    """Return (quoted text, balanced) of every span, paragraph by paragraph."""
    starts = [[0]] * len(paragraphs)
    return [
        [(text[s.start : s.end], s.balanced) for s in row]
        for text, row in zip(paragraphs, pair(paragraphs, starts), strict=True)
    ]


def test_balanced_and_nested_marks_pair_into_one_span() -> None:
    """Single marks inside double marks stay inside the outer quotation."""
    assert spans_of("He said “it is ‘fine’ now” and left.") == [[("it is ‘fine’ now", True)]]


def test_apostrophes_open_nothing() -> None:
    """Apostrophes inside words and before decades pair with nothing."""
    assert spans_of("Assad’s men don’t like the ’90s.") == [[]]


def test_open_quote_continues_when_the_next_paragraph_reopens() -> None:
    """The newsroom convention: a paragraph left open continues into a reopened one."""
    assert spans_of("“We will win.", "“We always do.”") == [
        [("We will win.", True)],
        [("We always do.", True)],
    ]
    found = pair(["“We will win.", "“We always do.”"], [[0], [0]])
    assert isinstance(found[1][0], Span)
    assert found[1][0].continues


def test_unclosed_and_orphan_marks_are_unbalanced() -> None:
    """A quotation never closed, or a closing mark with no opening one, is unbalanced."""
    assert spans_of("“We will win.", "Next.") == [[("We will win.", False)], []]
    assert spans_of("We are taking measures.”") == [[("We are taking measures.", False)]]


def test_double_marks_nest_only_when_two_closing_marks_follow() -> None:
    """“... “hell” ...” nests; the seed's stray second opening mark stays one unbalanced quote."""
    assert spans_of("“I would rather live in what he calls “hell” than here.” ― Ann Lee") == [
        [("I would rather live in what he calls “hell” than here.", True)]
    ]
    assert spans_of("He said: “There is little to offer; “It is unlikely to change.”") == [
        [("There is little to offer; “It is unlikely to change.", False)]
    ]


def test_markup_attribute_values_are_not_quotations() -> None:
    """A straight mark after '=' and the next one enclose a markup value, not a quote."""
    text = '<post author="ferryfan" id="42">The ferry is late again.</post> She said "No."'
    assert spans_of(text) == [[("No.", True)]]


def test_a_spaced_straight_mark_after_a_single_one_closes_the_quotation() -> None:
    """In ``like, 'Oh, fine,' " Ann said`` the spaced straight mark closes the double quote."""
    found = spans_of("\"They treat it like, 'Oh, fine,' \" Ann said.")
    assert found == [[("They treat it like, 'Oh, fine,' ", True)]]


def test_three_apostrophes_close_a_single_then_a_double_quotation() -> None:
    """``''... 'old-school,''' said`` closes the inner quote, then the outer one."""
    found = spans_of("''I would use the word 'old-school,''' said Ann Lee.")
    assert found == [[("I would use the word 'old-school,'", True)]]


def test_a_closing_mark_after_a_stray_space_still_closes() -> None:
    """``coalitions, '' said`` and ``this, " Ann said``: the space does not make it open."""
    assert spans_of("''We built coalitions, '' said Ann Lee. ''It worked.''") == [
        [("We built coalitions, ", True), ("It worked.", True)]
    ]
    assert spans_of('"It is a disgrace, " Ann Lee said.') == [[("It is a disgrace, ", True)]]


def test_an_opening_mark_glued_after_punctuation_closes() -> None:
    """``unusual,“ said``: a mistyped opening mark ends the quotation it follows."""
    assert spans_of("“It is unusual,“ said Ann Lee. “It is hard.”") == [
        [("It is unusual,", True), ("It is hard.", True)]
    ]


def test_a_space_after_an_opening_mark_keeps_it_open() -> None:
    """``said, “ this``: a mark after a space opens, whatever follows it."""
    assert spans_of("He said, “ this is odd.”") == [[(" this is odd.", True)]]


def test_a_closing_mark_before_a_word_it_opens_is_an_opening_one() -> None:
    """A ” set after a space and before a word opens the quotation it starts."""
    assert spans_of("Aides would not let him ”get close to Ben” on policy.") == [
        [("get close to Ben", True)]
    ]
    assert spans_of("”Fear. I am truly afraid.” ― Edwin G. Monroy") == [
        [("Fear. I am truly afraid.", True)]
    ]


def test_a_closing_mark_after_a_word_still_closes() -> None:
    """Swedish style ”...” and a plain closing ” after the words pair as before."""
    assert spans_of("Han sa ”vi vinner” i dag.") == [[("vi vinner", True)]]
    assert spans_of("He said “we will win” today.") == [[("we will win", True)]]


def test_a_straight_mark_glued_to_a_colon_opens() -> None:
    """'Rep. Ann Lee (R-S.C.):"I have not heard ..."': the mark after the colon opens."""
    assert spans_of('Rep. Ann Lee (R-S.C.):"I have not heard that figure."') == [
        [("I have not heard that figure.", True)]
    ]


@pytest.mark.parametrize("quoted", ["about $200,000", "in 1984", "99.9"])
def test_a_straight_mark_after_a_sum_a_year_or_a_decimal_closes(quoted: str) -> None:
    """'accepted "about $200,000" from': the mark after the figure closes; it is no inch."""
    assert spans_of(f'He accepted "{quoted}" from the firms.') == [[(quoted, True)]]


def test_a_mark_after_a_short_measure_is_an_inch_mark() -> None:
    """'a 12" pipe': feet and inches stay no quotation."""
    assert spans_of('They laid a 12" pipe and a 6\'2" frame.') == [[]]
