"""Header, chrome and issuer rules of saved pages (``knowledge/header_patterns.json``)."""

from __future__ import annotations

import pytest

from dossier import analyze
from dossier.ingest.clean import clean_text
from dossier.ingest.header import header_rules, parse_front_matter, parse_header_date

RULES = sorted(header_rules().values(), key=lambda rule: rule.id)


def _example_text(example: object) -> str:
    return example["text"] if isinstance(example, dict) else str(example)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_header_rule_matches_its_examples(rule) -> None:
    assert rule.examples and rule.counter_examples, f"{rule.id} needs examples both ways"
    for example in rule.examples:
        found = rule.pattern.search(_example_text(example))
        assert found, f"{rule.id} misses {example!r}"
        expected = example.get("expect", {}) if isinstance(example, dict) else {}
        for group, value in expected.items():
            assert found[group].strip() == value


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_header_rule_rejects_its_counter_examples(rule) -> None:
    for counter in rule.counter_examples:
        if rule.id.startswith("chrome") or rule.id in {"date_line", "front_matter_date"}:
            assert not rule.pattern.match(counter), f"{rule.id} takes {counter!r}"
        else:
            found = rule.pattern.search(counter)
            assert not found or (rule.id == "published_label_date" and not found["date"])


FRONT_MATTER = (
    "---\ntags: statements-releases\ndate: '2023-05-04'\n"
    "source_url: https://example.gov/briefing-room/statement/\n"
    'title: "Statement from President Joe\\_Biden on the Conflict in\\\n  \\ Sudan"\n---\n \n'
    "The violence taking place in Sudan is a tragedy. I join the people of Sudan in calling\n"
    "for a durable ceasefire between the belligerent parties.\n"
)


def test_front_matter_is_metadata_not_a_sentence() -> None:
    cleaned = clean_text(FRONT_MATTER)
    pieces = [cleaned.text[p.start : p.end] for p in cleaned.paragraphs]
    assert cleaned.title == "Statement from President Joe Biden on the Conflict in Sudan"
    assert cleaned.published == "2023-05-04"
    assert cleaned.url == "https://example.gov/briefing-room/statement/"
    assert pieces[:2] == [cleaned.title, "date: '2023-05-04'"]
    assert all(p.heading for p in cleaned.paragraphs[:2])
    assert "tags:" not in cleaned.text and "source_url" not in cleaned.text
    assert cleaned.issuer == "Joe Biden"


def test_front_matter_fields_join_continued_values() -> None:
    fields = {key: value for key, value, _ in parse_front_matter('title: "A\\\n  \\ B"\nx: 1')}
    assert fields == {"title": "A B", "x": "1"}


SAVED_PAGE = (
    "# Ceasefire Holds in the North\n\n"
    "**Report No.:** IN10001\n**Source:** https://example.gov/product/IN10001\n\n---\n"
    "[Home](https://example.gov/) > [Products](https://example.gov/p) > IN10001\n\n"
    "| **Authors:** | Doe, Jane; Roe, Richard \n\n"
    "[Download PDF (120KB)](https://example.gov/a.pdf) | [Version History](https://ex.gov#)\n\n"
    "- [May 2, 2025 (IN10001 - Version: 2)](https://example.gov/2.pdf)\n"
    "[Listen](https://ex.gov/listen)Ceasefire Holds in the NorthUpdated May 2, 2025 (IN10001)\n\n"
    "On May 1, 2025, the two sides agreed to a ceasefire that both armies said they would keep.\n"
)


def test_navigation_chrome_and_fields_leave_the_text() -> None:
    cleaned = clean_text(SAVED_PAGE)
    assert cleaned.url == "https://example.gov/product/IN10001"
    assert cleaned.author == "Doe, Jane; Roe, Richard"
    assert cleaned.published == "2025-05-02"
    for chrome in ("Home", "Download PDF", "Version History", "Report No", "Listen", "---"):
        assert chrome not in cleaned.text
    pieces = [cleaned.text[p.start : p.end] for p in cleaned.paragraphs]
    assert "Updated May 2, 2025 (IN10001)" in pieces
    assert pieces[-1].startswith("On May 1, 2025, the two sides agreed")


def test_speaker_link_label_broken_over_lines_keeps_its_words() -> None:
    cleaned = clean_text("[Defense\nMinister](https://x.com/a): “The strike hit the depot.”")
    assert cleaned.text == "Defense Minister: “The strike hit the depot.”"


