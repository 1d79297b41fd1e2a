"""The JSON document of :func:`newsdiff.render.json`: the diff's data plus what a consumer needs.

:meth:`Diff.to_dict` holds only what changed. A program that reads the output
also wants the summary, the flags and, for both revisions, the headline, URL
and times even when they did not change; the diff alone does not hold those,
so the revisions are passed in (and checked against the diff's ids). The
document's JSON Schema ships beside this module as ``render-json.schema.json``.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from newsdiff._compare._difftype import Diff
from newsdiff._revision._revision import Revision
from newsdiff._revision._serial import dt_out
from newsdiff.exceptions import BaseMismatchError

__all__ = ["SCHEMA_FILE", "json_document", "json_schema"]

SCHEMA_FILE = "render-json.schema.json"


def json_document(diff: Diff, old: Revision | None, new: Revision | None) -> dict[str, Any]:
    """:meth:`Diff.to_dict` plus the summary, the flags and both sides (``None`` when not given).

    Raises :class:`~newsdiff.exceptions.BaseMismatchError` when a revision
    given is not the one the diff was computed from or to.
    """
    document = diff.to_dict()
    document["summary"] = [line for line in diff.summary().splitlines() if line.strip()]
    document["is_correction"] = diff.is_correction
    document["old"] = _side("old", old, diff.old_id)
    document["new"] = _side("new", new, diff.new_id)
    return document


def _side(name: str, revision: Revision | None, expected: str) -> dict[str, Any] | None:
    if revision is None:
        return None
    if revision.id != expected:
        raise BaseMismatchError(
            f"{name}: the diff's {name} revision is {expected[:12]}…, not {revision.id[:12]}…",
            field=name,
            value=(expected, revision.id),
        )
    return {
        "id": revision.id,
        "headline": revision.headline,
        "url": revision.url,
        "captured_at": dt_out(revision.captured_at),
        "updated_at": dt_out(revision.updated_at),
        "published_at": dt_out(revision.published_at),
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the document, as shipped with the package."""
    text = resources.files("newsdiff._render").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
