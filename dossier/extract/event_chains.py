"""Event chains: a later mention of an act takes the argument its earlier mention gave.

News tells an act once with its actors and then names it again by a definite description:
"Militants stormed a hotel ... Al-Shabab claimed responsibility for the attack", "... Ghani
condemned the attack". The later event has its source but its target sits with the earlier
mention. After every sentence's events are found, an event with no target whose trigger is
tied to such a description takes the target from the nearest earlier act of a fitting type
(the annotation guide: source and target are resolved to the actor meant).

The rules are data: ``knowledge/event_chains.json`` (id, the types, the nouns, where the
argument is taken from, examples and counter-examples). Only missing arguments are filled:
a wrong argument is worse than a missing one. The other way round, an act told first with
no actor ("Militants attacked a train") takes the source of the later mention that claims
or blames it ("The BLA claimed responsibility for the attack").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from dossier.document import Document, Event, TextSpan
from dossier.extract.syntax import DEMONSTRATIVES, PASSIVE_SUBJECT, SUBJECT
from dossier.knowledge import load_data

OWN_TARGET_MARKERS = {"on", "against", "of", "targeting"}  # "the attack on the embassy"
TIED_CLAUSES = {"advcl", "xcomp", "conj"}  # "spoke out against the attack, calling it ..."
TIED_LEVELS = 2  # "claimed responsibility for the attack": the noun two arcs down
GOVERNOR_LEVELS = 2  # "killed him in an airstrike": the act two words up still governs it
HEAD_ARGUMENTS = {"prep", "obl", "obj", "dobj", "pobj"}  # the words of the clause it hangs from
# what a bare casualty passive may have besides its verb ("Three Americans were also killed,
# officials said"): no agent, no place, no act phrase
BARE_PASSIVE_PARTS = {"nsubj:pass", "nsubjpass", "aux:pass", "auxpass", "aux", "advmod", "punct",
                      "parataxis", "cc"}


@dataclass(frozen=True)
class Act:
    """An act the text reports: an event, or one with no actor kept only to be referred to."""

    type: str
    sentence: int
    start: int
    source: str | None
    target: str | None
    target_text: TextSpan | None

    @classmethod
    def of(cls, event: Event) -> Act:
        return cls(
            event.type,
            event.sentence,
            event.trigger.start,
            event.source,
            event.target,
            event.target_text,
        )


@lru_cache(maxsize=1)
def chain_rules() -> list[dict[str, Any]]:
    """The rules in ``dossier/knowledge/event_chains.json``."""
    return load_data("event_chains.json")["rules"]


def _definite(noun: Token, rule: dict[str, Any]) -> bool:
    """A noun of the rule with one of its determiners, no modifier that names which act it is
    ("the SolarWinds cyber attack") or sets it apart from others ("the deadliest attack", "the
    first strike": ``other_act_words``) and, but after a demonstrative ("this assault on the
    sovereignty of Iraq"), no phrase naming its own target."""
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    own_target = any(
        c.dep_ in {"prep", "nmod"} and c.lower_ in OWN_TARGET_MARKERS for c in noun.children
    ) or any(
        c.dep_ in {"nmod", "obl"}
        and any(g.dep_ == "case" and g.lower_ in OWN_TARGET_MARKERS for g in c.children)
        for c in noun.children
    )
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in rule["nouns"]
        and bool(determiners & set(rule["determiners"]))
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
        and not any(
            c.dep_ in {"amod", "nummod"}
            and (c.tag_ == "JJS" or c.lower_ in rule["other_act_words"])
            for c in noun.children
        )
        and (not own_target or bool(determiners & DEMONSTRATIVES))
    )


def _within(word: Token, top: Token, levels: int) -> bool:
    """Whether ``word`` is ``top`` or hangs from it at most ``levels`` arcs down."""
    for _ in range(levels + 1):
        if word.i == top.i:
            return True
        if word.head.i == word.i:
            return False
        word = word.head
    return False


def _tied_words(trigger: Token) -> list[Token]:
    """The words an event's act may be named by: the trigger and what it governs up to
    TIED_LEVELS down ("claimed responsibility for the attack"), the noun a participle or
    clause is on ("the attack, reportedly conducted by"), and the arguments before it of the
    clause a tied clause hangs from ("spoke out against the attack, calling it"), with its
    subject when a conjoined verb shares it ("the airstrikes targeted two areas and killed")."""
    words = [w for w in trigger.subtree if _within(w, trigger, TIED_LEVELS)]
    if trigger.dep_ in {"acl", "acl:relcl", "relcl"}:
        words.append(trigger.head)
    if trigger.dep_ in TIED_CLAUSES and trigger.head.pos_ == "VERB":
        arguments = set(HEAD_ARGUMENTS)
        subjects = SUBJECT | PASSIVE_SUBJECT
        if trigger.dep_ == "conj" and not any(c.dep_ in subjects for c in trigger.children):
            arguments |= subjects
        words += [
            w
            for c in trigger.head.children
            if c.dep_ in arguments and c.i < trigger.i
            for w in c.subtree
            if _within(w, c, TIED_LEVELS - 1)
        ]
    return words


