"""The ``newsdiff`` command line (argparse: no dependency, and ``--help`` everywhere).

Exit status follows ``diff(1)``: 0 when nothing changed, 1 when something did,
2 on trouble (one line on stderr; ``--debug`` shows the traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TextIO

import attrs

from newsdiff import render as rendering
from newsdiff._compare._diff import diff
from newsdiff._history._article import Article, revision_time
from newsdiff._history._lineage import SentenceLife
from newsdiff._reading._html import parse_html
from newsdiff._reading._parse import parse_text
from newsdiff._render._text import wants_color
from newsdiff._revision._revision import Revision
from newsdiff._version import __version__
from newsdiff.exceptions import NewsdiffError
from newsdiff.warc import WarcProblem, capture_times, read_warc

if TYPE_CHECKING:
    from newsdiff._compare._difftype import Diff

EXIT_SAME, EXIT_CHANGED, EXIT_TROUBLE = 0, 1, 2
FORMATS = ("text", "markdown", "html", "json")

_SURROGATE = re.compile("[\ud800-\udfff]")


class CliError(Exception):
    """A problem to report on one line with exit status 2."""


def _read_source(name: str) -> tuple[str | bytes, str]:
    """Read a file (or ``-`` for stdin) and guess its kind: text, html or json."""
    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        _refuse_binary(data, "standard input")
        # Standard input has no suffix, so the first bytes decide.
        head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if head.startswith(b"{"):
            return _decode(data, "standard input"), "json"
        if head.startswith(b"<"):
            return data, "html"
        return data.decode("utf-8", errors="replace"), "text"
    path = Path(name)
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise CliError(f"cannot read {name}: {err.strerror or err}") from None
    _refuse_binary(raw, name)
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _decode(raw, name), "json"
    if suffix in {".html", ".htm", ".xhtml"}:
        return raw, "html"
    # Scraped text is often mis-encoded; one bad byte should not stop a diff.
    return raw.decode("utf-8-sig", errors="replace"), "text"


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CliError(f"{name}: not UTF-8 (byte {err.start}); JSON files must be UTF-8") from None


_BINARY_MAGIC: Final = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF media file"),
)
_SNIFF_BYTES: Final = 8192
_MAX_CONTROL_SHARE: Final = 0.02


def _refuse_binary(raw: bytes, label: str) -> None:
    """Raise CliError if *raw* is not text (an image, a PDF, an archive ...)."""
    head = raw[:_SNIFF_BYTES]
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise CliError(f"{label}: {what}, not text, HTML or JSON")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CliError(f"{label}: binary data (NUL bytes), not text, HTML or JSON")
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f")
    if head and controls > _MAX_CONTROL_SHARE * len(head):
        raise CliError(f"{label}: binary data (control bytes), not text, HTML or JSON")


def load_revision(
    name: str,
    *,
    tz: str | None = None,
    dayfirst: bool = False,
    url: str | None = None,
    captured_at: datetime | None = None,
) -> Revision:
    """Load a revision from a ``.txt``, ``.html`` or revision ``.json`` file, or ``-``.

    *url* and *captured_at*, when given, are set on the revision (a revision
    JSON file's own ``captured_at`` is kept unless *captured_at* is given).
    """
    revision = _load(name, tz=tz, dayfirst=dayfirst)
    changes: dict[str, Any] = {}
    if url is not None:
        changes["url"] = url
    if captured_at is not None:
        changes["captured_at"] = captured_at
    return attrs.evolve(revision, **changes) if changes else revision


def _load(name: str, *, tz: str | None, dayfirst: bool) -> Revision:
    data, kind = _read_source(name)
    label = "standard input" if name == "-" else name
    try:
        if kind == "json":
            try:
                payload = json.loads(data)
            except json.JSONDecodeError as err:
                raise CliError(
                    f"{label}: not valid JSON ({err.msg} at line {err.lineno})"
                ) from None
            except RecursionError:
                raise CliError(f"{label}: JSON nested too deep to be a revision") from None
            if not isinstance(payload, dict):
                raise CliError(f"{label}: expected a revision object (Revision.to_dict())")
            return Revision.from_dict(payload)
        if kind == "html":
            try:
                return parse_html(data, tz=tz, dayfirst=dayfirst)
            except ImportError as err:
                raise CliError(
                    f"{label}: reading HTML needs the html extra "
                    f"(pip install 'newsdiff[html]'): {err}"
                ) from None
        assert isinstance(data, str)
        return parse_text(data, tz=tz, dayfirst=dayfirst)
    except NewsdiffError as err:
        raise CliError(f"{label}: {err}") from err


def render(  # noqa: PLR0913 (keyword-only output options of the diff command)
    diff: Diff,
    fmt: str,
    *,
    color: bool | None,
    side_by_side: bool = False,
    title: str | None = None,
    old: Revision | None = None,
    new: Revision | None = None,
    whole: str | None = None,
) -> str:
    """Render a diff in one of :data:`FORMATS`; JSON carries both sides when they are given.

    *whole* is ``"all"`` or ``"fold"`` for the whole article in reading order
    (unchanged paragraphs shown, or folded into a count); it needs both revisions.
    """
    if fmt == "json":
        if whole is not None:
            raise CliError("--whole and --fold apply to text, markdown and html, not json")
        return rendering.json(diff, old=old, new=new)
    view = _whole_view(whole, side_by_side=side_by_side, old=old, new=new)
    if fmt == "markdown":
        return rendering.markdown(diff, **view)
    if fmt == "html":
        return rendering.html(diff, side_by_side=side_by_side, title=title, **view)
    return rendering.text(diff, color=color, **view)


def _whole_view(
    whole: str | None, *, side_by_side: bool, old: Revision | None, new: Revision | None
) -> dict[str, Any]:
    """The keyword arguments of the whole-article view, or none; refuses what cannot combine."""
    if whole is None:
        return {}
    if side_by_side:
        raise CliError("--whole and --fold show the article inline: drop --side-by-side")
    return {"old": old, "new": new, "whole": True, "fold": whole == "fold"}


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
    folder = resources.files("newsdiff") / "_examples"
    before = (folder / "seed-before-update.txt").read_text(encoding="utf-8")
    after = (folder / "seed-after-update.txt").read_text(encoding="utf-8")
    return (
        parse_text(before, tz="America/New_York"),
        parse_text(after, tz="America/New_York"),
    )


def _writable(text: str) -> str:
    """*text* with lone surrogates (which no encoding can write) shown as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def _write(text: str, output: str | None, stdout: TextIO) -> None:
    # A revision read from JSON may hold lone surrogates: the output says where
    # they were (U+FFFD) instead of failing half-way or leaving an empty file.
    text = _writable(text)
    if output in (None, "-"):
        stdout.write(text if text.endswith("\n") else text + "\n")
        stdout.flush()
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
        epilog="Exit status: 0 no change, 1 changed, 2 trouble. "
        "Run 'newsdiff COMMAND --help' for a command's options.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--version", action="version", version=f"newsdiff {__version__}")
    # Accept --debug after the command too; SUPPRESS keeps the top-level value
    # when it is not repeated there.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks on errors"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def reading(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--tz", metavar="ZONE", help="IANA zone for times that give none, e.g. America/New_York"
        )
        p.add_argument("--dayfirst", action="store_true", help="read 07/12/24 as 7 December")

    def capture(p: argparse.ArgumentParser) -> None:
        p.add_argument("--url", metavar="URL", help="the article's URL, set on every capture read")
        p.add_argument(
            "--at",
            metavar="TIME",
            action="append",
            help="capture time (ISO 8601), once per file in the order given; "
            "overrides a file's captured_at",
        )

    def output(p: argparse.ArgumentParser) -> None:
        p.add_argument("--format", choices=FORMATS, default="text", help="output format")
        p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
        p.add_argument(
            "--color",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="colour text output (default: on a terminal, unless NO_COLOR is set)",
        )
        p.add_argument(
            "--side-by-side",
            action="store_true",
            help="HTML: old and new text in two columns",
        )
        p.add_argument("--title", help="HTML: the page heading")
        _whole_options(p)

    p = sub.add_parser(
        "diff",
        parents=[common],
        help="diff two revisions",
        description="Diff OLD against NEW. Exit status 0: no change, 1: changed, 2: trouble.",
    )
    p.add_argument("old", metavar="OLD", help=".txt, .html or revision .json file, or -")
    p.add_argument("new", metavar="NEW", help=".txt, .html or revision .json file, or -")
    reading(p)
    capture(p)
    output(p)

    p = sub.add_parser(
        "show",
        parents=[common],
        help="show a parsed revision",
        description="Parse FILE and show its notes, paragraphs, sentence roles and quotes.",
    )
    p.add_argument("file", metavar="FILE", help=".txt, .html or revision .json file, or -")
    p.add_argument("--json", action="store_true", help="print the revision as JSON")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    reading(p)

    p = sub.add_parser(
        "history",
        parents=[common],
        help="summarise an article's captures in time order",
        description="Order the captures of one article by time (updated, else captured "
        "(--at, or a revision file's captured_at), else published; undated captures first, "
        "in the order given) and summarise each step. Without any time, the order given is "
        "kept, and the output says so.",
    )
    p.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        help="captures of one article: .txt, .html, revision .json, or WARC files "
        "(.warc, .warc.gz; with several pages, choose one with --url)",
    )
    reading(p)
    capture(p)

    p = sub.add_parser(
        "demo",
        parents=[common],
        help="diff the bundled seed example",
        description="Diff the bundled seed article (after its 6 December 2024 update) "
        "against its earlier revision.",
    )
    output(p)
    _archive_commands(sub, common)
    return parser


