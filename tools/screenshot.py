"""Regenerate docs/_static/seed-diff.png: the seed update's HTML diff, shot in headless Chromium.

Usage::

    .venv/bin/python tools/screenshot.py [--out docs/_static/seed-diff.png]
        [--width 1100] [--height 1400] [--side-by-side | --whole | --fold] [--keep-html FILE]

    # the whole-article view on the docs page docs/howto-render.md:
    .venv/bin/python tools/screenshot.py --fold --out docs/_static/seed-whole.png

Renders the bundled seed example exactly as ``newsdiff demo --format html``
does, writes the page to a temporary file and has Debian's ``chromium``
(``apt-get install chromium``) screenshot it in headless mode with networking
and background services off. Exits with status 2 and one line on stderr when
Chromium is missing or fails.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from newsdiff._cli import main as newsdiff_main

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "_static" / "seed-diff.png"
BROWSERS = ("chromium", "chromium-browser")
TIMEOUT = 120
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def find_browser() -> str:
    """The path of the Chromium binary, or exit with a clear message."""
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    sys.exit(
        "screenshot.py: error: chromium not found; install it with "
        "`apt-get update && apt-get install -y chromium` (Debian) and run again"
    )


def render_page(*, side_by_side: bool, whole: str | None = None) -> str:
    """The HTML page of ``newsdiff demo --format html`` (plus ``--whole`` or ``--fold``)."""
    out = io.StringIO()
    argv = ["demo", "--format", "html"] + (["--side-by-side"] if side_by_side else [])
    argv += [f"--{whole}"] if whole else []
    status = newsdiff_main(argv, stdout=out)
    if status not in (0, 1):
        sys.exit(f"screenshot.py: error: newsdiff demo failed with status {status}")
    return out.getvalue()


def shoot(browser: str, page: Path, out: Path, width: int, height: int) -> None:
    """Screenshot *page* into *out* with headless Chromium, nothing fetched from the network."""
    with tempfile.TemporaryDirectory(prefix="newsdiff-chromium-") as profile:
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--force-color-profile=srgb",
            "--force-device-scale-factor=1",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--screenshot={out}",
            page.as_uri(),
        ]
        try:
            result = subprocess.run(  # noqa: S603 (fixed argument list, no shell)
                command, capture_output=True, text=True, timeout=TIMEOUT, check=False
            )
        except subprocess.TimeoutExpired:
            sys.exit(f"screenshot.py: error: chromium took longer than {TIMEOUT}s")
    if result.returncode != 0 or not out.is_file() or out.read_bytes()[:8] != PNG_MAGIC:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        sys.exit(f"screenshot.py: error: chromium failed (status {result.returncode}): {last}")


def main(argv: list[str] | None = None) -> int:
    """Render the seed diff and screenshot it; returns 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="PNG to write")
    parser.add_argument("--width", type=int, default=1100, help="window width in CSS pixels")
    parser.add_argument("--height", type=int, default=1400, help="window height in CSS pixels")
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument("--side-by-side", action="store_true", help="two-column layout")
    layout.add_argument(
        "--whole", dest="whole", action="store_const", const="whole", help="the whole article"
    )
    layout.add_argument(
        "--fold",
        dest="whole",
        action="store_const",
        const="fold",
        help="the whole article, unchanged paragraphs folded",
    )
    parser.add_argument("--keep-html", type=Path, help="also save the rendered page here")
    args = parser.parse_args(argv)
    browser = find_browser()
    page_html = render_page(side_by_side=args.side_by_side, whole=args.whole)
    if args.keep_html:
        args.keep_html.write_text(page_html, encoding="utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="newsdiff-page-") as folder:
        page = Path(folder) / "seed-diff.html"
        page.write_text(page_html, encoding="utf-8")
        shoot(browser, page, args.out.resolve(), args.width, args.height)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) with {browser}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