def referring_noun(trigger: Token, rule: dict[str, Any]) -> Token | None:
    """The definite description of the rule the event at ``trigger`` names its act by; not
    one an act word of the rule governs ("to strike back in retaliation to the air strikes":
    another act)."""
    if trigger.pos_ != "NOUN" and trigger.lemma_.lower() in rule["nouns"]:
        return None
    return next((w for w in _tied_words(trigger) if _definite(w, rule)), None)


def _argument(act: Act, takes: str) -> tuple[str | None, TextSpan | None]:
    if takes == "source":
        return act.source, None
    return act.target, act.target_text


def _first_token(noun: Token, sentences_back: int) -> int:
    """The index of the first token of the sentence ``sentences_back`` before the noun's."""
    doc, first = noun.doc, noun.sent.start
    for _ in range(sentences_back):
        first = doc[max(0, first - 1)].sent.start
    return first


def _act_named_before(noun: Token, earlier: list[Act], first: int) -> Act | None:
    """The act at the nearest word of the noun's lemma from the noun back to token ``first``
    that is one ("killed him in an airstrike ... carried out the airstrike"): the act that
    word is, or the act whose trigger governs it (up to GOVERNOR_LEVELS up)."""
    lemma, doc = noun.lemma_.lower(), noun.doc
    by_start = {a.start: a for a in reversed(earlier)}
    if noun.idx in by_start:
        return by_start[noun.idx]
    for i in range(noun.i - 1, first - 1, -1):
        word = doc[i]
        if word.lemma_.lower() != lemma:
            continue
        governors = [word, *list(word.ancestors)[:GOVERNOR_LEVELS]]
        act = next((by_start[g.idx] for g in governors if g.idx in by_start), None)
        if act is not None:
            return act
    return None


def _antecedent(event: Event, noun: Token, acts: list[Act], rule: dict[str, Any]) -> Act | None:
    """The act the description names: the one at the nearest earlier word of its lemma, else
    the nearest earlier act of the rule's antecedent types within its window that has the
    argument the rule takes."""
    first = event.sentence - rule["sentences_back"]
    earlier = [
        a
        for a in acts
        if a.type in rule["antecedent_types"]
        and first <= a.sentence <= event.sentence
        and a.start <= noun.idx  # the noun itself may be an act with no actor
        and a.start != event.trigger.start
        and any(_argument(a, rule["takes"]))
    ]
    named = _act_named_before(noun, earlier, _first_token(noun, rule["sentences_back"]))
    return named or max(earlier, key=lambda a: a.start, default=None)


def _act_before_casualties(
    event: Event, trigger: Token, acts: list[Act], rule: dict[str, Any]
) -> Act | None:
    """For a bare casualty passive of the rule's ``passive_verbs`` (a passive subject, no
    agent, no phrase or clause naming an act: "Three Americans were killed."), the last act
    of the antecedent types with the argument the rule takes told before it in its sentence
    or in the ``sentences_back`` sentences right before it."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in rule["passive_verbs"]:
        return None
    head = trigger.head
    if trigger.dep_ != "ROOT" and not (
        trigger.dep_ in {"ccomp", "parataxis"} and head.dep_ == "ROOT" and head.i > trigger.i
    ):  # "Four civilians were wounded, the governor said"; not "354 passengers were freed,
        return None  # 37 of whom were injured": their own tale
    if not any(c.dep_ in PASSIVE_SUBJECT for c in trigger.children):
        return None
    if any(c.dep_ not in BARE_PASSIVE_PARTS for c in trigger.children):
        return None  # "killed by a roadside bomb", "killed in Odesa", "killed when ..."
    return _last_act_before(event, acts, rule)


def _last_act_before(event: Event, acts: list[Act], rule: dict[str, Any]) -> Act | None:
    """The last act of the rule's antecedent types, with the argument the rule takes, told
    before ``event`` in its sentence or the rule's ``sentences_back`` sentences before."""
    earlier = [
        a
        for a in acts
        if a.type in rule["antecedent_types"]
        and event.sentence - rule["sentences_back"] <= a.sentence <= event.sentence
        and a.start < event.trigger.start
        and any(_argument(a, rule["takes"]))
    ]
    return max(earlier, key=lambda a: a.start, default=None)