def _whole_options(p: argparse.ArgumentParser) -> None:
    """--whole and --fold: the whole article in reading order (text, Markdown, HTML)."""
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--whole",
        dest="whole",
        action="store_const",
        const="all",
        help="text, Markdown, HTML: the whole article in reading order, changes in place",
    )
    group.add_argument(
        "--fold",
        dest="whole",
        action="store_const",
        const="fold",
        help="like --whole, with each run of unchanged paragraphs folded into a count",
    )


def _history(args: argparse.Namespace, stdout: TextIO) -> int:
    if args.files.count("-") > 1:
        raise CliError("standard input (-) can be read only once")
    loaded = _history_captures(args)
    names: dict[str, str] = {}
    for name, revision in loaded:
        names.setdefault(revision.id, name)
    revisions = [r for _, r in loaded]
    # Article refuses captures that do not belong together (two urls, naive and
    # aware times mixed); its order is ours, except that ties and undated
    # captures keep the command-line order rather than the order of their ids.
    Article(revisions=revisions)
    unique = list({r.id: r for r in revisions}.values())
    ordered = sorted(
        unique,
        key=lambda r: (
            revision_time(r) is not None,
            revision_time(r) or datetime.min,
            unique.index(r),
        ),
    )
    if len(ordered) < 2:
        _write("Only one distinct capture: nothing to compare.", None, stdout)
        return EXIT_SAME
    if all(revision_time(r) is None for r in ordered):
        _write(
            "No capture has a time (give --at, one per file): kept the order given, oldest first.",
            None,
            stdout,
        )
    changed = False
    for step, (old, new) in enumerate(itertools.pairwise(ordered), 1):
        d = diff(old, new)
        changed = changed or bool(d)
        when = revision_time(new)
        at = f" ({when.isoformat(sep=' ', timespec='minutes')})" if when else ""
        head = f"{step}. {names[old.id]} -> {names[new.id]}{at}: {d.significance.name.lower()}"
        body = "".join(f"\n   {line}" for line in d.summary().splitlines())
        _write(head + body, None, stdout)
    return EXIT_CHANGED if changed else EXIT_SAME


