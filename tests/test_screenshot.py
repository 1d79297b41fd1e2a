"""Tests of tools/screenshot.py that need no browser: the page it shoots and its failure modes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tooling import load_tool


def test_missing_chromium_fails_with_an_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without chromium on PATH the tool exits with one message saying how to install it."""
    tool = load_tool("screenshot")
    monkeypatch.setattr(tool.shutil, "which", lambda _name: None)
    with pytest.raises(SystemExit) as exit_:
        tool.main(["--out", "unused.png"])
    message = str(exit_.value.code)
    assert message.startswith("screenshot.py: error: chromium not found")
    assert "apt-get install -y chromium" in message


def test_failed_browser_run_is_reported(tmp_path: Path) -> None:
    """A browser that exits without writing a PNG is an error naming its status."""
    tool = load_tool("screenshot")
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\necho 'no display' >&2\nexit 3\n", encoding="utf-8")
    fake.chmod(0o755)
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><title>x</title>", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        tool.shoot(str(fake), page, tmp_path / "out.png", 800, 600)
    assert str(exit_.value.code) == "screenshot.py: error: chromium failed (status 3): no display"


def test_the_page_is_the_demo_html() -> None:
    """The page shot is newsdiff demo --format html: the seed diff with its update note."""
    page = load_tool("screenshot").render_page(side_by_side=False)
    assert page.startswith("<!DOCTYPE html>")
    assert "Updated 12/06/24, 10:35 PM" in page
    assert '<div class="side old">' not in page
    assert '<div class="side old">' in load_tool("screenshot").render_page(side_by_side=True)


def test_the_whole_page_is_the_demo_whole_article() -> None:
    """With --whole the page shot is the whole seed article, changes in place; --fold folds it."""
    tool = load_tool("screenshot")
    page = tool.render_page(side_by_side=False, whole="whole")
    assert '<section class="article"' in page
    assert '<p class="fold">' not in page
    assert '<p class="fold">' in tool.render_page(side_by_side=False, whole="fold")
