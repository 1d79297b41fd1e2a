"""newsdiff: structured diffs of news article revisions.

Model an article as immutable revisions, and see what changed between them:
which facts, quotes (with their speakers), background and analysis were added,
removed or edited, which sentences moved, how much it matters, and what the
update and correction notes say.

The public modules :mod:`newsdiff.render`, :mod:`newsdiff.batch` and
:mod:`newsdiff.exceptions` are imported with the package;
:mod:`newsdiff.dask` and :mod:`newsdiff.strategies` (which need the ``dask``
and ``hypothesis`` extras) are imported on first access, so
``newsdiff.strategies`` works after ``import newsdiff`` alone.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from newsdiff import batch, exceptions, render
from newsdiff._base._caches import clear_caches
from newsdiff._base._kinds import (
    EditCategory,
    EditKind,
    NoteKind,
    Op,
    QuoteKind,
    Role,
    Significance,
)
from newsdiff._compare._diff import apply, diff
from newsdiff._compare._difftype import Diff
from newsdiff._history._article import Article
from newsdiff._history._lineage import (
    Lineage,
    LineageEvent,
    LineageLink,
    SentenceLife,
    SentenceRemoval,
)
from newsdiff._model._changes import Change, DiffOptions, Edit, FieldChange, QuoteChange
from newsdiff._model._parts import Note, Paragraph, Quote, Sentence
from newsdiff._reading._html import parse_html
from newsdiff._reading._parse import parse_text
from newsdiff._revision._revision import Revision
from newsdiff._version import __version__

if TYPE_CHECKING:
    from newsdiff import dask as dask
    from newsdiff import strategies as strategies

__all__ = [
    "Article",
    "Change",
    "Diff",
    "DiffOptions",
    "Edit",
    "EditCategory",
    "EditKind",
    "FieldChange",
    "Lineage",
    "LineageEvent",
    "LineageLink",
    "Note",
    "NoteKind",
    "Op",
    "Paragraph",
    "Quote",
    "QuoteChange",
    "QuoteKind",
    "Revision",
    "Role",
    "Sentence",
    "SentenceLife",
    "SentenceRemoval",
    "Significance",
    "__version__",
    "apply",
    "batch",
    "clear_caches",
    "diff",
    "exceptions",
    "parse_html",
    "parse_text",
    "render",
]

# Modules whose optional dependencies are imported only when they are used.
_LAZY_MODULES = frozenset({"dask", "strategies"})


def __getattr__(name: str) -> Any:
    if name in _LAZY_MODULES:
        return importlib.import_module(f"newsdiff.{name}")
    raise AttributeError(f"module 'newsdiff' has no attribute {name!r}")
