"""Typographic noise in raw text never makes a diff more than TYPOGRAPHIC.

The revisions come from ``parse_text`` (not hand-built), so the whole
pipeline is exercised: the noisy copy of an article goes through paragraph
splitting, segmentation, quote and role analysis like a real capture would.
Noise is what differs between two captures of an unchanged article: quote
styles, dash styles, non-breaking spaces, soft hyphens, zero-width marks,
the Unicode normal form, and paragraphs re-wrapped at a fixed width.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from newsdiff import Significance, diff, parse_text
from tests.strategies import NAMES, plain_sentences

CURLY_TO_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
DASHES = ("—", "–", "--")


@st.composite
def news_sentences(draw: st.DrawFn) -> str:
    """A news sentence: a plain one, or a quotation with an apostrophe and a speaker."""
    text = draw(plain_sentences())
    if draw(st.booleans()):
        return text
    speaker = draw(st.sampled_from(NAMES))
    return f"“{text.rstrip('.')}, it’s done,” {speaker} said."


@st.composite
def article_texts(draw: st.DrawFn) -> str:
    """Blank-line separated paragraphs of news sentences, with accents and em dashes."""
    paragraphs = draw(
        st.lists(st.lists(news_sentences(), min_size=1, max_size=3), min_size=1, max_size=5)
    )
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    return text.replace(" in ", " in the café of ", 1).replace(" — ", " — ")


def _soft_hyphens(text: str, every: int) -> str:
    words = text.split(" ")
    return " ".join(
        w[:3] + "\u00ad" + w[3:] if len(w) > 6 and i % every == 0 else w
        for i, w in enumerate(words)
    )


def _zero_width(text: str, every: int) -> str:
    words = text.split(" ")
    return " ".join(w + "\u200b" if i % every == 0 else w for i, w in enumerate(words))


def _nbsp(text: str, every: int) -> str:
    parts = text.split(" ")
    out = parts[0]
    for i, part in enumerate(parts[1:], 1):
        out += ("\u00a0" if i % every == 0 else " ") + part
    return out


def _rewrap(text: str, width: int) -> str:
    return "\n\n".join(
        "\n".join(textwrap.wrap(p, width=width, break_long_words=False, break_on_hyphens=False))
        for p in text.split("\n\n")
    )


NOISES: dict[str, Callable[[str, int], str]] = {
    "straight quotes": lambda t, _k: t.translate(CURLY_TO_STRAIGHT),
    "dash style": lambda t, k: t.replace("—", DASHES[k % 3]),
    "nbsp": lambda t, k: _nbsp(t, 2 + k % 3),
    "soft hyphens": lambda t, k: _soft_hyphens(t, 1 + k % 3),
    "zero-width marks": lambda t, k: _zero_width(t, 2 + k % 3),
    "NFD": lambda t, _k: unicodedata.normalize("NFD", t),
    "rewrap": lambda t, k: _rewrap(t, 60 + 7 * (k % 4)),
    "CRLF": lambda t, _k: t.replace("\n", "\r\n"),
    "double spaces": lambda t, _k: t.replace(". ", ".  "),
}


@given(article_texts(), st.sets(st.sampled_from(sorted(NOISES)), min_size=1), st.integers(0, 11))
@example(
    "“Rebels took the city, it’s done,” Anne Liu said. Officials — about 12 of them — left.",
    {"straight quotes", "dash style", "NFD"},
    1,
)
@example(  # FINDING: a no-break space plus soft hyphens inside a quote read as a QUOTE_TEXT edit.
    "“Rebels took the city in the café of Hama on Thursday, with about 1 people affected, "
    "it’s done,” Mehdi Rahmati said.",
    {"nbsp", "soft hyphens"},
    0,
)
@example(  # FINDING: soft hyphens added after a re-wrap made the lines look too uneven to rejoin.
    "By Thursday, rebels had announced the budget. “Rebels announced the budget in the café of "
    "Keller Bridge on Thursday, with more than 1 people affected, it’s done,” Mehdi Rahmati said."
    "\n\n“By Thursday, rebels had reported the city, it’s done,” Joel Fenner said.\n\n“The "
    "council took the city in Hama on Thursday, with about 1 people affected, it’s done,” Mehdi "
    "Rahmati said.",
    {"CRLF", "double spaces", "NFD", "soft hyphens", "nbsp", "dash style", "rewrap"},
    1,
)
def test_noise_is_at_most_typographic(text: str, noises: set[str], k: int) -> None:
    """Re-capturing an article with typographic noise gives significance <= TYPOGRAPHIC."""
    noisy = text
    for name in sorted(noises):
        noisy = NOISES[name](noisy, k)
    a, b = parse_text(text), parse_text(noisy)
    d = diff(a, b)
    assert d.significance <= Significance.TYPOGRAPHIC, (sorted(noises), d.summary())
    assert a.fingerprint == b.fingerprint


@given(article_texts(), st.sampled_from(sorted(NOISES)), st.integers(0, 11))
@example(  # FINDING: a wrapped line ending in `,”` was taken for a finished paragraph.
    "Rebels took the city in the café of Hama on Thursday, with about 1 people affected.\n\n"
    "“By Thursday, rebels had reported the city, it’s done,” Mehdi Rahmati said.",
    "rewrap",
    0,
)
@example(  # FINDING: soft hyphens in a quote and its speaker list the quote as added and removed.
    "“Rebels took the city in Hama, it’s done,” Mehdi Rahmati said.", "soft hyphens", 0
)
def test_noise_alone_changes_no_words(text: str, noise: str, k: int) -> None:
    """Each kind of noise on its own adds or removes no sentence and no quote."""
    d = diff(parse_text(text), parse_text(NOISES[noise](text, k)))
    assert not d.added()
    assert not d.removed()
    assert not d.quotes_added
    assert not d.quotes_removed