@pytest.mark.parametrize(
    ("raw", "published", "author", "issuer"),
    [
        (
            "Rebels Attack Villages\n\nBy Jane Doe\n\nJuly 5, 2024\n\n"
            "Officials are pleading with civilians to go back to their villages after the attacks.",
            "2024-07-05",
            "Jane Doe",
            None,
        ),
        (
            "Sanctions on a Network\n\nPress Statement\n\nAntony J. Blinken, Secretary of State\n\n"
            "June 10, 2021\n\nToday, the United States is designating a network that funds the "
            "militia and its suppliers abroad.",
            "2021-06-10",
            None,
            "Antony J. Blinken",
        ),
        (
            "Joint Statement on the Talks\n\nOffice of the Spokesperson\n\nJune 24, 2022\n\n"
            "The text of the following statement was released by the Governments of France and "
            "Italy.\n\nWe welcome the progress made in the talks between the two councils so far.",
            "2022-06-24",
            None,
            "Governments of France and Italy",
        ),
        (
            "Drone Attack Hits Oil Plant\n\nSunday, September 15, 2019 \n\n\n"
            "Yesterday, oil facilities were hit by multiple drone strikes in a pre-dawn raid.",
            "2019-09-15",
            None,
            None,
        ),
    ],
)
def test_header_gives_date_byline_and_issuer(
    raw: str, published: str, author: str | None, issuer: str | None
) -> None:
    cleaned = clean_text(raw)
    assert (cleaned.published, cleaned.author, cleaned.issuer) == (published, author, issuer)
    assert "By Jane" not in cleaned.text
    assert published[:4] in cleaned.text  # the date line stays in the text


def test_a_date_inside_the_body_is_not_the_publication_date() -> None:
    raw = (
        "Talks Resume\n\nThe envoys met again on Monday after a pause that lasted through the "
        "spring and the summer.\n\nMay 23, 2021"
    )
    assert clean_text(raw).published is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday, January 24, 2019", "2019-01-24"),
        ("3 March 2024", "2024-03-03"),
        ("2022-03-13 21:28:54-04:00", "2022-03-13"),
        ("February 30, 2020", None),
        ("Press Statement", None),
    ],
)
def test_parse_header_date(text: str, expected: str | None) -> None:
    assert parse_header_date(text) == expected


def test_bidi_marks_are_removed() -> None:
    cleaned = clean_text("\u200fThe army\u200e entered \u202bHama\u202c on \u2067Sunday\u2069.")
    assert cleaned.text == "The army entered Hama on Sunday."


def test_escaped_angle_bracket_is_plain() -> None:
    assert clean_text("Turnout was \\<5% in the east.").text == "Turnout was <5% in the east."


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        (
            "WASHINGTON, Dec. 5, 2024 (Reuters) — The Senate voted on the bill that funds the "
            "government for another year, aides said.",
            "2024-12-05",
        ),
        (
            "GAZA CITY, March 3 - Israeli strikes hit the south of the city, killing 12 people, "
            "medics said. The truce agreed in January 2025 has collapsed.",
            "2025-03-03",
        ),
        # no year anywhere: no publication date rather than an invented one
        (
            "GAZA CITY, March 3 - Israeli strikes hit the south of the city, killing 12 people, "
            "medics said.",
            None,
        ),
    ],
)
def test_wire_dateline_gives_the_publication_date(raw: str, published: str | None) -> None:
    assert clean_text(raw).published == published


def test_a_lone_link_line_inside_a_body_paragraph_stays() -> None:
    raw = (
        "Port Hit\n\nThe strikes hit the port on Monday and, according to\n"
        "[Reuters](https://example.org/r)\nthe fires burned through the night at the depot.\n\n"
        "[Read more](https://example.org/more)\n"
    )
    assert clean_text(raw).text == (
        "Port Hit\n\nThe strikes hit the port on Monday and, according to Reuters the fires "
        "burned through the night at the depot."
    )


def test_a_date_line_on_the_first_line_of_the_body_block_is_found() -> None:
    raw = (
        "Friday, March 29, 2019 \nThe comic convention returned to the city from March 15 to 17, "
        "drawing large crowds to the downtown halls."
    )
    cleaned = clean_text(raw)
    assert cleaned.published == "2019-03-29"
    first = cleaned.paragraphs[0]
    assert cleaned.text[first.start : first.end] == "Friday, March 29, 2019"


