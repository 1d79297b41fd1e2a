"""Score parse_html's body text against a reference reading of each page.

Usage::

    python evals/pages.py DATASET_DIR [--list] [--only NAME ...]

``DATASET_DIR`` holds one folder per page with ``source.html`` (the page as
captured) and ``expected.html`` (the article as a reference extractor reads
it; the layout of mozilla/readability's ``test/test-pages``).

For every page the script runs :func:`newsdiff.parse_html` on the source and
compares the body (the paragraphs, in order) with the reference's text, as
bags of words (lower-cased, punctuation stripped; a word counts as often as
it occurs in both): **recall** is the share of the reference's words found
in the body, **precision** the share of the body's words found in the
reference. It prints the micro-averaged figures over all pages (words
summed) and the mean per page, the pages that raised, and:

- **furniture kept**: body paragraphs of which less than half the words are
  in the reference (printed with ``--list``);
- **glued**: body paragraphs where a sentence runs into the next without a
  space ("the old column.As far as"), a sign of blocks merged.

The reference is one extractor's reading, not human gold: read the listed
paragraphs before trusting a figure.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from lxml import html as lxml_html

from newsdiff import parse_html

# Chinese and Japanese are written without spaces: each character is a word.
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]|[^\W\u3040-\u30ff\u3400-\u9fff]+")
_GLUE = re.compile(r"[a-z]{3}[.!?][A-Z][a-z]")
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "td",
        "th",
        "tr",
        "dt",
        "dd",
        "figcaption",
        "section",
        "article",
        "br",
    ]
)


def words(text: str) -> list[str]:
    """The words of *text*, lower-cased."""
    return [w.casefold() for w in _WORD.findall(text)]


def reference_text(path: Path) -> str:
    """The text of a reference reading, one line per block element."""
    tree = lxml_html.fromstring(path.read_text(encoding="utf-8", errors="replace"))
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    return str(tree.text_content())


def score(folder: Path) -> dict[str, object]:
    """Parse one page and compare it with its reference."""
    ref = Counter(words(reference_text(folder / "expected.html")))
    try:
        revision = parse_html((folder / "source.html").read_bytes())
    except Exception as err:  # noqa: BLE001 (every failure is counted and shown)
        return {"ref": ref, "got": Counter(), "error": f"{type(err).__name__}: {err}"[:160]}
    paragraphs = [p.text for p in revision.paragraphs]
    got = Counter(w for p in paragraphs for w in words(p))
    furniture = []
    for text in paragraphs:
        ws = words(text)
        if ws and sum(w in ref for w in ws) < 0.5 * len(ws):
            furniture.append(text)
    glued = [p for p in paragraphs if _GLUE.search(p)]
    return {"ref": ref, "got": got, "furniture": furniture, "glued": glued, "error": None}


def main(argv: list[str] | None = None) -> int:
    """Print the scores."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--list", action="store_true", help="print furniture and glued text")
    parser.add_argument("--only", nargs="*", help="page folders to run")
    args = parser.parse_args(argv)
    folders = sorted(
        p for p in args.dataset.iterdir() if p.is_dir() and (p / "expected.html").exists()
    )
    if args.only:
        folders = [f for f in folders if f.name in set(args.only)]
    hit = ref_total = got_total = 0
    recalls: list[float] = []
    precisions: list[float] = []
    errors: list[str] = []
    furniture = glued = 0
    for folder in folders:
        result = score(folder)
        ref: Counter[str] = result["ref"]  # type: ignore[assignment]
        got: Counter[str] = result["got"]  # type: ignore[assignment]
        common = sum((ref & got).values())
        hit += common
        ref_total += sum(ref.values())
        got_total += sum(got.values())
        recalls.append(common / sum(ref.values()) if ref else 1.0)
        if args.list:
            print(f"  page {folder.name}: recall {recalls[-1]:.2f} of {sum(ref.values())} words")
        precisions.append(common / sum(got.values()) if got else 0.0)
        if result["error"]:
            errors.append(f"{folder.name}: {result['error']}")
            continue
        kept: list[str] = result["furniture"]  # type: ignore[assignment]
        stuck: list[str] = result["glued"]  # type: ignore[assignment]
        furniture += len(kept)
        glued += len(stuck)
        if args.list:
            for text in kept:
                print(f"  furniture {folder.name}: {text[:140]}")
            for text in stuck:
                match = _GLUE.search(text)
                at = match.start() if match else 0
                print(f"  glued     {folder.name}: ...{text[max(0, at - 40) : at + 40]}...")
    recall = hit / ref_total if ref_total else 0.0
    precision = hit / got_total if got_total else 0.0
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    n = len(folders)
    print(
        f"pages {n}, raised {len(errors)}; words: recall {recall:.3f}, precision "
        f"{precision:.3f}, F1 {f1:.3f}; per page mean: recall {sum(recalls) / n:.3f}, "
        f"precision {sum(precisions) / n:.3f}; furniture paragraphs kept {furniture}; "
        f"glued paragraphs {glued}"
    )
    for line in errors:
        print(f"  raised {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
