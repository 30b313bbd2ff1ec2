"""Quantities: one test per rule, on sentences written for the tests."""

from __future__ import annotations

import pytest

from dossier.analysis import analyze
from dossier.document import Document
from dossier.extract.dates import find_dates
from dossier.extract.quantities import find_quantities
from tests.extract.helpers import make_doc


def with_dates(text: str) -> Document:
    """A Document with its ``dates`` layer, which quantities read."""
    doc = make_doc(text, published="2024-05-01")
    doc.dates = find_dates(doc)
    return doc


def only(sentence: str):
    found = find_quantities(with_dates(sentence))
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The donors pledged $460 million for the camps.", 460_000_000, "USD"),
        ("The deal is worth $1.2bn to the state.", 1_200_000_000, "USD"),
        ("The fund paid out $3m last quarter.", 3_000_000, "USD"),
        ("Brussels released €3 million in aid.", 3_000_000, "EUR"),
        ("London gave £250,000 to the clinic.", 250_000, "GBP"),
        ("The ministry spent 500 million dollars on fuel.", 500_000_000, "USD"),
        ("The census counted 18,000 residents.", 18_000, "residents"),
        ("The army sent three thousand soldiers north.", 3_000, "soldiers"),
        ("The militia released a dozen hostages.", 12, "hostages"),
        ("The war displaced 1.5 million civilians.", 1_500_000, "civilians displaced"),
        ("The strike closed half a million shops.", 500_000, "shops"),
        ("The board approved twenty-five projects.", 25, "projects"),
    ],
)
def test_numbers_scale_words_and_currencies(sentence: str, value: float, unit: str) -> None:
    quantity = only(sentence)
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The group recruited 18,000 Iraqi, Afghan, and Pakistani Shia fighters.", "fighters"),
        ("Gunmen killed 12 people in the market.", "people killed"),
        ("Some 300 ethnic Albanians marched in the capital.", "Albanians"),
        ("Turnout reached 61 percent in the south.", "percent"),
        ("Inflation hit 7.5% in May.", "percent"),
        ("The envoy met 40 tribal leaders on the border.", "leaders"),
        ("Workers loaded 25,000 tons of grain.", "tons"),
        ("Two F-16 jets crashed near the base.", "jets"),
        ("The agency said 1.1 million Sudanese have fled.", "Sudanese displaced"),
        ("About 300 Congolese crossed into Uganda overnight.", "Congolese"),
        ("The ministry said 200 Chinese engineers arrived.", "engineers"),
        ("The army seized 12 Chinese-made drones.", "drones"),
        ("North Korea fired 20 short- and medium-range missiles.", "missiles"),
        ("The fund helps 92 low- and middle-income countries.", "countries"),
        ("Rescuers pulled 14 fishermen from the sea.", "fishermen"),
        ("The camps hold an estimated 12,000 IS fighters.", "fighters"),
        ("The agency documented 221 reported cases of abuse.", "cases"),
        ('Police held 23 "foreign agents" at the port.', "agents"),
        ("The buyer will pay 900 million złotys in cash.", "złotys"),
        ("The forum gathers 700 of Sub-Saharan Africa's most promising young leaders.",
         "leaders"),
        ("The sanctions hit two of Russia's most important banks.", "banks"),
    ],
)
def test_unit_is_the_counted_head_noun(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


def test_a_people_name_without_a_plural_ending_is_the_unit_of_its_own_count() -> None:
    found = find_quantities(with_dates("The raid killed five Lebanese and two Syrians."))
    assert [(q.value, q.unit) for q in found] == [(5, "Lebanese killed"), (2, "Syrians killed")]


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("Around 400 families fled.", "approx"),
        ("About 400 families fled.", "approx"),
        ("Nearly 400 families fled.", "approx"),
        ("Some 400 families fled.", "approx"),
        ("An estimated 400 families fled.", "approx"),
        ("Almost 400 families fled.", "approx"),
        ("Over 400 families fled.", "more_than"),
        ("More than 400 families fled.", "more_than"),
        ("At least 400 families fled.", "at_least"),
        ("Upwards of 400 families fled.", "more_than"),
        ("Up to 400 families fled.", "up_to"),
        ("As many as 400 families fled.", "up_to"),
        ("Fewer than 400 families fled.", "less_than"),
        ("Less than 400 families fled.", "less_than"),
        ("Under 400 families fled.", "less_than"),
        ("At most 400 families fled.", "up_to"),  # at most = no more than: up to, not under
        ("No more than 400 families fled.", "up_to"),
        ("Exactly 400 families fled.", "exact"),
        ("The camp took in 400 or so families.", "approx"),
        ("The camp took in 400 families.", "exact"),
    ],
)
def test_qualifiers(sentence: str, qualifier: str) -> None:
    quantity = only(sentence)
    assert (quantity.value, quantity.qualifier) == (400, qualifier)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The war killed hundreds of thousands of Syrians.", 100_000, "Syrians killed"),
        ("The famine threatens millions of people.", 1_000_000, "people"),
        ("Dozens of protesters were detained.", 12, "protesters detained"),
        ("Thousands of Nigerians joined the rally.", 1_000, "Nigerians"),
        ("Hundreds of students gathered at the gate.", 100, "students"),
        ("Tens of thousands of refugees crossed.", 10_000, "refugees"),
        ("Several hundred soldiers deserted.", 100, "soldiers"),
        ("The sale of licenses generated millions of dollars.", 1_000_000, "USD"),
    ],
)
def test_vague_plurals_take_the_scale_value(sentence: str, value: float, unit: str) -> None:
    quantity = only(sentence)
    assert (quantity.value, quantity.unit, quantity.qualifier) == (value, unit, "vague_plural")


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("Between 200 and 300 people attended.", 200, 300, "people"),
        ("The raid involved 200-300 fighters.", 200, 300, "fighters"),
        ("Repairs will cost between 2 and 3 million dollars.", 2_000_000, 3_000_000, "USD"),
        ("Two or three guards stood at the door.", 2, 3, "guards"),
        ("The blast damaged 10 to 15 houses.", 10, 15, "houses"),
    ],
)
def test_ranges_keep_both_ends(sentence: str, low: float, high: float, unit: str) -> None:
    quantity = only(sentence)
    assert (quantity.value, quantity.value_max, quantity.unit) == (low, high, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The uprising began in 2012.",
        "Funds were frozen in 2012 alone.",
        "The city fell on December 8, 2024.",
        "The city fell on 8 December 2024.",
        "The talks resumed on Dec. 8 in Doha.",
        "The meeting started at 10:30 in the morning.",
        "The curfew begins at 9 p.m. every night.",
        "Prisoners were held by Branch 279 of the intelligence service.",
        "The council adopted Resolution 2254 without a vote.",
        "Convoys used Route 1 to reach the coast.",
        "Members invoked Article 5 of the treaty.",
        "Call the hotline on +44 20 7946 0958 for help.",
        "The ruling came 13 years earlier.",
        "The ceasefire collapsed two weeks later.",
        "The strike came 24 hours ago.",
        "Iran was hit three times.",
        "A 12-year-old boy was arrested.",
        "Iranian mediation failed to reconcile the two regimes.",
        "One of the officers resigned.",
        "He won the 3rd round easily.",
        "The page is at https://example.org/news/2041 today.",
        "The 1990s were hard for the region.",
        "The home side won 2-1 on Sunday.",
        "The motion passed 52-48 after a long debate.",
        "COVID-19 reached the camps early.",
    ],
)
def test_not_quantities(sentence: str) -> None:
    assert find_quantities(with_dates(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "value", "casualty"),
    [
        ("Gunmen killed 12 people at a checkpoint.", 12, "killed"),
        ("12 people were killed in the blast.", 12, "killed"),
        ("At least 30 dead after the flood.", 30, "dead"),
        ("The bombings claimed the lives of hundreds of villagers.", 100, "killed"),
        ("The shelling wounded 14 civilians.", 14, "wounded"),
        ("Seven villagers were fatally shot during a firefight.", 7, "killed"),
        ("Nine soldiers were injured in the ambush.", 9, "injured"),
        ("Forty fishermen are missing after the storm.", 40, "missing"),
        ("The fighting displaced 5,000 families.", 5_000, "displaced"),
        ("Hundreds of young conscripts died at the front.", 100, "dead"),
        ("The fire killed one firefighter.", 1, "killed"),
        ("A prominent journalist was killed in the capital.", 1, "killed"),
        ("Rebels said 200 recruits had joined them.", 200, None),
        ("Twelve gunmen killed a guard at the gate.", 12, None),
        # a headline's present tense, as "kill" already was
        ("Air strikes kill five people and injure ten others.", 10, "injured"),
        ("Rebels detain nine aid workers in Yemen.", 9, "detained"),
        # a count of deaths says nothing of the count listed before it
        ("The outbreak has caused nine cases and eight deaths.", 9, None),
        # a number a toll or "the number of" names takes the role that names
        ("The death toll rose to 14 on Friday.", 14, "killed"),
        ("The number of displaced people has risen to 2,000.", 2_000, "displaced"),
    ],
)
def test_casualty_counts(sentence: str, value: float, casualty: str | None) -> None:
    found = [q for q in find_quantities(with_dates(sentence)) if q.value == value]
    assert found, sentence
    assert found[0].casualty == casualty


