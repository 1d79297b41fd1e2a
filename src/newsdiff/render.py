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
Substantive change - UNACKNOWLEDGED (no note added)
...
Facts (1)
  Edited (a figure or date), ¶1
    About [-12,300-]{+14,000+} people fled.
<BLANKLINE>
"""

from __future__ import annotations

import json as _json
from typing import Any

from newsdiff._base._validate import check_type
from newsdiff._compare._difftype import Diff
from newsdiff._history._article import Article
from newsdiff._render._html import render_html
from newsdiff._render._json import json_document
from newsdiff._render._json import json_schema as json_schema_data
from newsdiff._render._markdown import render_markdown
from newsdiff._render._text import render_text, wants_color
from newsdiff._render._timeline import render_timeline
from newsdiff._render._whole import Block, Fold, check_whole, layout
from newsdiff._revision._revision import Revision
from newsdiff.exceptions import ValidationError

__all__ = ["html", "json", "json_schema", "markdown", "text", "timeline"]


def text(  # noqa: PLR0913 (keyword-only options)
    diff: Diff,
    *,
    color: bool | None = None,
    old: Revision | None = None,
    new: Revision | None = None,
    whole: bool = False,
    fold: bool = False,
) -> str:
    """Render *diff* as plain text, for terminals and e-mail.

    A heading with the significance, the summary, then the changes grouped by
    role (Facts, Quotes, Background, Analysis, Meta), each with its label
    ("Edited (a figure or date), ¶3", "Moved, ¶5 sentence 1 -> ¶2 sentence 3") and its text.
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
        old: The revision the diff was computed from (needed by *whole*).
        new: The revision the diff was computed to (needed by *whole*).
        whole: Show the whole article in reading order, changes in their
            places, instead of the changes grouped by role; see
            :doc:`/howto-render`.
        fold: With *whole*, show each run of unchanged paragraphs as one
            line with their count ("… 3 unchanged paragraphs (¶4-6) …").

    Raises:
        ValidationError: *whole* without both revisions, or *fold* without *whole*.
        BaseMismatchError: *old* or *new* is not the diff's revision.
    """
    check_type("diff", diff, Diff, "Diff")
    if color is not None:
        check_type("color", color, bool, "bool or None")
    blocks = _whole_blocks(diff, old, new, whole=whole, fold=fold)
    return render_text(diff, color=wants_color(color), blocks=blocks)


def markdown(
    diff: Diff,
    *,
    old: Revision | None = None,
    new: Revision | None = None,
    whole: bool = False,
    fold: bool = False,
) -> str:
    """Render *diff* as Markdown, in track-changes style.

    Deleted words are ``~~struck through~~`` and inserted words ``**bold**``
    (strike-through is GitHub-flavoured Markdown), widened to whole words so
    the markup always closes. Changes are listed under a heading per role
    (Facts, Quotes, Background, Analysis, Meta), then Notes and Other fields.
    Article text is escaped: it cannot add links, images, HTML or emphasis.
    Whitespace-only edits do not show, since Markdown folds spacing. With
    ``whole=True`` (and both revisions) the article is shown in reading order
    with the changes in place, as :func:`text` does.

    >>> from newsdiff import Paragraph, Revision, Sentence, render
    >>> from newsdiff import diff
    >>> def article(*sentences):
    ...     return Revision(paragraphs=[Paragraph(sentences=[Sentence(text=s) for s in sentences])])
    >>> old = article("About 12,300 people fled.")
    >>> new = article("About 14,000 people fled.", "See [this](javascript:alert(1)).")
    >>> print(render.markdown(diff(old, new)))  # doctest: +ELLIPSIS
    # Substantive change (unacknowledged: no note added)
    ...
    - *Edited (a figure or date), ¶1:* About ~~12,300~~ **14,000** people fled.
    - *Added, ¶1:* **See \\[this\\](javascript:alert(1)).**
    <BLANKLINE>
    """
    check_type("diff", diff, Diff, "Diff")
    return render_markdown(diff, _whole_blocks(diff, old, new, whole=whole, fold=fold))


def html(  # noqa: PLR0913 (keyword-only options)
    diff: Diff,
    *,
    side_by_side: bool = False,
    title: str | None = None,
    old: Revision | None = None,
    new: Revision | None = None,
    whole: bool = False,
    fold: bool = False,
) -> str:
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
        old: The revision the diff was computed from (needed by *whole*).
        new: The revision the diff was computed to (needed by *whole*).
        whole: Show the whole article in reading order, changes in their
            places, moves marked where the sentence left and where it arrived.
        fold: With *whole*, fold each run of unchanged paragraphs into a count.

    Raises:
        ValidationError: *whole* without both revisions, *fold* without
            *whole*, or *whole* with *side_by_side*.
        BaseMismatchError: *old* or *new* is not the diff's revision.
    """
    check_type("diff", diff, Diff, "Diff")
    check_type("side_by_side", side_by_side, bool, "bool")
    if title is not None:
        check_type("title", title, str, "str or None")
    if side_by_side and whole:
        raise ValidationError.for_field(
            "side_by_side", side_by_side, "the whole-article view is inline only"
        )
    blocks = _whole_blocks(diff, old, new, whole=whole, fold=fold)
    return render_html(diff, side_by_side=side_by_side, title=title, blocks=blocks)


