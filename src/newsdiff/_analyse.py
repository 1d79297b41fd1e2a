"""Sentence analysis: roles and quotes (interim: every sentence a FACT, no quotes)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from newsdiff._model import Sentence


def analyse(
    paragraphs: Sequence[Sequence[str]], *, published_at: datetime | None = None
) -> list[list[Sentence]]:
    """Give every sentence of every paragraph its role and quotes."""
    del published_at
    return [[Sentence(text=t) for t in sentences] for sentences in paragraphs]
