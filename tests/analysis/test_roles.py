"""Tests for sentence roles and the features they are read from."""

from __future__ import annotations

import json
from datetime import datetime
from importlib import resources
from pathlib import Path

import attrs
import pytest

import newsdiff
from newsdiff._analysis._rolefeatures import (
    Marks,
    features,
    in_article,
    marks,
    read,
    with_context,
    year_read,
)
from newsdiff._analysis._roles import (
    ROLE_ORDER,
    _reading,
    choose,
    classify,
    lead_paragraph,
    meta_rule,
    roles,
    rule_role,
    scores,
)
from newsdiff._base._kinds import QuoteKind, Role
from newsdiff._model._parts import Quote
from newsdiff._revision._revision import Revision


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
        ("Related:", "prompt"),
        ("Watch: rescuers reach the village", "prompt"),
        ("Video Player Close", "prompt"),
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
        "Asked to comment on the ruling, the mayor said the city would appeal.",
        "The lawyer, who could not be reached for comment, has told reporters he will appeal.",
    ],
)
def test_meta_rules_leave_story_sentences_alone(text: str) -> None:
    """Ordinary story sentences match no META rule."""
    assert meta_rule(text) is None


def test_a_direct_quote_makes_a_quote_sentence() -> None:
    """A sentence carrying a whole quotation is a QUOTE whatever the model says."""
    quote = Quote(text="we will win", speaker="Smith", cue="said", kind=QuoteKind.DIRECT)
    assert classify("Smith said: “We will win.”", (quote,), ["bias"]) is Role.QUOTE


def test_a_partial_quote_alone_leaves_the_role_to_the_model() -> None:
    """'She called his actions “a crucial step”': the rules fix no role; the model weighs it."""
    quote = Quote(text="a crucial step", speaker="Lee", cue="called", kind=QuoteKind.PARTIAL)
    assert rule_role("Lee called the plan “a crucial step”.", (quote,)) is None
    direct = Quote(text="We will win.", speaker="Lee", cue="said", kind=QuoteKind.DIRECT)
    assert rule_role("Lee said: “We will win.”", (quote, direct)) is Role.QUOTE


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
    """A weekday past perfect, years before the article’s year and weekdays become features."""
    feats = features(
        "By Friday, rebels had taken the city, as in 2011.",
        (),
        lead=True,
        published_at=datetime(2024, 12, 6),
    )
    for name in ("t:recent_perfect", "d:year_before", "d:recent", "p:lead", "w:rebels"):
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


def test_appending_a_paragraph_leaves_earlier_roles_alone() -> None:
    """A paragraph added at the end changes no role above the old last sentence."""
    body = [
        ("Rebels took control of the city on Thursday.", (), True),
        ("The regime could be brought to the brink of defeat.", (), False),
        ("Iran has been an ally since 2011.", (), False),
        ("Newsweek requested comment from the ministry.", (), False),
        ("The war has escalated in recent days.", (), False),
    ]
    longer = [*body, ("Talks are expected to resume next week in Geneva.", (), False)]
    assert roles(longer)[:4] == roles(body)[:4]


def test_position_counts_from_the_lead() -> None:
    """Lines above the lead are 'pre'; the lead's first sentence is position 0."""
    nothing: Marks = frozenset()
    placed = in_article([(nothing, False), (nothing, True), (nothing, False)])
    assert [feats[0] for feats in placed] == ["a:pre", "a:pos0", "a:pos1"]


def test_day_named_in_the_lead_is_compared() -> None:
    """A later sentence naming the lead's day is 'same_day', another day 'other_day'."""
    friday: Marks = frozenset({"friday"})
    placed = in_article([(friday, True), (friday, False), (frozenset({"monday"}), False)])
    assert placed == [["a:pos0", "a:lead_day"], ["a:pos1", "a:same_day"], ["a:pos2", "a:other_day"]]


def test_marks_are_the_weekdays_named() -> None:
    """A sentence's marks are the weekdays among its words, and nothing else."""
    words = read("On Friday, rebels led by Abu Omar took Hama.", (), lead=False, year=None)[0]
    assert marks(words) == {"friday"}
    assert marks(("rebels", "fridays")) == frozenset()


