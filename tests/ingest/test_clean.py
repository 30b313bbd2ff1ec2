import pytest

from dossier.ingest.clean import clean_text, looks_like_heading, normalize_unicode


def paragraphs(text: str) -> list[str]:
    cleaned = clean_text(text)
    return [cleaned.text[p.start : p.end] for p in cleaned.paragraphs]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a blank line inside a sentence: next part starts lower case
        ("The convoy left Kabul and\n\nreached the border at dawn.", 1),
        # the first part ends on a word that cannot end a sentence
        ("Troops moved toward the\n\nGolan Heights overnight.", 1),
        # a comma leaves the sentence open
        ("When the talks collapsed,\n\nfighting resumed.", 1),
        # two real paragraphs stay apart
        ("The convoy left Kabul.\n\nIt reached the border at dawn.", 2),
    ],
)
def test_clean_rejoins_paragraphs_broken_mid_sentence(raw: str, expected: int) -> None:
    assert len(paragraphs(raw)) == expected


def test_clean_rejoined_text_has_single_space() -> None:
    assert paragraphs("Troops moved toward the\n\nGolan Heights.") == [
        "Troops moved toward the Golan Heights."
    ]


def test_clean_removes_markdown_escapes_and_links() -> None:
    cleaned = clean_text("Donors pledged \\$2.5 billion, [Reuters](https://reuters.com/x) said.")
    assert cleaned.text == "Donors pledged $2.5 billion, Reuters said."


def test_clean_takes_trailing_source_link_as_url() -> None:
    raw = "Fighting resumed near Bakhmut.\n\n[Source](https://example.org/a/1): <https://example.org/a/1>"
    cleaned = clean_text(raw)
    assert cleaned.url == "https://example.org/a/1"
    assert "example.org" not in cleaned.text


def test_clean_recognises_title_and_question_headings() -> None:
    raw = (
        "Ceasefire Holds in Gaza\n\nThe truce entered its third day on Sunday.\n\n"
        "Will the Truce Last?\n\nMediators said talks would resume. Why now? Nobody knows."
    )
    cleaned = clean_text(raw)
    flags = [(cleaned.text[p.start : p.end], p.heading) for p in cleaned.paragraphs]
    assert cleaned.title == "Ceasefire Holds in Gaza"
    assert flags[0] == ("Ceasefire Holds in Gaza", True)
    assert flags[2] == ("Will the Truce Last?", True)
    assert not flags[1][1] and not flags[3][1]


def test_clean_markdown_heading_marker_is_heading() -> None:
    cleaned = clean_text("## Background\nThe war began in 2014.")
    assert [(p.heading) for p in cleaned.paragraphs] == [True, False]
    assert cleaned.text.startswith("Background\n\nThe war")


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("What Did the Sanctions Achieve?", True),
        ("Why does this matter to anyone here?", False),
        ("The Road to Damascus", True),
        ("Fighting resumed at dawn.", False),
        ("QUESTION: What about the detention of Elizabeth Tsurkov?", False),  # a speaker's turn
        ("MR PRICE: Good Afternoon, Everyone", False),
        ("PRESIDENT NAUSĖDA: Thank You, Mr. President", False),
    ],
)
def test_looks_like_heading(line: str, heading: bool) -> None:
    assert looks_like_heading(line) is heading


def test_clean_normalises_unicode_and_whitespace() -> None:
    cleaned = clean_text("Kyiv\u00a0said   the \u200bstrike\nhit a depot.")
    assert cleaned.text == "Kyiv said the strike hit a depot."
    assert normalize_unicode("Cafe\u0301") == "Café"


def test_clean_offsets_point_into_text(dev_text: str) -> None:
    cleaned = clean_text(dev_text)
    for paragraph in cleaned.paragraphs:
        chunk = cleaned.text[paragraph.start : paragraph.end]
        assert chunk == chunk.strip() and "\n" not in chunk


def test_clean_dev_article_repairs(dev_text: str) -> None:
    cleaned = clean_text(dev_text)
    assert "chose to side with the Syrian regime" in cleaned.text
    assert "But when the Arab Spring reached Syria" in cleaned.text
    assert "around $460 million" in cleaned.text and "\\$" not in cleaned.text
    assert cleaned.url == "https://www.noonpost.com/en/8172/"
    assert cleaned.title == "What Did Iraq Gain from Its Gamble in Syria?"
    headings = [cleaned.text[p.start : p.end] for p in cleaned.paragraphs if p.heading]
    assert len(headings) == 5 and all(h.endswith("?") for h in headings)


@pytest.mark.parametrize(
    ("raw", "dateline"),
    [
        ("KYIV (AP) - Russian forces fired missiles overnight.", "KYIV (AP) -"),
        ("SANAA, Yemen (Reuters) - The Houthis said so.", "SANAA, Yemen (Reuters) -"),
        ("NEW YORK — Stocks fell.", "NEW YORK —"),
        ("US - Iran talks resumed on Monday.", None),
    ],
)
def test_clean_dateline_is_a_heading_span_of_its_own(raw: str, dateline: str | None) -> None:
    cleaned = clean_text(raw)
    assert cleaned.text == raw  # the text itself is not changed
    first = cleaned.paragraphs[0]
    if dateline is None:
        assert len(cleaned.paragraphs) == 1 and not first.heading
    else:
        assert (cleaned.text[first.start : first.end], first.heading) == (dateline, True)
        assert cleaned.paragraphs[1].end == len(raw)


def test_terminal_escape_sequences_are_dropped_whole() -> None:
    """A colour code or a terminal hyperlink pasted with scraped text leaves no trace: not
    its ESC and not its parameters ("[31m" once became the quantities "0m" and "8")."""
    raw = (
        "Rebels \x1b[31mattacked\x1b[0m Goma. "
        "\x1b]8;;https://example.org\x07Read more\x1b]8;;\x07 later.\x1bM"
    )
    assert normalize_unicode(raw) == "Rebels attacked Goma. Read more later."
    assert normalize_unicode("[31m is kept without ESC") == "[31m is kept without ESC"