def _history_captures(args: argparse.Namespace) -> list[tuple[str, Revision]]:
    """The captures ``newsdiff history`` reads, each with the name it is shown by.

    Page files come first, in the order given; the revisions of the page read
    from WARC files follow (see :func:`_one_archive_page`), each named by its
    WARC file(s) and first capture time. ``--at`` gives times to page files only.
    """
    files = [f for f in args.files if not _is_warc(f)]
    archives = [f for f in args.files if _is_warc(f)]
    times = _capture_times(args.at, len(files), archives)
    loaded = [
        (f, load_revision(f, tz=args.tz, dayfirst=args.dayfirst, url=args.url, captured_at=at))
        for f, at in zip(files, times, strict=True)
    ]
    if archives:
        label = archives[0] if len(archives) == 1 else "WARC"
        for revision in _one_archive_page(archives, args).revisions:
            first = capture_times(revision)[:1]
            at = f"@{first[0].isoformat(timespec='seconds')}" if first else ""
            loaded.append((f"{label}{at}", revision))
    return loaded


def _capture_times(
    values: list[str] | None, count: int, archives: Sequence[str] = ()
) -> list[datetime | None]:
    """The --at times, one per page file (WARC files carry their own); ``None`` when none."""
    if not values:
        return [None] * count
    if len(values) != count:
        warcs = f" other than WARC files, which carry their own times ({len(archives)})"
        raise CliError(
            f"--at: give one capture time per file{warcs if archives else ''} ({count}), "
            f"got {len(values)}: " + ", ".join(values)
        )
    times: list[datetime | None] = []
    for value in values:
        try:
            times.append(datetime.fromisoformat(value.strip()))
        except ValueError:
            raise CliError(
                f"--at: not an ISO 8601 time (such as 2021-11-03T15:29+00:00): {value!r}"
            ) from None
    return times


