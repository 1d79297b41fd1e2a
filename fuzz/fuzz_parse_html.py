"""Fuzz ``newsdiff.parse_html`` on raw page bytes.

Allowed to escape: :class:`~newsdiff.exceptions.NoArticleError` (the page
holds no article, is binary, or is far too big), as documented.
"""

from __future__ import annotations

from _harness import instrumented, main

with instrumented():
    from newsdiff import Revision, parse_html
    from newsdiff.exceptions import NoArticleError


def test_one(data: bytes) -> None:
    """Parse the input as a captured page; a revision must have a body and round-trip."""
    try:
        revision = parse_html(data)
    except NoArticleError:
        return
    assert revision.paragraphs, "parse_html returned an empty revision"
    assert Revision.from_dict(revision.to_dict()) == revision, "JSON round trip changed it"


if __name__ == "__main__":
    main(test_one)
