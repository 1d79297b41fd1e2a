"""Tests of the newsdiff command line: diff, show, history, demo, errors and exit status."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import attrs
import pytest

from newsdiff import Diff, Revision, parse_text
from newsdiff._cli import CliError, load_revision, main, show

OLD_TEXT = "Rebels took Hama on Thursday.\n\nAbout 12,300 people fled the city.\n"
NEW_TEXT = (
    "Rebels took Hama on Thursday.\n\nAbout 14,000 people fled the city.\n\n"
    "“We cannot fight,” Mehdi Rahmati said.\n\n"
    "Updated 07/12/24, 10:35 PM: This article has been updated.\n"
)
OLD_HTML = """<!DOCTYPE html><html><head><title>Rebels take Hama</title></head><body><article>
<h1>Rebels take Hama</h1>
<p>Rebels took the central city of Hama on Thursday after government forces withdrew.</p>
<p>About 12,300 people fled the city over the following two days, officials said.</p>
<p>Residents described long queues at checkpoints on the roads out of the city.</p>
</article></body></html>"""


def run(*argv: str) -> tuple[int, str]:
    """Run the CLI in-process; return the exit status and what it wrote to stdout."""
    out = io.StringIO()
    status = main(list(argv), stdout=out)
    return status, out.getvalue()


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    """An old and a new capture of one article, as .txt files."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD_TEXT, encoding="utf-8")
    new.write_text(NEW_TEXT, encoding="utf-8")
    return old, new


@pytest.fixture(autouse=True)
def _no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start with no NO_COLOR setting of their own."""
    monkeypatch.delenv("NO_COLOR", raising=False)


# --- diff ----------------------------------------------------------------------------


def test_diff_of_changed_files_exits_1_and_prints_text(files: tuple[Path, Path]) -> None:
    """A changed article exits 1 and prints the text rendering with wdiff markers."""
    status, out = run("diff", str(files[0]), str(files[1]))
    assert status == 1
    assert "About [-12,300-]{+14,000+} people fled the city." in out
    assert "\x1b[" not in out  # a StringIO is not a terminal


def test_diff_of_identical_files_exits_0(files: tuple[Path, Path]) -> None:
    """Diffing a file against itself exits 0 and says there are no changes."""
    status, out = run("diff", str(files[0]), str(files[0]))
    assert status == 0
    assert out.startswith("No changes")


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [("markdown", "~~12,300~~ **14,000**"), ("html", "<!DOCTYPE html>"), ("json", '"schema"')],
)
def test_diff_formats(files: tuple[Path, Path], fmt: str, marker: str) -> None:
    """--format selects the Markdown, HTML or JSON renderer."""
    status, out = run("diff", str(files[0]), str(files[1]), "--format", fmt)
    assert status == 1
    assert marker in out


def test_diff_json_output_rebuilds_the_diff(files: tuple[Path, Path]) -> None:
    """The JSON output is a Diff.to_dict() that Diff.from_dict accepts."""
    _, out = run("diff", str(files[0]), str(files[1]), "--format", "json")
    rebuilt = Diff.from_dict(json.loads(out))
    assert rebuilt.new_id == load_revision(str(files[1])).id


def test_diff_whole_shows_unchanged_sentences_in_place(files: tuple[Path, Path]) -> None:
    """--whole prints the article in reading order, the unchanged first paragraph included."""
    status, out = run("diff", str(files[0]), str(files[1]), "--whole")
    assert status == 1
    assert "¶1  Rebels took Hama on Thursday." in out
    assert "About [-12,300-]{+14,000+} people fled the city." in out


def test_diff_fold_folds_unchanged_paragraphs(files: tuple[Path, Path]) -> None:
    """--fold prints a count where unchanged paragraphs were."""
    _, out = run("diff", str(files[0]), str(files[1]), "--fold", "--format", "markdown")
    assert "*… 1 unchanged paragraph (¶1) …*" in out
    assert "Rebels took Hama on Thursday" not in out.split("## The article")[1]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--whole", "--format", "json"), "apply to text, markdown and html"),
        (("--fold", "--side-by-side", "--format", "html"), "drop --side-by-side"),
    ],
)
def test_whole_with_json_or_side_by_side_is_trouble(
    files: tuple[Path, Path],
    argv: tuple[str, ...],
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--whole with JSON, or --fold with --side-by-side, exits 2 with a message saying why."""
    status, _ = run("diff", str(files[0]), str(files[1]), *argv)
    assert status == 2
    assert message in capsys.readouterr().err


