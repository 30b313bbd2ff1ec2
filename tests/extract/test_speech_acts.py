"""Statements that are acts, and requested or conditional acts, through the shipped
pipeline: what a request asks for is not done, and a clause joined by "but" is not a list
item of the noun before it."""

from __future__ import annotations

import dossier
from dossier.document import Document


def _events(doc: Document) -> list[tuple[str, str | None, str | None]]:
    names = {e.id: e.name for e in doc.entities}
    return [(e.type, names.get(e.source or ""), names.get(e.target or "")) for e in doc.events]


def test_act_inside_a_requested_act_is_not_done() -> None:
    doc = dossier.analyze(
        "Albania said: we urge all UN Member States to join us in condemning the DPRK's "
        "behavior."
    )
    events = _events(doc)
    assert any(t == "REQUEST" and s == "Albania" for t, s, _ in events), events
    assert not any(t == "ACCUSE" for t, _, _ in events), events


def test_second_of_two_requested_acts_is_not_done() -> None:
    events = _events(dossier.analyze(
        "Egypt called on Israel to halt its offensive and end the blockade by allowing aid in."
    ))
    assert ("REQUEST", "Egypt", "Israel") in events, events
    assert not any(s == "Israel" for _, s, _ in events), events


def test_but_joins_no_list_item() -> None:
    events = _events(dossier.analyze(
        "The attack was claimed by the Houthi movement in Yemen, but both Saudi Arabia and "
        "the United States have alleged Iranian involvement."
    ))
    assert any(t == "ASSAULT" and s == "Houthis" for t, s, _ in events), events
    assert not any(
        t == "ASSAULT" and s in {"Saudi Arabia", "United States"} for t, s, _ in events
    ), events


def test_author_judgment_is_no_accusation() -> None:
    events = _events(dossier.analyze(
        "Russia's attacks on the power grid are illegal and unacceptable. Russia will face "
        "severe consequences."
    ))
    assert not any(t in {"ACCUSE", "THREATEN"} for t, _, _ in events), events


def test_endangering_is_no_threat() -> None:
    events = _events(dossier.analyze(
        "Russian actions threaten the peace and stability of Ukraine. Iran threatened the "
        "United States with retaliation."
    ))
    assert ("THREATEN", "Iran", "United States") in events, events
    assert not any(t == "THREATEN" and s == "Russia" for t, s, _ in events), events


def test_decided_act_is_an_intention() -> None:
    doc = dossier.analyze("Russia has decided to withdraw its troops from Kherson.")
    modes = [(e.type, e.mode) for e in doc.events]
    assert ("RETREAT", "hypothetical") in modes, modes


def _modes(text: str) -> list[tuple[str, str | None, str]]:
    doc = dossier.analyze(text)
    names = {e.id: e.name for e in doc.entities}
    return [(e.type, names.get(e.source or ""), e.mode) for e in doc.events]


def test_planned_meeting_is_a_hypothetical_meeting() -> None:
    modes = _modes("NATO foreign ministers will meet in Brussels next week.")
    assert ("CONSULT", "NATO", "hypothetical") in modes, modes
    assert not any(t == "AGREE" for t, _, _ in modes), modes


def test_meeting_offered_on_a_condition_stays_a_promise() -> None:
    modes = _modes(
        "Afghan rebel leaders said on Wednesday they would meet U.N. mediator Diego Cordovez "
        "if he gave them a veto over any settlement."
    )
    assert not any(t == "CONSULT" for t, _, _ in modes), modes


def test_main_clause_of_a_condition_is_hypothetical() -> None:
    modes = _modes(
        "Under the deal, U.N. sanctions can snap back if Tehran does not live up to its "
        "commitments."
    )
    assert [m for t, _, m in modes if t == "SANCTION"] == ["hypothetical"], modes


def test_future_request_is_hypothetical_but_a_threat_is_asserted() -> None:
    modes = _modes(
        "The working group will urge Russia to cut emissions. Secretary Blinken said Russia "
        "will face swift and severe consequences."
    )
    assert ("THREATEN", "Antony Blinken", "asserted") in modes, modes
    assert all(m == "hypothetical" for t, _, m in modes if t == "REQUEST"), modes


