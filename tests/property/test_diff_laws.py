"""Laws of diff, apply and invert over realistic edited revisions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

from newsdiff import (
    Diff,
    EditCategory,
    Op,
    Paragraph,
    Revision,
    Role,
    Sentence,
    Significance,
    apply,
    diff,
)
from tests.strategies import (
    bump_figure,
    edited_pairs,
    permuted_pairs,
    revisions,
    typographic_pairs,
)


@given(edited_pairs())
def test_apply_reproduces_new(pair: tuple[Revision, Revision]) -> None:
    """apply(a, diff(a, b)) is b, to the id."""
    a, b = pair
    assert apply(a, diff(a, b)).id == b.id


@given(edited_pairs())
def test_invert_reproduces_old(pair: tuple[Revision, Revision]) -> None:
    """apply(b, diff(a, b).invert()) is a, to the id."""
    a, b = pair
    assert apply(b, diff(a, b).invert()).id == a.id


@given(edited_pairs())
def test_invert_twice_is_identity(pair: tuple[Revision, Revision]) -> None:
    """Inverting a diff twice gives the same diff back."""
    a, b = pair
    d = diff(a, b)
    assert d.invert().invert() == d


@given(revisions())
def test_self_diff_is_empty(a: Revision) -> None:
    """diff(a, a) lists nothing and is falsy."""
    d = diff(a, a)
    assert not d
    assert d.changes == ()
    assert d.metadata == ()
    assert d.reanalysed == ()
    assert d.significance is Significance.NONE


@given(edited_pairs())
def test_json_round_trip_is_exact(pair: tuple[Revision, Revision]) -> None:
    """A diff survives to_dict, JSON text and from_dict unchanged."""
    a, b = pair
    d = diff(a, b)
    data = json.loads(json.dumps(d.to_dict()))
    back = Diff.from_dict(data)
    assert back == d
    assert back.to_dict() == d.to_dict()


@given(edited_pairs())
def test_falsy_iff_same_id(pair: tuple[Revision, Revision]) -> None:
    """bool(diff) is False exactly when both revisions are equal."""
    a, b = pair
    assert bool(diff(a, b)) is (a.id != b.id)


@given(permuted_pairs())
def test_paragraph_permutation_only_moves(pair: tuple[Revision, Revision]) -> None:
    """Reordering whole paragraphs yields MOVED changes and nothing else."""
    a, b = pair
    d = diff(a, b)
    assert all(c.op is Op.MOVED and not c.edits for c in d.changes)
    assert apply(a, d).id == b.id


@given(typographic_pairs())
def test_typography_is_at_most_typographic(pair: tuple[Revision, Revision]) -> None:
    """Changes of marks, dashes, spacing and paragraph breaks rate TYPOGRAPHIC or NONE."""
    a, b = pair
    d = diff(a, b)
    assert d.significance <= Significance.TYPOGRAPHIC
    assert (d.significance is Significance.NONE) is (a.id == b.id)


_SCRIPT = """
import json
from newsdiff import Revision
from newsdiff._compare._diff import diff
old = Revision.from_paragraphs([
    "Rebels took Hama on Thursday. About 12,300 people fled.",
    "“We cannot fight,” Mehdi Rahmati said. Iran began to withdraw.",
    "The council met. The council met. Officials said nothing.",
])
new = Revision.from_paragraphs([
    "Iran began to withdraw troops.",
    "Rebels took Hama on Friday. About 14,000 people fled, officials said.",
    "The council met. Officials said nothing. The council met again.",
    "“We cannot fight,” Mehdi Rahmati told reporters.",
])
print(json.dumps(diff(old, new).to_dict(), sort_keys=True))
"""


def test_deterministic_across_hash_seeds() -> None:
    """The same inputs give the same diff JSON under different PYTHONHASHSEED values."""
    outputs = []
    root = Path(__file__).resolve().parents[2]
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", _SCRIPT],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=root,
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["changes"]


@given(revisions(), st.data())
def test_changed_figure_is_number_and_substantive(a: Revision, data: st.DataObject) -> None:
    """Changing one figure gives a NUMBER edit (QUOTE_TEXT if quoted), rated SUBSTANTIVE."""
    spots = [
        (i, j)
        for i, p in enumerate(a.paragraphs)
        for j, s in enumerate(p.sentences)
        if any(ch.isdigit() for ch in s.text) and s.role is not Role.META
    ]
    assume(spots)
    i, j = data.draw(st.sampled_from(spots))
    sentence = a.paragraphs[i].sentences[j]
    bumped = attrs.evolve(sentence, text=bump_figure(sentence.text))
    sentences = list(a.paragraphs[i].sentences)
    sentences[j] = bumped
    paragraphs = list(a.paragraphs)
    paragraphs[i] = Paragraph(sentences=tuple(sentences))
    b = attrs.evolve(a, paragraphs=tuple(paragraphs))
    d = diff(a, b)
    (change,) = d.changes
    quoted = sentence.text.lstrip()[:1] in '“"'
    assert change.category is (EditCategory.QUOTE_TEXT if quoted else EditCategory.NUMBER)
    assert d.significance is Significance.SUBSTANTIVE


@given(revisions(), st.data())
def test_inserted_sentence_is_only_added(a: Revision, data: st.DataObject) -> None:
    """Inserting a sentence unlike any other yields exactly one ADDED change."""
    fresh = Sentence(text="Zoltan Quibble unveiled seventeen purple zeppelins over Reykjavik.")
    k = data.draw(st.integers(0, len(a.paragraphs)))
    paragraphs = list(a.paragraphs)
    paragraphs.insert(k, Paragraph(sentences=(fresh,)))
    b = attrs.evolve(a, paragraphs=tuple(paragraphs))
    d = diff(a, b)
    assert [(c.op, c.new) for c in d.changes] == [(Op.ADDED, (fresh,))]
