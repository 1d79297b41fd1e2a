"""diff() and apply(): changes, metadata, notes, views, errors."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime
from pathlib import Path

import attrs
import pytest

from newsdiff import (
    Article,
    Change,
    Diff,
    DiffOptions,
    EditCategory,
    FieldChange,
    Note,
    NoteKind,
    Op,
    Paragraph,
    Quote,
    QuoteChange,
    Revision,
    Role,
    Sentence,
    apply,
    diff,
)
from newsdiff.exceptions import BaseMismatchError, InvalidTypeError, ValidationError

EXAMPLES = Path(__file__).resolve().parents[2] / "src/newsdiff/_examples"


def rev(*paragraphs: list[str] | str, **fields: object) -> Revision:
    """A revision; strings are segmented and analysed, lists become FACT sentences as given."""
    if any(isinstance(p, str) for p in paragraphs):
        return Revision.from_paragraphs(list(paragraphs), **fields)
    body = [Paragraph(sentences=tuple(Sentence(text=t) for t in p)) for p in paragraphs]
    return Revision(paragraphs=tuple(body), **fields)  # type: ignore[arg-type]


def para(*sentences: Sentence) -> Paragraph:
    """A paragraph of the given sentences."""
    return Paragraph(sentences=sentences)


def test_unchanged_sentences_are_not_listed() -> None:
    """Only the sentence that changed appears in changes."""
    a = rev(["Rebels took Hama.", "About 12,300 people fled.", "Iran withdrew."])
    b = rev(["Rebels took Hama.", "About 14,000 people fled.", "Iran withdrew."])
    d = diff(a, b)
    assert [(c.op, c.old_indices, c.new_indices) for c in d.changes] == [(Op.EDITED, (1,), (1,))]
    assert d.changes[0].category is EditCategory.NUMBER


def test_added_and_removed_in_reading_order() -> None:
    """Additions and removals are listed where they sit in the new text."""
    a = rev(["Opening line here.", "A line that goes away entirely.", "Closing line here."])
    b = rev(["Opening line here.", "Closing line here.", "Brand new detail about Damascus."])
    d = diff(a, b)
    assert [(c.op, c.old_indices, c.new_indices) for c in d.changes] == [
        (Op.REMOVED, (1,), ()),
        (Op.ADDED, (), (2,)),
    ]
    assert apply(a, d) == b


def test_moved_paragraph_is_moved_only() -> None:
    """Swapping two paragraphs reports the moved sentence as MOVED without edits."""
    a = rev(["First paragraph text."], ["Second paragraph text."], ["Third paragraph text."])
    b = rev(["Third paragraph text."], ["First paragraph text."], ["Second paragraph text."])
    d = diff(a, b)
    assert [(c.op, c.old_indices, c.new_indices, c.edits) for c in d.changes] == [
        (Op.MOVED, (2,), (0,), ())
    ]
    assert apply(a, d) == b


def test_moved_and_edited_is_moved_with_edits() -> None:
    """A sentence that moved and changed is MOVED with edits and a category."""
    filler = ["Filler one stays.", "Filler two stays.", "Filler three stays."]
    a = rev(["The council approved the harbour budget of 4 million after debate.", *filler])
    b = rev([*filler, "The council approved the harbour budget of 5 million after debate."])
    (change,) = diff(a, b).changes
    assert change.op is Op.MOVED
    assert change.category is EditCategory.NUMBER
    assert change.edits


def test_split_and_merge_ops() -> None:
    """A sentence cut in two is SPLIT; the reverse diff calls it MERGED."""
    a = rev(["Rebels took Hama on Friday and the army fled north towards Homs."])
    b = rev(["Rebels took Hama on Friday.", "The army fled north towards Homs."])
    d = diff(a, b)
    assert [(c.op, c.old_indices, c.new_indices) for c in d.changes] == [(Op.SPLIT, (0,), (0, 1))]
    back = diff(b, a)
    assert [c.op for c in back.changes] == [Op.MERGED]
    assert apply(a, d) == b
    assert apply(b, back) == a


def test_reanalysed_sentence_round_trips() -> None:
    """Same text with another role is carried in reanalysed, not in changes."""
    a = Revision(paragraphs=(para(Sentence(text="He added: we stay.", role=Role.FACT)),))
    b = Revision(paragraphs=(para(Sentence(text="He added: we stay.", role=Role.QUOTE)),))
    d = diff(a, b)
    assert d.changes == ()
    assert [(c.op, c.old_indices, c.new_indices) for c in d.reanalysed] == [(Op.EDITED, (0,), (0,))]
    assert bool(d)
    assert apply(a, d) == b
    assert apply(b, d.invert()) == a


def test_paragraph_breaks_are_reproduced() -> None:
    """Re-paragraphing alone yields no sentence changes, and apply restores the breaks."""
    a = rev(["One sentence.", "Two sentence."], ["Three sentence."])
    b = rev(["One sentence."], ["Two sentence.", "Three sentence."])
    d = diff(a, b)
    assert d.changes == ()
    assert (d.old_shape, d.new_shape) == ((2, 1), (1, 2))
    assert apply(a, d) == b


def test_metadata_field_changes() -> None:
    """Headline, byline, url, times, boilerplate and metadata keys are FieldChanges."""
    when = datetime(2024, 12, 6, 22, 35, tzinfo=UTC)
    a = rev(["Body."], headline="Old", byline=["A"], metadata={"site": "x", "gone": "1"})
    b = rev(
        ["Body."],
        headline="New",
        byline=["A", "B"],
        url="https://news.example/a",
        updated_at=when,
        boilerplate=["Share this"],
        metadata={"site": "y", "lang": "en"},
    )
    d = diff(a, b)
    assert [f.field for f in d.metadata] == [
        "headline",
        "byline",
        "url",
        "updated_at",
        "boilerplate",
        "metadata.gone",
        "metadata.lang",
        "metadata.site",
    ]
    assert d.metadata[3] == FieldChange(field="updated_at", old=None, new=when)
    assert apply(a, d) == b
    assert apply(b, d.invert()) == a


def test_metadata_with_no_key_in_common() -> None:
    """Metadata mappings sharing no key list each key, not the whole mapping."""
    a = rev(["Body."], metadata={"site": "Example"})
    b = rev(["Body."], metadata={"lang": "en"})
    assert diff(a, b).metadata == (
        FieldChange(field="metadata.lang", old=None, new="en"),
        FieldChange(field="metadata.site", old="Example", new=None),
    )
    assert apply(a, diff(a, b)) == b


def test_notes_added_removed_and_correction() -> None:
    """An added correction note is in notes_added and flags is_correction."""
    update = Note(kind=NoteKind.UPDATE, text="Updated with background.")
    fix = Note(kind=NoteKind.CORRECTION, text="An earlier version misstated the toll.")
    a = rev(["Body."], notes=[update])
    b = rev(["Body."], notes=[fix])
    d = diff(a, b)
    assert d.notes_added == (fix,)
    assert d.notes_removed == (update,)
    assert d.is_correction
    assert not d.invert().is_correction
    assert apply(a, d) == b


def test_views_by_role() -> None:
    """added, removed and edited return the sentences concerned, filtered by role."""
    keep = Sentence(text="Rebels took the central city of Hama on Friday.")
    quote = Sentence(
        text="“We will stay,” Brian Carter said.",
        role=Role.QUOTE,
        quotes=(Quote(text="We will stay,", speaker="Brian Carter", cue="said"),),
    )
    background = Sentence(text="Iran has backed Assad since 2011.", role=Role.BACKGROUND)
    edited = Sentence(text="Rebels took the central city of Hama on Thursday.")
    a = Revision(paragraphs=(para(keep, background),))
    b = Revision(paragraphs=(para(edited, quote),))
    d = diff(a, b)
    assert d.added() == (quote,)
    assert d.added(Role.QUOTE) == (quote,)
    assert d.added(Role.FACT) == ()
    assert d.removed(Role.BACKGROUND) == (background,)
    assert d.edited() == (edited,)
    assert d.quotes_added == quote.quotes
    assert d.quotes_removed == ()


def test_quotes_changed_same_speaker() -> None:
    """A quote by the same speaker with other words is a QuoteChange, not add+remove."""
    old_q = Quote(text="We will stay in Syria for now,", speaker="Brian Carter")
    new_q = Quote(text="We will stay in Syria for a while,", speaker="Brian Carter")
    a = Revision(
        paragraphs=(
            para(Sentence(text="“We will stay in Syria for now,” Carter said.", quotes=(old_q,))),
        )
    )
    b = Revision(
        paragraphs=(
            para(
                Sentence(text="“We will stay in Syria for a while,” Carter said.", quotes=(new_q,))
            ),
        )
    )
    d = diff(a, b)
    assert d.quotes_changed == (QuoteChange(old=old_q, new=new_q),)
    assert d.quotes_changed[0].speaker == "Brian Carter"
    assert d.quotes_added == d.quotes_removed == ()


def _categories(old: str, new: str) -> list[EditCategory]:
    """The categories of the word edits of the one change between two analysed texts."""
    (change,) = diff(rev(*old.split("\n\n")), rev(*new.split("\n\n"))).changes
    return [edit.category for edit in change.edits]


def test_words_of_an_unmarked_press_release_quote_are_quote_text() -> None:
    """Rewording a quoted paragraph after "said:" is a quoted passage changed, marks or not."""
    intro = "The Minister for Schools, Anna Field, said:\n\n"
    old = intro + "This is a good day for our schools and our pupils."
    new = intro + "This is a great day for our schools and our pupils."
    assert _categories(old, new) == [EditCategory.QUOTE_TEXT]


def test_words_of_a_marked_partial_quote_are_quote_text() -> None:
    """A fragment someone said, in marks inside the clause, is quote text when reworded."""
    old = "The mayor called the budget “a fair deal for every family” on Friday."
    new = "The mayor called the budget “a fair offer for every family” on Friday."
    assert _categories(old, new) == [EditCategory.QUOTE_TEXT]


@pytest.mark.parametrize(
    ("old", "new", "category"),
    [
        (
            "See the ‘Entry requirements’ page for the rules on visas.",
            "See the ‘Entry rules’ page for the rules on visas.",
            EditCategory.WORDING,
        ),
        (
            "Ask the police for a report (“comprobante de denuncia”) before you leave.",
            "Ask the police for a report (“constancia de denuncia”) before you leave.",
            EditCategory.WORDING,
        ),
        (
            "Read the ‘Safety in 2024’ guide before you travel.",
            "Read the ‘Safety in 2025’ guide before you travel.",
            EditCategory.NUMBER,
        ),
    ],
)
def test_words_in_marks_that_nobody_said_are_not_quote_text(
    old: str, new: str, category: EditCategory
) -> None:
    """A page name, a term or a title in quotation marks is categorised as the words it holds."""
    assert rev(old).sentences[0].quotes == rev(new).sentences[0].quotes == ()
    assert _categories(old, new) == [category]


def test_views_reject_non_role() -> None:
    """Passing something other than a Role to a view is an InvalidTypeError."""
    d = diff(rev(["A."]), rev(["B."]))
    with pytest.raises(InvalidTypeError, match="role"):
        d.added("quote")  # type: ignore[arg-type]


def test_apply_to_wrong_revision_raises() -> None:
    """Apply refuses a revision other than the diff's base, naming both ids."""
    a, b, c = rev(["A one."]), rev(["B two."]), rev(["C three."])
    d = diff(a, b)
    with pytest.raises(BaseMismatchError) as info:
        apply(c, d)
    assert info.value.expected == a.id
    assert info.value.actual == c.id