@pytest.mark.parametrize(
    ("paragraphs", "lead"),
    [
        ([["Rebels took the city of Hama on Friday morning."]], 0),
        (
            [
                ["Source: Wire| 2019-01-04 17:32:49|Editor: AB"],
                ["Video Player Close"],
                ["LIMA, Jan. 4 (Wire) -- Ferries stopped running on Friday after the storm."],
            ],
            2,
        ),
        (
            [
                ["Firefighters are seen outside the depot after the blast on Friday morning."],
                ["(Wire/Jane Roe)"],
                ["Ferries stopped running on Friday after the storm hit the coast."],
            ],
            2,
        ),
        ([["By Jane Roe"], ["Short."]], 0),
    ],
)
def test_lead_is_the_first_paragraph_that_opens_the_story(
    paragraphs: list[list[str]], lead: int
) -> None:
    """Source lines, player controls, captions and credits above the story are not the lead."""
    assert lead_paragraph(paragraphs) == lead


def test_shipped_weights_are_plain_data_for_every_role() -> None:
    """The weights file is JSON with one value per role for every feature."""
    raw = resources.files("newsdiff").joinpath("_analysis", "_role_weights.json").read_text("utf-8")
    data = json.loads(raw)
    assert data["roles"] == [role.value for role in ROLE_ORDER]
    assert data["weights"]
    assert all(len(row) == len(ROLE_ORDER) for row in data["weights"].values())
    assert len(data["offsets"]) == len(ROLE_ORDER)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mayor Ann Lee speaks to reporters in Springfield, March 3, 2023.", "shape:caption"),
        ("Firefighters are seen outside the depot.", "shape:caption"),
        ("(1 dollar = 0.92 euro)", "shape:caption"),
        ("The bridge was closed last year.", "t:last"),
        ("The mill shut two decades ago.", "t:ago"),
        ("The law was passed in 2009.", "t:in_year"),
        ("Prices have risen since the strike.", "t:since"),
        ("Officials met earlier this month.", "t:earlier"),
        ("The vote is expected to pass.", "t:future"),
        ("The plan could fail.", "t:cond"),
        ("Sales rose 4 percent.", "n:percent"),
        ("The firm paid $3 million.", "n:money"),
        ("LISBON (Wire) - Ferries stopped running.", "shape:dateline"),
        ("(Wire) - Ferries stopped running.", "shape:dateline"),
    ],
)
def test_features_name_captions_times_and_figures(text: str, name: str) -> None:
    """Captions, time expressions, hedges, figures and datelines become named features."""
    assert name in features(text, (), lead=False)


def test_past_perfect_tied_to_the_story_days_is_marked_recent() -> None:
    """'By Friday ... had taken' is a recent past perfect; without a weekday it is not."""
    recent = features("By Friday, the rebels had taken the port.", (), lead=False)
    old = features("The rebels had taken the port once before.", (), lead=False)
    assert "t:recent_perfect" in recent
    assert "t:past_perfect" not in recent
    assert "t:past_perfect" in old
    assert "t:recent_perfect" not in old


def test_models_meta_only_for_captions_and_credits() -> None:
    """The model's META is kept for captions and credit lines, dropped for prose and headings."""
    meta_heavy = [0.0, 0.1, 0.0, 0.0, 9.0]
    assert ROLE_ORDER[choose(meta_heavy, ["shape:end"])] is Role.QUOTE
    for mark in ("shape:caption", "shape:credit"):
        assert ROLE_ORDER[choose(meta_heavy, ["shape:end", mark])] is Role.META
        assert ROLE_ORDER[choose(meta_heavy, [mark])] is Role.META
    for other in ([], ["shape:caps"], ["shape:caps", "len:5"]):
        assert ROLE_ORDER[choose(meta_heavy, other)] is Role.QUOTE


