"""Errors raised by newsdiff.

Every error is a :class:`NewsdiffError`, and also a :class:`ValueError` (bad
values) or a :class:`TypeError` (wrong types), so callers can catch either the
library's family or the built-in category they already handle.

Each error carries the *field* it concerns (a dotted path such as
``"paragraphs[3].sentences[0].text"`` where one applies) and the offending
*value*, and its message names both. Errors pickle, so they survive
``multiprocessing`` and job queues.

>>> import newsdiff
>>> try:
...     newsdiff.parse_text("Hello.", tz="Mars/Olympus")
... except newsdiff.exceptions.UnknownTimezoneError as e:
...     print(e.field, e.value)
tz Mars/Olympus
"""

from __future__ import annotations

import pickle
import reprlib
from typing import Any

__all__ = [
    "ArticleError",
    "BaseMismatchError",
    "InvalidTypeError",
    "NewsdiffError",
    "NoArticleError",
    "SchemaError",
    "UnknownTimezoneError",
    "ValidationError",
]

_MAX_VALUE_REPR = 80

# A bounded repr: a hostile value (a list nested 10,000 deep, 30 million items,
# an integer of 5,000 digits) is described in bounded time and never raises.
_REPR = reprlib.Repr()
_REPR.maxlevel = 3
_REPR.maxstring = _MAX_VALUE_REPR
_REPR.maxother = _MAX_VALUE_REPR
_REPR.maxlong = 40


def _short(value: Any) -> str:
    try:
        text = _REPR.repr(value)
    except Exception:  # noqa: BLE001 (a value's own __repr__ may raise anything)
        text = f"<{type(value).__name__}>"
    if len(text) > _MAX_VALUE_REPR:
        return text[: _MAX_VALUE_REPR - 1] + "…"
    return text


def _picklable(value: Any) -> Any:
    """*value*, or its bounded description when it cannot be pickled (a memoryview)."""
    try:
        pickle.dumps(value)
    except Exception:  # noqa: BLE001 (whatever stops pickling, the error must still travel)
        return _short(value)
    return value


class NewsdiffError(Exception):
    """Base class of every error newsdiff raises on purpose.

    Attributes:
        field: The field or path the error concerns, or ``None``.
        value: The offending value, or ``None``.
    """

    def __init__(self, message: str, *, field: str | None = None, value: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.value = value

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only attributes are not in ``args``; rebuild them explicitly so
        # errors survive pickling (multiprocessing, job queues).
        return (_rebuild, (type(self), self.message, self.field, _picklable(self.value)))

    def __str__(self) -> str:
        return self.message


def _rebuild(cls: type[NewsdiffError], message: str, field: str | None, value: Any) -> Any:
    err = cls.__new__(cls)
    NewsdiffError.__init__(err, message, field=field, value=value)
    return err


class ValidationError(NewsdiffError, ValueError):
    """A value is not acceptable for the field it was given to."""

    @classmethod
    def for_field(cls, field: str, value: Any, problem: str) -> ValidationError:
        """Build an error whose message reads ``"<field>: <problem>, got <value>"``."""
        return cls(f"{field}: {problem}, got {_short(value)}", field=field, value=value)


class InvalidTypeError(NewsdiffError, TypeError):
    """An argument or field has the wrong type."""

    @classmethod
    def for_field(cls, field: str, value: Any, expected: str) -> InvalidTypeError:
        """Build an error whose message reads ``"<field>: expected <type>, got <type>"``."""
        return cls(
            f"{field}: expected {expected}, got {type(value).__name__} {_short(value)}",
            field=field,
            value=value,
        )


class SchemaError(ValidationError):
    """Serialised data (``from_dict``) is malformed, or of an unsupported schema."""


class UnknownTimezoneError(ValidationError):
    """A time zone name could not be resolved to an IANA zone."""


class ArticleError(ValidationError):
    """Revisions cannot form one article (different URLs, naive and aware times mixed)."""


class BaseMismatchError(NewsdiffError, ValueError):
    """A diff was applied to a revision other than the one it was computed from.

    :attr:`expected` is the ``old_id`` the diff was computed from; :attr:`actual`
    the id of the revision it was applied to.
    """

    def __init__(self, message: str, *, field: str | None = "old_id", value: Any = None) -> None:
        super().__init__(message, field=field, value=value)

    @property
    def expected(self) -> str:
        """The id the diff expects (``diff.old_id``)."""
        return str(self.value[0]) if isinstance(self.value, tuple) else ""

    @property
    def actual(self) -> str:
        """The id of the revision the diff was applied to."""
        return str(self.value[1]) if isinstance(self.value, tuple) else ""


class NoArticleError(ValidationError):
    """An HTML page holds no article text that could be extracted."""
