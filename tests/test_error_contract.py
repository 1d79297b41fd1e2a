# mypy: disable-error-code="arg-type"
# (the wrong-type calls below are the point of these tests)
"""The error contract of every public call (documented in docs/guarantees.md).

* Wrong types raise :class:`~newsdiff.exceptions.InvalidTypeError` (a
  ``TypeError``) whose message names the field and the type received.
* Bad values raise a :class:`~newsdiff.exceptions.NewsdiffError` that is a
  ``ValueError``, with ``field`` and ``value`` set, both named in the message.
* Every error pickles with its attributes.
* Junk never leaks a bare ``KeyError``, ``IndexError`` or ``AttributeError``.
* ``apply`` to the wrong base and ``from_dict`` of junk or of a future schema
  are refused by name; ``from_dict`` never imports anything named in the data.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import pickle
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsdiff
from newsdiff import (
    Article,
    Diff,
    DiffOptions,
    Note,
    NoteKind,
    Paragraph,
    Quote,
    Revision,
    Sentence,
    apply,
    diff,
    parse_html,
    parse_text,
    render,
)
from newsdiff.exceptions import (
    ArticleError,
    BaseMismatchError,
    InvalidTypeError,
    NewsdiffError,
    SchemaError,
    UnknownTimezoneError,
    ValidationError,
)

OLD = Revision.from_paragraphs(
    ["Rebels took Hama on Thursday. About 1,200 people fled.", "“We left,” Anne Liu said."],
    url="https://example.com/a",
)
NEW = Revision.from_paragraphs(
    [
        "Rebels took Hama on Friday. About 1,400 people fled.",
        "The council met.",
        "“We left,” Anne Liu said.",
    ],
    url="https://example.com/a",
)
D = diff(OLD, NEW)

WRONG_TYPES: list[tuple[str, Callable[[], Any], str]] = [
    ("text", lambda: parse_text(b"bytes"), "bytes"),
    ("url", lambda: parse_text("x", url=5), "int"),
    ("headline", lambda: parse_text("x", headline=["h"]), "list"),
    ("published_at", lambda: parse_text("x", published_at="2024-12-06"), "str"),
    ("tz", lambda: parse_text("x", tz=5), "int"),
    ("dayfirst", lambda: parse_text("x", dayfirst="yes"), "str"),
    ("html", lambda: parse_html(5), "int"),
    ("url", lambda: parse_html("<p>x</p>", url=5), "int"),
    ("captured_at", lambda: parse_html("<p>x</p>", captured_at=5), "int"),
    ("old", lambda: diff("old", NEW), "str"),
    ("new", lambda: diff(OLD, None), "NoneType"),
    ("options", lambda: diff(OLD, NEW, options={"window": 3}), "dict"),
    ("old", lambda: apply("old", D), "str"),
    ("diff", lambda: apply(OLD, D.to_dict()), "dict"),
    ("text", lambda: Sentence(text=5), "int"),
    ("role", lambda: Sentence(text="x", role="fact"), "str"),
    ("sentences", lambda: Paragraph(sentences=["x"]), "str"),
    ("kind", lambda: Note(kind="update", text="x"), "str"),
    ("at", lambda: Note(kind=NoteKind.UPDATE, text="x", at="2024"), "str"),
    ("speaker", lambda: Quote(text="x", speaker=3), "int"),
    ("paragraphs", lambda: Revision(paragraphs=["Hello."]), "str"),
    ("metadata", lambda: Revision(metadata={"k": 1}), "int"),
    ("byline", lambda: Revision(byline=[None]), "NoneType"),
    ("revisions", lambda: Article(revisions=5), "int"),
    ("revisions", lambda: Article(revisions=[OLD, "x"]), "str"),
    ("when", lambda: Article(revisions=[OLD]).as_of("2024"), "str"),
    ("revision", lambda: Article(revisions=[OLD]).add(OLD.to_dict()), "dict"),
    ("i", lambda: Article(revisions=[OLD, NEW]).diff("0", 1), "str"),
    ("role", lambda: D.added(role="fact"), "str"),
    ("data", lambda: Revision.from_dict([1]), "list"),
    ("data", lambda: Diff.from_dict("{}"), "str"),
    ("data", lambda: Article.from_dict(None), "NoneType"),
    ("diff", lambda: render.text(OLD), "Revision"),
    ("diff", lambda: render.markdown(None), "NoneType"),
    ("diff", lambda: render.html({}), "dict"),
    ("diff", lambda: render.json("x"), "str"),
]


@pytest.mark.parametrize(("field", "call", "type_name"), WRONG_TYPES, ids=lambda x: str(x)[:30])
def test_wrong_types_raise_type_errors_naming_the_type(
    field: str, call: Callable[[], Any], type_name: str
) -> None:
    """A wrong type is an InvalidTypeError (a TypeError) naming the field and the type given."""
    with pytest.raises(InvalidTypeError) as info:
        call()
    err = info.value
    assert isinstance(err, TypeError)
    assert isinstance(err, NewsdiffError)
    assert err.field is not None
    assert field in err.field
    assert type_name in str(err)
    _check_pickles(err)


BAD_VALUES: list[tuple[str, Callable[[], Any], type[NewsdiffError]]] = [
    ("tz", lambda: parse_text("x", tz="Mars/Olympus"), UnknownTimezoneError),
    ("text", lambda: Sentence(text="   "), ValidationError),
    ("sentences", lambda: Paragraph(sentences=[]), ValidationError),
    ("text", lambda: Note(kind=NoteKind.UPDATE, text=""), ValidationError),
    ("match_cutoff", lambda: DiffOptions(match_cutoff=1.5), ValidationError),
    ("window", lambda: DiffOptions(window=0), ValidationError),
    (
        "revisions",
        lambda: Article(revisions=[OLD, Revision.from_paragraphs(["B."], url="https://b")]),
        ArticleError,
    ),
    ("i", lambda: Article(revisions=[OLD, NEW]).diff(7, 0), ArticleError),
    ("old_id", lambda: apply(NEW, D), BaseMismatchError),
    (
        "schema",
        lambda: Revision.from_dict({**OLD.to_dict(), "schema": "newsdiff.revision/9"}),
        SchemaError,
    ),
    ("schema", lambda: Diff.from_dict({**D.to_dict(), "schema": "newsdiff.diff/9"}), SchemaError),
    (
        "schema",
        lambda: Article.from_dict({"schema": "newsdiff.article/9", "revisions": []}),
        SchemaError,
    ),
    ("schema", lambda: Diff.from_dict(OLD.to_dict()), SchemaError),
    ("html", lambda: parse_html(""), ValidationError),
]


@pytest.mark.parametrize(("field", "call", "kind"), BAD_VALUES, ids=lambda x: str(x)[:30])
def test_bad_values_raise_value_errors_naming_field_and_value(
    field: str, call: Callable[[], Any], kind: type[NewsdiffError]
) -> None:
    """A bad value is a NewsdiffError and a ValueError, with field and value in the message."""
    with pytest.raises(kind) as info:
        call()
    err = info.value
    assert isinstance(err, ValueError)
    assert err.field is not None
    assert field in err.field
    assert err.field.split(".")[-1].split("[")[0] in str(err) or field in str(err)
    _check_pickles(err)


def _check_pickles(err: NewsdiffError) -> None:
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err)
    assert str(back) == str(err)
    assert back.field == err.field
    assert repr(back.value) == repr(err.value)


def test_base_mismatch_names_both_ids() -> None:
    """Applying a diff to the wrong base names the expected and the actual revision ids."""
    with pytest.raises(BaseMismatchError) as info:
        apply(NEW, D)
    assert info.value.expected == D.old_id
    assert info.value.actual == NEW.id
    assert D.old_id[:12] in str(info.value)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d["changes"][0]["old"][0].update(text="A different sentence."),
        lambda d: d.update(new_id="0" * 64),
        lambda d: d.update(old_shape=[5, 5]),
        lambda d: d.update(new_shape=[1]),
        lambda d: d["changes"].pop(),
    ],
    ids=["old-text", "new-id", "old-shape", "new-shape", "dropped-change"],
)
def test_tampered_diff_is_refused_by_apply(tamper: Callable[[dict[str, Any]], Any]) -> None:
    """A hand-edited diff that no longer fits its base is refused with a ValueError, never misapplied."""  # noqa: E501
    data = json.loads(json.dumps(D.to_dict()))
    tamper(data)
    try:
        tampered = Diff.from_dict(data)
    except SchemaError:
        return
    with pytest.raises(NewsdiffError) as info:
        apply(OLD, tampered)
    assert isinstance(info.value, ValueError)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
VALID = {
    "revision": (Revision.from_dict, json.loads(json.dumps(NEW.to_dict()))),
    "diff": (Diff.from_dict, json.loads(json.dumps(D.to_dict()))),
    "article": (Article.from_dict, json.loads(json.dumps(Article(revisions=[OLD, NEW]).to_dict()))),
}


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out += _paths(value, (*prefix, i))
    return out


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copy = json.loads(json.dumps(data))
    node = copy
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return copy


@given(st.sampled_from(sorted(VALID)), st.data(), JSON)
@example("diff", None, {"schema": "newsdiff.diff/1"})
def test_from_dict_of_mutated_data_raises_only_schema_errors(
    kind: str, data: st.DataObject | None, junk: Any
) -> None:
    """Replacing any node of valid data with junk gives a value or a SchemaError/InvalidTypeError."""  # noqa: E501
    load, valid = VALID[kind]
    paths = _paths(valid)
    path = data.draw(st.sampled_from(paths)) if data is not None else ()
    mutated = _replace(valid, path, junk)
    with contextlib.suppress(SchemaError, InvalidTypeError):
        load(mutated)


@given(st.sampled_from(sorted(VALID)), JSON)
def test_from_dict_of_junk_raises_only_documented_errors(kind: str, junk: Any) -> None:
    """Arbitrary JSON is refused with SchemaError or InvalidTypeError, never a bare error."""
    load, _ = VALID[kind]
    with contextlib.suppress(SchemaError, InvalidTypeError):
        load(junk)


@pytest.mark.parametrize("kind", sorted(VALID))
def test_from_dict_never_imports(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Type-looking strings anywhere in the data are data: nothing is imported or evaluated."""
    load, valid = VALID[kind]
    hostile = json.loads(
        json.dumps(valid).replace('"fact"', "\"__import__('os').system('true')\"", 1)
    )
    hostile["py/object"] = "subprocess.Popen"
    hostile["__class__"] = "os.system"
    imported: list[str] = []
    real_import = builtins.__import__

    def spy(name: str, *args: Any, **kwargs: Any) -> Any:
        imported.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", spy)
    with contextlib.suppress(SchemaError, InvalidTypeError):
        load(hostile)
    monkeypatch.undo()
    assert not {"os", "subprocess", "pickle", "importlib"} & set(imported)


