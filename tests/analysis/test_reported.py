"""Tests for reported speech in newsdiff._analysis._reported."""

from __future__ import annotations

import pytest

from newsdiff._analysis._reported import TAIL_AFTER_CUE, reported_speech


@pytest.mark.parametrize(
    ("sentence", "content", "speaker", "cue"),
    [
        (
            "According to the ministry, 20 people died.",
            "20 people died.",
            "the ministry",
            "according to",
        ),
        (
            "Twenty people died, the ministry said on Friday.",
            "Twenty people died",
            "the ministry",
            "said",
        ),
        ("Ann Lee said that the talks had failed.", "the talks had failed.", "Ann Lee", "said"),
        (
            "Tom Hill was quoted as saying the plan was dead.",
            "the plan was dead.",
            "Tom Hill",
            "quoted as saying",
        ),
    ],
)
def test_reported_speech_gives_content_and_attribution(
    sentence: str, content: str, speaker: str, cue: str
) -> None:
    """Each pattern of reported speech gives its content, speaker and cue."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[0], found[1].speaker, found[1].cue) == (content, speaker, cue)


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator called for a new inquiry into the bank.",
        "The two sides agreed to resume talks in the new year.",
        "Rebels took the city after the army withdrew.",
    ],
)
def test_sentences_without_reported_content_give_none(sentence: str) -> None:
    """Verbs that report no content and plain narration give None."""
    assert reported_speech(sentence) is None


def test_a_long_tail_after_the_cue_is_not_an_attribution() -> None:
    """More than TAIL_AFTER_CUE words after a final cue make it a new clause."""
    tail = " ".join(["again"] * (TAIL_AFTER_CUE + 1))
    found = reported_speech(f"The vote was close, he said {tail}.")
    assert found is None or found[0] != "The vote was close"