def json(diff: Diff, *, old: Revision | None = None, new: Revision | None = None) -> str:
    """Render *diff* as one JSON document a program can use without a second call.

    The document is :meth:`Diff.to_dict <newsdiff.Diff.to_dict>` (which
    :meth:`Diff.from_dict <newsdiff.Diff.from_dict>` reads back, extra keys
    ignored) plus ``summary`` (the lines of :meth:`~newsdiff.Diff.summary`),
    ``is_correction``, and ``old`` and ``new``: the id, headline, URL and
    ``captured_at``/``updated_at``/``published_at`` of each revision, whether
    or not they changed. A diff does not hold unchanged fields, so pass the
    revisions to fill those in; a side not given is ``null``. Its JSON Schema
    is :func:`json_schema`.

    Keys sorted, two-space indent, non-ASCII text kept as is (UTF-8), so the
    same diff always gives the same bytes and files diff well under version
    control.

    Args:
        diff: The diff to show.
        old: The revision the diff was computed from, or ``None``.
        new: The revision the diff was computed to, or ``None``.

    Raises:
        BaseMismatchError: *old* or *new* is not the diff's revision (its
            ``field`` is ``"old"`` or ``"new"``).

    >>> import json as json_module
    >>> from newsdiff import Paragraph, Revision, Sentence, diff, render
    >>> def article(text, headline):
    ...     return Revision(
    ...         paragraphs=[Paragraph(sentences=[Sentence(text=text)])],
    ...         headline=headline,
    ...         url="https://example.com/hama",
    ...     )
    >>> old = article("About 12,300 people fled.", "Rebels take Hama")
    >>> new = article("About 14,000 people fled.", "Rebels take Hama")
    >>> data = json_module.loads(render.json(diff(old, new), old=old, new=new))
    >>> data["significance"], data["unacknowledged"], data["new"]["headline"]
    ('substantive', True, 'Rebels take Hama')
    >>> data["summary"][0]
    'Unacknowledged: a substantive change with no update or correction note'
    """
    check_type("diff", diff, Diff, "Diff")
    if old is not None:
        check_type("old", old, Revision, "Revision or None")
    if new is not None:
        check_type("new", new, Revision, "Revision or None")
    document = json_document(diff, old, new)
    return _json.dumps(document, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def _whole_blocks(
    diff: Diff, old: Revision | None, new: Revision | None, *, whole: bool, fold: bool
) -> tuple[Block | Fold, ...] | None:
    """The whole-article layout when asked for (arguments checked), else ``None``."""
    check_type("whole", whole, bool, "bool")
    check_type("fold", fold, bool, "bool")
    for name, revision in (("old", old), ("new", new)):
        if revision is not None:
            check_type(name, revision, Revision, "Revision or None")
    check_whole(diff, old, new, whole=whole, fold=fold)
    if not whole:
        return None
    assert new is not None
    return layout(diff, new, fold=fold)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of what :func:`json` writes, as shipped in the package.

    >>> from newsdiff import render
    >>> render.json_schema()["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    """
    return json_schema_data()


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
