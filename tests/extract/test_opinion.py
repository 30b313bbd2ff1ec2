"""Sentence kinds and opinion scores: one test per rule, on sentences written for the tests."""

from __future__ import annotations

import pytest

from dossier.document import Attribution, TextSpan
from dossier.extract.opinion import classify_sentences, sentence_features
from tests.extract.helpers import make_doc


def classify(sentence: str) -> tuple[str, float, bool]:
    (result,) = classify_sentences(make_doc(sentence))
    return result[:3]


@pytest.mark.parametrize(
    ("sentence", "feature"),
    [
        ("The junta's brutal and despotic rule is a historic blunder.", "evaluative"),
        ("It was the gravest error of his career.", "superlative"),
        ("The plan is utterly unworkable.", "intensifier"),
        ("The council should act now.", "obligation"),
        ("Leaders must face the voters.", "obligation"),
        ("The board ought to resign.", "obligation"),
        ("Perhaps the talks will fail.", "hedge"),
        ("The regime is bound to collapse.", "prediction"),
        ("The rebels will inevitably split.", "prediction"),
        ("We owe the victims an apology.", "person"),
        ("Your silence speaks volumes.", "person"),
        ("Regimes are temporary.", "generic"),
        ("Those who ignore history are doomed to repeat it.", "generic"),
        ("Truth hurts.", "generic"),
        ("The accord is nothing but a sham.", "dismissive"),
        ("Is anyone surprised?", "question"),
        ("The mayor said the plan was flawed.", "attribution"),
        ("According to the agency, the road is closed.", "attribution"),
        ("Residents report frequent shelling by government forces.", "attribution"),
        ("Residents say the road is closed.", "attribution"),
        ("Satellite images indicate that the bridge was destroyed.", "attribution"),
        ("The bridge reopened in 2019.", "date"),
        ("Police arrested 14 people.", "number"),
        ("The governor visited Mosul and met Kurdish officials.", "named"),
        ("The United States condemns the attack on the convoy.", "stance"),
        ("We urge both sides to return to the talks.", "stance"),
        ("The truce could collapse at any moment.", "modal"),
        ("The army withdrew and the rebels seized the town.", "past"),
        ("“The talks are going nowhere,” the envoy said.", "quoted"),
        ("She added, “Nobody in this town trusts the governor.”", "quoted"),
    ],
)
def test_each_cue_is_counted(sentence: str, feature: str) -> None:
    assert sentence_features(sentence)[feature] > 0


def test_we_in_a_quote_counts_for_its_speaker() -> None:
    assert sentence_features('The rebels said: "we will fight on."')["person"] == 1


def test_us_the_country_is_not_first_person() -> None:
    assert sentence_features("The US sent two envoys.")["person"] == 0


def test_may_the_modal_is_not_a_date() -> None:
    assert sentence_features("The ceasefire may not hold.")["date"] == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Dictatorships are always weaker than they look.",
        "The government's cynical and reckless gamble with people's lives is unforgivable.",
        "We should stop pretending that sanctions work.",
        "Any ruler who tortures his people is bound to fall.",
        "The so-called peace plan is little more than a surrender.",
        "History never forgives those who betray their own people.",
        "Europe must finally end its shameful silence.",
        "Corruption is the real enemy of the republic.",
    ],
)
def test_opinions(sentence: str) -> None:
    kind, score, is_question = classify(sentence)
    assert (kind, is_question) == ("opinion", False)
    assert score >= 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "The defence ministry said on Tuesday that 14 soldiers were killed near Kirkuk.",
        "According to the health ministry, 320 patients were treated in 2022.",
        "Rebel fighters captured the airport in Tripoli after a two-day battle.",
        "The parliament approved the budget by 154 votes to 80 on Monday.",
        "Officials in Kabul reported that the convoy reached Herat.",
        "Residents report frequent shelling of the town by government forces.",
        "The prime minister met the Turkish foreign minister in Ankara in March 2021.",
    ],
)
def test_facts(sentence: str) -> None:
    kind, score, _ = classify(sentence)
    assert kind == "fact"
    assert score < 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition leader said the election was a disgraceful sham.",
        "Analysts argued that the sanctions were a costly mistake.",
    ],
)
def test_reported_judgments_are_opinions(sentence: str) -> None:
    assert classify(sentence)[0] == "opinion"


def test_a_reported_opinion_is_held_by_its_attribution() -> None:
    text = "Critics see the law as a reckless and shameful betrayal that must be repealed."
    doc = make_doc(text)
    assert classify_sentences(doc)[0][3] == "author"
    doc.attributions.append(
        Attribution(
            id="A1",
            source_text="Critics",
            source_type="ANONYMOUS",
            cue="see",
            claim=TextSpan(start=12, end=len(text) - 1, text=text[12:-1]),
            sentence=0,
        )
    )
    kind, _, _, holder = classify_sentences(doc)[0]
    assert (kind, holder) == ("opinion", "A1")


