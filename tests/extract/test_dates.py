"""Dates: one test per rule, on sentences written for the tests."""

from __future__ import annotations

import pytest

from dossier.extract.dates import find_dates, infer_publication_date
from tests.extract.helpers import make_doc


def values(text: str, published: str | None = None) -> list[tuple[str, str, str]]:
    return [(d.text, d.value, d.granularity) for d in find_dates(make_doc(text, published))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The rebels entered the city on December 8, 2024.",
            ("December 8, 2024", "2024-12-08", "day"),
        ),
        (
            "The rebels entered the city on 8 December 2024.",
            ("8 December 2024", "2024-12-08", "day"),
        ),
        (
            "The vote took place on Sunday, March 3, 2019.",
            ("Sunday, March 3, 2019", "2019-03-03", "day"),
        ),
        ("The report is dated 2023-06-30.", ("2023-06-30", "2023-06-30", "day")),
        ("Protests spread in March 2019.", ("March 2019", "2019-03", "month")),
        ("The uprising began in 2011.", ("2011", "2011", "year")),
        ("Talks stalled in mid-2012.", ("2012", "2012", "year")),
        ("The strike ended on the 4th of July 2020.", ("4th of July 2020", "2020-07-04", "day")),
    ],
)
def test_absolute_dates(sentence: str, expected: tuple[str, str, str]) -> None:
    assert values(sentence) == [expected]


def test_bare_years_get_no_month_or_day() -> None:
    (mention,) = find_dates(make_doc("The army withdrew in 2012.", "2024-05-01"))
    assert (mention.value, mention.granularity) == ("2012", "year")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The talks resumed on Dec. 8 in Doha.", "2024-12-10", ("Dec. 8", "2024-12-08", "day")),
        ("In 2019 the border closed. It reopened on 3 May.", None, ("3 May", "2019-05-03", "day")),
        ("The envoy arrived on December 28.", "2025-01-03", ("December 28", "2024-12-28", "day")),
    ],
)
def test_day_dates_without_year_take_the_context_year(
    text: str, published: str | None, expected: tuple[str, str, str]
) -> None:
    assert values(text, published)[-1] == expected


def test_day_date_without_any_year_is_skipped() -> None:
    assert values("The talks resumed on Dec. 8 in Doha.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Money was moved between 2012 and 2014.", ("between 2012 and 2014", "2012/2014")),
        ("He served from 2012 to 2014.", ("from 2012 to 2014", "2012/2014")),
        ("The 2012-2014 campaign failed.", ("2012-2014", "2012/2014")),
        ("The 2012–14 campaign failed.", ("2012–14", "2012/2014")),
        ("Talks ran from March to May 2019.", ("from March to May 2019", "2019-03/2019-05")),
        (
            "Talks ran December 8-10, 2024 in Rome.",
            ("December 8-10, 2024", "2024-12-08/2024-12-10"),
        ),
        ("The 1990s were hard.", ("1990s", "1990/1999")),
    ],
)
def test_ranges(sentence: str, expected: tuple[str, str]) -> None:
    ((text, value, granularity),) = values(sentence)
    assert (text, value, granularity) == (*expected, "range")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("On June 5, 2020 the siege ended. It had begun 13 years earlier.", None, "2007"),
        ("The party was founded in 1998. Two years later it won power.", None, "2000"),
        ("The war started in March 2011. Six months later the city fell.", None, "2011-09"),
        ("On May 2, 2015 the truce held. Three days later it collapsed.", None, "2015-05-05"),
        ("The mine closed a year before.", "2020-06-15", "2019"),
        ("The treaty was signed ten years ago.", "2020-06-15", "2010"),
        ("The coup came in 1971. The following year, elections were cancelled.", None, "1972"),
    ],
)
def test_relative_offsets_count_from_the_date_spoken_of(
    text: str, published: str | None, expected: str
) -> None:
    assert values(text, published)[-1][1] == expected


