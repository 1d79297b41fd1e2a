"""Fuzz ``Revision.from_dict`` (and ``Article.from_dict``) on untrusted JSON.

Allowed to escape: :class:`~newsdiff.exceptions.SchemaError` (malformed data,
unknown schema) and :class:`~newsdiff.exceptions.InvalidTypeError` (not a
mapping), as documented. Anything accepted must round-trip exactly.
"""

from __future__ import annotations

import json

from _harness import decode, instrumented, main

with instrumented():
    from newsdiff import Article, Revision
    from newsdiff.exceptions import InvalidTypeError, SchemaError


def test_one(data: bytes) -> None:
    """Read the input as JSON and rebuild a revision or article from it."""
    try:
        obj = json.loads(decode(data))
    except (ValueError, RecursionError):
        return
    for kind in (Revision, Article):
        try:
            value = kind.from_dict(obj)
        except (SchemaError, InvalidTypeError):
            continue
        again = kind.from_dict(json.loads(json.dumps(value.to_dict())))
        assert again == value, f"{kind.__name__} JSON round trip changed it"


if __name__ == "__main__":
    main(test_one)