def _run(args: argparse.Namespace, stdout: TextIO) -> int:
    if args.command == "show":
        revision = load_revision(args.file, tz=args.tz, dayfirst=args.dayfirst)
        text = (
            json.dumps(revision.to_dict(), indent=2, ensure_ascii=False, sort_keys=True)
            if args.json
            else show(revision)
        )
        _write(text, args.output, stdout)
        return EXIT_SAME
    if args.command == "history":
        return _history(args, stdout)
    if args.command in {"warc", "blame"}:
        return _warc(args, stdout) if args.command == "warc" else _blame(args, stdout)
    if args.command == "demo":
        old, new = _demo_revisions()
        title = args.title or "The seed article’s update of 6 December 2024"
    else:
        if args.old == "-" and args.new == "-":
            raise CliError("standard input (-) can be read only once: give OLD or NEW as a file")
        at_old, at_new = _capture_times(args.at, 2)
        old = load_revision(
            args.old, tz=args.tz, dayfirst=args.dayfirst, url=args.url, captured_at=at_old
        )
        new = load_revision(
            args.new, tz=args.tz, dayfirst=args.dayfirst, url=args.url, captured_at=at_new
        )
        title = args.title or new.headline or old.headline
    d = diff(old, new)
    color = args.color
    if color is None:
        # Colour only for a terminal, never into a file, and never when NO_COLOR is set.
        color = args.output in (None, "-") and wants_color(None, isatty=_isatty(stdout))
    text = render(
        d,
        args.format,
        color=color,
        side_by_side=args.side_by_side,
        title=title,
        old=old,
        new=new,
        whole=args.whole,
    )
    _write(text, args.output, stdout)
    if args.command == "demo":
        # A demonstration succeeded: `make demo` and scripts expect 0, not diff(1)'s 1.
        return EXIT_SAME
    return EXIT_CHANGED if d else EXIT_SAME


# --- web archives and blame -------------------------------------------------------


def _archive_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """The ``warc`` and ``blame`` subcommands."""
    p = sub.add_parser(
        "warc",
        parents=[common],
        help="list the articles in WARC files",
        description="Read WARC files (gzipped or not) and list the pages found: URL, "
        "captures, revisions (captures whose text did not change are one), first and "
        "last capture time. Records skipped are listed on stderr.",
    )
    p.add_argument("files", metavar="FILE", nargs="+", help=".warc or .warc.gz files")
    p.add_argument("--url", help="only this page (compared after URL normalisation)")
    _zone_options(p)

    p = sub.add_parser(
        "blame",
        parents=[common],
        help="when each sentence of an article first appeared",
        description="Print the latest revision of an article (or the one current at "
        "--at) with, for each sentence, the time it first appeared and how many times "
        "it changed since, like git blame. FILEs are captures of one article (.txt, "
        ".html, revision .json) or WARC files (.warc, .warc.gz).",
    )
    p.add_argument("files", metavar="FILE", nargs="+", help="captures or WARC files")
    p.add_argument("--url", help="WARC files: the page to read (needed when they hold several)")
    p.add_argument(
        "--at",
        metavar="TIME",
        help="the revision current at this ISO 8601 time (UTC when it gives no zone "
        "and the captures do)",
    )
    p.add_argument("--removed", action="store_true", help="also list the sentences removed")
    _zone_options(p)


def _zone_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--tz", metavar="ZONE", help="IANA zone for times that give none, e.g. America/New_York"
    )
    p.add_argument("--dayfirst", action="store_true", help="read 07/12/24 as 7 December")


def _is_warc(name: str) -> bool:
    return name.lower().endswith((".warc", ".warc.gz"))


def _read_archives(names: list[str], args: argparse.Namespace) -> list[Article]:

    skipped = 0

    def problem(found: WarcProblem) -> None:
        nonlocal skipped
        skipped += 1
        sys.stderr.write(f"newsdiff: skipped {found}\n")

    url = args.url
    if url is not None and "://" not in url:
        url = f"https://{url}"
    try:
        return list(
            read_warc(names, url=url, on_problem=problem, tz=args.tz, dayfirst=args.dayfirst)
        )
    except ImportError as err:
        # The message names the extra that is missing (warc or html) and how to install it.
        raise CliError(f"reading WARC files: {err}") from None


def _when(at: datetime | None) -> str:
    return at.isoformat(sep=" ", timespec="minutes") if at else "undated"


