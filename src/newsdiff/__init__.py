"""newsdiff: structured diffs of news article revisions.

Model an article as immutable revisions, and see what changed between them:
which facts, quotes (with their speakers), background and analysis were added,
removed or edited, which sentences moved, how much it matters, and what the
update and correction notes say.
"""

from newsdiff import exceptions
from newsdiff._article import Article
from newsdiff._diff import apply, diff
from newsdiff._diffmodel import (
    Change,
    Diff,
    DiffOptions,
    Edit,
    EditCategory,
    EditKind,
    FieldChange,
    Op,
    QuoteChange,
    Significance,
)
from newsdiff._html import parse_html
from newsdiff._model import Note, NoteKind, Paragraph, Quote, QuoteKind, Revision, Role, Sentence
from newsdiff._parse import parse_text
from newsdiff._version import __version__

__all__ = [
    "Article",
    "Change",
    "Diff",
    "DiffOptions",
    "Edit",
    "EditCategory",
    "EditKind",
    "FieldChange",
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
    "Significance",
    "__version__",
    "apply",
    "diff",
    "exceptions",
    "parse_html",
    "parse_text",
]
