from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff._analysis._segment import sentence_spans, split_sentences
from newsdiff._base._lang import capitalises_nouns
from newsdiff.exceptions import InvalidTypeError

GOLD = Path(__file__).parents[1] / "fixtures" / "segmentation_gold.txt"


def _gold_paragraphs() -> list[list[str]]:
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.strip():
            current.append(line)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


@pytest.mark.parametrize("sentences", _gold_paragraphs(), ids=lambda s: s[0][:40])
def test_gold_paragraph_boundaries_are_exact(sentences: list[str]) -> None:
    """Each hand-segmented news paragraph of the gold fixture comes back sentence for sentence."""
    assert split_sentences(" ".join(sentences)) == sentences


def test_gold_fixture_is_substantial() -> None:
    """The gold fixture holds enough paragraphs and multi-sentence cases to mean something."""
    paragraphs = _gold_paragraphs()
    assert len(paragraphs) >= 20
    assert sum(len(p) for p in paragraphs) >= 50


# (id, text, expected sentences)
CASES = [
    # quotations
    (
        "quote-inside",
        "He said. “We will fight.” Then he left.",
        ["He said.", "“We will fight.”", "Then he left."],
    ),
    (
        "quote-straight",
        'He said. "We will fight." Then he left.',
        ["He said.", '"We will fight."', "Then he left."],
    ),
    (
        "quote-guillemets",
        "« Nous gagnerons. » Il est parti.",
        ["« Nous gagnerons. »", "Il est parti."],
    ),
    ("quote-german", "„Wir bleiben.“ Dann ging er.", ["„Wir bleiben.“", "Dann ging er."]),
    ("quote-german-chevrons", "»Wir bleiben.« Dann ging er.", ["»Wir bleiben.«", "Dann ging er."]),
    ("quote-double-apostrophe", "''It is over.'' He left.", ["''It is over.''", "He left."]),
    ("quote-single-curly", "‘It is over.’ He left.", ["‘It is over.’", "He left."]),
    (
        "quote-semicolon-no-split",
        "He said Syria; “It is unlikely to change.”",
        ["He said Syria; “It is unlikely to change.”"],
    ),
    (
        "question-name-verb",
        "“Was it worth it?” Wallace asked.",
        ["“Was it worth it?” Wallace asked."],
    ),
    (
        "question-title-name-verb",
        "“Why now?” Sen. Amy Reed asked. She left.",
        ["“Why now?” Sen. Amy Reed asked.", "She left."],
    ),
    ("question-lowercase", "“Was it worth it?” he asked.", ["“Was it worth it?” he asked."]),
    ("exclaim-verb-first", "“Stop!” shouted the officer.", ["“Stop!” shouted the officer."]),
    (
        "exclaim-name-apposition",
        "“Yikes!” Jo Smith, a novelist, wrote on Twitter.",
        ["“Yikes!” Jo Smith, a novelist, wrote on Twitter."],
    ),
    ("question-pronoun-starts", "“Why?” He shook his head.", ["“Why?”", "He shook his head."]),
    (
        "question-new-sentence",
        "“Why?” The answer never came.",
        ["“Why?”", "The answer never came."],
    ),
    ("question-plain", "Is it over? Nobody knows.", ["Is it over?", "Nobody knows."]),
    (
        "multiple-punctuation",
        "What now?! Nobody knows!!! It is late.",
        ["What now?!", "Nobody knows!!!", "It is late."],
    ),
    ("period-quote-lowercase", "It was over.” he said.", ["It was over.” he said."]),
    # titles and abbreviations
    ("title-mr", "Mr. Smith left.", ["Mr. Smith left."]),
    (
        "title-mrs-ms-dr",
        "Mrs. Lee, Ms. Diaz and Dr. Patel met.",
        ["Mrs. Lee, Ms. Diaz and Dr. Patel met."],
    ),
    (
        "title-sen-gov-rep",
        "Sen. Ray, Gov. Ito and Rep. Cole spoke.",
        ["Sen. Ray, Gov. Ito and Rep. Cole spoke."],
    ),
    (
        "title-lt-gen-col",
        "Lt. Gen. Hale and Col. Ames arrived.",
        ["Lt. Gen. Hale and Col. Ames arrived."],
    ),
    (
        "title-prof-rev",
        "Prof. Klein and the Rev. Martin Hall prayed.",
        ["Prof. Klein and the Rev. Martin Hall prayed."],
    ),
    (
        "suffix-jr-sr-name",
        "Martin Luther King Jr. spoke. Frank Sr. listened.",
        ["Martin Luther King Jr. spoke.", "Frank Sr. listened."],
    ),
    (
        "suffix-jr-final",
        "He met Martin Luther King Jr. He was moved.",
        ["He met Martin Luther King Jr.", "He was moved."],
    ),
    ("saint", "They flew to St. Louis. It rained.", ["They flew to St. Louis.", "It rained."]),
    ("us-before-name", "U.S. President Joe Biden spoke.", ["U.S. President Joe Biden spoke."]),
    (
        "us-before-noun",
        "The U.S. Senate voted. It passed.",
        ["The U.S. Senate voted.", "It passed."],
    ),
    ("us-lowercase", "The U.S. military left.", ["The U.S. military left."]),
    (
        "us-final",
        "Troops went to the U.S. The move was sudden.",
        ["Troops went to the U.S.", "The move was sudden."],
    ),
    (
        "us-final-title",
        "He flew to the U.S. Mr. Lee stayed.",
        ["He flew to the U.S.", "Mr. Lee stayed."],
    ),
    ("un-uk", "The U.N. and U.K. envoys met.", ["The U.N. and U.K. envoys met."]),
    (
        "us-final-quote",
        "He moved to the U.S. “It is home,” he said.",
        ["He moved to the U.S.", "“It is home,” he said."],
    ),
    (
        "us-before-month",
        "Photo taken in San Jose, California, U.S. May 1, 2018.",
        ["Photo taken in San Jose, California, U.S. May 1, 2018."],
    ),
    ("am-before-name", "He arrived at 10 a.m. Friday.", ["He arrived at 10 a.m. Friday."]),
    (
        "am-final",
        "The talks began at 10 a.m. The meeting ran late.",
        ["The talks began at 10 a.m.", "The meeting ran late."],
    ),
    ("pm-final", "It ended at 6 p.m. They went home.", ["It ended at 6 p.m.", "They went home."]),
    ("pm-timezone", "It starts at 8 p.m. ET on Monday.", ["It starts at 8 p.m. ET on Monday."]),
    (
        "months",
        "It happened on Jan. 5, Sept. 9 and Dec. 1.",
        ["It happened on Jan. 5, Sept. 9 and Dec. 1."],
    ),
    (
        "month-final",
        "The report is due in Dec. It will be long.",
        ["The report is due in Dec.", "It will be long."],
    ),
    ("number-abbrev", "It rose to No. 2 on the chart.", ["It rose to No. 2 on the chart."]),
    ("no-as-word", "He said No. The room fell silent.", ["He said No.", "The room fell silent."]),
    (
        "eg-ie",
        "Some firms, e.g. Acme, and others, i.e. Bolt, agreed.",
        ["Some firms, e.g. Acme, and others, i.e. Bolt, agreed."],
    ),
    ("etc-mid", "Apples, pears, etc. were sold.", ["Apples, pears, etc. were sold."]),
    (
        "etc-final",
        "Apples, pears, etc. The stall sold out.",
        ["Apples, pears, etc.", "The stall sold out."],
    ),
    (
        "inc-before-name",
        "Apple Inc. Chief Executive Tim Cook spoke.",
        ["Apple Inc. Chief Executive Tim Cook spoke."],
    ),
    ("inc-lowercase", "Acme Inc. said profit rose.", ["Acme Inc. said profit rose."]),
    ("inc-final", "He joined Acme Inc. The firm grew.", ["He joined Acme Inc.", "The firm grew."]),
    (
        "corp-co",
        "Ford Motor Co. and Acme Corp. said so.",
        ["Ford Motor Co. and Acme Corp. said so."],
    ),
    (
        "vs",
        "Roe v. Wade and Smith vs. Jones were cited.",
        ["Roe v. Wade and Smith vs. Jones were cited."],
    ),
    ("initial-middle", "George W. Bush spoke.", ["George W. Bush spoke."]),
    ("initials-joined", "J.K. Rowling wrote it.", ["J.K. Rowling wrote it."]),
    ("initials-spaced", "J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
    ("initial-then-a", "Author J. A. Smith wrote it.", ["Author J. A. Smith wrote it."]),
    (
        "state-dateline",
        "THOMASVILLE, N.C. (Wire) - Rain fell.",
        ["THOMASVILLE, N.C. (Wire) - Rain fell."],
    ),
    (
        "state-final",
        "She died in Hobe Sound, Fla. She was 106.",
        ["She died in Hobe Sound, Fla.", "She was 106."],
    ),
    ("state-hyphen", "Sen. Ann Cole (D-Calif.) agreed.", ["Sen. Ann Cole (D-Calif.) agreed."]),
    # numbers
    (
        "decimal-money",
        "It cost $1.5 billion. Shares fell.",
        ["It cost $1.5 billion.", "Shares fell."],
    ),
    ("percent", "It rose 3.5%. Shares fell.", ["It rose 3.5%.", "Shares fell."]),
    ("version", "Version 1.2.3 shipped. It works.", ["Version 1.2.3 shipped.", "It works."]),
    ("time-colon", "It began at 10:35. Nobody came.", ["It began at 10:35.", "Nobody came."]),
    (
        "number-starts-sentence",
        "It ended in 2018. 2019 was better.",
        ["It ended in 2018.", "2019 was better."],
    ),
    ("list-numbers", "1. Open the box. 2. Remove it.", ["1. Open the box.", "2. Remove it."]),
    ("list-after-colon", "Do this: 1. Wait. 2. Go.", ["Do this: 1. Wait.", "2. Go."]),
    # ellipses
    ("ellipsis-lowercase", "And then... he left.", ["And then... he left."]),
    ("ellipsis-char-lowercase", "And then… he left.", ["And then… he left."]),
    (
        "ellipsis-starter",
        "It ended… The next day was calm.",
        ["It ended…", "The next day was calm."],
    ),
    ("ellipsis-name", "We met ... Senator Smith there.", ["We met ... Senator Smith there."]),
    ("ellipsis-spaced", "It was over . . . The end came.", ["It was over . . .", "The end came."]),
    (
        "ellipsis-quote-close",
        "“We waited...” Then it rained.",
        ["“We waited...”", "Then it rained."],
    ),
    (
        "ellipsis-after-period",
        "We will move. ... We have work.",
        ["We will move.", "... We have work."],
    ),
    # brackets, dashes, links
    ("paren-closes", "(He left.) The rest stayed.", ["(He left.)", "The rest stayed."]),
    ("bracket-closes", "[It was late.] Then came news.", ["[It was late.]", "Then came news."]),
    ("paren-opens", "He left. (The rest stayed.)", ["He left.", "(The rest stayed.)"]),
    (
        "dash-continues",
        "It was in Greenwich, Conn.) -- and it failed.",
        ["It was in Greenwich, Conn.) -- and it failed."],
    ),
    ("em-dash-continues", "He said no. — and meant it.", ["He said no. — and meant it."]),
    (
        "url-inside",
        "See example.com for more. It is free.",
        ["See example.com for more.", "It is free."],
    ),
    (
        "url-final",
        "Visit www.example.com. The site is new.",
        ["Visit www.example.com.", "The site is new."],
    ),
    (
        "email",
        "Write to jo@example.org today. Replies come fast.",
        ["Write to jo@example.org today.", "Replies come fast."],
    ),
    ("short-link-after", "Sales rose. bit.ly/2abc", ["Sales rose.", "bit.ly/2abc"]),
    ("lowercase-brand", "Sales rose. eBay fell.", ["Sales rose.", "eBay fell."]),
    (
        "lowercase-no-split",
        "It was the best. the crowd agreed.",
        ["It was the best. the crowd agreed."],
    ),
    # whitespace
    (
        "newlines",
        "He left.\nShe stayed.\n\nThey waited.",
        ["He left.", "She stayed.", "They waited."],
    ),
    ("trailing-space", "  He left.   ", ["He left."]),
    ("no-final-punctuation", "He left. REUTERS/Jo Smith", ["He left.", "REUTERS/Jo Smith"]),
    ("non-breaking-space", "He left.\u00a0She stayed.", ["He left.", "She stayed."]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule_cases(text: str, expected: list[str]) -> None:
    """Each documented segmentation rule gives the expected sentences."""
    assert split_sentences(text) == expected


@pytest.mark.parametrize("text", ["", " ", "\n\t \u00a0"], ids=["empty", "space", "mixed"])
def test_whitespace_only_gives_no_sentences(text: str) -> None:
    """Whitespace-only text has no sentences and no spans."""
    assert split_sentences(text) == []
    assert sentence_spans(text) == []


def test_spans_point_at_stripped_sentences() -> None:
    """sentence_spans gives offsets whose slices are the sentences split_sentences returns."""
    text = "  Mr. Lee left.\n “Why?” he asked.  It rained. "
    spans = sentence_spans(text)
    assert spans == [(2, 15), (17, 33), (35, 45)]
    assert [text[a:b] for a, b in spans] == split_sentences(text)


@pytest.mark.parametrize("value", [None, b"He left.", 3, ["He left."]], ids=repr)
def test_non_string_is_rejected(value: object) -> None:
    """A non-str argument raises InvalidTypeError naming the text field."""
    with pytest.raises(InvalidTypeError, match="text"):
        split_sentences(value)  # type: ignore[arg-type]


HOSTILE = [
    ("no-punctuation", "word " * 20_000, 1),
    ("single-word", "x" * 100_000, 1),
    ("opening-quotes", "“" * 20_000, 1),
    ("closing-quotes", "He left." + "”" * 20_000 + " Then", 2),
    ("dots-then-letter", "." * 50_000 + "x", 1),
    ("dots-with-spaces", ". " * 20_000, 1),
    ("titles", "Mr. " * 10_000, 1),
    ("initials", "A. " * 10_000, 1),
    ("ends", "Go. " * 10_000, 10_000),
    ("nested-quotes", "“" * 2_000 + "He left." + "”" * 2_000 + " She stayed.", 2),
    ("question-quotes", "?” " * 10_000, 1),
]


@pytest.mark.parametrize(("text", "count"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_hostile_input_gives_sane_result(text: str, count: int) -> None:
    """Pathological input finishes and keeps every character, in the expected number of pieces."""
    sentences = split_sentences(text)
    assert len(sentences) == count
    assert "".join("".join(s.split()) for s in sentences) == "".join(text.split())


SEED = Path(__file__).parents[1] / "fixtures" / "seed.txt"


def test_seed_article_paragraphs_segment_as_read() -> None:
    """The seed article's tricky paragraphs (quote after "spoke.", "Syria; “It") segment as read."""
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").splitlines() if p.strip()]
    counts = [len(split_sentences(p)) for p in paragraphs]
    assert counts == [1, 2, 2, 2, 2, 1, 2, 1, 1, 2, 1, 1, 1, 1]
    by_start = {split_sentences(p)[0][:20]: split_sentences(p) for p in paragraphs}
    rahmati = by_start["Iranian analyst Mehd"]
    assert len(rahmati) == 2
    assert rahmati[0].endswith("military personnel.” spoke.")
    assert rahmati[1].startswith("“Iran recognizes")
    assert len(by_start["Brian Carter, Middle"]) == 1
    assert by_start["Updated 12/06/24, 10"] == [paragraphs[-1]]


def test_invisible_separators_do_not_hide_a_sentence_end() -> None:
    """A zero-width space or bidi mark after a full stop still ends the sentence, and is kept."""
    text = "He said so.\u200b “Next one.” Done.\u200e Then more."
    sentences = split_sentences(text)
    assert len(sentences) == 4
    assert "".join(text.split()) == "".join("".join(s.split()) for s in sentences)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "北京今天下雨。明天会晴天！你好吗？好的。",
            ["北京今天下雨。", "明天会晴天！", "你好吗？", "好的。"],
        ),
        ("「東京は晴れです。」彼は言った。", ["「東京は晴れです。」", "彼は言った。"]),
        ("यह एक वाक्य है। यह दूसरा है।", ["यह एक वाक्य है।", "यह दूसरा है।"]),
    ],
)
def test_chinese_japanese_and_devanagari_marks_end_sentences(text, sentences) -> None:
    """。！？ and । end a sentence without a space after them; closing brackets stay."""
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "“Find the emails that are missing.” Trump said. Clinton declined.",
            ["“Find the emails that are missing.” Trump said.", "Clinton declined."],
        ),
        (
            "“It is over.” Sanders told CNN on Sunday. “It is Hillary.”",
            ["“It is over.” Sanders told CNN on Sunday.", "“It is Hillary.”"],
        ),
        (
            "“We left.” Trump said the plan was dead.",
            ["“We left.”", "Trump said the plan was dead."],
        ),
    ],
)
def test_a_bare_attribution_stays_with_the_quotation_it_attributes(text, sentences) -> None:
    """A quote ending in .” keeps a following bare "Trump said." but not a new statement."""
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Der Bundesrat hat an seiner Sitzung vom 28. August 2024 beschlossen.",
            ["Der Bundesrat hat an seiner Sitzung vom 28. August 2024 beschlossen."],
        ),
        (
            "Die neuen Massnahmen treten am 27. April 2022 in Kraft.",
            ["Die neuen Massnahmen treten am 27. April 2022 in Kraft."],
        ),
        (
            "Die Tagung der CND (18.–22. März 2024) ging zu Ende.",
            ["Die Tagung der CND (18.–22. März 2024) ging zu Ende."],
        ),
        (
            "Die Schweiz nahm an der 67. Tagung der Kommission teil.",
            ["Die Schweiz nahm an der 67. Tagung der Kommission teil."],
        ),
        (
            "Die Zahl der Fälle stieg auf 67. Der Bundesrat ist besorgt.",
            ["Die Zahl der Fälle stieg auf 67.", "Der Bundesrat ist besorgt."],
        ),
        (
            "Ann Frei, Stv. Direktorin, und 9 Prozent (inkl. Post) gemäss Art. 31 Abs. 1.",
            ["Ann Frei, Stv. Direktorin, und 9 Prozent (inkl. Post) gemäss Art. 31 Abs. 1."],
        ),
        (
            "Der Bund zahlt 1,5 Mrd. CHF für die Ukraine.",
            ["Der Bund zahlt 1,5 Mrd. CHF für die Ukraine."],
        ),
    ],
)
def test_german_ordinals_and_abbreviations_do_not_end_a_sentence(text, sentences) -> None:
    """German dates, ordinals and abbreviations stay inside; a final number ends a sentence."""
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "The count rose to 67. Tagung is a German word.",
            ["The count rose to 67.", "Tagung is a German word."],
        ),
        (
            "The vote was 11. September was busy.",
            ["The vote was 11.", "September was busy."],
        ),
    ],
)
def test_english_numbers_before_a_capital_still_end_a_sentence(text, sentences) -> None:
    """The German ordinal rule leaves English text alone."""
    assert split_sentences(text) == sentences