def test_diff_from_dict_with_changes_out_of_order_is_canonical() -> None:
    """A diff read back with its changes out of order inverts twice to itself (fuzz finding)."""
    data = json.loads(json.dumps(D.to_dict()))
    assert len(data["changes"]) >= 2
    data["changes"].reverse()
    try:
        reordered = Diff.from_dict(data)
    except SchemaError:
        return
    assert reordered.invert().invert() == reordered


def test_empty_article_and_naive_aware_mix_are_refused_clearly() -> None:
    """Mixing naive and aware times in one article is an ArticleError naming the field."""
    naive = Revision.from_paragraphs(["A."], captured_at=datetime(2024, 1, 1))
    aware = Revision.from_paragraphs(
        ["B."], captured_at=datetime.fromisoformat("2024-01-02T00:00+00:00")
    )
    with pytest.raises(ArticleError) as info:
        Article(revisions=[naive, aware])
    assert info.value.field == "Article.revisions"
    assert Article(revisions=[]).latest is None


def _nested(depth: int) -> list[object]:
    value: list[object] = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    "call",
    [
        newsdiff.parse_text,
        lambda v: newsdiff.Sentence(text=v),
        newsdiff.render.html,
        lambda v: newsdiff.diff(v, v),
        lambda v: newsdiff.Revision.from_dict({"schema": "newsdiff.revision/1", "paragraphs": v}),
    ],
)
def test_a_deeply_nested_wrong_value_gives_a_typed_error(call) -> None:
    """A list nested 100,000 deep gives the library's own error, never RecursionError."""
    with pytest.raises(newsdiff.exceptions.NewsdiffError):
        call(_nested(100_000))


def test_hostile_values_are_described_in_bounded_form_and_errors_pickle() -> None:
    """A 5,000-digit integer and a memoryview give readable, picklable errors."""
    with pytest.raises(newsdiff.exceptions.InvalidTypeError) as huge:
        newsdiff.parse_text(10**5000)
    assert len(str(huge.value)) < 200
    with pytest.raises(newsdiff.exceptions.InvalidTypeError) as view:
        newsdiff.parse_text(memoryview(b"Hama fell."))
    copy = pickle.loads(pickle.dumps(view.value))
    assert copy.field == "text"
    assert "memory" in str(copy.value)