def test_before_with_an_object_is_not_an_offset() -> None:
    assert values("A year before the war the army grew.", "2020-06-15") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister resigned yesterday.", "2024-03-13"),
        ("The minister resigns today.", "2024-03-14"),
        ("The minister resigned last week.", "2024-W10"),
        ("Talks are due this week.", "2024-W11"),
        ("Fighting flared earlier this week.", "2024-03-11/2024-03-13"),
        ("Prices rose earlier this month.", "2024-03-01/2024-03-13"),
        ("Sixty died so far this year.", "2024-01-01/2024-03-14"),
        ("The minister resigned on Tuesday.", "2024-03-12"),
        ("The minister said Thursday that he would stay.", "2024-03-14"),
        ("The minister will resign on Tuesday.", "2024-03-19"),
        ("The minister resigned last year.", "2023"),
        ("Prices rose this month.", "2024-03"),
        ("Elections are due next year.", "2025"),
        ("Riots broke out last July.", "2023-07"),
        ("Riots broke out last March.", "2023-03"),
    ],
)
def test_publication_relative_expressions(sentence: str, expected: str) -> None:
    # 2024-03-14 is a Thursday.
    assert [value for _, value, _ in values(sentence, "2024-03-14")] == [expected]


def test_publication_relative_expressions_need_a_publication_date() -> None:
    assert values("The minister resigned yesterday, last week and on Tuesday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 8 December 2024 the regime fell. Crowds marked the first anniversary of the fall.",
            ("the first anniversary of the fall", "2025-12-08"),
        ),
        (
            "The dam broke on May 2, 2010. On May 2, 2010 nobody was warned. "
            "The 10th anniversary of the disaster passed quietly.",
            ("The 10th anniversary of the disaster", "2020-05-02"),
        ),
        (
            "The army struck on June 1, 2001 and again on June 9, 2001. "
            "Veterans held the fifth anniversary of the attack.",
            ("the fifth anniversary of the attack", "2006-06-01"),
        ),
    ],
)
def test_anniversary_counts_from_the_salient_event_date(
    text: str, expected: tuple[str, str]
) -> None:
    text_value = [(t, v) for t, v, _ in values(text)]
    assert text_value[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "We met the delegation.",
        "The bases may be dismantled soon.",
        "Rents reached $500 a month.",
        "Thousands joined a protest march.",
        "March on, the general told his troops.",
        "He wrote for the Sunday Times.",
        "The council passed Resolution 2139 unanimously.",
        "More than 2000 people signed the petition.",
        "The bill cost $2010 per family.",
        "Bloody Sunday is remembered every year.",
    ],
)
def test_no_false_dates(sentence: str) -> None:
    assert values(sentence, "2024-03-14") == []


def test_sentence_ids_and_offsets() -> None:
    doc = make_doc("Nothing happened. The city fell in 2011.")
    (mention,) = find_dates(doc)
    assert (mention.sentence, doc.text[mention.start : mention.end]) == (1, "2011")


def test_infer_publication_date_from_an_anniversary() -> None:
    doc = make_doc(
        "On December 8, 2024 the regime fell. Today crowds celebrate the first anniversary "
        "of the revolution's triumph."
    )
    value, reasoning = infer_publication_date(doc)
    assert value == "2025-12"
    assert reasoning and "2025-12-08" in reasoning


def test_infer_publication_date_ignores_future_dates_and_prefers_metadata() -> None:
    doc = make_doc("The war began in 2011. Elections will be held in 2030.")
    assert infer_publication_date(doc)[0] == "2011"
    doc = make_doc("The war began in 2011. The ministry praised the 2035 agenda.")
    assert infer_publication_date(doc)[0] == "2011"
    assert infer_publication_date(make_doc("In 2011.", "2024-01-02"))[0] == "2024-01-02"


