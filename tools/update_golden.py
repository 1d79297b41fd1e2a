"""Rewrite ``tests/golden/*.json`` from the current code, for changes meant to show.

Usage::

    python tools/update_golden.py

Review the JSON diff before committing it: a refactoring must leave it empty.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.golden.cases import CASES, GOLDEN


def main() -> None:
    """Write one JSON file per case."""
    for name, case in sorted(CASES.items()):
        text = json.dumps(case(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (GOLDEN / f"{name}.json").write_text(text, encoding="utf-8")
        print(f"wrote tests/golden/{name}.json")


if __name__ == "__main__":
    main()
