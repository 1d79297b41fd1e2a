"""Digest every output of parse + diff over a fixed set of pairs, to prove a change changes nothing.

Usage::

    python tools/output_digest.py NEWSDISCOURSE_DIR OUT.json [--articles 400]
    python tools/output_digest.py NEWSDISCOURSE_DIR OUT.json --compare BEFORE.json
    python tools/output_digest.py NEWSDISCOURSE_DIR OUT.json --pages DATASET/versions-real

The pairs are the first ``--articles`` NewsDiscourse articles with generated
edits (``benchmarks/diff_speed.py``'s ``edit_article``), the seed article with
"said" reworded, and a ~5,000-word article built from the seed with its
edited revision. For each pair the script records SHA-256 digests of both
revisions' JSON, of the diff's JSON, and the revisions' ids. Run it before
and after a change meant to be invisible (a speed-up) and compare: with
``--compare`` it exits 1 and names the pairs whose outputs differ.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from _common import SEED_AFTER, dataset_articles
from diff_speed import DEFAULT_SEED, build_article, edit_article, seed_paragraphs, to_text

import newsdiff


def _digest(data: object) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pairs(dataset: Path, articles: int) -> list[tuple[str, str]]:
    """The (old, new) texts the digests are taken over, in a fixed order."""
    found = dataset_articles(dataset)[:articles]
    result = [(to_text(a), to_text(edit_article(a, seed=i))) for i, a in enumerate(found)]
    seed = SEED_AFTER.read_text(encoding="utf-8")
    result.append((seed, seed.replace("said", "stated")))
    long = build_article(seed_paragraphs(DEFAULT_SEED), 1, seed=3)
    result.append((to_text(long), to_text(edit_article(long, seed=5))))
    return result


def _record(old: newsdiff.Revision, new: newsdiff.Revision) -> list[str]:
    result = newsdiff.diff(old, new)
    return [
        _digest(old.to_dict()),
        _digest(new.to_dict()),
        _digest(result.to_dict()),
        old.id,
        new.id,
    ]


def page_digests(folder: Path) -> dict[str, list[str]]:
    """Digests of every consecutive pair of real captures under *folder*."""
    out = {}
    for path in sorted(folder.glob("*/*.json")):
        versions = json.loads(path.read_text(encoding="utf-8"))["versions"]
        read = [
            newsdiff.parse_html(v["content"])
            if v["format"] == "html"
            else newsdiff.parse_text(v["content"])
            for v in versions
        ]
        for i, (old, new) in enumerate(itertools.pairwise(read)):
            out[f"{path.parent.name}/{path.stem}#{i}"] = _record(old, new)
    return out


def digests(texts: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Digests of both revisions, the diff, and the two ids, per pair index."""
    out = {}
    for i, (old_text, new_text) in enumerate(texts):
        out[str(i)] = _record(newsdiff.parse_text(old_text), newsdiff.parse_text(new_text))
    return out


def main() -> int:
    """Write the digests, and compare them with an earlier run if asked."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--compare", type=Path, help="digests written before the change")
    parser.add_argument("--pages", type=Path, help="a versions-real folder of real captures")
    args = parser.parse_args()
    found = digests(pairs(args.dataset, args.articles))
    if args.pages is not None:
        found.update(page_digests(args.pages))
    args.out.write_text(json.dumps(found, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(found)} pairs digested into {args.out}")
    if args.compare is None:
        return 0
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    differing = sorted(k for k in before.keys() | found.keys() if before.get(k) != found.get(k))
    print(
        f"{len(differing)} pairs differ" + (f": {', '.join(differing[:20])}" if differing else "")
    )
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
