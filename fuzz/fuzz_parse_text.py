"""Fuzz ``newsdiff.parse_text``: any text parses, loses nothing and round-trips.

Allowed to escape: nothing (``parse_text`` on a ``str`` has no documented
error except for bad *tz*, which this target never passes).
"""

from __future__ import annotations

from _harness import accounted, decode, instrumented, main, visible

with instrumented():
    from newsdiff import Revision, parse_text


def test_one(data: bytes) -> None:
    """Parse the input as an article text and check the parse laws on it."""
    text = decode(data)
    dayfirst = bool(data[:1]) and data[0] % 2 == 1
    revision = parse_text(text, dayfirst=dayfirst)
    assert accounted(revision) == visible(text), "a character was lost or duplicated"
    assert Revision.from_dict(revision.to_dict()) == revision, "JSON round trip changed it"
    assert parse_text(text, dayfirst=dayfirst).id == revision.id, "parsing is not deterministic"


if __name__ == "__main__":
    main(test_one)
