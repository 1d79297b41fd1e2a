"""Print the regular-expression review table for docs/guarantees.md.

    python fuzz/regex_review.py > /tmp/table.md

One row per distinct pattern in the package (as collected by
``tests/test_regex_safety.py``): where it lives, how the package runs it
(anchored ``match`` or a scan), whether it nests quantifiers ambiguously, the
reviewed input bound if any, the measured time growth for 4x longer
adversarial input (linear is about 4; below a few milliseconds the ratio is
noise) and the time for all adversarial strings of 2,000 characters.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import test_regex_safety as rs


def main() -> None:
    """Print the table."""
    print("| Pattern | Run as | Nested quantifiers | Input bound (reviewed) | Growth x4 | ms |")
    print("|---|---|---|---|---|---|")
    for where in sorted(rs.PATTERNS):
        pattern = rs.PATTERNS[where][1]
        run = "match" if rs.uses(where) <= {"match", "fullmatch"} else "scan"
        nested = "none" if not rs.nested(rs._parsed(pattern), pattern.flags) else "AMBIGUOUS"  # noqa: SLF001
        bound = rs.REVIEWED.get(where, (None, "-"))[1]
        small, large = rs.scan_time(where, rs.SMALL), rs.scan_time(where, rs.LARGE)
        growth = f"{large / small:.1f}" if small > 1e-4 else "< 0.1 ms"
        print(f"| `{where}` | {run} | {nested} | {bound} | {growth} | {large * 1000:.1f} |")


if __name__ == "__main__":
    main()