def _warc(args: argparse.Namespace, stdout: TextIO) -> int:
    articles = _read_archives(list(args.files), args)
    if not articles:
        _write("No articles found.", None, stdout)
        return EXIT_SAME
    for article in articles:
        times = [t for r in article.revisions for t in capture_times(r)]
        url = article.revisions[0].url if article.revisions else None
        captures = f"{len(times)} capture{'s' * (len(times) != 1)}"
        n = len(article.revisions)
        revisions = f"{n} revision{'s' * (n != 1)}"
        span = f"{_when(min(times))} .. {_when(max(times))}" if times else "undated"
        _write(f"{url}  {captures}, {revisions}, {span}", None, stdout)
    return EXIT_SAME


def _blame_article(args: argparse.Namespace) -> Article:
    names = list(args.files)
    if names.count("-") > 1:
        raise CliError("standard input (-) can be read only once")
    archives = [n for n in names if _is_warc(n)]
    revisions = [
        load_revision(n, tz=args.tz, dayfirst=args.dayfirst) for n in names if not _is_warc(n)
    ]
    if archives:
        revisions.extend(_one_archive_page(archives, args).revisions)
    return Article(revisions=revisions)


def _one_archive_page(archives: list[str], args: argparse.Namespace) -> Article:
    """The one page the WARC files hold, or the one --url names; else an error listing them."""
    found = _read_archives(archives, args)
    if len(found) > 1:
        urls = ", ".join(str(a.revisions[0].url) for a in found)
        raise CliError(f"the WARC files hold {len(found)} pages; choose one with --url: {urls}")
    if not found:
        where = ", ".join(archives)
        raise CliError(
            f"no article found in {where}" + (f" at --url {args.url}" if args.url else "")
        )
    return found[0]


def _blame(args: argparse.Namespace, stdout: TextIO) -> int:
    article = _blame_article(args)
    if not article.revisions:
        raise CliError("no revisions to blame")
    index = len(article.revisions) - 1
    if args.at is not None:
        try:
            when = datetime.fromisoformat(args.at)
        except ValueError:
            raise CliError(f"--at: not an ISO 8601 time: {args.at!r}") from None
        aware = any(
            (t := revision_time(r)) is not None and t.utcoffset() is not None
            for r in article.revisions
        )
        if aware and when.utcoffset() is None:
            when = when.replace(tzinfo=UTC)
        current = article.as_of(when)
        if current is None:
            raise CliError(f"--at: no revision is as old as {args.at}")
        index = article.revisions.index(current)
    lineage = article.lineage()
    revision = article.revisions[index]
    lives = lineage.sentences[index]
    head = f"Revision {index + 1} of {len(article.revisions)}, {_when(revision_time(revision))}"
    lines = [f"{revision.headline}" if revision.headline else "", head]
    width = max((len(_when(life.first_at)) for life in lives), default=0)
    number = 0
    for paragraph in revision.paragraphs:
        lines.append("")
        for _ in paragraph.sentences:
            lines.append(_blame_line(lives[number], width))
            number += 1
    if args.removed:
        gone = [r for r in lineage.removals if r.revision <= index]
        lines.append("")
        lines.append(f"Removed ({len(gone)}):")
        lines.extend(
            f"{_when(r.at)}  (first seen {_when(r.life.first_at)})  {r.life.text}" for r in gone
        )
    _write("\n".join(line for line in lines[1 if not lines[0] else 0 :]), None, stdout)
    return EXIT_SAME


def _blame_line(life: SentenceLife, width: int) -> str:
    changed = f"{life.changes} change{'s' * (life.changes != 1)}"
    return f"{_when(life.first_at):{width}}  {changed:>10}  {life.text}"


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status.

    *argv* defaults to ``sys.argv[1:]`` and *stdout* to ``sys.stdout``; errors
    go to ``sys.stderr``. Usage errors, ``--help`` and ``--version`` return
    argparse's status (2, 0, 0) instead of exiting.
    """
    out = stdout or sys.stdout
    parser = _parser()
    try:
        with contextlib.redirect_stdout(out):
            args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_TROUBLE
    try:
        return _run(args, out)
    except BrokenPipeError:
        # The reader went away (newsdiff ... | head): not worth a message.
        with contextlib.suppress(OSError):
            sys.stderr.close()
        return EXIT_TROUBLE
    except (NewsdiffError, CliError) as err:
        if args.debug:
            raise
        sys.stderr.write(f"newsdiff: error: {err}\n")
        return EXIT_TROUBLE
    except Exception as err:
        if args.debug:
            raise
        sys.stderr.write(
            f"newsdiff: error: unexpected {type(err).__name__}: {err} "
            "(run with --debug for the traceback)\n"
        )
        return EXIT_TROUBLE