def test_lives_and_displacement_units() -> None:
    doc = with_dates(
        "The siege cost the lives of thousands of residents and the displacement of millions."
    )
    lives, displaced = find_quantities(doc)
    assert (lives.unit, lives.casualty) == ("lives", "killed")
    assert (displaced.value, displaced.unit, displaced.casualty) == (
        1_000_000,
        "people displaced",
        "displaced",
    )


def test_offsets_and_sentence_ids() -> None:
    doc = with_dates("The town was quiet. Later, over 18,000 fighters arrived.")
    (quantity,) = find_quantities(doc)
    assert doc.text[quantity.start : quantity.end] == quantity.text == "over 18,000"
    assert quantity.sentence == 1


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "qualifier"),
    [
        ("The talks lasted three days.", 3, "days", "exact"),
        ("The war has raged for more than a decade.", 10, "years", "more_than"),
        ("The insurgency has simmered for nearly two decades.", 20, "years", "approx"),
        ("Both sides accepted a two-week ceasefire.", 2, "weeks", "exact"),
        ("Kyiv proposed a 30-day truce.", 30, "days", "exact"),
        ("Raids went on for the last five years.", 5, "years", "exact"),
    ],
)
def test_durations_are_counted(sentence: str, value: float, unit: str, qualifier: str) -> None:
    quantity = only(sentence)
    assert (quantity.value, quantity.unit, quantity.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The blast killed 25 people and injured 60 others.", 60, "people injured"),
        ("Troops shot dead two militants, and four of them were teenagers.", 4, "militants"),
        ("Medics moved 17 injured people to the hospital.", 17, "people injured"),
        ("Seven other people died in the siege.", 7, "people dead"),
        ("Soldiers killed all six attackers.", 6, "attackers killed"),
        ("The death toll had risen to at least 63 by Sunday.", 63, "people killed"),
        ("A mine blast kills 18 people, including three children, and injures ten others.",
         10, "people injured"),
        ("A gunman kills one person and injures six others.", 6, "people injured"),
        ("A drone strike kills a woman and injures two others.", 2, "people injured"),
        ("Of the 29 people on board, 27 were killed.", 29, "people"),
        ("Of the 29 people on board, 27 were killed.", 27, "people killed"),
        ("The typhoon left at least 15,000 stranded at ports.", 15_000, "people stranded"),
        ("He was killed along with two others in the raid.", 2, "people killed"),
        ("Gunmen abducted 20 students on Monday. Eight of them were later released.", 8,
         "students"),
        ("Five soldiers died on Monday. Three others were wounded.", 3, "people wounded"),
        ("The ambush resulted in injuries to six border guards.", 6, "guards injured"),
        ("Police confirmed the arrest of 14 suspects in Lagos.", 14, "suspects detained"),
        ("Russian strikes killed 30 civilians, including 12 in Kharkiv.", 12, "civilians killed"),
        ("Rebels detained two more UN staff, bringing the total number of detained UN "
         "personnel to 53.", 53, "personnel detained"),
        ("The number of injured police officers rises to 568.", 568, "officers injured"),
    ],
)
def test_others_and_roles_take_the_counted_noun(sentence: str, value: float, unit: str) -> None:
    found = [q for q in find_quantities(with_dates(sentence)) if q.value == value]
    assert [q.unit for q in found] == [unit]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Inspectors visited all three sites.", [(3, "sites")]),
        ("These eleven firms were designated on Friday.", [(11, "firms")]),
        ("The two leaders met in Paris.", []),
        ("The three of them were arrested.", []),
    ],
)
def test_a_definite_count_counts_unless_it_points_back(
    sentence: str, counted: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(with_dates(sentence))] == counted


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officials said 31 people, including 23 police officers, lost their lives.",
            [(31, "people dead"), (23, "officers dead")],
        ),
        (
            "At least seven, including four children, died.",
            [(7, "people dead"), (4, "children dead")],
        ),
        (
            "A blast killed an aid worker and nine local guards.",
            [(1, "worker killed"), (9, "guards killed")],
        ),
        (
            "He said 18 guards, three drivers and five passengers were among those killed.",
            [(18, "guards killed"), (3, "drivers killed"), (5, "passengers killed")],
        ),
        (
            "Militants killed 5 villagers and 3 soldiers fled the post.",
            [(5, "villagers killed"), (3, "soldiers")],
        ),
        (
            "Over 15 months, 900 fighters have been killed, along with 60 police officers.",
            [(15, "months"), (900, "fighters killed"), (60, "officers killed")],
        ),
        ("All 189 on the plane died in the crash.", [(189, "people dead")]),
        ("By Saturday, two of the gunman's victims had died.", [(2, "victims dead")]),
        (
            "The ambush left 16 soldiers dead and 11 wounded.",
            [(16, "soldiers dead"), (11, "soldiers wounded")],
        ),
        ("Some 12 million people were forced from their homes.", [(12e6, "people displaced")]),
        (
            "The gunman killed a woman and injured at least nineteen others.",
            [(1, "woman killed"), (19, "people injured")],
        ),
        (
            "Two officials said 40 detainees, including 23 migrants, were flown out.",
            [(2, "officials"), (40, "detainees"), (23, "migrants")],
        ),
    ],
)
def test_casualty_roles_spread_over_one_group_of_victims(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(with_dates(sentence))] == expected


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        ("The war displaced 1.2 million people, or a fifth of the country.", 20, "exact"),
        ("The strikes cut nearly half of the kingdom's oil output.", 50, "approx"),
        ("Rebels hold about one-third of the territory.", 33.3, "approx"),
        ("Two-thirds of senators must vote to convict.", 66.7, "exact"),
    ],
)
def test_fractions_of_a_whole_are_percentages(sentence: str, value: float, qualifier: str) -> None:
    shares = [q for q in find_quantities(with_dates(sentence)) if q.unit == "percent"]
    assert [(q.value, q.qualifier) for q in shares] == [(value, qualifier)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cases rose in the second half of the year.",
        "He shared his half of the prize.",
        "Zamora, 67, attended the hearing on Monday.",
        "Another brother, 22, was still chained to a bed when found.",
        "The former agent died on Saturday, aged 78, at home.",
        "The actress died at the age of 95.",
    ],
)
def test_shares_of_time_and_ages_are_no_quantities(sentence: str) -> None:
    assert find_quantities(with_dates(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("In Gaza, 40, including children, were wounded.", 40, "people wounded"),
        ("Rescuers found bodies, raising the death toll from fourteen to 31.", 31, "people killed"),
        ("The death toll rose to 22 on Monday.", 22, "people killed"),
        ("The number of refugees in the camp fell to 230,000 last year.", 230_000, "refugees"),
        ("The number of people killed has risen to 63.", 63, "people killed"),
        ("A number of officials said 40 were hurt.", 40, "people injured"),
    ],
)
def test_bare_counts_take_their_unit_from_the_context(
    sentence: str, value: float, unit: str
) -> None:
    found = [q for q in find_quantities(with_dates(sentence)) if q.value == value]
    assert [q.unit for q in found] == [unit]