def test_infer_publication_date_without_support() -> None:
    assert infer_publication_date(make_doc("Nothing is dated here.")) == (None, None)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the latest occurrence on or before publication, whatever year the text spoke of
        ("The 2012 accord failed. Talks resumed on January 3.", "2020-01-05", "2020-01-03"),
        ("The envoy arrived on December 31.", "2020-01-05", "2019-12-31"),
        # a fortnight after publication at most: the coming date, not last year's
        ("Envoys prepare for the April 11 meeting.", "2026-04-09", "2026-04-11"),
        ("The army said it would leave by September 11.", "2021-05-09", "2021-09-11"),
        ("The army left on June 20.", "2021-05-09", "2020-06-20"),
        # an explicit year earlier in the same sentence gives the year
        ("On May 2, 2015, rebels took it and on March 3 left it.", "2021-05-09", "2015-03-03"),
        ("Held since 2014, they were deported on Feb. 27.", "2025-03-11", "2025-02-27"),
    ],
)
def test_month_day_without_year_is_anchored_on_publication(
    text: str, published: str, expected: str
) -> None:
    assert values(text, published)[-1][1] == expected


def test_decade_does_not_anchor_later_dates() -> None:
    text = "Fighting in the 1990s killed thousands. Talks resumed on March 3."
    assert [v for _, v, _ in values(text)] == ["1990/1999"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones struck yesterday at 4:00 A.M. local time.", ("4:00 A.M. local time", "2019-09-14T04:00")),  # noqa: E501
        ("The blast came at 0100 UTC.", ("0100 UTC", "2019-09-15T01:00")),
        ("Shelling resumed in early March.", ("early March", "2019-03-01/2019-03-10")),
        ("Talks broke down in late August.", ("late August", "2019-08-21/2019-08-31")),
        ("The fighting is now in its third week.", ("now", "2019-09-15")),
        ("He posted the video 24 hours ago.", ("24 hours ago", "2019-09-14")),
    ],
)
def test_times_month_parts_and_present(text: str, expected: tuple[str, str]) -> None:
    assert (values(text, "2019-09-15")[-1][0], values(text, "2019-09-15")[-1][1]) == expected


def test_hours_after_takes_the_day_spoken_of() -> None:
    text = "Gunmen attacked the train on Tuesday. Hours after the attack, troops arrived."
    assert values(text, "2025-03-12")[-1][:2] == ("Hours after", "2025-03-11")


def test_hours_after_with_a_count_is_no_anchor_phrase() -> None:
    text = "Gunmen attacked the train on Tuesday. Barely 48 hours after the alert, troops arrived."
    assert [t for t, _, _ in values(text, "2025-03-12")] == ["Tuesday"]


def test_now_in_a_compound_is_no_date() -> None:
    assert values("The now-defunct militia disbanded.", "2019-09-15") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers killed civilians from March 27 to 31.", ("from March 27 to 31", "2022-03-27/2022-03-31")),  # noqa: E501
        ("The truce starts tomorrow at 4 a.m. local time.", ("4 a.m. local time", "2022-04-04T04:00")),  # noqa: E501
        ("Shelling stopped at 10 pm.", ("10 pm", "2022-04-03T22:00")),
        # a count after the second number: no range
        ("Between March 27 and 31 people died.", ("March 27", "2022-03-27")),
    ],
)
def test_day_spans_and_clock_times(text: str, expected: tuple[str, str]) -> None:
    assert values(text, "2022-04-03")[-1][:2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attacks rose in recent years.", ("in recent years", "2016/2019")),
        ("Prices fell in recent months.", ("in recent months", "2019-09/2019-12")),
        ("The clans have feuded for decades.", ("for decades", "1999/2019")),
        ("Rebels struck in August 2018, reports at the time said.", ("at the time", "2018-08")),
    ],
)
def test_vague_spans_and_at_the_time(text: str, expected: tuple[str, str]) -> None:
    assert values(text, "2019-12-11")[-1][:2] == expected