@pytest.mark.parametrize(
    "line",
    [
        "• 85% of water systems are working",
        "• 1,200 shelters are open across the island",
        "85% of water systems are working",
        "RESCUE EFFORTS CONTINUE",
        "What happens next",
        "Former chief economist at the World Bank, 2012-2016",
        "Career: reporter, Harbor Times, 1998-2004; editor, Daily Wire, 2004-2010",
    ],
)
def test_situation_figures_subheads_and_career_lines_are_not_meta(line: str) -> None:
    """Bulleted figures, subheads and a profile box's career line are not META."""
    lead = ("Rebels took the city of Hama on Friday after a week of fighting.", (), True)
    assert roles([lead, (line, (), False)])[1] is not Role.META


@pytest.mark.parametrize(
    "line",
    [
        "REUTERS/Jane Roe",
        "Source: Wire| 2019-01-04 17:32:49|Editor: AB",
        "By Jane Roe",
        "by Wire writer Jane Roe",
        "E-mail: desk@news.example.",
        "Enditem",
        "Flood map - https://news.example/flood-map",
    ],
)
def test_credit_source_and_byline_lines_are_credits(line: str) -> None:
    """Picture credits, source and editor lines, bylines, addresses and end marks are credits."""
    assert "shape:credit" in features(line, (), lead=False)


@pytest.mark.parametrize(
    "line",
    [
        "Israeli/Palestinian talks resumed.",
        "By Friday the rebels",
        "Stand by Me",
        "Harbor City",
        "* [Volcano service](https://volcano.example/status) (in English) for daily updates",
    ],
)
def test_credit_shape_needs_a_credit_form(line: str) -> None:
    """Prose with a slash, 'By' openers, headings and a bullet holding a link are not credits."""
    assert "shape:credit" not in features(line, (), lead=False)


def test_recent_past_perfect_turns_background_into_fact() -> None:
    """A recent past perfect reads as FACT over BACKGROUND, but not when hedged."""
    background = [0.0, 0.0, 2.0, 0.0, 0.0]
    assert ROLE_ORDER[choose(background, ["t:recent_perfect"])] is Role.FACT
    hedged = ["t:cond", "t:recent_perfect"]
    assert ROLE_ORDER[choose(background, hedged)] is Role.BACKGROUND
    assert ROLE_ORDER[choose(background, ["t:past_perfect"])] is Role.BACKGROUND


def test_context_keeps_words_to_their_own_sentence() -> None:
    """Neighbours lend their tense, shape and quote features but not their words."""
    own = [["first:rebels", "t:was", "w:rebels"], ["bias"]]
    assert with_context(own)[1] == ["Pt:was", "bias"]


def test_captions_read_as_meta() -> None:
    """A photo caption line and a currency note are META, not story prose."""
    lines = [
        ("Rescue workers search the rubble in Harbor City, June 4, 2022.", (), False),
        ("(1 dollar = 0.92 euro)", (), False),
    ]
    assert roles(lines) == [Role.META, Role.META]


def test_seed_article_reads_sensibly() -> None:
    """The seed's news of the day, background, analysis and comment request get their roles."""
    seed = (Path(__file__).parents[1] / "fixtures" / "seed.txt").read_text(encoding="utf-8")
    revision = newsdiff.parse_text(seed)
    found = {s.text[:30]: s.role for p in revision.paragraphs for s in p.sentences}
    assert found["By Friday, rebels had taken co"] is Role.FACT
    assert found["Iran has been a close ally of "] is Role.BACKGROUND
    assert found["If Iranian forces withdraw fro"] is Role.ANALYSIS
    assert found["Newsweek requested comment fro"] is Role.META


_ARTICLE = [
    ("BEIRUT (Wire) - Rebels took control of the city on Thursday.", (), True),
    ("The regime could be brought to the brink of defeat, analysts say.", (), False),
    ("Iran has been an ally of the government since 2011.", (), False),
    ("Prices had risen 4 percent by last year.", (), False),
    ("Newsweek requested comment from the ministry.", (), False),
    ("Mayor Ann Lee speaks to reporters in Springfield, March 3, 2023.", (), False),
]


