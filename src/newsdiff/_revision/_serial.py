"""JSON-safe serialisation of revisions, with validation that names the path.

The data never names a Python type: enums are their string values, datetimes
are RFC 9557 strings, and a ``"schema"`` key says what the object is and which
version wrote it. Nothing in the data is imported or evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from newsdiff._base._dates import known_zone
from newsdiff._base._kinds import NoteKind, QuoteKind, Role
from newsdiff._base._validate import format_datetime
from newsdiff._model._parts import Note, Paragraph, Quote, Sentence
from newsdiff.exceptions import InvalidTypeError, NewsdiffError, SchemaError

if TYPE_CHECKING:
    from newsdiff._revision._revision import Revision

REVISION_SCHEMA = "newsdiff.revision/1"

E = TypeVar("E", bound=Enum)
T = TypeVar("T")
R = TypeVar("R", bound="Revision")

_ZONE_SUFFIX = re.compile(r"\[([A-Za-z0-9_+\-/]{1,64})\]\Z")


# --- writing -------------------------------------------------------------------


def dt_out(value: datetime | None) -> str | None:
    """A datetime as RFC 9557 text, or ``None``."""
    return None if value is None else format_datetime(value)


def quote_to_dict(q: Quote) -> dict[str, Any]:
    """A quote as plain data."""
    return {
        "text": q.text,
        "speaker": q.speaker,
        "cue": q.cue,
        "kind": q.kind.value,
        "balanced": q.balanced,
    }


def sentence_to_dict(s: Sentence) -> dict[str, Any]:
    """A sentence as plain data."""
    return {"text": s.text, "role": s.role.value, "quotes": [quote_to_dict(q) for q in s.quotes]}


def note_to_dict(n: Note) -> dict[str, Any]:
    """A note as plain data."""
    return {"kind": n.kind.value, "at": dt_out(n.at), "text": n.text}


def revision_to_dict(r: Revision) -> dict[str, Any]:
    """A revision as plain data (the body of :meth:`Revision.to_dict`)."""
    return {
        "schema": REVISION_SCHEMA,
        "headline": r.headline,
        "byline": list(r.byline),
        "url": r.url,
        "published_at": dt_out(r.published_at),
        "updated_at": dt_out(r.updated_at),
        "captured_at": dt_out(r.captured_at),
        "notes": [note_to_dict(n) for n in r.notes],
        "boilerplate": list(r.boilerplate),
        "metadata": dict(sorted(r.metadata.items())),
        "paragraphs": [
            {"sentences": [sentence_to_dict(s) for s in p.sentences]} for p in r.paragraphs
        ],
    }


# --- reading -------------------------------------------------------------------


class Reader:
    """Typed access to untrusted plain data, with errors that name the path."""

    def __init__(self, data: Any, path: str) -> None:
        self.data = data
        self.path = path

    def _at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def mapping(self) -> Mapping[str, Any]:
        """The data as a mapping, or a :class:`SchemaError`."""
        if not isinstance(self.data, Mapping):
            raise SchemaError(
                f"{self.path or 'data'}: expected an object, got {type(self.data).__name__}",
                field=self.path or "data",
                value=self.data,
            )
        return self.data

    def get(self, key: str, *, required: bool = True) -> Any:
        """The raw value under *key*."""
        data = self.mapping()
        if key not in data:
            if required:
                raise SchemaError(f"{self._at(key)}: missing", field=self._at(key), value=None)
            return None
        return data[key]

    def child(self, key: str) -> Reader:
        """A reader for the value under *key*."""
        return Reader(self.get(key), self._at(key))

    def text(self, key: str) -> str:
        """A required string."""
        return self._typed(key, str, "str")

    def opt_text(self, key: str) -> str | None:
        """A string or null."""
        value = self.get(key)
        return None if value is None else self._typed(key, str, "str or null")

    def flag(self, key: str) -> bool:
        """A required boolean."""
        return self._typed(key, bool, "bool")

    def integer(self, key: str) -> int:
        """A required integer (not a bool)."""
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise _type_error(self._at(key), value, "int")
        return value

    def enum(self, key: str, kind: type[E]) -> E:
        """An enum member given by its value."""
        value = self.text(key)
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in kind)
            raise SchemaError(
                f"{self._at(key)}: expected one of {allowed}, got {value!r}",
                field=self._at(key),
                value=value,
            ) from None

    def opt_datetime(self, key: str) -> datetime | None:
        """An RFC 9557 / ISO 8601 datetime string or null."""
        value = self.opt_text(key)
        return None if value is None else parse_dt(value, self._at(key))

    def items(self, key: str) -> list[Reader]:
        """Readers for each item of the list under *key*."""
        value = self.get(key)
        if not isinstance(value, list | tuple):
            raise _type_error(self._at(key), value, "a list")
        return [Reader(item, f"{self._at(key)}[{i}]") for i, item in enumerate(value)]

    def str_list(self, key: str) -> tuple[str, ...]:
        """A list of strings."""
        out = []
        for item in self.items(key):
            if not isinstance(item.data, str):
                raise _type_error(item.path, item.data, "str")
            out.append(item.data)
        return tuple(out)

    def str_map(self, key: str) -> dict[str, str]:
        """An object of string values."""
        data = self.child(key).mapping()
        for k, item in data.items():
            if not isinstance(item, str):
                raise _type_error(f"{self._at(key)}.{k}", item, "str")
        return dict(data)

    def _typed(self, key: str, kind: type[T], name: str) -> T:
        value = self.get(key)
        if not isinstance(value, kind):
            raise _type_error(self._at(key), value, name)
        return value


def _type_error(path: str, value: Any, expected: str) -> SchemaError:
    return SchemaError(
        f"{path}: expected {expected}, got {type(value).__name__} {value!r}"[:200],
        field=path,
        value=value,
    )


def parse_dt(text: str, path: str) -> datetime:
    """Parse :func:`format_datetime` output back, restoring an IANA zone if named."""
    zone = None
    match = _ZONE_SUFFIX.search(text)
    if match:
        zone = known_zone(match.group(1))
        if zone is None:
            raise SchemaError(
                f"{path}: unknown time zone {match.group(1)!r}", field=path, value=text
            )
        text = text[: match.start()]
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise SchemaError(
            f"{path}: expected an ISO 8601 datetime, got {text!r}"[:200], field=path, value=text
        ) from None
    if zone is not None:
        if value.tzinfo is None:
            raise SchemaError(f"{path}: zone name without an offset", field=path, value=text)
        value = value.astimezone(zone)
    return value


def check_schema(reader: Reader, expected: str) -> None:
    """Refuse data written for another type or a newer schema version."""
    schema = reader.get("schema")
    if schema == expected:
        return
    field = f"{reader.path}.schema" if reader.path else "schema"
    name, _, _ = expected.partition("/")
    if isinstance(schema, str) and schema.startswith(name + "/"):
        raise SchemaError(
            f"{field}: unsupported version {schema!r}; this newsdiff reads {expected!r}",
            field=field,
            value=schema,
        )
    raise SchemaError(f"{field}: expected {expected!r}, got {schema!r}", field=field, value=schema)


def guarded(path: str, build: Callable[[], T]) -> T:
    """Run a constructor, turning the model's own validation errors into path-named ones."""
    try:
        return build()
    except SchemaError:
        raise
    except NewsdiffError as err:
        raise SchemaError(f"{path}: {err.message}", field=path, value=err.value) from None