@pytest.mark.parametrize(
    "text",
    ["ab1" * 7_000, ".,;-" * 5_000, "a@" * 10_000, "1-" * 10_000],
)
def test_long_runs_without_spaces_give_exact_spans(text: str) -> None:
    """Runs with no spaces (a regular expression that backtracks would not return on these;
    their speed is measured by `dossier bench`, not here) give only quantities whose offsets
    hold."""
    for quantity in find_quantities(Document(id="long", text=text)):
        assert text[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("A helicopter carrying former senator John Walker and eight others crashed.", "people"),
        ("Police arrested Mohammed Ali and three others on Monday.", "people"),
        ("Officials met envoys from Iran and two others on Sunday.", ""),
    ],
)
def test_others_after_a_persons_name_are_people(sentence: str, unit: str) -> None:
    """Others after a person's name are people; after a state's, nothing the text names
    (and a number that counts nothing named is no quantity)."""
    quantities = analyze(sentence, published="2020-01-27").quantities
    assert [q.unit for q in quantities] == ([unit] if unit else [])


def test_quantities_bound_words_before_a_number_and_a_spaced_money_range() -> None:
    doc = analyze(
        "The number of infected people may exceed 1,000. Violators can be fined up to about "
        "$47,000. China claims rights beyond 370 kilometers from its coast. Pakistan is "
        "negotiating a loan valued at $6 - $8 billion."
    )
    assert [(q.value, q.qualifier) for q in doc.quantities] == [
        (1000, "more_than"), (47000, "up_to"), (370, "more_than"), (6e9, "range")
    ]


def test_quantities_passengers_taken_hostage_are_abducted() -> None:
    doc = analyze("The separatists said they had taken more than 100 passengers hostage.")
    assert [(q.value, q.unit, q.casualty) for q in doc.quantities] == [
        (100, "passengers abducted", "abducted")
    ]


def test_quantities_the_number_of_a_noun_reaches_a_figure_a_dozen_words_on() -> None:
    doc = analyze(
        "The number of refugees in Dadaab declined to the current figure of 230,000 after "
        "the agreement."
    )
    assert [(q.value, q.unit) for q in doc.quantities] == [(230000, "refugees")]


def test_quantities_others_after_one_of_a_noun_the_same_in_the_plural_are_that_noun() -> None:
    doc = analyze(
        "The bomber struck a convoy, killing one security personnel and injuring four others."
    )
    assert [(q.value, q.unit) for q in doc.quantities] == [
        (1, "personnel killed"), (4, "personnel injured")
    ]