def test_diff_json_output_carries_both_sides_and_the_summary(files: tuple[Path, Path]) -> None:
    """--format json carries both revisions' ids and times, the summary and the flags."""
    _, out = run("diff", str(files[0]), str(files[1]), "--format", "json")
    data = json.loads(out)
    old, new = load_revision(str(files[0])), load_revision(str(files[1]))
    assert (data["old"]["id"], data["new"]["id"]) == (old.id, new.id)
    assert data["new"]["updated_at"] == "2024-07-12T22:35:00"
    assert data["summary"][0].startswith("Update added")
    assert data["unacknowledged"] is False


def test_diff_reads_revision_json_files(files: tuple[Path, Path], tmp_path: Path) -> None:
    """A revision .json (Revision.to_dict) diffs the same as the text it came from."""
    stored = tmp_path / "old.json"
    stored.write_text(json.dumps(load_revision(str(files[0])).to_dict()), encoding="utf-8")
    assert run("diff", str(stored), str(files[1])) == run("diff", str(files[0]), str(files[1]))


def test_diff_reads_html_captures(tmp_path: Path) -> None:
    """A .html capture is parsed as a web page and compared like any revision."""
    old = tmp_path / "old.html"
    new = tmp_path / "new.html"
    old.write_text(OLD_HTML, encoding="utf-8")
    new.write_text(OLD_HTML.replace("12,300", "14,000"), encoding="utf-8")
    status, out = run("diff", str(old), str(new))
    assert status == 1
    assert "[-12,300-]{+14,000+}" in out


def test_diff_reads_standard_input(
    files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """'-' reads one side from standard input."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(OLD_TEXT.encode())))
    status, out = run("diff", "-", str(files[1]))
    assert status == 1
    assert "{+14,000+}" in out


def test_diff_refuses_standard_input_twice(capsys: pytest.CaptureFixture[str]) -> None:
    """'-' for both sides is trouble: exit 2 with one line on stderr."""
    assert run("diff", "-", "-")[0] == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_diff_writes_to_output_file(files: tuple[Path, Path], tmp_path: Path) -> None:
    """-o writes the rendering to a file and nothing to stdout, never in colour."""
    target = tmp_path / "out.html"
    status, out = run("diff", str(files[0]), str(files[1]), "--format", "html", "-o", str(target))
    assert status == 1
    assert out == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_diff_colour_flags(files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """--color forces ANSI colour, even with NO_COLOR set; --no-color and the default do not."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" in run("diff", str(files[0]), str(files[1]), "--color")[1]
    assert "\x1b[" not in run("diff", str(files[0]), str(files[1]), "--no-color")[1]
    assert "\x1b[" not in run("diff", str(files[0]), str(files[1]))[1]


def test_diff_colours_a_terminal_unless_no_color(
    files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """By default, output to a terminal is coloured, unless NO_COLOR is set."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("TERM", raising=False)
    out = Terminal()
    main(["diff", str(files[0]), str(files[1])], stdout=out)
    assert "\x1b[" in out.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    out = Terminal()
    main(["diff", str(files[0]), str(files[1])], stdout=out)
    assert "\x1b[" not in out.getvalue()


def test_diff_side_by_side_and_title_reach_the_html(files: tuple[Path, Path]) -> None:
    """--side-by-side and --title shape the HTML page."""
    _, out = run(
        "diff", str(files[0]), str(files[1]), "--format", "html", "--side-by-side",
        "--title", "Hama <update>",
    )  # fmt: skip
    assert '<div class="side old">' in out
    assert "<h1>Hama &lt;update&gt;</h1>" in out


def test_tz_and_dayfirst_change_how_note_times_are_read(files: tuple[Path, Path]) -> None:
    """--tz gives zone-less times a zone and --dayfirst reads 07/12/24 as 7 December."""
    _, plain = run("show", str(files[1]))
    _, zoned = run("show", str(files[1]), "--tz", "America/New_York", "--dayfirst")
    assert "Note [update, 2024-07-12T22:35:00]" in plain
    assert "Note [update, 2024-12-07T22:35:00-05:00]" in zoned


# --- errors --------------------------------------------------------------------------


def test_missing_file_is_one_line_of_trouble(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file exits 2 with one stderr line naming it, and no traceback."""
    status, out = run("diff", str(files[0]), "missing.txt")
    err = capsys.readouterr().err
    assert status == 2
    assert out == ""
    assert err == "newsdiff: error: cannot read missing.txt: No such file or directory\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a revision object"),
        ('{"schema": "something/else"}', "schema"),
    ],
)
def test_bad_json_is_trouble_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    """Broken or foreign JSON exits 2 with one line that names the file and the problem."""
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    assert run("show", str(bad))[0] == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsdiff: error: {bad}: ")
    assert message in err
    assert err.count("\n") == 1