def test_roles_agree_with_classify_over_context_features() -> None:
    """roles() gives each sentence the role classify() gives it from its context features."""
    own = [features(text, quotes, lead=lead) for text, quotes, lead in _ARTICLE]
    placed = in_article(
        [(marks(read(text, (), lead=lead, year=None)[0]), lead) for text, _, lead in _ARTICLE]
    )
    expected = [
        classify(text, quotes, [*feats, *extra])
        for (text, quotes, _), feats, extra in zip(_ARTICLE, with_context(own), placed, strict=True)
    ]
    assert roles(_ARTICLE) == expected


def test_read_gives_the_parts_features_names() -> None:
    """read() returns distinct words in order, the first word and the other features."""
    words, first, others = read("The city fell; the city burned.", (), lead=False, year=None)
    assert words == ("the", "city", "fell", "burned")
    assert first == "the"
    named = {*others, *(f"w:{w}" for w in words), f"first:{first}"}
    assert sorted(named) == features("The city fell; the city burned.", (), lead=False)


def test_scores_do_not_depend_on_feature_order() -> None:
    """A sentence's scores are exact sums: any order of its features gives the same totals."""
    feats = features("Iran has been an ally since 2011, analysts say.", (), lead=False)
    assert scores(feats) == scores(list(reversed(feats)))


def test_rule_role_prefers_meta_then_quotes() -> None:
    """The META rules win over a quotation, and indirect speech alone leaves the model to decide."""
    direct = Quote(text="No comment", speaker="Smith", cue="said", kind=QuoteKind.DIRECT)
    indirect = Quote(text="talks would go on", speaker="Smith", cue="said", kind=QuoteKind.INDIRECT)
    declined = "“We have nothing to add,” Smith said, and declined to comment."
    assert rule_role(declined, (direct,)) is Role.META
    assert rule_role("“No comment,” Smith said.", (direct,)) is Role.QUOTE
    assert rule_role("Smith said talks would go on.", (indirect,)) is None


def test_weekday_cues_read_only_their_trigger_words() -> None:
    """A weekday is a day cue only as its own word: 'Mondays' does not trigger it."""
    assert "t:on_day" in features("Talks resume on Monday.", (), lead=False)
    assert "t:on_day" not in features("Talks resume on Mondays ahead.", (), lead=False)


def test_lead_sentence_relabelled_by_a_new_lead_counts_for_nothing() -> None:
    """A sentence relabelled by a new lead above it is reanalysed, not in the summary or rating."""
    body = [
        "Rebels took the city of Hama on Friday after a week of fighting.",
        "The regime could be brought to the brink of defeat, analysts say.",
    ]
    old = Revision.from_paragraphs(body)
    new = Revision.from_paragraphs(["Zebras crossed the old stone bridge at dawn.", *body])
    kept = attrs.evolve(new, paragraphs=(new.paragraphs[0], *old.paragraphs))
    d, d_kept = newsdiff.diff(old, new), newsdiff.diff(old, kept)
    # Which body sentences the new lead relabels depends on the shipped weights;
    # that some are, and only body sentences, does not.
    assert d.reanalysed
    assert {c.new_indices for c in d.reanalysed} <= {(1,), (2,)}
    assert d_kept.reanalysed == ()
    assert d.changes == d_kept.changes
    assert d.summary() == d_kept.summary()
    assert d.significance is d_kept.significance


def test_a_reading_from_an_undated_capture_serves_a_dated_one() -> None:
    """Of an article read undated then dated, only the sentences naming a year are read again."""
    newsdiff.clear_caches()
    roles(_ARTICLE)
    before = _reading.cache_info().misses
    dated = roles(_ARTICLE, published_at=datetime(2024, 12, 6))
    # "since 2011" and "March 3, 2023" are compared with the article's year.
    assert _reading.cache_info().misses - before == 2
    newsdiff.clear_caches()
    assert roles(_ARTICLE, published_at=datetime(2024, 12, 6)) == dated


def test_year_read_keeps_the_year_only_for_a_sentence_naming_one() -> None:
    """year_read gives the year for a year in the first 1,000 characters, else None."""
    assert year_read("Iran has been an ally since 2011.", 2024) == 2024
    assert year_read("Prices rose 4 percent.", 2024) is None
    assert year_read("x" * 1000 + " in 2011", 2024) is None
    assert year_read("in 2011", None) is None
