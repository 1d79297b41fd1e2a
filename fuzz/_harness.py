"""Shared plumbing for the atheris fuzz targets in this directory.

Each target module defines ``test_one(data: bytes) -> None`` and calls
:func:`main`. A target fails (atheris reports a crash and saves the input)
when ``test_one`` lets out anything but a documented error, or when one of its
invariant checks (an ``AssertionError``) does not hold.

The targets also run without atheris: ``python fuzz/fuzz_x.py --replay DIR``
feeds every file under DIR once, which is how the seed corpus is replayed in
the tests and by ``fuzz/run.py --replay``.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def decode(data: bytes) -> str:
    """Bytes as text: UTF-8 when valid, else Latin-1 (every byte a character)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def visible(text: str) -> Counter[str]:
    """The multiset of non-whitespace characters of *text*."""
    return Counter(ch for ch in text if not ch.isspace())


def accounted(revision: Any) -> Counter[str]:
    """The non-whitespace characters a parsed revision keeps (body, notes, boilerplate)."""
    pieces = [p.text for p in revision.paragraphs]
    pieces += [n.text for n in revision.notes]
    pieces += list(revision.boilerplate)
    return visible("".join(pieces))


def replay(test_one: Callable[[bytes], None], paths: list[str]) -> int:
    """Run *test_one* once on every file under *paths*; return how many were run."""
    count = 0
    for root in paths:
        base = Path(root)
        files = sorted(base.rglob("*")) if base.is_dir() else [base]
        for path in files:
            if path.is_file():
                test_one(path.read_bytes())
                count += 1
    return count


def main(test_one: Callable[[bytes], None]) -> None:
    """Fuzz *test_one* with atheris, or replay files with ``--replay PATH...``."""
    if len(sys.argv) > 1 and sys.argv[1] == "--replay":
        count = replay(test_one, sys.argv[2:])
        print(f"replayed {count} inputs without a failure")
        return
    import atheris  # noqa: PLC0415 (only needed when fuzzing)

    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()


def instrumented() -> Any:
    """A context that instruments newsdiff for coverage when fuzzing with atheris."""
    if "--replay" in sys.argv:
        import contextlib  # noqa: PLC0415

        return contextlib.nullcontext()
    try:
        import atheris  # noqa: PLC0415
    except ImportError:
        import contextlib  # noqa: PLC0415

        return contextlib.nullcontext()
    return atheris.instrument_imports(include=["newsdiff"])
