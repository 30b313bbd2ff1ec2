"""Rules of dossier.extract.events over hand-built parses (no trained model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from dossier.document import Attribution, DateMention, Document, Entity, Mention, Sentence
from dossier.extract import triggers as trigger_rules
from dossier.extract.events import event_date, find_events
from dossier.extract.triggers import TriggerError, TriggerLexicon, load_triggers

VOCAB = spacy.blank("en").vocab

TRIGGERS = [
    {"lemma": "attack", "pos": "VERB", "type": "ASSAULT", "preps": {"against": "target"}},
    {"lemma": "recruit", "pos": "VERB", "type": "MOBILIZE", "preps": {}},
    {"lemma": "abandon", "pos": "VERB", "type": "RETREAT", "object": "position", "preps": {}},
    {"lemma": "withdraw", "pos": "VERB", "type": "RETREAT", "preps": {}},
    {"lemma": "support", "pos": "VERB", "type": "SUPPORT"},
    {"lemma": "flight", "pos": "NOUN", "type": "RETREAT", "preps": {"of": "source"}},
    {"lemma": "mediation", "pos": "NOUN", "type": "CONSULT", "preps": {"between": "target"}},
    {"lemma": "launder", "pos": "VERB", "type": "AID", "object": "money",
     "preps": {"for": "target"}},
    {"lemma": "back", "pos": "VERB", "type": "SUPPORT"},
    {"lemma": "back", "pos": "VERB", "type": "CONCEDE", "particle": "down", "preps": {}},
    {"lemma": "vow", "pos": "VERB", "type": "AGREE", "preps": {}},
    {"lemma": "attack", "pos": "NOUN", "type": "ASSAULT", "preps": {"against": "target"}},
]


def lexicon_of(records: list[dict]) -> TriggerLexicon:
    lexicon = TriggerLexicon()
    for number, record in enumerate(records):
        trigger = trigger_rules.parse_trigger(record, f"test:{number}")
        assert trigger is not None
        lexicon.add(trigger)
    return lexicon


LEXICON = lexicon_of(TRIGGERS)


def make_document(
    spec: str, entities: dict[str, tuple[str, list[int]]] | None = None, *,
    kind: str = "fact",
) -> Document:
    """A Document over a hand-built parse.

    spec: one sentence per line, tokens "word/head/dep/pos/lemma" or, with a fine-grained
        tag, "word/head/dep/pos/lemma/TAG" (head: index in the sentence); entities: name ->
        (type, token indexes over the whole text).
    """
    words, heads, deps, pos, lemmas, tags, sent_starts = [], [], [], [], [], [], []
    for line in spec.strip().splitlines():
        offset = len(words)
        for position, token in enumerate(line.split()):
            word, head, dep, part, lemma, *tag = token.split("/")
            words.append(word)
            heads.append(offset + int(head))
            deps.append(dep)
            pos.append(part)
            lemmas.append(lemma)
            tags.append(tag[0] if tag else "")
            sent_starts.append(position == 0)
    spacy_doc = Doc(
        VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
        tags=tags if any(tags) else None, sent_starts=sent_starts,
    )
    sentences = [
        Sentence(id=n, start=s.start_char, end=s.end_char, text=s.text, kind=kind,
                 is_question=s.text.endswith("?"))
        for n, s in enumerate(spacy_doc.sents)
    ]
    doc = Document(id="test", text=spacy_doc.text, sentences=sentences)
    for number, (name, (entity_type, indexes)) in enumerate((entities or {}).items(), 1):
        mentions = []
        for i in indexes:
            token = spacy_doc[i]
            mentions.append(Mention(start=token.idx, end=token.idx + len(token.text),
                                    text=token.text, sentence=doc.sentence_at(token.idx)))
        doc.entities.append(Entity(id=f"e{number}", name=name, type=entity_type,
                                   mentions=mentions))
    doc.layers["spacy"] = spacy_doc
    return doc


def summary(doc: Document) -> list[tuple[str, str | None, str | None]]:
    names = {e.id: e.name for e in doc.entities}
    return [
        (e.type, names.get(e.source or ""), names.get(e.target or ""))
        for e in find_events(doc, lexicon=LEXICON)
    ]


CASES = [
    # active verb: subject -> source, object -> target
    (
        "Hezbollah/1/nsubj/PROPN/Hezbollah attacked/1/ROOT/VERB/attack "
        "Israel/1/obj/PROPN/Israel ./1/punct/PUNCT/.",
        {"Hezbollah": ("ARMED_GROUP", [0]), "Israel": ("STATE", [2])},
        [("ASSAULT", "Hezbollah", "Israel")],
    ),
    # passive: the "by" agent is the source; the recruited are no target
    (
        "Fighters/2/nsubj:pass/NOUN/fighter were/2/aux:pass/AUX/be "
        "recruited/2/ROOT/VERB/recruit by/4/case/ADP/by IRGC/2/obl:agent/PROPN/IRGC "
        "./2/punct/PUNCT/.",
        {"IRGC": ("MILITARY", [4])},
        [("MOBILIZE", "IRGC", None)],
    ),
    # "X withdrew, and its ally Y attacked Z", misparsed with "ally" a conjunct of the first verb
    (
        "Amal/1/nsubj/PROPN/Amal withdrew/1/ROOT/VERB/withdraw ,/5/punct/PUNCT/, "
        "and/5/cc/CCONJ/and its/5/nmod:poss/PRON/its ally/1/conj/NOUN/ally "
        "Hamas/5/appos/PROPN/Hamas attacked/1/conj/VERB/attack Israel/7/obj/PROPN/Israel "
        "./1/punct/PUNCT/.",
        {"Amal": ("ARMED_GROUP", [0]), "Hamas": ("ARMED_GROUP", [6]), "Israel": ("STATE", [8])},
        [("RETREAT", "Amal", None), ("ASSAULT", "Hamas", "Israel")],
    ),
    # a finite verb misparsed as a conjunct of a noun acts with the clause above it of the same
    # tense: "Japan welcomed the progress towards agreement and supported Egypt"
    (
        "Japan/1/nsubj/PROPN/Japan/NNP welcomed/1/ROOT/VERB/welcome/VBD the/3/det/DET/the/DT "
        "progress/1/obj/NOUN/progress/NN towards/5/case/ADP/towards/IN "
        "agreement/3/nmod/NOUN/agreement/NN and/7/cc/CCONJ/and/CC "
        "supported/5/conj/VERB/support/VBD Egypt/7/obj/PROPN/Egypt/NNP ./1/punct/PUNCT/./.",
        {"Japan": ("STATE", [0]), "Egypt": ("STATE", [8])},
        [("SUPPORT", "Japan", "Egypt")],
    ),
    # not across a change of tense: "Japan says Kenya remains a partner and supported Egypt"
    # leaves "supported" without an actor rather than give it to Kenya or Japan
    (
        "Japan/1/nsubj/PROPN/Japan/NNP says/1/ROOT/VERB/say/VBZ Kenya/3/nsubj/PROPN/Kenya/NNP "
        "remains/1/ccomp/VERB/remain/VBZ a/5/det/DET/a/DT partner/3/xcomp/NOUN/partner/NN "
        "and/7/cc/CCONJ/and/CC supported/5/conj/VERB/support/VBD Egypt/7/obj/PROPN/Egypt/NNP "
        "./1/punct/PUNCT/./.",
        {"Japan": ("STATE", [0]), "Kenya": ("STATE", [2]), "Egypt": ("STATE", [8])},
        [],
    ),
    # "X, the head of the council, attacked Y" misparsed with X as the root: X attacked
    (
        "Hamas/0/ROOT/PROPN/Hamas ,/3/punct/PUNCT/, the/3/det/DET/the ally/0/appos/NOUN/ally "
        ",/5/punct/PUNCT/, attacked/0/conj/VERB/attack Israel/5/obj/PROPN/Israel "
        "./0/punct/PUNCT/.",
        {"Hamas": ("ARMED_GROUP", [0]), "Israel": ("STATE", [6])},
        [("ASSAULT", "Hamas", "Israel")],
    ),
    # coordination: one event per conjunct actor; light-verb object required
    (
        "Amal/3/nsubj/PROPN/Amal and/2/cc/CCONJ/and Hamas/0/conj/PROPN/Hamas "
        "abandoned/3/ROOT/VERB/abandon their/5/nmod:poss/PRON/their "
        "positions/3/obj/NOUN/position ./3/punct/PUNCT/.",
        {"Amal": ("ARMED_GROUP", [0]), "Hamas": ("ARMED_GROUP", [2])},
        [("RETREAT", "Amal", None), ("RETREAT", "Hamas", None)],
    ),
    # the target holds what was hit: "positions of X" is X
    (
        "Turkey/1/nsubj/PROPN/Turkey attacked/1/ROOT/VERB/attack positions/1/obj/NOUN/position "
        "of/5/case/ADP/of the/5/det/DET/the SDF/2/nmod/PROPN/SDF ./1/punct/PUNCT/.",
        {"Turkey": ("STATE", [0]), "SDF": ("ARMED_GROUP", [5])},
        [("ASSAULT", "Turkey", "SDF")],
    ),
    # object control: in "Egypt urged Hamas to withdraw" Hamas would withdraw, not Egypt
    (
        "Egypt/1/nsubj/PROPN/Egypt urged/1/ROOT/VERB/urge Hamas/1/obj/PROPN/Hamas "
        "to/4/mark/PART/to withdraw/1/xcomp/VERB/withdraw ./1/punct/PUNCT/.",
        {"Egypt": ("STATE", [0]), "Hamas": ("ARMED_GROUP", [2])},
        [("RETREAT", "Hamas", None)],
    ),
    # ... and when the one asked is no actor, nobody is the source
    (
        "Egypt/1/nsubj/PROPN/Egypt called/1/ROOT/VERB/call on/4/case/ADP/on the/4/det/DET/the "
        "community/1/obl/NOUN/community to/6/mark/PART/to attack/1/advcl/VERB/attack "
        "Hamas/6/obj/PROPN/Hamas ./1/punct/PUNCT/.",
        {"Egypt": ("STATE", [0]), "Hamas": ("ARMED_GROUP", [7])},
        [],
    ),
    # a group noun that lists examples: the examples act
    (
        "Militias/6/nsubj/NOUN/militia such/3/case/ADJ/such as/1/fixed/ADP/as "
        "Amal/0/nmod/PROPN/Amal and/5/cc/CCONJ/and Hamas/3/conj/PROPN/Hamas "
        "withdrew/6/ROOT/VERB/withdraw ./6/punct/PUNCT/.",
        {"Amal": ("ARMED_GROUP", [3]), "Hamas": ("ARMED_GROUP", [5])},
        [("RETREAT", "Amal", None), ("RETREAT", "Hamas", None)],
    ),
    # a participle with no object after a non-actor object does not take the clause's subject
    (
        "Iran/1/nsubj/PROPN/Iran sent/1/ROOT/VERB/send money/1/obj/NOUN/money "
        "withdrawing/2/acl/VERB/withdraw ./1/punct/PUNCT/.",
        {"Iran": ("STATE", [0])},
        [],
    ),
    # an event noun after a light verb, even when parsed as its complement
    (
        "Iran/1/nsubj/PROPN/Iran launched/1/ROOT/VERB/launch a/3/det/DET/a "
        "mediation/1/xcomp/NOUN/mediation ./1/punct/PUNCT/.",
        {"Iran": ("STATE", [0])},
        [("CONSULT", "Iran", None)],
    ),
    # the object a record requires is missing: no event
    (
        "Hamas/1/nsubj/PROPN/Hamas abandoned/1/ROOT/VERB/abandon the/3/det/DET/the "
        "plan/1/obj/NOUN/plan ./1/punct/PUNCT/.",
        {"Hamas": ("ARMED_GROUP", [0])},
        [],
    ),
    # nominal event with a possessive actor
    (
        "Assad/2/nmod:poss/PROPN/Assad 's/0/case/PART/'s flight/5/nsubj/NOUN/flight "
        "from/4/case/ADP/from Damascus/2/nmod/PROPN/Damascus shocked/5/ROOT/VERB/shock "
        "Tehran/5/obj/PROPN/Tehran ./5/punct/PUNCT/.",
        {"Bashar al-Assad": ("PERSON", [0]), "Damascus": ("LOCATION", [4]),
         "Iran": ("STATE", [6])},
        [("RETREAT", "Bashar al-Assad", None)],
    ),
    # adjectival actor of a nominal event
    (
        "Qatari/1/amod/ADJ/qatari mediation/2/nsubj/NOUN/mediation failed/2/ROOT/VERB/fail "
        "./2/punct/PUNCT/.",
        {"Qatar": ("STATE", [0])},
        [("CONSULT", "Qatar", None)],
    ),
    # controller of an infinitive, through a role noun's possessor
    (
        "Baghdad/2/nmod:poss/PROPN/Baghdad 's/0/case/PART/'s leaders/3/nsubj/NOUN/leader "
        "decided/3/ROOT/VERB/decide to/5/mark/PART/to support/3/xcomp/VERB/support "
        "Assad/5/obj/PROPN/Assad ./3/punct/PUNCT/.",
        {"Iraq": ("STATE", [0]), "Bashar al-Assad": ("PERSON", [6])},
        [("SUPPORT", "Iraq", "Bashar al-Assad")],
    ),
    # light verb + object, prepositional targets coordinated
    (
        "Maliki/1/nsubj/PROPN/Maliki laundered/1/ROOT/VERB/launder money/1/obj/NOUN/money "
        "for/4/case/ADP/for Hezbollah/1/obl/PROPN/Hezbollah and/6/cc/CCONJ/and "
        "IRGC/4/conj/PROPN/IRGC ./1/punct/PUNCT/.",
        {"Nouri al-Maliki": ("PERSON", [0]), "Hezbollah": ("ARMED_GROUP", [4]),
         "IRGC": ("MILITARY", [6])},
        [("AID", "Nouri al-Maliki", "Hezbollah"), ("AID", "Nouri al-Maliki", "IRGC")],
    ),
    # a phrasal verb is not its plain verb
    (
        "Iran/1/nsubj/PROPN/Iran backed/1/ROOT/VERB/back down/1/compound:prt/ADP/down "
        "./1/punct/PUNCT/.",
        {"Iran": ("STATE", [0])},
        [("CONCEDE", "Iran", None)],
    ),
    # generic statement: no actor entity, no event
    (
        "Regimes/1/nsubj/NOUN/regime attacked/1/ROOT/VERB/attack people/1/obj/NOUN/people "
        "./1/punct/PUNCT/.",
        {},
        [],
    ),
    # "X was followed by A and B" hands the previous event type on
    (
        "Hamas/1/nsubj/PROPN/Hamas withdrew/1/ROOT/VERB/withdraw ./1/punct/PUNCT/.\n"
        "They/2/nsubj:pass/PRON/they were/2/aux:pass/AUX/be followed/2/ROOT/VERB/follow "
        "by/4/case/ADP/by Amal/2/obl:agent/PROPN/Amal and/6/cc/CCONJ/and "
        "Fatah/4/conj/PROPN/Fatah ./2/punct/PUNCT/.",
        {"Hamas": ("ARMED_GROUP", [0]), "Amal": ("ARMED_GROUP", [7]),
         "Fatah": ("POLITICAL_PARTY", [9])},
        [("RETREAT", "Hamas", None), ("RETREAT", "Amal", None), ("RETREAT", "Fatah", None)],
    ),
    # ... but an act followed by an actor's act hands nothing on ("talks were followed by
    # U.S. action": the agent is an act, not an actor)
    (
        "Hamas/1/nsubj/PROPN/Hamas withdrew/1/ROOT/VERB/withdraw ./1/punct/PUNCT/.\n"
        "Talks/2/nsubj:pass/NOUN/talk were/2/aux:pass/AUX/be followed/2/ROOT/VERB/follow "
        "by/5/case/ADP/by U.S./5/amod/PROPN/U.S. action/2/obl:agent/NOUN/action "
        "./2/punct/PUNCT/.",
        {"Hamas": ("ARMED_GROUP", [0]), "U.S.": ("STATE", [7])},
        [("RETREAT", "Hamas", None)],
    ),
    # a name misparsed as a second subject right before its noun ("3R rebels") acts
    (
        "3R/2/nsubj/PROPN/3R rebels/2/nsubj/NOUN/rebel attacked/2/ROOT/VERB/attack "
        "Chad/2/obj/PROPN/Chad ./2/punct/PUNCT/.",
        {"3R": ("ARMED_GROUP", [0]), "Chad": ("STATE", [3])},
        [("ASSAULT", "3R", "Chad")],
    ),
    # ... also a name of several words ("Al-Shabaab militants")
    (
        "Al/4/nsubj/PROPN/Al -/2/punct/PUNCT/- Shabaab/0/flat/PROPN/Shabaab "
        "militants/4/nsubj/NOUN/militant attacked/4/ROOT/VERB/attack "
        "Kenya/4/obj/PROPN/Kenya ./4/punct/PUNCT/.",
        {"Al-Shabaab": ("ARMED_GROUP", [0, 1, 2]), "Kenya": ("STATE", [5])},
        [("ASSAULT", "Al-Shabaab", "Kenya")],
    ),
    # ... but not a name further away: the nearer subject acts, and it names no actor
    (
        "Hamas/3/nsubj/PROPN/Hamas then/3/advmod/ADV/then fighters/3/nsubj/NOUN/fighter "
        "attacked/3/ROOT/VERB/attack Israel/3/obj/PROPN/Israel ./3/punct/PUNCT/.",
        {"Hamas": ("ARMED_GROUP", [0]), "Israel": ("STATE", [4])},
        [],
    ),
    # a statement about an act that names its own actor reports that act too
    (
        "Amal/1/nsubj/PROPN/Amal supported/1/ROOT/VERB/support the/3/det/DET/the "
        "flight/1/obj/NOUN/flight of/5/case/ADP/of Hamas/3/nmod/PROPN/Hamas ./1/punct/PUNCT/.",
        {"Amal": ("ARMED_GROUP", [0]), "Hamas": ("ARMED_GROUP", [5])},
        [("SUPPORT", "Amal", "Hamas"), ("RETREAT", "Hamas", None)],
    ),
    (
        "Amal/1/nsubj/PROPN/Amal supported/1/ROOT/VERB/support the/3/det/DET/the "
        "flight/1/obj/NOUN/flight ./1/punct/PUNCT/.",
        {"Amal": ("ARMED_GROUP", [0])},
        [("SUPPORT", "Amal", None)],
    ),
    # a name in apposition to a name of the same type is a list item; of another, no
    (
        "Amal/1/nsubj/PROPN/Amal attacked/1/ROOT/VERB/attack Hamas/1/obj/PROPN/Hamas "
        ",/4/punct/PUNCT/, Fatah/2/appos/PROPN/Fatah ./1/punct/PUNCT/.",
        {"Amal": ("ARMED_GROUP", [0]), "Hamas": ("ARMED_GROUP", [2]),
         "Fatah": ("ARMED_GROUP", [4])},
        [("ASSAULT", "Amal", "Hamas"), ("ASSAULT", "Amal", "Fatah")],
    ),
    (
        "Amal/1/nsubj/PROPN/Amal attacked/1/ROOT/VERB/attack Hamas/1/obj/PROPN/Hamas "
        ",/4/punct/PUNCT/, Haniyeh/2/appos/PROPN/Haniyeh ./1/punct/PUNCT/.",
        {"Amal": ("ARMED_GROUP", [0]), "Hamas": ("ARMED_GROUP", [2]),
         "Haniyeh": ("PERSON", [4])},
        [("ASSAULT", "Amal", "Hamas")],
    ),
    # "militants linked with X" are X, also with the participle parsed as the clause head
    (
        "Militants/1/nsubj/NOUN/militant linked/1/ROOT/VERB/link with/3/case/ADP/with "
        "Hamas/1/obl/PROPN/Hamas attacked/1/conj/VERB/attack Israel/4/obj/PROPN/Israel "
        "./1/punct/PUNCT/.",
        {"Hamas": ("ARMED_GROUP", [3]), "Israel": ("STATE", [5])},
        [("ASSAULT", "Hamas", "Israel")],
    ),
    (
        "Militants/3/nsubj/NOUN/militant near/2/case/ADP/near Hamas/0/nmod/PROPN/Hamas "
        "attacked/3/ROOT/VERB/attack Israel/3/obj/PROPN/Israel ./3/punct/PUNCT/.",
        {"Hamas": ("ARMED_GROUP", [2]), "Israel": ("STATE", [4])},
        [],
    ),
    # a name misparsed as the auxiliary of its verb is still the subject
    (
        "Hamas/1/aux/PROPN/Hamas attacked/1/ROOT/VERB/attack Israel/1/obj/PROPN/Israel "
        "./1/punct/PUNCT/.",
        {"Hamas": ("ARMED_GROUP", [0]), "Israel": ("STATE", [2])},
        [("ASSAULT", "Hamas", "Israel")],
    ),
    # "his Iraqi allies": the nationality names the actor, not "his"
    (
        "Amal/1/nsubj/PROPN/Amal supported/1/ROOT/VERB/support his/4/nmod:poss/PRON/his "
        "Iraqi/4/amod/ADJ/iraqi allies/1/obj/NOUN/ally ./1/punct/PUNCT/.",
        {"Amal": ("ARMED_GROUP", [0]), "Iraq": ("STATE", [3])},
        [("SUPPORT", "Amal", "Iraq")],
    ),
    # an attack noun after "responded with" is the responder's
    (
        "Israel/1/nsubj/PROPN/Israel responded/1/ROOT/VERB/respond with/3/case/ADP/with "
        "attacks/1/obl/NOUN/attack against/5/case/ADP/against Hamas/3/nmod/PROPN/Hamas "
        "./1/punct/PUNCT/.",
        {"Israel": ("STATE", [0]), "Hamas": ("ARMED_GROUP", [5])},
        [("ASSAULT", "Israel", "Hamas")],
    ),
    (
        "Israel/1/nsubj/PROPN/Israel complained/1/ROOT/VERB/complain about/3/case/ADP/about "
        "attacks/1/obl/NOUN/attack against/5/case/ADP/against Hamas/3/nmod/PROPN/Hamas "
        "./1/punct/PUNCT/.",
        {"Israel": ("STATE", [0]), "Hamas": ("ARMED_GROUP", [5])},
        [],
    ),
    # a place's people are the people as written ("protesters in Gaza"), not the place
    (
        "Protesters/3/nsubj/NOUN/protester in/2/case/ADP/in Gaza/0/nmod/PROPN/Gaza "
        "attacked/3/ROOT/VERB/attack Israel/3/obj/PROPN/Israel ./3/punct/PUNCT/.",
        {"Gaza": ("LOCATION", [2]), "Israel": ("STATE", [4])},
        [("ASSAULT", None, "Israel")],
    ),
    (
        "Gaza/1/nsubj/PROPN/Gaza attacked/1/ROOT/VERB/attack Israel/1/obj/PROPN/Israel "
        "./1/punct/PUNCT/.",
        {"Gaza": ("LOCATION", [0]), "Israel": ("STATE", [2])},
        [],
    ),
    # "X, supported ..." misparsed with the name as the root: the participle is the main verb
    (
        "Amal/0/ROOT/PROPN/Amal supported/0/acl/VERB/support Hamas/1/obj/PROPN/Hamas "
        "./0/punct/PUNCT/.",
        {"Amal": ("ARMED_GROUP", [0]), "Hamas": ("ARMED_GROUP", [2])},
        [("SUPPORT", "Amal", "Hamas")],
    ),
    # "X conducted an operation that attacked Y": X attacked Y
    (
        "Amal/1/nsubj/PROPN/Amal conducted/1/ROOT/VERB/conduct an/3/det/DET/a "
        "operation/1/obj/NOUN/operation that/5/nsubj/PRON/that attacked/3/acl:relcl/VERB/attack "
        "Hamas/5/obj/PROPN/Hamas ./1/punct/PUNCT/.",
        {"Amal": ("ARMED_GROUP", [0]), "Hamas": ("ARMED_GROUP", [6])},
        [("ASSAULT", "Amal", "Hamas")],
    ),
    # "diplomats from X" act for X (not "militants near X", above)
    (
        "Diplomats/3/nsubj/NOUN/diplomat from/2/case/ADP/from Hamas/0/nmod/PROPN/Hamas "
        "attacked/3/ROOT/VERB/attack Israel/3/obj/PROPN/Israel ./3/punct/PUNCT/.",
        {"Hamas": ("ARMED_GROUP", [2]), "Israel": ("STATE", [4])},
        [("ASSAULT", "Hamas", "Israel")],
    ),
    # "a spokesman for X" speaks for X (not "the envoy for X": the envoy is not X's)
    (
        "A/1/det/DET/a spokesman/4/nsubj/NOUN/spokesman for/3/case/ADP/for "
        "Hamas/1/nmod/PROPN/Hamas attacked/4/ROOT/VERB/attack Israel/4/obj/PROPN/Israel "
        "./4/punct/PUNCT/.",
        {"Hamas": ("ARMED_GROUP", [3]), "Israel": ("STATE", [5])},
        [("ASSAULT", "Hamas", "Israel")],
    ),
    (
        "The/1/det/DET/the envoy/4/nsubj/NOUN/envoy for/3/case/ADP/for "
        "Sudan/1/nmod/PROPN/Sudan attacked/4/ROOT/VERB/attack Israel/4/obj/PROPN/Israel "
        "./4/punct/PUNCT/.",
        {"Sudan": ("STATE", [3]), "Israel": ("STATE", [5])},
        [],
    ),
    # a document's act is its author's, not that of who blocks it
    (
        "Amal/1/nsubj/PROPN/Amal filed/1/ROOT/VERB/file a/3/det/DET/a plan/1/obj/NOUN/plan "
        "attacking/3/acl/VERB/attack Israel/4/obj/PROPN/Israel ./1/punct/PUNCT/.",
        {"Amal": ("ARMED_GROUP", [0]), "Israel": ("STATE", [5])},
        [("ASSAULT", "Amal", "Israel")],
    ),
    (
        "Amal/1/nsubj/PROPN/Amal blocked/1/ROOT/VERB/block a/3/det/DET/a plan/1/obj/NOUN/plan "
        "attacking/3/acl/VERB/attack Israel/4/obj/PROPN/Israel ./1/punct/PUNCT/.",
        {"Amal": ("ARMED_GROUP", [0]), "Israel": ("STATE", [5])},
        [],
    ),
    # a participle with an object on an unnamed group of people is the group's act, not the
    # clause subject's: "France supports rebels attacking Gbagbo" (the rebels attack)
    (
        "France/1/nsubj/PROPN/France supports/1/ROOT/VERB/support rebels/1/obj/NOUN/rebel "
        "attacking/2/acl/VERB/attack Gbagbo/3/obj/PROPN/Gbagbo ./1/punct/PUNCT/.",
        {"France": ("STATE", [0]), "Gbagbo": ("PERSON", [4])},
        [("SUPPORT", "France", None)],
    ),
]


@pytest.mark.parametrize(("spec", "entities", "expected"), CASES)
def test_find_events_arguments(spec: str, entities: dict, expected: list) -> None:
    assert summary(make_document(spec, entities)) == expected


def test_find_events_an_act_handed_on_records_its_rule() -> None:
    """Every event records the rules that made it, also one handed on by "followed by"."""
    spec, entities, _ = next(c for c in CASES if "Amal/2/obl:agent" in c[0])
    events = find_events(make_document(spec, entities), lexicon=LEXICON)
    handed = [e for e in events if "event.handed_on" in e.rules]
    assert len(handed) == 2
    assert all(e.rules for e in events)


def test_find_events_what_one_is_urged_to_do_is_no_event() -> None:
    """The "to" clause of a request is its content, also when parsed as a modifier."""
    lexicon = lexicon_of([*TRIGGERS, {"lemma": "urge", "pos": "VERB", "type": "REQUEST"}])
    doc = make_document(
        "Amal/1/nsubj/PROPN/Amal urged/1/ROOT/VERB/urge Hamas/1/obj/PROPN/Hamas "
        "to/4/mark/PART/to attack/1/advcl/VERB/attack Israel/4/obj/PROPN/Israel "
        "./1/punct/PUNCT/.",
        {"Amal": ("ARMED_GROUP", [0]), "Hamas": ("ARMED_GROUP", [2]), "Israel": ("STATE", [5])},
    )
    names = {e.id: e.name for e in doc.entities}
    found = [
        (e.type, names.get(e.source or ""), names.get(e.target or ""))
        for e in find_events(doc, lexicon=lexicon)
    ]
    assert found == [("REQUEST", "Amal", "Hamas")]


MODE_CASES = [
    ("Iran/3/nsubj/PROPN/Iran did/3/aux/AUX/do not/3/advmod/PART/not "
     "attack/3/ROOT/VERB/attack Israel/3/obj/PROPN/Israel ./3/punct/PUNCT/.", "negated"),
    ("Iran/2/nsubj/PROPN/Iran may/2/aux/AUX/may attack/2/ROOT/VERB/attack "
     "Israel/2/obj/PROPN/Israel ./2/punct/PUNCT/.", "speculative"),
    ("Iran/2/nsubj/PROPN/Iran would/2/aux/AUX/would attack/2/ROOT/VERB/attack "
     "Israel/2/obj/PROPN/Israel ./2/punct/PUNCT/.", "hypothetical"),
    ("Iran/1/nsubj/PROPN/Iran attacked/1/ROOT/VERB/attack Israel/1/obj/PROPN/Israel "
     "./1/punct/PUNCT/.", "asserted"),
    ("Iran/1/nsubj/PROPN/Iran denied/1/ROOT/VERB/deny it/3/nsubj/PRON/it "
     "attacked/1/ccomp/VERB/attack Israel/3/obj/PROPN/Israel ./1/punct/PUNCT/.", "negated"),
    ("Iran/2/nsubj:pass/PROPN/Iran was/2/aux:pass/AUX/be accused/2/ROOT/VERB/accuse "
     "of/4/mark/SCONJ/of attacking/2/advcl/VERB/attack Israel/4/obj/PROPN/Israel "
     "./2/punct/PUNCT/.", "speculative"),
]


@pytest.mark.parametrize(
    ("verb", "expected"), [("attack", [("THREATEN", "e1")]), ("retake", [])]
)
def test_find_events_a_vow_is_a_threat_or_too_vague(verb: str, expected: list) -> None:
    spec = (f"Iran/1/nsubj/PROPN/Iran vowed/1/ROOT/VERB/vow to/3/mark/PART/to "
            f"{verb}/1/xcomp/VERB/{verb} Hamas/3/obj/PROPN/Hamas ./1/punct/PUNCT/.")
    entities = {"Iran": ("STATE", [0]), "Hamas": ("ARMED_GROUP", [4])}
    events = find_events(make_document(spec, entities), lexicon=LEXICON)
    assert [(e.type, e.source) for e in events] == expected


def test_find_events_a_participle_tagged_vbn_with_an_object_acts() -> None:
    spec = ("Turkey/1/nmod:poss/PROPN/Turkey drones/1/ROOT/NOUN/drone "
            "attacked/1/acl/VERB/attack Hamas/2/obj/PROPN/Hamas ./1/punct/PUNCT/.")
    doc = make_document(spec, {"Turkey": ("STATE", [0]), "Hamas": ("ARMED_GROUP", [3])})
    doc.layers["spacy"][2].tag_ = "VBN"  # "Turkish drones struck positions", read as VBN
    events = find_events(doc, lexicon=LEXICON)
    assert [(e.type, e.source, e.target) for e in events] == [("ASSAULT", "e1", "e2")]


def test_find_events_asked_for_is_not_done() -> None:
    spec = ("Iran/1/nsubj/PROPN/Iran called/1/ROOT/VERB/call on/3/case/ADP/on "
            "Hamas/1/obl/PROPN/Hamas to/5/mark/PART/to unite/1/advcl/VERB/unite and/7/cc/CCONJ/and "
            "withdraw/5/conj/VERB/withdraw ./1/punct/PUNCT/.")
    entities = {"Iran": ("STATE", [0]), "Hamas": ("ARMED_GROUP", [3])}
    events = find_events(make_document(spec, entities), lexicon=LEXICON)
    assert [(e.type, e.source, e.mode) for e in events] == [("RETREAT", "e2", "hypothetical")]


@pytest.mark.parametrize(("spec", "mode"), MODE_CASES)
def test_find_events_mode(spec: str, mode: str) -> None:
    entities = {"Iran": ("STATE", [0]), "Israel": ("STATE", [len(spec.split()) - 2])}
    events = find_events(make_document(spec, entities), lexicon=LEXICON)
    assert [e.mode for e in events] == [mode]


def test_find_events_skips_questions_and_headings() -> None:
    spec = ("Did/2/aux/AUX/do Iran/2/nsubj/PROPN/Iran attack/2/ROOT/VERB/attack "
            "Israel/2/obj/PROPN/Israel ?/2/punct/PUNCT/?")
    entities = {"Iran": ("STATE", [1]), "Israel": ("STATE", [3])}
    assert find_events(make_document(spec, entities), lexicon=LEXICON) == []
    spec = ("Iran/1/nsubj/PROPN/Iran attacked/1/ROOT/VERB/attack Israel/1/obj/PROPN/Israel")
    entities = {"Iran": ("STATE", [0]), "Israel": ("STATE", [2])}
    doc = make_document(spec, entities, kind="heading")
    assert find_events(doc, lexicon=LEXICON) == []


def test_find_events_date_location_and_attribution() -> None:
    spec = ("Hamas/1/nsubj/PROPN/Hamas withdrew/1/ROOT/VERB/withdraw from/3/case/ADP/from "
            "Gaza/1/obl/PROPN/Gaza in/5/case/ADP/in 2014/1/obl/NUM/2014 ./1/punct/PUNCT/.")
    doc = make_document(spec, {"Hamas": ("ARMED_GROUP", [0]), "Gaza": ("LOCATION", [3])})
    year = doc.text.index("2014")
    doc.dates.append(DateMention(text="2014", value="2014", granularity="year", start=year,
                                 end=year + 4, sentence=0))
    doc.attributions.append(Attribution(
        id="A1", source_text="Reuters", source_type="MEDIA", cue="say",
        claim=doc.span(0, len(doc.text)), sentence=0,
    ))
    [event] = find_events(doc, lexicon=LEXICON)
    assert (event.date, event.location, event.attributed_to) == ("2014", "e2", "A1")
    assert 0.0 <= event.confidence <= 1.0
    assert event.trigger.text == "withdrew"


def test_event_date_never_invented() -> None:
    doc = make_document("Hamas/1/nsubj/PROPN/Hamas withdrew/1/ROOT/VERB/withdraw",
                        {"Hamas": ("ARMED_GROUP", [0])})
    assert event_date(doc, 0, 6) is None


def test_event_date_of_another_clause_is_not_the_events() -> None:
    spec = ("Hamas/1/nsubj/PROPN/Hamas left/1/ROOT/VERB/leave a/3/det/DET/a "
            "truce/1/obj/NOUN/truce that/5/nsubj/PRON/that expired/3/acl:relcl/VERB/expire "
            "in/7/case/ADP/in October/5/obl/PROPN/October ./1/punct/PUNCT/.")
    doc = make_document(spec, {"Hamas": ("ARMED_GROUP", [0])})
    month = doc.text.index("October")
    doc.dates.append(DateMention(text="October", value="2022-10", granularity="month",
                                 start=month, end=month + 7, sentence=0))
    assert event_date(doc, 0, doc.text.index("left")) is None  # the truce expired then
    assert event_date(doc, 0, doc.text.index("expired")) == "2022-10"


@pytest.mark.parametrize(
    ("verb", "tag", "aux", "date"),
    [("struck", "VBD", None, "2023"), ("strikes", "VBZ", None, None),
     ("strike", "VB", "will", None)],
)
def test_event_date_of_an_earlier_sentence_dates_only_a_past_event(
    verb: str, tag: str, aux: str | None, date: str | None
) -> None:
    words = ["It", "voted", "in", "2023", ".", "Turkey", *([aux] if aux else []), verb,
             "Duhok", "."]
    root = 6 if aux else 5
    heads = [1, 1, 3, 1, 1, root, *([root + 1] if aux else []), root + 1, root + 1, root + 1]
    deps = ["nsubj", "ROOT", "case", "obl", "punct", "nsubj", *(["aux"] if aux else []),
            "ROOT", "obj", "punct"]
    tags = ["PRP", "VBD", "IN", "CD", ".", "NNP", *(["MD"] if aux else []), tag, "NNP", "."]
    pos = ["PRON", "VERB", "ADP", "NUM", "PUNCT", "PROPN", *(["AUX"] if aux else []), "VERB",
           "PROPN", "PUNCT"]
    spacy_doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
                    sent_starts=[w in {"It", "Turkey"} for w in words])
    doc = Document(id="test", text=spacy_doc.text, sentences=[
        Sentence(id=n, start=x.start_char, end=x.end_char, text=x.text)
        for n, x in enumerate(spacy_doc.sents)
    ])
    doc.layers["spacy"] = spacy_doc
    year = doc.text.index("2023")
    doc.dates.append(DateMention(text="2023", value="2023", granularity="year", start=year,
                                 end=year + 4, sentence=0))
    assert event_date(doc, 1, doc.text.index(verb)) == date


def test_find_events_without_parse_or_entities() -> None:
    doc = Document(id="x", text="Nothing here.")
    assert find_events(doc, lexicon=LEXICON) == []


def test_load_triggers_null_type_removes(tmp_path: Path) -> None:
    first = tmp_path / "a_triggers.jsonl"
    second = tmp_path / "b_triggers.jsonl"
    meta = json.dumps({"_meta": {"kind": "event_triggers", "source": "t", "licence": "MIT"}})
    first.write_text(meta + "\n" + json.dumps(TRIGGERS[0]) + "\n", encoding="utf-8")
    second.write_text(meta + "\n" + json.dumps({**TRIGGERS[0], "type": None}) + "\n",
                      encoding="utf-8")
    assert len(load_triggers((str(first),))) == 1
    assert len(load_triggers((str(first), str(second)))) == 0


def test_load_triggers_reports_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad_triggers.jsonl"
    bad.write_text('{"lemma": "x", "pos": "VERB", "type": "DANCE"}\n', encoding="utf-8")
    with pytest.raises(TriggerError, match=r"bad_triggers\.jsonl:1"):
        load_triggers((str(bad),))


def test_packaged_lexicon_shape() -> None:
    files = trigger_rules.trigger_files()
    if not files:
        pytest.skip("no packaged trigger lexicon")
    lexicon = load_triggers(tuple(files))
    assert len(lexicon) > 200
    assert lexicon.get("make", "VERB") == []
    assert {t.type for t in lexicon.get("withdrawal", "NOUN")} == {"RETREAT"}
    # "Iran supplied the Houthis with drones": the one supplied is the target, and without
    # one ("supplied information") there is no event
    [supply] = [t for t in lexicon.get("supply", "VERB") if t.object is None]
    assert supply.type == "AID" and supply.target_required


CODING_TRIGGERS = [
    *TRIGGERS,
    {"lemma": "provide", "pos": "VERB", "type": "AID", "object": "aid",
     "preps": {"to": "target"}},
    {"lemma": "send", "pos": "VERB", "type": "AID", "object": "medicine",
     "preps": {"to": "target"}},
    {"lemma": "defend", "pos": "VERB", "type": "SUPPORT", "preps": {},
     "target_required": True},
    {"lemma": "return", "pos": "VERB", "type": "RETREAT", "object": "weapon", "preps": {}},
    {"lemma": "vow", "pos": "VERB", "type": "AGREE", "preps": {}},
    {"lemma": "mediation", "pos": "NOUN", "type": "CONSULT",
     "preps": {"between": "target"}},
]
CODING_LEXICON = lexicon_of(CODING_TRIGGERS)

CODING_CASES = [
    # a stated intent to cooperate is AGREE, and the intent is asserted, not hypothetical
    (
        "France/2/nsubj/PROPN/France will/2/aux/AUX/will provide/2/ROOT/VERB/provide "
        "aid/2/obj/NOUN/aid to/5/case/ADP/to Liberia/2/obl/PROPN/Liberia ./2/punct/PUNCT/.",
        {"France": ("STATE", [0]), "Liberia": ("STATE", [5])},
        [("AGREE", "France", "Liberia", "asserted")],
    ),
    # ... and so is readiness ("is ready to")
    (
        "France/2/nsubj/PROPN/France is/2/cop/AUX/be ready/2/ROOT/ADJ/ready "
        "to/4/mark/PART/to provide/2/xcomp/VERB/provide aid/4/obj/NOUN/aid "
        "./2/punct/PUNCT/.",
        {"France": ("STATE", [0])},
        [("AGREE", "France", None, "asserted")],
    ),
    # a negated cooperative act is a REJECT
    (
        "Iran/3/nsubj/PROPN/Iran did/3/aux/AUX/do not/3/advmod/PART/not "
        "support/3/ROOT/VERB/support Assad/3/obj/PROPN/Assad ./3/punct/PUNCT/.",
        {"Iran": ("STATE", [0]), "Bashar al-Assad": ("PERSON", [4])},
        [("REJECT", "Iran", "Bashar al-Assad", "asserted")],
    ),
    # an intent to act against someone is a THREATEN
    (
        "Iran/2/nsubj/PROPN/Iran will/2/aux/AUX/will attack/2/ROOT/VERB/attack "
        "Israel/2/obj/PROPN/Israel ./2/punct/PUNCT/.",
        {"Iran": ("STATE", [0]), "Israel": ("STATE", [3])},
        [("THREATEN", "Iran", "Israel", "asserted")],
    ),
    # any intent on an "unless" condition is a THREATEN; the condition is no event
    (
        "Nigeria/2/nsubj/PROPN/Nigeria will/2/aux/AUX/will withdraw/2/ROOT/VERB/withdraw "
        "unless/5/mark/SCONJ/unless Chad/5/nsubj/PROPN/Chad supports/2/advcl/VERB/support "
        "Nigeria/5/obj/PROPN/Nigeria ./2/punct/PUNCT/.",
        {"Nigeria": ("STATE", [0, 6]), "Chad": ("STATE", [4])},
        [("THREATEN", "Nigeria", None, "asserted")],
    ),
    # a reported obligation is a REQUEST from the speaker to the obliged; its content is none
    (
        "Russia/1/nsubj/PROPN/Russia said/1/ROOT/VERB/say Sudan/4/nsubj/PROPN/Sudan "
        "must/4/aux/AUX/must return/1/ccomp/VERB/return weapons/4/obj/NOUN/weapon "
        "./1/punct/PUNCT/.",
        {"Russia": ("STATE", [0]), "Sudan": ("STATE", [2])},
        [("REQUEST", "Russia", "Sudan", "asserted")],
    ),
    # so is a reported need ("needs to", read by its form: the lemmatizer may miss it)
    (
        "Russia/1/nsubj/PROPN/Russia said/1/ROOT/VERB/say Sudan/3/nsubj/PROPN/Sudan "
        "needs/1/ccomp/VERB/nee to/5/mark/PART/to return/3/xcomp/VERB/return "
        "weapons/5/obj/NOUN/weapon ./1/punct/PUNCT/.",
        {"Russia": ("STATE", [0]), "Sudan": ("STATE", [2])},
        [("REQUEST", "Russia", "Sudan", "asserted")],
    ),
    # "would" is an intent only in reported speech
    (
        "Hamas/1/nsubj/PROPN/Hamas said/1/ROOT/VERB/say it/4/nsubj/PRON/it "
        "would/4/aux/AUX/would return/1/ccomp/VERB/return weapons/4/obj/NOUN/weapon "
        "./1/punct/PUNCT/.",
        {"Hamas": ("ARMED_GROUP", [0])},
        [("AGREE", "Hamas", None, "asserted")],
    ),
    # a verb whose sense needs a target: defending a town is no SUPPORT, defending Iraq is
    (
        "Syria/1/nsubj/PROPN/Syria defended/1/ROOT/VERB/defend the/3/det/DET/the "
        "town/1/obj/NOUN/town ./1/punct/PUNCT/.",
        {"Syria": ("STATE", [0])},
        [],
    ),
    (
        "Arafat/1/nsubj/PROPN/Arafat defended/1/ROOT/VERB/defend Iraq/1/obj/PROPN/Iraq "
        "./1/punct/PUNCT/.",
        {"Yasser Arafat": ("PERSON", [0]), "Iraq": ("STATE", [2])},
        [("SUPPORT", "Yasser Arafat", "Iraq", "asserted")],
    ),
    # a measure's content fills the object: "700 kg of medicine"
    (
        "Swiss/1/amod/ADJ/swiss doctors/2/nsubj/NOUN/doctor sent/2/ROOT/VERB/send "
        "700/4/nummod/NUM/700 kg/2/obj/NOUN/kg of/6/case/ADP/of "
        "medicine/4/nmod/NOUN/medicine to/8/case/ADP/to Iran/2/obl/PROPN/Iran "
        "./2/punct/PUNCT/.",
        {"Switzerland": ("STATE", [0]), "Iran": ("STATE", [8])},
        [("AID", "Switzerland", "Iran", "asserted")],
    ),
    # a vow to attack is a threat, against the attacked (target.promised_act)
    (
        "Hamas/1/nsubj/PROPN/Hamas vowed/1/ROOT/VERB/vow to/3/mark/PART/to "
        "attack/1/xcomp/VERB/attack Israel/3/obj/PROPN/Israel ./1/punct/PUNCT/.",
        {"Hamas": ("ARMED_GROUP", [0]), "Israel": ("STATE", [4])},
        [("THREATEN", "Hamas", "Israel", "asserted")],
    ),
    # an event noun compounded into "mission"/"effort" takes that head's arguments
    (
        "Qatar/1/nsubj/PROPN/Qatar launched/1/ROOT/VERB/launch a/4/det/DET/a "
        "mediation/4/compound/NOUN/mediation effort/1/obj/NOUN/effort "
        "between/6/case/ADP/between Riyadh/4/nmod/PROPN/Riyadh and/8/cc/CCONJ/and "
        "Abu/6/conj/PROPN/Abu ./1/punct/PUNCT/.",
        {"Qatar": ("STATE", [0]), "Saudi Arabia": ("STATE", [6]),
         "United Arab Emirates": ("STATE", [8])},
        [("CONSULT", "Qatar", "Saudi Arabia", "asserted"),
         ("CONSULT", "Qatar", "United Arab Emirates", "asserted")],
    ),
    # a pronoun subject refers to the actor of a role-noun subject ("Afghan leaders ... they")
    (
        "Afghan/1/amod/ADJ/afghan leaders/2/nsubj/NOUN/leader said/2/ROOT/VERB/say "
        "they/5/nsubj/PRON/they will/5/aux/AUX/will support/2/ccomp/VERB/support "
        "Kabul/5/obj/PROPN/Kabul ./2/punct/PUNCT/.",
        {"Afghan": ("GROUP", [0]), "Kabul": ("LOCATION", [6])},
        [("SUPPORT", "Afghan", "Kabul", "asserted")],
    ),
]


@pytest.mark.parametrize(("spec", "entities", "expected"), CODING_CASES)
def test_find_events_coded_type(spec: str, entities: dict, expected: list) -> None:
    doc = make_document(spec, entities)
    names = {e.id: e.name for e in doc.entities}
    found = [
        (e.type, names.get(e.source or ""), names.get(e.target or ""), e.mode)
        for e in find_events(doc, lexicon=CODING_LEXICON)
    ]
    assert found == expected


# --------------------------------------------------------------------------- through the model


def _analysed_events(text: str) -> list[tuple[str, str | None, str | None]]:
    import dossier

    doc = dossier.analyze(text)
    names = {e.id: e.name for e in doc.entities}
    return [(e.type, names.get(e.source or ""), names.get(e.target or "")) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (  # a place before an event noun names no actor: the light verb's subject acts
            "On Tuesday, Marco Rubio will join Mike Waltz for the Jeddah talks with Ukrainian"
            " officials.",
            ("CONSULT", "Marco Rubio", "Ukraine"),
        ),
        (  # unless a hyphen joins it to an actor
            "They condemned the ISIS-Khorasan attacks during Ramadan.",
            ("ASSAULT", "Islamic State", None),
        ),
        (  # the nation before a noun of purpose acts its "to" clause
            "The leaders discussed ongoing U.S. efforts to provide Ukraine with the equipment"
            " it needs.",
            ("AID", "United States", "Ukraine"),
        ),
        (  # a meeting in an adjunct is its verb's subject's
            "In a meeting with Prime Minister Hun Sen, Deputy Secretary Wendy Sherman stressed"
            " the importance of free elections.",
            ("CONSULT", "Wendy Sherman", "Hun Sen"),
        ),
    ],
)
def test_events_actor_read_off_the_phrase_around_an_event_noun(text: str, event: tuple) -> None:
    assert event in _analysed_events(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (  # an official is no noun of purpose
            "We have with us a senior State Department official to offer a bit more context.",
            ("AGREE", "State Department"),
        ),
        (  # a participle's meeting is not its governing verb's subject's
            "Trump has been reassigning U.S. officials involved in negotiations with North Korea.",
            ("CONSULT", "Donald Trump"),
        ),
    ],
)
def test_events_actor_not_read_off_a_phrase_that_is_no_event_s(text: str, absent: tuple) -> None:
    assert not [e for e in _analysed_events(text) if e[:2] == absent]


def test_events_verb_tagged_as_noun_still_triggers() -> None:
    events = _analysed_events("Canada condemns in the strongest terms the attacks on aid workers.")
    assert ("ACCUSE", "Canada", None) in events


def test_events_reciprocal_act_is_one_event_each_way() -> None:
    events = _analysed_events("Kenya and Somalia signed an agreement on Monday.")
    assert ("AGREE", "Kenya", "Somalia") in events
    assert ("AGREE", "Somalia", "Kenya") in events


def test_events_two_sides_discussing_is_one_consult_each_way() -> None:
    events = _analysed_events("Secretary Blinken and Foreign Minister Maas discussed next steps.")
    assert ("CONSULT", "Antony Blinken", "Maas") in events
    assert ("CONSULT", "Maas", "Antony Blinken") in events
    one = _analysed_events("Blinken discussed the issue on Monday.")  # one side: no target
    assert [(t, s, g) for t, s, g in one if t == "CONSULT"] == [("CONSULT", "Antony Blinken", None)]


def test_events_two_sides_speaking_by_phone_consult_each_other() -> None:
    events = _analysed_events("Japan and Australia spoke by phone on Monday.")
    assert ("CONSULT", "Japan", "Australia") in events
    assert ("CONSULT", "Australia", "Japan") in events
    one = _analysed_events("Japan spoke by phone with Australia and India on Monday.")
    assert ("CONSULT", "Japan", "India") in one
    assert ("CONSULT", "India", "Japan") not in one


def test_events_agreeing_on_an_open_question_is_no_deal() -> None:
    view = "Members of the Judiciary Committee do not all agree on how impeachment inquiries work."
    assert [e for e in _analysed_events(view) if e[0] in {"AGREE", "REJECT"}] == []
    deal = _analysed_events("Russia and Ukraine agreed on how to exchange prisoners.")
    assert ("AGREE", "Russia", "Ukraine") in deal


@pytest.mark.parametrize(
    "text",
    [
        "Japan must prepare for the retreat of the United States from global leadership.",
        "Berisha has retreated from leading roles in the party.",
        "Johnson wanted to complete the withdrawal of the United Kingdom from the European Union.",
    ],
)
def test_events_withdrawing_from_no_place_is_no_retreat(text: str) -> None:
    assert [e for e in _analysed_events(text) if e[0] == "RETREAT"] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Russian forces retreated from Kherson in November.", "Russian forces"),
        ("The United States completed the withdrawal of its troops from the country.",
         "United States"),
        ("Israel withdrew from Gaza in 2005.", "Israel"),
    ],
)
def test_events_withdrawing_from_a_place_is_a_retreat(text: str, source: str) -> None:
    assert ("RETREAT", source, None) in _analysed_events(text)


def test_events_delegates_from_two_sides_meet_each_other() -> None:
    events = _analysed_events("Representatives from the United States and Japan met in Tokyo.")
    assert ("CONSULT", "United States", "Japan") in events
    assert ("CONSULT", "Japan", "United States") in events


@pytest.mark.parametrize(
    "text",
    [
        "The United States imposed a new round of sanctions on Myanmar.",
        "The United States imposed a further tranche of sanctions on Myanmar.",
    ],
)
def test_events_round_of_sanctions_is_the_sanction_imposed(text: str) -> None:
    assert ("SANCTION", "United States", "Myanmar") in _analysed_events(text)


def test_events_exercises_held_are_mobilize_but_not_exercises_agreed() -> None:
    held = _analysed_events("Israel and Greece conducted joint military exercises off Crete.")
    assert ("MOBILIZE", "Israel", None) in held
    agreed = _analysed_events("Jordan and Britain agreed to undertake joint military exercises.")
    assert all(t != "MOBILIZE" for t, _, _ in agreed)  # the act agreed is not done yet


def test_events_call_on_takes_its_object_as_target() -> None:
    assert ("REQUEST", "Kenya", "Ethiopia") in _analysed_events(
        "Kenya calls on Ethiopia to withdraw its troops."
    )


def test_events_record_their_rules() -> None:
    import dossier

    doc = dossier.analyze("Kenya calls on Ethiopia to withdraw its troops.")
    request = next(e for e in doc.events if e.type == "REQUEST")
    assert request.rules[0] == "trigger.call_on:REQUEST"
    assert "source.subject" in request.rules


def test_events_joint_statement_we_is_each_issuer() -> None:
    from dossier.analysis import ingest
    from dossier.ingest import RawArticle
    from dossier.stages import default_pipeline

    text = "France and Italy met in Rome. We urge Libya to hold elections."
    doc = ingest(RawArticle(text=text, source="<test>"))
    doc.metadata.issuer = "Governments of France and Italy"
    doc = default_pipeline()(doc)
    names = {e.id: e.name for e in doc.entities}
    requests = {(names.get(e.source or ""), names.get(e.target or "")) for e in doc.events
                if e.type == "REQUEST"}
    assert requests == {("France", "Libya"), ("Italy", "Libya")}


def test_report_explain_shows_event_rules() -> None:
    from rich.console import Console

    import dossier
    from dossier.report import render_report

    doc = dossier.analyze("Kenya calls on Ethiopia to withdraw its troops.")
    console = Console(width=400, record=True)
    console.print(render_report(doc, explain=True))
    explained = console.export_text()
    console.print(render_report(doc))
    assert "trigger.call_on:REQUEST" in explained
    assert "trigger.call_on:REQUEST" not in console.export_text()


def test_events_casualties_take_the_actor_of_the_attack() -> None:
    assert ("ASSAULT", "Russia", None) in _analysed_events(
        "Five civilians were killed in a Russian drone strike on Kharkiv."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's attack on Israel is completely unacceptable.", ("ASSAULT", "Iran", "Israel")),
        ("Our support for Ukraine is ironclad, Germany said.", ("SUPPORT", "Germany", "Ukraine")),
    ],
)
def test_events_an_act_judged_is_still_reported(text: str, expected: tuple) -> None:
    """An act noun that is the subject of a judgment is the act all the same."""
    assert expected in _analysed_events(text)


def test_events_a_participle_after_the_preposition_to_is_no_act() -> None:
    events = _analysed_events(
        "Kenya calls for Eritrea to live up to its commitment and immediately return its "
        "troops to internationally recognized Eritrean territory."
    )
    assert ("REQUEST", "Kenya", "Eritrea") in events
    assert all(t != "SUPPORT" for t, _, _ in events)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("A former Israeli official criticized Netanyahu.", "Israeli"),
        ("Police arrested a former Afghan minister in Kabul.", "Afghanistan"),
        ("A former State Department official criticized the deal.", "State Department"),
    ],
)
def test_events_a_former_office_holder_acts_for_no_state(text: str, unwanted: str) -> None:
    events = _analysed_events(text)
    assert all(unwanted not in {source, target} for _, source, target in events)
    assert ("ACCUSE", "Israeli", "Benjamin Netanyahu") in _analysed_events(
        "An Israeli official criticized Netanyahu."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States speeded up the withdrawal of some forces from Panama.",
         ("RETREAT", "United States", None)),
        ("Kosovo approves the deployment of troops to Gaza.", ("MOBILIZE", "Kosovo", None)),
    ],
)
def test_events_an_act_noun_whose_of_phrase_names_no_actor_is_its_light_verbs(
    text: str, expected: tuple
) -> None:
    assert expected in _analysed_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Somalia agreed to fight terrorism together.",
        "Both countries renew their commitment to policies to fight terrorism.",
        "The president's legal team appealed the decision to the Second Circuit.",
        "The United States Coast Guard called off its search late on Tuesday.",
    ],
)
def test_events_policies_legal_steps_and_searches_are_no_hostile_act(text: str) -> None:
    assert not {"ASSAULT", "THREATEN", "REQUEST", "SANCTION"} & {
        t for t, _, _ in _analysed_events(text)
    }


def test_events_a_relative_pronoun_object_is_read_as_its_antecedent() -> None:
    assert ("SANCTION", "United States", "Russia") in _analysed_events(
        "These are the sanctions that the United States imposed on Russia."
    )
    assert _analysed_events(
        "This is an area of extraordinary opportunity that Kenya has to seize."
    ) == []


def test_events_people_held_hostage_hold_no_one() -> None:
    assert _analysed_events(
        "Kenya remains committed to reuniting Americans held hostage or wrongfully detained "
        "with their families."
    ) == []
    assert ("ASSAULT", "Hamas", None) in _analysed_events("Hamas held hostages in Gaza.")


def test_events_exchange_of_fire_is_reciprocal() -> None:
    events = _analysed_events("Somali forces and al-Shabaab exchanged fire near the town.")
    # no state of its own here: the forces, Somalia's military, act
    expected = {("ASSAULT", "Somali forces"), ("ASSAULT", "Al-Shabaab")}
    assert {(t, s) for t, s, _ in events} >= expected


def test_events_releasing_a_statement_is_no_event() -> None:
    assert _analysed_events("The statement was released by France on Monday.") == []


def test_events_statement_about_an_act_targets_its_actor() -> None:
    assert ("REJECT", "Afghanistan", "Pakistan") in _analysed_events(
        "Kabul rejected Pakistan's allegation on Monday."
    )


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Iran is believed to have attacked the base.", "speculative"),
        ("Russia is said to have armed the rebels.", "speculative"),
        ("Iran attacked the base on Monday.", "asserted"),
    ],
)
def test_events_hearsay_is_speculative(text: str, mode: str) -> None:
    import dossier

    events = dossier.analyze(text).events
    assert events and events[0].mode == mode


def test_events_bare_state_forces_act_for_the_state_but_are_hit_as_written() -> None:
    # "Israeli forces" is the Israeli military as an entity, but its acts are the state's
    events = _analysed_events("Israel said Israeli forces killed ten militants in Gaza.")
    assert ("ASSAULT", "Israel", None) in events
    events = _analysed_events("Israel said Hamas fighters attacked Israeli forces in Gaza.")
    assert ("ASSAULT", "Hamas", "Israeli forces") in events


def test_events_named_state_security_forces_stay_the_military() -> None:
    events = _analysed_events("Somalia said Somali security forces killed ten militants.")
    assert ("ASSAULT", "Somali security forces", None) in events


# --------------------------------------------------------------------------- recall (issue 14)


def test_events_capitalised_sentence_initial_noun_is_a_trigger() -> None:
    # "Airstrikes" opens the sentence and is tagged a name; it is still the attack noun
    assert ("ASSAULT", "Saudi-led coalition", None) in _analysed_events(
        "Airstrikes by the Saudi-led coalition killed 20 civilians."
    )
    # without "by": no actor is invented; the act has no source (source.agentless)
    unattributed = _analysed_events("Airstrikes killed 20 civilians in the north.")
    assert [(t, s) for t, s, _ in unattributed] == [("ASSAULT", None)]


def test_events_hyphenated_word_split_by_the_tokenizer_is_looked_up_whole() -> None:
    assert ("MOBILIZE", "China", None) in _analysed_events(
        "The group remains worried about China's military build-up in the region."
    )
    assert all(t != "MOBILIZE" for t, _, _ in _analysed_events(
        "China's economy picked up in the region."
    ))


def test_events_hyphenated_actor_modifier_gives_each_actor() -> None:
    events = _analysed_events(
        "The United States and Israel attacked Iran in March. "
        "U.S.-Israeli strikes on Iran also reignited conflict in Lebanon."
    )
    assert ("ASSAULT", "United States", "Iran") in events
    assert ("ASSAULT", "Israel", "Iran") in events
    events = _analysed_events("Russia attacked Ukraine. Russia-Ukraine talks resumed in Istanbul.")
    assert ("CONSULT", "Ukraine", "Russia") in events


def test_events_encouraging_someone_to_act_is_a_request() -> None:
    assert ("REQUEST", "China", "Iran") in _analysed_events(
        "China encouraged Iran to agree to the ceasefire."
    )
    assert _analysed_events("Kenya was encouraged by the progress of the talks.") == []


def test_events_offering_a_reward_is_a_sanction() -> None:
    events = _analysed_events(
        "The United States is offering a reward of up to $10 million for information on "
        "Hezbollah financier Muhammad Qasir."
    )
    assert ("SANCTION", "United States") in {(t, s) for t, s, _ in events}
    assert all(t != "SANCTION" for t, _, _ in _analysed_events(
        "Qatar is offering to host talks between Israel and Hamas."
    ))


def test_events_blocking_aid_or_access_is_coercion() -> None:
    assert ("COERCE", "Sudanese army", None) in _analysed_events(
        "The Sudanese army blocked humanitarian access to Darfur."
    )
    # protesters blocking a road protest (source.bare_group: the protesters as written)
    events = _analysed_events("Protesters blocked the road to the airport.")
    assert [t for t, _, _ in events] == ["PROTEST"]


def test_events_opposing_is_a_rejection() -> None:
    # the annotation codes opposing a proposal or an investment as REJECT, not ACCUSE
    events = _analysed_events("Pakistan opposes the Indian proposal.")
    assert ("REJECT", "Pakistan") in {(t, s) for t, s, _ in events}
    assert all(t != "ACCUSE" for t, _, _ in events)


def test_events_vowing_revenge_is_a_threat() -> None:
    assert ("THREATEN", "Hezbollah", "Israel") in _analysed_events(
        "Hezbollah vows retaliation against Israel."
    )
    assert _analysed_events("Hamas vowed to rebuild Gaza.") == []


def test_events_described_targets_are_words_not_entities() -> None:
    import dossier

    doc = dossier.analyze("Hamas fighters killed 12 civilians and two soldiers near the border.")
    assert [e.name for e in doc.entities if "civilians" in e.name.lower()] == []
    described = {e.target_text.text for e in doc.events if e.target_text is not None}
    assert described == {"12 civilians", "two soldiers"}
    for event in doc.events:
        if event.target_text is not None:
            assert event.target is None
            assert doc.text[event.target_text.start : event.target_text.end] == (
                event.target_text.text
            )
            assert "target.described" in event.rules


def test_report_shows_a_described_target_in_quotes() -> None:
    from rich.console import Console

    import dossier
    from dossier.report import render_report

    doc = dossier.analyze("The United States called on all warring parties to resume talks.")
    console = Console(width=400, record=True)
    console.print(render_report(doc))
    assert "\u201call warring parties\u201d" in console.export_text()


def test_events_reduced_passive_casualties_are_the_target() -> None:
    # "N X killed in a Y strike" (a headline, or "... are killed and N others injured in"):
    # the subject fell victim, the strike's actor acted (source.reduced_passive)
    events = _analysed_events("Two Hamas commanders killed in an Israeli strike, the army said.")
    assert ("ASSAULT", "Israel", "Hamas") in events
    assert all(s != "Hamas" for _, s, _ in events)
    gapped = _analysed_events(
        "Six people are killed and several others injured in a Pakistani airstrike in Kabul."
    )
    assert ("ASSAULT", "Pakistan") in {(t, s) for t, s, _ in gapped}


def test_events_reduced_passive_without_an_attacker_has_no_source() -> None:
    # the attack names no actor: the victims are not its source
    events = _analysed_events("Five Hamas militants killed in the attack on the base.")
    assert all(s != "Hamas" for _, s, _ in events)
    # an active clause with an object keeps its subject as the source
    assert ("ASSAULT", "Israel", "Hamas") in _analysed_events(
        "Israeli jets killed two Hamas commanders in a strike."
    )


def test_a_past_act_is_never_dated_after_its_report() -> None:
    import dossier

    doc = dossier.analyze(
        "Russia attacked Ukraine on March 3, 2031. Russia attacked Ukraine on March 3.",
        published="2024-06-01",
    )
    assert [e.date for e in doc.events if e.type == "ASSAULT"] == [None, "2024-03-03"]


def test_events_of_a_clause_someone_is_relied_on_for_have_that_one_as_source() -> None:
    # "look to X to", "count on X to": X is to act, not the one who looks or counts
    events = _analysed_events("Ankara is looking to Trump to veto any sanctions legislation.")
    assert ("REJECT", "Donald Trump") in {(t, s) for t, s, _ in events}
    assert all(s != "Turkey" for _, s, _ in events)


def test_events_a_place_based_actor_is_the_actor_not_its_seat() -> None:
    # the parse makes "Somalia" the subject of "Somalia-based al-Shabab has been attacking"
    events = _analysed_events("Somalia-based al-Shabab has been attacking Kenyan troops.")
    assert ("ASSAULT", "Al-Shabaab", "Kenyan troops") in events
    assert not any(source == "Somalia" for _, source, _ in events)
    # a place that acts on its own stays the actor
    assert ("ACCUSE", "Somalia", "Al-Shabaab") in _analysed_events(
        "Somalia accused al-Shabab of the attack."
    )


def test_events_what_a_noun_of_asking_asks_for_is_no_act_of_its_own() -> None:
    # "its call on X to withdraw": the content of the call, as in "urged X to withdraw"
    for text in (
        "Canada renewed its call on Russia to withdraw its forces.",
        "We reiterate our call on the DPRK to engage in diplomacy and accept the offers.",
    ):
        assert not any(kind in {"RETREAT", "AGREE"} for kind, _, _ in _analysed_events(text))
    # a call ignored is no call's content
    ignored = _analysed_events("Russia ignored the call and attacked Kyiv.")
    assert ("ASSAULT", "Russia", "Kyiv") in ignored


def test_events_fighting_between_two_sides_is_one_event_each_way() -> None:
    # a noun, even where the tagger made "clashes" a verb; a side must be named
    for text in (
        "A pause in the fighting between Israel and Hamas saw the release of hostages.",
        "Dozens were killed in clashes between the Islamic State and JNIM last week.",
    ):
        events = {(kind, source) for kind, source, _ in _analysed_events(text)}
        assert len({source for kind, source in events if kind == "ASSAULT"}) == 2, events
    assert _analysed_events("Heavy fighting continued in Khartoum on Sunday.") == []
    assert _analysed_events("Clashes erupted in the capital overnight.") == []


def test_events_an_act_done_in_cooperation_with_a_named_partner_is_cooperation() -> None:
    assert ("COOPERATE", "Kenyan army", "Somali National Army") in _analysed_events(
        "The Kenyan army carried out the raid in close coordination with the Somali National Army."
    )
    # no partner named; an act asked for; cooperation as what one is interested in
    for text in (
        "Japan will take additional measures in cooperation with our allies and partners.",
        "The United States urged Israel to take additional measures in cooperation with Egypt.",
        "Israel is interested in cooperation with Egypt on border security.",
    ):
        assert all(kind != "COOPERATE" for kind, _, _ in _analysed_events(text)), text


def test_events_growing_cooperation_is_cooperation_by_the_subject() -> None:
    assert ("COOPERATE", "Iran", "Russia") in _analysed_events(
        "Iran has increased cooperation with Russia."
    )
    # a purpose or a modifier names no act done
    for text in (
        "The ministers discussed ways to strengthen cooperation with Japan.",
        "The ministers have discussed increased cooperation with Japan.",
    ):
        assert all(kind != "COOPERATE" for kind, _, _ in _analysed_events(text)), text


def test_events_an_act_a_threat_risk_or_call_names_is_not_done() -> None:
    for text in (
        "The threat of Russian strikes on Kyiv remains high.",
        "President Biden reiterated his warning about the danger of Russian cyber attacks.",
        "Calls for the withdrawal of Russian forces grew.",
    ):
        assert all(kind not in {"ASSAULT", "RETREAT"} for kind, _, _ in _analysed_events(text))
    assert ("ASSAULT", "Russia", "Kyiv") in _analysed_events(
        "Russian strikes on Kyiv killed five people on Monday."
    )


def test_events_a_noun_event_is_not_aimed_at_its_own_actor() -> None:
    # the sides of "between" are its actors; as its targets each one would meet itself, and
    # the Iranian side would be left with no event
    events = _analysed_events(
        "Iran rejected the proposal on Monday. Officials prepared for a tentative April 11 "
        "meeting between senior Iranian and U.S. negotiators, including Vice President JD Vance."
    )
    assert ("CONSULT", "Iran", "United States") in events
    assert ("CONSULT", "United States", "Iran") in events


def test_events_a_noun_under_opposition_is_its_content() -> None:
    events = _analysed_events("Israel is opposed to French mediation in peace negotiations.")
    assert all(kind != "CONSULT" for kind, _, _ in events)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("China condemned Trump's threat to impose tariffs on Chinese goods.", "SANCTION"),
        ("The United States condemns the suspension of Twitter by the Nigerian Government and "
         "subsequent threats to arrest and prosecute Nigerians who use Twitter.", "COERCE"),
    ],
)
def test_events_a_threat_nouns_to_clause_is_not_done(text: str, absent: str) -> None:
    assert absent not in {event_type for event_type, _, _ in _analysed_events(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Iran rejected an offer to hold talks with the United States.",
        "Hamas accepted Egypt's invitation to attend talks in Cairo.",
        "The Islamic Jihad movement rejected an invitation to attend a meeting next week.",
    ],
)
def test_events_an_offer_nouns_to_clause_is_not_done(text: str) -> None:
    assert "CONSULT" not in {event_type for event_type, _, _ in _analysed_events(text)}


def test_events_a_decision_to_act_is_still_an_act() -> None:
    events = _analysed_events("The European Union decided to impose sanctions on Russia.")
    assert any(event_type == "SANCTION" for event_type, _, _ in events), events


def test_events_of_fighters_belonging_to_a_group_are_the_groups() -> None:
    import dossier

    doc = dossier.analyze(
        "Separatists belonging to the Baloch Liberation Army claimed responsibility for the "
        "attack."
    )
    names = {e.id: e.name for e in doc.entities}
    assert [(e.type, names.get(e.source)) for e in doc.events] == [
        ("ASSAULT", "Baloch Liberation Army")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Iran insisted that the United States lift all sanctions.",
        "The plan restated U.S. demands that Iran dismantle its nuclear facilities and give up"
        " its enriched uranium.",
    ],
)
def test_events_an_act_a_demand_puts_in_the_subjunctive_is_not_done(text: str) -> None:
    import dossier

    assert "CONCEDE" not in {e.type for e in dossier.analyze(text).events}


def test_events_a_meeting_someone_travels_for_is_theirs_in_the_travels_mode() -> None:
    import dossier

    def coded(text: str) -> list[tuple[str, str | None, str | None, str]]:
        doc = dossier.analyze(text)
        names = {e.id: e.name for e in doc.entities}
        return [(e.type, names.get(e.source), names.get(e.target), e.mode) for e in doc.events]

    assert coded("Marco Rubio will travel to Jeddah for talks with Ukrainian officials.") == [
        ("CONSULT", "Marco Rubio", "Ukraine", "hypothetical")
    ]
    assert coded("Antony Blinken traveled to Algiers for meetings with Algerian officials.") == [
        ("CONSULT", "Antony Blinken", "Algeria", "asserted")
    ]


def test_events_an_attack_an_actor_participated_in_is_theirs() -> None:
    import dossier

    doc = dossier.analyze("Hezbollah fighters participated in attacks on Israeli positions.")
    names = {e.id: e.name for e in doc.entities}
    assert [(e.type, names.get(e.source)) for e in doc.events] == [("ASSAULT", "Hezbollah")]


def test_events_a_relative_clause_hung_on_a_farther_noun_keeps_the_attacks_agent() -> None:
    import dossier

    doc = dossier.analyze(
        "Sullivan extended sincere condolences to the Israeli people for the June 20 terrorist "
        "attack by Hamas that killed four Israeli civilians in the West Bank."
    )
    names = {e.id: e.name for e in doc.entities}
    assert {(e.type, names.get(e.source)) for e in doc.events} == {("ASSAULT", "Hamas")}


def test_events_of_a_leaders_administration_are_the_states() -> None:
    import dossier

    doc = dossier.analyze(
        "The United States warned Iran. The Trump administration imposed sanctions on Iran."
    )
    names = {e.id: e.name for e in doc.entities}
    assert ("SANCTION", "United States", "Iran") in {
        (e.type, names.get(e.source), names.get(e.target)) for e in doc.events
    }


def test_events_two_titled_names_split_into_two_subjects_both_act() -> None:
    import dossier

    doc = dossier.analyze(
        "Deputy Secretary of State Wendy Sherman spoke today with Rui Vinhas. Deputy Secretary "
        "Sherman and Ambassador Vinhas condemned Russia's attack against Ukraine."
    )
    names = {e.id: e.name for e in doc.entities}
    accusers = {names.get(e.source) for e in doc.events if e.type == "ACCUSE"}
    assert accusers == {"Wendy Sherman", "Rui Vinhas"}


def test_events_the_issuers_we_acts_when_a_long_apposition_splits_the_subject() -> None:
    import dossier

    doc = dossier.analyze(
        "Begin Text:\n\nWe, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the "
        "United Kingdom, and the United States of America, and the High Representative of the "
        "European Union, strongly condemn the four executions by the military junta in Myanmar."
    )
    names = {e.id: e.name for e in doc.entities}
    assert "Canada" in {names.get(e.source) for e in doc.events if e.type == "ACCUSE"}


def test_events_an_officials_aides_are_people_not_aid() -> None:
    import dossier

    doc = dossier.analyze(
        "Andriy Yermak is one of President Zelensky's aides. Germany sent aid to Ukraine."
    )
    assert [(e.type, e.trigger.text) for e in doc.events if e.type == "AID"] == [("AID", "sent")]


def test_events_a_bare_past_participle_clause_acts_on_the_subject_it_shares() -> None:
    import dossier

    doc = dossier.analyze(
        "Antoine Quirin, a police officer, was tried in Paris. Quirin wept in his lawyer's arms "
        "when convicted. Ukraine and Georgia remember those killed and displaced by violence "
        "over the last year, including at least 100 people killed on this day alone one year "
        "ago."
    )
    names = {e.id: e.name for e in doc.entities}
    assert [(e.type, names.get(e.source)) for e in doc.events if e.source] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's U.N. ambassador criticized the resolution.", ("ACCUSE", "Iran", None)),
        ("Russia's U.N. mission rejected the draft.", ("REJECT", "Russia", None)),
        ("The U.N. envoy for Yemen welcomed the truce.", ("SUPPORT", "United Nations", None)),
    ],
)
def test_events_a_states_representative_to_a_body_acts_for_the_state(
    text: str, expected: tuple[str, str, None]
) -> None:
    assert _analysed_events(text) == [expected]


def test_events_an_answered_allegation_about_another_actor_is_not_aimed_at_the_denier() -> None:
    events = _analysed_events(
        "The United States rejected Russia's transparently false allegation that Ukraine is"
        " preparing to use a dirty bomb."
    )
    assert ("REJECT", "United States", "Russia") in events
    accusations = [e for e in events if e[0] == "ACCUSE"]
    assert accusations and all(e[1] == "Russia" and e[2] != "United States" for e in accusations)


def test_events_an_act_noun_takes_the_agent_of_its_participle_of_doing() -> None:
    events = _analysed_events("The sanctions imposed by the United States hurt Iran's economy.")
    assert [e for e in events if e[0] == "SANCTION"] == [("SANCTION", "United States", None)]
    on = _analysed_events("The sanctions imposed by the United States on Iran hurt its economy.")
    assert [e for e in on if e[0] == "SANCTION"] == [("SANCTION", "United States", "Iran")]
    undergone = _analysed_events("The sanctions suffered by the United States hurt its economy.")
    assert [e for e in undergone if e[0] == "SANCTION"] == []


def test_events_a_vow_to_go_on_attacking_is_a_threat() -> None:
    events = _analysed_events("The Houthis vowed to continue attacking ships in the Red Sea.")
    assert ("THREATEN", "Houthis") in {(e[0], e[1]) for e in events}
    noun = _analysed_events("The Houthis vowed to continue their attacks on shipping.")
    assert ("THREATEN", "Houthis") in {(e[0], e[1]) for e in noun}
    support = _analysed_events("Egypt vowed to continue supporting the Palestinians.")
    assert [e for e in support if e[0] in {"THREATEN", "AGREE"}] == []


def test_events_a_role_acted_on_is_not_the_person_quoted_next() -> None:
    events = _analysed_events(
        "The leader of the armed group was killed in an airstrike on Monday."
        " “He was a brutal man,” police chief Ahmed Musa told reporters."
    )
    assert all(e[2] != "Ahmed Musa" for e in events), events


def test_events_an_act_asked_of_an_object_is_not_the_askers() -> None:
    # the parser hung "to cooperate" on the object: the parties would cooperate, not Norway
    events = _analysed_events(
        "Norway urges the parties to cooperate fully with Special Envoy Jan Egeland."
    )
    assert ("REQUEST", "Norway") in {(e[0], e[1]) for e in events}
    assert [e for e in events if e[0] == "COOPERATE"] == [], events


def test_events_an_act_credited_to_an_object_is_not_the_praisers() -> None:
    events = _analysed_events(
        "Spain thanked the Emir of Qatar for his leadership in reaching this agreement."
    )
    assert ("SUPPORT", "Spain", "Qatar") in events
    assert [e for e in events if e[0] == "AGREE" and e[1] == "Spain"] == [], events


def test_events_a_reduced_relative_after_a_plural_noun_is_not_the_subjects_act() -> None:
    events = _analysed_events(
        "Statement from President Joe Biden on the Release of Hostages\n\nAs President, I"
        " have no higher priority than ensuring the safety of Americans held hostage around"
        " the world."
    )
    assert [e for e in events if e[0] == "ASSAULT"] == [], events


def test_events_a_request_for_comment_is_a_press_inquiry() -> None:
    for text in (
        "The embassy did not respond to VOA’s requests for comment.",
        "The Thai embassy did not respond to a VOA request for comment.",
    ):
        assert [e for e in _analysed_events(text) if e[0] == "REQUEST"] == [], text
    asked = _analysed_events("Ukraine requested weapons from Germany.")
    assert ("REQUEST", "Ukraine", "Germany") in asked


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a violent or coercive act told in a participle, with its actor named: an event
        ("The list names more than 400 books banned by the Taliban.", [("COERCE", "Taliban")]),
        ("The report lists hundreds of activists detained by the Iranian authorities.",
         [("COERCE", "Iran")]),
        # of another type it only describes its noun
        ("The pipeline is a project supported by the European Commission.", []),
        # a visit is to an actor or a place an actor governs, not to a thing
        ("President Emmanuel Macron visited Kyiv on Tuesday.", [("CONSULT", "Emmanuel Macron")]),
        ("Secretary Antony Blinken visited in 2016 when he was deputy secretary.",
         [("CONSULT", "Antony Blinken")]),  # where to is told before: a visit all the same
        ("Thousands of people visited the exhibition on Sunday.", []),
        ("The senator visited wounded soldiers at the hospital on Friday.", []),
        # meeting a need, a threat or terms is no meeting; meeting someone is
        ("The alliance must have the capabilities it needs to meet new threats from Russia.", []),
        ("President Joe Biden met President Vladimir Putin in Geneva on Wednesday.",
         [("CONSULT", "Joe Biden")]),
        ("Secretary Antony Blinken met Japanese national security advisor Akiba on Monday.",
         [("CONSULT", "Antony Blinken")]),  # a name no entity holds is still someone
    ],
)
def test_an_act_counts_by_who_does_it_and_to_what(text: str, expected: list) -> None:
    assert [(kind, source) for kind, source, _ in _analysed_events(text)] == expected
