"""Regenerate docs/_static/timeline.png: the timeline of a made-up history, in headless Chromium.

Usage::

    .venv/bin/python tools/timeline_screenshot.py [--out docs/_static/timeline.png]
        [--width 1100] [--height 900] [--keep-html FILE]

The history is written here (five captures of a short story about a city
taken, with an update note and a correction); it is rendered with
:func:`newsdiff.render.timeline` and shot as tools/screenshot.py shoots the
diff page, nothing fetched from the network.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from newsdiff import Article, parse_text, render

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "_static" / "timeline.png"

HAMA = "Rebels took the central city of Hama on Thursday after government forces withdrew."
FLED = "About 12,300 people fled the city over the following two days, officials said."
QUEUES = "Residents described long queues at checkpoints on the roads out of the city."
QUOTE = "“We cannot hold the city,” a government commander told Reuters."
IRAN = "Iran began withdrawing its military advisers from Syria on Friday, officials said."
CAPTURES = [
    (9, [HAMA, FLED]),
    (11, [HAMA, FLED.replace("12,300", "14,000"), QUEUES]),
    (13, [HAMA, FLED.replace("12,300", "14,000"), QUEUES, QUOTE]),
    (
        16,
        [
            HAMA,
            FLED.replace("12,300", "14,000"),
            QUOTE,
            IRAN,
            (
                "Updated 6 December 2024, 4:00 PM UTC: This article has been updated with "
                "Iran's withdrawal."
            ),
        ],
    ),
    (
        20,
        [
            HAMA.replace("Thursday", "Wednesday"),
            FLED.replace("12,300", "14,000"),
            QUOTE,
            IRAN,
            (
                "Correction, 6 December 2024, 8:00 PM UTC: An earlier version of this article "
                "gave the wrong day for the fall of Hama."
            ),
        ],
    ),
]


def history() -> Article:
    """The made-up history: five captures of one story on 6 December 2024."""
    return Article(
        revisions=[
            parse_text(
                "\n\n".join(paragraphs),
                url="https://news.example/hama",
                captured_at=datetime(2024, 12, 6, hour, tzinfo=UTC),
                tz="UTC",
            )
            for hour, paragraphs in CAPTURES
        ]
    )


def _screenshot_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "newsdiff_screenshot", ROOT / "tools" / "screenshot.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    """Render the timeline and screenshot it; returns 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="PNG to write")
    parser.add_argument("--width", type=int, default=1100, help="window width in CSS pixels")
    parser.add_argument("--height", type=int, default=900, help="window height in CSS pixels")
    parser.add_argument("--keep-html", type=Path, help="also save the rendered page here")
    args = parser.parse_args(argv)
    tool = _screenshot_tool()
    browser = tool.find_browser()
    page_html = render.timeline(history(), title="Rebels take Hama: the day's captures")
    if args.keep_html:
        args.keep_html.write_text(page_html, encoding="utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="newsdiff-page-") as folder:
        page = Path(folder) / "timeline.html"
        page.write_text(page_html, encoding="utf-8")
        tool.shoot(browser, page, args.out.resolve(), args.width, args.height)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) with {browser}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