def test_apply_rejects_tampered_diff() -> None:
    """A diff whose listed old text does not match the revision is refused."""
    a, b = rev(["Rebels took Hama today."]), rev(["Rebels took Homs today."])
    d = diff(a, b)
    bad_change = attrs.evolve(d.changes[0], old=(Sentence(text="Something else."),))
    with pytest.raises(ValidationError, match="differs"):
        apply(a, attrs.evolve(d, changes=(bad_change,)))


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("text", Revision()), "old"),
        ((Revision(), None), "new"),
    ],
)
def test_diff_type_errors(args: tuple[object, object], field: str) -> None:
    """diff() names the argument of the wrong type."""
    with pytest.raises(InvalidTypeError, match=field):
        diff(*args)  # type: ignore[arg-type]


def test_diff_rejects_bad_options_and_apply_bad_args() -> None:
    """Options must be DiffOptions; apply needs a Revision and a Diff."""
    with pytest.raises(InvalidTypeError, match="options"):
        diff(Revision(), Revision(), options={"match_cutoff": 0.3})  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="diff"):
        apply(Revision(), {"schema": "newsdiff.diff/1"})  # type: ignore[arg-type]


def test_options_validate() -> None:
    """DiffOptions refuses thresholds outside 0..1 and non-positive sizes."""
    with pytest.raises(ValidationError, match="match_cutoff"):
        DiffOptions(match_cutoff=1.5)
    with pytest.raises(ValidationError, match="window"):
        DiffOptions(window=0)
    with pytest.raises(InvalidTypeError, match="move_cutoff"):
        DiffOptions(move_cutoff="high")  # type: ignore[arg-type]


