"""Laws of the summary's counts: they agree with the API views and the renderers' headings.

The vocabulary (docs/diff.md, "Counting"): role lines and role sections count
*sentences* ("4 quote sentences added"); quotations are counted apart, as
groups of :class:`~newsdiff.Quote` values in those sentences ("3 quotations").
"""

from __future__ import annotations

import re

from hypothesis import given

from newsdiff import Op, Revision, Role, Significance, diff, render
from tests.strategies import edited_pairs

_NOUNS = {
    Role.FACT: "facts?",
    Role.QUOTE: "quote sentences?",
    Role.BACKGROUND: "background sentences?",
    Role.ANALYSIS: "analysis sentences?",
    Role.META: "lines? about the article",
}
_HEADINGS = {
    Role.FACT: "Facts",
    Role.QUOTE: "Quote sentences",
    Role.BACKGROUND: "Background",
    Role.ANALYSIS: "Analysis",
    Role.META: "Meta",
}


def _said(summary: str, role: Role, verb: str) -> int:
    line = re.compile(rf"(\d+) {_NOUNS[role]} {verb}\b")
    found = [int(m.group(1)) for text in summary.splitlines() if (m := line.match(text))]
    assert len(found) <= 1
    return found[0] if found else 0


@given(edited_pairs())
def test_summary_counts_are_the_sentences_the_views_return(
    pair: tuple[Revision, Revision],
) -> None:
    """Each "N <role> added/removed" is the number of sentences added()/removed() return."""
    d = diff(*pair)
    summary = d.summary()
    if summary.startswith("Typographic changes only"):
        # A typographic diff is summarised in one line, without counts.
        assert d.significance is Significance.TYPOGRAPHIC
        return
    for role in Role:
        assert _said(summary, role, "added") == len(d.added(role))
        assert _said(summary, role, "removed") == len(d.removed(role))
        edited = sum(len(c.new) for c in d.changes if c.op is Op.EDITED and c.role is role)
        assert _said(summary, role, "edited") == edited


@given(edited_pairs())
def test_renderers_head_each_role_with_the_same_count(pair: tuple[Revision, Revision]) -> None:
    """Text and Markdown name each role section with the number of its changes."""
    d = diff(*pair)
    text = render.text(d, color=False)
    markdown = render.markdown(d)
    for role in Role:
        count = sum(1 for c in d.changes if c.role is role)
        heading = f"{_HEADINGS[role]} ({count})"
        assert (heading in text.splitlines()) == (count > 0)
        assert (f"## {heading}" in markdown.splitlines()) == (count > 0)


@given(edited_pairs())
def test_quotations_are_counted_only_where_quotes_were_found(
    pair: tuple[Revision, Revision],
) -> None:
    """A quotations count never exceeds the quotes found in its sentences, nor appears without."""
    d = diff(*pair)
    for verb, sentences in (("added", d.added(Role.QUOTE)), ("removed", d.removed(Role.QUOTE))):
        line = re.compile(rf"\d+ quote sentences? {verb}: (\d+) quotations?\b")
        counts = [int(m.group(1)) for t in d.summary().splitlines() if (m := line.match(t))]
        quotes = sum(len(s.quotes) for s in sentences)
        if counts:
            assert 1 <= counts[0] <= quotes
        else:
            assert quotes == 0