def test_joint_statement_title_listing_its_issuers_makes_each_one_speak() -> None:
    raw = (
        "Joint Statement by the United States, France, and Japan on the Missile Launch\n\n"
        "We condemn the missile launch by North Korea on Friday and call on it to return to talks."
    )
    assert clean_text(raw).issuer == "the United States, France, and Japan"
    doc = analyze(raw)
    names = {e.id: e.name for e in doc.entities}
    sources = sorted(names[e.source] for e in doc.events if e.type == "ACCUSE" and e.source)
    assert sources == ["France", "Japan", "United States"]
    sources = sorted(names[e.source] for e in doc.events if e.type == "ACCUSE" and e.source)
    assert sources == ["France", "Japan", "United States"]


def test_issuer_tails_cut_the_occasion_not_the_issuers() -> None:
    from dossier.ingest.header import _cut_issuer_tail, header_patterns

    tails = header_patterns()["issuer_tails"]
    for example in tails["examples"]:
        assert _cut_issuer_tail(example["text"]) == example["issuer"]
    for counter in tails["counter_examples"]:
        assert _cut_issuer_tail(counter) == counter


def test_a_joint_statement_opening_naming_its_issuers_gives_them_all() -> None:
    raw = (
        "Joint Statement on Kosovo\n\nOffice of the Spokesperson\n\n"
        "The following statement was released by France, Germany, and the United States "
        "on the occasion of the anniversary:\n\n"
        "We call on all parties to show restraint and to resume the dialogue without delay."
    )
    assert clean_text(raw).issuer == "France, Germany, and the United States"


def test_a_front_matter_title_of_any_length_is_the_texts_heading() -> None:
    from dossier.ingest.clean import clean_text

    title = (
        "Fact Sheet: President Donald J. Trump Begins Process to Designate Certain Chapters of a "
        "Group as Foreign Terrorist Organizations and Specially Designated Global Terrorists"
    )
    cleaned = clean_text(f"---\ntitle: '{title}'\n---\n\nToday the President signed an order.\n")
    first = cleaned.paragraphs[0]
    assert cleaned.text[first.start : first.end] == title and first.heading


def test_a_title_given_apart_from_the_text_names_the_issuer() -> None:
    # the API's title= (or a corpus record's 'title') is read as a title line would be,
    # ahead of an office line of the text; a url given apart names a site's owner
    doc = analyze(
        "Office of the Spokesperson\n\nWe reaffirm our commitment to the treaty.",
        title="Joint Statement of the United States and Japan",
    )
    assert doc.metadata.issuer == "the United States and Japan"
    doc = analyze(
        "Our support for Ukraine is unwavering.", url="https://www.whitehouse.gov/briefings/x"
    )
    assert doc.metadata.issuer == "The White House"


def test_a_joint_statement_of_a_meeting_names_no_issuer() -> None:
    # "Joint Statement of the Syria Special Envoy Meeting": an occasion, not Syria's voice
    doc = analyze(
        "Office of the Spokesperson\n\nWe remain committed to a political solution.",
        title="Joint Statement of the Syria Special Envoy Meeting",
    )
    assert doc.metadata.issuer == "Office of the Spokesperson"


def test_a_letter_speaks_for_its_signer_not_for_the_site() -> None:
    letter = (
        "Dear Madam Speaker:\n\nOn Saturday, I directed United States forces to strike the"
        " militia's depots in Syria. I condemn the attacks on our troops.\n\n"
        "Sincerely,\n\nJOSEPH R. BIDEN JR."
    )
    doc = analyze(letter, url="https://www.whitehouse.gov/briefing-room/letter")
    assert doc.metadata.issuer == "Joseph R. Biden Jr."
    same_paragraph = letter.replace("Sincerely,\n\n", "Sincerely, ")
    assert analyze(same_paragraph, url="https://www.whitehouse.gov/x").metadata.issuer == (
        "Joseph R. Biden Jr."
    )
    names = {e.id: e.name for e in doc.entities}
    assert ("ACCUSE", "Joe Biden") in {(e.type, names.get(e.source or "")) for e in doc.events}
    unsigned = letter.replace("Sincerely,\n\nJOSEPH R. BIDEN JR.", "Thank you.")
    site = analyze(unsigned, url="https://www.whitehouse.gov/x").metadata.issuer
    assert site == "The White House"
