"""Tests for newsdiff.exceptions."""

import pickle

import pytest

from newsdiff import exceptions as ex


@pytest.mark.parametrize(
    "cls",
    [
        ex.ValidationError,
        ex.SchemaError,
        ex.UnknownTimezoneError,
        ex.ArticleError,
        ex.NoArticleError,
    ],
)
def test_value_errors_are_value_errors_and_pickle(cls):
    """Every value error is a ValueError and NewsdiffError, and survives pickling intact."""
    err = cls.for_field("paragraphs[3].text", 7, "expected words")
    assert isinstance(err, ValueError)
    assert isinstance(err, ex.NewsdiffError)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is cls
    assert (back.field, back.value, str(back)) == (err.field, err.value, str(err))
    assert str(err) == "paragraphs[3].text: expected words, got 7"


def test_type_error_names_type():
    """InvalidTypeError is a TypeError whose message names the received type."""
    err = ex.InvalidTypeError.for_field("text", b"x", "str")
    assert isinstance(err, TypeError)
    assert "bytes" in str(err)
    assert pickle.loads(pickle.dumps(err)).field == "text"


def test_base_mismatch_exposes_ids():
    """BaseMismatchError carries the expected and actual ids."""
    err = ex.BaseMismatchError("wrong base", value=("aaa", "bbb"))
    assert (err.expected, err.actual) == ("aaa", "bbb")
    assert pickle.loads(pickle.dumps(err)).actual == "bbb"


def test_long_values_are_shortened_in_messages():
    """Messages stay readable when the offending value is huge."""
    err = ex.ValidationError.for_field("text", "x" * 10_000, "too long")
    assert len(str(err)) < 150
