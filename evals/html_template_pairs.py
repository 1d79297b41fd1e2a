"""Check that page-template changes around an unchanged article are not reported as changes.

Usage::

    python evals/html_template_pairs.py DATASET_DIR [--compare]

``DATASET_DIR`` holds one folder per site, each with captures of the same
article taken years apart: the body text is the same, the page around it is
not (redesigns, explainer widgets, newsletter boxes, "published more than 4
years ago" banners). The layout used here (github.com/johnl/web-page-parser,
``spec/fixtures/``): in each folder, a capture ``NAME.html`` pairs with every
``NAME-SUFFIX.html`` (a later capture, such as ``-2022`` or
``-with-explainer``); the shorter name is the older capture.

For each pair the script parses both pages with :func:`newsdiff.parse_html`,
diffs them, and prints the significance and the diff's summary. Every pair
must come out at most ``TYPOGRAPHIC``; the exit status is 1 if one does not.

``--compare`` also runs trafilatura's three extraction modes (precision,
default, recall) on every page and prints, per mode, how many pairs pass and
how many body paragraphs each page yields: the measurement behind the
choice of ``favor_recall`` in ``newsdiff._reading._html``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from newsdiff._base._kinds import Significance
from newsdiff._compare._diff import diff
from newsdiff._reading import _html
from newsdiff._reading._html import parse_html

MODES: dict[str, dict[str, Any]] = {
    "precision": {"favor_precision": True, "favor_recall": False},
    "default": {"favor_precision": False, "favor_recall": False},
    "recall": {"favor_precision": False, "favor_recall": True},
}


def find_pairs(root: Path) -> list[tuple[Path, Path]]:
    """Pair ``NAME.html`` with each ``NAME-SUFFIX.html`` in every folder under *root*."""
    pairs: list[tuple[Path, Path]] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        pages = sorted(folder.glob("*.html"), key=lambda p: (len(p.stem), p.stem))
        for i, old in enumerate(pages):
            pairs.extend(
                (old, new) for new in pages[i + 1 :] if new.stem.startswith(old.stem + "-")
            )
    return pairs


def run(pairs: list[tuple[Path, Path]], *, verbose: bool) -> tuple[int, list[int]]:
    """Diff every pair; return how many pass and the paragraph count of every page."""
    passed = 0
    counts: list[int] = []
    for old_path, new_path in pairs:
        start = time.perf_counter()
        old = parse_html(old_path.read_bytes())
        new = parse_html(new_path.read_bytes())
        result = diff(old, new)
        elapsed = time.perf_counter() - start
        counts += [len(old.paragraphs), len(new.paragraphs)]
        ok = result.significance <= Significance.TYPOGRAPHIC
        passed += ok
        if verbose:
            name = f"{old_path.parent.name}/{old_path.name} -> {new_path.name}"
            print(f"{'PASS' if ok else 'FAIL'} {name}")
            print(
                f"  significance: {result.significance.name}; paragraphs "
                f"{len(old.paragraphs)} -> {len(new.paragraphs)}; {elapsed:.2f} s for both"
            )
            for line in result.summary().splitlines():
                print(f"  | {line}")
    return passed, counts


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; exit status 1 if a pair is reported as more than TYPOGRAPHIC."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dataset", type=Path, help="the html-template-pairs folder")
    parser.add_argument("--compare", action="store_true", help="also compare extraction modes")
    args = parser.parse_args(argv)
    pairs = find_pairs(args.dataset)
    if not pairs:
        print(f"no NAME.html / NAME-SUFFIX.html pairs under {args.dataset}", file=sys.stderr)
        return 2
    passed, _ = run(pairs, verbose=True)
    print(f"\n{passed}/{len(pairs)} pairs at most TYPOGRAPHIC")
    if args.compare:
        chosen = dict(_html._EXTRACTION)  # noqa: SLF001 (measuring the private setting)
        print("\nmode       pass  paragraphs per page")
        try:
            for mode, flags in MODES.items():
                _html._EXTRACTION.update(flags)  # noqa: SLF001
                ok, counts = run(pairs, verbose=False)
                print(f"{mode:<10} {ok}/{len(pairs)}   {counts}")
        finally:
            _html._EXTRACTION.clear()  # noqa: SLF001
            _html._EXTRACTION.update(chosen)  # noqa: SLF001
    return 0 if passed == len(pairs) else 1


if __name__ == "__main__":
    sys.exit(main())
