"""Rules of dossier.extract.attributions over hand-built parses (no trained model needed)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.extract.attributions import find_attributions
from tests.extract.test_events import make_document

CASES = [
    # "According to X, ...": the rest of the sentence is the claim
    (
        "According/2/case/VERB/accord to/0/fixed/ADP/to Reuters/5/obl/PROPN/Reuters "
        ",/2/punct/PUNCT/, Iran/5/nsubj/PROPN/Iran attacked/5/ROOT/VERB/attack "
        "Israel/5/obj/PROPN/Israel ./5/punct/PUNCT/.",
        {"Reuters": ("MEDIA", [2]), "Iran": ("STATE", [4]), "Israel": ("STATE", [6])},
        [("Reuters", "MEDIA", "e1", "Iran attacked Israel")],
    ),
    # a name the parser hung on the role noun before it ("spokesperson Andrea Tenenti")
    (
        "spokesperson/3/nsubj/NOUN/spokesperson Ann/0/flat/PROPN/Ann Lee/1/flat/PROPN/Lee "
        "said/3/ROOT/VERB/say Iran/5/nsubj/PROPN/Iran attacked/3/ccomp/VERB/attack "
        "Israel/5/obj/PROPN/Israel ./3/punct/PUNCT/.",
        {"Ann Lee": ("PERSON", [1, 2]), "Iran": ("STATE", [4]), "Israel": ("STATE", [6])},
        [("spokesperson Ann Lee", "OFFICIAL", "e1", "Iran attacked Israel")],
    ),
    # reporting verb with a complement clause; a description as source
    (
        "US/2/compound/PROPN/US intelligence/2/compound/NOUN/intelligence "
        "sources/3/nsubj/NOUN/source said/3/ROOT/VERB/say that/6/mark/SCONJ/that "
        "Iran/6/nsubj/PROPN/Iran paid/3/ccomp/VERB/pay Hamas/6/obj/PROPN/Hamas "
        "./3/punct/PUNCT/.",
        {"United States": ("STATE", [0]), "Iran": ("STATE", [5]), "Hamas": ("ARMED_GROUP", [7])},
        [("US intelligence sources", "ANONYMOUS_OFFICIAL", None, "Iran paid Hamas")],
    ),
    (
        "Security/1/compound/NOUN/security analysts/2/nsubj/NOUN/analyst "
        "argue/2/ROOT/VERB/argue that/6/mark/SCONJ/that the/5/det/DET/the "
        "truce/6/nsubj/NOUN/truce failed/2/ccomp/VERB/fail ./2/punct/PUNCT/.",
        {},
        [("Security analysts", "EXPERT", None, "the truce failed")],
    ),
    # the clause after a semicolon, hung on the claim by the parser, is not reported
    (
        "Security/1/compound/NOUN/security analysts/2/nsubj/NOUN/analyst "
        "argue/2/ROOT/VERB/argue the/4/det/DET/the truce/5/nsubj/NOUN/truce "
        "failed/2/ccomp/VERB/fail ;/9/punct/PUNCT/; the/8/det/DET/the "
        "army/9/nsubj/NOUN/army attacked/5/parataxis/VERB/attack ./2/punct/PUNCT/.",
        {},
        [("Security analysts", "EXPERT", None, "the truce failed")],
    ),
    # noun sourcing: "statements by X regarding ..."
    (
        "Statements/4/nsubj/NOUN/statement by/3/case/ADP/by military/3/amod/ADJ/military "
        "officials/0/nmod/NOUN/official alarmed/4/ROOT/VERB/alarm "
        "Baghdad/4/obj/PROPN/Baghdad regarding/8/case/VERB/regard the/8/det/DET/the "
        "redeployment/0/nmod/NOUN/redeployment ./4/punct/PUNCT/.",
        {"Iraq": ("STATE", [5])},
        [("military officials", "OFFICIAL", None, "regarding the redeployment")],
    ),
    # passive sourcing: "is described by X as ..."
    (
        "The/1/det/DET/the retreat/3/nsubj:pass/NOUN/retreat is/3/aux:pass/AUX/be "
        "described/3/ROOT/VERB/describe by/6/case/ADP/by many/6/amod/ADJ/many "
        "circles/3/obl:agent/NOUN/circle as/9/case/ADP/as a/9/det/DET/a "
        "blunder/3/obl/NOUN/blunder ./3/punct/PUNCT/.",
        {},
        [("many circles", "ANONYMOUS", None,
          "The retreat is described by many circles as a blunder")],
    ),
    # a full clause before "..., an official said" is the claim; an unnamed official
    (
        "Blinken/2/nsubj:pass/PROPN/Blinken is/2/aux:pass/AUX/be expected/8/advcl/VERB/expect "
        "to/4/mark/PART/to arrive/2/xcomp/VERB/arrive ,/2/punct/PUNCT/, a/7/det/DET/a "
        "official/8/nsubj/NOUN/official said/8/ROOT/VERB/say ./8/punct/PUNCT/.",
        {"Blinken": ("PERSON", [0])},
        [("a official", "ANONYMOUS_OFFICIAL", None, "Blinken is expected to arrive")],
    ),
    # two subjects of a parenthetical report: the nearest is the source
    (
        "A/1/det/DET/a cut/4/nsubj/NOUN/cut ,/1/punct/PUNCT/, they/4/nsubj/PRON/they "
        "warn/7/parataxis/VERB/warn ,/4/punct/PUNCT/, would/7/aux/AUX/would "
        "hurt/7/ROOT/VERB/hurt Iraq/7/obj/PROPN/Iraq ./7/punct/PUNCT/.",
        {"Iraq": ("STATE", [8])},
        [],
    ),
    # "When one observes ...": a condition with a generic subject reports nothing
    (
        "When/2/mark/SCONJ/when one/2/nsubj/PRON/one observes/6/advcl/VERB/observe "
        "Iraq/4/nsubj/PROPN/Iraq celebrating/2/ccomp/VERB/celebrate ,/2/punct/PUNCT/, "
        "it/6/nsubj/PRON/it is/6/ROOT/AUX/be ./6/punct/PUNCT/.",
        {"Iraq": ("STATE", [3])},
        [],
    ),
    # a place phrase the parser hung inside the source's name stays out of it
    (
        "In/1/case/ADP/in Tehran/3/obl/PROPN/Tehran ,/1/punct/PUNCT/, "
        "spokesman/4/nmod:desc/NOUN/spokesman Kanaani/5/nsubj/PROPN/Kanaani "
        "warned/5/ROOT/VERB/warn that/8/mark/SCONJ/that Iran/8/nsubj/PROPN/Iran "
        "attacked/5/ccomp/VERB/attack Israel/8/obj/PROPN/Israel ./5/punct/PUNCT/.",
        {"Kanaani": ("PERSON", [4]), "Iran": ("STATE", [7]), "Israel": ("STATE", [9])},
        [("spokesman Kanaani", "PERSON", "e1", "Iran attacked Israel")],
    ),
    # a verb that is not a reporting verb gives nothing
    (
        "Iran/1/nsubj/PROPN/Iran attacked/1/ROOT/VERB/attack Israel/1/obj/PROPN/Israel "
        "./1/punct/PUNCT/.",
        {"Iran": ("STATE", [0]), "Israel": ("STATE", [2])},
        [],
    ),
]


@pytest.mark.parametrize(("spec", "entities", "expected"), CASES)
def test_find_attributions(spec: str, entities: dict, expected: list) -> None:
    doc = make_document(spec, entities)
    found = [
        (a.source_text, a.source_type, a.source, a.claim.text) for a in find_attributions(doc)
    ]
    assert found == expected


def test_find_attributions_ids_and_offsets() -> None:
    doc = make_document(CASES[0][0], CASES[0][1])
    [attribution] = find_attributions(doc)
    assert attribution.id == "A1"
    assert doc.text[attribution.claim.start:attribution.claim.end] == attribution.claim.text
    assert attribution.cue == "according to"


def test_find_attributions_source_never_cuts_an_actor_name() -> None:
    spec = (
        "The/1/det/DET/the Observatory/4/nsubj/PROPN/Observatory for/3/case/ADP/for "
        "Rights/1/nmod/PROPN/Rights said/4/ROOT/VERB/say Iran/6/nsubj/PROPN/Iran "
        "attacked/4/ccomp/VERB/attack Israel/6/obj/PROPN/Israel ./4/punct/PUNCT/."
    )
    doc = make_document(spec, {"Observatory for Rights": ("MEDIA", [1]), "Iran": ("STATE", [5])})
    observatory = doc.entities[0].mentions[0]
    observatory.end = doc.text.index("Rights") + len("Rights")  # the name's whole span
    [attribution] = find_attributions(doc)
    assert attribution.source_text == "Observatory for Rights"
    assert attribution.source == "e1"


# Through the shipped pipeline: the source and claim boundaries the engine draws itself.


def _pairs(text: str) -> list[tuple[str | None, str, str]]:
    import dossier

    doc = dossier.analyze(text)
    names = {e.id: e.name for e in doc.entities}
    return [(names.get(a.source or ""), a.source_text, a.claim.text) for a in doc.attributions]


def test_an_apposed_name_is_the_source_of_its_role_noun() -> None:
    found = _pairs(
        "Speaking at the Security Council this week, Kenya's ambassador to the United "
        "Nations, Martin Kimani, said the sanctions were failing."
    )
    assert [(name, claim) for name, _, claim in found] == [
        ("Martin Kimani", "the sanctions were failing")
    ]
    assert not found[0][1].startswith("Speaking")


def test_the_role_noun_after_a_quote_is_the_person_quoted_before() -> None:
    found = _pairs(
        "“We have no contact with the crew,” said railway controller Tariq Mehmood. "
        "“The area has no signal,” the railway official said."
    )
    assert [name for name, _, _ in found] == ["Tariq Mehmood", "Tariq Mehmood"]


def test_the_role_noun_is_no_one_named_inside_a_quotation() -> None:
    found = _pairs(
        "A State Department spokesperson expressed sorrow. “We saw reports of Jimmy Cherizier's "
        "escape from prison yesterday,” the spokesperson told VOA."
    )
    assert found[-1][0] is None


def test_a_role_noun_with_a_before_it_stays_anonymous() -> None:
    found = _pairs(
        "“We have no contact with the crew,” said railway controller Tariq Mehmood. "
        "“The area has no signal,” a railway official said."
    )
    assert found[-1][0] is None


def test_the_cues_time_word_is_not_the_claims_start() -> None:
    found = _pairs("The Egyptian envoy said Monday the talks had failed.")
    assert found[0][2] == "the talks had failed"
    found = _pairs("The minister said Monday's attack killed five people.")
    assert found[0][2].startswith("Monday's attack")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The G7 reaffirmed that the ceasefire must be unconditional.",
         "the ceasefire must be unconditional"),
        ("Blinken reiterated that Washington would not recognize the vote.",
         "Washington would not recognize the vote"),
        ("Mitsotakis underlined that they keep channels to Turkey open.",
         "they keep channels to Turkey open"),
        ("Rubio clarified that the minerals deal was not the focus of the talks.",
         "the minerals deal was not the focus of the talks"),
        ("Pelosi mentioned that the House will appoint impeachment managers.",
         "the House will appoint impeachment managers"),
    ],
)
def test_restating_verbs_report_their_clause(text: str, claim: str) -> None:
    assert [c for _, _, c in _pairs(text)] == [claim]


def test_what_underscores_a_point_is_no_source() -> None:
    text = "The importance of the talks is now underscored by the execution of hostages."
    assert _pairs(text) == []


def test_a_denied_report_is_no_attribution() -> None:
    assert _pairs("The governor did not confirm the death of the driver.") == []


def test_a_quotation_of_several_sentences_is_one_claim() -> None:
    found = _pairs(
        "“The area has no signal. They stopped the train where there is no coverage,” "
        "the railway official said."
    )
    assert [claim for _, _, claim in found] == [
        "The area has no signal. They stopped the train where there is no coverage"
    ]


def test_a_cue_inside_a_quotation_does_not_reach_back_to_its_opening() -> None:
    found = _pairs(
        "Director General Rafael Grossi: “Two buildings were hit. The plant was damaged, "
        "with the US confirming that it used heavy munitions.”"
    )
    assert all(not claim.startswith("Two buildings") for _, source, claim in found
               if source == "US")


def test_a_subject_inside_the_quotation_is_not_its_speaker() -> None:
    found = _pairs(
        '"The region will stay a hotbed, but even more with an unstable Turkey," said '
        "former ambassador Ahmet Kaya."
    )
    assert all("Turkey" not in source for _, source, _ in found)


def test_according_to_after_words_joined_to_the_sentence_reports_what_follows() -> None:
    found = _pairs(
        "Key findings According to the Global Peace Index 2025 released last week, deaths from "
        "conflict rose by a third compared to 2023."
    )
    assert [claim for _, _, claim in found] == [
        "deaths from conflict rose by a third compared to 2023"
    ]


@settings(max_examples=300, deadline=None)
@given(
    spans=st.lists(
        st.tuples(st.integers(0, 60), st.integers(1, 15)), min_size=0, max_size=12
    ),
    start=st.integers(0, 70),
    length=st.integers(1, 20),
)
def test_a_source_grows_over_the_mentions_it_cuts_as_a_scan_in_entity_order_would(
    spans: list[tuple[int, int]], start: int, length: int
) -> None:
    from dossier.document import Document, Entity, Mention
    from dossier.extract.attributions import _Mentions

    text = "x" * 100
    entities = [
        Entity(id=f"e{n}", name="x", type="PERSON",
               mentions=[Mention(start=s, end=s + w, text=text[s:s + w], sentence=0)])
        for n, (s, w) in enumerate(spans)
    ]
    doc = Document(id="d", text=text, entities=entities)
    expected = (start, start + length)
    for entity in entities:  # the plain scan the index replaces
        for mention in entity.mentions:
            if mention.start < expected[1] and expected[0] < mention.end:
                expected = (min(expected[0], mention.start), max(expected[1], mention.end))
    assert _Mentions(doc).grown(start, start + length) == expected


def test_he_is_not_a_name_that_only_modifies_a_noun() -> None:
    found = _pairs(
        "Fu Cong blamed the Trump administration for disrupting the deal, but he said "
        "China hopes there can be a new deal before October."
    )
    assert [name for name, _, claim in found if claim.startswith("China")] == ["Fu Cong"]


def test_she_is_the_speaker_not_a_name_inside_her_claim() -> None:
    found = _pairs(
        "Lucy Mtilatila, director of the weather service, told VOA that Cyclone Jude had "
        "moved to Mozambique. “Right now, the threat of the cyclone is almost over,” she said."
    )
    assert [name for name, _, _ in found] == ["Lucy Mtilatila", "Lucy Mtilatila"]


def test_a_quotation_may_open_straight_and_close_curly() -> None:
    found = _pairs(
        "Officials spoke on Sunday. \"Bring the jobs home, bring the wealth home.” "
        "“It is a big problem,” Kevin Hassett said. “Get the cartels out of Canada.\" "
        "Canada rejected the claim."
    )
    assert [claim for _, _, claim in found] == [
        "It is a big problem", "Get the cartels out of Canada"
    ]


def test_he_after_a_quote_is_the_subject_before_not_a_name_inside_the_quote() -> None:
    found = _pairs(
        "Thomas Countryman, a former State Department official, said the visas were denied. "
        "Countryman sees the move as reflecting new priorities under President Joe Biden. "
        "“The administration made several designations similar to that affecting "
        "Mr. Berisha,” he said. He said the news did not surprise him."
    )
    assert [name for name, _, _ in found] == ["Thomas Countryman"] * 3


def test_a_name_apposed_after_a_lower_case_role_is_the_source() -> None:
    found = _pairs(
        "The study's lead author, doctoral candidate Maninder Thind, said the emissions "
        "were modeled on wind patterns."
    )
    assert [name for name, _, _ in found] == ["Maninder Thind"]


def test_a_continued_quotation_is_its_speakers_not_a_source_it_cites() -> None:
    found = _pairs(
        "The U.S. stance hardened on Monday. “As reported by the International Atomic Energy "
        "Agency Director General, Tehran continues to accelerate its production of enriched "
        "uranium,” the U.S. Mission to the United Nations said in a statement. “It is also "
        "the only country in the world without nuclear weapons producing such uranium.”"
    )
    assert [source for _, source, claim in found if claim.startswith("It is also")] == [
        "U.S. Mission"
    ]


def test_according_to_between_the_claim_and_a_trailing_clause_reports_what_precedes() -> None:
    found = _pairs(
        "Sixty-six people were injured yesterday according to health officials, ranging in "
        "age from eleven to 75."
    )
    assert [claim for _, _, claim in found] == ["Sixty-six people were injured yesterday"]


def test_a_turn_ends_at_the_next_turns_label_the_cleaner_joined_to_it() -> None:
    found = _pairs(
        "Q: Is the ceasefire holding?\n\nAIDE: Sorry, guys. We have to go now. We are "
        "going to —\n\nMR. KIRBY: We have seen no indication that the ceasefire was broken."
    )
    assert all("KIRBY" not in claim for _, _, claim in found)
    assert ("Aide", "Sorry, guys. We have to go now. We are going to") in [
        (source, claim) for _, source, claim in found
    ]


def test_a_title_before_an_apposed_name_gives_the_name() -> None:
    found = _pairs(
        "U.S. Air Force Chief of Staff, General Dave Goldfein said the plane was an E-11A "
        "equipped with a relay node."
    )
    assert [name for name, _, _ in found] == ["Dave Goldfein"]


def test_the_statement_stands_for_the_source_of_the_statement_just_named() -> None:
    found = _pairs(
        "“We call on Russia to accept the ceasefire,” the foreign ministers said in a joint "
        "statement on Friday. The statement said the ministers affirmed their support for "
        "Ukraine. Reuters reported that the talks had failed. The statement said the "
        "ministers would meet again."
    )
    assert [source for _, source, _ in found] == [
        "the foreign ministers", "the foreign ministers", "Reuters", "The statement"
    ]


def test_a_role_with_its_own_office_named_is_not_the_person_quoted_before() -> None:
    found = _pairs(
        "Joe Biden said the talks would resume. The President of Iran said the talks had "
        "failed."
    )
    assert [name for name, _, _ in found] == ["Joe Biden", None]


def test_an_agency_is_a_news_outlet_only_as_a_news_agency() -> None:
    import dossier

    types = [
        a.source_type
        for text in (
            "The French health agency said 40 people had died in the heat wave.",
            "The state news agency said the talks had failed.",
        )
        for a in dossier.analyze(text).attributions
    ]
    assert types == ["ORGANIZATION", "MEDIA"]


def test_a_claim_keeps_the_mark_that_closes_its_quotation() -> None:
    found = _pairs("Ruto said the ministry's figures were “plainly wrong”.")
    assert [claim for _, _, claim in found] == ["the ministry's figures were “plainly wrong”"]


def test_a_name_with_a_modified_noun_for_its_apposition_is_the_one_who_speaks() -> None:
    found = _pairs("Mithat Rende, a former Turkish ambassador, said the sanctions would hurt.")
    assert [(name, claim) for name, _, claim in found] == [
        ("Mithat Rende", "the sanctions would hurt")
    ]


def test_a_claim_keeps_its_subject_past_an_apposition() -> None:
    found = _pairs("Nigeria's army said the commander, a veteran of the war, had been captured.")
    assert [claim for _, _, claim in found] == [
        "the commander, a veteran of the war, had been captured"
    ]


def test_he_said_after_a_quotation_is_the_person_quoted_just_before() -> None:
    import dossier

    doc = dossier.analyze(
        "Donald Trump is keeping new tariffs in place on Mexico, top White House economic "
        'officials said Sunday. "If fentanyl ends, I think these [tariffs] will come off,” '
        "Commerce Secretary Howard Lutnick told NBC’s “Meet the Press” show. “But if fentanyl "
        "does not end, or he's uncertain about it, he will stay this way until he is "
        "comfortable,” he said. Former ambassador Jean-Marc Simon told RFI he believed the "
        "strike was an error. Lawyer Lionel Bethune de Moro told AFP he believes the attack "
        "was deliberate."
    )
    names = {e.id: e.name for e in doc.entities}
    sources = {a.claim.text[:20]: names.get(a.source or "") for a in doc.attributions}
    assert sources.get("But if fentanyl does") == "Howard Lutnick"
    assert sources.get("the attack was delibe") in (None, "")


def test_a_person_named_right_after_the_speakers_role_speaks_however_the_name_is_parsed() -> None:
    import dossier

    for text, source in [
        ("“Wind is cheap,” said Iberdrola engineer Alonso Soberon of renewables, citing lower "
         "costs.", "Alonso Soberon"),
        ("The spokesman told reporters that Ahmed Said had been arrested.", None),
        # the parser cut the sentence after the role's comma: the name set off by commas
        ("According to the spokesman, Chris Kervick, ten fighters died.", "Chris Kervick"),
        ("According to the mayor, Biden promised aid to the city.", None),
    ]:
        doc = dossier.analyze(text)
        names = {e.id: e.name for e in doc.entities}
        assert [names.get(a.source or "") for a in doc.attributions] == [source], text


@pytest.mark.parametrize(
    ("text", "source"),
    [  # a poll, study or review is a document, its author the source
        ("According to a study by Reuters, 300 ships were delayed.", "Reuters"),
        ("According to a review by VOA's Mandarin Service, the posts were removed.",
         "VOA's Mandarin Service"),
    ],
)
def test_a_document_noun_after_according_to_gives_its_author(text: str, source: str) -> None:
    found = _pairs(text)
    assert [name for name, _, _ in found] == [source], found


def test_a_determination_is_a_claim_but_not_a_question_left_open() -> None:
    found = _pairs("The court determined that the driver's record made him a danger to the "
                   "public.")
    claims = [claim for _, _, claim in found]
    assert claims == ["the driver's record made him a danger to the public"], found
    assert _pairs("The actions of those involved will determine whether the government imposes "
                  "sanctions.") == []