def test_facts_have_no_holder() -> None:
    (result,) = classify_sentences(make_doc("Police arrested 14 people in Basra on Monday."))
    assert (result[0], result[3]) == ("fact", None)


@pytest.mark.parametrize(
    ("sentence", "rhetorical"),
    [
        ("How long will the world keep looking away from this brutal war?", True),
        ("Will our leaders ever learn?", True),
        ("When did the ministry publish its report on the 2019 floods?", False),
    ],
)
def test_questions(sentence: str, rhetorical: bool) -> None:
    kind, score, is_question = classify(sentence)
    assert (kind, is_question) == ("question", True)
    assert (score >= 0.5) is rhetorical


def test_headings_stay_headings_and_keep_is_question() -> None:
    doc = make_doc(
        "Why Did the Talks Collapse?\n\nThe talks collapsed on Monday."
        "\n\nA Lost Decade\n\nIt is over.",
        headings={0, 2},
    )
    kinds = [(kind, is_question) for kind, _, is_question, _ in classify_sentences(doc)]
    assert kinds[0] == ("heading", True)
    assert kinds[2] == ("heading", False)
    assert kinds[1][0] == "fact"


def test_one_result_per_sentence_and_scores_in_range_without_spacy() -> None:
    doc = make_doc("Regimes are temporary. The army withdrew in 2012. Is this the end?")
    assert "spacy" not in doc.layers
    results = classify_sentences(doc)
    assert len(results) == len(doc.sentences)
    assert all(0.0 <= score <= 1.0 for _, score, _, _ in results)


def test_a_quoted_word_in_a_report_does_not_make_it_a_quotation() -> None:
    assert sentence_features('The ministry called the claims "baseless" on Monday.')["quoted"] == 0


def test_a_reported_characterisation_is_its_sources_opinion() -> None:
    import dossier

    doc = dossier.analyze("The foreign ministry called the accusations baseless in a statement.")
    [sentence] = doc.sentences
    [attribution] = doc.attributions
    assert (sentence.kind, sentence.opinion_holder) == ("opinion", attribution.id)
    plain = dossier.analyze("The foreign ministry called the ambassador on Tuesday.")
    assert plain.sentences[0].kind == "fact"


@pytest.mark.parametrize(
    ("sentence", "feature", "count"),
    [
        # praise is a judgment as much as blame
        ("Officials hailed the raid as a resounding success.", "evaluative", 1),
        ("It was a highly successful operation.", "evaluative", 1),
        ("He was a stellar diplomat.", "evaluative", 1),
        ("Releasing the prisoners was the right thing to do.", "evaluative", 1),
        ("The minister is doing a good job.", "evaluative", 1),
        ("The truce is a positive step toward peace.", "evaluative", 1),
        ("The blockade was a complete and total failure.", "intensifier", 1),
        # counter-examples: the plain words describe
        ("The satellite launch was successful, the agency said.", "evaluative", 0),
        ("The total death toll rose to 40.", "intensifier", 0),
        ("Two soldiers tested positive for the virus.", "evaluative", 0),
        ("The job was given to a contractor from Basra.", "evaluative", 0),
    ],
)
def test_praise_and_emphatic_wholes_are_counted_plain_words_are_not(
    sentence: str, feature: str, count: int
) -> None:
    assert sentence_features(sentence)[feature] == count


def test_praise_is_an_opinion_a_first_person_action_report_a_fact() -> None:
    assert classify("The operation was a resounding success.")[0] == "opinion"
    assert classify("Last week, we sanctioned the head of the armed forces.")[0] == "fact"


def test_a_quotation_running_on_keeps_its_speaker_as_holder() -> None:
    import dossier

    doc = dossier.analyze(
        "Pifer noted the ceasefire deal “also has language about Ukraine's long-term "
        "security. I think that's important, because there has to be some guarantee for "
        "Ukraine.” The offer is a disgraceful sham."
    )
    [attribution] = [a for a in doc.attributions if a.source_text == "Pifer"]
    holders = [s.opinion_holder for s in doc.sentences]
    assert holders == [attribution.id, attribution.id, "author"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The leaders will launch a dialogue on trade and migration.", 1),
        ("Earlier today, I spoke with the widow of the dissident.", 1),
        ("The two ministers met with tribal elders in Kandahar.", 1),
        # counter-examples: a prescribed, possible or supposed act is not reported
        ("The authorities must release those detained.", 0),
        ("The army may deploy more troops to the border.", 0),
        ("If the council approves the plan, the talks resume.", 0),
        ("Hundreds gathered ahead of the vote.", 0),
    ],
)
def test_reported_acts_are_counted_prescribed_or_supposed_ones_are_not(
    sentence: str, count: int
) -> None:
    assert sentence_features(sentence)["act"] == count


def test_an_announced_plan_and_a_first_person_act_are_facts() -> None:
    assert classify("They will launch a dialogue on trade and migration.")[0] == "fact"
    assert classify("Today, I am announcing new visa restrictions on those officials.")[0] == "fact"
