"""Tests for sentence roles in newsdiff._roles."""

from __future__ import annotations

import json
from datetime import datetime
from importlib import resources

import pytest

from newsdiff._model import Quote, QuoteKind, Role
from newsdiff._roles import ROLE_ORDER, classify, features, meta_rule, roles, with_context


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Newsweek requested comment from Iran’s Foreign Ministry via email Friday night.",
            "comment",
        ),
        ("The company did not immediately respond to a request for comment.", "comment"),
        ("A spokesman declined to comment.", "comment"),
        ("Jane Doe contributed reporting from Beirut.", "credit"),
        ("Reporting by Jane Doe; Editing by John Roe", "credit"),
        ("Photo: Getty Images", "credit"),
        ("This story has been updated with additional information.", "updated"),
        ("Updated 12/06/24, 10:35 PM: more details were added.", "updated"),
        ("Click here to sign up for our newsletter.", "prompt"),
    ],
)
def test_meta_rules_catch_lines_about_the_article(text: str, rule: str) -> None:
    """Comment requests, credits, update lines and prompts match their META rule."""
    assert meta_rule(text) == rule
    assert classify(text, (), ["bias"]) is Role.META


@pytest.mark.parametrize(
    "text",
    [
        "Rebels took control of the city on Thursday.",
        "The commentator requested more time to finish his book.",
        "Officials said the updated figures would be released.",
    ],
)
def test_meta_rules_leave_story_sentences_alone(text: str) -> None:
    """Ordinary story sentences match no META rule."""
    assert meta_rule(text) is None


def test_direct_and_partial_quotes_make_a_quote_sentence() -> None:
    """A sentence carrying words in quotation marks is a QUOTE whatever the model says."""
    for kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL):
        quote = Quote(text="we will win", speaker="Smith", cue="said", kind=kind)
        assert classify("Smith said “we will win”.", (quote,), ["bias"]) is Role.QUOTE


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            (
                "Iran has been a close ally of the regime throughout the 13-year civil war, "
                "which began in 2011."
            ),
            Role.BACKGROUND,
        ),
        (
            (
                "If forces withdraw, the regime could be brought to the brink of defeat and "
                "would likely look to Russia for relief."
            ),
            Role.ANALYSIS,
        ),
    ],
)
def test_model_reads_tense_time_and_hedges(text: str, role: Role) -> None:
    """Perfect tense and years read as background; modals and hedges as analysis."""
    assert roles([(text, (), False)]) == [role]


def test_features_mark_tense_years_and_dates() -> None:
    """Past perfect, years before the article's year and weekdays become features."""
    feats = features(
        "By Friday, rebels had taken the city, as in 2011.",
        (),
        lead=True,
        published_at=datetime(2024, 12, 6),
    )
    for name in ("t:past_perfect", "d:year_before", "d:recent", "p:lead", "w:rebels"):
        assert name in feats
    assert feats == sorted(set(feats))


def test_features_of_quotes_name_their_kind() -> None:
    """Each quote kind in a sentence shows as a feature."""
    quote = Quote(text="x y z", speaker="Smith", kind=QuoteKind.INDIRECT)
    feats = features("Smith said x y z.", (quote,), lead=False)
    assert {"q:indirect", "q:any", "q:speaker", "cue:speech"} <= set(feats)


def test_context_adds_only_neighbouring_sentences() -> None:
    """with_context reads only the previous and next sentence, never further away."""
    own = [["a"], ["b"], ["c"], ["d"]]
    assert with_context(own) == [["Nb", "a"], ["Nc", "Pa", "b"], ["Nd", "Pb", "c"], ["Pc", "d"]]


def test_inserting_a_paragraph_at_the_top_changes_only_nearby_roles() -> None:
    """A new opening paragraph leaves the roles of later sentences unchanged."""
    body = [
        ("Rebels took control of the city on Thursday.", (), True),
        ("The regime could be brought to the brink of defeat.", (), False),
        ("Iran has been an ally since 2011.", (), False),
        ("Newsweek requested comment from the ministry.", (), False),
        ("The war has escalated in recent days.", (), False),
    ]
    before = roles(body)
    inserted = [
        ("A new opening paragraph was added today.", (), True),
        (body[0][0], (), False),
        *body[1:],
    ]
    after = roles(inserted)
    assert after[3:] == before[2:]


def test_shipped_weights_are_plain_data_for_every_role() -> None:
    """The weights file is JSON with one value per role for every feature."""
    raw = resources.files("newsdiff").joinpath("_role_weights.json").read_text("utf-8")
    data = json.loads(raw)
    assert data["roles"] == [role.value for role in ROLE_ORDER]
    assert data["weights"]
    assert all(len(row) == len(ROLE_ORDER) for row in data["weights"].values())
