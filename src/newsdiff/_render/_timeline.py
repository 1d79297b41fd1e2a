"""An article's history as one HTML page: a row per revision and a small chart.

Self-contained like the diff page: inline CSS and SVG, no scripts, no external
requests (a Content-Security-Policy says so to the browser too), and every
piece of text escaped with the same helper as the diff page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from newsdiff._base._kinds import Op, Role
from newsdiff._compare._difftype import Diff
from newsdiff._history._article import Article, revision_time
from newsdiff._render._common import one_line
from newsdiff._render._html import _CSP, esc
from newsdiff._render._style import CSS

__all__ = ["render_timeline"]

_TIMELINE_CSS = """
table.timeline { width: 100%; border-collapse: collapse; font-size: 0.95rem; }
table.timeline th, table.timeline td {
  text-align: left; vertical-align: top; padding: 0.45rem 0.6rem;
  border-bottom: 1px solid var(--line);
}
table.timeline td.when { white-space: nowrap; color: var(--muted); }
.t-add { color: var(--ins-ink); } .t-del { color: var(--del-ink); } .t-edit { color: var(--edit); }
.t-note { display: block; margin-top: 0.3rem; font-style: italic; }
svg.chart { display: block; height: 170px; width: auto; max-width: 100%; margin: 0.8rem 0 0.4rem; }
svg.chart .kept { fill: var(--line); } svg.chart .added { fill: var(--ins-ink); }
svg.chart .edited { fill: var(--edit); } svg.chart .removed { fill: var(--del-ink); }
svg.chart .axis { stroke: var(--muted); stroke-width: 1; }
.legend span { margin-right: 1rem; font-size: 0.85rem; }
.legend .sw { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; }
.sw.kept { background: var(--line); } .sw.added { background: var(--ins-ink); }
.sw.edited { background: var(--edit); } .sw.removed { background: var(--del-ink); }
"""

_EDITS = (Op.EDITED, Op.MOVED, Op.SPLIT, Op.MERGED)


def _when(at: datetime | None) -> str:
    return at.isoformat(sep=" ", timespec="minutes") if at else "undated"


def _counts(diff: Diff) -> tuple[Counter[Role], Counter[Role], Counter[Role]]:
    """Sentences added, removed and edited (moved, split, merged) by role."""
    added: Counter[Role] = Counter()
    removed: Counter[Role] = Counter()
    edited: Counter[Role] = Counter()
    for change in diff.changes:
        if change.op is Op.ADDED:
            added[change.role] += len(change.new)
        elif change.op is Op.REMOVED:
            removed[change.role] += len(change.old)
        else:
            edited[change.role] += len(change.new)
    return added, removed, edited


def _by_role(label: str, css: str, counts: Counter[Role]) -> str:
    if not counts:
        return ""
    parts = ", ".join(f"{n} {esc(role.value)}" for role, n in sorted(counts.items(), key=_key))
    return f'<span class="{css}">{esc(label)}: {parts}</span>'


def _key(item: tuple[Role, int]) -> tuple[int, str]:
    return (-item[1], item[0].value)


def _chart(sizes: Sequence[int], steps: Sequence[tuple[int, int, int]]) -> str:
    """Stacked bars per revision: kept, edited, added above the axis; removed below."""
    n = len(sizes)
    top = max([*sizes, 1])
    low = max([r for _, r, _ in steps] + [0])
    bar, gap, scale = 14, 6, 120 / top
    width = n * (bar + gap) + gap
    axis = 10 + top * scale
    height = axis + low * scale + 10
    out = [
        f'<svg class="chart" role="img" viewBox="0 0 {width:.0f} {height:.0f}">',
        "<title>Sentences per revision: kept, edited, added; removed below the line</title>",
    ]
    for k, size in enumerate(sizes):
        x = gap + k * (bar + gap)
        added, removed, edited = steps[k - 1] if k else (0, 0, 0)
        kept = size - added - edited
        y = axis
        for css, count in (("kept", kept), ("edited", edited), ("added", added)):
            if count <= 0:
                continue
            h = count * scale
            y -= h
            out.append(
                f'<rect class="{css}" x="{x}" y="{y:.1f}" width="{bar}" height="{h:.1f}">'
                f"<title>revision {k + 1}: {count} {css}</title></rect>"
            )
        if removed:
            out.append(
                f'<rect class="removed" x="{x}" y="{axis:.1f}" width="{bar}" '
                f'height="{removed * scale:.1f}"><title>revision {k + 1}: {removed} removed'
                "</title></rect>"
            )
    out.append(f'<line class="axis" x1="0" y1="{axis:.1f}" x2="{width}" y2="{axis:.1f}"/>')
    out.append("</svg>")
    return "".join(out)


def render_timeline(article: Article, *, title: str | None = None) -> str:
    """The page: heading, chart, then one table row per revision."""
    revisions = article.revisions
    diffs = article.diffs()
    latest = article.latest
    heading = one_line(title) if title and title.strip() else None
    heading = heading or (latest.headline if latest and latest.headline else "Article history")
    steps = []
    rows = []
    for k, revision in enumerate(revisions):
        cells = []
        if k == 0:
            cells.append(f"First revision: {len(revision.sentences)} sentence(s)")
        else:
            d = diffs[k - 1]
            added, removed, edited = _counts(d)
            steps.append((sum(added.values()), sum(removed.values()), sum(edited.values())))
            parts = [
                _by_role("added", "t-add", added),
                _by_role("removed", "t-del", removed),
                _by_role("edited", "t-edit", edited),
            ]
            text = "; ".join(p for p in parts if p) or "no change to the body"
            cells.append(f"{esc(d.significance.name.lower())}: {text}")
            cells.extend(
                f'<span class="t-note">{esc(n.kind.value)} note: {esc(n.text)}</span>'
                for n in d.notes_added
            )
        if k == 0:
            cells.extend(
                f'<span class="t-note">{esc(n.kind.value)} note: {esc(n.text)}</span>'
                for n in revision.notes
            )
        rows.append(
            f'<tr><td class="when">{esc(_when(revision_time(revision)))}</td>'
            f"<td>{k + 1}</td><td>{''.join(cells)}</td></tr>"
        )
    legend = (
        '<p class="legend">'
        + "".join(
            f'<span><i class="sw {name}"></i>{name}</span>'
            for name in ("kept", "edited", "added", "removed")
        )
        + "</p>"
    )
    return (
        "\n".join(
            [
                "<!DOCTYPE html>",
                '<html lang="en"><head><meta charset="utf-8">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                '<meta name="color-scheme" content="light dark">',
                '<meta name="referrer" content="no-referrer">',
                _CSP,
                '<meta name="generator" content="newsdiff">',
                f"<title>{esc(heading)} · newsdiff timeline</title>",
                f"<style>{CSS}{_TIMELINE_CSS}</style></head><body>",
                '<header class="top"><p class="kicker">newsdiff · timeline</p>',
                f"<h1>{esc(heading)}</h1>",
                f'<p class="meta">{len(revisions)} revisions</p></header><main>',
                _chart([len(r.sentences) for r in revisions], steps) if revisions else "",
                legend,
                (
                    '<table class="timeline"><thead><tr><th>When</th><th>#</th>'
                    "<th>What changed</th></tr></thead><tbody>"
                ),
                *rows,
                "</tbody></table></main></body></html>",
            ]
        )
        + "\n"
    )
