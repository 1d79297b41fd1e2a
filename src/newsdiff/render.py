"""Show a diff: as text for terminals and e-mail, Markdown, a self-contained HTML page, or JSON.

Every renderer only reads the :class:`~newsdiff.Diff` (its changes, word
edits, categories, notes, fields and :meth:`~newsdiff.Diff.summary`), returns a
``str`` ending in a newline, and never fails on a valid diff.

>>> from newsdiff import Paragraph, Revision, Sentence, render
>>> from newsdiff import diff
>>> def article(*sentences):
...     return Revision(paragraphs=[Paragraph(sentences=[Sentence(text=s) for s in sentences])])
>>> old = article("Rebels took Hama.", "About 12,300 people fled.")
>>> new = article("Rebels took Hama.", "About 14,000 people fled.")
>>> print(render.text(diff(old, new), color=False))  # doctest: +ELLIPSIS
Substantive change
...
Facts (1)
  Edited (a figure or date), ¶1
    About [-12,300-]{+14,000+} people fled.
<BLANKLINE>
"""

from __future__ import annotations

import json as _json

from newsdiff._base._validate import check_type
from newsdiff._compare._difftype import Diff
from newsdiff._history._article import Article
from newsdiff._render._html import render_html
from newsdiff._render._markdown import render_markdown
from newsdiff._render._text import render_text, wants_color
from newsdiff._render._timeline import render_timeline

__all__ = ["html", "json", "markdown", "text", "timeline"]


def text(diff: Diff, *, color: bool | None = None) -> str:
    """Render *diff* as plain text, for terminals and e-mail.

    A heading with the significance, the summary, then the changes grouped by
    role (Facts, Quotes, Background, Analysis, Meta), each with its label
    ("Edited (a figure or date), ¶3", "Moved, from ¶5 to ¶2") and its text.
    Word edits are marked as ``wdiff`` marks them, ``[-deleted-]{+inserted+}``;
    added sentences start with ``+``, removed ones with ``-``. Then the notes
    added or removed, with their times, and the other fields that changed.

    Args:
        diff: The diff to show.
        color: ``True`` adds ANSI colours (on top of the markers, which stay);
            ``False`` never does; ``None`` (default) colours only when standard
            output is a terminal and the ``NO_COLOR`` environment variable is
            unset or empty (https://no-color.org) and ``TERM`` is not ``dumb``.
            An explicit ``True`` wins over ``NO_COLOR``, as a command-line flag
            would.
    """
    check_type("diff", diff, Diff, "Diff")
    if color is not None:
        check_type("color", color, bool, "bool or None")
    return render_text(diff, color=wants_color(color))


def markdown(diff: Diff) -> str:
    """Render *diff* as Markdown, in track-changes style.

    Deleted words are ``~~struck through~~`` and inserted words ``**bold**``
    (strike-through is GitHub-flavoured Markdown), widened to whole words so
    the markup always closes. Changes are listed under a heading per role
    (Facts, Quotes, Background, Analysis, Meta), then Notes and Other fields.
    Article text is escaped: it cannot add links, images, HTML or emphasis.
    Whitespace-only edits do not show, since Markdown folds spacing.

    >>> from newsdiff import Paragraph, Revision, Sentence, render
    >>> from newsdiff import diff
    >>> def article(*sentences):
    ...     return Revision(paragraphs=[Paragraph(sentences=[Sentence(text=s) for s in sentences])])
    >>> old = article("About 12,300 people fled.")
    >>> new = article("About 14,000 people fled.", "See [this](javascript:alert(1)).")
    >>> print(render.markdown(diff(old, new)))  # doctest: +ELLIPSIS
    # Substantive change
    ...
    - *Edited (a figure or date), ¶1:* About ~~12,300~~ **14,000** people fled.
    - *Added, ¶1:* **See \\[this\\](javascript:alert(1)).**
    <BLANKLINE>
    """
    check_type("diff", diff, Diff, "Diff")
    return render_markdown(diff)


def html(diff: Diff, *, side_by_side: bool = False, title: str | None = None) -> str:
    """Render *diff* as one self-contained HTML page.

    The summary first, then a section per role with each changed sentence:
    ``<del>``/``<ins>`` word edits, a written label for every change (moves
    say where from and to), the speakers of its quotes; then notes with their
    times and the other fields. The page has inline CSS only: no scripts, no
    external fonts, images or stylesheets, and a Content-Security-Policy that
    forbids them. Everything from the article is escaped. It reads on a phone
    (responsive layout), in dark mode, and with a screen reader (semantic
    sections and headings, hidden "deleted"/"inserted" words, colour never the
    only signal).

    Args:
        diff: The diff to show.
        side_by_side: Put the old and new text of each change in two columns
            (stacked on narrow screens) instead of one inline redline.
        title: The page heading; by default the new headline if the diff
            changed it, else "Changes between two revisions".
    """
    check_type("diff", diff, Diff, "Diff")
    check_type("side_by_side", side_by_side, bool, "bool")
    if title is not None:
        check_type("title", title, str, "str or None")
    return render_html(diff, side_by_side=side_by_side, title=title)


def json(diff: Diff) -> str:
    """Render :meth:`Diff.to_dict <newsdiff.Diff.to_dict>` as JSON, with a stable key order.

    Keys sorted, two-space indent, non-ASCII text kept as is (UTF-8), so the
    same diff always gives the same bytes and files diff well under version
    control.
    """
    check_type("diff", diff, Diff, "Diff")
    return _json.dumps(diff.to_dict(), sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def timeline(article: Article, *, title: str | None = None) -> str:
    """An article's history as a self-contained HTML page.

    One row per revision, with its time, significance, the sentences added,
    removed and edited (moved, split, merged) by role, and the notes it added;
    above them, a small inline SVG chart of the sentences of each revision
    (kept, edited, added; removed below the line). Like :func:`html`: no
    scripts, no external requests, every text escaped. *title* defaults to
    the latest headline.

    >>> from datetime import datetime
    >>> from newsdiff import Article, Revision
    >>> a = Revision.from_paragraphs(["Rebels took Hama."], captured_at=datetime(2024, 12, 6, 9))
    >>> b = Revision.from_paragraphs(
    ...     ["Rebels took Hama.", "Iran left."], captured_at=datetime(2024, 12, 6, 10)
    ... )
    >>> page = timeline(Article(revisions=[a, b]))
    >>> "added: 1 background" in page, "<script" in page
    (True, False)
    """
    check_type("article", article, Article, "Article")
    return render_timeline(article, title=title)