def test_options_change_alignment() -> None:
    """A stricter match_cutoff turns a loose edit into a removal and an addition."""
    a = rev(["Rebels took the central city of Hama after a long fight on Thursday."])
    b = rev(["Rebels captured Hama on Thursday after government forces withdrew."])
    loose = diff(a, b, options=DiffOptions(match_cutoff=0.2))
    strict = diff(a, b, options=DiffOptions(match_cutoff=0.9, move_cutoff=0.9))
    assert [c.op for c in loose.changes] == [Op.EDITED]
    assert sorted(c.op.value for c in strict.changes) == ["added", "removed"]


def test_change_validates_shape() -> None:
    """A Change whose sentence counts do not fit its op is refused."""
    s = Sentence(text="One.")
    with pytest.raises(ValidationError, match="SPLIT"):
        Change(op=Op.SPLIT, old_indices=(0,), new_indices=(0,), old=(s,), new=(s,))
    with pytest.raises(ValidationError, match="no edits"):
        Change(op=Op.ADDED, new_indices=(0,), new=(s,), category=EditCategory.WORDING)


def test_diff_validates_indices() -> None:
    """A Diff with an index outside its shapes is refused with the path named."""
    s = Sentence(text="One.")
    with pytest.raises(ValidationError, match=r"changes\[0\]\.new_indices"):
        Diff(
            old_id="a",
            new_id="b",
            changes=(Change(op=Op.ADDED, new_indices=(5,), new=(s,)),),
            old_shape=(),
            new_shape=(1,),
        )


