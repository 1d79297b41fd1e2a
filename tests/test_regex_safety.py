"""Every regular expression in newsdiff runs in about linear time on adversarial input.

Patterns are collected two ways, so a new one cannot slip past: every
compiled ``re.Pattern`` reachable from a module's globals (also inside
tuples, lists, dicts and class attributes), and every string literal passed
to a ``re`` function anywhere in the source (found with :mod:`ast`).

Two checks per pattern:

* **Structure**: no unbounded quantifier inside another unbounded quantifier
  (``(a+)+``, ``(\\s*x?)*``), the shape behind catastrophic backtracking.
* **Growth**: the pattern scans (``finditer``, which also tries a match at
  every position, so a quadratic ``search`` shows) adversarial strings built
  from its own literal characters and from news-shaped runs ("Mr. ", quote
  marks, spaces, digits), each followed by a character that makes the match
  fail late. Four times longer input may cost at most ``MAX_GROWTH`` times
  more (linear 4, quadratic 16); totals under ``NOISE_FLOOR`` seconds are
  too small to compare. Times are CPU time of this process, not wall time,
  so a busy machine does not skew the ratio.

``fuzz/regex_review.py`` prints the review table in ``docs/guarantees.md``.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import newsdiff

# The regex parser is private API (re._parser since 3.11); it is the only way
# to see a pattern's structure, and the tests pin the Python versions we run.
sre_parse: Any = importlib.import_module("re._parser")
sre_constants: Any = importlib.import_module("re._constants")

SRC = Path(newsdiff.__file__).resolve().parent
MAX_GROWTH = 10.0
NOISE_FLOOR = 0.05
SMALL, LARGE = 500, 2_000
RE_FUNCTIONS = {
    "compile",
    "search",
    "match",
    "fullmatch",
    "sub",
    "subn",
    "split",
    "findall",
    "finditer",
}
GENERIC_UNITS = (
    " ", "a", "A", "1", ".", ",", "a ", "aA", "1,", "1.", ". ", "Mr. ", "he said ", "\u201c", '"',
    "'", "\u2019", '"a', "\u201ca ", "-", "\u2014", "\n", "\r\n", "\t", "Aa ", "A. ", "a.a", "(",
    "<", "&", "http://", "/", ":", "0", "12:", "Dec. ", "Updated ", "\u00a0", "\u200b",
)  # fmt: skip
TAILS = ("", "!", "\x00", "a", " \u201d")


def _module_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    def walk(obj: Any, where: str, depth: int) -> Iterator[tuple[str, re.Pattern[str]]]:
        if isinstance(obj, re.Pattern):
            yield where, obj
        elif depth < 3 and isinstance(obj, tuple | list | set | frozenset):
            for i, item in enumerate(obj):
                yield from walk(item, f"{where}[{i}]", depth + 1)
        elif depth < 3 and isinstance(obj, dict):
            for key, item in obj.items():
                yield from walk(item, f"{where}[{key!r}]", depth + 1)

    for info in pkgutil.walk_packages(newsdiff.__path__, prefix="newsdiff."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        # "_reading/_notes": the module's path under src/newsdiff, without ".py".
        path = info.name.removeprefix("newsdiff.").replace(".", "/")
        for name, value in vars(module).items():
            yield from walk(value, f"{path}.{name}", 0)
            if isinstance(value, type) and value.__module__ == module.__name__:
                for attr, item in vars(value).items():
                    yield from walk(item, f"{path}.{name}.{attr}", 0)


def _literal_flags(node: ast.Call) -> int:
    flags = 0
    for arg in [*node.args[1:], *(k.value for k in node.keywords if k.arg == "flags")]:
        for sub in ast.walk(arg):
            if isinstance(sub, ast.Attribute) and isinstance(getattr(re, sub.attr, None), int):
                flags |= int(getattr(re, sub.attr))
    return flags


def _source_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in RE_FUNCTIONS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                continue
            where = f"{path.relative_to(SRC).with_suffix('').as_posix()}:{node.lineno}"
            yield where, re.compile(node.args[0].value, _literal_flags(node))


def collect() -> dict[str, tuple[str, re.Pattern[str]]]:
    """Every distinct pattern in the package, keyed by a readable name."""
    seen: dict[tuple[str, int], str] = {}
    out: dict[str, tuple[str, re.Pattern[str]]] = {}
    for where, pattern in [*_module_patterns(), *_source_patterns()]:
        key = (pattern.pattern, pattern.flags)
        if key not in seen:
            seen[key] = where
            out[where] = (where, pattern)
    return out


PATTERNS = collect()


def _parsed(pattern: re.Pattern[str]) -> Any:
    return sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE)


_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_POSSESSIVE = getattr(sre_constants, "POSSESSIVE_REPEAT", None)


def _children(op: Any, av: Any) -> list[Any]:
    if op in _REPEATS or op == _POSSESSIVE:
        return [av[2]]
    if op == sre_constants.SUBPATTERN:
        return [av[-1]]
    if op == sre_constants.BRANCH:
        return list(av[1])
    if op in {sre_constants.ASSERT, sre_constants.ASSERT_NOT}:
        return [av[1]]
    if op == sre_constants.GROUPREF_EXISTS:
        return [x for x in av[1:] if x is not None]
    if op == getattr(sre_constants, "ATOMIC_GROUP", None):
        return [av]
    return []


_SAMPLE = [chr(c) for c in range(256)] + list("\u2019\u201c\u201d\u2014\u2013\u200b\u00a0é中")
_CATEGORIES: dict[Any, Callable[[str], bool]] = {
    sre_constants.CATEGORY_DIGIT: str.isdigit,
    sre_constants.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
    sre_constants.CATEGORY_SPACE: str.isspace,
    sre_constants.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    sre_constants.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sre_constants.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}


def _any_char(_c: str) -> bool:
    return True


def _atom_chars(op: Any, av: Any, flags: int) -> set[str] | None:
    """The sample characters one single-character atom matches, or None if not an atom."""
    fold = bool(flags & re.IGNORECASE)

    def same(a: str, b: str) -> bool:
        return a == b or (fold and a.lower() == b.lower())

    if op == sre_constants.LITERAL:
        return {c for c in _SAMPLE if same(c, chr(av))}
    if op == sre_constants.NOT_LITERAL:
        return {c for c in _SAMPLE if not same(c, chr(av))}
    if op == sre_constants.ANY:
        return set(_SAMPLE) - {"\n"}
    if op != sre_constants.IN:
        return None
    negate = any(kind == sre_constants.NEGATE for kind, _ in av)
    out = set()
    for c in _SAMPLE:
        hit = False
        for kind, value in av:
            if kind == sre_constants.LITERAL:
                hit = hit or same(c, chr(value))
            elif kind == sre_constants.RANGE:
                hit = (
                    hit
                    or value[0] <= ord(c) <= value[1]
                    or (fold and value[0] <= ord(c.lower()) <= value[1])
                )
            elif kind == sre_constants.CATEGORY:
                hit = hit or _CATEGORIES.get(value, _any_char)(c)
        if hit != negate:
            out.add(c)
    return out


def _inner_chars(sub: Any, flags: int) -> set[str]:
    """Every sample character any atom inside *sub* can match (over-approximated)."""
    out: set[str] = set()
    for op, av in sub:
        atom = _atom_chars(op, av, flags)
        if atom is not None:
            out |= atom
        elif op in {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}:
            continue
        for child in _children(op, av):
            out |= _inner_chars(child, flags)
    return out


def _delimited(body: Any, flags: int) -> bool:
    """Whether every pass of a repeat opens with a character its inner repeats never match.

    ``(?:[.,:]\\d+)*`` is safe: a pass starts with a separator no ``\\d`` can
    eat, so there is only one way to split the input into passes.
    """
    items = list(body)
    if len(items) == 1 and items[0][0] == sre_constants.SUBPATTERN:
        items = list(items[0][1][-1])
    if not items:
        return False
    first = _atom_chars(items[0][0], items[0][1], flags)
    if first is None:
        return False
    return not (first & _inner_chars(items[1:], flags))


def nested(sub: Any, flags: int = 0, *, inside: bool = False) -> list[str]:
    """Ambiguous nesting: a variable-length quantifier inside an unbounded one.

    Flags ``(a+)+`` and ``(a{1,5})*``; a repeat whose every pass starts with a
    delimiter its inner quantifiers cannot match (``\\d+(?:,\\d+)*``) is
    unambiguous and not flagged.
    """
    found = []
    for op, av in sub:
        repeat = op in _REPEATS or op == _POSSESSIVE
        variable = repeat and av[0] != av[1]
        if variable and inside:
            found.append(f"{op} {av[0]}..{av[1]}")
        unbounded = repeat and av[1] == sre_constants.MAXREPEAT and op != _POSSESSIVE
        if unbounded and _delimited(av[2], flags):
            unbounded = False
        for child in _children(op, av):
            found.extend(nested(child, flags, inside=inside or unbounded))
    return found


def _chars(sub: Any, out: set[str]) -> None:
    for op, av in sub:
        if op == sre_constants.LITERAL:
            out.add(chr(av))
        elif op == sre_constants.IN:
            for kind, value in av:
                if kind == sre_constants.LITERAL:
                    out.add(chr(value))
                elif kind == sre_constants.RANGE:
                    out.update({chr(value[0]), chr(value[1])})
        for child in _children(op, av):
            _chars(child, out)


def adversarial(pattern: re.Pattern[str], n: int) -> list[str]:
    """Strings of about *n* characters meant to make *pattern* backtrack."""
    chars: set[str] = set()
    _chars(_parsed(pattern), chars)
    literal_run = "".join(sorted(chars))[:40]
    units = [*GENERIC_UNITS, *sorted(chars)]
    if literal_run:
        units.append(literal_run)
    out: list[str] = []
    for unit in units:
        body = unit * (n // len(unit))
        out.extend(body + tail for tail in TAILS)
    return out


def _collapse(text: str) -> str:
    return " ".join(text.split())


# Patterns that would be quadratic if scanned over arbitrary text, reviewed and
# found safe because of how newsdiff applies them: (input bound or transform,
# reason). Their growth test uses the real shape of their input.
REVIEWED: dict[str, tuple[int | None, str]] = {
    "_reading/_htmlmeta._META_CHARSET": (4096, "searched only in the first 4,096 bytes of a page"),
    "_reading/_htmlmeta._XML_DECL": (4096, "searched only in the first 4,096 bytes of a page"),
    "_reading/_htmlmeta._AUTHOR_SPLIT": (None, "splits author names once whitespace is collapsed"),
    "_reading/_htmlmeta._TITLE_SEP": (None, "splits titles once whitespace runs are collapsed"),
}


def uses(where: str) -> set[str]:
    """The ``re.Pattern`` methods the package calls on the pattern bound to *where*."""
    if ":" in where or "[" in where:
        return {"search"}
    module, name = where.split(".", 1)
    source = (SRC / f"{module}.py").read_text(encoding="utf-8")
    return set(re.findall(rf"\b{re.escape(name)}\.(\w+)\(", source)) or {"search"}


def scan_time(where: str, n: int) -> float:
    """CPU seconds (best of three) to run *where* as the package does on strings of size *n*."""
    pattern: Any = PATTERNS[where][1]
    bound, _reason = REVIEWED.get(where, (None, ""))
    texts = adversarial(pattern, n)
    if where in REVIEWED and bound is None:
        texts = [_collapse(t) for t in texts]
    if bound is not None:
        texts = [t[: bound * len(t) // (n + 5)] for t in texts]
    data: list[Any] = texts
    if isinstance(pattern.pattern, bytes):
        data = [t.encode("utf-8") for t in texts]
    anchored = uses(where) <= {"match", "fullmatch"}
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for text in data:
            if anchored:
                pattern.match(text)
            else:
                for _match in pattern.finditer(text):
                    pass
        best = min(best, time.process_time() - start)
    return best


def test_collects_the_package_patterns() -> None:
    """The collector finds the patterns of the parser, segmenter, notes and dates modules."""
    modules = {where.split(".")[0].split(":")[0].rsplit("/", 1)[-1] for where in PATTERNS}
    assert {"_notes", "_dates", "_segment", "_parse", "_serial"} <= modules
    assert len(PATTERNS) >= 50


def test_every_reviewed_pattern_still_exists() -> None:
    """A reviewed exception names a pattern the package still has (no stale reviews)."""
    assert set(REVIEWED) <= set(PATTERNS)


@pytest.mark.parametrize("where", sorted(PATTERNS))
def test_no_nested_unbounded_quantifiers(where: str) -> None:
    """No pattern has an unbounded quantifier inside another (the catastrophic shape)."""
    _, pattern = PATTERNS[where]
    assert not nested(_parsed(pattern), pattern.flags), pattern.pattern


@pytest.mark.parametrize("where", sorted(PATTERNS))
def test_scanning_adversarial_strings_grows_linearly(where: str) -> None:
    """Running a pattern as the package does on 4x longer adversarial strings costs < 10x."""
    large = scan_time(where, LARGE)
    if large >= NOISE_FLOOR:
        small = scan_time(where, SMALL)
        assert large / max(small, 1e-4) <= MAX_GROWTH, (PATTERNS[where][1].pattern, small, large)


def test_nesting_detector_flags_the_classic_shapes() -> None:
    """The structural check itself catches (a+)+, (a|aa)* over a+ and nested stars."""
    for bad in (r"(a+)+b", r"(\s*x?)*$", r"(?:\w+\s?)+\.", r"((ab)*c)*", r"(?:a{1,5})+"):
        assert nested(sre_parse.parse(bad)), bad
    for fine in (r"a+b+", r"\b\w+\b", r"(?:a{2})+", r"(?:a+){2}", r"\d+(?:[.,]\d+)*"):
        assert not nested(sre_parse.parse(fine)), fine
