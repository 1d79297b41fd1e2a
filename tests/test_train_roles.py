"""Tests of tools/train_roles.py that need no dataset: how it scores cross-validated roles."""

from __future__ import annotations

from tests.tooling import load_tool


def test_role_f1_scores_each_role_and_macro_f1_is_their_mean() -> None:
    """Each role's F1 comes from the decided roles; macro-F1 averages all five."""
    tool = load_tool("train_roles")
    fact_wins = [1.0, 0.0, 0.0, 0.0, 0.0]
    quote_wins = [0.0, 1.0, 0.0, 0.0, 0.0]
    scored = [
        (fact_wins, (["bias"], 0, None)),  # FACT read as FACT
        (fact_wins, (["bias"], 1, None)),  # QUOTE read as FACT
        (quote_wins, (["bias"], 1, None)),  # QUOTE read as QUOTE
        (fact_wins, (["bias"], 2, 2)),  # BACKGROUND fixed by rule
    ]
    zero = [0.0] * 5
    per_role = tool.role_f1(scored, zero)
    assert per_role == [2 / 3, 2 / 3, 1.0, 0.0, 0.0]
    assert tool.macro_f1(scored, zero) == sum(per_role) / 5
