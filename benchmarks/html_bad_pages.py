"""Time parse_html on hostile and oversized pages (10 MB), against lxml's parse of the same bytes.

Usage::

    python benchmarks/html_bad_pages.py [--size 10000000] [--repeat 3]

Each page is built at ``--size`` bytes. For each, the script prints the best
of ``--repeat`` runs of :func:`newsdiff.parse_html`, the outcome (paragraphs
found, or the error's class), and the ratio to the baseline: parsing the same
bytes with ``lxml.html.document_fromstring``, the least any HTML reader must
do. A ratio near 1 means parse_html adds little beyond reading the page.

Pages: an article wrapped in megabytes of inline script and JSON (the shape of
modern news pages); an article plus tens of thousands of related-link teasers;
a flood of tiny elements; one paragraph of 10 MB; random bytes; NUL-padded
text; elements nested far deeper than libxml2 allows.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import random
import time
from collections.abc import Callable

import lxml.html

from newsdiff._reading._html import parse_html
from newsdiff.exceptions import NewsdiffError

STORY = "".join(
    f"<p>Paragraph {i}: the council met on Tuesday and approved spending of {i * 37} million"
    f" on roads, officials said, after a debate that lasted {i % 9 + 2} hours.</p>\n"
    for i in range(40)
)


def _wrap(head: str, body: str) -> str:
    return f"<html><head><title>Budget</title>{head}</head><body>{body}</body></html>"


def script_heavy(size: int) -> bytes:
    """A 40-paragraph article inside megabytes of inline script state."""
    blob = "window.__STATE__ = " + '{"k": "' + "a1b2" * (size // 4) + '"};'
    return _wrap(f"<script>{blob}</script>", f"<article>{STORY}</article>").encode()


def teasers(size: int) -> bytes:
    """An article followed by a huge list of related-story teasers."""
    item = '<li class="related-item"><a href="/s/{i}">Related story number {i}</a></li>'
    count = size // len(item)
    links = "".join(item.format(i=i) for i in range(count))
    return _wrap("", f"<article>{STORY}</article><ul class='related'>{links}</ul>").encode()


def tiny_elements(size: int) -> bytes:
    """Nothing but tiny nested elements."""
    return _wrap("", "<div><span>x</span></div>" * (size // 25)).encode()


def one_paragraph(size: int) -> bytes:
    """A single paragraph of text far longer than any article."""
    words = "the council approved the budget on tuesday "
    return _wrap("", "<p>" + words * (size // len(words)) + "</p>").encode()


def random_bytes(size: int) -> bytes:
    """Random binary data."""
    return random.Random(7).randbytes(size)


def nul_padded(size: int) -> bytes:
    """An article followed by NUL bytes (a truncated download)."""
    return _wrap("", f"<article>{STORY}</article>").encode() + b"\x00" * size


def deep(size: int) -> bytes:
    """Elements nested hundreds of thousands deep."""
    depth = size // 11
    return _wrap("", "<div>" * depth + STORY + "</div>" * depth).encode()


PAGES: dict[str, Callable[[int], bytes]] = {
    "script-heavy article": script_heavy,
    "article + teasers": teasers,
    "tiny elements": tiny_elements,
    "one 10 MB paragraph": one_paragraph,
    "random bytes": random_bytes,
    "NUL-padded": nul_padded,
    "deep nesting": deep,
}


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _outcome(data: bytes) -> str:
    try:
        rev = parse_html(data)
    except NewsdiffError as err:
        return f"{type(err).__name__}: {str(err).split(', got')[0]}"
    return f"{len(rev.paragraphs)} paragraphs"


def _baseline(data: bytes) -> None:
    with contextlib.suppress(ValueError, lxml.etree.ParserError):
        lxml.html.document_fromstring(data)


def main() -> None:
    """Print, per page, parse_html's best time, its outcome and the ratio to lxml."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    parse_html("<html><body><p>Warm-up: load trafilatura once.</p></body></html>" * 3)
    print(f"{'page':<22} {'MB':>5} {'parse_html s':>13} {'lxml s':>8} {'ratio':>7}  outcome")
    for name, make in PAGES.items():
        data = make(args.size)
        ours = _best(functools.partial(_outcome, data), args.repeat)
        base = _best(functools.partial(_baseline, data), args.repeat)
        ratio = ours / base if base > 0 else float("inf")
        mb = len(data) / 1e6
        print(f"{name:<22} {mb:5.1f} {ours:13.2f} {base:8.3f} {ratio:7.1f}  {_outcome(data)}")
    print(f"\ncpus: {os.cpu_count()}; best of {args.repeat} runs")


if __name__ == "__main__":
    main()
