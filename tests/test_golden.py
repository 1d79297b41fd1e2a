"""Outputs pinned byte for byte: ids, revision JSON and diff JSON of fixed cases."""

import json

import pytest

from tests.golden.cases import CASES, GOLDEN


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_matches_the_pinned_json(name):
    """A case's JSON equals the reviewed file in tests/golden/."""
    expected = (GOLDEN / f"{name}.json").read_text(encoding="utf-8")
    actual = json.dumps(CASES[name](), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    assert actual == expected
