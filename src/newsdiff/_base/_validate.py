"""Validators and converters shared by the value types.

They raise :mod:`newsdiff.exceptions` errors that name the field and the value,
so a bad constructor call reads like ``Sentence.text: expected str, got int 3``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any, TypeVar

import attrs

from newsdiff.exceptions import InvalidTypeError, ValidationError

T = TypeVar("T")

_ZONE_SUFFIX_OPEN = "["


def _name(inst: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(inst).__name__}.{attribute.name}"


def to_tuple(value: Any) -> Any:
    """Convert a list or other iterable to a tuple; refuse strings and mappings.

    Strings are iterable, so without this guard ``byline="A. Reporter"`` would
    silently become a tuple of letters.
    """
    if isinstance(value, tuple):
        return value
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        # The validator reports it with the field name; keep the value as is.
        return value
    return tuple(value)


class FrozenMap(Mapping[str, str]):
    """A read-only, hashable, picklable ``str -> str`` mapping.

    ``types.MappingProxyType`` is read-only but neither hashable nor picklable,
    and revisions must be both (sets, caches, multiprocessing).

    >>> m = FrozenMap({"b": "2", "a": "1"})
    >>> m["a"], len(m), m == {"a": "1", "b": "2"}
    ('1', 2, True)
    """

    __slots__ = ("_data", "_hash")

    def __init__(self, data: Mapping[str, str] | None = None) -> None:
        self._data: dict[str, str] = dict(data or {})
        self._hash: int | None = None

    def __getitem__(self, key: str) -> str:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._data.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenMap):
            return self._data == other._data
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMap, (self._data,))

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"


def to_frozen_mapping(value: Any) -> Any:
    """Copy a mapping into a :class:`FrozenMap`; leave other values for the validator."""
    if isinstance(value, FrozenMap):
        return value
    if isinstance(value, Mapping):
        return FrozenMap(value)
    return value


def tuple_of(kind: type[Any], kind_name: str) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """Validate a tuple whose items are all ``kind``."""

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        field = _name(inst, attribute)
        if not isinstance(value, tuple):
            raise InvalidTypeError.for_field(field, value, f"a sequence of {kind_name}")
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                raise InvalidTypeError.for_field(f"{field}[{i}]", item, kind_name)

    return check


def instance(kind: type[Any] | tuple[type[Any], ...], kind_name: str) -> Callable[..., None]:
    """Validate ``isinstance(value, kind)`` with a named error."""

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind):
            raise InvalidTypeError.for_field(_name(inst, attribute), value, kind_name)

    return check


def shared(value: Any) -> Any:
    """Return one shared copy of a short *value* that recurs (a speaker, a cue); else *value*.

    Quotes repeat their speaker and cue over an article: each is a new slice
    of the text, and keeping one copy of each holds the revision's memory down
    (``benchmarks/memory.py``). Anything but a plain ``str`` is returned as it
    is, for the validator to judge.
    """
    return sys.intern(value) if type(value) is str else value


def optional_str(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Validate ``str | None``."""
    if value is not None and not isinstance(value, str):
        raise InvalidTypeError.for_field(_name(inst, attribute), value, "str or None")


def optional_datetime(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Validate ``datetime | None``."""
    if value is not None and not isinstance(value, datetime):
        raise InvalidTypeError.for_field(_name(inst, attribute), value, "datetime or None")


def non_blank_str(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Validate a string with at least one non-whitespace character."""
    field = _name(inst, attribute)
    if not isinstance(value, str):
        raise InvalidTypeError.for_field(field, value, "str")
    if not value.strip():
        raise ValidationError.for_field(field, value, "must contain non-whitespace text")


def str_mapping(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Validate a read-only ``str -> str`` mapping."""
    field = _name(inst, attribute)
    if not isinstance(value, FrozenMap):
        raise InvalidTypeError.for_field(field, value, "a mapping of str to str")
    for key, item in value.items():
        if not isinstance(key, str):
            raise InvalidTypeError.for_field(f"{field} key", key, "str")
        if not isinstance(item, str):
            raise InvalidTypeError.for_field(f"{field}[{key!r}]", item, "str")


def format_datetime(value: datetime) -> str:
    """Render a datetime as ISO 8601, with the IANA zone name in brackets when known.

    ``2024-12-06T22:35:00-05:00[America/New_York]`` follows RFC 9557, so the zone
    (and with it DST rules) survives a JSON round trip, not just the offset.
    """
    text = value.isoformat()
    key = getattr(value.tzinfo, "key", None)
    if isinstance(key, str):
        text += f"{_ZONE_SUFFIX_OPEN}{key}]"
    return text


def datetime_key(value: datetime | None) -> str | None:
    """Equality key for datetimes: same wall time, offset and zone name.

    Plain ``==`` calls two aware datetimes equal when they are the same instant in
    different zones, and a naive one never equal to an aware one; revisions
    compare on what was recorded, so the canonical text is the key.
    """
    return None if value is None else format_datetime(value)


def check_type(
    name: str, value: Any, kind: type[Any] | tuple[type[Any], ...], expected: str
) -> None:
    """Raise :class:`InvalidTypeError` naming *name* unless ``isinstance(value, kind)``."""
    if not isinstance(value, kind):
        raise InvalidTypeError.for_field(name, value, expected)
