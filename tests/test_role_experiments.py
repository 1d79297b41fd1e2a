"""Tests of tools/role_experiments.py that need no dataset: decoding and one feature."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from tests.tooling import load_tool


def _sentence(tool: ModuleType, gold: int | None, fixed: int | None = None) -> Any:
    return tool.Annotated(feats=["bias"], gold=gold, fixed=fixed, text="", para=0)


def test_viterbi_holds_rule_roles_and_follows_transitions() -> None:
    """A rule's role stays; a weak score gives way to a strong transition out of it."""
    tool = load_tool("role_experiments")
    doc = [_sentence(tool, 1, fixed=1), _sentence(tool, 0)]
    # The second sentence leans to FACT, but QUOTE -> ANALYSIS is much likelier.
    emissions = [[5.0, 0.0, 0.0, 0.0, 0.0], [0.2, 0.0, 0.0, 0.0, 0.0]]
    never = -10.0
    transitions = [[0.0] * 5 for _ in range(5)]
    transitions[1] = [never, never, never, 0.0, never]
    assert tool.viterbi(doc, emissions, transitions, [0.0] * 5) == [1, 3]
    flat = [[0.0] * 5 for _ in range(5)]
    assert tool.viterbi(doc, emissions, flat, [0.0] * 5) == [1, 0]


def test_decided_roles_are_scored_as_decided() -> None:
    """Roles passed to outcome() through decided() give the F1 of those roles."""
    tool = load_tool("role_experiments")
    doc = [_sentence(tool, 0), _sentence(tool, 1), _sentence(tool, None)]
    result = tool.outcome("x", [tool.decided(doc, [0, 0, 4])])
    assert result.per_role == [2 / 3, 0.0, 0.0, 0.0, 0.0]
    assert result.fold_fact == [2 / 3]


def test_main_tense_reads_past_a_leading_clause_and_a_said() -> None:
    """The tense is the main clause's, not the opening clause's or the attribution's."""
    tool = load_tool("role_experiments")
    assert tool.main_tense("After the vote was held, the party has lost its seat, he said.") == (
        "presperf"
    )
    assert tool.main_tense("Shares will fall, analysts said.") == "modal"
