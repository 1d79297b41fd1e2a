"""Sentence segmentation (interim placeholder, replaced by the news-aware segmenter)."""

from __future__ import annotations

import re

_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def split_sentences(text: str) -> list[str]:
    """Split *text* into sentences."""
    return [s.strip() for s in _END.split(text) if s.strip()]
