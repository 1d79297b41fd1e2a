"""No mutable object is reachable from a Revision, Diff or Article.

Walks every attribute (slots, ``__dict__`` caches, mapping values) of every
object reachable from values built by the parsers, the strategies and
``diff``, and fails on any list, dict, set, bytearray or other object that is
not a known immutable kind. Frozen attrs classes refuse assignment.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import datetime, tzinfo
from types import MappingProxyType
from typing import Any

import attrs
import pytest
from hypothesis import given

from newsdiff import Article, Diff, Paragraph, Revision, Sentence, diff, parse_html, parse_text
from tests.strategies import articles, edited_pairs

ATOMS = (str, int, float, bool, bytes, type(None), enum.Enum, datetime, tzinfo)
MUTABLE = (list, dict, set, bytearray)
SEED = """Iran withdraws from Syria

By A. Reporter

Iran began withdrawing on Friday, officials said. “We cannot fight,” Mehdi Rahmati said.

Rebels took Hama in 2024, with about 12,300 people affected.

Updated 12/06/24, 10:35 PM: This article has been updated with additional information.
"""


def mutable_paths(obj: Any, path: str = "value", seen: set[int] | None = None) -> list[str]:
    """Paths to every mutable object reachable from *obj*."""
    seen = set() if seen is None else seen
    if id(obj) in seen or isinstance(obj, ATOMS):
        return []
    seen.add(id(obj))
    if isinstance(obj, MUTABLE):
        return [f"{path}: {type(obj).__name__}"]
    found: list[str] = []
    if isinstance(obj, tuple | frozenset):
        for i, item in enumerate(obj):
            found += mutable_paths(item, f"{path}[{i}]", seen)
        return found
    if isinstance(obj, Mapping):
        # A read-only mapping (newsdiff's FrozenMap, MappingProxyType) keeps its
        # items in a private dict no caller can reach; its values must be immutable.
        if not (isinstance(obj, MappingProxyType) or type(obj).__module__.startswith("newsdiff")):
            return [f"{path}: {type(obj).__name__}"]
        for key, item in obj.items():
            found += mutable_paths(item, f"{path}[{key!r}]", seen)
        return found
    if not (attrs.has(type(obj)) or type(obj).__module__.startswith("newsdiff")):
        return [f"{path}: unknown {type(obj).__name__}"]
    for name in getattr(type(obj), "__slots__", ()):
        if hasattr(obj, name):
            found += _attr(obj, name, path, seen)
    for name in vars(obj) if hasattr(obj, "__dict__") else ():
        found += _attr(obj, name, path, seen)
    return found


def _attr(obj: Any, name: str, path: str, seen: set[int]) -> list[str]:
    if name == "__weakref__":
        return []
    # Slotted attrs classes keep cached_property results in slots, so filled
    # caches are walked like fields.
    return mutable_paths(object.__getattribute__(obj, name), f"{path}.{name}", seen)


def _touch(revision: Revision) -> None:
    # Fill the cached properties so their stored values are walked too.
    _ = revision.sentences, revision.id, revision.fingerprint, revision.text


def test_walker_finds_a_planted_list() -> None:
    """The walker reports a list forced into a frozen sentence (so the check can fail)."""
    revision = parse_text(SEED)
    _touch(revision)
    object.__setattr__(revision.sentences[0], "quotes", [1])
    assert any("quotes: list" in p for p in mutable_paths(revision))


def test_parsed_revision_holds_nothing_mutable() -> None:
    """A revision from parse_text, with its caches filled, reaches no list, dict or set."""
    revision = parse_text(SEED, tz="America/New_York")
    _touch(revision)
    assert mutable_paths(revision) == []


def test_html_revision_holds_nothing_mutable() -> None:
    """A revision from parse_html (metadata included) reaches no list, dict or set."""
    page = (
        "<html lang='en'><head><title>Dam holds</title><meta property='og:site_name' "
        "content='Daily'></head><body><article><h1>Dam holds</h1><p>The dam held overnight, "
        "engineers said.</p><p>Residents returned home on Friday.</p></article></body></html>"
    )
    revision = parse_html(page)
    _touch(revision)
    assert mutable_paths(revision) == []


@given(edited_pairs())
def test_diffs_and_revisions_hold_nothing_mutable(pair: tuple[Revision, Revision]) -> None:
    """Generated revisions and their diff (with views computed) reach no mutable object."""
    a, b = pair
    d = diff(a, b)
    _touch(a)
    _ = d.summary(), d.added(), d.quotes_changed, d.invert(), d.significance, d.notes_added
    assert mutable_paths(a) == []
    assert mutable_paths(d) == []


@given(articles(max_revisions=3))
def test_articles_hold_nothing_mutable(article: Article) -> None:
    """An article reaches no mutable object."""
    assert mutable_paths(article) == []


@pytest.mark.parametrize(
    ("obj", "name"),
    [
        (Sentence(text="A."), "text"),
        (Paragraph(sentences=[Sentence(text="A.")]), "sentences"),
        (Revision.from_paragraphs(["A."]), "headline"),
        (Article(revisions=[]), "revisions"),
    ],
)
def test_values_refuse_assignment(obj: Any, name: str) -> None:
    """Assigning to a field of a value type raises attrs.exceptions.FrozenInstanceError."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(obj, name, None)


def test_metadata_mapping_is_read_only() -> None:
    """A revision's metadata mapping refuses item assignment and deletion."""
    revision = Revision.from_paragraphs(["A."], metadata={"k": "v"})
    with pytest.raises(TypeError):
        revision.metadata["k"] = "w"  # type: ignore[index]
    with pytest.raises(TypeError):
        del revision.metadata["k"]  # type: ignore[attr-defined]
    assert isinstance(Diff, type)
