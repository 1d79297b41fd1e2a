"""Write the seed corpus under ``fuzz/corpus/<target>/`` (run once; the output is committed).

Seeds are short articles written for this purpose, the repository's own test
fixtures (the seed article and the HTML pages under ``tests/fixtures``), their
serialised revisions and diffs, and hostile shapes (runs of quotation marks,
abbreviations, note lines, control and bidi characters). No dataset text.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from atheris_free_provider import Provider  # noqa: E402

from newsdiff import Article, parse_text  # noqa: E402
from newsdiff._compare._diff import diff  # noqa: E402
from newsdiff._history._article import revision_time  # noqa: E402

ARTICLES = [
    (
        "Dam holds after night of rain\n\nBy Jo Reyes\n\n"
        "The Keller Bridge dam held overnight, engineers said on Friday.\n\n"
        '"We were lucky," said Mayor Anne Liu. "Another inch and it would have gone."\n\n'
        "About 1,200 residents were moved to shelters in Ashby, officials said.\n\n"
        "The dam was built in 1931 and last repaired in 2009.\n\n"
        "Updated 12/06/24, 10:35 PM: This article has been updated with additional information."
    ),
    (
        "Correction: An earlier version of this article misstated the number of shelters.\n\n"
        "Officials opened three shelters \u2014 not four \u2014 on Monday.\n"
        "Mr. Carter, the council\u2019s chair, told reporters the plan was \u201cready.\u201d\n"
        "Advertisement\nRead more\n"
    ),
    (
        "UPDATE (Dec. 8, 2024, 9:14 a.m. EST): Officials confirmed the evacuation.\r\n"
        "Rebels took Hama on Thursday.\rThe council approved the budget of $4.2 million.\r\n"
    ),
    (
        "\u201c\u201c\u201c\u201cHe said \u201cshe said \u201cthey said\u201d\u201d\u201d\n\n"
        "Mr. Mr. Mr. Dr. St. U.S. No. 5 vs. Inc. he said he said he said."
    ),
    (
        "\u202eevil\u202c \u200b\u200dzero\ufeff width\u00ad soft\u00a0nbsp \x00\x07\x1b controls\n"
        "Cafe\u0301 caf\u00e9 \U0001f600 emoji \u0645\u0631\u062d\u0628\u0627 bidi."
    ),
    (
        "Updated 13/45/24, 99:99 PM: impossible date.\n\nCorrection: Feb. 30, 2024\n\n"
        "Editor\u2019s Note: This story contains graphic descriptions."
    ),
    "",
    " \n\t\r\n ",
]

HTML_PAGES = [
    (
        "<html><head><title>T</title></head><body><article><h1>Headline here</h1>"
        "<p>First paragraph of the story, with enough words to count as text.</p>"
        "<p>Second paragraph: \u201cquoted words,\u201d said Dana Whitlock.</p>"
        "</article></body></html>"
    ),
    "<html><body><p>x</p><script>alert(1)</script><style>p{}</style></body></html>",
    "<div class='correction'>Correction: the river was misnamed.</div>",
    "<p>" + "<b>" * 200 + "deep" + "</b>" * 200 + "</p>",
    "",
]


def _name(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _write(target: str, items: list[bytes]) -> None:
    out = HERE / "corpus" / target
    out.mkdir(parents=True, exist_ok=True)
    for item in items:
        (out / _name(item)).write_bytes(item)


def _diff_seed(base: str, ops: bytes) -> bytes:
    head = len(base).to_bytes(2, "big")
    data = head + base.encode("utf-8") + ops
    assert Provider(data).text(4000) == base
    return data


def main() -> None:
    """Write every target's seeds."""
    seed_text = (ROOT / "tests" / "fixtures" / "seed.txt").read_text(encoding="utf-8")
    texts = [*ARTICLES, seed_text]
    _write("parse_text", [t.encode("utf-8") for t in texts])
    pages = [p.encode("utf-8") for p in HTML_PAGES]
    pages += [p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures" / "html").glob("*"))]
    _write("parse_html", pages)
    revisions = [parse_text(t) for t in texts if t.strip()]
    docs = [json.dumps(r.to_dict(), ensure_ascii=False) for r in revisions]
    undated = [r for r in revisions if revision_time(r) is None]
    docs.append(json.dumps(Article(revisions=undated).to_dict(), ensure_ascii=False))
    docs += ['{"schema": "newsdiff.revision/99"}', "[]", "null", '{"schema": 1}']
    _write("revision_from_dict", [d.encode("utf-8") for d in docs])
    diffs = [diff(a, b) for a in revisions[:4] for b in revisions[:4]]
    edited = parse_text(ARTICLES[0].replace("1,200", "1,400").replace("lucky", "fortunate"))
    diffs.append(diff(revisions[0], edited))
    ddocs = [json.dumps(d.to_dict(), ensure_ascii=False) for d in diffs]
    ddocs += ['{"schema": "newsdiff.diff/99"}', "{}", "[1, 2]"]
    _write("diff_from_dict", [d.encode("utf-8") for d in ddocs])
    bases = [t for t in texts if len(t) < 4000]
    ops = [b"", b"\x00\x03\x00\x00\x00\x10\x00\x20", b"\x00\x02\x00\x01\x01\x00\x00\x30AB"]
    _write("diff", [_diff_seed(b, o) for b in bases for o in ops])


if __name__ == "__main__":
    main()