def quote_from(r: Reader) -> Quote:
    """A :class:`Quote` from plain data."""
    return guarded(
        r.path,
        lambda: Quote(
            text=r.text("text"),
            speaker=r.opt_text("speaker"),
            cue=r.opt_text("cue"),
            kind=r.enum("kind", QuoteKind),
            balanced=r.flag("balanced"),
        ),
    )


def sentence_from(r: Reader) -> Sentence:
    """A :class:`Sentence` from plain data."""
    return guarded(
        r.path,
        lambda: Sentence(
            text=r.text("text"),
            role=r.enum("role", Role),
            quotes=tuple(quote_from(q) for q in r.items("quotes")),
        ),
    )


def note_from(r: Reader) -> Note:
    """A :class:`Note` from plain data."""
    return guarded(
        r.path,
        lambda: Note(kind=r.enum("kind", NoteKind), at=r.opt_datetime("at"), text=r.text("text")),
    )


def paragraph_from(r: Reader) -> Paragraph:
    """A :class:`Paragraph` from plain data."""
    return guarded(
        r.path, lambda: Paragraph(sentences=tuple(sentence_from(s) for s in r.items("sentences")))
    )


def revision_from(r: Reader, cls: type[R]) -> R:
    """A revision of class *cls* from plain data under reader *r*."""
    check_schema(r, REVISION_SCHEMA)
    paragraphs = tuple(paragraph_from(p) for p in r.items("paragraphs"))
    return guarded(
        r.path or "revision",
        lambda: cls(
            paragraphs=paragraphs,
            headline=r.opt_text("headline"),
            byline=r.str_list("byline"),
            url=r.opt_text("url"),
            published_at=r.opt_datetime("published_at"),
            updated_at=r.opt_datetime("updated_at"),
            captured_at=r.opt_datetime("captured_at"),
            notes=tuple(note_from(n) for n in r.items("notes")),
            boilerplate=r.str_list("boilerplate"),
            metadata=r.str_map("metadata"),
        ),
    )


def revision_from_dict(cls: type[R], data: Any) -> R:
    """:meth:`Revision.from_dict`, building instances of *cls*."""
    if not isinstance(data, Mapping):
        raise InvalidTypeError.for_field("data", data, "a mapping (from Revision.to_dict)")
    return revision_from(Reader(data, ""), cls)
