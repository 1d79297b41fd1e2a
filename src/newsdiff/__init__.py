"""newsdiff: structured diffs of news article revisions.

Model an article as immutable revisions, and see what changed between them:
which facts, quotes (with their speakers), background and analysis were added,
removed or edited, which sentences moved, how much it matters, and what the
update and correction notes say.
"""

from newsdiff import exceptions
from newsdiff._article import Article
from newsdiff._html import parse_html
from newsdiff._model import Note, NoteKind, Paragraph, Quote, QuoteKind, Revision, Role, Sentence
from newsdiff._parse import parse_text
from newsdiff._version import __version__

__all__ = [
    "Article",
    "Note",
    "NoteKind",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Revision",
    "Role",
    "Sentence",
    "__version__",
    "exceptions",
    "parse_html",
    "parse_text",
]