def test_kept_spans_come_back_as_pairs_each_call() -> None:
    """A paragraph's spans read again from the cache are the same pairs, in a fresh list."""
    text = "  He left. She stayed. “Why?” they asked.  "
    first = sentence_spans(text)
    first.append((0, 0))
    again = sentence_spans(text)
    assert again == [(2, 10), (11, 22), (23, 41)]
    assert [text[a:b] for a, b in again] == split_sentences(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He left.", (0, 8)),
        ("  \u00a0He left  \n", (3, 10)),
        ("\u200bHe left.", (0, 9)),
        ("“Why?”", (0, 6)),
    ],
)
def test_a_one_sentence_paragraph_read_again_has_the_same_span(text, span) -> None:
    """A one-sentence paragraph's span, whitespace around it or not, is the same from the cache."""
    assert sentence_spans(text) == [span]
    assert sentence_spans(text) == [span]
    assert split_sentences(text) == [text[span[0] : span[1]]]


def test_a_paragraph_of_german_ordinals_is_read_for_its_language_once(monkeypatch) -> None:
    """The language test runs once per paragraph, not at each ordinal: the cost stays linear."""
    calls: list[str] = []

    def counted(text: str) -> bool:
        calls.append(text)
        return capitalises_nouns(text)

    monkeypatch.setattr("newsdiff._analysis._segment.capitalises_nouns", counted)
    text = "Die Schweiz nahm an der 67. Tagung teil und an der 68. Tagung für die Kommission. " * 50
    spans = sentence_spans(text)
    assert len(spans) == 50
    assert len(calls) == 1
