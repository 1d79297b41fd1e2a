"""Tests of tools/train_roles.py that need no dataset: how it scores cross-validated roles."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

TOOL = Path(__file__).resolve().parent.parent / "tools" / "train_roles.py"


def load_tool() -> ModuleType:
    """Import tools/train_roles.py (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("newsdiff_train_roles_tool", TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_role_f1_scores_each_role_and_macro_f1_is_their_mean() -> None:
    """Each role's F1 comes from the decided roles; macro-F1 averages all five."""
    tool = load_tool()
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