def test_field_change_validates() -> None:
    """FieldChange refuses unknown fields, wrong value types and no-op changes."""
    with pytest.raises(ValidationError, match="field"):
        FieldChange(field="colour", old="a", new="b")
    with pytest.raises(InvalidTypeError, match="new"):
        FieldChange(field="published_at", old=None, new="2024-01-01")
    with pytest.raises(ValidationError, match="unchanged"):
        FieldChange(field="headline", old="Same", new="Same")


def test_seed_update() -> None:
    """The seed article's update: one sentence gains a clause, background and quotes added."""
    before = (EXAMPLES / "seed-before-update.txt").read_text(encoding="utf-8")
    after = (EXAMPLES / "seed-after-update.txt").read_text(encoding="utf-8")
    a = rev(*[line for line in before.splitlines() if len(line.split()) > 3])
    b = rev(*[line for line in after.splitlines() if len(line.split()) > 3])
    d = diff(a, b)
    edited = [c for c in d.changes if c.op is Op.EDITED]
    assert len(edited) == 1
    assert "Deir Ezzor" in edited[0].edits[0].new
    assert all(c.op in (Op.ADDED, Op.EDITED) for c in d.changes)
    assert apply(a, d) == b


def test_diff_pickles_and_hashes() -> None:
    """A diff survives pickling (multiprocessing) and can be a dict key."""
    a, b = rev(["Rebels took Hama."]), rev(["Rebels took Homs."])
    d = diff(a, b)
    back = pickle.loads(pickle.dumps(d))
    assert back == d
    assert {d: 1}[back] == 1
    assert "significance=SUBSTANTIVE" in repr(d)


def test_article_diffs_use_diff() -> None:
    """Article.diffs() and Article.diff(i, j) return diffs between its revisions."""
    a = rev(["First version."], captured_at=datetime(2024, 1, 1, tzinfo=UTC))
    b = rev(["Second version."], captured_at=datetime(2024, 1, 2, tzinfo=UTC))
    article = Article(revisions=(a, b))
    (d,) = article.diffs()
    assert (d.old_id, d.new_id) == (a.id, b.id)
    assert article.diff(1, 0).new_id == a.id