def test_at_the_time_without_a_date_before_it_is_skipped() -> None:
    assert values("At the time, nobody knew.", "2019-12-11") == []


def test_inferred_publication_date_is_not_a_century_from_every_other_date() -> None:
    doc = make_doc("Wars in 1950 and March 1960 drew the border; it holds until 2100, it said.")
    assert infer_publication_date(doc)[0] == "1960-03"


def test_inference_reads_clock_times() -> None:
    doc = make_doc("The strike came on 3 May 2021 at 4:00 A.M. local time.")
    assert infer_publication_date(doc)[0] == "2021-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Week ahead: On Monday, the President will host the summit.", "2021-07-26"),
        ("On Monday, the President hosted the summit.", "2021-07-19"),
        ("He spoke Monday, and the talks will resume soon.", "2021-07-19"),
    ],
)
def test_weekday_opening_a_clause_reads_its_verb(text: str, expected: str) -> None:
    # 2021-07-23 is a Friday
    assert values(text, "2021-07-23")[0][1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The insurgency has been ongoing for seventeen years.",
            [("for seventeen years", "2002-01-24/2019-01-24", "span")],
        ),
        (
            "Drones struck the fields for the last five years.",
            [("for the last five years", "2014-01-24/2019-01-24", "span")],
        ),
        ("He was jailed for six years.", []),
    ],
)
def test_a_span_up_to_the_present_runs_back_from_publication(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert values(sentence, "2019-01-24") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prices rose sharply over the past year.", "2018-01-24/2019-01-24"),
        ("Talks stalled over the last few days.", "2019-01-21/2019-01-24"),
        ("Dozens were detained in the last 24 hours.", "2019-01-23/2019-01-24"),
        ("Aid will arrive in the coming days.", "2019-01-25/2019-01-31"),
        ("Troops will leave over the next 60 days.", "2019-01-24/2019-03-25"),
        ("The envoy will travel in the coming weeks.", "2019-01-25/2019-02-21"),
        ("Clashes have intensified in recent days.", "2019-01-21/2019-01-24"),
    ],
)
def test_spans_count_back_or_ahead_from_publication(sentence: str, expected: str) -> None:
    assert [v for _, v, _ in values(sentence, "2019-01-24")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rebels seized the town on January 3. A few days later, troops returned.", "2019-01"),
        ("Rebels seized the town on January 3. Just days later, troops returned.", "2019-01"),
        ("The envoy visited Kabul several months ago.", "2018-10"),
        ("Rebels seized the town on January 3. Two days later, troops returned.", "2019-01-05"),
    ],
)
def test_a_vague_offset_is_no_finer_than_its_unit_allows(sentence: str, expected: str) -> None:
    assert [v for _, v, _ in values(sentence, "2019-01-24")][-1] == expected


def test_a_span_with_no_count_of_a_plural_unit_back_gets_no_date() -> None:
    assert values("Prices rose over the past months.", "2019-01-24") == []


def test_an_anniversary_far_from_publication_gets_no_date() -> None:
    text = "Troops left on May 1, 2021 before the 20th anniversary of the attacks on the city."
    assert [v for _, v, _ in values(text, "2021-05-09")] == ["2021-05-01"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shelling hit the market on January 12. He died that night.", "2019-01-12"),
        ("The envoy resigned on January 21 and left the next morning.", "2019-01-22"),
    ],
)
def test_parts_of_a_day_count_from_the_day_spoken_of(sentence: str, expected: str) -> None:
    assert [v for _, v, _ in values(sentence, "2019-01-24")][-1] == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2023-05-04", ["2023-03-23/2023-04-20"]), ("2023-03-01", ["2022-04-02/2022-05-01"]),
     ("2018-05-04", [])],
)
def test_ramadan_is_the_latest_one_begun_by_publication(published: str, expected: list) -> None:
    text = "The clashes broke out during the holy month of Ramadan."
    assert [v for _, v, _ in values(text, published)] == expected