def _act_before_claim(
    event: Event, trigger: Token, acts: list[Act], rule: dict[str, Any]
) -> Act | None:
    """For a claim of one of the rule's ``claim_nouns`` that names no act (no phrase on the
    verb or on the noun: "Al-Shabab claimed responsibility."), the last act of the antecedent
    types with the argument the rule takes told before it in its sentence or the
    ``sentences_back`` sentences before."""
    claimed = [
        c for c in trigger.children
        if c.dep_ in {"obj", "dobj"} and c.lemma_.lower() in rule["claim_nouns"]
    ]
    if not claimed or any(
        c.dep_ in {"prep", "obl", "nmod"} for t in (trigger, *claimed) for c in t.children
    ):
        return None  # "claimed responsibility for an attack on a bus": its own act
    return _last_act_before(event, acts, rule)


def _token_at(spacy_doc: Doc, offset: int) -> Token | None:
    span = spacy_doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _fill(event: Event, spacy_doc: Doc, acts: list[Act], fills: str) -> Act | None:
    """Give ``event`` the missing ``fills`` argument ("target" or "source") from the act it
    names again, by the first rule for that argument that fits; that act, else None."""
    trigger = _token_at(spacy_doc, event.trigger.start)
    if trigger is None:
        return None
    for rule in chain_rules():
        if event.type not in rule["types"] or rule["fills"] != fills or "adopts" in rule:
            continue
        if "passive_verbs" in rule:  # "... launched an assault on a base. Three Americans
            act = _act_before_casualties(event, trigger, acts, rule)  # were killed."
        elif "claim_nouns" in rule:  # "Gunmen stormed a hotel. Al-Shabab claimed
            act = _act_before_claim(event, trigger, acts, rule)  # responsibility."
        else:
            noun = referring_noun(trigger, rule)
            act = _antecedent(event, noun, acts, rule) if noun is not None else None
        if act is None:
            continue
        value, text = _argument(act, rule["takes"])
        if fills == "source":
            if value is None or value == event.target:
                return None
            event.source = value
            event.rules = [r for r in event.rules if r != "source.agentless"]
        else:
            if value is not None and value == event.source:
                return None
            event.target, event.target_text = value, text
        event.rules.append(rule["id"])
        return act
    return None


def _claimed(event: Event, act: Act, told_before: list[Event]) -> Event | None:
    """The act with no actor that ``event`` named again and took its target from (of
    ``told_before``), given ``event``'s source by a rule that ``adopts`` it ("Militants
    attacked a train. The BLA claimed responsibility for the attack": the BLA attacked the
    train; "Drones struck Abqaiq. Washington blamed Iran for the attacks": Iran)."""
    rule = next(
        (r for r in chain_rules() if set(r.get("adopts", ())) & set(event.rules)), None
    )
    if rule is None or act.source is not None or event.source is None:
        return None
    if act.type not in rule["types"] or event.type not in rule["types"]:
        return None
    told = next((t for t in told_before if t.trigger.start == act.start), None)
    if told is None or told.source is not None or event.source == told.target:
        return None
    told.source = event.source
    told.rules = [*(r for r in told.rules if r != "source.agentless"), rule["id"]]
    return told


def _same(event: Event, other: Event) -> bool:
    return (event.sentence, event.type, event.source, _key(event)) == (
        other.sentence,
        other.type,
        other.source,
        _key(other),
    )


def _key(event: Event) -> str | None:
    return event.target or (event.target_text.text if event.target_text else None)


def link_back(doc: Document, events: list[Event], unspoken: list[Event]) -> list[Event]:
    """Fill in text order the missing target of each event that names an earlier act again,
    then make an event of each act with no actor that names an earlier act with one ("died in
    the attack": the attack's actor).

    doc (Document): with the ``spacy`` layer.
    events (list[Event]): the document's events, in text order (changed in place).
    unspoken (list[Event]): acts the text reports with a target and no actor.
    RETURNS (list[Event]): the events, with the adopted ones, in text order.
    """
    spacy_doc = doc.layers.get("spacy")
    if spacy_doc is None:
        return events
    acts = [*(Act.of(e) for e in unspoken), *(Act.of(e) for e in events)]
    adopted: list[Event] = []
    for event in events:
        if _key(event) is None and (act := _fill(event, spacy_doc, acts, "target")):
            acts.append(Act.of(event))  # a filled mention may be referred to in its turn
            told = _claimed(event, act, [*unspoken, *events])  # given its actor in place
            if told is not None and all(told is not e for e in events) and not any(
                _same(told, other) for other in (*events, *adopted)
            ):  # an act kept only to be referred to becomes an event
                adopted.append(told)
    for event in unspoken:
        if event.source is None and _fill(event, spacy_doc, acts, "source") and not any(
            _same(event, other) for other in (*events, *adopted)
        ):
            adopted.append(event)
    return sorted([*events, *adopted], key=lambda e: e.trigger.start) if adopted else events


__all__ = ["Act", "chain_rules", "link_back", "referring_noun"]