def test_what_an_obligation_asks_for_is_not_done() -> None:
    modes = _modes("Secretary Blinken said Russia must end its war and withdraw its forces.")
    assert ("REQUEST", "Antony Blinken", "asserted") in modes, modes
    assert not any(t == "RETREAT" for t, _, _ in modes), modes


def test_stated_support_is_support_and_promised_aid_a_promise() -> None:
    """A stated intent to back someone is the backing itself (event_cues expressed_types);
    an intent to give aid stays a promise (AGREE)."""
    events = _events(dossier.analyze(
        "Until it does, the United States and our allies will stand with Ukraine for as long as "
        "it takes. The United States will provide humanitarian aid to Sudan."
    ))
    assert ("SUPPORT", "United States", "Ukraine") in events, events
    assert ("AGREE", "United States", "Sudan") in events, events


def test_act_after_a_negating_noun_is_a_refusal() -> None:
    """event_cues negating_head_nouns: "its reluctance to endorse" is no endorsement."""
    events = _events(dossier.analyze(
        "The Kremlin signaled its reluctance to fully endorse the U.S. proposal. Iran's "
        "refusal to negotiate with the United States angered Washington."
    ))
    assert ("REJECT", "Kremlin", "United States") in events, events
    assert ("REJECT", "Iran", "United States") in events, events
    assert not any(t in {"SUPPORT", "CONSULT"} for t, _, _ in events), events


def test_the_joined_party_acts_too() -> None:
    """event_cues joining_verbs: "joined Germany in condemning" is Germany's act as well."""
    events = _events(dossier.analyze(
        "The United States joins Canada in calling for full consular access to the detained "
        "citizens. France joined Germany in condemning the attack."
    ))
    assert ("REQUEST", "Canada", None) in events, events
    assert ("ACCUSE", "France", None) in events and ("ACCUSE", "Germany", None) in events, events


def test_issuer_named_by_surname_in_the_title_is_the_first_person() -> None:
    """A statement "by Vice President Harris" whose body never names her: "I" is Harris."""
    doc = dossier.analyze(
        "---\ndate: '2024-08-31'\ntitle: Statement by Vice President Harris on the Hostages\n"
        "---\n\nHamas is an evil terrorist organization. I strongly condemn Hamas' continued "
        "brutality.\n"
    )
    assert ("ACCUSE", "Harris", "Hamas") in _events(doc), _events(doc)


def test_titled_name_the_parser_lists_after_its_title_acts() -> None:
    # "Secretary of State Antony J. Blinken met ...": the parser makes "Secretary" the subject
    # and hangs the name on it as a list item; the name still acts
    for sentence, target in (
        ("Secretary of State Antony J. Blinken met this morning with Kenyan President "
         "William Ruto.", "William Ruto"),
        ("Secretary of State Antony J. Blinken spoke today with Egyptian Foreign Minister "
         "Sameh Shoukry.", "Sameh Shoukry"),
    ):
        events = _events(dossier.analyze(sentence))
        assert ("CONSULT", "Antony Blinken", target) in events, (sentence, events)


def test_an_amount_in_aid_is_aid() -> None:
    # "$50 million in humanitarian aid": the aid is what the amount is in, whether the parser
    # hangs "in" on the amount or on the verb, and after "with" too
    for sentence, target in (
        ("Japan has given $50 million in humanitarian aid to Sudan.", "Sudan"),
        ("Since 2019, Canada has provided over $40 million in assistance to Haiti.", "Haiti"),
        ("Germany has provided Jordan with nearly $1 billion in development assistance.",
         "Jordan"),
    ):
        events = _events(dossier.analyze(sentence))
        assert any(t == "AID" and tg == target for t, _, tg in events), (sentence, events)
    events = _events(dossier.analyze("The United States provided $5 million in Kyiv last year."))
    assert not any(t == "AID" for t, _, _ in events), events