def test_unknown_time_zone_is_trouble(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown --tz exits 2 and names the zone."""
    assert run("show", str(files[1]), "--tz", "Mars/Olympus")[0] == 2
    assert "Mars/Olympus" in capsys.readouterr().err


def test_debug_shows_the_exception(files: tuple[Path, Path]) -> None:
    """--debug (before or after the command) lets the error propagate with its traceback."""
    with pytest.raises(CliError, match=r"missing\.txt"):
        main(["--debug", "diff", str(files[0]), "missing.txt"], stdout=io.StringIO())
    with pytest.raises(CliError, match=r"missing\.txt"):
        main(["diff", "--debug", str(files[0]), "missing.txt"], stdout=io.StringIO())


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A bad option or a missing command exits 2 with argparse's usage message."""
    assert run("diff", "a.txt", "b.txt", "--format", "pdf")[0] == 2
    assert run()[0] == 2
    assert "usage: newsdiff" in capsys.readouterr().err


@pytest.mark.parametrize("command", [[], ["diff"], ["show"], ["history"], ["demo"]])
def test_help_everywhere(command: list[str]) -> None:
    """--help works for the program and every command, exits 0, and prints usage."""
    status, out = run(*command, "--help")
    assert status == 0
    assert out.startswith("usage: newsdiff")


def test_version() -> None:
    """--version prints the package version."""
    from newsdiff import __version__  # noqa: PLC0415

    assert run("--version") == (0, f"newsdiff {__version__}\n")


# --- show ----------------------------------------------------------------------------


def test_show_lists_notes_paragraphs_roles_and_quotes(files: tuple[Path, Path]) -> None:
    """Show prints notes with times, numbered sentences with roles, and quotes with speakers."""
    status, out = run("show", str(files[1]))
    assert status == 0
    assert "Note [update, 2024-07-12T22:35:00]: Updated 07/12/24" in out
    assert "¶3" in out
    assert "[2] (quote) “We cannot fight,” Mehdi Rahmati said." in out
    assert "- Mehdi Rahmati: We cannot fight" in out


def test_show_json_round_trips(files: tuple[Path, Path]) -> None:
    """The show --json command prints a revision that Revision.from_dict rebuilds exactly."""
    _, out = run("show", "--json", str(files[1]))
    assert Revision.from_dict(json.loads(out)) == load_revision(str(files[1]))


def test_show_function_prints_headline_byline_and_boilerplate() -> None:
    """show() lists the headline, byline, times and boilerplate of a revision."""
    r = Revision.from_paragraphs(
        ["Rebels took Hama."],
        headline="Rebels take Hama",
        byline=("Anne Liu",),
        captured_at=datetime(2024, 12, 6, tzinfo=UTC),
        boilerplate=("Advertisement",),
    )
    listing = show(r)
    assert listing.startswith("Headline: Rebels take Hama\nBy: Anne Liu\nCaptured: 2024-12-06")
    assert listing.endswith("Boilerplate: Advertisement")


# --- history -------------------------------------------------------------------------


def _capture(tmp_path: Path, name: str, text: str, hour: int | None) -> Path:
    revision = load_revision_text(text)
    if hour is not None:
        revision = attrs.evolve(revision, captured_at=datetime(2024, 12, 6, hour, tzinfo=UTC))
    path = tmp_path / name
    path.write_text(json.dumps(revision.to_dict()), encoding="utf-8")
    return path


def load_revision_text(text: str) -> Revision:
    """Parse article text as the CLI does."""
    return parse_text(text)


def test_history_orders_captures_by_time(tmp_path: Path) -> None:
    """Captures given out of order are summarised in time order, one step each."""
    first = _capture(tmp_path, "first.json", OLD_TEXT, 9)
    second = _capture(tmp_path, "second.json", OLD_TEXT.replace("12,300", "13,000"), 12)
    third = _capture(tmp_path, "third.json", OLD_TEXT.replace("12,300", "14,000"), 18)
    status, out = run("history", str(third), str(first), str(second))
    assert status == 1
    steps = [line for line in out.splitlines() if not line.startswith(" ")]
    assert steps[0].startswith(f"1. {first} -> {second} (2024-12-06 12:00+00:00): ")
    assert steps[1].startswith(f"2. {second} -> {third} (2024-12-06 18:00+00:00)")
    assert "   1 figure changed: 12,300 people -> 13,000 people" in out


def test_history_keeps_the_given_order_for_undated_captures(tmp_path: Path) -> None:
    """Captures with no time at all keep the command-line order."""
    first, second = tmp_path / "b.txt", tmp_path / "a.txt"
    first.write_text(OLD_TEXT, encoding="utf-8")
    second.write_text(OLD_TEXT.replace("12,300", "14,000"), encoding="utf-8")
    status, out = run("history", str(first), str(second))
    assert status == 1
    said, step = out.splitlines()[:2]
    assert said.startswith("No capture has a time (give --at, one per file): kept the order")
    assert step.startswith(f"1. {first} -> {second}: ")


def test_history_puts_undated_captures_before_dated_ones(files: tuple[Path, Path]) -> None:
    """A capture with no time comes before one whose update note dates it."""
    status, out = run("history", str(files[1]), str(files[0]))
    assert status == 1
    assert out.startswith(f"1. {files[0]} -> {files[1]} (2024-07-12 22:35): ")


def test_history_refuses_captures_of_different_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Captures with different urls are trouble: exit 2 naming the urls."""
    paths = []
    for n, url in enumerate(("https://a.example/1", "https://b.example/2")):
        revision = attrs.evolve(load_revision_text(OLD_TEXT), url=url)
        path = tmp_path / f"{n}.json"
        path.write_text(json.dumps(revision.to_dict()), encoding="utf-8")
        paths.append(str(path))
    assert run("history", *paths)[0] == 2
    assert "https://b.example/2" in capsys.readouterr().err


def test_history_of_one_capture_has_nothing_to_compare(files: tuple[Path, Path]) -> None:
    """A single distinct capture (even given twice) exits 0 and says so."""
    assert run("history", str(files[0]), str(files[0])) == (
        0,
        "Only one distinct capture: nothing to compare.\n",
    )


# --- demo ----------------------------------------------------------------------------


def test_demo_diffs_the_bundled_seed_example() -> None:
    """Demo prints the seed update's diff and exits 0, so `make demo` succeeds."""
    status, out = run("demo")
    assert status == 0
    assert "Update added (2024-12-06 22:35-05:00)" in out
    assert "rebels {+had taken control of the eastern city of Deir Ezzor and +}had reached" in out


def test_demo_renders_html() -> None:
    """Demo --format html gives a full page with the seed's title."""
    status, out = run("demo", "--format", "html")
    assert status == 0
    assert "<h1>The seed article’s update of 6 December 2024</h1>" in out


# --- a real process -------------------------------------------------------------------


def test_python_m_newsdiff_exit_statuses(files: tuple[Path, Path]) -> None:
    """A real python -m newsdiff exits 1 if changed, 0 if not, 2 on trouble, with no traceback."""
    env = {**os.environ, "NO_COLOR": "1"}
    base = [sys.executable, "-m", "newsdiff", "diff"]
    changed = subprocess.run([*base, *map(str, files)], capture_output=True, text=True, env=env,
                             check=False)  # fmt: skip
    same = subprocess.run([*base, str(files[0]), str(files[0])], capture_output=True, text=True,
                          env=env, check=False)  # fmt: skip
    broken = subprocess.run([*base, str(files[0]), "nope.txt"], capture_output=True, text=True,
                            env=env, check=False)  # fmt: skip
    assert (changed.returncode, same.returncode, broken.returncode) == (1, 0, 2)
    assert "{+14,000+}" in changed.stdout
    assert broken.stdout == ""
    assert broken.stderr == "newsdiff: error: cannot read nope.txt: No such file or directory\n"


def test_history_orders_captures_by_their_at_times(tmp_path: Path) -> None:
    """Captures given newest first are diffed oldest first when --at dates them."""
    newest, oldest = tmp_path / "newest.txt", tmp_path / "oldest.txt"
    newest.write_text(OLD_TEXT.replace("12,300", "14,000"), encoding="utf-8")
    oldest.write_text(OLD_TEXT, encoding="utf-8")
    status, out = run(
        "history", str(newest), str(oldest), "--at", "2017-10-05T12:00", "--at", "2017-10-03T09:00"
    )
    assert status == 1
    assert out.startswith(f"1. {oldest} -> {newest} (2017-10-05 12:00): ")
    assert "No capture has a time" not in out


def test_at_must_match_the_files(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A wrong number of --at times, or an unreadable one, is trouble naming the values."""
    assert run("history", str(files[0]), str(files[1]), "--at", "2024-12-06")[0] == 2
    assert "one capture time per file (2), got 1: 2024-12-06" in capsys.readouterr().err
    assert run("diff", str(files[0]), str(files[1]), "--at", "soon", "--at", "later")[0] == 2
    assert "'soon'" in capsys.readouterr().err


def test_url_option_lets_captures_of_one_page_form_a_history(tmp_path: Path) -> None:
    """--url sets one URL on every capture, so captures from two mirrors form a history."""
    paths = []
    for n, (url, text) in enumerate(
        (("https://a.example/1", OLD_TEXT), ("https://b.example/2", NEW_TEXT))
    ):
        revision = attrs.evolve(load_revision_text(text), url=url)
        path = tmp_path / f"{n}.json"
        path.write_text(json.dumps(revision.to_dict()), encoding="utf-8")
        paths.append(str(path))
    status, out = run("history", *paths, "--url", "https://www.example.gov/page")
    assert status == 1
    assert out.startswith(f"1. {paths[0]} -> {paths[1]}")


def test_history_accepts_one_url_spelled_two_ways(tmp_path: Path) -> None:
    """Captures whose URLs differ only in scheme, www. and a trailing slash belong together."""
    paths = []
    for n, (url, text) in enumerate(
        (("http://www.example.gov/page", OLD_TEXT), ("https://example.gov/page/", NEW_TEXT))
    ):
        revision = attrs.evolve(load_revision_text(text), url=url)
        path = tmp_path / f"{n}.json"
        path.write_text(json.dumps(revision.to_dict()), encoding="utf-8")
        paths.append(str(path))
    assert run("history", *paths)[0] == 1


@pytest.mark.parametrize(
    ("payload", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3", "a PDF document"),
        (b"\x00\x01\x02\x03" * 50, "binary data"),
    ],
)
def test_binary_files_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], payload: bytes, what: str
) -> None:
    """A binary file given as a capture is refused with one clear line, not read as text."""
    path = tmp_path / "capture.txt"
    path.write_bytes(payload)
    assert run("show", str(path))[0] == 2
    err = capsys.readouterr().err
    assert what in err
    assert str(path) in err


def test_lone_surrogates_in_a_revision_are_written_as_replacement_characters(tmp_path) -> None:
    """A revision holding a lone surrogate is shown and written (as U+FFFD), never a crash."""
    old = tmp_path / "old.json"
    new = tmp_path / "new.json"
    old.write_text(json.dumps(parse_text("Rebels took Hama.").to_dict()), encoding="utf-8")
    hostile = parse_text("Rebels took Hama \udce9 now.")
    new.write_text(json.dumps(hostile.to_dict()), encoding="utf-8")
    status, out = run("show", str(new))
    assert status == 0
    assert "Rebels took Hama \ufffd now." in out
    target = tmp_path / "out.html"
    status, _ = run("diff", str(old), str(new), "--format", "html", "-o", str(target))
    assert status == 1
    assert "Hama" in target.read_text(encoding="utf-8")
