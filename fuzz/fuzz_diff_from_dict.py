"""Fuzz ``Diff.from_dict`` on untrusted JSON; whatever it accepts must render.

Allowed to escape: :class:`~newsdiff.exceptions.SchemaError` and
:class:`~newsdiff.exceptions.InvalidTypeError`, as documented. An accepted
diff must round-trip exactly, invert, summarise and render in every format.
"""

from __future__ import annotations

import json

from _harness import decode, instrumented, main

with instrumented():
    from newsdiff import render
    from newsdiff._compare._difftype import Diff
    from newsdiff.exceptions import InvalidTypeError, SchemaError


def test_one(data: bytes) -> None:
    """Read the input as JSON, rebuild a diff from it and use it."""
    try:
        obj = json.loads(decode(data))
    except (ValueError, RecursionError):
        return
    try:
        d = Diff.from_dict(obj)
    except (SchemaError, InvalidTypeError):
        return
    assert Diff.from_dict(json.loads(json.dumps(d.to_dict()))) == d, "round trip changed it"
    # A hand-written diff may list its changes out of canonical order, which
    # invert() restores (tests/test_error_contract.py pins the finding), so the
    # law is checked from the first inversion on.
    once = d.invert()
    assert once.invert().invert() == once, "inverting twice changed it"
    d.summary()
    for out in (render.text(d, color=False), render.markdown(d), render.html(d)):
        assert out.endswith("\n")


if __name__ == "__main__":
    main(test_one)
