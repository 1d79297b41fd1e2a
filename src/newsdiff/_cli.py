"""The ``newsdiff`` command line (argparse: no dependency, and ``--help`` everywhere).

Exit status follows ``diff(1)``: 0 when nothing changed, 1 when something did,
2 on trouble (one line on stderr; ``--debug`` shows the traceback).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from newsdiff._model import Revision
from newsdiff.exceptions import NewsdiffError

if TYPE_CHECKING:
    from newsdiff._diffmodel import Diff

EXIT_SAME, EXIT_CHANGED, EXIT_TROUBLE = 0, 1, 2
FORMATS = ("text", "markdown", "html", "json")


class CliError(Exception):
    """A problem to report on one line with exit status 2."""


def _read_source(name: str) -> tuple[str | bytes, str]:
    """Read a file (or ``-`` for stdin) and guess its kind: text, html or json."""
    if name == "-":
        data: str | bytes = sys.stdin.buffer.read()
        head = data[:512].lstrip().lower()
        if head.startswith(b"{"):
            return data.decode("utf-8"), "json"
        if head.startswith((b"<!doctype", b"<html", b"<")):
            return data, "html"
        return data.decode("utf-8", errors="replace"), "text"
    path = Path(name)
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise CliError(f"cannot read {name}: {err.strerror or err}") from None
    suffix = path.suffix.lower()
    if suffix == ".json":
        return raw.decode("utf-8"), "json"
    if suffix in {".html", ".htm", ".xhtml"}:
        return raw, "html"
    return raw.decode("utf-8", errors="replace"), "text"


def load_revision(name: str, *, tz: str | None = None, dayfirst: bool = False) -> Revision:
    """Load a revision from a ``.txt``, ``.html`` or revision ``.json`` file, or ``-``."""
    data, kind = _read_source(name)
    if kind == "json":
        try:
            payload = json.loads(data)
        except json.JSONDecodeError as err:
            raise CliError(f"{name}: not valid JSON ({err.msg} at line {err.lineno})") from None
        return Revision.from_dict(payload)
    if kind == "html":
        from newsdiff._html import parse_html  # noqa: PLC0415 (optional extra)

        return parse_html(data, tz=tz, dayfirst=dayfirst)
    from newsdiff._parse import parse_text  # noqa: PLC0415 (keeps --help fast)

    assert isinstance(data, str)
    return parse_text(data, tz=tz, dayfirst=dayfirst)


def render(diff: Diff, fmt: str, *, color: bool | None) -> str:
    """Render a diff in one of :data:`FORMATS`."""
    from newsdiff import render as rendering  # noqa: PLC0415

    if fmt == "json":
        return rendering.json(diff)
    if fmt == "markdown":
        return rendering.markdown(diff)
    if fmt == "html":
        return rendering.html(diff)
    return rendering.text(diff, color=color)


def show(revision: Revision) -> str:
    """A readable listing of a parsed revision: notes, paragraphs, roles, quotes."""
    lines: list[str] = []
    if revision.headline:
        lines.append(f"Headline: {revision.headline}")
    if revision.byline:
        lines.append(f"By: {', '.join(revision.byline)}")
    for label, when in (
        ("Published", revision.published_at),
        ("Updated", revision.updated_at),
        ("Captured", revision.captured_at),
    ):
        if when is not None:
            lines.append(f"{label}: {when.isoformat()}")
    for note in revision.notes:
        at = note.at.isoformat() if note.at else "no time given"
        lines.append(f"Note [{note.kind.value}, {at}]: {note.text}")
    number = 0
    for p, paragraph in enumerate(revision.paragraphs, 1):
        lines.append(f"\n¶{p}")
        for sentence in paragraph.sentences:
            lines.append(f"  [{number}] ({sentence.role.value}) {sentence.text}")
            for quote in sentence.quotes:
                speaker = quote.speaker or "unattributed"
                balanced = "" if quote.balanced else ", unbalanced marks"
                lines.append(f"       {quote.kind.value} quote{balanced} - {speaker}: {quote.text}")
            number += 1
    if revision.boilerplate:
        lines.append("\nBoilerplate: " + " | ".join(revision.boilerplate))
    return "\n".join(lines)


def _demo_revisions() -> tuple[Revision, Revision]:
    from newsdiff._parse import parse_text  # noqa: PLC0415

    folder = resources.files("newsdiff") / "_examples"
    before = (folder / "seed-before-update.txt").read_text(encoding="utf-8")
    after = (folder / "seed-after-update.txt").read_text(encoding="utf-8")
    return (
        parse_text(before, tz="America/New_York"),
        parse_text(after, tz="America/New_York"),
    )


def _write(text: str, output: str | None, stdout: TextIO) -> None:
    if output in (None, "-"):
        stdout.write(text if text.endswith("\n") else text + "\n")
        return
    assert output is not None
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as err:
        raise CliError(f"cannot write {output}: {err.strerror or err}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdiff",
        description="Structured diffs of news article revisions.",
        epilog="Exit status: 0 no change, 1 changed, 2 trouble.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def reading(p: argparse.ArgumentParser) -> None:
        p.add_argument("--tz", help="IANA zone for times that give none, e.g. America/New_York")
        p.add_argument("--dayfirst", action="store_true", help="read 07/12/24 as 7 December")

    def output(p: argparse.ArgumentParser) -> None:
        p.add_argument("--format", choices=FORMATS, default="text", help="output format")
        p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
        p.add_argument(
            "--color",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="colour text output (default: when writing to a terminal)",
        )

    p = sub.add_parser("diff", help="diff two revisions", description="Diff OLD against NEW.")
    p.add_argument("old", metavar="OLD", help=".txt, .html or revision .json file, or -")
    p.add_argument("new", metavar="NEW", help=".txt, .html or revision .json file, or -")
    reading(p)
    output(p)

    p = sub.add_parser("show", help="show a parsed revision", description="Parse FILE and show it.")
    p.add_argument("file", metavar="FILE", help=".txt, .html or revision .json file, or -")
    p.add_argument("--json", action="store_true", help="print the revision as JSON")
    reading(p)

    p = sub.add_parser(
        "history",
        help="summarise an article's captures in time order",
        description="Order the captures by time and summarise each step.",
    )
    p.add_argument("files", metavar="FILE", nargs="+", help="captures of one article")
    reading(p)

    p = sub.add_parser(
        "demo",
        help="diff the bundled seed example",
        description="Diff the bundled seed article against its earlier revision.",
    )
    output(p)
    return parser


def _run(args: argparse.Namespace, stdout: TextIO) -> int:
    if args.command == "show":
        revision = load_revision(args.file, tz=args.tz, dayfirst=args.dayfirst)
        text = (
            json.dumps(revision.to_dict(), indent=2, ensure_ascii=False)
            if args.json
            else show(revision)
        )
        _write(text, None, stdout)
        return EXIT_SAME
    if args.command == "history":
        from newsdiff._article import Article  # noqa: PLC0415
        from newsdiff._diff import diff  # noqa: PLC0415

        revisions = [load_revision(f, tz=args.tz, dayfirst=args.dayfirst) for f in args.files]
        dated = all(r.updated_at or r.captured_at or r.published_at for r in revisions)
        # Undated captures keep the order given on the command line.
        ordered = Article(revisions=revisions).revisions if dated else tuple(revisions)
        changed = False
        for step, (old, new) in enumerate(itertools.pairwise(ordered), 1):
            d = diff(old, new)
            changed = changed or bool(d)
            _write(f"Step {step}: {d.summary()}", None, stdout)
        return EXIT_CHANGED if changed else EXIT_SAME
    if args.command == "demo":
        old, new = _demo_revisions()
    else:
        old = load_revision(args.old, tz=args.tz, dayfirst=args.dayfirst)
        new = load_revision(args.new, tz=args.tz, dayfirst=args.dayfirst)
    from newsdiff._diff import diff  # noqa: PLC0415

    d = diff(old, new)
    color = args.color
    if color is None and args.output in (None, "-"):
        color = stdout.isatty()
    _write(render(d, args.format, color=color), args.output, stdout)
    return EXIT_CHANGED if d else EXIT_SAME


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    out = stdout or sys.stdout
    try:
        return _run(args, out)
    except (NewsdiffError, CliError, ImportError, UnicodeDecodeError) as err:
        if args.debug:
            raise
        sys.stderr.write(f"newsdiff: error: {err}\n")
        return EXIT_TROUBLE
    except BrokenPipeError:
        return EXIT_TROUBLE
