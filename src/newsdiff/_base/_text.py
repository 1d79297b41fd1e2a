"""Small text utilities: readable truncation and typographic normalisation.

Normalisation is used only for comparison (fingerprints, alignment); the model
always keeps text exactly as written.
"""

from __future__ import annotations

import re
import unicodedata

_REPR_LIMIT = 60

#: Characters that carry no letters: soft hyphen, zero-width space/joiners, word
#: joiner, byte-order mark, and the bidi controls that scrapes leave behind.
INVISIBLE_CHARS = (
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
#: The invisible characters that stand between words (not the soft hyphen or
#: the joiners, which sit inside them).
INVISIBLE_SEPARATORS = "".join(c for c in INVISIBLE_CHARS if c not in "\u00ad\u200c\u200d")
_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARS))
#: Finds any of :data:`INVISIBLE_CHARS`. Most text has none, and a search runs
#: in C at a fraction of the cost of ``str.translate`` with a dict table, so
#: callers look before they translate.
ANY_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
_DOUBLE_QUOTES = "“”„‟«»″〝〞＂"
_SINGLE_QUOTES = "‘’‚‛‹›′`´"
_DASHES = "‐‑‒–—―−﹘﹣－"
_TYPO_TABLE = str.maketrans(
    {
        **dict.fromkeys(map(ord, _DOUBLE_QUOTES), '"'),
        **dict.fromkeys(map(ord, _SINGLE_QUOTES), "'"),
        **dict.fromkeys(map(ord, _DASHES), "-"),
    }
)
_ANY_TYPO = re.compile(f"[{re.escape(_DOUBLE_QUOTES + _SINGLE_QUOTES + _DASHES)}]")
_SPACE_RUN = re.compile(r"\s+")
_TWO_APOSTROPHES = re.compile(r"''")
# Typewriter copy writes an em dash as two or three hyphens.
_HYPHEN_RUN = re.compile(r"-{2,}")


def truncate(text: str, limit: int = _REPR_LIMIT) -> str:
    """Shorten *text* to at most *limit* characters, marking the cut with "…".

    >>> truncate("a" * 10, 5)
    'aaaa…'
    """
    if len(text) <= limit:
        return text
    return text[: limit - 1] + "…"


def short_repr(value: object) -> str:
    """``repr`` of a value, with long strings truncated (used by the model's reprs)."""
    if isinstance(value, str):
        return repr(truncate(value))
    return repr(value)


def normalise(text: str) -> str:
    """Fold typographic variation away, for comparison only.

    Applies NFKC (so ``…`` becomes ``...`` and non-breaking spaces become
    spaces), drops soft hyphens, zero-width and bidi control characters, maps
    every quotation-mark style to ``"`` or ``'`` (two apostrophes used as a
    quotation mark become ``"``), every dash (and a typewriter ``--``) to ``-``,
    and collapses whitespace.

    >>> normalise("“Don’t”\u00a0— he  said\u00ad.")
    '"Don\\'t" - he said.'
    >>> normalise("It ended -- or did it?") == normalise("It ended — or did it?")
    True
    """
    if ANY_INVISIBLE.search(text) is not None:
        text = text.translate(_INVISIBLE)
    text = unicodedata.normalize("NFKC", text)
    if _ANY_TYPO.search(text) is not None:
        text = text.translate(_TYPO_TABLE)
    text = _TWO_APOSTROPHES.sub('"', text)
    text = _HYPHEN_RUN.sub("-", text)
    return _SPACE_RUN.sub(" ", text).strip()
