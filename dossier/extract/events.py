"""PLOVER events from the dependency parse: who did what to whom, when and where.

A trigger (a verb, a phrasal verb, a light verb with its object, or an event noun, from the
``*triggers*.jsonl`` lexicon) gives the event type; the parse gives the arguments: subject or
passive agent -> source, object or a prepositional object the trigger's record names
("support for X", "aid to X") -> target. Actors are entities of the actor layer, found
through the token, through a role noun's possessor or modifier ("Baghdad's leaders",
"Iranian forces"), or through the controller of an infinitive or participle. No event
without a source actor; none in a question or a heading.

Notes: rules over Universal Dependencies relations (the shipped model), with the ClearNLP
names accepted too; in the spirit of textacy's ``subject_verb_object_triples`` and of
PETRARCH2's verb patterns (the lexicon's CAMEO part comes from its dictionary).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.attrs import IDX, LEMMA, LOWER
from spacy.tokens import Doc, Token

from dossier.document import (
    Attribution,
    DateMention,
    Document,
    Entity,
    Event,
    EventMode,
    TextSpan,
)
from dossier.extract.event_chains import link_back
from dossier.extract.event_rules import (
    agent_nouns,
    any_cued,
    apply_stand_ins,
    argument_rule,
    date_words,
    match_event_rules,
    rules_of_kind,
    sentence_words,
    words_of,
)
from dossier.extract.gazetteer import load_gazetteer
from dossier.extract.references import first_person_words, speakers_at
from dossier.extract.syntax import (
    AGENT,
    INDIRECT_OBJECT,
    MODIFIER,
    NAME_PARTS,
    NOMINAL,
    OBJECT,
    OBLIQUE,
    PARTICLE,
    PASSIVE_AUX,
    PASSIVE_SUBJECT,
    POSSESSOR,
    SUBJECT,
    EntityIndex,
    actor_of,
    antecedent,
    coordinated_modifier_actors,
    cues,
    event_cues,
    is_passive,
    listed_examples,
    marked,
    prep_args,
    preposition,
    pronoun_entity,
    shares_passive,
    with_conjuncts,
)
from dossier.extract.triggers import NO_EVENT, Trigger, TriggerLexicon, load_triggers
from dossier.knowledge import load_agents, load_data
from dossier.language import doc_text, irregular_verb_lemmas
from dossier.spans import Paragraphs

# Types whose grammatical object is what is moved or given up, not a recipient.
NO_OBJECT_TARGET = {"MOBILIZE", "RETREAT"}
HAND_ON_DISTANCE = 2  # sentences

# --------------------------------------------------------------------------- arguments


@dataclass(frozen=True)
class Described:
    """A target the text describes and no entity names ("12 civilians"): its characters."""

    start: int
    end: int
    text: str
    replaces_name: bool = False  # a group the text words, where a name was read in it
    rule: str = ""  # the declared rule that read it, where not the kind's usual one


@dataclass
class Found:
    """A trigger matched in the parse, with its arguments."""

    token: Token
    trigger: Trigger
    sources: list[tuple[Entity, str]]  # entity and how it was found
    targets: list[Entity | None]
    consumed: set[int]  # token indexes that belong to this trigger (its object, particle)
    location: Entity | None = None
    event_type: str = ""  # the type coded: the trigger's, or what an intent or refusal makes it
    mode: EventMode | None = None
    rules: list[str] = field(default_factory=list)  # ids of the argument rules that applied
    described: list[Described] = field(default_factory=list)  # targets no entity names
    # sources no entity names: the words of a described agent, or None where the text gives
    # no actor (``source.described``, ``source.agentless``)
    unnamed: list[Described | None] = field(default_factory=list)


def _match(
    token: Token,
    trigger: Trigger,
    children: list[Token],
    preps: list[tuple[str, Token]],
) -> set[int] | None:
    """Token indexes the trigger's particle and object take, or None when it does not fit
    (``children``: the token's children, ``preps``: its ``prep_args``, read once for all
    the records of a word)."""
    taken: set[int] = set()
    if trigger.agents and not _has_agent_among(token, trigger.agents):
        return None
    if trigger.patients and not _has_patient_among(token, trigger.patients):
        return None
    if trigger.person_actor and not _acted_by_a_person(token):
        return None
    if trigger.not_by_speaker and _acted_by_the_speaker(token):
        return None  # "we demonstrated our resolve", "our demonstration of": a showing
    if trigger.object_clause and not _object_and_clause(token):
        return None
    if trigger.mandative_clause and not (
        any(c.dep_ == "ccomp" for c in children)
        or (
            any(c.dep_ in OBJECT for c in children)
            and any(
                c.dep_ == "xcomp" and not any(g.dep_ == "cop" for g in c.children)
                for c in children
            )
        )
    ):  # "recommended that U.S. troops withdraw"; not "recommended a book", nor "recommended
        return None  # Baker to be his replacement"
    if trigger.intransitive and any(
        c.dep_ in OBJECT | INDIRECT_OBJECT | {"ccomp", "xcomp"} for c in children
    ):
        return None  # "demonstrated its strength", "demonstrate that ...": no protest
    if trigger.transitive and not any(
        c.dep_ in OBJECT | PASSIVE_SUBJECT | {"ccomp", "xcomp"} for c in children
    ):
        return None  # "the party has declined": no refusal
    if trigger.adverb is not None and not any(  # "sexually abused", "held Iran accountable"
        c.dep_ in {"advmod", "xcomp"} and c.lower_ == trigger.adverb for c in children
    ):
        return None
    particles = [
        c
        for c in children
        if c.dep_ in PARTICLE
        and not (c.i + 1 < len(c.doc) and c.nbor(1).lower_ == "to" and c.nbor(1).head.i != token.i)
    ]
    if trigger.particle is not None:
        if any(c.dep_ in PARTICLE and c.lower_ != trigger.particle for c in particles):
            return None  # "call out Beijing for cracking down" is no "call for"
        fitting = [c for c in particles if c.lower_ == trigger.particle]
        fitting += [
            n
            for marker, n in preps
            if marker in {trigger.particle, f"{trigger.particle} of"}
            and _right_after(token, n, trigger.particle)
        ]
        fitting += [
            c
            for c in children
            if c.dep_ in {"prep", "advmod"} and c.lower_ == trigger.particle
        ]
        fitting += _misplaced_particles(token, trigger.particle, children)
        if trigger.object is not None:  # "put its forces on alert": on the object's phrase
            fitting += _particle_phrases(trigger.particle, trigger.object, children, preps)
        if not fitting:
            return None
        taken.update(t.i for t in fitting[:1] if t.dep_ in PARTICLE | {"prep", "advmod"})
    elif particles:
        return None
    if trigger.object is not None:
        objects = [
            o
            for c in children
            if c.dep_ in OBJECT | PASSIVE_SUBJECT
            for o in (c, *c.conjuncts)
        ]
        if trigger.particle is not None:  # "remained on alert": the particle's own noun
            objects += _particle_phrases(trigger.particle, trigger.object, children, preps)
        if any(o.tag_ == "WDT" for o in objects):  # "an opportunity that we have to seize"
            objects += [n for n in (_relative_antecedent(token),) if n is not None]
        if trigger.pos == "VERB":  # a bare complement, no clause: "pleaded guilty"
            objects += [
                c for c in children
                if c.dep_ == "xcomp" and c.pos_ in {"ADJ", "NOUN"}
                and not any(m.dep_ == "mark" for m in c.children)
            ]
        if trigger.pos == "VERB" and trigger.type == NO_EVENT:  # the word with this act is
            objects += [c for c in children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
            # no act of its own: "declined to comment"
        if trigger.pos == "NOUN":  # a noun's object is its modifier: "visa restrictions",
            objects += [c for c in children if c.dep_ in {"compound", "amod"}]  # "joint
            # exercises"
        objects += [  # "providing humanitarian relief material": the kind of a generic noun
            c for o in list(objects)
            if o.lemma_.lower() in event_cues()["generic_content_nouns"]
            for c in o.children if c.dep_ == "compound"
        ]
        fitting = [o for o in objects if trigger.object in {o.lemma_.lower(), o.lower_}]
        if not fitting:  # a measure's content: "700 kg of medicine", "tons of food aid",
            # "$306 million in assistance" (its "in" phrase hung on the measure or the verb)
            measures = [o for o in objects if _is_measure(o)]
            contents = [(m, n) for o in measures for m, n in prep_args(o)]
            if measures and trigger.pos == "VERB":
                contents += [(m, n) for m, n in preps if m == "in"]
            fitting = [
                noun
                for marker, noun in contents
                if marker in {"of", "in"} and trigger.object in {noun.lemma_.lower(), noun.lower_}
            ]
        if not fitting:
            return None
        taken.add(fitting[0].i)
        if fitting[0].head.lemma_.lower() in event_cues()["generic_content_nouns"]:
            taken.add(fitting[0].head.i)  # its "to" phrase hangs on "material"
    return taken


def _relative_antecedent(verb: Token) -> Token | None:
    """The noun the relative clause a verb is in, or completes, is on ("an opportunity that
    we have to seize", "the sanctions that the United States imposed"), else None."""
    clause = verb
    while clause.dep_ == "xcomp" and clause.head is not clause:
        clause = clause.head
    if clause.dep_ in {"acl", "acl:relcl", "relcl"} and clause.head.i < clause.i:
        return clause.head
    return None


def _has_agent_among(verb: Token, agents: tuple[str, ...]) -> bool:
    """Whether the verb's actor (its subject, its passive "by" agent, or the noun a
    participle describes: "strikes hitting Kyiv") is headed by one of ``agents``
    ("Russian missiles hit Kyiv", "was hit by a drone"; not "the storm hit")."""
    heads = [c for c in verb.children if c.dep_ in SUBJECT | AGENT]
    heads += [n for marker, n in prep_args(verb) if marker == "by"]
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        heads.append(verb.head)
    return any(h.lemma_.lower() in agents or h.lower_ in agents for h in heads)


def _object_and_clause(verb: Token) -> bool:
    """Whether the verb has an object and a "to" clause of what the object is to do
    ("wants Iran to return to the table", "told the army to prepare", which the parser may
    read as an indirect object; not "wants to negotiate", "wants peace", nor "we want it to be
    done": "it" is a thing)."""
    return any(c.dep_ in OBJECT | {"iobj"} and c.lower_ != "it" for c in verb.children) and any(
        c.dep_ == "xcomp" and any(m.dep_ == "mark" and m.lower_ == "to" for m in c.children)
        for c in verb.children
    )


def _acted_by_a_person(token: Token) -> bool:
    """Whether the actor of a verb (its subject) or of a noun (its possessor or "of" noun)
    is a person's name ("Bashar al-Assad's flight from Damascus"; not "an Air India flight",
    "US airlines' flights")."""
    if token.pos_ == "VERB":
        heads = [c for c in token.children if c.dep_ in SUBJECT]
    else:
        heads = [c for c in token.children if c.dep_ in POSSESSOR]
        heads += [n for marker, n in prep_args(token) if marker == "of"]
        if token.i >= 2 and token.nbor(-1).text in {"'s", "’s"}:  # however parsed
            heads.append(token.nbor(-2))
    return any(h.ent_type_ == "PERSON" and h.pos_ == "PROPN" for h in heads)


def _acted_by_the_speaker(token: Token) -> bool:
    """Whether the actor of a verb (its subject, or its controller's for a "to" clause or a
    conjunct without one) or of a noun (its possessor) is the speaker's "I" or "we"."""
    if token.pos_ != "VERB":
        return any(c.dep_ in POSSESSOR and c.lower_ in first_person_words() for c in token.children)
    verb = token
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT]
        if subjects or verb.dep_ not in {"xcomp", "conj"} or verb.head is verb:
            return any(c.lower_ in first_person_words() for c in subjects)
        verb = verb.head
    return False


def _has_patient_among(verb: Token, patients: tuple[str, ...]) -> bool:
    """Whether what the verb acts on (its object, its passive subject, the object of the
    verb it completes: "get them released", the noun a participle describes: "hostages
    released on Sunday", or the subject of a verb with no object: "Lebanese troops
    deployed to the border"; a counted head's "of" noun: "thousands of troops") is headed by
    one of ``patients`` or is a person's name or a people's ("released 12 prisoners", "freed
    Wiranto", "released two Americans"; not "released a book")."""
    heads = [c for c in verb.children if c.dep_ in OBJECT | PASSIVE_SUBJECT]
    heads += [  # an object the parser hung as an oblique with no preposition
        c for c in verb.children
        if c.dep_.startswith("obl") and not any(m.dep_ == "case" for m in c.children)
    ]
    if verb.dep_ in {"xcomp", "ccomp"}:  # "get them released", "remain deployed to Turkey"
        heads += [c for c in verb.head.children if c.dep_ in OBJECT | SUBJECT]
    if verb.dep_ in {"acl", "amod"} and verb.tag_ in {"VBN", "VBD"}:  # "forces deployed to"
        heads.append(verb.head)
    if not heads:  # used without an object, its subject undergoes it ("troops deployed")
        heads += [c for c in verb.children if c.dep_ in SUBJECT and c.pos_ != "PRON"]
    measures = event_cues()["measure_nouns"]  # "Thousands of troops were deployed"
    counted = [n for h in heads if h.lower_ in measures for m, n in prep_args(h) if m == "of"]

    def among(h: Token) -> bool:
        return h.lemma_.lower() in patients or h.lower_ in patients

    return any(
        among(h) or h.ent_type_ in {"PERSON", "NORP"} or h.lower_ in {"him", "her"}
        for h in heads
    ) or any(among(h) for h in counted)


def _particle_phrases(
    particle: str, noun: str, children: list[Token], preps: list[tuple[str, Token]]
) -> list[Token]:
    """The noun ``noun`` in a phrase of ``particle`` on the verb or on its object ("remained
    on alert", "put its air force on high alert"), or as the content of a measure there
    ("provided Russia with hundreds of ballistic missiles", "provided Ukraine with $2 billion
    in assistance"); ``children`` and ``preps``: the verb's children and ``prep_args``."""
    phrases = [n for marker, n in preps if marker == particle]
    phrases += [
        n
        for head in children
        if head.dep_ in OBJECT
        for marker, n in prep_args(head)
        if marker == particle
    ]
    phrases += [  # "designated Wiranto as the nation's security minister", "as" a mark
        c for c in children
        if c.dep_ == "advcl" and c.pos_ in {"NOUN", "PROPN"}
        and any(m.dep_ == "mark" and m.lower_ == particle for m in c.children)
    ]
    phrases += [
        content
        for n in phrases
        if _is_measure(n)
        for marker, content in prep_args(n)
        if marker in {"of", "in"}  # "with $2 billion in assistance"
    ]
    return [n for n in phrases if noun in {n.lemma_.lower(), n.lower_}]


def _right_after(verb: Token, noun: Token, particle: str) -> bool:
    """Whether the preposition ``particle`` of ``noun``'s phrase follows the verb before its
    object, as a verb's particle does ("called for", "called again on", "spoke today with");
    not a phrase before the verb ("On Wednesday, Macron called ...") nor one past its object
    ("called Trump a 'national embarrassment' for his performance")."""
    markers = [c for c in noun.children if c.dep_ == "case" and c.lower_ == particle]
    if not markers:
        return True  # the parser gave the phrase no case word of its own
    if markers[0].i < verb.i:
        return False
    if particle in event_cues()["complement_particles"]:
        return True  # "dismissed the threats as propaganda": after the object
    objects = [c for c in verb.children if c.dep_ in OBJECT | INDIRECT_OBJECT]
    return not any(o.i < markers[0].i for o in objects)


def _misplaced_particles(verb: Token, particle: str, children: list[Token]) -> list[Token]:
    """A verb's particle the parser hung elsewhere in the verb's phrase: on the number of
    its object right after it ("handed over 700 kg of medicine", "over" read as "more
    than"), as the "out of" of a noun on its object ("forced the agency out of the
    country"), or as the marker of its clause ("pushing for the US to support ...",
    "dismissed Putin's response as deliberately setting conditions"); ``children``: the
    verb's."""
    found = []
    if verb.i + 1 < len(verb.doc):
        after = verb.nbor(1)
        if after.lower_ == particle and after.head.dep_ == "nummod" and (
            after.head.head.head.i == verb.i
        ):
            found.append(after)
    for child in children:
        if child.dep_ in OBJECT:
            for _, noun in prep_args(child):
                markers = [c.lower_ for c in noun.children if c.dep_ == "case"]
                if markers[:2] == [particle, "of"] or (
                    markers == [particle] and particle in event_cues()["complement_particles"]
                ):  # "dismissed Putin's response as propaganda": "as" read as the noun's
                    found.append(noun)
        elif child.dep_ in {"advcl", "ccomp", "xcomp"} and child.tag_ in {"VB", "VBG"}:
            # not finite: "pushing for the US to support", "dismissed X as setting conditions"
            found += [c for c in child.children if c.dep_ == "mark" and c.lower_ == particle]
    return found


def _is_measure(noun: Token) -> bool:
    """A counted amount or a shipment that names its content with "of" ("25,000 tons of")."""
    return noun.lemma_.lower() in event_cues()["measure_nouns"] or any(
        c.dep_ == "nummod" for c in noun.children
    )


def _word_class(token: Token) -> str | None:
    """VERB or NOUN as the trigger lexicon files it. A word the tagger made a noun or an
    adjective but that heads a clause with a subject and no copula is a verb ("The United
    States condemns the killings", "condemns" tagged NNS)."""
    if token.pos_ in {"NOUN", "PROPN", "ADJ"} and token.tag_ not in {"NNP", "NNPS"}:
        children = {c.dep_ for c in token.children}
        if children & SUBJECT and "cop" not in children and token.dep_ in CLAUSE_HEADS:
            return "VERB"
    if _capitalised_common_noun(token):
        return "NOUN"
    if _verbless_root(token) is not None:
        return "VERB"
    return "NOUN" if token.pos_ == "NOUN" else "VERB" if token.pos_ == "VERB" else None


def _verbless_root(token: Token) -> Token | None:
    """The name a past-tense trigger word is the predicate of when the parser found no main
    verb in its sentence (a noun root): "Albania on Friday denounced as an ugly act ...", with
    "denounced" tagged a noun; "X, a spokesman for Y, blamed Z ...", with "blamed" made a
    modifier of "X". None otherwise, and for a participle with its "by" agent."""
    if not token.lower_.endswith(tuple(argument_rule("verbless_root")["endings"])):
        return None
    root = token.sent.root
    if token.i == 0 or root.pos_ not in {"PROPN", "NOUN"} or (
        token.nbor(-1).pos_ in {"DET", "ADJ", "NUM", "ADP"}
    ):
        return None
    if token.pos_ in {"VERB", "AUX"}:  # only after an apposition closed by a comma
        head = token.head
        if token.dep_ not in {"amod", "acl"} or token.nbor(-1).text != "," or head.i > token.i:
            return None
        if any(marker == "by" for marker, _ in prep_args(token)):
            return None
        actor = head
    elif any(t.pos_ in {"VERB", "AUX"} for t in token.sent):
        return None
    else:
        actor = root
    if actor.i > token.i:  # "Ahmed al-Assadi blamed Israel": "Israel" root, "Assadi" its subject
        actor = next((c for c in actor.children if c.dep_ in SUBJECT and c.i < token.i), actor)
    if actor.pos_ not in {"PROPN", "NOUN"} or actor.i >= token.i:
        return None
    names = [
        c for c in actor.children
        if c.dep_ in {"flat", "appos"} and c.pos_ == "PROPN" and c.i < token.i
    ]  # not the name after the word: "Israel blamed Hezbollah" parsed as one noun phrase
    return names[0] if names else actor  # "militia leader Ahmed al-Assadi": the name


def _capitalised_common_noun(token: Token) -> bool:
    """A word the tagger made a name only because it opens the sentence ("Airstrikes by
    Israel killed ...", "Talks between A and B resumed"): one capitalised word, no name
    part of a longer name."""
    first = token.is_sent_start or (
        token.i > 0 and token.nbor(-1).is_sent_start and token.nbor(-1).is_punct
    )
    return (
        first
        and token.pos_ == "PROPN"
        and token.text.istitle()
        and token.dep_ not in NAME_PARTS
        and not any(c.dep_ in NAME_PARTS for c in token.children)
    )


def word_lemmas(token: Token) -> list[str]:
    """The model's lemma, then lemmas read off the word form (a wrong lemma from the model
    never hides a trigger): "condemns" -> condemn, "denied" -> deny, "shelling" -> shell."""
    joined = _hyphen_joined(token)
    lemmas = _form_lemmas(token.lower_, token.lemma_.lower())
    return list(dict.fromkeys([*joined, *lemmas])) if joined else list(lemmas)


@lru_cache(maxsize=65536)
def _form_lemmas(form: str, lemma: str) -> tuple[str, ...]:
    """``word_lemmas`` of a word that is not part of a split hyphenated word (worked out once
    per form and lemma: it is asked for every word), an irregular verb form's lemma among
    them."""
    found = [lemma, form, *irregular_verb_lemmas().get(form, ())]  # "shot" tagged a noun
    for ending, replacements in WORD_ENDINGS:
        if form.endswith(ending) and len(form) - len(ending) >= 3:
            stem = form[: -len(ending)]
            found += [stem + r for r in replacements]
    return tuple(dict.fromkeys(found))


def _hyphen_joined(token: Token) -> list[str]:
    """The whole of a hyphenated word the tokenizer split ("build-up" as "build", "-",
    "up"), with and without its hyphen, read on its last part; none for other tokens."""
    if token.i < 2 or doc_text(token.doc)[token.idx - 1] not in {"-", "‐"}:
        return []  # no hyphen right before it (a Token for its neighbour costs more)
    if token.nbor(-1).text not in {"-", "‐"}:
        return []
    hyphen, first = token.nbor(-1), token.nbor(-2)
    if hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return []
    return [f"{first.lower_}-{token.lower_}", f"{first.lower_}{token.lower_}"]


# Inflection endings and what may replace them in the lemma.
WORD_ENDINGS = (
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("es", ("", "e")),
    ("s", ("",)),
    ("ed", ("", "e")),
    ("ing", ("", "e")),
)
CLAUSE_HEADS = {"ROOT", "ccomp", "conj", "advcl", "xcomp", "parataxis", "acl:relcl"}


def lexicon_words(doc: Doc, lexicon: TriggerLexicon) -> list[bool]:
    """For each token, whether the lexicon may list it: whether ``word_lemmas`` gives a
    lemma it lists (``best_trigger``'s first test), or a hyphen joins it to the word before.
    Read from the Doc's columns, each form and lemma looked up once per lexicon."""
    strings = doc.vocab.strings
    text = doc_text(doc)
    lemmas = lexicon.lemmas()
    if _LISTED_FORMS_OF[0] is not lemmas or len(_LISTED_FORMS) > 200_000:
        _LISTED_FORMS.clear()
        _LISTED_FORMS_OF[0] = lemmas
    looked_up = _LISTED_FORMS
    listed = []
    for i, (form, lemma, start) in enumerate(doc.to_array([LOWER, LEMMA, IDX]).tolist()):
        known = looked_up.get((form, lemma))
        if known is None:
            known = looked_up[(form, lemma)] = not lemmas.isdisjoint(
                _form_lemmas(strings[form], strings[lemma].lower())
            )
        listed.append(known or (i >= 2 and text[start - 1] in {"-", "‐"}))
    return listed


# lexicon_words' answers by (form, lemma) string ids, for the lemma set in _LISTED_FORMS_OF
_LISTED_FORMS: dict[tuple[int, int], bool] = {}
_LISTED_FORMS_OF: list[frozenset[str] | None] = [None]


def _forms_and_lemmas(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's lower-case form and lower-case lemma, read from the Doc's columns (each
    distinct one looked up once)."""
    strings = doc.vocab.strings
    rows = doc.to_array([LOWER, LEMMA]).tolist()
    form_of = {form: strings[form] for form in {form for form, _ in rows}}
    lemma_of = {lemma: strings[lemma].lower() for lemma in {lemma for _, lemma in rows}}
    return [form_of[form] for form, _ in rows], [lemma_of[lemma] for _, lemma in rows]


def best_trigger(token: Token, lexicon: TriggerLexicon) -> tuple[Trigger, set[int]] | None:
    """The most specific lexicon record that fits ``token`` in its parse."""
    lemmas = word_lemmas(token)
    if not lexicon.lists_any(lemmas):  # most words: no record of any class
        return None
    pos = _word_class(token)
    if pos is None:
        return None
    best: tuple[Trigger, set[int]] | None = None
    records = next((r for lemma in lemmas if (r := lexicon.get(lemma, pos))), [])
    children = list(token.children)  # read once for all the records (a Token per visit)
    preps = list(prep_args(token))
    for trigger in records:
        taken = _match(token, trigger, children, preps)
        if taken is None:
            continue
        if best is None or trigger.specificity > best[0].specificity:
            best = (trigger, taken)
    if best is not None and best[0].type == NO_EVENT:
        return None  # "pleaded guilty": the word with this complement is no act
    return best


def _under_hearsay(verb: Token) -> bool:
    """A clause under a passive verb of belief or report ("X is believed to have ...", "X
    is said to ...", "X is suspected of ..."): its subject is the passive's, its mode
    speculative."""
    head = verb.head
    return (
        verb.dep_ in {"xcomp", "advcl"}
        and head.i != verb.i
        and head.lemma_.lower() in event_cues()["hearsay_heads"]
        and any(c.dep_ in PASSIVE_SUBJECT for c in head.children)
        and any(c.dep_ == "mark" and c.lower_ in {"to", "of"} for c in verb.children)
    )


def _attacks_in(verb: Token) -> list[Token]:
    """The attack or operation nouns a casualty verb happened in ("killed in a drone strike",
    "died during the shelling", "was killed in a United States counterterrorism operation")."""
    words = event_cues()
    nouns = {*words["attack_nouns"], *words["operation_nouns"]}
    weapons = set(words["armed_nouns"])  # "killed in Russian missile and drone attacks",
    # the parser's "missile" the phrase's head and "attacks" a conjunct of the verb
    combat = argument_rule("combat_opponent")
    carriers = [verb]
    if is_passive(verb):  # "Eleven are killed and 21 more are injured in a suicide bombing"
        partners = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            partners.append(verb.head)
        carriers += [p for p in partners if is_passive(p)]
    places = [n for c in carriers for marker, n in prep_args(c) if marker in {"in", "during"}]
    places += [  # "in a series of Israeli airstrikes", "in a wave of attacks"
        content
        for noun in places
        if noun.lemma_.lower() in words["measure_nouns"]
        for marker, content in prep_args(noun)
        if marker == "of"
    ]
    return [
        noun
        for noun in places
        if noun.lower_ in nouns
        or (noun.lemma_.lower() in combat["nouns"] and _opponents(noun))
        or noun.lower_ in weapons
    ]


def _statement_authors(verb: Token, index: EntityIndex) -> list[tuple[Token, str]]:
    """The actor by or from whom the statement a passive verb was said in came
    (``source.statement_author``): "was condemned in a joint statement by Egypt"."""
    rule = argument_rule("statement_author")
    for marker, noun in prep_args(verb):
        if marker not in rule["prepositions"] or noun.lemma_.lower() not in rule["nouns"]:
            continue
        authors = [n for m, n in prep_args(noun) if m in rule["author_markers"]]
        if authors and actor_of(authors[0], index) is not None:
            return [(authors[0], rule["id"])]
    return []


def _opponents(combat: Token) -> list[Token]:
    """Who a fight was with (``source.combat_opponent``): "in clashes with al-Shabaab", its
    "with" phrase on the fight noun or, right after it, on the verb the parser hung it on."""
    rule = argument_rule("combat_opponent")
    found = [n for marker, n in prep_args(combat) if marker in rule["prepositions"]]
    if not found and combat.dep_ in {"obl", "nmod"}:
        found = [
            n for marker, n in prep_args(combat.head)
            if marker in rule["prepositions"] and combat.i < n.i <= combat.right_edge.i + 6
        ]
    return found


def _reduced_passive(verb: Token) -> list[Token] | None:
    """The attack nouns of a reduced passive (``source.reduced_passive``): a headline's "Two
    Hamas commanders killed in an Israeli strike", the "several others injured in a Pakistani
    airstrike" after a shared "are killed and"; a casualty verb that needs an object,
    with no object, an "in"/"during" attack noun and a subject (or, tagged as a past tense,
    hung on the noun the parser made the root); None for any other verb."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"} or is_passive(verb):
        return None
    if verb.lemma_.lower() not in argument_rule("reduced_passive")["verbs"]:
        return None
    if any(c.dep_ in OBJECT for c in verb.children):
        return None
    on_root_noun = (
        verb.dep_ == "acl" and verb.tag_ == "VBD"
        and verb.head.dep_ == "ROOT" and verb.head.pos_ in {"NOUN", "PROPN"}
    )
    if not on_root_noun and not any(c.dep_ in SUBJECT for c in verb.children):
        return None
    return _attacks_in(verb) or None


def _gives_the_floor(verb: Token, trigger: Trigger, index: EntityIndex) -> bool:
    """Whether "call on" only gives a person the floor (``floor_call`` of the event cues):
    its one object a person and no clause or phrase of what is asked ("I'll call on Meghann
    Myers, from Military Times"; not "called on Putin to withdraw", "called on Congress")."""
    rule = event_cues()["floor_call"]
    if verb.lemma_.lower() not in rule["verbs"] or trigger.particle not in rule["particles"]:
        return False
    if any(c.dep_ in {"xcomp", "advcl", "ccomp"} for c in verb.children):
        return False
    phrases = list(prep_args(verb))
    if any(marker == "for" for marker, _ in phrases):
        return False  # "called on X for a full accounting"
    called = [n for marker, n in phrases if marker == trigger.particle]
    if any(c.dep_ in PARTICLE and c.lower_ == trigger.particle for c in verb.children):
        called += [c for c in verb.children if c.dep_ in OBJECT]  # "on" read as a particle
    return bool(called) and all(
        (entity := actor_of(n, index)) is not None and entity.type in rule["called_types"]
        and not any(c.dep_ in {"acl", "xcomp"} for c in n.children)
        for n in called
    )


def _asks_a_question(verb: Token) -> bool:
    """A verb of asking (``asking_verbs``) whose clause opens with a question word: a
    question, not a request ("asked whether Oakland was part of the US")."""
    cues = event_cues()
    return verb.lemma_.lower() in cues["asking_verbs"] and any(
        (c.dep_ in {"ccomp", "advcl", "parataxis"} and c.left_edge.lower_ in cues["question_words"])
        or (c.dep_ in OBJECT and c.lower_ in cues["question_words"])  # "asked the UN what"
        for c in verb.children
        if c.i > verb.i
    )


def _victims_participle(verb: Token) -> bool:
    """A casualty verb's past form (``reduced_passive``'s verbs) with no object that describes
    the noun before it ("resulting in all crew and CIA members killed", tagged a past tense)
    or an absolute "with" clause's subject ("with three soldiers killed"): the noun is who
    was hit, never the actor. A headline's root noun ("Hamas commanders killed in a strike")
    is ``_reduced_passive``'s."""
    if verb.tag_ not in {"VBD", "VBN"} or any(c.dep_ in OBJECT for c in verb.children):
        return False
    if verb.lemma_.lower() not in argument_rule("reduced_passive")["verbs"]:
        return False  # only a casualty verb's noun is surely its victim
    if verb.dep_ == "acl":
        return verb.head.i < verb.i and verb.head.dep_ != "ROOT" and not any(
            c.dep_ in SUBJECT for c in verb.children
        )
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "with" for c in verb.children
    ) and any(c.dep_ in SUBJECT and c.i < verb.i for c in verb.children)


def _held_as_hostage(verb: Token) -> bool:
    """A participle of holding or taking with a bare "hostage" or "captive" that describes
    the people before it ("reuniting Americans held hostage or wrongfully detained", which
    the parser reads as "Americans" holding someone): they are held, they hold no one. Not
    a clause's main verb with a subject of one ("Hamas held hostages", "took 20 hostages");
    the verbs and role words are the event cues' ``captive_roles``."""
    captive = event_cues()["captive_roles"]
    if verb.lemma_.lower() not in captive["verbs"] or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if any(c.dep_ in {"aux", "aux:pass", "auxpass"} for c in verb.children):
        return False
    role = [
        c for c in verb.children
        if c.dep_ in OBJECT | {"xcomp", "advmod"} and c.lower_ in captive["roles"]
        and not any(d.dep_ in {"det", "nummod"} for d in c.children)
    ]
    if not role:
        return False
    if verb.dep_ in {"acl", "acl:relcl", "amod"}:
        return True
    people = [  # the people right before it, read as its subject
        c for c in verb.children
        if c.dep_ in SUBJECT and c.i == verb.i - 1
        and (c.tag_ in {"NNS", "NNPS"} or c.ent_type_ == "NORP")
    ]
    return bool(people) and verb.dep_ != "ROOT"


def _misparsed_main_verb(verb: Token) -> bool:
    """A participle the parser hung on a name it made the root ("UNICEF called for ...":
    "UNICEF" root, "called" its acl): with no agent, it is the sentence's main verb."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ == "PROPN"
        and head.i < verb.i
        and not any(c.dep_ in AGENT for c in verb.children)
        and not any(marker == "by" for marker, _ in prep_args(verb))
    )


def _about_a_document(verb: Token) -> bool:
    """A verb whose object is a text or a record, not an actor or a force ("released a
    statement", "a video was released"): no event."""
    nouns = [c for c in verb.children if c.dep_ in OBJECT | PASSIVE_SUBJECT]
    return any(n.lemma_.lower() in event_cues()["non_event_objects"] for n in nouns)


def _listed_before(verb: Token, subject: Token) -> list[Token]:
    """The first items of a subject list the parser made the root, the verb hanging on it as
    a conjunct ("France, Germany and the United States welcome ...": France, Germany)."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in {"PROPN", "NOUN"} or not head.i < subject.i:
        return []
    if any(c.dep_ in SUBJECT | OBJECT for c in head.children):
        return []
    return [head, *(c for c in head.children if c.dep_ == "conj" and c.i < subject.i)]


def _allowed_controller(verb: Token) -> bool:
    """A subjectless clause whose subject is the governing clause's ("to", "by", none); not
    a bare past participle with no object, whose subject is what it acts on ("wept when
    convicted", "remember ..., 100 people killed on this day"), nor a past form with no
    subject or marker right after a plural noun ("Americans held hostage"), nor a bare gerund
    right after a plural object, whose subject that is ("fired at civilians fleeing the town")."""
    children = list(verb.children)
    markers = {c.lower_ for c in children if c.dep_ in {"mark", "case", "aux"}}
    if verb.tag_ == "VBN" and not any(c.dep_ in OBJECT or c.dep_ == "aux" for c in children):
        return False
    if verb.tag_ == "VBG" and not markers and verb.i > 0:
        before = verb.doc[verb.i - 1]
        if before.tag_ in {"NNS", "NNPS"} and before.head.i == verb.head.i and (
            before.dep_ in OBJECT or before.dep_.startswith("obl")
        ):
            return False  # "fired at civilians fleeing the town": a reduced relative clause
            # the parser hung on the verb; the civilians flee
    if verb.tag_ in {"VBD", "VBN"} and not markers and verb.i > 0 and not any(
        c.dep_ in SUBJECT for c in children
    ) and verb.doc[verb.i - 1].tag_ in {"NNS", "NNPS"}:
        return False  # "the safety of Americans held hostage": a reduced relative clause on
        # the plural noun before it, whatever the parser hung it on
    return not markers - {"to", "by", "after", "before", "while", "when", "in"}


def _credited_objects(verb: Token, head: Token) -> list[Token] | None:
    """Who did what a verb of praising or blaming (``crediting_verbs``) credits its object
    with, in an "in" or "for" gerund hung on that verb ("thanked the Emir for his leadership
    in reaching the agreement", "praised Qatar for mediating"): the verb's objects; None for
    any other clause or with no object (the governing subject's own act)."""
    markers = {c.lower_ for c in verb.children if c.dep_ in {"mark", "case"}}
    if verb.tag_ != "VBG" or not markers & {"in", "for"}:
        return None
    if head.lemma_.lower() not in event_cues()["crediting_verbs"]:
        return None  # "support the Government of Iraq in holding Iran accountable": both act
    objects = [c for c in head.children if c.dep_ in OBJECT and c.i < verb.i]
    return objects or None  # "We stand together in condemning ...": no one credited


def _object_controllers(verb: Token) -> list[Token] | None:
    """Who is to act in "urged X to ...", "called on X to ...": the object of a verb of
    asking or making; None when ``verb`` is no such verb or names nobody."""
    if verb.lemma_.lower() not in event_cues()["object_control_verbs"]:
        return None
    objects = [c for c in verb.children if c.dep_ in OBJECT]
    objects += [n for marker, n in prep_args(verb) if marker in {"on", "upon", "to"}]
    return objects or None


def _accused(act: Token) -> list[Token]:
    """Who an accusation says did a violent or coercive act (``source.accused``): the
    object of a verb of accusing whose "of" clause is the act ("accused the Taliban of
    killing ...", the clause hung on the verb or on its object) or whose "for" noun is the
    act ("blamed Iran for the attacks"); none for any other word."""
    rule = argument_rule("accused_actor")
    verbs = set(rule["verbs"])
    matched = best_trigger(act, load_triggers())
    if (matched is None or matched[0].type not in rule["types"]) and not _plans_an_act(act, rule):
        return []
    if act.pos_ in {"NOUN", "PROPN"}:
        verb = act.head
        blamed = _blamed_party(verb)
        if blamed:  # "blamed the bombing on the Islamic State group"
            return blamed
        if act.dep_ not in OBLIQUE or preposition(act) not in rule["act_prepositions"]:
            return []
    else:
        if not any(c.dep_ in {"mark", "case"} and c.lower_ in rule["clause_markers"]
                   for c in act.children):
            return []
        verb = act.head
        if act.dep_ == "acl" and verb.dep_ in OBJECT:  # "accused the Taliban of killing"
            return [verb] if verb.head.lemma_.lower() in verbs else []
        if act.dep_ not in {"advcl", "xcomp", "acl"}:
            return []
    if verb.lemma_.lower() not in verbs or is_passive(verb):
        return []
    return [c for c in verb.children if c.dep_ in OBJECT]


def _plans_an_act(verb: Token, rule: dict) -> bool:
    """A verb of planning or carrying out whose object is a violent or coercive act noun
    ("orchestrating the bombing", "carrying out the attack")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in rule["planning_verbs"] and any(
        c.dep_ in OBJECT and _is_act_noun(c) for c in verb.children
    )


def _blamed_party(verb: Token) -> list[Token]:
    """Who an act noun object of an active verb of blaming is blamed on or attributed to
    (``target.blamed_party``): "blamed the bombing on the Islamic State group" (the "on"
    phrase hung on the verb or on the act noun); none for any other verb."""
    rule = argument_rule("blamed_party")
    markers = rule["verbs"].get(verb.lemma_.lower())
    if not markers or verb.pos_ != "VERB" or is_passive(verb):
        return []
    acts = [c for c in verb.children if c.dep_ in OBJECT]
    if len(acts) != 1 or not _is_act_noun(acts[0]):
        return []
    found = [n for m, n in prep_args(verb) if m in markers]
    found += [n for m, n in prep_args(acts[0]) if m in markers]
    return found[-1:]


def _is_act_noun(noun: Token) -> bool:
    """A noun the trigger lexicon lists as a violent or coercive act ("the bombing")."""
    matched = best_trigger(noun, load_triggers())
    return matched is not None and matched[0].type in argument_rule("accused_actor")["types"]


def _accused_by_no_one(verb: Token, trigger: Trigger) -> bool:
    """A passive verb of accusing with no agent and a named accused (``source.unnamed_
    accuser``: "both the Seleka and anti-Balaka were accused of targeting civilians", "Paris
    was accused of aiding rebels"): the text gives no accuser, so the source is null."""
    rule = argument_rule("unnamed_accuser")
    if trigger.type != rule["type"] or verb.lemma_.lower() not in rule["verbs"]:
        return False
    if not is_passive(verb) or any(c.dep_ in AGENT for c in verb.children):
        return False
    if any(marker == "by" for marker, _ in prep_args(verb)):
        return False
    return any(c.dep_ in PASSIVE_SUBJECT for c in verb.children)


def _attack_agents(verb: Token, index: EntityIndex) -> list[tuple[Token, str]]:
    """The actor an attack noun subject names with its preposition ("Airstrikes by Israel
    killed ...", "Shelling by Russian forces wounded ..."), when it names none itself."""
    rule = argument_rule("attack_agent")
    attack_nouns = set(rule["attack_nouns"])
    subjects = [
        c for c in verb.children
        if c.dep_ in SUBJECT | {"csubj"} and c.lower_ in attack_nouns
        and actor_of(c, index) is None
    ]
    return [
        (noun, rule["id"])
        for subject in subjects[:1]
        for marker, noun in prep_args(subject)
        if marker in rule["prepositions"]
    ][:1]


def _joined_in(verb: Token) -> bool:
    """An "in" gerund on a verb of joining (``event_cues`` joining_verbs): "joined Germany
    in condemning the attack", "stands with X in condemning"."""
    return (
        verb.tag_ == "VBG"
        and {c.lower_ for c in verb.children if c.dep_ == "mark"} == {"in"}
        and verb.head.lemma_.lower() in event_cues()["joining_verbs"]
    )


def _attack_actors(attacks: list[Token], index: EntityIndex) -> list[tuple[Token, str]]:
    """Who acted in the attacks a casualty happened in: the attack noun itself as an
    instrument ("in a Russian strike"), or, when it names no actor, the actor its
    ``source.attack_agent`` preposition names ("in an airstrike by U.S. forces", "in a joint
    operation by Somali and U.S. forces"); for a fight, who it was with ("in clashes with
    al-Shabaab fighters", ``source.combat_opponent``)."""
    rule = argument_rule("attack_agent")
    combat = argument_rule("combat_opponent")
    found: list[tuple[Token, str]] = []
    for noun in attacks:
        opponents = _opponents(noun) if noun.lemma_.lower() in combat["nouns"] else []
        if opponents and actor_of(opponents[0], index) is not None:  # "in clashes with X"
            found.append((opponents[0], combat["id"]))
            continue
        agents = [n for marker, n in prep_args(noun) if marker in rule["prepositions"]]
        agents += [  # "an airstrike on his compound by Israel": the "by" hung on the target
            n
            for marker, aimed in prep_args(noun) if marker in {"on", "against"}
            for by, n in prep_args(aimed) if by in rule["prepositions"]
        ]
        doing = argument_rule("act_agent")["doing_verbs"]
        agents += [  # "in a suicide bombing carried out by an Islamic State fighter"
            n
            for participle in noun.children
            if participle.dep_ == "acl" and participle.lemma_.lower() in doing
            for n in (
                *(c for c in participle.children if c.dep_ in AGENT),
                *(n for marker, n in prep_args(participle) if marker == "by"),
            )
        ]
        if agents and actor_of(noun, index) is None:
            found.append((agents[0], rule["id"]))
        else:
            found.append((noun, "instrument"))
    return found


def clause_sources(verb: Token, index: EntityIndex, *, depth: int = 0) -> list[tuple[Token, str]]:
    """Tokens heading the actor(s) of a verb: subject, passive agent or controller."""
    if depth > 4:
        return []
    root = _verbless_root(verb)
    if root is not None:  # "Albania on Friday denounced ..." parsed with no main verb
        return [(root, argument_rule("verbless_root")["id"])]
    attacks = _reduced_passive(verb)
    if attacks is not None:  # "Two commanders killed in an Israeli strike": the strike's actor
        return _attack_actors(attacks, index)
    if is_passive(verb) and not _misparsed_main_verb(verb):
        agents = [c for c in verb.children if c.dep_ in AGENT]
        agents += [n for marker, n in prep_args(verb) if marker == "by" and n.dep_ not in AGENT]
        if not agents:  # "were neutralized or captured by the army"
            shared = argument_rule("shared_agent")
            agents = [(a, shared["id"]) for a in _shared_agents(verb, shared)]
            if agents:
                return agents
        if not agents and (authors := _statement_authors(verb, index)):
            return authors  # "Turkey was condemned in a joint statement by Egypt"
        if not agents:  # "five civilians were killed in a Russian strike": the strike's actor
            return _attack_actors(_attacks_in(verb), index)
        return [(a, "agent") for a in agents]
    attack_agents = _attack_agents(verb, index)
    if attack_agents:  # "Airstrikes by Israel killed ...": the attack's actor
        return attack_agents
    subjects = [c for c in verb.children if c.dep_ in SUBJECT]
    subjects += [  # "Kenyan authorities have since banned ...": hung on the auxiliary
        s for aux in verb.children if aux.dep_ in {"aux", "aux:pass"} and aux.i < verb.i
        for s in aux.children if s.dep_ in SUBJECT
    ]
    if not subjects:  # "Azerbaijan detained ..." with the name misparsed as an auxiliary
        subjects = [
            c for c in verb.children
            if c.i < verb.i and c.dep_ in {"aux", "dep"} and c.pos_ == "PROPN"
            and index.entity_at(c) is not None
        ]
    if subjects:  # two subjects are a misparse of "Label: “quote”" or of a name before a
        # noun ("3R rebels attacked"): the nearer one that names an actor acts; a word that
        # is no noun is no subject ("Bangladesh has once again outright rejected")
        subjects.sort(key=lambda s: (s.pos_ not in NOMINAL | {"PRON", "NUM"}, abs(s.i - verb.i)))
        subject = subjects[0]
        if actor_of(subject, index) is None:  # "3R rebels": the name right before the noun
            named = [  # "Al-Shabaab militants": a name of several words right before the noun
                s for s in subjects[1:]
                if s.i < subject.i and actor_of(s, index) and all(
                    t.pos_ == "PROPN" or t.text == "-" for t in s.doc[s.i : subject.i]
                )
            ]
            voiced = [  # "We, the G7 Foreign Ministers of ..., and the High Representative of
                s for s in subjects[1:] if s.pos_ == "PRON" and actor_of(s, index)
            ]  # the European Union, strongly condemn": the issuer's "we"
            subject = (named or voiced or [subject])[0]
        split = next(  # "Deputy Secretary Sherman and Ambassador Vinhas condemned", parsed as
            (  # two subjects with "Ambassador" a conjunct of the first: both act
                s for s in subjects
                if s.i < subject.i and any(c.dep_ == "conj" and c.i == subject.i - 1
                                           for c in s.children)
            ),
            None,
        )
        if split is not None and actor_of(split, index) and actor_of(subject, index):
            return [(split, "subject"), (subject, "subject")]
        if subject.lower_ in event_cues()["relative_pronouns"] and verb.dep_ == "acl:relcl":
            noun = verb.head
            if actor_of(noun, index) is None and noun.dep_ in OBJECT and (
                noun.lower_ in event_cues()["operation_nouns"]
            ) and _conducted(noun):  # "X conducted an operation that killed Y": X; not
                # "X condemns the attacks that killed Y"
                governing = clause_sources(noun.head, index, depth=depth + 1)
                return [(t, "controller") for t, _ in governing]
            agent = _attack_agent_before(subject, noun, index)
            if agent is not None:  # "condolences to the Israeli people for the attack by
                return [(agent, "relative")]  # Hamas that killed ...": Hamas, not the people
            return [(noun, "relative")]
        speaker = _reported_speaker(subject, verb, index)
        if speaker is not None:  # "Kenya's military said it killed ...": the military
            return [(speaker, argument_rule("reported_speaker")["id"])]
        listed = _listed_before(verb, subject)
        return [(subject, "subject"), *((t, "subject") for t in listed)]
    head = verb.head
    accused = _accused(verb)
    if accused:  # "accused the Taliban of killing ...": the Taliban
        return [(a, argument_rule("accused_actor")["id"]) for a in accused]
    if _under_hearsay(verb):  # "X is believed to have attacked", "X is suspected of"
        return [(c, "subject") for c in head.children if c.dep_ in PASSIVE_SUBJECT]
    controlled = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and _allowed_controller(verb))
    objects = _object_controllers(head) if controlled else None
    if objects is not None:  # "called on the community to pressure X": the community would
        return [(o, "controller") for o in objects]
    if verb.dep_ == "conj" and head.dep_ == "ROOT" and head.pos_ in {"NOUN", "PROPN"}:
        return [(head, "subject")]  # "X, the head of the council, accused ...": X made the root
    if verb.dep_ == "conj":
        nominal = [  # "X fled, and his brother Y blamed ...": "brother" parsed as a conjunct
            c for c in head.children
            if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and head.i < c.i < verb.i
        ]
        if nominal:
            return [(nominal[-1], "subject")]
    if verb.dep_ == "xcomp" or (verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}):
        return [(t, "controller") for t, _ in clause_sources(head, index, depth=depth + 1)]
    clause = _clause_of_misjoined_verb(verb)
    if clause is not None:  # "We welcome the consensus reached towards agreement and
        # appreciate the work of X", "appreciate" hung on "agreement": the welcomer's clause
        return [(t, "controller") for t, _ in clause_sources(clause, index, depth=depth + 1)]
    if verb.dep_ == "advcl" and _allowed_controller(verb):
        credited = _credited_objects(verb, head)
        if credited is not None:  # "thanked the Emir for his leadership in reaching this
            return [(o, "controller") for o in credited]  # agreement": the Emir reached it
        controllers = [(t, "controller") for t, _ in clause_sources(head, index, depth=depth + 1)]
        if _joined_in(verb):  # "France joined Germany in condemning", "stands with Prime
            # Minister Kadhimi ... in condemning": the one joined acts too
            joined = [c for c in head.children if c.dep_ in OBJECT]
            joined += [n for marker, n in prep_args(head) if marker == "with"]
            controllers += [(j, "controller") for n in joined for j in (n, *n.conjuncts)]
        return controllers
    if verb.dep_ == "acl":
        markers = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        joining = head.head
        if (
            markers == {"in"}
            and verb.tag_ == "VBG"
            and (head.dep_ in OBJECT or head.dep_.startswith("obl"))
            and joining.lemma_.lower() in event_cues()["joining_verbs"]
        ):  # "The United States joins the international community in condemning ...", the
            # gerund hung on the object: the one who joins, and every one joined ("stands
            # with Prime Minister Kadhimi and ..., President Barzani, ... in condemning")
            governing = clause_sources(joining, index, depth=depth + 1)
            joined = [
                c for c in joining.children
                if (c.dep_ in OBJECT or c.dep_.startswith("obl")) and c.i < verb.i
            ]
            joined = [j for n in [head, *joined] for j in (n, *n.conjuncts)]
            unique = list(dict.fromkeys(joined))
            return [(t, "controller") for t, _ in governing] + [(j, "controller") for j in unique]
        claimed = argument_rule("claimed_attack")
        if markers == {"for"} and head.lemma_.lower() in claimed["claim_nouns"]:
            # "claimed responsibility for attacking a convoy": who claims it did it
            return [(t, "controller") for t, _ in clause_sources(head.head, index, depth=depth + 1)]
        if "to" in markers:  # "efforts to launder", "Iran's decision to attack"
            possessors = [c for c in head.children if c.dep_ in POSSESSOR]
            possessors += [n for marker, n in prep_args(head) if marker == "by"]
            if possessors:  # "the decision by Iran to release ...": Iran
                return [(possessors[0], "controller")]
            owners = [  # "ongoing U.S. efforts to provide Ukraine with ...": the United States
                c for c in head.children  # (a noun of purpose: not "a State Department
                if head.lemma_.lower() in event_cues()["purpose_nouns"]  # official to offer")
                and c.dep_ in {"compound", "amod"} and c.i < head.i
                and (owner := index.entity_at(c)) is not None and owner.type != "LOCATION"
            ]
            if owners:
                return [(owners[0], "controller")]
            for modifier in head.children:  # "X coordinated efforts to ..." parsed as amod
                if modifier.pos_ == "VERB" and modifier.dep_ in {"amod", "acl"}:
                    subjects = [c for c in modifier.children if c.dep_ in SUBJECT]
                    if subjects:
                        return [(subjects[0], "controller")]
            if head.dep_ in OBJECT | SUBJECT and head.head.pos_ == "VERB":
                governing = head.head
                if head.dep_ in OBJECT and _object_controllers(governing) is not None:
                    return [(head, "controller")]  # "urges the parties to cooperate", the
                    # clause hung on the object: the parties would act, not the one urging
                judged = {t.type for t in load_triggers().get(governing.lemma_.lower(), "VERB")}
                if judged & set(event_cues()["act_reporting_types"]):
                    return []  # "welcomed the decision to release ...": not the welcomer's
                    # act (but "rejected calls to withdraw": the one asked rejects)
                if head.dep_ in OBJECT:
                    return [
                        (t, "controller")
                        for t, _ in clause_sources(governing, index, depth=depth + 1)
                    ]
            return []
        if not markers:  # "militias fighting in Syria", "filed a complaint accusing X"
            # "accusing X", "demanding that ...", not "backing to militias fighting in Syria",
            # where the fighters are the militias
            acts_on = any(c.dep_ in OBJECT | {"ccomp", "xcomp"} for c in verb.children)
            if head.head.lemma_.lower() in event_cues()["rejecting_verbs"]:
                return []  # "vetoed a resolution censuring X": the vetoer does not censure
            named = actor_of(head, index)
            placed = named is None or named.type == "LOCATION"  # "raided the Jenin camp, arresting"
            if placed and head.dep_ in OBJECT and acts_on:
                if head.lemma_.lower() in event_cues()["acting_group_nouns"]:
                    return [(head, "controller")]  # "aiding rebels fighting X": the rebels
                if head.lower_ in event_cues()["operation_nouns"] and not _conducted(head):
                    return []  # "We condemn attacks killing civilians": not the condemner
                return [
                    (t, "controller") for t, _ in clause_sources(head.head, index, depth=depth + 1)
                ]
            return [(head, "controller")]
    return []


def _attack_agent_before(pronoun: Token, noun: Token, index: EntityIndex) -> Token | None:
    """The actor named right before a relative pronoun as the agent of an attack noun inside
    the phrase of the farther noun the parser hung the relative clause on ("the Israeli
    people for the attack by Hamas that killed four civilians": Hamas), else None."""
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if before is None or before.pos_ != "PROPN" or noun not in before.ancestors:
        return None
    carrier = before.head
    words = event_cues()
    if carrier is noun or preposition(before) != "by" or carrier.lower_ not in {
        *words["attack_nouns"], *words["operation_nouns"]
    }:
        return None
    return before if actor_of(before, index) is not None else None


def _reported_speaker(pronoun: Token, verb: Token, index: EntityIndex) -> Token | None:
    """The organisation, force or group noun that says what an unresolved subject 'it' or
    'they' did, in the that-clause of a reporting verb (``source.reported_speaker``)."""
    rule = argument_rule("reported_speaker")
    number = rule["pronouns"].get(pronoun.lower_)
    if number is None or pronoun.pos_ != "PRON" or actor_of(pronoun, index) is not None:
        return None
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in rule["reporting_verbs"]:
        return None
    speakers = [c for c in verb.head.children if c.dep_ in SUBJECT and c.i < pronoun.i]
    if len(speakers) != 1 or speakers[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    speaker = speakers[0]
    if speaker.lower_ not in rule["speaker_nouns"][number]:
        return None
    named = actor_of(speaker, index)
    return None if named is not None and named.type == "PERSON" else speaker


def _clause_of_misjoined_verb(verb: Token) -> Token | None:
    """The clause a finite verb with no subject of its own belongs to when the parser joined
    it to a noun ("We welcome the consensus reached towards agreement and appreciate ...",
    "appreciate" a conjunct of "agreement"): the nearest word above the noun with an active
    subject, before the verb, and a finite verb of the same tense; None for any other verb."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBP", "VBZ"} or verb.text[0].isupper():
        return None  # a capitalised word is part of a name ("the Wrongfully Detained Act")
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    past = verb.tag_ == "VBD"
    node = head
    while node.dep_ != "ROOT" and node.head is not node:
        node = node.head
        if node.i < verb.i and any(c.dep_ in SUBJECT for c in node.children):
            finite = [t for t in (node, *node.children) if t.tag_ in {"VBD", "VBP", "VBZ"}]
            if finite and (finite[0].tag_ == "VBD") == past:
                return node  # the same tense: "welcome ... and appreciate", not "affirmed
                # that Ukraine continues to be a partner ... and expressed"
    return None


def _conducted(operation: Token) -> bool:
    """Whether the verb governing an operation noun carries it out ("conducted an operation",
    "launched attacks"), as against judging or reporting it ("condemns the attacks")."""
    return operation.head.lemma_.lower() in event_cues()["light_verbs"]


def _actors(tokens: Iterable[tuple[Token, str]], index: EntityIndex) -> list[tuple[Entity, str]]:
    """The actors the tokens name. A place acts only through the people of a role noun ("the
    Sindh government", "demonstrators in Baghdad"), not by its name, nor through a place or an
    attack noun ("the Jenin camp", "a Kabul car bombing"); no actor acts through a place
    noun ("a French military base ..., which killed")."""
    sites = event_cues()["place_nouns"]
    places = sites | event_cues()["attack_nouns"]
    found: list[tuple[Entity, str]] = []
    for token, how in tokens:
        for entity, found_how in _named([(token, how)], index):
            placed = token.lower_ in places or token.lemma_.lower() in places
            sited = token.lower_ in sites or token.lemma_.lower() in sites
            if (entity.type == "LOCATION" and (found_how != "role" or placed)) or (
                found_how == "role" and sited
            ):
                continue  # nor does an actor act through its place: "the bombing of a French
                # military base ... that killed": not the French military
            if all(entity.id != e.id for e, _ in found):
                found.append((entity, found_how))
    return found


def _unnamed_sources(
    verb: Token, trigger: Trigger, index: EntityIndex, *, named: bool
) -> list[Described | None]:
    """Who acts where no entity does. ``source.described``: an agent the text introduces
    and no entity names ("a female suicide bomber", "other armed actors", "sympathizers of
    the PMF"), as its words. ``source.agentless``: a violent or coercive act whose only agent
    is an attack, a weapon or an explosion the text introduces without an actor ("a roadside
    bomb blast killed 11", "were killed in suicide attacks"): no source."""
    described_rule = argument_rule("described_source")
    heads = clause_sources(verb, index)
    found: list[Described | None] = []
    for head, _ in heads:
        for conjunct in with_conjuncts(head):
            if actor_of(conjunct, index) is not None:
                continue
            phrase = _agent_phrase(conjunct, described_rule, index)
            if phrase is not None and phrase not in found:
                found.append(phrase)
    agentless = argument_rule("agentless_source")
    if found or named or trigger.type not in agentless["types"] or not heads:
        return found
    instruments = {w.lower() for w in agentless["instrument_nouns"]}
    armed = agentless["armed_only_with"]  # "fire": gunfire only with a weapon's word
    if all(
        (how == "instrument" or head.lower_ in instruments)
        and _introduced(head, agentless)
        and (
            head.lower_ not in armed
            or any(c.lower_ in armed[head.lower_] for c in head.children)
        )
        and not any(  # "a shark attack": an animal's, no act of force
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in agentless["animal_agents"]
            for c in head.children
        )
        and actor_of(head, index) is None
        for head, how in heads
    ):
        return [None]
    return []


def _introduced(noun: Token, rule: dict) -> bool:
    """A noun phrase that brings in something new: no determiner but the rule's
    ``indefinite_determiners`` ("a", "an"), no possessor, no number."""
    return not any(
        (c.dep_ == "det" and c.lower_ not in rule["indefinite_determiners"])
        or c.dep_ in POSSESSOR
        or c.dep_ == "nummod"
        for c in noun.children
    )


def _agent_phrase(noun: Token, rule: dict, index: EntityIndex) -> Described | None:
    """The words of an agent noun phrase the text introduces with a description of its
    own ("international partners", "a female suicide bomber", "sympathizers of the PMF"),
    else None: no agent noun, a bare or counted one ("rebels", "six militants": most often
    a group named before), a definite or possessed one ("the militants", "his forces")."""
    bare = _bare_group(noun, index)
    if bare is not None:
        return bare
    if noun.pos_ != "NOUN" or noun.lower_ not in agent_nouns() or not _introduced(noun, rule):
        return None
    if any(c.dep_ in MODIFIER and index.entity_at(c) is not None for c in noun.children):
        return None  # "an official Syrian newspaper": the actor is named
    if not any(
        c.dep_ in {"amod", "compound"} or (c.dep_ == "det" and c.lower_ == "other")
        for c in noun.children
    ) and not any(marker == "of" for marker, _ in prep_args(noun)):
        return None
    words = _phrase_words(noun, rule["kept_prepositions"], set(), top=True)
    return _phrase_span(noun, words, rule)


def _bare_group(noun: Token, index: EntityIndex) -> Described | None:
    """A group of people who act, named by a bare plural or collective noun of
    ``source.bare_group`` ("Gunmen killed ...", "Lawmakers condemned ...", "the police fired
    ..."), when no actor it may stand for is named anywhere in the text (before it, or
    after it as a lead's "Militants attacked ..." is followed by the group that claimed the
    attack): an entity of the noun's types or one whose name holds the noun ("Hong Kong
    Police Force")."""
    rule = argument_rule("bare_group_source")
    word = noun.lower_
    crowd = _counted_crowd(noun, rule)
    if crowd is not None:  # "Thousands of protesters marched"
        return crowd
    stands_for = rule["nouns"].get(word)
    if stands_for is None or noun.pos_ != "NOUN":
        return None
    parts = [  # not its own "by" nor a place phrase ("killed by militants near the border")
        c for c in noun.children
        if c.dep_ not in PHRASE_CUT | {"case"}
        and not (c.dep_ in {"nmod", "obl"} and _marker(c) not in {None, "of"})
    ]
    determiners = [c.lower_ for c in parts if c.dep_ == "det"]
    if len(parts) != len(determiners) or len(determiners) > 1:
        return None  # "six gunmen", "Somali lawmakers", "the group's fighters"
    if determiners and determiners[0] not in rule["determiners"].get(word, rule["quantifiers"]):
        return None  # "the militants", "those protesters": a group named before
    before = noun.doc[noun.sent.start : noun.i]
    if noun.text[:1].isupper() and not all(
        t.is_punct or t.lower_ in rule["quantifiers"] for t in before
    ):
        return None  # a capital inside the sentence: part of a name ("Police and Crime
        # Commissioner Stephen Mold")
    if not index.entity_types.isdisjoint(stands_for) or not index.name_words.isdisjoint(
        {word, noun.lemma_.lower()}
    ):
        return None
    return Described(noun.idx, noun.idx + len(noun.text), noun.text, rule=rule["id"])


def _crowd_demand(found: Found) -> bool:
    """Whether an event is a demand by demonstrators or a counted crowd with no name
    (``type.crowd_demand``): a protest."""
    rule = argument_rule("crowd_demand")
    crowd = set(rule["crowd_words"])
    return (
        found.event_type in rule["types"]
        and not found.sources
        and bool(found.unnamed)
        and all(
            isinstance(u, Described)
            and u.rule == argument_rule("bare_group_source")["id"]
            and not crowd.isdisjoint(u.text.lower().split())
            for u in found.unnamed
        )
    )


def _counted_crowd(noun: Token, rule: dict) -> Described | None:
    """A crowd counted by a head of ``counted_heads`` with an "of" phrase of
    ``counted_nouns`` ("Thousands of protesters", "tens of thousands of people"), written
    whole as the source."""
    if noun.lower_ not in rule["counted_heads"]:
        return None
    crowd = next((n for m, n in prep_args(noun) if m == "of"), None)
    if crowd is not None and crowd.lower_ in rule["counted_heads"]:  # "tens of thousands of"
        crowd = next((n for m, n in prep_args(crowd) if m == "of"), None)
    if crowd is None or crowd.lower_ not in rule["counted_nouns"]:
        return None
    if any(c.dep_ in {"det", "nummod"} for c in noun.children):
        return None  # "the thousands of people who ...": told before
    end = crowd.idx + len(crowd.text)
    return Described(noun.idx, end, noun.doc.text[noun.idx : end], rule=rule["id"])


def _named(tokens: Iterable[tuple[Token, str]], index: EntityIndex) -> list[tuple[Entity, str]]:
    found: list[tuple[Entity, str]] = []
    for token, how in tokens:
        for conjunct in with_conjuncts(token):
            entity = actor_of(conjunct, index)
            if entity is None:  # "militias such as A and B abandoned ...": A and B did
                for example in listed_examples(conjunct):
                    listed = actor_of(example, index)
                    if listed is not None and all(listed.id != e.id for e, _ in found):
                        found.append((listed, how))
                continue
            direct = entity is index.entity_at(conjunct)
            if direct:  # a bare "US forces" acts for the United States
                entity = index.acting_source(conjunct, entity)
            sharing = index.co_referents(conjunct) if direct else _modifier_list(conjunct, index)
            stand_in = index.rule_at(conjunct) if direct else None
            for each in (entity, *sharing):
                if all(each.id != e.id for e, _ in found):
                    kept = direct or how.startswith("source.")  # a declared rule's id
                    found.append((each, stand_in or (how if kept else "role")))
            if direct:  # "Hungarian and Romanian officials": Hungary as well
                coordinated = argument_rule("coordinated_modifier_source")["id"]
                for each in coordinated_modifier_actors(conjunct, index):
                    if all(each.id != e.id for e, _ in found):
                        found.append((each, coordinated))
    return found


def _modifier_list(role: Token, index: EntityIndex) -> list[Entity]:
    """The other actors of a coordinated modifier of a role noun ("Cameroon and C.A.R.
    officials": C.A.R. besides Cameroon), or of its coordinated 'of' or 'from' phrase, as
    actor_of reads it ("officials from the United States and Japan met": Japan as well)."""
    found: list[Entity] = []
    delegates = event_cues()["delegate_nouns"]
    phrases = [
        noun
        for marker, noun in prep_args(role)
        if marker == "of" or (marker == "from" and role.lower_ in delegates)
    ]
    for modifier in [*role.children, *phrases[:1]]:
        if (modifier.dep_ in MODIFIER or modifier in phrases) and (
            index.entity_at(modifier) is not None
        ):
            for conjunct in with_conjuncts(modifier)[1:]:
                entity = index.entity_at(conjunct)
                if entity is not None and entity not in found:
                    found.append(entity)
    return found


def _targets(
    token: Token,
    trigger: Trigger,
    taken: set[int],
    index: EntityIndex,
    *,
    passive: bool,
    rules: list[str] | None = None,
    described: list[Described] | None = None,
) -> list[Entity | None]:
    """The target actors of a trigger; the ids of the declared argument rules that found
    them go into ``rules``, the recipients only a description names into ``described``."""
    rules = rules if rules is not None else []
    described = described if described is not None else []
    relative = argument_rule("relative_antecedent")
    owner = argument_rule("owner_target")
    nested = argument_rule("nested_recipient")
    apposed = argument_rule("comma_apposition")
    written = argument_rule("written_group")
    manner = argument_rule("past_manner")
    coordinated_object = argument_rule("shared_object")
    raised_object = argument_rule("raised_object")
    agent = argument_rule("act_agent")
    threatened = argument_rule("threatened_object")
    pronouned = argument_rule("pronoun_owner")
    possessed = argument_rule("participle_owner")
    victim_written = argument_rule("victim_nationality")
    topic = argument_rule("discussed_topic")
    ended = argument_rule("ended_act")
    coordinated = argument_rule("coordinated_modifier_target")
    proposal = argument_rule("proposal_author")
    convened = argument_rule("convened_body")
    heads: list[tuple[Token, str]] = []  # the argument and its place (object, a preposition)
    if trigger.pos == "VERB" and trigger.type not in NO_OBJECT_TARGET:
        if passive:
            subjects = PASSIVE_SUBJECT | (SUBJECT if _reduced_passive(token) else set())
            heads += [
                (c, "passive_subject")
                for c in token.children
                if c.dep_ in subjects and c.i not in taken
            ]
            if token.dep_ in {"acl", "amod"} and _verbless_root(token) is not None:
                heads += [  # "X, a spokesman for Y, blamed Z and W": X blamed Z and W,
                    (c, "object") for c in token.head.conjuncts if c.i > token.i
                ]  # the parser made them X's conjuncts
            elif token.dep_ in {"acl", "amod"}:
                heads.append((token.head, "passive_subject"))
            if not heads and token.dep_ == "conj":  # "Turkey is under sanctions and was
                heads += [  # condemned by Egypt": the subject the two verbs share
                    (c, "passive_subject")
                    for c in token.head.children
                    if c.dep_ in SUBJECT | PASSIVE_SUBJECT and c.i < token.head.i
                    and c.lower_ not in event_cues()["relative_pronouns"]
                ]
        else:
            heads += [
                (c, "object") for c in token.children if c.dep_ in OBJECT and c.i not in taken
            ]
            if not heads:  # "condemns in the strongest terms Iran's attack"
                heads += [(c, manner["id"]) for c in _objects_past_manner(token)]
            if not heads and trigger.particle is None:  # "attacked and looted the village"
                heads += [
                    (c, coordinated_object["id"])
                    for c in _shared_objects(token, coordinated_object, taken)
                ]
            if not heads and trigger.particle is None:  # "targeting and killing civilians"
                heads += [(c, raised_object["id"]) for c in _raised_objects(token, raised_object)]
            if heads and trigger.type in topic["types"] and token.lemma_.lower() in topic["verbs"]:
                heads = [h for h in heads if h[1] != "object"]  # "discussed U.S. strategy"
                rules += [topic["id"]]
        heads += [(c, "indirect_object") for c in token.children if c.dep_ in INDIRECT_OBJECT]
        if trigger.object_owner_target and not heads:  # "froze Russia's assets": whose
            heads += [(c, "object") for c in token.children if c.dep_ in OBJECT and c.i in taken]
        if trigger.object_compound_target and not heads:  # "took 20 passengers hostage"
            heads += [
                (c, "object")
                for o in token.children if o.dep_ in OBJECT and o.i in taken
                for c in o.children if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}
            ]
    if trigger.pos == "NOUN" and _came_to_aid(token, trigger) is not None:
        helped = argument_rule("came_to_aid")["id"]  # "came to Ukraine's assistance"
        heads += [(c, helped) for c in token.children if c.dep_ in POSSESSOR]
        heads += [(n, helped) for marker, n in prep_args(token) if marker == "of"]
    designee = argument_rule("designee_possessor")
    if trigger.pos == "NOUN":  # "the Houthis' designation": the one designated
        heads += [(c, designee["id"]) for c in _designees(token, trigger)]
    carriers = [token, *(token.doc[i] for i in taken)]
    if trigger.type in event_cues()["recipient_on_object_types"]:
        # "supplied (hundreds of) drones to Russia", "a donation of 3.5 million doses to
        # Indonesia": the parser hangs the recipient on what is given
        if trigger.pos == "VERB":
            given = [c for c in token.children if c.dep_ in OBJECT and c not in carriers]
        else:
            given = [n for m, n in prep_args(token) if m == "of" and n not in carriers]
        carriers += given + [n for o in given for m, n in prep_args(o) if m == "of"]
    shared = _shared_carriers(token, trigger) if trigger.pos == "NOUN" else []
    carriers += shared  # "humanitarian assistance and other aid to Ethiopia"
    if trigger.pos == "NOUN":  # "sanctions imposed by X on Iran": the phrases of the noun's
        carriers += _doing_participles(token)  # participle of doing are its own
    victim = argument_rule("of_victim")
    opponent = argument_rule("opponent_preposition")
    for carrier in carriers:
        for marker, noun in prep_args(carrier):
            claimed = _claimed_attack_targets(carrier, marker, noun, trigger)
            if claimed:  # "claimed responsibility for the attack on X": X
                claim_id = argument_rule("claimed_attack")["id"]
                heads += [(n, "object") for n in claimed]  # named, or described as written
                rules += [claim_id] if claim_id not in rules else []
                continue
            if trigger.type in opponent["types"] and marker in opponent["prepositions"]:
                rules += [opponent["id"]] if opponent["id"] not in rules else []
                continue  # "supported the government against the rebellion": a side opposed
            if trigger.role_of(marker) == "target" or (
                carrier is token and marker == trigger.particle and trigger.pos == "VERB"
            ):
                heads.append((noun, marker))  # "called on X", "sided with X"
                if carrier in shared and argument_rule("shared_preposition")["id"] not in rules:
                    rules.append(argument_rule("shared_preposition")["id"])
            elif marker == "of" and _names_victim(carrier, trigger, victim):
                heads.append((noun, victim["id"]))  # "the killing of 33 terrorists"
    content = argument_rule("content_subject")
    if not heads and trigger.type in content["types"]:  # "alleged the government is hiding"
        clauses = [  # a noun's own content clause too: "Pakistan's allegation that ..."
            c for c in token.children
            if c.dep_ == "ccomp" or (
                token.pos_ == "NOUN" and c.dep_ in {"acl", "acl:relcl"}
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            )
        ]
        if not (trigger.type == "THREATEN" and _own_future_acts(
            token, argument_rule("threat_content"), index
        )):  # "warned that it would attack Israel": the threatener is not its own target
            heads += [
                (c, "content")
                for clause in clauses[:1]
                for c in clause.children
                if c.dep_ in SUBJECT
            ]
        rules += [content["id"]] if heads else []
    blamed = argument_rule("blamed_party")
    if not heads and trigger.type in agent["types"] and trigger.pos == "VERB":
        for noun in (c for c in token.children if c.dep_ in OBJECT and c.i in taken):
            heads += [(a, agent["id"]) for a in _act_agent_tokens(noun, agent)]  # "documented
            # abuses by Russian forces": the act the trigger's own object names, its "by"
            if not heads and noun.lemma_.lower() in agent["by_act_nouns"] and not passive:
                heads += [  # phrase hung on the active verb
                    (c, agent["id"]) for marker, a in prep_args(token)
                    if marker in agent["markers"] for c in with_conjuncts(a)
                ]
        rules += [agent["id"]] if heads and agent["id"] not in rules else []
    blamed_on = _blamed_party(token) if trigger.type == "ACCUSE" else []
    if blamed_on:  # "blamed the attack on X": X, not the act noun object
        heads = [(n, blamed["id"]) for n in blamed_on]
        rules.append(blamed["id"])
    welcomed = argument_rule("welcomed_content")
    if trigger.type in welcomed["types"] and trigger.pos == "VERB" and (
        token.lemma_.lower() in welcomed["verbs"]
    ) and all(h.lemma_.lower() in welcomed["fact_nouns"] for h, _ in heads):
        subjects = _welcomed_content(token, [h for h, _ in heads], welcomed)
        heads = [(s, welcomed["id"]) for s in subjects] if subjects else heads
    demanded = argument_rule("demanded_actor")
    if not heads and trigger.type in demanded["types"]:  # "demanded that the US cancel"
        heads += [(c, "content") for c in _demanded_actors(token, trigger, demanded, index)]
        rules += [demanded["id"]] if heads else []
    asked = argument_rule("asked_from")
    named = [h for h, _ in heads if actor_of(h, index) is not None]
    if not named and trigger.type in asked["types"] and trigger.pos == "VERB":
        heads += [(n, asked["id"]) for n in _asked_from(token, asked)]  # "requested $10B from"
    threat = argument_rule("threat_content")
    promised = argument_rule("promised_act")
    targets: list[Entity | None] = []
    for act_rule in (threat, promised):
        if heads or targets or trigger.type not in act_rule["types"] or trigger.pos != "VERB":
            continue  # "threatened to attack the US", "refused to meet King Abdullah"
        before = len(described)
        targets, act_heads = _content_act_targets(token, act_rule, index, described)
        heads += act_heads
        rules += [act_rule["id"]] if targets or len(described) > before else []
    suspended = argument_rule("suspended_relation")
    if not heads and not targets and trigger.pos == "NOUN" and (
        trigger.type in suspended["types"]
    ):  # "the suspension of military aid to Egypt"
        targets = _suspended_partners(token, suspended, index)
        rules += [suspended["id"]] if targets else []
    held = argument_rule("sanctioned_subject")
    if not heads and not targets and trigger.pos == "NOUN" and trigger.type in held["types"]:
        heads += [(s, held["id"]) for s in _sanctioned_subjects(token, held)]  # "is under"
    condition = argument_rule("threat_condition")
    if trigger.type in condition["types"] and trigger.pos == "VERB" and not targets and all(
        actor_of(h, index) is None for h, _ in heads
    ):  # "threatened to hold a strike unless Israel rescinded", "threatened war unless"
        heads += [(s, condition["id"]) for s in _condition_subjects(token, condition)]
    result = argument_rule("attack_result")
    own = [h for h, _ in heads if _part_of_act(h, taken)]
    if len(own) == len(heads) and not targets and trigger.type in result["types"]:
        before = len(described)
        targets, result_heads = _result_targets(token, taken, result, index, described)
        heads += result_heads
        rules += [result["id"]] if targets or result_heads or len(described) > before else []
    aimed = argument_rule("aimed_participle")
    aimed_heads: list[Token] = []
    if not targets and trigger.type in aimed["types"] and all(
        _part_of_act(h, taken) for h, _ in heads
    ):  # "launched missiles targeting US troops"
        aimed_heads = _aimed_objects(token, taken, aimed)
        heads += [(h, "object") for h in aimed_heads]
    target_of = argument_rule("target_of")
    if not targets and not heads and trigger.pos == "NOUN" and trigger.type in target_of["types"]:
        aimed_heads = _predicate_subjects(token, target_of)  # "Abqaiq was the target of"
        heads += [(h, "object") for h in aimed_heads]
        aimed = target_of if aimed_heads else aimed
    between = argument_rule("between_parties")
    if not targets and trigger.type in between["types"] and trigger.pos == "VERB" and all(
        actor_of(h, index) is None for h, _ in heads
    ):  # "called for a ceasefire between Israel and Hamas": the two sides
        parties = _parties_between([h for h, _ in heads], token, between, index)
        if parties:
            heads = [(p, between["id"]) for p in parties]
            rules += [between["id"]]
    found_before = (len(targets), len(described))
    for head, place in heads:
        if (noun := antecedent(head)) is not None:  # "(all of which were attacked by Iran)"
            head = noun
            rules.append(relative["id"])
        named_here, phrases_here = False, []  # "attacks on security forces, settlers and
        # workers": a described group of people coordinated with a named target is one too
        for conjunct in with_conjuncts(head) + _listed_appositions(head, index):
            group = _written_group(conjunct, token, taken, index)
            if group is not None:  # "urged Libyan political leaders", "killed 12 Hamas fighters"
                described += [group] if group not in described else []
                rules += [written["id"]] if written["id"] not in rules else []
                named_here = True  # its people conjuncts are targets beside it
                continue
            entity = actor_of(conjunct, index)
            found = [entity] if entity is not None else []
            if found and (more := coordinated_modifier_actors(conjunct, index)):
                found = [entity, *(e for e in more if e is not entity)]  # "US and British
                rules += [coordinated["id"]] if coordinated["id"] not in rules else []  # forces"
            if not found and trigger.type in event_cues()["act_object_types"]:
                found = _act_actors(conjunct, index)
            if not found and trigger.type in agent["types"]:
                found = _participle_agents(conjunct, agent, index)  # "atrocities committed by"
                rules += [agent["id"]] if found and agent["id"] not in rules else []
            elif not found and trigger.type in owner["types"]:
                found = _act_actors(conjunct, index)  # "struck Iran's nuclear sites": Iran
                if trigger.type in owner["no_place_types"]:  # "took to the streets of Baghdad"
                    found = [e for e in found if e.type != "LOCATION"]
                if found and _victim_of_nationality(conjunct, token, victim_written):
                    found = []  # "killed an American soil scientist": the victim as written
                    rules += [victim_written["id"]] if victim_written["id"] not in rules else []
                rules += [owner["id"]] if found else []
            if not found and trigger.type in possessed["types"]:
                found = _participle_owners(conjunct, possessed, index)  # "a ship owned by"
                rules += [possessed["id"]] if found and possessed["id"] not in rules else []
            if not found and trigger.type in nested["types"]:
                found = _nested_recipients(conjunct, nested, index)  # "on aid to Eritrea"
                rules += [nested["id"]] if found else []
            if not found and trigger.type in ended["types"]:
                found = _ended_act_actors(conjunct, ended, index)  # "an end to Russia's war"
                rules += [ended["id"]] if found and ended["id"] not in rules else []
            if not found and _is_proposal(conjunct, trigger, proposal):
                found = _nested_recipients(conjunct, proposal, index)  # "an offer from Kabul"
                found = found or _proposal_makers(conjunct, token, proposal, index)
                rules += [proposal["id"]] if found and proposal["id"] not in rules else []
            if not found and _is_proposal(conjunct, trigger, convened):
                found = _nested_recipients(conjunct, convened, index)  # "a meeting of NATO"
                rules += [convened["id"]] if found and convened["id"] not in rules else []
            if not found and trigger.type in pronouned["types"] and place == "object" and (
                trigger.pos == "VERB"
            ):  # "we support their commitment": whom the references stage read "their" as
                found = _pronoun_owners(conjunct, token, pronouned, index)
                rules += [pronouned["id"]] if found and pronouned["id"] not in rules else []
            if not found and trigger.type in threatened["types"] and place == "object":
                found = _nested_recipients(conjunct, threatened, index)  # "action against"
                rules += [threatened["id"]] if found else []
            phrase = None
            if not found and not _part_of_act(head, taken):
                phrase = _described(conjunct, place, token, trigger, taken, index)
            if phrase is not None and phrase not in described:
                described.append(phrase)
                phrases_here += [phrase] if _names_people(conjunct) else []
            named_here = named_here or bool(found)
            for each in found:
                if all(t is None or t.id != each.id for t in targets):
                    targets.append(each)
            for rule in (
                victim, threat, promised, manner, coordinated_object, raised_object, asked,
                welcomed, condition, held, designee,
            ):
                if place == rule["id"] and (found or phrase) and rule["id"] not in rules:
                    rules.append(rule["id"])
        if named_here and phrases_here:
            described[:] = [
                replace(d, replaces_name=True) if d in phrases_here else d for d in described
            ]
        apposed_names = _comma_appositions(head, index)  # "the Kurdish militia, the YPG,"
        for each in apposed_names:
            if all(t is None or t.id != each.id for t in targets):
                targets.append(each)
                rules += [apposed["id"]] if apposed["id"] not in rules else []
        if apposed_names:  # the names say who the phrase before them is: one referent
            _drop_described_by_names(head, targets, described, index)
    if aimed_heads and (len(targets), len(described)) != found_before:
        rules.append(aimed["id"])
    referred = argument_rule("act_antecedent")
    if not targets and not described and trigger.type in referred["types"]:
        objects = [h for h, place in heads if place == "object"]
        targets = _antecedent_actors(objects[0], referred, index) if objects else []
        rules += [referred["id"]] if targets else []  # "Balkhi rejected the allegation"
    reward = argument_rule("reward_subject")
    if not targets and not described and trigger.type in reward["types"]:
        targets = _reward_subjects(token, [h for h, _ in heads], taken, reward, index)
        rules += [reward["id"]] if targets else []  # "a reward ... for the arrest of X"
    if not targets and not described:  # "accepted Russia's proposal": the trigger's own noun
        doc = token.doc
        owned = [doc[i] for i in sorted(taken) if _is_proposal(doc[i], trigger, proposal)]
        targets = [e for noun in owned[:1] for e in _act_actors(noun, index)]
        targets = targets or [  # "accepted a proposal put forward by Egypt"
            e for noun in owned[:1] for e in _proposal_makers(noun, token, proposal, index)
        ]
        rules += [proposal["id"]] if targets and proposal["id"] not in rules else []
    return targets or [None]


def _condition_subjects(verb: Token, rule: dict) -> list[Token]:
    """The subject (no pronoun) of the condition clause (``markers``: "unless") of a threat
    or of the act it threatens (``target.threat_condition``): who must act to avert it; also
    whose act a foretold response is on (``event.consequence_threat``: "if Russia invades")."""
    acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
    clauses = [
        c for act in acts for c in act.children
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in rule["markers"] for m in c.children
        )
    ]
    return [
        c for clause in clauses[:1] for c in clause.children
        if c.dep_ in SUBJECT | PASSIVE_SUBJECT and c.pos_ != "PRON"
    ][:1]


def _parties_between(
    nouns: list[Token], verb: Token, rule: dict, index: EntityIndex
) -> list[Token]:
    """The sides a requested or welcomed act is between (``target.between_parties``): the
    ``between`` phrase of an act noun of the rule's ``nouns`` that is the verb's object or
    its ``markers`` noun ("called for a ceasefire between Israel and Hamas", "welcomed the
    agreement between Armenia and Azerbaijan", "between the belligerent parties"); not a
    phrase that only refers back to sides named before (``reference_words`` and no modifier:
    "between the two sides") unless it is resolved."""
    nouns = nouns + [n for marker, n in prep_args(verb) if marker in rule["markers"]]
    nouns += [  # "welcome the progress (made) in the talks between A and B": one step in
        n
        for noun in nouns
        for holder in (noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"))
        for marker, n in prep_args(holder)
        if marker in rule["through_markers"]
    ]
    return [
        inner
        for noun in nouns
        if noun.lemma_.lower() in rule["nouns"] or noun.lower_ in rule["nouns"]
        for marker, inner in prep_args(noun)
        if marker == "between" and (
            actor_of(inner, index) is not None
            or any(c.dep_ in {"amod", "compound"} for c in inner.children)  # "belligerent"
            or not any(c.lower_ in rule["reference_words"] for c in inner.children)
        )
    ]


def _is_proposal(noun: Token, trigger: Trigger, rule: dict) -> bool:
    """Whether a target noun is one of the rule's ``nouns`` for a trigger of its ``types``:
    a proposal answered by a refusal or concession (``target.proposal_author``: "an offer",
    "demands"), a meeting asked for (``target.convened_body``: "an emergency session")."""
    return trigger.type in rule["types"] and noun.pos_ == "NOUN" and (
        noun.lemma_.lower() in rule["nouns"] or noun.lower_ in rule["nouns"]
    )


def _proposal_makers(noun: Token, trigger: Token, rule: dict, index: EntityIndex) -> list[Entity]:
    """Who made a proposal by one of the rule's ``proposing_verbs``: the subject or "by"
    actor of a clause or participle on the noun ("the proposal that the United States had
    sent", "a plan put forward by Egypt"), or the subject of the verb the noun is the object
    of when the trigger is a relative clause on the noun ("The United States transmitted a
    proposal, which Iran rejected")."""
    verbs = rule["proposing_verbs"]
    makers: list[Token] = []
    for clause in noun.children:
        if clause.dep_ in {"acl", "relcl", "acl:relcl"} and clause.i != trigger.i and (
            clause.lemma_.lower() in verbs
        ):
            makers += [
                c for c in clause.children
                if (c.dep_ in SUBJECT and c.lower_ not in event_cues()["relative_pronouns"])
                or c.dep_ in AGENT
            ]
            makers += [n for marker, n in prep_args(clause) if marker == "by"]
    if not makers and trigger.head.i == noun.i and trigger.dep_ in {"relcl", "acl:relcl"}:
        governor = noun.head
        if noun.dep_ in OBJECT and governor.lemma_.lower() in verbs:
            makers = [c for c in governor.children if c.dep_ in SUBJECT]
    return _conjunct_actors(makers[:1], index)


def _reward_subjects(
    token: Token, heads: list[Token], taken: set[int], rule: dict, index: EntityIndex
) -> list[Entity]:
    """Whom a reward is offered against (``target.reward_subject``): the "of" actor of the
    arrest or conviction its information leads to, or the "on" actor of the information
    ("for information leading to the arrest of X", "for information on X")."""
    doc = token.doc
    rewards = [
        n for n in (*heads, *(doc[i] for i in taken), token)
        if n.lower_ in rule["reward_nouns"]
    ]
    sought: list[Token] = []
    for reward in rewards[:1]:
        for word in reward.subtree:
            lemma = word.lemma_.lower()
            markers = (
                {"of"} if word.lower_ in rule["sought_nouns"] or lemma in rule["sought_nouns"]
                else set(rule["information_prepositions"])
                if word.lower_ in rule["information_nouns"] else set()
            )
            sought += [noun for marker, noun in prep_args(word) if marker in markers]
    return _conjunct_actors(sought, index)


def _ended_act_actors(noun: Token, rule: dict, index: EntityIndex) -> list[Entity]:
    """Who a request to end or withdraw asks to act (``target.ended_act``): the actors of
    the act an ``end_nouns`` noun's ``prepositions`` phrase names ("an immediate end to
    Russia's war against Ukraine", "an end to the regime's crackdown"), or the owner or "of"
    actor of a ``withdrawal_nouns`` noun ("the withdrawal of Russian forces"); not a place
    ("an end to the Rafah operations")."""
    lemma = noun.lemma_.lower()
    acts = [noun] if lemma in rule["withdrawal_nouns"] else []
    if lemma in rule["end_nouns"]:
        acts = [n for marker, n in prep_args(noun) if marker in rule["prepositions"]][:1]
    found = [e for act in acts for e in _act_actors(act, index)]
    return [e for e in found if e.type != "LOCATION"]


def _antecedent_actors(noun: Token, rule: dict, index: EntityIndex) -> list[Entity | None]:
    """The actors of the act a definite act noun refers back to (``target.act_antecedent``):
    the nearest earlier word of the same lemma within ``back`` sentences, a noun ("Pakistan's
    allegation ... Balkhi rejected the allegation") with its owner, agent or "of" actor, or a
    verb ("the United States called a meeting ... supported the call") with its subject;
    none when that nearest word names no actor, or the noun names its own actor or content
    ("welcomed the announcement that GCC partners plan": one the text brings in)."""
    if (
        noun.pos_ != "NOUN"
        or not any(c.dep_ == "det" and c.lower_ in rule["determiners"] for c in noun.children)
        or any(c.dep_ in {"acl", "acl:relcl", "ccomp"} for c in noun.children)
        or _act_actors(noun, index)
    ):
        return []  # "welcomed the announcement that GCC partners plan": a new one
    doc, lemma = noun.doc, noun.lemma_.lower()
    first = doc[max(0, noun.sent.start - 1)].sent.start
    for _ in range(rule["back"] - 1):
        first = doc[max(0, first - 1)].sent.start
    for i in range(noun.i - 1, first - 1, -1):
        word = doc[i]
        if word.lemma_.lower() != lemma or word.pos_ not in {"NOUN", "VERB"}:
            continue
        if word.pos_ == "NOUN":
            return list(_act_actors(word, index))
        if is_passive(word):
            return []
        subjects = [c for c in word.children if c.dep_ in SUBJECT]
        return [e for e in (actor_of(s, index) for s in subjects[:1]) if e is not None]
    return []


def _welcomed_content(verb: Token, facts: list[Token], rule: dict) -> list[Token]:
    """The subject of the "that" clause a verb of welcoming takes, or its object "the fact"
    does (``target.welcomed_content``): "welcome that European allies are stepping up",
    "welcomed the fact that the Council adopted"; none where the clause has no subject."""
    clauses = [
        c for carrier in (verb, *facts) for c in carrier.children
        if c.dep_ in {"ccomp", "acl"} and c.i > carrier.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]
    return [c for clause in clauses[:1] for c in clause.children if c.dep_ in SUBJECT][:1]


def _objects_past_manner(verb: Token) -> list[Token]:
    """The object of a verb that the parser hung on a manner phrase right after the verb (as
    its modifier or apposition), or left unmarked beside it (``target.past_manner``):
    "condemns in the strongest terms Iran's missile attack", "condemned in the strongest
    possible terms the DPRK's support"."""
    rule = argument_rule("past_manner")
    manner = [
        c for c in verb.children
        if c.dep_ in OBLIQUE and c.i > verb.i and c.lower_ in rule["manner_nouns"]
        and any(m.dep_ == "case" and m.lower_ in rule["markers"] for m in c.children)
    ]
    found: list[Token] = []
    for phrase in manner[:1]:
        for carrier in (phrase, verb):
            found += [
                c for c in carrier.children
                if (c.dep_ in OBLIQUE or (c.dep_ == "appos" and carrier is phrase))
                and c.i > phrase.i and c.pos_ in {"NOUN", "PROPN"}
                and not any(m.dep_ == "case" for m in c.children)
            ]
    return found[:1]


def _shared_objects(verb: Token, rule: dict, taken: set[int]) -> list[Token]:
    """The object of the verb coordinated after ``verb`` with no subject of its own, as
    ``verb``'s own (``target.shared_object``): "attacked and looted the village"; not when
    ``verb`` has an object, a clause, a preposition or a particle of its own."""
    if any(
        c.dep_ in {"ccomp", "xcomp", "prep"} | PARTICLE | OBJECT
        or (c.dep_ in OBLIQUE and any(m.dep_ == "case" for m in c.children))
        for c in verb.children
    ):
        return []
    subjects = SUBJECT | PASSIVE_SUBJECT
    for conjunct in verb.children:
        if conjunct.dep_ != "conj" or conjunct.pos_ != "VERB" or conjunct.i < verb.i:
            continue
        if not any(c.dep_ == "cc" and c.lower_ in rule["conjunctions"] for c in conjunct.children):
            continue
        if any(c.dep_ in subjects for c in conjunct.children):
            continue
        return [c for c in conjunct.children if c.dep_ in OBJECT and c.i not in taken]
    return []


def _raised_objects(verb: Token, rule: dict) -> list[Token]:
    """The object the parser hangs on the verb ``verb`` is coordinated after, when it stands
    after ``verb`` and ``verb`` has no subject, object, clause or preposition of its own
    (``target.raised_object``): "accused of targeting and killing civilians"."""
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ != "VERB" or first.i > verb.i:
        return []
    if not any(c.dep_ == "cc" and c.lower_ in rule["conjunctions"] for c in verb.children):
        return []
    own = SUBJECT | PASSIVE_SUBJECT | OBJECT | PARTICLE | {"ccomp", "xcomp", "prep"}
    if any(c.dep_ in own or (c.dep_ in OBLIQUE and c.i > verb.i) for c in verb.children):
        return []
    return [c for c in first.children if c.dep_ in OBJECT and c.i > verb.i]


def _shared_agents(verb: Token, rule: dict) -> list[Token]:
    """The "by" agent of the participle coordinated after a passive ``verb`` with none of
    its own, that participle sharing its auxiliary and having no word but its arguments
    (``source.shared_agent``): "were neutralized or captured by the army"."""
    for conjunct in verb.children:
        if conjunct.dep_ != "conj" or conjunct.i < verb.i or not shares_passive(conjunct):
            continue
        if all(c.dep_ in rule["shared_dependencies"] for c in conjunct.children):
            return [c for c in conjunct.children if c.dep_ in AGENT]
    return []


def _names_people(noun: Token) -> bool:
    """Whether a noun names people: an agent word of ``agents.jsonl``, a people noun of
    the actor patterns, or a group or counted head of ``target.written_group``."""
    words = _people_words()
    lemma = noun.lemma_.lower()
    return noun.lower_ in words or lemma in words or f"{lemma}s" in words


@lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    """The words of ``_names_people``, lower-case (read once)."""
    written = argument_rule("written_group")
    words = {w for record in load_agents() for w in (record.word, record.plural) if w}
    words |= set(load_data("actor_patterns.json")["people_nouns"])
    words |= set(written["group_heads"]) | set(written["counted_heads"])
    return frozenset(w.lower() for w in words)


def _written_group(
    noun: Token, token: Token, taken: set[int], index: EntityIndex
) -> Described | None:
    """A target the text words as a group of people, where a name is only read in it
    (``target.written_group``): a counted group ("12 Hamas fighters") or a group noun whose
    nationality, possessor or "of" phrase names an actor ("Libyan political leaders", "the
    people of Sudan"): the phrase as written, as ``target.described`` cuts it. Not when the
    noun itself is a name (but for a counted one that only ends a state's mention: "three
    Iranian officials"), has a pronoun possessor ("urged its citizens"), hangs on a state
    organ uncounted ("Eritrean government officials"; "three Government of Iran officials" is
    written) or has coordinated modifiers ("Ethiopian or Eritrean officials": each state)."""
    rule = argument_rule("written_group")
    words = {noun.lower_, noun.lemma_.lower()}
    counted = any(c.dep_ == "nummod" for c in noun.children)
    heads = set(rule["group_heads"]) | (set(rule["counted_heads"]) if counted else set())
    entity = index.entity_at(noun)
    people = entity is not None and entity.type == "GROUP" and noun.tag_ in {"NNS", "NNPS"}
    if counted and people:  # "killed three Americans": the three as written, not all Americans
        return _written_phrase(noun, token, taken)
    named = actor_of(noun, index)
    named_in = [named] if named is not None else _act_actors(noun, index)
    if (
        noun.pos_ != "NOUN"
        or not words & heads
        or noun.i in taken
        or (index.entity_at(noun) is not None and not (counted and _organ_mention(noun, index)))
        or any(c.dep_ in POSSESSOR and c.pos_ == "PRON" for c in noun.children)
        or any(
            (c.lemma_.lower() in rule["state_modifiers"] and not counted)
            or any(g.dep_ == "conj" for g in c.children)
            for c in noun.children
            if c.i < noun.i
        )
        or not named_in
        or not (counted or all(e.type in rule["named_types"] for e in named_in))
    ):
        return None
    return _written_phrase(noun, token, taken)


def _written_phrase(noun: Token, token: Token, taken: set[int]) -> Described:
    """The noun phrase of a written group, as ``target.described`` cuts it, standing for the
    name read in it."""
    described = argument_rule("described_target")
    phrase_words = _phrase_words(
        noun, described["kept_prepositions"], taken | {token.i}, top=True
    )
    return replace(_phrase_span(noun, phrase_words, described), replaces_name=True)


def _organ_mention(noun: Token, index: EntityIndex) -> bool:
    """Whether a noun is only the last word of a mention that names a state by its people
    ("Iranian officials" as Iran): counted, they are people as written ("lifted sanctions on
    three Iranian officials")."""
    entity = index.entity_at(noun)
    return entity is not None and any(
        mention.start < noun.idx < mention.end and mention.text.split()[-1] == noun.text
        for mention in entity.mentions
    )


def _drop_described_by_names(
    head: Token, targets: list, described: list[Described], index: EntityIndex
) -> None:
    """Leave out the target phrase that the names set off after it by commas name
    (``target.comma_apposition``): the described group of the phrase ("the leaders of the
    Kurdistan Region, President A, and Prime Minister B": A and B) and an actor read from a
    generic description ("the Syrian Kurdish militia, the YPG,": the YPG)."""
    edge = head.right_edge
    start, end = head.left_edge.idx, edge.idx + len(edge)
    described[:] = [d for d in described if not start <= d.start < end]
    own = actor_of(head, index)
    if own is not None and argument_rule("comma_apposition")["generic_rule"] in own.rules:
        targets[:] = [t for t in targets if t is None or t.id != own.id]


def _comma_appositions(head: Token, index: EntityIndex) -> list[Entity]:
    """Names set off by commas right after a target phrase, that the parser hung elsewhere
    (``target.comma_apposition``): "the Syrian Kurdish militia, the YPG, in ...", "the
    leaders of the Kurdistan Region, President A, and Prime Minister B." An entity of the
    head's own type, or a person after a role noun; each one closed by a comma, "and", the
    sentence's end or a preposition, not by a verb ("..., Syria said")."""
    rule = argument_rule("comma_apposition")
    own = actor_of(head, index)
    if own is None:
        return []
    wanted = {own.type} if index.entity_at(head) is own else {"PERSON"}
    doc, end = head.doc, head.sent.end
    i = head.right_edge.i + 1
    found: list[Entity] = []
    while i < end and doc[i].text == ",":
        i += 1
        if i < end and doc[i].lower_ == "and":
            i += 1
        while i < end and index.entity_at(doc[i]) is None and (
            doc[i].lower_ in {"the", *rule["titles"]}
        ):
            i += 1
        entity = index.entity_at(doc[i]) if i < end else None
        if entity is None or entity.type not in wanted or entity.id == own.id:
            break
        while i < end and index.entity_at(doc[i]) is entity:
            i += 1
        if i < end and not (doc[i].is_punct or doc[i].lower_ == "and" or doc[i].pos_ == "ADP"):
            break
        found.append(entity)
        if i < end and doc[i].lower_ == "and":  # "..., A and B"
            continue_at = i
            doc_i = continue_at + 1
            while doc_i < end and index.entity_at(doc[doc_i]) is None and (
                doc[doc_i].lower_ in rule["titles"]
            ):
                doc_i += 1
            other = index.entity_at(doc[doc_i]) if doc_i < end else None
            if other is not None and other.type in wanted and other not in found:
                found.append(other)
            break
    return found


def _shared_carriers(noun: Token, trigger: Trigger) -> list[Token]:
    """The coordinated nouns whose prepositional phrase an event noun shares
    (``target.shared_preposition``: "support and assistance to Ukraine"): nouns of no other
    event type, when the trigger noun has no prepositional phrase of its own."""
    rule = argument_rule("shared_preposition")
    if trigger.type not in rule["types"] or any(True for _ in prep_args(noun)):
        return []
    shared = []
    for conjunct in with_conjuncts(noun)[1:]:
        matched = best_trigger(conjunct, load_triggers())
        if conjunct.pos_ == "NOUN" and (matched is None or matched[0].type == trigger.type):
            shared.append(conjunct)
    return shared


def _conjunct_actors(nouns: Iterable[Token], index: EntityIndex) -> list[Entity]:
    """The actors the nouns and their conjuncts name, each once, in order."""
    found: list[Entity] = []
    for noun in nouns:
        for conjunct in with_conjuncts(noun):
            entity = actor_of(conjunct, index)
            if entity is not None and entity not in found:
                found.append(entity)
    return found


def _nested_recipients(noun: Token, rule: dict, index: EntityIndex) -> list[Entity]:
    """The actors a sanctioned thing goes to (``target.nested_recipient``: "restrictions on
    assistance to Eritrea", "a ban on weapon sales to Saudi Arabia"), or a threatened act
    is aimed at (``target.threatened_object``: "threatened further action against Russia"):
    its noun of the rule's ``prepositions``."""
    inner = [n for marker, n in prep_args(noun) if marker in rule["prepositions"]]
    return _conjunct_actors(inner, index)


def _content_act_targets(
    token: Token, rule: dict, index: EntityIndex, described: list[Described]
) -> tuple[list[Entity | None], list[tuple[Token, str]]]:
    """The targets of the act the "to" clause of a threat (``target.threat_content``) or of
    a promise or refusal (``target.promised_act``) names: its own targets when the act is a
    trigger ("threatened to attack the United States", "refused to meet King Abdullah"),
    else its ``prepositions`` noun ("to break the cease-fire with international forces",
    "offered to hand over to Great Britain") and, where the rule says ``untriggered_objects``,
    its object ("threatened to close U.S. operations"), as (noun, place) for ``_targets``."""
    acts = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if not acts:  # "agreed on Saturday to provide aid", "offered to hand over": the parser
        acts = [c for c in token.children if _infinitive_after(c, token)]  # hung it aside
    if not acts and rule.get("own_clause_auxiliaries"):
        acts = _own_future_acts(token, rule, index)  # "warned that it would attack Israel"
    acts = [a for act in acts[:1] for a in (act, *(c for c in act.children if c.dep_ == "conj"))]
    heads: list[tuple[Token, str]] = []
    targets: list[Entity | None] = []
    for act in acts:
        matched = best_trigger(act, load_triggers())
        if matched is None:
            if rule["untriggered_objects"]:
                heads += [(c, rule["id"]) for c in act.children if c.dep_ in OBJECT]
            markers = set(rule["prepositions"]) | _blow_markers(act, rule)
            heads += [(n, rule["id"]) for m, n in prep_args(act) if m in markers]
            continue
        trigger, taken = matched
        found = _targets(act, trigger, taken, index, passive=False, described=described)
        targets += [e for e in found if e is not None and e not in targets]
    return targets, heads


def _infinitive_after(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` is a "to" infinitive with no subject of its own that the parser hung
    on ``verb`` after it as an adverbial or an oblique instead of its complement ("agreed on
    Saturday to provide", "has offered to hand over")."""
    return (
        clause.i > verb.i
        and clause.dep_ in {"advcl", "obl"}
        and clause.pos_ == "VERB"
        and clause.tag_ == "VB"
        and any(c.dep_ == "mark" and c.lower_ == "to" for c in clause.children)
        and not any(c.dep_ in SUBJECT for c in clause.children)
    )


def _own_future_acts(token: Token, rule: dict, index: EntityIndex | None) -> list[Token]:
    """The verb of a "that" clause of ``token`` that tells what its own subject will do
    ("Hamas warned that it would attack Israel": "attack"), with an auxiliary of
    ``own_clause_auxiliaries``; none when the clause's subject is another actor ("warned that
    Russia would attack") or names none. With no ``index`` (before actors are read), the
    clause's subject is its own when a pronoun or the same word; an office holder's is also
    the state it serves ("Erdogan warned that Turkey would retaliate")."""
    subject = next((c for c in token.children if c.dep_ in SUBJECT), None)
    if subject is None and token.dep_ in {"advcl", "conj"} and token.tag_ == "VBG":
        # "criticized the bill, warning that ...": the participle's controller
        subject = next((c for c in token.head.children if c.dep_ in SUBJECT), None)
    own = actor_of(subject, index) if subject is not None and index is not None else None
    if subject is None or (index is not None and own is None):
        return []
    owners = [own, index.state_of(own)] if own is not None and index is not None else [own]
    acts = []
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        subjects = [c for c in clause.children if c.dep_ in SUBJECT]
        if not (auxiliaries & set(rule["own_clause_auxiliaries"]) and subjects):
            continue
        if index is None:
            same = subjects[0].pos_ == "PRON" or subjects[0].lower_ == subject.lower_
        else:
            same = actor_of(subjects[0], index) in owners
        if same:
            acts.append(clause)
    return acts


def _threatens_own_act(token: Token, trigger: Trigger) -> bool:
    """Whether a warning tells a hostile act its own subject will do (``own_act_types`` of
    ``target.threat_content``: "Turkey warned that it would retaliate"): a threat, also with
    no target."""
    rule = argument_rule("threat_content")
    return trigger.type in rule["types"] and any(
        (matched := best_trigger(act, load_triggers())) is not None
        and matched[0].type in rule["own_act_types"]
        for act in _own_future_acts(token, rule, None)
    )


def _suspended_partners(noun: Token, rule: dict, index: EntityIndex) -> list[Entity | None]:
    """The actors a suspended tie or flow goes to (``target.suspended_relation``): the
    ``prepositions`` actors of the sanction noun's ``of`` phrase ("a suspension of air links
    with Serbia", "the suspension of military aid to Egypt")."""
    found: list[Entity | None] = []
    for marker, inner in prep_args(noun):
        if marker in rule["of_markers"]:
            found += [e for e in _nested_recipients(inner, rule, index) if e not in found]
    return found


def _deployed_forces(verb: Token, rule: dict, index: EntityIndex) -> list[tuple[Entity, str]]:
    """The side of the forces a passive verb of deploying with no agent deploys
    (``source.deployed_forces``): its passive subject's actor, when the subject is a force
    ("Nigerian troops were deployed", "Pakistani security forces had been dispatched"; a
    counted head for its "of" noun: "Hundreds of Kenyan police officers were deployed")."""
    if any(c.dep_ in AGENT for c in verb.children) or any(m == "by" for m, _ in prep_args(verb)):
        return []
    found: list[tuple[Entity, str]] = []
    for subject in (c for c in verb.children if c.dep_ in PASSIVE_SUBJECT):
        if subject.lower_ in event_cues()["measure_nouns"]:
            subject = next((n for m, n in prep_args(subject) if m == "of"), subject)
        for force in with_conjuncts(subject):
            entity = actor_of(force, index)
            direct = index.entity_at(force)
            is_force = (
                force.lower_ in rule["force_nouns"]
                or (direct is not None and direct.type in {"MILITARY", "ARMED_GROUP"})
                or any(  # "police officers"
                    c.dep_ == "compound" and c.lower_ in rule["force_nouns"]
                    for c in force.children
                )
            )
            if entity is not None and is_force and all(e.id != entity.id for e, _ in found):
                found.append((entity, rule["id"]))
    return found


def _participle_after_to(verb: Token) -> bool:
    """A past participle the parser made an infinitive by reading the preposition "to"
    before it as its marker ("return its troops to internationally recognized territory"):
    no infinitive has a participle for verb unless an auxiliary comes between ("to be
    recognized", "to have attacked")."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "mark" and c.lower_ == "to" for c in verb.children
    ) and not any(c.dep_ in {"aux", "aux:pass"} for c in verb.children)


def _announcing_issuer(verb: Token, index: EntityIndex) -> list[tuple[Entity, str]]:
    """Who takes a measure a text issued in someone's name announces in the passive with no
    agent (``source.issuer_passive``): "SC South LLC is being designated pursuant to E.O.
    14024", "These 11 individuals are being sanctioned": the state the speaking issuer
    serves (an office holder's, read from the knowledge base), else the issuer itself (as
    its "we" would be). Only an announcement: the verb in the present ("is being") or with
    one of the rule's ``announcing_words`` ("today", "pursuant"); not a past report ("Russia
    was sanctioned in 2014"), nor a measure with an agent ("sanctioned by the EU") or with no
    one named ("being sanctioned under one authority")."""
    rule = argument_rule("issuer_passive")
    children = list(verb.children)
    if any(c.dep_ in AGENT for c in children) or any(m == "by" for m, _ in prep_args(verb)):
        return []
    if not any(c.dep_ in PASSIVE_SUBJECT for c in children):
        return []  # "being sanctioned under one authority": no one named
    words = {c.lower_ for c in children} | {m for m, _ in prep_args(verb)}
    if words.isdisjoint(rule["announcing_words"]):
        return []
    found: list[tuple[Entity, str]] = []
    for issuer in speakers_at(index.doc, verb.idx):
        actor = (index.state_of(issuer) if issuer.type == "PERSON" else None) or issuer
        if all(actor.id != e.id for e, _ in found):
            found.append((actor, rule["id"]))
    return found


def _sanctioned_subjects(noun: Token, rule: dict) -> list[Token]:
    """Who is under a sanction noun (``target.sanctioned_subject``): the subject of the
    clause the noun is the predicate of with an ``under`` marker ("Iran has been under U.S.
    sanctions") or that a listed verb heads ("remains under sanctions"), or the subject of a
    listed head noun whose ``of`` phrase it is ("has been the subject of U.S. sanctions")."""
    markers = {c.lower_ for c in noun.children if c.dep_ == "case"}
    if markers & set(rule["markers"]):
        clause = noun
        if not any(c.dep_ == "cop" for c in noun.children):
            clause = noun.head if noun.dep_ in {"obl", "advmod"} else None
            if clause is None or clause.lemma_.lower() not in rule["verbs"]:
                return []
    elif markers == {"of"} and noun.dep_ == "nmod" and (
        noun.head.lemma_.lower() in rule["heads"]
        and any(c.dep_ == "cop" for c in noun.head.children)
    ):
        clause = noun.head
    else:
        return []
    return [c for c in clause.children if c.dep_ in {"nsubj", "nsubj:pass"}][:1]


def _blow_markers(act: Token, rule: dict) -> set[str]:
    """The rule's ``blow_prepositions`` when the act's object is one of its ``blow_nouns``
    ("to deliver devastating blows to the United States"), else none."""
    nouns = set(rule.get("blow_nouns", []))
    if any(c.dep_ in OBJECT and c.lemma_.lower() in nouns for c in act.children):
        return set(rule.get("blow_prepositions", []))
    return set()


def _act_agent_tokens(noun: Token, rule: dict) -> list[Token]:
    """The agents of an act noun (``target.act_agent``): of a participle of doing that
    follows it ("the atrocities committed by Russia"), the subject of a relative clause of
    doing on it ("the steps Sudan has taken"), else its own "by" phrase when it is
    one of ``by_act_nouns`` ("abuses by Russian forces"); each with its conjuncts."""
    found: list[Token] = []
    for participle in noun.children:
        if (
            participle.dep_ in {"acl", "amod"} and participle.tag_ == "VBN"
            and participle.i > noun.i and participle.lemma_.lower() in rule["doing_verbs"]
        ):
            found += [
                c for marker, agent in prep_args(participle) if marker in rule["markers"]
                for c in with_conjuncts(agent)
            ]
        if (  # "the steps Sudan has taken", "the progress the Libyan people have made"
            participle.dep_ in {"relcl", "acl:relcl"} and participle.i > noun.i
            and participle.lemma_.lower() in rule["doing_verbs"]
            and not any(  # "the allegation that X have put down roots": what is alleged
                c.dep_ in OBJECT and c.pos_ != "PRON" for c in participle.children
            )
        ):
            found += [
                c for subject in participle.children
                if subject.dep_ == "nsubj" and subject.pos_ in {"PROPN", "NOUN"}
                for c in with_conjuncts(subject)
            ]
    if not found and noun.lemma_.lower() in rule["by_act_nouns"]:
        found = [
            c for marker, agent in prep_args(noun) if marker in rule["markers"]
            for c in with_conjuncts(agent)
        ]
    return found


def _participle_agents(noun: Token, rule: dict, index: EntityIndex) -> list[Entity]:
    """The actors of an act a statement is about (``target.act_agent``, see
    ``_act_agent_tokens``): "condemned the atrocities committed by Russia", "welcome the
    initiatives taken by the African Union"; not of a participle of undergoing ("the
    violence suffered by civilians")."""
    found: list[Entity] = []
    for token in _act_agent_tokens(noun, rule):
        entity = actor_of(token, index)
        if entity is not None and entity not in found:
            found.append(entity)
    return found


def _asked_from(verb: Token, rule: dict) -> list[Token]:
    """Who a request is made of, in the ``prepositions`` phrase of the verb or of its object
    (``target.asked_from``): "requested an additional $10 billion from Congress",
    "demanding reparations from France"; not when the object is something one gets away
    from (``away_nouns``: "seeking refuge from Russia")."""
    objects = [c for c in verb.children if c.dep_ in OBJECT]
    if any(o.lemma_.lower() in rule["away_nouns"] for o in objects):
        return []
    return [
        noun for carrier in (verb, *objects) for marker, noun in prep_args(carrier)
        if marker in rule["prepositions"]
    ]


def _part_of_act(head: Token, taken: set[int]) -> bool:
    """Whether an argument is the trigger's own act noun, or coordinated with it ("launched
    air and ground operations"), or a measure of it ("carried out a series of airstrikes")."""
    if any(c.i in taken for c in with_conjuncts(head)):
        return True
    return _is_measure(head) and any(n.i in taken for m, n in prep_args(head) if m == "of")


def _result_targets(
    token: Token, taken: set[int], rule: dict, index: EntityIndex, described: list[Described]
) -> tuple[list[Entity | None], list[tuple[Token, str]]]:
    """The victims of an attack the text names only through what the attack did
    (``target.attack_result``): the targets of the violent verb the attack noun (the trigger
    or its object noun) is the subject of, or that of its relative clause ("an attack that
    killed 13 American service members", "operations that have killed more than 1,700
    people", "Israel's attacks destroyed Iran's program"); or the subject of a verb of
    dying the attack noun is the ``in`` phrase of ("five soldiers were killed in the
    attack"), as (noun, place) for ``_targets``."""
    nouns = [t for t in (token, *(token.doc[i] for i in taken)) if t.pos_ == "NOUN"]
    nouns = [c for noun in nouns for c in with_conjuncts(noun)]
    targets: list[Entity | None] = []
    heads: list[tuple[Token, str]] = []
    for noun in nouns:
        verbs = [noun.head] if noun.dep_ in SUBJECT else []
        verbs += [
            c for c in noun.children
            if c.dep_ in {"acl:relcl", "relcl"} and c.pos_ == "VERB"
            and any(s.dep_ in SUBJECT and s.tag_ in {"WDT", "WP"} for s in c.children)
        ]
        for verb in verbs:
            matched = best_trigger(verb, load_triggers())
            if verb.i == token.i or matched is None or matched[0].type not in rule["types"]:
                continue
            trigger, verb_taken = matched
            found = _targets(verb, trigger, verb_taken, index, passive=is_passive(verb),
                             described=described)
            targets += [e for e in found if e is not None and e not in targets]
        verb = noun.head
        if (
            noun.dep_ in OBLIQUE and preposition(noun) in rule["prepositions"]
            and verb.lemma_.lower() in rule["dying_verbs"]
            and (verb.lemma_.lower() in rule["intransitive"] or is_passive(verb))
        ):
            subjects = SUBJECT | PASSIVE_SUBJECT
            heads += [(c, "passive_subject") for c in verb.children if c.dep_ in subjects]
    return targets, heads


def _aimed_objects(token: Token, taken: set[int], rule: dict) -> list[Token]:
    """What an attack was aimed at (``target.aimed_participle``): the object of a participle
    or relative clause of one of the rule's ``verbs`` on the attack noun (the trigger or the
    noun it launches), "missiles targeting US troops", "attacks which targeted U.S. forces",
    or the noun of a ``preposition_verbs`` verb's preposition ("attacks directed at")."""
    nouns = [t for t in (token, *(token.doc[i] for i in taken)) if t.pos_ == "NOUN"]
    heads: list[Token] = []
    for carrier in (token, *nouns) if token.pos_ == "VERB" else nouns:
        for clause in carrier.children:  # "launched an operation to flush out X": X
            if (
                clause.dep_ in {"advcl", "acl", "xcomp"}
                and clause.pos_ == "VERB"
                and clause.lemma_.lower() in rule["purpose_verbs"]
                and any(m.dep_ == "mark" and m.lower_ == "to" for m in clause.children)
            ):
                heads += [c for c in clause.children if c.dep_ in OBJECT]
    for noun in nouns:
        for clause in noun.children:
            lemma = clause.lemma_.lower()
            participle = clause.dep_ == "acl" and clause.tag_ in {"VBG", "VBN"}
            relative = clause.dep_ in {"acl:relcl", "relcl"} and any(
                s.dep_ in SUBJECT | PASSIVE_SUBJECT and s.tag_ in {"WDT", "WP"}
                for s in clause.children
            )
            if clause.pos_ != "VERB" or not (participle or relative):
                continue
            if lemma in rule["verbs"] and (relative or clause.tag_ == "VBG"):
                heads += [c for c in clause.children if c.dep_ in OBJECT]
            markers = rule["preposition_verbs"].get(lemma, [])
            heads += [n for marker, n in prep_args(clause) if marker in markers]
    return heads[:1]


def _victim_of_nationality(noun: Token, verb: Token, rule: dict) -> bool:
    """Whether the owner ``target.owner`` found is only the nationality word on the victim
    of a verb that harms people (``target.victim_nationality``: "killed an American soil
    scientist", "killed a Palestinian teenager"): no possessor, no "of" or "by" phrase, and
    the verb one of the rule's ``verbs``."""
    return (
        verb.lemma_.lower() in rule["verbs"]
        and not any(c.dep_ in POSSESSOR for c in noun.children)
        and not any(marker in {"by", "of"} for marker, _ in prep_args(noun))
        and any(c.dep_ == "amod" for c in noun.children)
    )


def _participle_owners(noun: Token, rule: dict, index: EntityIndex) -> list[Entity]:
    """The owner a participle on a struck, seized or sanctioned thing names
    (``target.participle_owner``): "a warehouse used by Hezbollah", "vessels belonging to
    the Russian Navy" (the rule's ``participles``, each with its preposition)."""
    for clause in noun.children:
        marker = rule["participles"].get(clause.lemma_.lower())
        if clause.dep_ != "acl" or clause.tag_ not in {"VBG", "VBN"} or marker is None:
            continue
        found: list[Entity] = []
        for owner in [n for m, n in prep_args(clause) if m == marker][:1]:
            for conjunct in with_conjuncts(owner):
                entity = index.entity_at(conjunct)
                if _hyphen_compound(conjunct):
                    continue  # "used by Iran-supported militia groups": not Iran
                if entity is not None and entity not in found:
                    found.append(entity)
        return found
    return []


def _hyphen_compound(token: Token) -> bool:
    """Whether a name is only the first part of a hyphenated participle ("Iran-supported"),
    not of a hyphenated name ("Al-Qaeda")."""
    doc = token.doc
    return (
        token.i + 2 < len(doc) and not token.whitespace_ and doc[token.i + 1].text in HYPHENS
        and not doc[token.i + 1].whitespace_
        and doc[token.i + 2].is_lower and doc[token.i + 2].lower_.endswith("ed")
    )


def _pronoun_owners(noun: Token, verb: Token, rule: dict, index: EntityIndex) -> list[Entity]:
    """The owner of a statement's object (one of the rule's ``nouns``) that a possessive
    pronoun names (``target.pronoun_owner``): "we support their commitment", "rejected their
    presence":
    the entity the references stage read the pronoun as, not the verb's own subject (nor
    its controller's: "Iran defended its program" has no target)."""
    if noun.lemma_.lower() not in rule["nouns"] and noun.lower_ not in rule["nouns"]:
        return []  # "condemn her imprisonment": the pronoun is the victim, not the actor
    pronouns = [
        c for c in noun.children
        if c.dep_ in POSSESSOR and c.pos_ == "PRON" and c.lower_ in rule["pronouns"]
    ]
    owner = index.pronouns.get(pronouns[0].i) if pronouns else None
    if owner is None:
        return []
    verbs = [verb]
    while verbs[-1].dep_ in {"xcomp", "conj", "advcl"} and verbs[-1].head is not verbs[-1]:
        verbs.append(verbs[-1].head)
    for each in verbs:
        for child in each.children:
            if child.dep_ in SUBJECT | PASSIVE_SUBJECT:
                subject = index.pronouns.get(child.i) or actor_of(child, index)
                if subject is None or subject.id == owner.id:
                    return []  # an unread subject may be the owner itself
    return [owner]


def _came_under(noun: Token) -> bool:
    """Whether an attack noun is what its verb's subject came under (``target.target_of``
    ``under_verbs``, ``under_nouns``: "the convoy came under attack", "it came under intense
    fire"), not negated."""
    rule = argument_rule("target_of")
    head = noun.head
    return (
        noun.dep_ in OBLIQUE and preposition(noun) == "under" and head is not noun
        and head.lemma_.lower() in rule["under_verbs"]
        and noun.lower_ in {*event_cues()["attack_nouns"], *rule["under_nouns"]}
        and not any(c.dep_ == "neg" for c in head.children)
    )


def _predicate_subjects(noun: Token, rule: dict) -> list[Token]:
    """The subject of the predicate noun (``target.target_of``: "the target") whose "of"
    phrase the attack noun is: "Abqaiq was the target of an Al-Qaeda attack" (Abqaiq),
    "the convoy became the target of a Taliban ambush" (the convoy)."""
    head = noun.head
    if _came_under(noun):  # "the convoy came under attack": the one attacked
        return [c for c in head.children if c.dep_ in SUBJECT][:1]
    if (
        noun.dep_ not in OBLIQUE or preposition(noun) != "of" or head is noun
        or head.lemma_.lower() not in rule["nouns"]
    ):
        return []
    if any(c.dep_ == "cop" and c.lemma_.lower() in rule["linking_verbs"] for c in head.children):
        clause = head
    elif head.dep_ in {"xcomp", "attr"} and head.head.lemma_.lower() in rule["linking_verbs"]:
        clause = head.head
    else:
        return []
    negated = clause
    while True:  # "we do not believe that the consulate was the target of": no target
        if any(c.dep_ == "neg" or c.lower_ in cues()["negations"] for c in negated.children):
            return []
        if negated.dep_ not in {"ccomp", "xcomp", "conj"} or negated.head is negated:
            break
        negated = negated.head
    return [c for c in clause.children if c.dep_ in SUBJECT and c.pos_ != "PRON"][:1]


def _demanded_actors(
    token: Token, trigger: Trigger, rule: dict, index: EntityIndex
) -> list[Token]:
    """Who a demand's "that" clause asks to act (``target.demanded_actor``), where the parser
    read no subject in it: after a verb, the first name within ``max_gap`` words of "that"
    (past ``skipped`` words: "demanded that the US cancel", whose base-form verb the parser
    often reads as a noun); after a noun, the subject of the clause that starts right after
    it, hung on the noun or on its verb ("restated U.S. demands that Iran dismantle"), not
    of a relative clause ("the demands that Russia put on the table"). A proper noun or a
    noun inside an actor's mention ("demanded that the Sudanese government end"), not a
    nationality word ("demands that Afghan territory must never be used")."""
    doc = token.doc
    after = token.i + 1
    if after >= token.sent.end - 1 or doc[after].lower_ != "that":
        return []
    if trigger.pos == "VERB":
        words = [t for t in doc[after + 1 : token.sent.end] if t.lower_ not in rule["skipped"]]
        named = [(t, index.entity_at(t)) for t in words[: rule["max_gap"]]]
        return [  # a name, or a noun inside an actor's mention ("the Sudanese government")
            t for t, entity in named
            if entity is not None
            and (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and entity.type != "GROUP"))
        ][:1]
    clause = doc[after].head
    if clause.dep_ not in {"ccomp", "acl"} or clause.head not in {token, token.head}:
        return []
    return [c for c in clause.children if c.dep_ in SUBJECT and c.i > after][:1]


def _names_victim(carrier: Token, trigger: Trigger, rule: dict) -> bool:
    """Whether an "of" phrase on ``carrier`` names the victim (``target.of_victim``): a noun of
    violence or coercion, or such a gerund used as a noun ("Israel's killing of ...")."""
    nominal = carrier.pos_ == "NOUN" or any(
        c.dep_ in POSSESSOR or c.dep_ == "det" for c in carrier.children
    )
    words = {carrier.lower_, carrier.lemma_.lower()}
    return trigger.type in rule["types"] and nominal and bool(words & set(rule["nouns"]))


def _described(
    noun: Token, place: str, token: Token, trigger: Trigger, taken: set[int], index: EntityIndex
) -> Described | None:
    """The recipient a noun phrase describes, when no entity names it and the declared rule
    ``target.described`` takes this argument place for the trigger's type ("attacked nearly
    10 villages", "called on all warring parties to ..."): the phrase as the text words it.
    Not a date ("launched an attack on October 7"), an event noun ("fighting an
    insurgency"), a phrase with a name as its possessor or in its "to" or "for" phrase
    ("restrictions on assistance to Ethiopia"), a coordinated prepositional phrase ("in Iraq
    and throughout the region") or part of the trigger's own object ("launched air and
    ground operations", "carried out a series of airstrikes")."""
    rule = argument_rule("described_target")
    places = rule["roles"].get(trigger.type, [])
    if trigger.patient_target and noun.lower_ in trigger.patients:
        places = [*places, "object", "passive_subject"]  # "released 12 political prisoners"
    if place in rule["controller_markers"] or place == "object":
        place = "controller" if "controller" in places and _asks_to_act(token, noun) else place
    cues = event_cues()
    if (
        place not in places
        or noun.pos_ not in {"NOUN", "NUM"}
        or noun.i in taken
        or noun.i == token.i
        or noun.lemma_.lower() in cues["non_event_objects"]
        or noun.lower_ in cues["attack_nouns"]
        or noun.lower_ in cues["operation_nouns"]
        or noun.lemma_.lower() in rule["non_recipient_heads"]
        or noun.lemma_.lower() in cues["natural_causes"]
        or any(  # a date: "on October 7th", not "attacked the march" nor "... on Tuesday"
            t.text[:1].isupper() and t.lower_.rstrip(".") in date_words()
            for t in (noun, *(c for c in noun.children if c.dep_ not in {"nmod", "prep"}))
        )
        or (
            trigger.type in rule["counted_only_types"]
            and place in {"object", "passive_subject"}
            and noun.tag_ not in {"NNS", "NNPS", "CD"}
            and not any(c.dep_ == "nummod" for c in noun.children)
        )
        or load_triggers().get(noun.lemma_.lower(), "NOUN")
        or (place in {"object", "passive_subject"} and any(c.dep_ == "case" for c in noun.children))
    ):
        return None
    words = _phrase_words(noun, rule["kept_prepositions"], taken | {token.i}, top=True)
    inside = [
        t for c in noun.children if _marker(c) in rule["recipient_prepositions"] for t in c.subtree
    ]
    inside += [c for c in noun.children if c.dep_ in POSSESSOR]  # "Ethiopia's access"
    if any(index.entity_at(t) is not None for t in inside):
        return None
    return _phrase_span(noun, words, rule)


def _phrase_span(noun: Token, words: list[Token], rule: dict) -> Described:
    """The characters of a described group's words, its leading determiners, a lower bound
    or totality word before its count (``dropped_bounds``: "at least 50 militants", "all six
    attackers": the quantity layer keeps the bound) and the punctuation at either end left
    out."""
    first = min(w.i for w in words)
    last = max(w.i for w in words)
    doc = noun.doc
    while first < noun.i and (
        doc[first].lower_ in rule["dropped_determiners"] or doc[first].is_punct
    ):
        first += 1
    for bound in rule.get("dropped_bounds", ()):
        size = len(bound.split())
        counted = doc[first + size] if first + size < noun.i else None
        words = doc[first : first + size].text.lower()
        if counted is not None and counted.like_num and words == bound:
            first += size
    while last > noun.i and doc[last].is_punct:
        last -= 1
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return Described(start, end, doc_text(doc)[start:end])  # Doc.text joins every token


PHRASE_CUT = {"conj", "cc", "punct", "appos", "relcl", "acl", "acl:relcl", "advcl", "parataxis"}


def _phrase_words(noun: Token, kept: list[str], skip: set[int], *, top: bool) -> list[Token]:
    """The words of a described group: the noun, all its modifiers before it, and its
    ``kept`` prepositional phrases, each cut the same way ("hundreds of civilians", not "...
    in Gaza"); a pronoun inside keeps its own ("18 of those on board"); at the top, not the
    preposition it hangs by ("called on X")."""
    if not top and noun.pos_ == "PRON":
        return list(noun.subtree)
    words = [noun]
    for child in noun.children:
        if _reduced_relative(child, noun, skip):  # "ringleaders operating from Afghanistan"
            words.append(child)
            for part in child.children:
                words += [] if part.dep_ in PHRASE_CUT else list(part.subtree)
            continue
        if child.dep_ in PHRASE_CUT or child.i in skip:
            continue
        if child.dep_ in {"case", "mark"}:
            words += [] if top else list(child.subtree)
        elif child.i < noun.i:
            if child.pos_ in {"NOUN", "PROPN"} and any(t.dep_ == "conj" for t in child.subtree):
                continue  # a misparsed list ("the Special Envoy and ASEAN members")
            words += list(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in kept:
            words.append(child)
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                words += _phrase_words(pobj, kept, skip, top=False)
        elif _marker(child) in kept:
            words += _phrase_words(child, kept, skip, top=False)
    return words


def _reduced_relative(clause: Token, noun: Token, skip: set[int]) -> bool:
    """Whether a clause right after a noun describes it with words of its own and no
    subject, auxiliary or marker, so the group is written with it ("villages affected by
    the fighting", "militants present on Afghan soil", "factions fighting for control");
    not a relative or an infinitive clause ("those who fled", "forces to protect
    civilians"), a bare participle ("Republican members opposing") or one set off by a
    comma ("two gunmen, identified as brothers")."""
    return (
        clause.dep_ == "acl"
        and clause.i > noun.i
        and clause.tag_ in {"VBN", "VBG", "JJ", "VBP"}
        and any(not c.is_punct for c in clause.children)
        and not any(t.is_punct for t in noun.doc[noun.i + 1 : clause.i])
        and not any(
            c.dep_ in SUBJECT | PASSIVE_SUBJECT | PASSIVE_AUX | {"aux", "mark", "cop"}
            for c in clause.children
        )
        and not any(t.i in skip for t in clause.subtree)
    )


def _marker(noun: Token) -> str | None:
    """The preposition a noun modifier hangs by ("of" in "hundreds of civilians")."""
    if noun.dep_ == "prep":
        return noun.lower_
    return preposition(noun) if noun.dep_ in {"nmod", "obl"} else None


def _asks_to_act(verb: Token, noun: Token) -> bool:
    """Whether a request names who is to act: a "to" clause on the verb or the noun
    ("urged all parties to end", "called on other governments to join")."""
    clauses = [c for c in (*verb.children, *noun.children) if c.dep_ in {"xcomp", "advcl", "acl"}]
    return any(
        m.lower_ == "to" and m.dep_ in {"mark", "aux"} for c in clauses for m in c.children
    )


def _listed_appositions(noun: Token, index: EntityIndex) -> list[Token]:
    """Names in apposition to a name of the same type: items of a list the parser made
    appositions ("called on the House of Representatives, the High State Council, and ...")."""
    entity = index.entity_at(noun)
    if entity is None:
        return []
    listed = [
        c for c in noun.children
        if c.dep_ == "appos" and (other := index.entity_at(c)) is not None
        and other.id != entity.id and other.type == entity.type
    ]
    # a list goes on past its second name ("X, Y, and Z", "X, Y and Z"); one name alone after
    # a comma opens the next clause: "if Russia invades Ukraine, the United States will"
    doc = noun.doc
    goes_on = len(listed) > 1 or any(
        any(c.dep_ in {"conj", "cc"} for c in item.children)
        or any(  # "the High State Council, and their leaders", however the rest is hung
            t.lower_ in {"and", "or"}
            for t in doc[item.right_edge.i + 1 : item.right_edge.i + 3]
        )
        or item.right_edge.i + 1 >= item.sent.end  # the list ends the sentence
        or doc[item.right_edge.i + 1].text in {".", ";", ":", ")"}
        for item in listed
    )
    return listed if goes_on else []


def _act_actors(noun: Token, index: EntityIndex) -> list[Entity]:
    """The actors of the act a statement is about: "condemned Iran's missile attack",
    "rejected Pakistan's allegation", "praised the withdrawal of U.S. troops" (Iran,
    Pakistan, the United States): the object's possessor, actor modifier, "by" or "of"."""
    carriers = [c for c in noun.children if c.dep_ in POSSESSOR and c.pos_ != "PRON"]
    stranded = _stranded_possessor(noun) if not carriers else None
    carriers += [stranded] if stranded is not None else []  # "Russia's brutal, unprovoked
    # and illegal invasion of Ukraine": the possessive hung apart, not "of Ukraine"
    carriers += [c for c in noun.children if c.dep_ in MODIFIER and index.entity_at(c)]
    carriers += [n for marker, n in prep_args(noun) if marker in {"by", "of"}]
    return _conjunct_actors(carriers[:1], index)


def _location(carriers: Iterable[Token], index: EntityIndex, taken: set[str]) -> Entity | None:
    words = event_cues()
    for carrier in carriers:
        for marker, noun in prep_args(carrier):
            if marker not in words["location_prepositions"]:
                continue
            entity = index.entity_at(noun)
            if (
                entity is not None
                and entity.type in words["location_types"]
                and (entity.id not in taken)
            ):
                return entity
    return None


def _stranded_possessor(noun: Token) -> Token | None:
    """The owner of a possessive "'s" the parser hung apart from the noun it owns, where only
    the noun's own modifiers stand between them ("President Donald J. Trump's highly
    successful, decisive precision strikes against ...": the name made an oblique, the
    noun a conjunct); None when the possessive hangs where it belongs."""
    doc, i = noun.doc, noun.i - 1
    while i > 0 and doc[i].tag_ != "POS":
        word = doc[i]
        inside = noun.left_edge.i <= word.i or word.head.i > word.i
        if not inside or word.pos_ not in {"ADJ", "ADV", "NOUN", "PROPN", "PUNCT", "CCONJ"}:
            return None
        if word.pos_ in {"NOUN", "PROPN"} and word.dep_ not in {"compound", "amod"}:
            return None
        i -= 1
    if i <= 0 or doc[i].tag_ != "POS" or (i + 1 == noun.i and doc[i].head.i == noun.i):
        return None
    owner = doc[i].head if doc[i].head.i < i else doc[i - 1]
    if owner.head.i == noun.i or any(c.i == owner.i for c in noun.children):
        return None  # hung where it belongs: read as the noun's own possessor
    return owner


def _noun_sources(noun: Token, trigger: Trigger, index: EntityIndex) -> list[tuple[Entity, str]]:
    """Actors of an event noun: possessor, adjectival or compound actor, "by" agent."""
    words = event_cues()
    coming = _came_to_aid(noun, trigger)
    if coming is not None:  # "Allies came to Ukraine's assistance": the allies
        rule_id = argument_rule("came_to_aid")["id"]
        return [(entity, rule_id) for entity, _ in _actors(clause_sources(coming, index), index)]
    designees = _designees(noun, trigger)  # "the Houthis' designation": the one designated
    children = [c for c in noun.children if c not in designees]
    if _hyphen_joined(noun):  # "China's build-up": the possessor hangs on "build"
        children = [*noun.nbor(-2).children, *children]
    undergone = noun.lemma_.lower() in words["patient_nouns"] and not any(
        marker in {"of", "against"} for marker, _ in prep_args(noun)
    )
    for child in children:
        if child.dep_ in POSSESSOR:
            if child.lower_ in words["personal_pronouns"]:
                entity = pronoun_entity(child, index)
                if entity is None or (undergone and entity.type == "PERSON"):
                    return []  # "his arrest": the one arrested, no actor
                return [(entity, "pronoun")]
            found = _actors([(child, "possessor")], index)
            if undergone and any(entity.type == "PERSON" for entity, _ in found):
                return []  # "Mech Dara's arrest": the one arrested, no actor
            return found
    owner = _stranded_possessor(noun)
    if owner is not None:  # "Trump's highly successful, decisive precision strikes"
        found = _actors([(owner, "possessor")], index)
        if found and not (undergone and any(e.type == "PERSON" for e, _ in found)):
            return found
    modifiers = [  # not a place ("the Jeddah talks with Ukrainian officials": where), but
        c for c in children  # one joined to an actor ("ISIS-Khorasan attacks")
        if c.dep_ in MODIFIER and (found := index.entity_at(c))
        and (found.type != "LOCATION" or len(_hyphen_pair(c, index)) > 1)
    ]
    if modifiers:
        return _actors([(t, "modifier") for t in _hyphen_pair(modifiers[0], index)], index)
    paired = [
        (entity, "modifier")
        for c in children
        if c.dep_ in MODIFIER
        for entity in _hyphenated_actors(c, index)
    ]
    if paired:  # "U.S.-Israeli strikes": both
        return paired
    agents = [n for marker, n in prep_args(noun) if marker == "by"]
    agents += [n for marker, n in prep_args(noun) if trigger.role_of(marker) == "source"]
    agents += [  # "the allegations made by Pakistan": the agent of a participle of doing
        n for c in _doing_participles(noun) for marker, n in prep_args(c) if marker == "by"
    ]
    if _came_under(noun):  # "came under attack by the Taliban"
        agents += [n for marker, n in prep_args(noun.head) if marker == "by"]
    named = _actors([(a, "agent") for a in agents[:1]], index)
    if named or (agents and _light_verb(noun, trigger) is None):
        return named  # "the withdrawal of some forces" names no actor: its light verb's may
    verb = noun.head
    planned = argument_rule("accused_actor")
    if noun.dep_ in OBJECT and verb.lemma_.lower() in planned["planning_verbs"]:
        accused = _accused(verb)  # "accused India of orchestrating the bombing": India
        if accused:
            return _actors([(a, planned["id"]) for a in accused], index)
    if _light_verb(noun, trigger) is not None:
        # "Iran launched an offensive" (also when "its ground offensive" parses as a complement)
        return _actors(clause_sources(verb, index), index)
    oblique = _oblique_light_verb(noun)
    if oblique is not None:
        # "Israel responded with airstrikes", "X spoke by phone with Y", "will travel to
        # Algiers for meetings with Y"
        return _actors(clause_sources(oblique, index), index)
    if _meeting_adjunct(noun, trigger):
        # "In a meeting with Prime Minister Hun Sen, Deputy Secretary Sherman stressed ..."
        return _actors(clause_sources(verb, index), index)
    joint = _joint_manner_verb(noun, trigger)
    if joint is not None:  # "X provided funds to Y in cooperation with Z": X
        return _actors(clause_sources(joint, index), index)
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text in {"'s", "’s"} and not designees:  # "X's flight"
        owner = index.entity_at(doc[noun.i - 2])
        if owner is not None and undergone and owner.type == "PERSON":
            return []  # "Mech Dara's arrest"
        if owner is not None:
            return [(owner, "possessor")]
    between = _between_actors(noun, trigger, index)
    if between:  # "talks between A and B": each side acts towards the other
        return between
    accused = _accused(noun)
    if accused:  # "blamed Iran for the attacks": Iran
        return _actors([(a, argument_rule("accused_actor")["id"]) for a in accused], index)
    return []


def _claimed_attack_targets(
    carrier: Token, marker: str, noun: Token, trigger: Trigger
) -> list[Token]:
    """What the attack a claim of responsibility names was on (``target.claimed_attack``:
    "claimed responsibility for the attack on X"), else []."""
    rule = argument_rule("claimed_attack")
    cues = event_cues()
    if (
        trigger.type not in rule["types"]
        or carrier.lemma_.lower() not in rule["claim_nouns"]
        or marker not in rule["markers"]
        or (noun.lower_ not in cues["attack_nouns"] and noun.lower_ not in cues["operation_nouns"])
    ):
        return []
    return [n for m, n in prep_args(noun) if m in rule["prepositions"]]


def _designees(noun: Token, trigger: Trigger) -> list[Token]:
    """The possessors of a noun of designating, the ones designated, not its actor
    (``target.designee_possessor``: "the Houthis' designation as ...", also where the
    parser hung "Houthis'" as a compound); none when an "of" or "against" phrase names
    them."""
    rule = argument_rule("designee_possessor")
    if trigger.type not in rule["types"] or noun.lower_ not in rule["nouns"]:
        return []
    if any(marker in {"of", "against"} for marker, _ in prep_args(noun)):
        return []
    return [
        c
        for c in noun.children
        if c.i < noun.i
        and (c.dep_ in POSSESSOR or any(g.tag_ == "POS" for g in c.children))
    ]


def _came_to_aid(noun: Token, trigger: Trigger) -> Token | None:
    """The verb of coming that reaches an aid noun with "to" (``source.came_to_aid``: "came
    to Ukraine's assistance", "rushed to the aid of Israel"), else None."""
    rule = argument_rule("came_to_aid")
    verb = noun.head
    if (
        trigger.type in rule["types"]
        and noun.lower_ in rule["nouns"]
        and verb.lemma_.lower() in rule["verbs"]
        and preposition(noun) == "to"
    ):
        return verb
    return None


def _meeting_adjunct(noun: Token, trigger: Trigger) -> bool:
    """Whether a meeting noun with a partner is the occasion of its verb's act (``meeting_adjunct``
    of event_cues: "In a meeting with Hun Sen, Sherman stressed ...", "hopes to resolve the
    pause during talks Tuesday with Ukrainian officials"): its subject took part."""
    cue = event_cues()["meeting_adjunct"]
    return (
        trigger.type in cue["types"]
        and noun.dep_ in OBLIQUE
        and noun.head.pos_ == "VERB"
        and noun.head.dep_ not in {"acl", "amod"}  # "officials involved in negotiations with"
        and noun.head.tag_ not in {"JJ", "VBN"}  # (a participle, also as a complement)
        and preposition(noun) in cue["prepositions"]
        and any(marker in cue["partner_prepositions"] for marker, _ in prep_args(noun))
    )


def _oblique_light_verb(noun: Token) -> Token | None:
    """The verb an event noun is the manner or errand of (``oblique_light_verbs``: "responded
    with airstrikes", "will travel to Algiers for meetings with"), whose subject acts and
    whose clause gives the mode, else None; also through a measure of the act ("engaged in
    a series of attacks against X")."""
    if _is_measure(noun.head) and noun.dep_ in OBLIQUE and preposition(noun) == "of":
        noun = noun.head
    verb = noun.head
    manner = event_cues()["oblique_light_verbs"].get(verb.lemma_.lower(), ())
    return verb if noun.dep_ in OBLIQUE and preposition(noun) in manner else None


def _carries(verb: Token, trigger: Trigger) -> bool:
    """Whether a verb is a light verb of the trigger's act: any act's ("launched",
    "conducted"), or one type's (``typed_light_verbs``: "had a meeting with", "paid
    tribute to")."""
    cues = event_cues()
    lemmas = word_lemmas(verb)  # "waged" that the model lemmatises as "wag"
    return any(
        lemma in cues["light_verbs"] or trigger.type in cues["typed_light_verbs"].get(lemma, ())
        for lemma in lemmas
    )


def _light_verb(noun: Token, trigger: Trigger) -> Token | None:
    """The light verb an event noun is the object of ("launched an offensive", "will
    continue close coordination with X", ``typed_light_verbs`` for some types: "had a
    meeting with X"), or a verb of growth with a subject of its own
    (``source.growth_verb``: "Iran has increased cooperation with X"), else None."""
    verb = noun.head
    if noun.dep_ not in OBJECT | {"xcomp"}:
        return None
    if _carries(verb, trigger):
        return verb
    growth = argument_rule("growth_verb")
    grown = verb.lemma_.lower() in growth["verbs"] or (
        verb.lemma_.lower() == "have"  # "Iran has increased cooperation", "increased" parsed
        and any(  # as the noun's modifier
            c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in growth["verbs"]
            for c in noun.children
        )
    )
    if trigger.type in growth["types"] and grown and any(c.dep_ in SUBJECT for c in verb.children):
        return verb
    return None


def _joint_manner_verb(noun: Token, trigger: Trigger) -> Token | None:
    """The verb a noun of joint action is the manner of (``source.joint_manner``: "provided
    funds in cooperation with X", "to eliminate IS elements in coordination with X", the
    phrase also hung on the verb's object), else None."""
    rule = argument_rule("joint_manner")
    if (
        trigger.type not in rule["types"]
        or noun.dep_ not in OBLIQUE
        or preposition(noun) not in rule["prepositions"]
    ):
        return None
    head = noun.head
    for _ in range(2):  # "eliminate [IS elements [in cooperation with X]]"
        if head.pos_ not in {"NOUN", "PROPN"} or head.dep_ not in OBJECT | OBLIQUE:
            break
        head = head.head
    return head if head.pos_ == "VERB" else None


def _between_actors(
    noun: Token, trigger: Trigger, index: EntityIndex
) -> list[tuple[Entity, str]]:
    """The sides of an event noun's "between" phrase (``source.between``: "talks between
    A and B", "a meeting between Iranian and U.S. negotiators", "fighting between rebels and
    C.A.R. forces"): its actors when it names at least two, else none."""
    rule = argument_rule("between_sides")
    if trigger.type not in rule["types"]:
        return []
    carriers = [noun] + [  # "an exchange of fire between A and B": on the trigger's own noun
        inner for marker, inner in prep_args(noun)
        if trigger.particle is not None and marker == trigger.particle
        and trigger.object in {inner.lemma_.lower(), inner.lower_}
    ]
    for marker, side in (pair for carrier in carriers for pair in prep_args(carrier)):
        named = {
            entity.id for t in side.subtree
            if t.pos_ in {"PROPN", "ADJ"} and (entity := index.entity_at(t)) is not None
        }
        if marker in rule["prepositions"] and len(named) >= 2:
            actors = _actors([(side, rule["id"])], index)
            if len(actors) >= 2:
                return [(entity, rule["id"]) for entity, _ in actors]
    return []


HYPHENS = ("-", "‐", "–")


def _hyphen_pair(modifier: Token, index: EntityIndex) -> list[Token]:
    """The modifier and the actor a hyphen joins to it ("American–Israeli airstrikes",
    "Russia-Ukraine talks" split into three tokens: both actors)."""
    doc = modifier.doc
    for first, hyphen, last in ((modifier.i - 2, modifier.i - 1, modifier.i),
                                (modifier.i, modifier.i + 1, modifier.i + 2)):
        if first < 0 or last >= len(doc) or doc[hyphen].text not in HYPHENS:
            continue
        if doc[first].whitespace_ or doc[hyphen].whitespace_:
            continue
        other = doc[first] if last == modifier.i else doc[last]
        if index.entity_at(other) is not None and index.entity_at(other) != index.entity_at(
            modifier
        ):
            return [doc[first], doc[last]]
    return [modifier]


def _hyphenated_actors(word: Token, index: EntityIndex) -> list[Entity]:
    """The actors a single hyphenated word names part by part ("U.S.-Israeli": the United
    States and Israel), each by a name, alias or mention of an entity of the text; none
    unless every part names one."""
    parts = [word.text]
    for hyphen in HYPHENS:
        parts = [piece for part in parts for piece in part.split(hyphen)]
    if len(parts) < 2:
        return []
    found: list[Entity] = []
    for part in parts:
        key = part.lower()
        entity = next(
            (
                e for e in index.by_id.values()
                if e.type != "LOCATION"
                and key in {n.lower() for n in (e.name, *e.aliases, *(m.text for m in e.mentions))}
            ),
            None,
        )
        state = load_gazetteer().state_named(part) if entity is None else None
        if state is not None:  # "Israeli": Israel, when the text names it
            entity = next((e for e in index.by_id.values() if e.name == state.name), None)
        if entity is None:
            return []
        if entity not in found:
            found.append(entity)
    return found


def _doing_participles(noun: Token) -> list[Token]:
    """The participles of doing (``target.act_agent``'s doing_verbs) hung on an act noun
    ("the allegations made by Pakistan", "sanctions imposed by X on Iran")."""
    doing = argument_rule("act_agent")["doing_verbs"]
    return [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in doing]


def _reports_noun_act(governing: str, noun_type: str) -> bool:
    """Whether an event of type ``governing`` reports the act of an event noun it governs as
    an event of its own: a praise or a condemnation an act of force ("condemned Iran's missile
    attack"), a rejection an accusation (``event.answered_claim``: "rejected Pakistan's
    allegation")."""
    cue = event_cues()
    return (
        governing in cue["act_reporting_types"] and noun_type in cue["reported_act_types"]
    ) or _answers_claim(governing, noun_type)


def _answers_claim(governing: str | None, noun_type: str) -> bool:
    """Whether an event of type ``governing`` answers a claim of ``noun_type`` (a rejection of
    an accusation: ``event.answered_claim``)."""
    rule = argument_rule("answered_claim")
    return governing in rule["answering_types"] and noun_type in rule["answered_types"]


def _names_another(noun: Token, actors: list[Entity], index: EntityIndex) -> bool:
    """Whether a clause on ``noun`` has an actor other than ``actors`` as its subject
    ("rejected Russia's allegation that Ukraine is preparing ...": the allegation is aimed at
    Ukraine, not at the one rejecting it)."""
    ids = {actor.id for actor in actors}
    return any(
        (entity := index.entity_at(subject)) is not None and entity.id not in ids
        for clause in noun.children
        if clause.dep_ in {"acl", "acl:relcl", "ccomp"}
        for subject in clause.children
        if subject.dep_ in SUBJECT | PASSIVE_SUBJECT
    )


def _own_actor(noun: Token, sources: list[tuple[Entity, str]]) -> bool:
    """Whether an event noun names its own actor ("praised the withdrawal of U.S. troops",
    "condemned Iran's missile attack"): then it is an event of its own besides the verb's."""
    own = {"possessor", "modifier", "agent", "role", argument_rule("accused_actor")["id"]}
    return any(how in own for _, how in sources) and (
        noun.head.lemma_.lower() not in event_cues()["light_verbs"]
    )


def _noun_carrier(noun: Token) -> Token:
    """The noun whose arguments an event noun takes: itself, or the general head it modifies
    ("a mediation mission between A and B", "launched a mediation effort")."""
    head = noun.head
    if noun.dep_ == "compound" and head.lemma_.lower() in event_cues()["event_noun_heads"]:
        return head
    return noun


def _unrealised(noun: Token) -> bool:
    """An event noun that is what a threat, a risk or a call names ("the threat of Russian
    strikes on Kyiv", "calls for the withdrawal of Russian forces"): threatened, feared or
    asked for, not done (the ``unrealised_act_heads`` cue list)."""
    head = noun.head
    return (
        noun.dep_ in OBLIQUE
        and preposition(noun) in {"of", "for"}
        and head.pos_ == "NOUN"
        and bool({head.lower_, head.lemma_.lower()} & event_cues()["unrealised_act_heads"])
    )


def _why_anonymous(verb: Token) -> bool:
    """A "to" clause saying why a source spoke anonymously ("speaking on the condition of
    anonymity to discuss the operation"): no act. Read on the words between the clause's
    head and the clause."""
    head = verb.head
    if verb.dep_ not in {"advcl", "acl", "xcomp"} or head.i >= verb.i:
        return False
    words = event_cues()["anonymity_words"]
    return any(t.lower_ in words for t in verb.doc[head.i + 1 : verb.i])


def _names_a_facility(noun: Token) -> bool:
    """An event noun that only names the kind of a place or body it modifies ("Guantanamo
    Bay's detention center", "an Ethiopian detention facility"): no act (the
    ``facility_heads`` cue list)."""
    return noun.dep_ == "compound" and noun.head.lemma_.lower() in event_cues()["facility_heads"]


def _names_a_question(noun: Token) -> bool:
    """An "on" phrase that is an open question stated as a clause ("on how impeachment
    inquiries work", "on whether sanctions help"), not a plan ("on how to exchange
    prisoners": an infinitive)."""
    words = [t for t in noun.subtree if t.dep_ != "case"]
    return bool(words) and words[0].lower_ in event_cues()["question_words"] and not any(
        t.lower_ == "to" and t.pos_ == "PART" for t in words
    )


def _concurs(verb: Token) -> bool:
    """Whether a verb of agreeing shares a view rather than agrees to act (``concurrence_verbs``):
    an "on" phrase that is a question ("agree on how inquiries work"); a "that" clause or a
    "with" phrase ("agreed that vaccines do more good than harm", "agree
    with the U.S. proposal") and no "to" clause nor "on" phrase ("agreed on a peace deal"), nor
    a clause of what will be done (``agreed_act_modals``: "agreed that prisoners would be
    exchanged"); nor a bare one that goes on to say something ("Carroll agreed and cautioned
    about ...", "the governor agreed, saying only this group could have done it")."""
    words = event_cues()
    if verb.lemma_.lower() not in words["concurrence_verbs"]:
        return False
    markers = {marker for marker, _ in prep_args(verb)}
    if any(  # "do not all agree on how impeachment inquiries work": on a view, not a deal
        marker == "on" and _names_a_question(noun) for marker, noun in prep_args(verb)
    ):
        return True
    if any(c.dep_ == "xcomp" for c in verb.children) or markers & words["agreement_markers"]:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not markers and not clauses and not any(c.dep_ in OBJECT for c in verb.children) and any(
        c.dep_ in {"advcl", "conj"} and c.i > verb.i
        and c.lemma_.lower() in cues()["reporting_verbs"]
        for c in verb.children
    ):
        return True
    if any(  # "agreed that prisoners would be exchanged": an act agreed on
        a.dep_ == "aux" and a.lower_ in words["agreed_act_modals"]
        for clause in clauses for a in clause.children
    ):
        return False
    return bool(clauses) or bool(markers & words["concurrence_markers"])


def _leaves_no_place(token: Token, index: EntityIndex) -> bool:
    """Whether a withdrawal's "from" or "out of" noun is neither a place nor a force (the
    ``retreat_places`` cue): "has retreated from leading roles", "the withdrawal of the
    United Kingdom from the European Union" withdraw no forces from any position."""
    words = event_cues()
    places = {*words["retreat_places"], *words["place_nouns"], *words["armed_nouns"]}
    for marker, noun in prep_args(token):
        if marker not in {"from", "out"}:
            continue
        entity = index.entity_at(noun)
        if entity is not None:
            return entity.type not in {"LOCATION", "STATE"}
        return noun.lower_ not in places and noun.lemma_.lower() not in places
    return False


def _natural_cause(verb: Token, index: EntityIndex) -> bool:
    """Whether what kills or injures at ``verb`` is a disaster, a disease or an accident
    (``natural_causes``): its subject, the subject of the clause it hangs on when it has
    none ("an earthquake strikes Istanbul, injuring"), the noun a participle or a relative
    clause is on ("the outbreak, which has killed") or the noun before that noun's place
    phrase ("the fire at a nightclub, which killed", the clause hung on "nightclub"); "fire"
    only with no actor or weapon word of its own; or what the verb fights ("battled blazes",
    "fight the pandemic")."""
    subjects = SUBJECT | PASSIVE_SUBJECT
    nouns = [c for c in verb.children if c.dep_ in subjects]
    nouns += [c for c in verb.children if c.dep_ in AGENT]
    if not nouns and verb.dep_ in {"advcl", "conj", "xcomp"}:
        nouns = [c for c in verb.head.children if c.dep_ in subjects]
    relatives = event_cues()["relative_pronouns"]
    if verb.dep_ == "acl" or (
        any(n.lower_ in relatives for n in nouns) and verb.dep_ in {"relcl", "acl:relcl"}
    ):
        nouns.append(verb.head)  # "an earthquake ..., injuring", "the outbreak, which"
        place = verb.head.left_edge  # "the fire at a nightclub, which killed": the noun
        if place.pos_ == "ADP" and place.i > 0 and place.nbor(-1).pos_ == "NOUN":  # the
            nouns.append(place.nbor(-1))  # place phrase hangs on, however parsed
    causes = event_cues()["natural_causes"]
    armed = argument_rule("agentless_source")["armed_only_with"]
    fought = [c for c in verb.children if c.dep_ in OBJECT and c.lower_ not in armed]
    for noun in nouns + fought:  # "firefighters battled blazes"; not "opened fire"
        lemma = noun.lemma_.lower()
        first = min([noun.i, *(c.left_edge.i for c in noun.children if c.dep_ == "compound")])
        named = noun.doc[first : noun.i + 1].text.lower()  # "SARS-CoV-2"
        if not {noun.lower_, lemma, named} & causes:
            continue
        marks = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod:poss"}]
        if lemma in armed and any(
            c.lower_ in armed[lemma] or index.entity_at(c) is not None for c in marks
        ):
            continue  # "Israeli fire", "rocket fire": an attack
        return True
    return False


def _governing_verb(noun: Token) -> Token:
    """The verb a noun is the object or oblique of (through one preposition for ClearNLP)."""
    head = noun.head
    if noun.dep_ == "pobj":
        head = head.head
    return head if noun.dep_ in OBJECT | OBLIQUE | {"pobj"} else noun


def find_triggers(
    sentence_tokens: Iterable[Token],
    lexicon: TriggerLexicon,
    index: EntityIndex,
    words: frozenset[str] | None = None,
    listed: list[bool] | None = None,
) -> list[Found]:
    """Every trigger in the tokens with its source and target actors (``words``: the
    sentence's ``sentence_words``, worked out when not given; ``listed``: the Doc's
    ``lexicon_words``, when worked out)."""
    verbs: list[Found] = []
    nouns: list[tuple[Token, Trigger, set[int]]] = []
    sentence_tokens = list(sentence_tokens)
    words = sentence_words(sentence_tokens) if words is None else words
    ruled = match_event_rules(sentence_tokens, index, words)
    ruled_tokens = {match.token.i for match in ruled}
    questioned: set[int] = set()  # the words of a question an asking verb puts
    for token in sentence_tokens:
        if token.i in ruled_tokens or token.i in questioned:
            continue
        if listed is not None and not listed[token.i]:
            continue  # best_trigger's first test, made for the Doc at once
        matched = best_trigger(token, lexicon)
        if matched is None:
            continue
        trigger, taken = matched
        if trigger.type == "RETREAT" and _leaves_no_place(token, index):
            continue  # "has retreated from leading roles", "the retreat of the United States
            # from global leadership": no forces withdrawn
        if trigger.pos == "NOUN":
            if index.entity_at(token) is not None:
                continue  # a word of an actor's name ("the Multinational Security Support
                # mission", "the Debt Service Suspension Initiative") is no act
            if (
                token.dep_ == "compound" and token.head.pos_ in {"NOUN", "PROPN"}
                and token.head.lemma_.lower() not in event_cues()["event_noun_heads"]
            ):
                continue  # a kind of thing ("an appeals court", "sanctions evasion networks",
                # "a supply vessel"), not an act; but "Egypt's mediation efforts"
            if not _names_a_facility(token):
                nouns.append((token, trigger, taken))
            continue
        main_verb = _misparsed_main_verb(token)
        if token.dep_ == "acl" and is_passive(token) and not main_verb and not (
            trigger.type in event_cues()["described_act_types"]
            and any(c.dep_ in AGENT and index.entity_at(c) is not None for c in token.children)
        ):
            continue  # "militias backed by Iraq": a description, not a reported event; but
            # "books banned by the Taliban" tells the Taliban's act
        if _participle_after_to(token):
            continue  # "return its troops to internationally recognized territory"
        if _victims_participle(token) and not main_verb:
            continue  # "CIA members killed", "with three soldiers killed": its noun is hit
        if _held_as_hostage(token) or (token.dep_ == "conj" and _held_as_hostage(token.head)):
            continue  # "the safe return of Americans held hostage": who is held, not who holds
        if _about_a_document(token) and trigger.type not in {"ACCUSE", "REJECT"}:
            continue  # "released a statement"; but "dismissed the U.N. report" rejects it
        if _why_anonymous(token):
            continue  # "speaking on the condition of anonymity to discuss the operation"
        if trigger.type == "AGREE" and _concurs(token):
            continue  # "all agreed that vaccines do more good than harm": a view shared
        if trigger.type == "ASSAULT" and _natural_cause(token, index):
            continue  # "an earthquake strikes Istanbul, injuring 359 people"
        if _gives_the_floor(token, trigger, index):
            continue  # "I want to first call on Angel Bryant": a briefing's next question
        if _asks_a_question(token):  # "Wikinews asked Stamenkovic if he had any ideas";
            # nor is what it asks about an act ("asked whether he might back off")
            questioned.update(t.i for c in token.children if c.i > token.i for t in c.subtree)
            continue
        reduced = _reduced_passive(token) is not None
        passive = reduced or (is_passive(token) and not main_verb)
        sources = _actors(clause_sources(token, index), index)
        if not sources and token.tag_ in {"VBG", "VBZ", "NNS"}:  # "clashes between A and B"
            sources = _between_actors(token, trigger, index)  # tagged a verb: a noun's sides
        if not sources and passive:  # "were taken hostage by Hamas": the parser hung the
            carriers = [token.doc[i] for i in sorted(taken)]  # agent on the trigger's own
            carriers += [  # object, or on its "as" phrase ("is designated as a terrorist
                n for m, n in prep_args(token) if m == "as"  # organization by the U.S.")
            ]
            agents = [n for carrier in carriers for m, n in prep_args(carrier) if m == "by"]
            sources = _actors([(n, "agent") for n in agents], index)
        rules: list[str] = []
        if reduced and sources:
            rules.append(argument_rule("reduced_passive")["id"])
        deployed = argument_rule("deployed_forces")
        forces: list[tuple[Entity, str]] = []
        if not sources and passive and trigger.type in deployed["types"]:
            forces = _deployed_forces(token, deployed, index)  # "troops were deployed"
            sources = forces
        if not sources and passive and trigger.type in argument_rule("issuer_passive")["types"]:
            sources = _announcing_issuer(token, index)  # "X is being designated"
        described: list[Described] = []
        targets = _targets(
            token, trigger, taken, index, passive=passive and not forces, rules=rules,
            described=described,
        )
        unnamed = _unnamed_sources(token, trigger, index, named=bool(sources))
        if not sources and not unnamed and _accused_by_no_one(token, trigger):
            unnamed = [None]  # "X were accused of killing civilians": ACCUSE, source null
            rules.append(argument_rule("unnamed_accuser")["id"])
        verbs.append(
            Found(
                token, trigger, sources, targets, taken,
                rules=rules, described=described, unnamed=unnamed,
            )
        )
    obligations = (
        _obligations(sentence_tokens, index)
        if not words.isdisjoint(cues()["reporting_verbs"])  # an obligation needs one
        else []
    )
    verbs += obligations
    obliged = {found.token.head.i for found in obligations}  # "said Sudan must return ...":
    # what the obligation asks for is not done
    consumed = {i for found in verbs for i in found.consumed}
    trigger_verbs = {found.token.i for found in verbs}
    verb_types = {found.token.i: found.trigger.type for found in verbs}
    speech_acts = {found.token.i for found in verbs if found.trigger.type in CONTENT_TAKING}
    stated = {found.token.head.i for found in verbs if found.trigger.source == "rule"}
    # a trigger in the infinitive of another ("threatened to attack", "refused to meet") is
    # that event's content, not an event of its own, and so is the clause a demand, threat or
    # promise states ("demanded that the US cancel", "said Sudan must return"); so is an event
    # noun a trigger verb governs
    verbs = _promises(verbs, {token.i: trigger.type for token, trigger, _ in nouns})

    def is_content(verb: Token) -> bool:
        first = _first_conjunct(verb)  # "demanded that Iran dismantle ... and give up ..."
        return (
            (verb.dep_ == "xcomp" and verb.head.i in trigger_verbs)
            or (first.dep_ == "ccomp" and first.head.i in speech_acts)
            or _mandated(verb, first)
            or (_is_condition(verb) and verb.head.i in trigger_verbs)
            or _asked_for(verb, speech_acts)
            or verb.i in obliged
            or (verb.dep_ == "conj" and verb.head.i in obliged)
            or _purpose_of(verb) is not None
        )

    aims = [_purpose_of(f.token) for f in verbs]
    aiming = {head.i for head in aims if head is not None}  # acts with a purpose not done
    verbs = [
        f
        for f in verbs
        if not (
            is_content(f.token)
            or (f.token.i in stated and f.trigger.source != "rule")
            or _endangers(f.token)
            or _judged_culprit(f.token)
        )
    ]
    for f in verbs:
        if f.token.i in aiming:
            f.rules.append(argument_rule("purpose_clause")["id"])
    found_all = list(verbs)
    for match in ruled:
        trigger = Trigger(
            lemma=match.token.lower_, pos="VERB", type=match.type, source="rule", id=match.rule_id
        )
        found_all.append(
            Found(match.token, trigger, [(match.source, "rule")], [match.target], set())
        )
    carried_acts: dict[int, tuple[str, EventMode]] = {}  # nouns a verb carries: type, its mode
    ruled_types = {match.token.i: match.type for match in ruled}  # "is opposed to X's mediation"
    for token, trigger, taken in nouns:
        carrier = _noun_carrier(token)
        verb = _governing_verb(carrier)
        governing_word = verb.i
        if _unrealised(carrier) or (
            token.i in consumed  # "dismissed the allegations": one event, but an accuser's
            and not _answers_claim(verb_types.get(governing_word), trigger.type)
        ):  # allegation is answered (event.answered_claim)
            continue
        sources = _noun_sources(carrier, trigger, index)
        joint = _joint_manner_verb(carrier, trigger)
        governing = verb_types.get(governing_word, ruled_types.get(governing_word))
        governing = None if joint else governing
        if governing is not None and not (
            _reports_noun_act(governing, trigger.type) and _own_actor(carrier, sources)
        ):  # "condemned the attack": the statement's object, no event of its own; but
            continue  # "praised the withdrawal of U.S. troops" reports the withdrawal too,
            # "rejected Pakistan's allegation" the accusation
        if governing is None and not joint and verb.pos_ == "VERB" and is_content(verb):
            continue  # "agreed to undertake joint exercises": the act agreed, not done
        rules = []
        described = []
        targets = _targets(
            carrier, trigger, taken, index, passive=False, rules=rules, described=described
        )
        if _answers_claim(governing, trigger.type):  # "Kabul denied Pakistan's accusations":
            rules.append(argument_rule("answered_claim")["id"])  # aimed at the one denying
            deniers = [e for f in verbs if f.token.i == governing_word for e, _ in f.sources]
            if all(t is None for t in targets) and not _names_another(carrier, deniers, index):
                targets = deniers or [None]
        source_ids = {entity.id for entity, _ in sources}  # "the seizure of vessels by Iran":
        own = [t for t in targets if t is not None and t.id in source_ids]  # not Iran's own
        if own:
            targets = [t for t in targets if t not in own] or [None]
            rules[:] = [r for r in rules if r != argument_rule("owner_target")["id"]]
        taken_here = taken | {carrier.i} - {token.i}
        unnamed: list[Described | None] = []
        if not sources and _occurring_act(carrier, trigger):  # "Protests erupted in Baghdad"
            unnamed = [None]
            rules.append(argument_rule("occurring_act")["id"])
        found = Found(
            token, trigger, sources, targets, taken_here, rules=rules, described=described,
            unnamed=unnamed,
        )
        light = _light_verb(carrier, trigger)
        grown = light if light is not None and not _carries(light, trigger) else None
        if (joint or grown) is not None and all(t is None for t in targets):
            continue  # "in cooperation with our partners", "have strengthened cooperation to
            # address ...": no partner named
        rules += [argument_rule("joint_manner")["id"]] if joint is not None else []
        rules += [argument_rule("growth_verb")["id"]] if grown is not None else []
        carrying = joint or grown or _oblique_light_verb(carrier)
        if carrying is not None:  # the verb's clause gives the mode ("did not act in
            if is_content(carrying):  # cooperation with X"); "urged X to act in cooperation
                continue  # with Y", "agreed to expand cooperation with Y": what is asked for
            carried_acts[token.i] = (trigger.type, event_mode(carrying))
        found_all.append(found)
    for found in found_all:
        carriers = [found.token, *(found.token.doc[i] for i in found.consumed)]
        taken_ids = {t.id for t in found.targets if t is not None}
        taken_ids |= {e.id for e, _ in found.sources}
        found.location = _location(carriers, index, taken_ids)
        if found.token.i in carried_acts:
            found.event_type, found.mode = carried_acts[found.token.i]
        else:
            found.event_type, found.mode, recoded = coded_type(found.token, found.trigger)
            found.rules += [recoded] if recoded else []
        if _crowd_demand(found):  # "Protesters demanded the resignation of ...": a protest
            found.event_type = "PROTEST"
            found.rules.append(argument_rule("crowd_demand")["id"])
        if found.event_type == "ASSAULT" and (
            _verbal_attack(found.token) or _attack_between_people(found)
        ):
            rule = argument_rule("verbal_attack")
            found.event_type = rule["type"]  # "attacked the newspaper for refusing to ..."
            found.rules.append(rule["id"])
            authors = _idea_authors(found.token, rule, index)
            if authors:  # "attacked the proclamation ... by President Trump": Trump
                found.targets = authors
                found.described = []
                found.rules = [r for r in found.rules if not r.startswith("target.")]
        if (
            found.token.i not in carried_acts
            and found.event_type == found.trigger.type
            and found.mode != "negated"
            and _planned_act(found.token, found.trigger)
        ):
            found.rules.append(argument_rule("planned_act")["id"])
        unrealised = _unrealised_act(found.token, found.event_type)
        if found.mode == "asserted" and unrealised is not None:
            found.mode = "hypothetical"  # "met to strengthen cooperation", "plan to attack"
            found.rules.append(unrealised)
    return found_all


def _past(verb: Token) -> bool:
    """A verb in the past or present perfect ("traveled", "has done"): a clause of purpose
    on it reports what was done ("traveled to Kyiv to meet with Zelenskyy", "what the United
    States has done to support Ukraine")."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    )


def _unrealised_act(token: Token, event_type: str) -> str | None:
    """The id of the mode rule that makes an act in an infinitive clause aimed at, looked
    forward to or intended rather than done (ANNOTATION.md mode: intentions are
    hypothetical), or None. The clause is the trigger verb's, or for an event noun the
    verb it is the object of ("sought to induce U.S. concessions"):

    * ``mode.aimed_act``: a clause of purpose ("will provide $1 billion to Albania to
      support civil society") of one of the rule's cooperative types, on a verb not in the
      past (``_past``); an act of force in one ("used drones to attack Kyiv") is reported
      as done and is left as it is; and a
      noun's verb in the infinitive of a verb of aiming (``hypothetical_heads``);
    * ``mode.anticipated_act``: "look forward to meeting", any type;
    * ``mode.intended_act``: the infinitive of a noun of intent ("Israel's plan to
      attack Rafah"), any type;
    * ``mode.expected_act``: an event noun its adjective places ahead ("Biden's upcoming
      visit", "a potential attack").
    """
    clause = token
    if token.pos_ == "NOUN":
        expected = argument_rule("expected_act")
        if any(c.dep_ == "amod" and c.lower_ in expected["modifiers"] for c in token.children):
            return expected["id"]
    if token.pos_ in {"NOUN", "PROPN"}:
        if token.dep_ not in OBJECT or token.head.i == token.i or token.head.pos_ != "VERB":
            return None
        clause = token.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.head.i == clause.i or not any(
        c.dep_ == "mark" and c.lower_ == "to" for c in clause.children
    ):
        return None
    head = clause.head
    head_word = head.lemma_.lower()
    if clause.dep_ == "advcl":
        rule = argument_rule("intended_act")
        noun = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i else clause
        if noun.dep_ in OBJECT and noun.head.i == head.i and noun.lemma_.lower() in rule["nouns"]:
            return rule["id"]  # "waged a campaign to topple": hung on the verb, the noun's
        rule = argument_rule("anticipated_act")
        if head_word in rule["lemmas"] and any(
            c.dep_ == "advmod" and c.lower_ in rule["adverbs"] for c in head.children
        ):
            return rule["id"]
        rule = argument_rule("aimed_act")
        if event_type in rule["types"] and not _past(head):
            return rule["id"]
    if clause.dep_ == "acl" and head.pos_ == "NOUN":
        rule = argument_rule("intended_act")
        if head_word in rule["nouns"] or head.lower_ in rule["nouns"]:
            return rule["id"]
    if (
        clause is not token
        and clause.dep_ == "xcomp"
        and head_word in event_cues()["hypothetical_heads"]
    ):
        return argument_rule("aimed_act")["id"]
    return None


def _attack_between_people(found: Found) -> bool:
    """``event.verbal_attack``: one named person or party attacking another
    (``speaking_types``: "Harris attacked Biden during the debates", "Democrats continued to
    attack Trump on his taxes") is criticism: named people in the news attack each other in
    words (an assault on a person is told with its own verbs: stabbed, shot, beat)."""
    rule = argument_rule("verbal_attack")
    if found.token.lemma_.lower() not in rule["verbs"]:
        return False
    sources = [entity for entity, _ in found.sources]
    targets = [t for t in found.targets if t is not None]
    speakers = set(rule["speaking_types"])
    return bool(sources and targets) and all(
        e.type in speakers for e in (*sources, *targets)
    ) and len(targets) == len(found.targets)


def _verbal_attack(verb: Token) -> bool:
    """``event.verbal_attack``: an attack verb with a reason clause ("attacked the Journal
    for refusing to support his plans", "attacking Democrats for passing the bill") or on
    an idea, a measure or the press (``idea_objects``: "attacked the impeachment inquiry") is
    criticism, not force."""
    rule = argument_rule("verbal_attack")
    return verb.pos_ == "VERB" and verb.lemma_.lower() in rule["verbs"] and any(
        (
            c.dep_ == "advcl" and c.tag_ == "VBG"
            and any(m.dep_ == "mark" and m.lower_ in rule["reason_markers"] for m in c.children)
        )
        or (c.dep_ in OBJECT and c.lemma_.lower() in rule["idea_objects"])  # "the media"
        for c in verb.children
    )


def _idea_authors(verb: Token, rule: dict, index: EntityIndex) -> list[Entity | None]:
    """The actors an attacked idea object names as its author with "by" ("attacked the
    proclamation of the Golan Heights as Israeli territory by President Trump"), else none."""
    ideas = [
        c for c in verb.children if c.dep_ in OBJECT and c.lemma_.lower() in rule["idea_objects"]
    ]
    agents = [n for idea in ideas for marker, n in prep_args(idea) if marker == "by"]
    if ideas and any(c.dep_ in SUBJECT for c in verb.children):  # an active verb's "by"
        agents += [n for marker, n in prep_args(verb) if marker == "by"]  # hung on it
    found: list[Entity | None] = []
    for agent in agents:
        entity = actor_of(agent, index)
        if entity is not None and entity not in found:
            found.append(entity)
    return found


def _first_conjunct(verb: Token) -> Token:
    """The first of the verbs ``verb`` is coordinated with (itself when none)."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _mandated(verb: Token, first: Token) -> bool:
    """Whether ``verb`` is a base form (whatever the tagger says) with a singular subject of
    its own in a "that" clause of a verb or noun of demanding (``mandative_heads``) and no
    auxiliary, a mandative subjunctive ("insisted that Iran lift the ban", "demands
    that Iran dismantle its facilities and give up its uranium"): an act asked for, not
    done (``verb`` and the first of its conjuncts, which holds the subject). Only a singular
    subject tells a subjunctive from a present ("said they meet every year")."""
    if not all(v.tag_ in {"VB", "VBP"} and v.lower_ == v.lemma_.lower() for v in (verb, first)):
        return False  # "saying it condemns" tagged VB is a present
    subjects = [c for c in first.children if c.dep_ in SUBJECT]
    return (
        first.dep_ in {"ccomp", "acl"}
        and any(  # its head, or the head's object the parser left the clause beside
            h.lemma_.lower() in event_cues()["mandative_heads"]
            for h in (first.head, *(c for c in first.head.children if c.dep_ in OBJECT))
        )
        and bool(subjects)
        and not any(c.dep_ == "conj" for c in subjects[0].children)
        and (subjects[0].tag_ in {"NN", "NNP", "NNPS"} or subjects[0].lower_ in {"he", "she", "it"})
        and not any(
            c.dep_ in {"aux", "aux:pass"} or (c.dep_ == "mark" and c.lower_ == "to")
            for v in (verb, first) for c in v.children
        )
    )


# Types whose clause complement is the content of the act, not an event of its own.
CONTENT_TAKING = {"REQUEST", "THREATEN", "AGREE", "REJECT"}


def _asked_for(token: Token, speech_acts: set[int]) -> bool:
    """Whether ``token`` (or the first of its conjuncts) is the "to" clause of a demand or
    call: of a speech act's verb parsed as a modifier ("called on X to release"), of a verb
    whose object is a demand or call ("we reiterate our call on X to engage ... and
    accept"), or of such a noun ("its call on X to withdraw") or of a threat noun
    (``event_cues.json`` threat_nouns: "Trump's threat to impose tariffs") or of an offer
    (offer_nouns: "an invitation to attend a meeting"). It is the content of the request,
    threat or offer, as in "urged X to accept", not an act of its own."""
    token = _first_conjunct(token)
    if token.dep_ not in {"advcl", "acl", "xcomp"}:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "to" for c in token.children):
        # a clause inside the requested act is requested too ("urge all States to join us
        # in condemning ...": no one has condemned yet)
        head = token.head
        if token.dep_ not in {"advcl", "xcomp"} or head.i == token.i or head.pos_ != "VERB":
            return False
        asked = head.dep_ in {"xcomp", "advcl"} and head.head.i in speech_acts and any(
            c.dep_ == "mark" and c.lower_ == "to" for c in head.children
        )
        return asked or _asked_for(head, speech_acts)
    if token.dep_ in {"advcl", "xcomp"} and token.head.i in speech_acts:
        return True  # also the second of two requested acts ("to halt ... and end ...")
    asking = event_cues()["object_control_verbs"]
    threatening = {*event_cues()["threat_nouns"], *event_cues()["offer_nouns"]}

    def asks(noun: Token) -> bool:
        return noun.i in speech_acts or (
            noun.pos_ == "NOUN" and noun.lemma_.lower() in asking
            and any(marker in {"on", "upon"} for marker, _ in prep_args(noun))
        ) or (noun.pos_ == "NOUN" and noun.lower_ in threatening)  # "threat to impose"

    if token.dep_ == "acl":  # "its call on Russia to withdraw", the clause on the noun
        return asks(token.head)
    mark = next(c for c in token.children if c.dep_ == "mark" and c.lower_ == "to")
    if mark.i > 0 and token.doc[mark.i - 1].lower_ in threatening:
        return True  # "condemns ... threats to arrest", the clause hung on the main verb
    return any(c.dep_ in OBJECT and asks(c) for c in token.head.children)


def _purpose_of(token: Token) -> Token | None:
    """The word a clause of purpose headed by ``token`` (or by the first of its conjuncts)
    hangs on, when its opening is one the ``mode.purpose_clause`` rule lists ("met in Geneva
    in order to reach an agreement", "so as to support"): what it aims at is not done."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ not in {"advcl", "xcomp", "acl"} or token.head.i == token.i:
        return None
    marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ == "to"]
    if not marks or marks[0].i < 2:
        return None
    before = [t.lower_ for t in token.doc[marks[0].i - 2 : marks[0].i]]
    return token.head if before in argument_rule("purpose_clause")["openings"] else None


def _endangers(token: Token) -> bool:
    """"threaten lives", "threaten the peace, security, or stability of Libya": a verb of
    threatening whose object is a good put at risk (``event_cues.json`` endangered_nouns),
    with no threatened act of its own ("threatened to strike"), endangers; it is no threat."""
    words = event_cues()
    if token.lemma_.lower() not in words["endangering_verbs"]:
        return False
    if any(c.dep_ in {"xcomp", "ccomp"} for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ in OBJECT]
    return bool(objects) and all(
        any(n.lemma_.lower() in words["endangered_nouns"] for n in with_conjuncts(o))
        for o in objects
    )


def _promises(verbs: list[Found], noun_types: dict[int, str] | None = None) -> list[Found]:
    """A vow or pledge to act against someone is a threat ("vowed to fight", "swore to
    attack"): the promising trigger takes THREATEN (CAMEO 13x) instead of AGREE. A promise
    whose content is no known event ("vowed to retake the city") says too little to code, and
    one with no content at all is none ("I swear to you, I was speechless"). A vow to go on
    with a hostile act is a vow of that act ("vowed to continue attacking", "vowed to continue
    their attacks": ``noun_types`` gives the types of the event nouns)."""
    hostile = set(event_cues()["hostile_types"])
    by_token = {found.token.i: found for found in verbs}
    for found in verbs:
        head = by_token.get(found.token.head.i)
        if (
            found.token.dep_ == "xcomp"
            and head is not None
            and head.trigger.type == "AGREE"
            and (found.trigger.type in hostile)
        ):
            head.trigger = replace(head.trigger, type="THREATEN")
    promising = event_cues()["promise_verbs"]
    hostile_acts = {f.token.i for f in verbs if f.trigger.type in hostile}
    hostile_acts |= {i for i, kind in (noun_types or {}).items() if kind in hostile}
    going_on: set[int] = set()  # "continue" clauses of promises that go on with a hostile act
    for found in verbs:
        if found.trigger.type != "AGREE" or found.token.lemma_.lower() not in promising:
            continue
        continued = [c for c in found.token.children if _goes_on_with(c, hostile_acts)]
        if continued:
            found.trigger = replace(found.trigger, type="THREATEN")
            going_on.update(c.i for c in continued)
    return [
        found for found in verbs
        if not (
            found.trigger.type == "AGREE"
            and found.token.lemma_.lower() in promising
            and (
                any(
                    c.dep_ == "xcomp" and c.pos_ == "VERB"
                    and c.i not in by_token and c.i not in going_on
                    for c in found.token.children
                )
                or not any(_promised(c) for c in found.token.children)
            )
        )
    ]


def _goes_on_with(clause: Token, acts: set[int]) -> bool:
    """Whether ``clause`` is a "to" clause of a continuing verb ("continue", "maintain")
    whose own clause or object is one of ``acts`` ("to continue attacking", "to continue
    their attacks")."""
    return (
        clause.dep_ == "xcomp"
        and clause.lemma_.lower() in event_cues()["continuing_verbs"]
        and any(c.i in acts and c.dep_ in OBJECT | {"xcomp"} for c in clause.children)
    )


def _promised(child: Token) -> bool:
    """Whether a promise verb's dependent says what is promised: an object, a "to" clause,
    or a clause of what will be ("pledged support", "vowed to fight", "vows for the EU to
    lift", "promised that aid would arrive"); not "I swear to you, I was speechless"."""
    if child.dep_ in OBJECT | {"xcomp"}:
        return True
    return child.dep_ in {"ccomp", "advcl"} and any(
        (c.dep_ == "mark" and c.lower_ == "to")
        or (c.dep_ == "aux" and c.lower_ in event_cues()["agreed_act_modals"])
        for c in child.children
    )


def _obligations(tokens: Iterable[Token], index: EntityIndex) -> list[Found]:
    """Reported obligations as requests: "Russia said Sudan must return the helicopter" (or
    "needs to": ``obligation_verbs``; not "has to", most often a necessity: "may have to
    consider", "every Rasta has to keep dreadlocks") is Russia's REQUEST to Sudan (PLOVER
    REQUEST: demands). Needs a speaker and an addressee."""
    words = event_cues()
    reporting = set(cues()["reporting_verbs"])
    found: list[Found] = []
    for token in tokens:
        if token.pos_ != "VERB" or token.lemma_.lower() not in reporting:
            continue
        for clause in token.children:
            if clause.dep_ != "ccomp":
                continue
            modal = next(
                (
                    c
                    for c in clause.children
                    if c.dep_ == "aux" and c.lower_ in words["obligation_words"]
                ),
                None,
            )
            needs = words["obligation_verbs"]  # forms too: the lemmatizer reads "need" "nee"
            if modal is None and (clause.lemma_.lower() in needs or clause.lower_ in needs) and any(
                c.dep_ == "xcomp" and any(m.dep_ == "mark" and m.lower_ == "to" for m in c.children)
                for c in clause.children
            ):
                modal = clause  # "said both Russia and Ukraine need to do difficult things"
            subjects = [c for c in clause.children if c.dep_ in SUBJECT]
            if modal is None or not subjects:
                continue
            sources = _actors(clause_sources(token, index), index)
            targets, coordinated = _addressees(subjects[0], index)
            targets = [t for t in targets if all(t.id != e.id for e, _ in sources)]
            if sources and targets:
                trigger = Trigger(
                    lemma=modal.lower_, pos="VERB", type="REQUEST", cameo="100", source="rule"
                )
                rules = [argument_rule("coordinated_modifier_target")["id"]] if coordinated else []
                found.append(Found(modal, trigger, sources, list(targets), set(), rules=rules))
    return found


def _addressees(subject: Token, index: EntityIndex) -> tuple[list[Entity], list[Entity]]:
    """Who an obligation is laid on: the actors its subject names, and among them those its
    coordinated modifiers add ("US and British forces must ensure": both)."""
    named = [t for t in _targets_of(subject, index) if t is not None]
    coordinated = [e for e in coordinated_modifier_actors(subject, index) if e not in named]
    return named + coordinated, coordinated


def _targets_of(noun: Token, index: EntityIndex) -> list[Entity | None]:
    entities: list[Entity | None] = []
    for conjunct in with_conjuncts(noun):
        entity = actor_of(conjunct, index)
        if entity is not None and all(e is None or e.id != entity.id for e in entities):
            entities.append(entity)
    return entities


def _has_intent(token: Token) -> bool:
    """A stated intent: "will provide", "would meet", "is ready to send", "plans to open"."""
    words = event_cues()
    markers = set(words["intent_words"])
    if token.dep_ == "ccomp" and token.head.lemma_.lower() in cues()["reporting_verbs"]:
        markers |= set(words["reported_intent_words"])  # "said they would meet"
    if any(c.dep_ == "aux" and c.lower_ in markers for c in token.children):
        return True
    if (
        token.dep_ == "advcl"
        and token.head.i != token.i
        and any(c.dep_ == "mark" and c.lower_ == "to" for c in token.children)
    ):
        return _has_intent(token.head)  # "will visit Senegal to mediate"
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in words["intent_heads"]


def _own_possible_act(token: Token) -> bool:
    """A hostile act a speaker says it could do (``hostile_intent`` ``possibility_words``,
    ``speaking_heads``): "Beijing has hinted that it could retaliate", "Iran said it may
    strike back"; the act's subject a pronoun for the speaker, not another actor ("analysts
    said Russia could attack")."""
    rule = argument_rule("hostile_intent")
    head = token.head
    return (
        token.dep_ == "ccomp"
        and head.lemma_.lower() in {*cues()["reporting_verbs"], *rule["speaking_heads"]}
        and any(c.dep_ == "aux" and c.lower_ in rule["possibility_words"] for c in token.children)
        and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in token.children)
        and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in head.children)
    )


def _is_condition(token: Token) -> bool:
    """The trigger is itself an "if"/"unless" clause: a condition, not a statement."""
    return any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in token.children)


def _threat_condition(token: Token) -> bool:
    """An "unless" clause on the trigger: "will withdraw its force unless ..." """
    markers = event_cues()["condition_threat_words"]
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in markers for m in c.children)
        for c in token.children
    )


def _refusal_mode(token: Token) -> EventMode:
    """A refusal is asserted ("will not accept", "said it would not negotiate") unless a
    clause above it is itself only wished or supposed ("should respond by committing to
    never discussing ...": hypothetical)."""
    words = event_cues()["hypothetical_words"]
    above = _clause_chain(token)[1:]
    if any(c.dep_ in {"aux", "mark"} and c.lower_ in words for v in above for c in v.children):
        return "hypothetical"
    return "asserted"


def coded_type(token: Token, trigger: Trigger) -> tuple[str, EventMode, str | None]:
    """The PLOVER type and mode an event verb is coded with (CAMEO2PLOVER 03x, 12x, 13x),
    and the id of the declared rule that changed the trigger's type, if one did.

    A stated intent to cooperate is AGREE ("X will provide aid", "X is ready to send
    troops"), except a statement that is the act itself (``expressed_types``: "we will
    support the Government of Iraq" is SUPPORT); a refusal or failure to cooperate is
    REJECT ("failed to reach agreement", "will not accept"); an intent to act against
    someone is THREATEN ("would blockade Paris"), as is any intent on condition ("will
    withdraw unless ..."), but not an intent to deploy (``planned_types``: the act planned,
    hypothetical). The intent itself is asserted, so
    its marker does not make the event hypothetical; a condition clause is left as it is.
    A planned meeting stays CONSULT, hypothetical (``_planned_act``); any other future or
    conditional act is hypothetical (``event_mode``), a threat asserted.
    """
    # a threat is itself asserted, whatever its future ("Russia will face consequences")
    mode = event_mode(token, intent=trigger.type == "THREATEN")
    if trigger.pos != "VERB" or trigger.source == "rule" or _is_condition(token):
        return trigger.type, mode, None
    words = event_cues()
    cooperative = set(words["cooperative_types"]) | {"AGREE"}
    intent = _has_intent(token)
    if intent and _threat_condition(token) and trigger.type not in CONTENT_TAKING | {"ACCUSE"}:
        return "THREATEN", event_mode(token, intent=True), _type_rule("conditional_threat")
    denied = token.dep_ == "ccomp" and token.head.lemma_.lower() in words["denying_heads"]
    if trigger.type in cooperative and not denied:  # "denied it had withdrawn" is no refusal
        if mode == "negated":
            return "REJECT", _refusal_mode(token), _type_rule("refusal")
        if _planned_act(token, trigger):  # hypothetical: "will meet", "would convene",
            # "is ready to negotiate" (no hypothetical word of its own)
            return trigger.type, "hypothetical" if mode == "asserted" else mode, None
        if intent and trigger.type != "AGREE":
            # a stated intent to praise or back is the praise itself ("we will support X")
            if trigger.type in words["expressed_types"]:
                return trigger.type, event_mode(token, intent=True), None
            return "AGREE", event_mode(token, intent=True), _type_rule("stated_intent")
    if trigger.type in words["planned_types"] and intent:  # "the army will deploy"
        return trigger.type, "hypothetical" if mode == "asserted" else mode, None
    if (
        trigger.type in words["hostile_types"]
        and (intent or _own_possible_act(token))
        and mode != "negated"
        and token.lemma_.lower() not in words["continuing_verbs"]  # "will continue its
    ):  # restrictions on assistance to Eritrea": what goes on is done, no threat
        # "hinted that it could retaliate": the hint itself is told as done
        threat_mode = event_mode(token, intent=True) if intent else "asserted"
        return "THREATEN", threat_mode, _type_rule("hostile_intent")
    return trigger.type, mode, None


def _type_rule(kind: str) -> str:
    """The id of the declared rule of ``kind`` by which ``coded_type`` changes a type."""
    return argument_rule(kind)["id"]


def _planned_act(token: Token, trigger: Trigger) -> bool:
    """A planned meeting (``mode.planned_act``: its types and verbs of gathering): "China will
    convene a meeting", "officials would meet this weekend" are the act itself with its
    mode, not a promise (AGREE); an offer on a condition ("would meet him if ...") and a
    trip ("will visit X to mediate") stay promises."""
    rule = argument_rule("planned_act")
    return (
        trigger.pos == "VERB"
        and trigger.source != "rule"
        and trigger.type in rule["types"]
        and token.lemma_.lower() in rule["lemmas"]
        and _has_intent(token)
        and not any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in rule["offer_marks"]
                                      for m in c.children)
            for c in token.children
        )
    )


# --------------------------------------------------------------------------- event details


def _clause_chain(token: Token) -> list[Token]:
    """The trigger and the verbs that govern it through complements and modifiers."""
    chain = [token]
    current = token
    governing = {"xcomp", "conj", "advcl", "acl", "ccomp"}
    while current.dep_ in governing and current.head.i != current.i:
        current = current.head
        chain.append(current)
        if len(chain) > 4:
            break
    if token.pos_ == "NOUN" and token.head.i != token.i:
        chain.append(token.head)
    return chain


def _own_clause(token: Token) -> list[Token]:
    """The trigger and the verbs it completes or is joined to ("will continue to exert",
    "will meet and sign"), not the clauses it modifies or reports."""
    clause = [token]
    current = token
    while current.dep_ in {"xcomp", "conj"} and current.head.i != current.i:
        current = current.head
        clause.append(current)
    return clause


def _planned_or_conditional(token: Token) -> bool:
    """A future act ("China will convene a meeting") or the main clause of a condition
    ("if they attack, we will respond"; an act noun as its subject: "U.N. sanctions can snap
    back if Tehran ..."): hypothetical (ANNOTATION.md mode: conditionals, intentions). The
    ``event_cues.json`` intent_words and conditional_marks; "even if" concedes, it sets no
    condition."""
    words = event_cues()
    clause = _own_clause(token)
    if any(
        c.dep_ == "aux" and c.lower_ in words["intent_words"] for v in clause for c in v.children
    ):
        return True
    if token.pos_ == "NOUN" and token.dep_ in SUBJECT and token.head.i != token.i:
        clause.append(token.head)
    for verb in clause:
        for child in verb.children:
            if child.dep_ != "advcl":
                continue
            marks = [m for m in child.children if m.dep_ == "mark"]
            if any(m.lower_ in words["conditional_marks"] for m in marks) and not any(
                m.i > 0 and child.doc[m.i - 1].lower_ == "even" for m in marks
            ):
                return True
    return False


NEGATION_DEPS = {"advmod", "neg", "det", "cc:preconj", "case", "mark"}


def _negated_here(verb: Token, words: dict) -> bool:
    """Whether a negation word hangs on ``verb`` itself ("did not attack"; not "not only",
    ``negation_cancelling_words``)."""
    cancelling = words["negation_cancelling_words"]
    return any(
        c.dep_ in NEGATION_DEPS
        and c.lower_ in words["negation_words"]
        and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in cancelling)
        for c in verb.children
    )


def event_mode(token: Token, *, intent: bool = False) -> EventMode:
    """negated, hypothetical, speculative or asserted, from the trigger's clause.

    token (Token): the trigger.
    intent (bool): the event is the stated intent itself (see ``coded_type``): its intent
        markers ("will", "would", "plans to") do not make it hypothetical.
    """
    words = event_cues()
    ignored = (
        set(words["intent_words"])
        | set(words["reported_intent_words"])
        | set(words["intent_heads"])
        if intent
        else set()
    )
    chain = _clause_chain(token)
    own = [token, *chain[1:2]] if token.dep_ == "xcomp" else [token]
    negating_head = token.dep_ == "xcomp" and token.head.lemma_.lower() in words["negating_heads"]
    if negating_head and _negated_here(token.head, words):
        own = [token]  # "did not hesitate to attack", "never fail to honor": it is done
    elif negating_head:
        return "negated"
    if any(_negated_here(verb, words) for verb in own):
        return "negated"
    if (
        token.dep_ == "acl"
        and token.head.lemma_.lower() in words["negating_head_nouns"]
        and any(c.dep_ == "mark" and c.lower_ == "to" for c in token.children)
    ):
        return "negated"  # "its reluctance to endorse the proposal", "failure to comply"
    if token.dep_ in {"acl", "advcl"} and token.head.lower_ in words["nothing_words"] and any(
        c.dep_ == "mark" and c.lower_ == "to" for c in token.children
    ):
        return "negated"  # "has done nothing to threaten Russia"
    if token.dep_ == "ccomp" and token.head.lemma_.lower() in words["denying_heads"]:
        return "negated"  # "denied that it had withdrawn"
    for verb in chain:
        for child in verb.children:
            if (
                child.dep_ in {"aux", "mark"}
                and child.lower_ in words["hypothetical_words"]
                and (child.lower_ not in ignored)
            ):
                return "hypothetical"
    if not intent and _planned_or_conditional(token):
        return "hypothetical"
    if _under_condition_noun(token):  # "in the event that Putin does launch an invasion"
        return "hypothetical"
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "to unite and mobilize"
        clause = clause.head
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    to_clause = clause.dep_ == "xcomp" or (clause.dep_ == "advcl" and "to" in marks)
    head_word = clause.head.lemma_.lower()
    if to_clause and head_word in words["hypothetical_heads"] and head_word not in ignored:
        return "hypothetical"  # "urged X to withdraw", "called on X to mobilize"
    if marked(chain, words["speculative_words"], {"aux", "advmod", "amod", "mark"}):
        return "speculative"
    if _under_hearsay(token) or (token.dep_ == "conj" and _under_hearsay(token.head)):
        return "speculative"  # also "accused of targeting and killing civilians"
    return "asserted"


def _under_condition_noun(token: Token) -> bool:
    """Whether the act lies inside "in the event (that/of) ..." or "in case ...": a
    condition (``condition_nouns`` with "in"), not a report ("sanctions planned in the event
    that Putin does launch an invasion")."""
    nouns = event_cues()["condition_nouns"]
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            return False
        if node.dep_ == "advcl" and node.left_edge.i >= 2:  # "in the event that" hung apart
            before = node.doc[node.left_edge.i - 1]
            before = before.nbor(-1) if before.lower_ == "that" and before.i >= 1 else before
            if _condition_noun(before, nouns):
                return True
        node = node.head
        if _condition_noun(node, nouns):
            return True
    return False


def _condition_noun(token: Token, nouns: list[str]) -> bool:
    """Whether ``token`` is "event" or "case" after "in" ("in the event", "in case")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in nouns and any(
        c.dep_ == "case" and c.lower_ == "in" for c in token.children
    )


def event_date(doc: Document, sentence_id: int, offset: int) -> str | None:
    """The sentence's own date nearest the trigger, else the nearest earlier one in the
    same paragraph, else None. A date inside another clause under the trigger ("a truce
    that expired in October") is that clause's."""
    index = _DateIndex.of(doc)
    own = list(index.by_sentence.get(sentence_id, []))
    spacy_doc = doc.layers.get("spacy")
    trigger = spacy_doc.char_span(offset, offset + 1, alignment_mode="expand") if (
        spacy_doc is not None and spacy_doc.has_annotation("DEP")
    ) else None
    if trigger is not None:
        own = [d for d in own if not _in_other_clause(spacy_doc, d, trigger.root)]
    if own:
        value = min(own, key=lambda d: abs(d.start - offset)).value
    elif trigger is not None and _not_past(trigger.root):
        return None  # "Turkey continues to bomb ...": not the time of the sentence before
    else:
        value = index.last_before(doc, offset)
    if trigger is not None and _past_after_publication(value, trigger.root, doc):
        return None  # "Eighteen years later, X murdered ..." misread as a future year
    return value


def _past_after_publication(value: str | None, trigger: Token, doc: Document) -> bool:
    """Whether ``value`` starts after the publication date while the trigger is a verb in the
    simple past: a reported act cannot lie after its report, so the date is misread."""
    published = doc.metadata.published
    if not value or not published or trigger.tag_ != "VBD":
        return False
    first = value.split("/")[0]
    return first > published[: len(first)]


class _DateIndex:
    """A document's dates by sentence and in order of their starts, made once per date list
    and kept in ``doc.layers`` (``event_date`` runs once per event: scans were quadratic)."""

    def __init__(self, dates: list[DateMention]) -> None:
        self.dates = dates
        self.count = len(dates)
        self.by_sentence: dict[int, list[DateMention]] = {}
        for date in dates:  # each sentence's dates in list order
            self.by_sentence.setdefault(date.sentence, []).append(date)
        self.ordered = sorted(range(len(dates)), key=lambda n: (dates[n].start, n))
        self.starts = [dates[n].start for n in self.ordered]

    @classmethod
    def of(cls, doc: Document) -> _DateIndex:
        index = doc.layers.get("events.date_index")
        if index is None or index.dates is not doc.dates or index.count != len(doc.dates):
            index = doc.layers["events.date_index"] = cls(doc.dates)
        return index

    def last_before(self, doc: Document, offset: int) -> str | None:
        """The value of the date that starts last among those ending by ``offset`` in its
        paragraph (the first listed of equal starts), else None."""
        paragraph = Paragraphs.of(doc).holding(offset)
        floor = paragraph.start if paragraph is not None else None
        best: tuple[int, int] | None = None  # (start, place in the list)
        for position in range(bisect_right(self.starts, offset) - 1, -1, -1):
            number = self.ordered[position]
            date = self.dates[number]
            if (floor is not None and date.start < floor) or (
                best is not None and date.start < best[0]
            ):
                break
            if date.end <= offset:
                best = (date.start, number)  # equal starts are met by falling place
        return self.dates[best[1]].value if best is not None else None


CLAUSE_DEPS = {"acl:relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"}


def _not_past(trigger: Token) -> bool:
    """Whether the trigger's clause is in the present or future tense ("continues to bomb",
    "will strike", "strikes"), which an earlier sentence's date does not date."""
    verb = trigger
    while verb.dep_ in {"xcomp", "conj"} and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in {"aux", "aux:pass"}]
    words = {c.lower_ for c in verb.children if c.dep_ in {"aux", "aux:pass"}}
    return tags[-1 if len(tags) > 1 else 0] in {"VBZ", "VBP"} or bool(
        words & event_cues()["intent_words"]  # "will", "'ll", "’ll", "shall"
    )


def _in_other_clause(spacy_doc: Doc, date: DateMention, trigger: Token) -> bool:
    """Whether the date hangs on a clause below the trigger ("met ... to discuss a truce that
    expired in October"), not on the trigger's own."""
    span = spacy_doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return False
    if trigger.dep_ in {"acl:relcl", "acl"} and span.root.i not in {
        t.i for t in trigger.subtree
    }:
        return True  # "attacks that Riyadh blamed on Iran": the main clause's date is not its
    crossed = False
    current = span.root
    while current.head.i != current.i:
        if current.i == trigger.i:
            return crossed
        crossed = crossed or current.dep_ in CLAUSE_DEPS
        current = current.head
    return current.i == trigger.i and crossed


def _attribution_for(attributions: list[Attribution], offset: int) -> str | None:
    """The id of the first attribution whose claim holds ``offset``."""
    global _CLAIMS
    cached = _CLAIMS  # read once: another thread may replace it
    if cached[0] is not attributions or cached[1] != len(attributions):
        cached = _CLAIMS = (attributions, len(attributions), _ClaimIndex(attributions))
    return cached[2].first_holding(offset)


class _ClaimIndex:
    """Claims in list order, asked for the first one holding an offset by bisection when
    their starts are in order (as ``find_attributions`` leaves them), else by a scan."""

    def __init__(self, attributions: list[Attribution]) -> None:
        self.attributions = attributions
        self.starts = [a.claim.start for a in attributions]
        self.in_order = self.starts == sorted(self.starts)
        self.reach: list[int] = []  # the furthest claim end up to each place
        for attribution in attributions:
            self.reach.append(max([attribution.claim.end, *self.reach[-1:]]))

    def first_holding(self, offset: int) -> str | None:
        if not self.in_order:
            return next(
                (a.id for a in self.attributions if a.claim.start <= offset < a.claim.end),
                None,
            )
        first = bisect_right(self.reach, offset)  # the first claim ending after offset
        if first < bisect_right(self.starts, offset):  # ... that starts by offset
            return self.attributions[first].id
        return None


# The last attribution list asked about and its index (events ask once per event).
_CLAIMS: tuple[list[Attribution] | None, int, _ClaimIndex | None] = (None, 0, None)


CONFIDENCE_BY_HOW = {
    "subject": 0.85,
    "agent": 0.85,
    "relative": 0.75,
    "possessor": 0.75,
    "modifier": 0.7,
    "role": 0.7,
    "controller": 0.65,
    "pronoun": 0.55,
    "rule": 0.7,
    "handed_on": 0.6,
    "instrument": 0.65,
    "source.attack_agent": 0.65,
    "source.verbless_root": 0.6,
    "source.reported_speaker": 0.65,
    "source.quoted_speaker": 0.7,
    "source.described": 0.55,
    "source.agentless": 0.5,
    "source.between": 0.6,
    "source.accused": 0.55,
}


def _confidence(how: str, trigger: Trigger, target: Entity | TextSpan | None) -> float:
    value = CONFIDENCE_BY_HOW.get(how, 0.5)
    value -= 0.1 if trigger.pos == "NOUN" else 0.0
    value += 0.05 if target is not None else 0.0
    value -= 0.05 if trigger.source == "cameo" else 0.0
    return round(min(0.95, max(0.1, value)), 2)


def _handed_on(token: Token, index: EntityIndex) -> list[tuple[Entity, str]] | None:
    """Actors a "was followed by A, B and C" (or "A followed suit") hands an event on to."""
    if token.lemma_.lower() not in event_cues()["handing_on_verbs"] or token.pos_ != "VERB":
        return None
    if is_passive(token):
        # what is followed is an actor ("They were followed by A", "Hamas was followed by
        # A"), not an act ("talks were followed by U.S. military action")
        followed = [c for c in token.children if c.dep_ in PASSIVE_SUBJECT]
        if not any(c.pos_ == "PRON" or index.entity_at(c) is not None for c in followed):
            return None
        agents = [c for c in token.children if c.dep_ in AGENT]
        agents += [n for marker, n in prep_args(token) if marker == "by"]
        agents = [a for a in agents if index.entity_at(a) is not None]
        return _actors([(a, "handed_on") for a in agents], index) or None
    if any(c.dep_ in OBJECT and c.lower_ == "suit" for c in token.children):
        return (
            _actors([(c, "handed_on") for c in token.children if c.dep_ in SUBJECT], index) or None
        )
    return None


OPINION_LIMIT = 0.6  # sentences scored above this are a view: their events are marked
OPINION_CONFIDENCE = 0.15  # what an event loses in such a sentence


def _skip_sentence(doc: Document, sentence_id: int) -> bool:
    """Questions and headings report no events."""
    sentence = doc.sentence(sentence_id)
    if sentence is None:
        return False
    return sentence.kind in {"question", "heading"} or sentence.is_question


def _in_opinion(doc: Document, sentence_id: int) -> bool:
    """Whether the sentence is clearly an opinion (its events are marked, not dropped)."""
    sentence = doc.sentence(sentence_id)
    return (
        sentence is not None
        and sentence.kind == "opinion"
        and sentence.opinion_score > OPINION_LIMIT
    )


def _refers_back(event: Event, earlier: list[Event]) -> bool:
    """An event noun with no target repeating a recent event's type and source ("Maliki
    accused ... Maliki's accusations were ...") names that event again."""
    if _target_key(event) is not None:
        return False
    for e in reversed(earlier):  # in text order: only the last sentences' are read
        if event.sentence - e.sentence > HAND_ON_DISTANCE:
            return False
        if e.type == event.type and e.source == event.source:
            return True
    return False


def _in_relative_clause(doc: Document, event: Event) -> bool:
    """Whether an event's trigger stands in a relative clause (what describes a thing the
    sentence names, not what it asserts)."""
    token = doc.layers["spacy"].char_span(
        event.trigger.start, event.trigger.end, alignment_mode="expand"
    )
    return token is not None and any(
        t.dep_ in {"relcl", "acl:relcl"} for t in (token.root, *token.root.ancestors)
    )


def _alleged_acts(doc: Document, events: list[Event]) -> list[Event]:
    """ACCUSE from a named source to the actor of a hostile act its claim reports
    (``event.alleged_act``: "X said the shipments were sent by Moscow to arm the rebels"),
    not the source's own act nor its own side's (the same state's code, but for a rebel or
    opposition sector: "the Pentagon said U.S. forces struck ..."), nor an act of that kind
    by the actor's side the text tells as a fact elsewhere (outside any claim, or in a claim
    of the actor's own side). Each claim looks up only the acts inside it (linear cost)."""
    rule = argument_rule("alleged_act")
    entities = {e.id: e for e in doc.entities}
    rivals = set(rule["rival_sectors"])

    def side(entity: Entity) -> str | None:
        """The state whose side an actor is on, by its code; none for a rebel sector."""
        code = entity.code or ""
        return code[:3] if len(code) >= 3 and code[3:6] not in rivals else None

    def same_side(one: Entity, other: Entity) -> bool:
        """One state's side; or a body named after the other ("Israel Atomic Energy
        Commission", Israel)."""
        if f" {other.name.lower()} " in f" {one.name.lower()} ":
            return True
        return side(one) is not None and side(one) == side(other)

    speakers = {a.id: entities.get(a.source or "") for a in doc.attributions}
    told: set[tuple[str, str]] = set()  # (type, actor id or side) told as a fact
    for event in events:
        actor = entities.get(event.source or "")
        speaker = speakers.get(event.attributed_to or "")
        if actor is None or not (
            event.attributed_to is None
            or (speaker is not None and (speaker.id == actor.id or same_side(speaker, actor)))
        ):
            continue  # "Hegseth said our strikes ...": the actor's own side tells it
        told.add((event.type, actor.id))
        if side(actor) is not None:
            told.add((event.type, f"side:{side(actor)}"))
    acts = sorted(
        (e for e in events if e.type in rule["types"] and e.mode == "asserted"),
        key=lambda e: e.trigger.start,
    )
    starts = [e.trigger.start for e in acts]
    accused_pairs = {(e.sentence, e.source, e.target) for e in events if e.type == "ACCUSE"}
    alleged: list[Event] = []
    for attribution in doc.attributions:
        accuser = entities.get(attribution.source or "")
        if accuser is None or accuser.type not in rule["accuser_types"]:
            continue  # "the UN refugee agency reported": a report, no party's charge
        claim = attribution.claim
        inside = acts[bisect_left(starts, claim.start) : bisect_left(starts, claim.end)]
        for act in inside:
            accused = entities.get(act.source or "")
            if (
                accused is None
                or (act.target is None and act.target_text is None)  # "the China threat"
                or accused.id == accuser.id
                or same_side(accuser, accused)
                or (act.type, accused.id) in told
                or (act.type, f"side:{side(accused)}") in told
                or (act.sentence, accuser.id, accused.id) in accused_pairs
                or _in_relative_clause(doc, act)  # "return a helicopter that was captured"
            ):
                continue
            accused_pairs.add((act.sentence, accuser.id, accused.id))
            alleged.append(
                Event(
                    id="",
                    type="ACCUSE",
                    source=accuser.id,
                    target=accused.id,
                    date=act.date,
                    location=act.location,
                    attributed_to=attribution.id,
                    sentence=act.sentence,
                    trigger=act.trigger,
                    confidence=act.confidence,
                    rules=[rule["id"]],
                )
            )
    return alleged


def find_events(doc: Document, *, lexicon: TriggerLexicon | None = None) -> list[Event]:
    """Every PLOVER event in ``doc`` with a source actor (see the module notes).

    doc (Document): with the ``spacy``, ``sentences``, ``entities``, ``dates`` and
        ``attributions`` layers.
    lexicon (TriggerLexicon | None): default ``load_triggers()``.
    RETURNS (list[Event]): in text order.
    """
    spacy_doc = doc.layers.get("spacy")
    if spacy_doc is None or not spacy_doc.has_annotation("DEP"):
        return []
    lexicon = lexicon if lexicon is not None else load_triggers()
    index = EntityIndex(doc)
    apply_stand_ins(doc, index)
    listed = lexicon_words(spacy_doc, lexicon)
    forms, lemmas = _forms_and_lemmas(spacy_doc)
    events: list[Event] = []
    unspoken: list[Event] = []  # acts with no actor, which a later mention may name again
    previous: Event | None = None
    for sentence in spacy_doc.sents:
        text_start = sentence.start_char
        sentence_id = doc.sentence_at(text_start) if doc.sentences else 0
        if _skip_sentence(doc, sentence_id):
            continue
        if previous is not None and sentence_id - previous.sentence > HAND_ON_DISTANCE:
            previous = None
        tokens = list(sentence)  # each reader walks them: spaCy makes a Token per visit
        here = slice(sentence.start, sentence.end)
        words = words_of(forms[here], lemmas[here])  # sentence_words(tokens), from the columns
        found_here = find_triggers(tokens, lexicon, index, words, listed)
        for read, kinds in SENTENCE_READERS:  # only where a word one of its rules needs is
            if any_cued(kinds, words):
                found_here += read(doc, tokens, index)
        nouns_here = {f.token.text for f in found_here if f.trigger.pos == "NOUN"}
        handed: list[Event] = []
        handing_on = previous is not None and not words.isdisjoint(
            event_cues()["handing_on_verbs"]
        )  # a word that hands the last event on ("followed suit") is needed
        for token in tokens if handing_on else ():
            actors = _handed_on(token, index)
            if actors and previous is not None:
                handed += _hand_on(doc, token, actors, previous, index, sentence_id)
        for found in found_here:
            _answer_claimant(found, events, sentence_id, index)
            _answer_accuser(found, events, sentence_id, index)
        new_events = _sentence_events(doc, found_here, sentence_id) + handed
        unspoken += _unspoken_acts(doc, found_here, sentence_id)
        new_events.sort(key=lambda e: e.trigger.start)
        for event in _deduplicate(new_events):
            if event.trigger.text in nouns_here and _refers_back(event, events):
                continue
            event.id = f"E{len(events) + 1}"
            events.append(event)
        if new_events:
            previous = max(new_events, key=lambda e: e.trigger.start)
    events = link_back(doc, events, unspoken)
    events = _agentless_passives(doc, events, unspoken)
    events = sorted(events + _alleged_acts(doc, events), key=lambda e: e.trigger.start)
    for number, event in enumerate(events, 1):
        event.id = f"E{number}"
    return events


def _agentless_passives(doc: Document, events: list[Event], unspoken: list[Event]) -> list[Event]:
    """``source.agentless_passive``: an act reported in the past passive with no agent and
    no earlier act to name it ("Wiranto was stabbed", "two suspects were arrested") is an
    event with source null, as the annotation guide codes an act whose actor the text does
    not give, when its victims are counted ("90 civilians were wounded") or a named person.
    Not a bare description ("the man was then shot": whom the text tells of around it), not
    when an event of its type with an actor is in its sentence or the one before (the act
    told there, which an annotator resolves), nor when the victims are a hostile group most
    often killed by forces named around them ("16 terrorists were killed")."""
    spacy_doc = doc.layers.get("spacy")
    if spacy_doc is None or not unspoken:
        return events
    rule = argument_rule("agentless_passive")
    resolved = {w.lower() for w in rule["resolved_targets"]}
    added: list[Event] = []
    for act in unspoken:
        if act.source is not None or act.type not in rule["types"]:
            continue
        span = spacy_doc.char_span(act.trigger.start, act.trigger.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        verb = span[-1]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in rule["verbs"]:
            continue
        children = list(verb.children)
        past = rule["past_auxiliaries"]
        if not any(c.dep_ in PASSIVE_AUX and c.lower_ in past for c in children):
            continue  # "is attacked", "will be arrested": no act reported as done
        if any(c.dep_ in AGENT for c in children) or any(
            marker in rule["act_prepositions"]
            and not _place_or_time(doc, noun, rule)
            and noun.lower_ not in rule["link_nouns"]  # "arrested in connection with"
            for marker, noun in prep_args(verb)
        ):
            continue  # "killed by militants", "killed in the attack": another rule's
        subjects = [c for c in children if c.dep_ in PASSIVE_SUBJECT]
        if not subjects or any({s.lemma_.lower(), s.lower_} & resolved for s in subjects):
            continue
        if verb.lemma_.lower() in rule["release_verbs"] and not _released_from_custody(
            verb, subjects, rule
        ):
            continue  # "Trump was released from the hospital", "354 passengers were freed"
        if any(
            c.lower_ in rule["continuing_words"] and c.dep_ not in {"conj", "cc"}
            for s in subjects
            for c in s.children
        ) or any(
            c.dep_ == "advmod" and c.lower_ in rule["continuing_words"] for c in children
        ):
            continue  # "seven other people were killed", "were also killed": an act told before
        if any(
            s.lower_ in rule["no_victim_words"]
            or any(c.lower_ in rule["no_victim_words"] for c in s.children)
            for s in subjects
        ):
            continue  # "no troops were injured": no act
        victim = next((e for e in doc.entities if e.id == act.target), None)
        if victim is not None and not any(
            m.start <= s.idx < m.end for m in victim.mentions for s in subjects
        ):
            continue  # a name that only modifies the victims: "a Trump supporter was shot"
        named = victim is not None and victim.type in rule["named_victim_types"]
        deliberate = verb.lemma_.lower() in rule["deliberate_verbs"]
        if not named and not any(
            s.pos_ == "NUM"
            or any(c.dep_ == "nummod" for c in s.children)
            or _vaguely_counted(s, rule, bare=act.type in rule["bare_plural_types"])
            or (deliberate and any(c.lower_ in {"a", "an"} for c in s.children if c.dep_ == "det"))
            for s in subjects
        ):
            continue  # "the man was then shot": whom the text tells of around it
        if any(
            e.type == act.type
            and (e.source is not None or e.source_text is not None)
            and 0 <= act.sentence - e.sentence <= rule["sentences_back"]
            for e in events
        ):
            continue
        if any(_same_event(act, e) for e in (*events, *added)):
            continue
        act.rules = [*(r for r in act.rules if r != "source.agentless"), rule["id"]]
        added.append(act)
    return sorted([*events, *added], key=lambda e: e.trigger.start) if added else events


def _in_a_date(doc: Document, token: Token) -> bool:
    """Whether ``token`` is a word of a date the dates layer found ("on Monday")."""
    return any(d.start <= token.idx < d.end for d in doc.dates)


def _object_of_no_actor(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` has a common-noun object (or passive subject) and none that names
    someone, which then names no actor where the caller asks. Someone: a name, even one no
    entity holds, or a title before one ("met Japanese national security advisor Akiba"), or
    whom the speaker addresses ("glad to meet you"). No object: a phrase, a date or an adverb
    the parser took for one ("met virtually as part of", "was to meet Monday", "meet face to
    face with")."""
    cues = event_cues()
    addressed = set(cues["interlocutor_pronouns"])
    objects = [c for c in verb.children if c.dep_ in OBJECT | PASSIVE_SUBJECT]
    if any(
        c.pos_ == "PROPN"
        or c.lower_ in addressed
        or any(g.pos_ == "PROPN" and g.dep_ in {"appos", "flat", "flat:name"} for g in c.children)
        for c in objects
    ):
        return False
    return any(
        c.lower_ not in cues["adverbial_objects"]
        and not any(g.dep_ == "case" for g in c.children)
        and not _in_a_date(doc, c)
        for c in objects
    )


def _occurring_act(noun: Token, trigger: Trigger) -> bool:
    """Whether an act noun with no actor is the subject of a verb of its happening
    ("Protests erupted across Iraq", "the protests began in early October"), with no modal
    ("protests could spread"): ``source.occurring_act``, an event with source null."""
    rule = argument_rule("occurring_act")
    verb = noun.head
    return (
        trigger.type in rule["types"]
        and noun.dep_ in SUBJECT
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in rule["verbs"]
        and not any(c.dep_ == "aux" and c.lower_ in rule["modals"] for c in verb.children)
    )


def _released_from_custody(verb: Token, subjects: list[Token], rule: dict) -> bool:
    """Whether a release frees someone held: a captive the subject names ("hostages",
    "prisoners") or custody a phrase names ("released from jail", "freed on bail")."""
    if any(s.lemma_.lower() in rule["captive_nouns"] for s in subjects):
        return True
    return any(noun.lemma_.lower() in rule["custody_nouns"] for _, noun in prep_args(verb))


def _vaguely_counted(subject: Token, rule: dict, *, bare: bool) -> bool:
    """Whether a passive subject introduces its victims without a number: counted vaguely
    ("dozens of people", "several journalists") or, with ``bare``, a bare plural of people
    ("civilians", "women"), not a group the text has named before ("the soldiers", "its
    fighters")."""
    if subject.lower_ in rule["count_nouns"]:
        return True
    modifiers = list(subject.children)
    if any(c.lower_ in rule["count_words"] for c in modifiers):
        return True
    return bare and (
        subject.tag_ in {"NNS", "NNPS"} or subject.lower_ == "people"
    ) and subject.lemma_.lower() in rule["victim_nouns"] and not any(
        c.dep_ in {"det", "poss", "nmod:poss"} for c in modifiers
    )


def _place_or_time(doc: Document, noun: Token, rule: dict) -> bool:
    """Whether ``noun`` is a place actor of the rule's ``place_types``, a common noun of a
    place (``place_nouns``) or a date the text names ("killed in Kabul", "killed in the
    village", "arrested in January"), not an act ("killed in the attack")."""
    at = noun.idx
    if noun.lemma_.lower() in rule["place_nouns"] or noun.lower_ in rule["place_nouns"]:
        return True  # "killed in the village"
    return _in_a_date(doc, noun) or any(
        m.start <= at < m.end
        for e in doc.entities
        if e.type in rule["place_types"]
        for m in e.mentions
    )


def _unspoken_acts(doc: Document, found_here: list[Found], sentence_id: int) -> list[Event]:
    """The acts with a target and no actor ("a car bomb was rammed into a base", "dozens died
    in the attack"): no event of their own, but what a later "the attack" may name again, or
    an event once the act they name gives them an actor (see ``event_chains``)."""
    sourceless = [replace(f, unnamed=[None]) for f in found_here if not f.sources and not f.unnamed]
    return [e for e in _sentence_events(doc, sourceless, sentence_id) if _target_key(e)]


def _speakers(doc: Document, token: Token, index: EntityIndex) -> list[tuple[Entity, str]]:
    """Who says the words at ``token``: the named source of the claim it is in, else (outside
    any claim) the speaker of its transcript turn or the issuer of a text issued in someone's
    name."""
    claims = [a for a in doc.attributions if a.claim.start <= token.idx < a.claim.end]
    if not claims:  # a quotation running on into later sentences: the opinion stage's holder
        sentence = doc.sentences[doc.sentence_at(token.idx)] if doc.sentences else None
        holder = sentence.opinion_holder if sentence is not None else None
        claims = [a for a in doc.attributions if a.id == holder]
    if claims:
        entity = index.by_id.get(claims[0].source or "")
        return [(entity, "rule")] if entity is not None else []
    # the references stage read the turns once per document (a look-up per word had read
    # every paragraph: quadratic)
    return [(entity, "rule") for entity in speakers_at(doc, token.idx)]


def _time_for_requests(doc: Document, sentence: Iterable[Token], index: EntityIndex) -> list[Found]:
    """"It is time for X to ...", "it is (now) up to X to ...": the speaker's REQUEST to X
    (declared rule event.time_for_request)."""
    rule = argument_rule("time_for_request")
    markers = {tuple(m.split()) for m in rule["predicate_markers"]}
    found: list[Found] = []
    for token in sentence:
        if _up_to_actor(token, markers, rule["deferring_verbs"]):  # "It is now up to Iran to"
            heads = [token]
        else:
            heads = _time_for_actors(token, rule)
        targets = [e for h in heads for e in _targets_of(h, index) if e is not None]
        sources = _speakers(doc, token, index) if targets else []
        sources = [(s, how) for s, how in sources if all(s.id != t.id for t in targets)]
        if sources:
            trigger = Trigger(
                lemma=token.lower_, pos="VERB", type=rule["type"], source="rule", id=rule["id"]
            )
            found.append(Found(token, trigger, sources, list(targets), set()))
    return found


def _voiced_obligations(
    doc: Document, sentence: Iterable[Token], index: EntityIndex
) -> list[Found]:
    """"Russia must stop its aggression", said in someone's own voice: a REQUEST to the
    subject by the speaker (the named source of the claim it is in, else the issuer or the
    turn's speaker; declared rule event.voiced_obligation). A reported obligation ("said
    Sudan must return ...") is ``_obligations``' own; not a passive, a subordinate clause or
    one of the rule's ``idle_verbs`` ("must understand", "must be")."""
    rule = argument_rule("voiced_obligation")
    reporting = set(cues()["reporting_verbs"])
    found: list[Found] = []
    for token in sentence:
        if token.pos_ != "VERB" or token.dep_ not in rule["clause_deps"]:
            continue
        modal = next(
            (c for c in token.children if c.dep_ == "aux" and c.lower_ in rule["modals"]), None
        )
        if modal is None or is_passive(token) or token.lemma_.lower() in rule["idle_verbs"]:
            continue
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in reporting:
            continue  # "said Sudan must return ...": a reported obligation
        subjects = [c for c in token.children if c.dep_ in SUBJECT]
        if not subjects:
            continue
        targets, _ = _addressees(subjects[0], index)
        sources = _speakers(doc, token, index) if targets else []
        targets = [t for t in targets if all(t.id != s.id for s, _ in sources)]
        if sources and targets:
            trigger = Trigger(
                lemma=modal.lower_, pos="VERB", type=rule["type"], source="rule", id=rule["id"]
            )
            found.append(Found(modal, trigger, sources, list(targets), set()))
    return found


def _time_for_actors(token: Token, rule: dict) -> list[Token]:
    """The X of "it is (now) time for X to ...", with ``token`` the noun "time"."""
    if token.lower_ not in rule["nouns"] or not any(c.dep_ == "cop" for c in token.children):
        return []
    if not any(c.dep_ in SUBJECT and c.lower_ == "it" for c in token.children):
        return []
    clauses = [
        c for c in token.children
        if c.dep_ in {"acl", "xcomp", "advcl", "ccomp"}
        and any(m.dep_ == "mark" and m.lower_ == "to" for m in c.children)
    ]
    heads = [n for marker, n in prep_args(token) if marker == "for"] if clauses else []
    return heads + [
        s for c in clauses if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for s in c.children if s.dep_ in SUBJECT
    ]


def _up_to_actor(token: Token, markers: set[tuple[str, ...]], deferring: list[str]) -> bool:
    """Whether ``token`` is the actor of "it is (now) up to X to ..." / "it is for X to ...":
    the predicate, with those case words, "it" as subject and a "to" clause after it whose
    verb asks for an act, not defers a choice ("it is for the Ukrainians to decide")."""
    if token.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return False
    cases = tuple(  # "up" is a case word or an adverb to the parser
        c.lower_ for c in token.children
        if c.dep_ == "case" or (c.dep_ == "advmod" and c.lower_ == "up")
    )
    if cases not in markers or not any(c.dep_ == "cop" for c in token.children):
        return False
    if not any(c.dep_ in SUBJECT | {"expl"} and c.lower_ == "it" for c in token.children):
        return False
    clauses = [*token.children, *(token.head.children if token.head is not token else ())]
    return any(
        c.i > token.i
        and c.dep_ in {"acl", "xcomp", "advcl", "ccomp", "csubj"}
        and any(m.dep_ == "mark" and m.lower_ == "to" for m in c.children)
        and c.lemma_.lower() not in deferring
        for c in clauses
    )


def _is_act(noun: Token, rule: dict) -> bool:
    """Whether a noun names an act: one of the rule's ``act_nouns`` ("actions", "behavior")
    or an event noun of the lexicon of one of its ``act_types`` ("attacks", "detention")."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if noun.lemma_.lower() in rule["act_nouns"] or noun.lower_ in rule["act_nouns"]:
        return True
    matched = best_trigger(noun, load_triggers())
    return matched is not None and matched[0].pos == "NOUN" and matched[0].type in rule["act_types"]


def _predicate_of(word: Token, rule: dict) -> Token | None:
    """The clause head that carries ``word`` as the judgment of a subject: the predicate
    itself ("are illegal", "is a betrayal"), or a linking verb whose object it is
    ("constitutes a blatant violation", "pose a danger"); None otherwise."""
    if any(c.dep_ == "cop" for c in word.children):
        return word
    head = word.head
    if word.dep_ == "conj" and head.i != word.i:  # "are illegal, unacceptable"
        return _predicate_of(head, rule)
    if word.dep_ in OBJECT and head.lemma_.lower() in rule["linking_verbs"]:
        return head
    return None


def _judged_culprit(verb: Token) -> bool:
    """"Russia is to blame": a verb of ``event.culprit_predicate`` with a copula is the
    judgment of its subject (``_judged_acts`` reads it, the subject the target), not the
    subject's own act."""
    rule = argument_rule("culprit_predicate")
    return verb.lemma_.lower() in rule["predicates"] and _predicate_of(verb, rule) is verb


def _plain_statement(predicate: Token) -> bool:
    """Neither negated nor hypothetical, nor a condition or a question of degree ("would be
    unacceptable", "is not illegal", "if it is illegal")."""
    mode = event_mode(predicate)
    return mode not in {"negated", "hypothetical"} and not _is_condition(predicate)


def _judged_acts(doc: Document, sentence: Iterable[Token], index: EntityIndex) -> list[Found]:
    """A speaker's judgment as an accusation (declared rules ``event.evaluated_act`` and
    ``event.culprit_predicate``): an act called illegal, unacceptable, a violation ("Ongoing
    Houthi attacks are illegal", "this act constitutes a blatant violation"), or an actor
    called its perpetrator or responsible for it ("X are the suspected perpetrators", "X
    were responsible for the deaths"), is the speaker's ACCUSE against the act's owner or
    that actor. The speaker is the named source of the claim the words are in, else the
    issuer of a text issued in someone's name; the author's own judgment is no event."""
    found: list[Found] = []
    sentence = list(sentence)
    acts = argument_rule("evaluated_act")
    culprits = argument_rule("culprit_predicate")
    for token in sentence:
        word = token.lower_
        if word in acts["predicates"] or token.lemma_.lower() in acts["predicates"]:
            rule, head = acts, _predicate_of(token, acts)
        elif token.lemma_.lower() in acts["act_verbs"] and token.pos_ == "VERB":
            rule, head = acts, token
        elif word in culprits["predicates"] or token.lemma_.lower() in culprits["predicates"]:
            rule, head = culprits, _predicate_of(token, culprits)
        elif word in culprits["predicate_cases"] and token.dep_ == "case":  # "behind the attack"
            noun = token.head
            if not _is_act(noun, acts) or not any(c.dep_ == "cop" for c in noun.children):
                continue
            rule, head = culprits, noun
        else:
            continue
        if head is None or not _plain_statement(head):
            continue
        subjects = [c for c in head.children if c.dep_ in SUBJECT]
        if rule is acts:
            subjects = [s for s in subjects if _is_act(s, rule)]
            if not subjects:
                continue
            targets: list[Entity | None] = list(_act_actors(subjects[0], index)) or [None]
        else:
            named = [n for marker, n in prep_args(token) if marker in rule["act_prepositions"]]
            if token.lemma_.lower() in rule["needs_act"] and not any(
                _is_act(n, acts) or n.lemma_.lower() in rule["outcomes"] for n in named
            ):
                continue
            targets = [e for s in subjects[:1] for e in _targets_of(s, index) if e is not None]
            if not targets:
                continue
        # the judgment is asserted, whatever it calls the act ("the suspected perpetrators")
        act = _ruled_act(token, rule, _speakers(doc, token, index), targets)
        found += [act] if act else []
    return found


def _ruled_act(
    token: Token,
    rule: dict,
    sources: list[tuple[Entity, str]],
    targets: list[Entity | None],
) -> Found | None:
    """The asserted act a declared rule reads at ``token``, by its sources that are not its
    targets; None when no source is left."""
    taken = {t.id for t in targets if t is not None}
    sources = [(e, how) for e, how in sources if e.id not in taken]
    if not sources:
        return None
    trigger = Trigger(
        lemma=token.lower_, pos="VERB", type=rule["type"], source="rule", id=rule["id"]
    )
    return Found(token, trigger, sources, targets, set(), mode="asserted")


def _foretold(verb: Token, rule: dict) -> bool:
    """Whether a verb is said to come: a marker of the future or of a possibility on it
    ("will face", "may face", "would be held"), or a head of resolve it completes
    ("determined to bring ... to justice"); not negated, not a condition."""
    if event_mode(verb) == "negated" or _is_condition(verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ in rule["markers"] for c in verb.children):
        return True
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children):
        return verb.head.pos_ == "VERB" and _foretold(verb.head, rule)  # "will use ... to bring"
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in rule["resolve_heads"]


def _vowed_measures(verb: Token, objects: list[Token], rule: dict) -> bool:
    """"will take all necessary measures", "will continue to take any action necessary": a
    vow of whatever it takes (``event.consequence_threat`` measure_verbs, measure_nouns,
    necessity_words), future by one of measure_markers on the verb or on the "continue" it
    completes; not negated ("shall take all appropriate measures to implement this order"
    has neither the marker nor the word of necessity)."""
    if event_mode(verb) == "negated":
        return False
    necessary = any(
        o.lemma_.lower() in rule["measure_nouns"]
        and any(c.lower_ in rule["necessity_words"] for c in o.children)
        for o in objects
    )
    clause = [verb, verb.head] if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in rule[
        "continuing_heads"] else [verb]
    return necessary and any(
        c.dep_ == "aux" and c.lower_ in rule["measure_markers"]
        for v in clause for c in v.children
    )


def _same_country(entity: Entity, other: Entity | None) -> bool:
    """Whether two actors' codes name the same country ("PAKGOV" and "PAK")."""
    codes = [(e.code or "")[:3] for e in (entity, other) if e is not None]
    return len(codes) == 2 and len(codes[0]) == 3 and codes[0] == codes[1]


def _ultimatum(word: Token, rule: dict, index: EntityIndex) -> Found | None:
    """"urged Russia to accept a ceasefire or face further sanctions", "our call on third
    parties to cease ... or face severe costs", "an ultimatum to lift the blockade or face
    ...": the requester threatens the addressee. Read from the words "or face" and the
    requested "to" clause before them (the parser often takes this "face" for a noun)."""
    if word.lower_ not in rule["facing_verbs"] or word.i == 0 or word.nbor(-1).lower_ != "or":
        return None
    following = word.doc[word.i + 1 : min(word.i + 7, word.sent.end)]
    following = following[: next((t.i - word.i - 1 for t in following if t.is_punct), None)]
    if not any(t.lemma_.lower() in rule["consequence_nouns"] for t in following):
        return None
    clauses = [
        t for t in word.doc[word.sent.start : word.i]
        if t.dep_ in {"xcomp", "advcl", "acl"}
        and any(c.dep_ == "mark" and c.lower_ == "to" for c in t.children)
    ]
    if not clauses:
        return None
    asking = clauses[-1].head
    if asking.lemma_.lower() not in rule["asking_words"] and not any(
        c.dep_ in OBJECT and c.lemma_.lower() in rule["asking_words"] for c in asking.children
    ):
        return None
    if asking.pos_ == "VERB":
        requesters = clause_sources(asking, index)
        addressees = [
            c for c in asking.children if c.dep_ in OBJECT | INDIRECT_OBJECT
            and c.lemma_.lower() not in rule["asking_words"]
        ]
        addressees += [n for m, n in prep_args(asking) if m in {"on", "upon"}]
    else:  # the noun of asking: the verb that has it as object, its "on" phrase
        requesters = clause_sources(_governing_verb(asking), index)
        addressees = [n for m, n in prep_args(asking) if m in {"on", "upon"}]
    sources = _actors(requesters, index)
    targets: list[Entity | None] = [
        e for a in addressees[:1] for e in _targets_of(a, index) if e is not None
    ] or [None]
    return _ruled_act(word, rule, sources, targets)


def _consequence_threats(
    doc: Document, sentence: Iterable[Token], index: EntityIndex
) -> list[Found]:
    """A threat said without a verb of threatening (declared rule ``event.consequence_
    threat``): "Russia will face severe consequences", "those responsible will be held
    accountable" (the speaker threatens the subject: the claim's named source, else the
    issuer), "we will hold Putin accountable", "will bring to justice the perpetrators"
    (the subject threatens the object). The threat is asserted."""
    rule = argument_rule("consequence_threat")
    conditions = {"markers": rule["condition_marks"]}  # as target.threat_condition reads them
    found: list[Found] = []
    for token in sentence:
        lemma = token.lemma_.lower()
        ultimatum = _ultimatum(token, rule, index)
        if ultimatum is not None:
            found.append(ultimatum)
            continue
        verbs = (
            rule["facing_verbs"], rule["holding_verbs"], rule["justice_verbs"],
            rule["measure_verbs"], rule["response_verbs"],
        )
        if token.pos_ != "VERB" or not any(lemma in words for words in verbs):
            continue
        objects = [c for c in token.children if c.dep_ in OBJECT]
        if lemma in rule["measure_verbs"] and not _condition_subjects(token, conditions):
            if not _vowed_measures(token, objects, rule):
                continue
            accused, by_speaker = [], False
        elif not _foretold(token, rule):
            continue
        elif lemma in rule["response_verbs"] or lemma in rule["measure_verbs"]:
            if lemma in rule["measure_verbs"] and not any(
                o.lemma_.lower() in rule["measure_nouns"] for o in objects
            ):
                continue
            if any(c.lower_ in rule["friendly_manners"] for c in token.children):
                continue  # "we will also react positively": a promise, no threat
            # "will respond if Russia invades": the one whose act is the condition
            accused, by_speaker = _condition_subjects(token, conditions), False
            if not any(e for a in accused for e in _targets_of(a, index)):
                continue  # "if they violate these norms" with "they" unread: no one named
        elif lemma in rule["facing_verbs"]:
            nouns = [n for o in objects for n in (o, *o.children) if n.dep_ in OBJECT | {
                "compound", "nmod"}]
            if not any(n.lemma_.lower() in rule["consequence_nouns"] for n in nouns):
                continue
            if any(m in rule["giver_prepositions"] for m, _ in prep_args(token)):
                continue  # "may face sanctions from the FATF": a report, not the speaker's threat
            accused, by_speaker = [c for c in token.children if c.dep_ in SUBJECT], True
        elif lemma in rule["holding_verbs"]:
            if not any(
                c.dep_ in {"xcomp", "advmod", "obl"} and c.lower_ in rule["accountable_words"]
                for c in token.children
            ):
                continue
            by_speaker = is_passive(token)
            accused = [c for c in token.children if c.dep_ in (
                PASSIVE_SUBJECT if by_speaker else OBJECT)]
        elif lemma in rule["justice_verbs"]:
            if not any(m == "to" and n.lower_ == "justice" for m, n in prep_args(token)):
                continue
            accused, by_speaker = objects, False
        else:
            continue
        if any(a.lower_ in rule["first_person"] for a in accused):
            continue  # "we may face sanctions": no threat
        targets: list[Entity | None] = [
            e for a in accused[:1] for e in _targets_of(a, index) if e is not None
        ] or [None]
        if by_speaker:
            sources = _speakers(doc, token, index)
        else:
            sources = _actors(clause_sources(token, index), index)
        sources = [  # no one threatens his own country
            (e, how) for e, how in sources
            if all(t is None or (t.id != e.id and not _same_country(e, t)) for t in targets)
        ]
        if sources:
            trigger = Trigger(
                lemma=token.lower_, pos="VERB", type=rule["type"], source="rule", id=rule["id"]
            )
            found.append(Found(token, trigger, sources, targets, set(), mode="asserted"))
    return found


def _crime_accusers(verb: Token, doc: Document, index: EntityIndex, rule: dict) -> list:
    """Who says a crime was committed: the subject of a verb of stating or finding whose
    clause it is ("assesses that ... have committed war crimes"), the owner of a statement
    it is the content of ("Biden's statement that war crimes had been committed"), the
    speaker of a main clause; none under any other verb ("denied committing ...")."""
    head = verb.head
    if verb.dep_ == "ccomp":
        if head.lemma_.lower() not in rule["stating_verbs"]:
            return []
        return _actors(clause_sources(head, index), index)
    if verb.dep_ == "acl" and head.lemma_.lower() in rule["stating_nouns"]:
        owners = [c for c in head.children if c.dep_ in POSSESSOR and c.pos_ != "PRON"]
        return _actors([(o, "possessor") for o in owners], index) or _speakers(doc, verb, index)
    if verb.dep_ == "ROOT":
        return _speakers(doc, verb, index)
    return []


def _conditional_or_future(verb: Token, rule: dict) -> bool:
    """An act said to come or to come on a condition: an "if"/"unless" clause on the verb,
    or a modal of possibility without a perfect ("could commit", not "may have committed")."""
    if any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"}
                                  for m in c.children)
        for c in verb.children
    ):
        return True
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxiliaries & set(rule["future_modals"])) and not auxiliaries & {"have", "'ve"}


def _labelled(verb: Token, rule: dict) -> tuple[Token, Token] | None:
    """(what is labelled, the label) of a verb of labelling whose label is a judgment
    ("calling Putin a war criminal", "described the attacks as a dastardly act")."""
    complements = [c for c in verb.children if c.dep_ in OBJECT | {"xcomp"}]
    complements += [c for c in verb.children if c.dep_ in OBLIQUE and preposition(c) == "as"]
    words = set(rule["judgments"])

    def judges(noun: Token) -> bool:
        parts = [noun, *(c for c in noun.children if c.dep_ in {"amod", "compound"})]
        return any(p.lower_ in words or p.lemma_.lower() in words for p in parts)

    labels = [c for c in complements if judges(c)]
    labelled = [c for c in verb.children if c.dep_ in OBJECT and c not in labels]
    if not labels or not labelled or labelled[0].i > labels[0].i:
        return None
    return labelled[0], labels[0]


def _labelled_acts(doc: Document, sentence: Iterable[Token], index: EntityIndex) -> list[Found]:
    """A judgment as a name (declared rule ``event.labelled_act``): "Biden has been calling
    Putin a war criminal", "Zelenskyy called the strike a war crime", "he described the
    attacks as a dastardly act": ACCUSE by the subject against the actor labelled, or the
    owner of the act labelled (none when it names no owner). Not negated or hypothetical;
    not "call for"/"call on" (a request; a date's "on Monday" is none)."""
    acts = argument_rule("evaluated_act")
    found: list[Found] = []
    for rule in rules_of_kind("labelled_act"):
        for token in sentence:
            if token.pos_ != "VERB" or token.lemma_.lower() not in rule["verbs"]:
                continue
            if any(
                m in {"for", "on", "upon"} and noun.i > token.i  # not "On Monday, X called"
                and not _in_a_date(doc, noun)
                for m, noun in prep_args(token)
            ):
                continue
            pair = _labelled(token, rule)
            if pair is None or event_mode(token) in {"negated", "hypothetical"}:
                continue
            targets = _labelled_targets(pair[0], rule, acts, index)
            if targets is None:
                continue
            sources = _actors(clause_sources(token, index), index)
            act = _ruled_act(token, rule, sources, targets)
            found += [act] if act else []
    return found


def _labelled_targets(
    labelled: Token, rule: dict, acts: dict, index: EntityIndex
) -> list[Entity | None] | None:
    """Whom a label is aimed at: the owner of the act (or, with ``claim_nouns``, of the
    claim) labelled, the actor labelled (not with ``claim_nouns``), or no one for a listed
    pronoun; None when what is labelled is none of these."""
    claims = rule.get("claim_nouns")
    if claims is not None:  # "called Pakistan's assertions baseless": Pakistan
        if labelled.lemma_.lower() not in claims and labelled.lower_ not in claims:
            return None
        return list(_act_actors(labelled, index)) or [None]
    if _is_act(labelled, acts):
        return list(_act_actors(labelled, index)) or [None]
    named = [e for e in _targets_of(labelled, index) if e is not None]
    if named:
        return list(named)
    if labelled.lower_ in rule["pronouns"]:
        return [None]  # "calling it an aggression": what it is stays unnamed
    return None


def _regretted_acts(doc: Document, sentence: Iterable[Token], index: EntityIndex) -> list[Found]:
    """Regret over what another actor did is criticism (declared rule
    ``event.regretted_act``): "We deeply regret that the Security Council has failed to
    adopt ...", "we regret this decision that the Russian Federation has taken", "regret the
    refusal of the Chinese Government": ACCUSE by the subject -> the clause's subject or the
    act's owner; regret over a loss ("regret the loss of life") names no one and is none."""
    rule = argument_rule("regretted_act")
    acts = argument_rule("evaluated_act")
    found: list[Found] = []
    for token in sentence:
        if token.lemma_.lower() not in rule["verbs"] or token.pos_ != "VERB":
            continue
        if event_mode(token) in {"negated", "hypothetical"}:
            continue
        targets: list[Entity] = []
        for child in token.children:
            if child.dep_ == "ccomp" and child.pos_ in {"VERB", "AUX"}:
                for subject in (c for c in child.children if c.dep_ in SUBJECT):
                    if _is_act(subject, acts):
                        targets += _act_actors(subject, index)
                    else:
                        targets += [e for e in _targets_of(subject, index) if e is not None]
            elif child.dep_ in OBJECT and (
                _is_act(child, acts) or child.lemma_.lower() in rule["object_nouns"]
            ):
                targets += _act_actors(child, index)
        if targets:
            sources = _actors(clause_sources(token, index), index)
            act = _ruled_act(token, rule, sources, list(targets))
            found += [act] if act else []
    return found


def _crime_accusations(
    doc: Document, sentence: Iterable[Token], index: EntityIndex
) -> list[Found]:
    """A crime said to be committed by an actor is an accusation of it (declared rule
    ``event.crime_commission``): "the U.S. government assesses that members of Russia's
    forces have committed war crimes" (ACCUSE United States -> Russia's forces), "war crimes
    had been committed by Putin's forces" in Biden's statement or in a text issued by the
    speaker. Not negated, hypothetical or conditional; needs a named committer."""
    rule = argument_rule("crime_commission")
    found: list[Found] = []
    for token in sentence:
        if token.pos_ != "VERB" or token.lemma_.lower() not in rule["verbs"]:
            continue
        passive = is_passive(token)
        crimes = [c for c in token.children if c.dep_ in (PASSIVE_SUBJECT if passive else OBJECT)]
        if not any(c.lemma_.lower() in rule["crimes"] for c in crimes):
            continue
        if event_mode(token) in {"negated", "hypothetical"} or _is_condition(token):
            continue
        if _conditional_or_future(token, rule):
            continue  # "could commit war crimes if the siege continues"
        if passive:
            committers = [c for c in token.children if c.dep_ in AGENT]
            committers += [n for m, n in prep_args(token) if m == "by" and n.dep_ not in AGENT]
        else:
            committers = [c for c in token.children if c.dep_ in SUBJECT]
        targets: list[Entity | None] = [
            e for e, _ in _actors([(c, "subject") for c in committers[:1]], index)
        ]
        if not targets:
            continue
        act = _ruled_act(token, rule, _crime_accusers(token, doc, index, rule), targets)
        found += [act] if act else []
    return found


# The readers of declared rules over a whole sentence, in the order their events are listed,
# each with the kinds of the rules it reads (a sentence none of them is cued by is skipped:
# ``event_rules.CUE_FIELDS``).
SENTENCE_READERS: tuple[
    tuple[Callable[[Document, list[Token], EntityIndex], list[Found]], tuple[str, ...]], ...
] = (
    (_time_for_requests, ("time_for_request",)),
    (_voiced_obligations, ("voiced_obligation",)),
    (_judged_acts, ("evaluated_act", "culprit_predicate")),
    (_consequence_threats, ("consequence_threat",)),
    (_crime_accusations, ("crime_commission",)),
    (_labelled_acts, ("labelled_act",)),
    (_regretted_acts, ("regretted_act",)),
)


def _answer_claimant(
    found: Found, earlier: list[Event], sentence_id: int, index: EntityIndex
) -> None:
    """A rejection of "the allegation", "the accusations", "the claims" (no one's named) answers
    the latest accusation of the last few sentences: its accuser is the target ("Kabul
    rejected the accusations" after "X accused Kabul of ...": X); a charge set after a clause
    with the rejection in its relative clause is the charge of that clause's subject ("X
    accused India of ..., a charge New Delhi rejected": X)."""
    rule = argument_rule("claimant_target")
    if found.trigger.type not in rule["types"] or any(t is not None for t in found.targets):
        return
    sources = {entity.id for entity, _ in found.sources}
    noun = found.token.head
    if found.token.dep_ == "acl:relcl" and noun.lemma_.lower() in rule["claim_nouns"]:
        clause = noun.head  # "X accused India of ..., a charge New Delhi rejected": X's
        if clause.i == noun.i or clause.pos_ != "VERB":
            return
        claimants = [
            entity for entity, _ in _actors(clause_sources(clause, index), index)
            if entity.id not in sources
        ]
        if claimants:
            found.targets = list(claimants)
            found.rules.append(rule["id"])
        return
    claims = [
        c for c in found.token.children
        if c.dep_ in OBJECT and c.lemma_.lower() in rule["claim_nouns"]
        and not any(d.dep_ in POSSESSOR | MODIFIER and actor_of(d, index) for d in c.children)
    ]
    if not claims:
        return
    accusations = [
        e for e in earlier
        if e.type in rule["answered_types"] and e.source not in sources
        and 0 <= sentence_id - e.sentence <= rule["sentences_back"]
    ]
    claimant = index.by_id.get(accusations[-1].source or "") if accusations else None
    if claimant is not None:
        found.targets = [claimant]
        found.rules.append(rule["id"])


def _answer_accuser(
    found: Found, earlier: list[Event], sentence_id: int, index: EntityIndex
) -> None:
    """A denial of involvement or responsibility, or of a clause ("denied backing them",
    "denied that its forces had shelled the plant") (``target.denied_involvement``), answers
    the latest accusation of the last few sentences against the one who denies: its accuser
    is the target ("Afghan officials accused the Taliban of plotting the attack. The
    insurgent group denied involvement": Afghanistan)."""
    rule = argument_rule("denied_involvement")
    if found.trigger.type not in rule["types"] or any(t is not None for t in found.targets):
        return
    if not any(
        (c.dep_ in OBJECT and c.lemma_.lower() in rule["nouns"])
        or (
            found.token.lemma_.lower() in rule["clause_verbs"]
            and (
                (c.dep_ in rule["clause_deps"] and c.pos_ in {"VERB", "AUX"})
                or (c.dep_ in OBJECT and c.tag_ == "VBG")
            )
        )
        for c in found.token.children
    ):
        return
    sources = {entity.id for entity, _ in found.sources}
    accusations = [
        e for e in earlier
        if e.type in rule["answered_types"] and e.target in sources and e.source not in sources
        and e.source is not None and 0 <= sentence_id - e.sentence <= rule["sentences_back"]
    ]
    accuser = index.by_id.get(accusations[-1].source or "") if accusations else None
    if accuser is not None:
        found.targets = [accuser]
        found.rules.append(rule["id"])


def _press_inquiry(token: Token) -> bool:
    """Whether a request asks for a comment or an interview (``press_inquiry_nouns``): its
    object or its "for" noun ("requests for comment", "requested comment from the ministry")."""
    nouns = set(event_cues()["press_inquiry_nouns"])
    asked = [c for c in token.children if c.dep_ in OBJECT]
    asked += [n for marker, n in prep_args(token) if marker == "for"]
    return any(n.lemma_.lower() in nouns or n.lower_ in nouns for n in asked)


def _sentence_events(doc: Document, found_here: list[Found], sentence_id: int) -> list[Event]:
    events: list[Event] = []
    for found in found_here:
        if not found.sources and not found.unnamed:
            continue
        if found.trigger.type == "REQUEST" and _press_inquiry(found.token):
            continue  # "did not respond to VOA's requests for comment": no act between actors
        start = found.token.idx
        trigger_span = doc.span(start, start + len(found.token.text))
        mode = found.mode or event_mode(found.token)
        rules = [found.trigger.rule_id, *found.rules]
        confidence_change = 0.0
        if _in_opinion(doc, sentence_id):
            rules.append("sentence.opinion")
            confidence_change = -OPINION_CONFIDENCE
        pairs = _reciprocal_pairs(found)
        if pairs:
            rules.append("event.reciprocal")
            rules += [argument_rule("reciprocal_noun")["id"]] if _reciprocal_noun(found) else []
            rules += [argument_rule("hyphenated_sides")["id"]] if _hyphenated_sides(found) else []
            if _reciprocal_object(found.token):
                rules.append(argument_rule("reciprocal_object")["id"])
        if pairs and len(found.sources) > argument_rule("reciprocal_limit")["max_sides"]:
            pairs = []  # a joint statement's "we met": one event per side, no pair explosion
            rules.append(argument_rule("reciprocal_limit")["id"])
        actors: list[tuple[Entity | None, str, Described | None]] = [
            (source, how, None) for source, how in found.sources
        ]
        actors += [
            (None, (words.rule or "source.described") if words else "source.agentless", words)
            for words in found.unnamed
        ]
        for source, how, words in actors:
            source_id = source.id if source is not None else None
            if (
                source is not None
                and source.type in event_cues()["interviewer_types"]
                and found.trigger.type == "CONSULT"
                and found.event_type in {"", "CONSULT"}
            ):
                continue  # "Wikinews spoke with her by email": an interview, no meeting
            targets = (
                [t for s_id, t in pairs if s_id == source_id] if pairs else _all_targets(found)
            )
            for target in targets:
                text = doc.span(target.start, target.end) if isinstance(target, Described) else None
                if isinstance(target, Described):
                    target = None
                own_rules = rules
                if (
                    target is not None
                    and target.type in event_cues()["interviewer_types"]
                    and found.trigger.type == "CONSULT"
                    and found.event_type in {"", "CONSULT"}
                ):
                    continue  # "With Wikinews, Cohen discussed his journey": an interview
                if target is not None and target.id == source_id:
                    if not _pronoun_owned(found, targets) and not _own_people(found, target):
                        continue
                    target = None  # "Iran defended its program": no target, the event stays
                    own_rules = [r for r in rules if r != argument_rule("pronoun_owner")["id"]]
                if found.trigger.object_target and target is None and _object_of_no_actor(
                    doc, found.token
                ):
                    continue  # "visited the hospital": what it is done to is no actor
                if (
                    found.trigger.target_required
                    and (
                        found.event_type in {"", found.trigger.type}
                        or found.trigger.type == "CONSULT"  # "cannot speak to anything"
                    )
                    and (target is None or target.type in event_cues()["interviewer_types"])
                    and not _fills_required_target(found.trigger, text)  # "executed four men"
                ):
                    if not _threatens_own_act(found.token, found.trigger):
                        continue  # the verb's sense needs a named target; a refusal ("will
                        # not accept refugees") is one without; a news outlet an interviewer
                    threat_id = argument_rule("threat_content")["id"]  # "warned it would
                    if threat_id not in own_rules:  # retaliate": a threat, no target named
                        own_rules = [*own_rules, threat_id]
                if (
                    target is None and text is None and found.trigger.untargeted_actor_types
                    and found.event_type in {"", found.trigger.type}
                    and (source is None or source.type not in found.trigger.untargeted_actor_types)
                ):
                    continue  # "we fight like hell", "keep fighting to lower the costs"
                event_type = found.event_type or found.trigger.type
                if target is None and text is None and _shows_force(found, own_rules):
                    event_type = "MOBILIZE"  # "North Korea launched a ballistic missile"
                    own_rules = [*own_rules, argument_rule("show_of_force")["id"]]
                events.append(
                    Event(
                        id="",
                        type=event_type,
                        source=source_id,
                        source_text=doc.span(words.start, words.end) if words else None,
                        target=target.id if target else None,
                        target_text=text,
                        date=event_date(doc, sentence_id, start),
                        location=found.location.id if found.location else None,
                        mode=mode,
                        attributed_to=_attribution_for(doc.attributions, start),
                        sentence=sentence_id,
                        trigger=trigger_span,
                        confidence=max(
                            0.1,
                            _confidence(how, found.trigger, target or text) + confidence_change,
                        ),
                        rules=[
                            *own_rules,
                            how if how.startswith("source.") else f"source.{how}",
                            *([argument_rule("described_target")["id"]] if text else []),
                        ],
                    )
                )
    return events


def _shows_force(found: Found, rules: list[str]) -> bool:
    """Whether the act is one missile launched, no attack (``event.show_of_force``): a
    trigger of the rule's whose object is "a missile" in the singular, aimed at nothing its
    phrase names (the caller knows no target actor is named)."""
    rule = argument_rule("show_of_force")
    if found.event_type not in {"", "ASSAULT"} or not set(rule["triggers"]) & set(rules):
        return False
    aimed = set(rule["aimed_prepositions"])
    if any(c.lower_ in aimed for c in found.token.subtree if c.dep_ == "case"):
        return False  # "fired a missile at a ship": an attack on what it names
    return any(
        child.dep_ in OBJECT and child.lemma_.lower() == "missile" and child.tag_ == "NN"
        and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in child.children)
        for child in found.token.children
    )


def _pronoun_owned(found: Found, targets: list) -> bool:
    """Whether the one target is the owner a possessive pronoun named
    (``target.pronoun_owner``): where it is the source itself, the event keeps no target."""
    return len(targets) == 1 and argument_rule("pronoun_owner")["id"] in found.rules


def _own_people(found: Found, target: Entity) -> bool:
    """Whether the one target is the source itself only through a possessive pronoun on a
    noun of people a forceful act (``own_people_types``) acts on ("Iran seizes a tanker and
    detains its crew members": "its" is the tanker's, read as Iran's; "bans its citizens
    from traveling"): the event keeps no target."""
    named = [t for t in found.targets if t is not None]
    if len(named) != 1 or named[0].id != target.id:
        return False
    if found.trigger.type not in event_cues()["own_people_types"]:
        return False  # "urged its citizens not to travel": no act between actors
    carriers = [found.token, *(found.token.doc[i] for i in found.consumed)]
    nouns = [  # its object, or the aimed-at noun of its own act noun ("an attack on their
        n  # position" after "M23 forces launch": "their" is the peacekeepers', read as M23's)
        for carrier in carriers
        for n in (
            *(c for c in carrier.children if c.dep_ in OBJECT | PASSIVE_SUBJECT),
            *(n for marker, n in prep_args(carrier) if marker in {"on", "against"}),
        )
    ]
    return any(
        c.dep_ in POSSESSOR and c.pos_ == "PRON"
        for head in nouns
        for noun in (head, *head.conjuncts)
        for c in noun.children
    )


def _all_targets(found: Found) -> list[Entity | Described | None]:
    """The named targets, else the described ones (a described one replaces "no target"
    only: beside a named one it is left out, precision first), except a written group
    coordinated with a name ("cooperation with Israel and other Middle East partners")."""
    named = [t for t in found.targets if t is not None]
    groups = [d for d in found.described if d.replaces_name]  # "Israel and other partners"
    return (named + groups) or list(found.described) or [None]


def _reciprocal_pairs(found: Found) -> list[tuple[str, Entity]]:
    """(source id, target) both ways for a reciprocal act with several actors and no other
    target ("A and B met", "the two armies clashed", "A and B signed an accord")."""
    lemma = found.token.lemma_.lower()
    sides = all(how == "source.between" for _, how in found.sources)
    if (
        len(found.sources) < 2
        or any(t is not None for t in found.targets)
        or (lemma not in event_cues()["reciprocal_triggers"] and not sides
            and not _reciprocal_noun(found) and not _reciprocal_object(found.token)
            and not _hyphenated_sides(found))
    ):
        return []
    return [
        (source.id, other)
        for source, _ in found.sources
        for other, _ in found.sources
        if other.id != source.id
    ]


def _fills_required_target(trigger: Trigger, text: TextSpan | None) -> bool:
    """Whether a described target stands where a trigger needs a named one
    (``target.described``: "Iran executed four men"; not "fired his vice president"); for
    ``counted_fill_types`` only a counted group ("is designating 45 defense-related
    entities"; not "designated a Rijksmonument")."""
    rule = argument_rule("described_target")
    return (
        text is not None
        and trigger.type in rule["fills_required_target_types"]
        and trigger.lemma not in rule["fills_required_target_except"]
        and (trigger.type not in rule["counted_fill_types"] or bool(_COUNTED.search(text.text)))
    )


_COUNTED = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens?|scores|hundreds?|thousands?)\b",
    re.I,
)


def _reciprocal_object(trigger: Token) -> bool:
    """An act on "each other" or "one another" (``target.reciprocal_object``)."""
    doc = trigger.doc
    for phrase in argument_rule("reciprocal_object")["phrases"]:
        for child in trigger.children:
            if child.lower_ not in phrase:
                continue
            start = child.i - phrase.index(child.lower_)
            words = doc[max(0, start) : start + len(phrase)]
            if [w.lower_ for w in words] == phrase and all(
                w.head.i == trigger.i or words.start <= w.head.i < words.end for w in words
            ):  # "each" on "other", or "one" and "another" both on the verb
                return True
    return False


def _reciprocal_noun(found: Found) -> bool:
    """A noun of a reciprocal act (``target.reciprocal_noun``): "Pakistan and India resumed
    negotiations", "A and B convened the second meeting of the working group"."""
    rule = argument_rule("reciprocal_noun")
    return found.token.pos_ == "NOUN" and found.token.lemma_.lower() in rule["nouns"]


def _hyphenated_sides(found: Found) -> bool:
    """Whether a noun of a joint act names its sides joined by a hyphen before it
    (``event.hyphenated_sides``): "U.S.-Laos cooperation", "Turkish-American cooperation",
    each side the other's partner; a hyphen between the mentions of two of its sources."""
    token = found.token
    if token.pos_ != "NOUN" or found.trigger.type not in argument_rule("hyphenated_sides")["types"]:
        return False
    ends = {m.end for entity, _ in found.sources for m in entity.mentions}
    starts = {m.start for entity, _ in found.sources for m in entity.mentions}
    return any(
        word.text == "-" and word.idx in ends and word.idx + 1 in starts
        for word in token.doc[token.left_edge.i : token.i]
    )


def _hand_on(
    doc: Document,
    token: Token,
    actors: list[tuple[Entity, str]],
    previous: Event,
    index: EntityIndex,
    sentence_id: int,
) -> list[Event]:
    events = []
    for entity, _ in actors:
        if entity.id == previous.source:
            continue
        noun = next(
            (
                t
                for t in token.doc[token.sent.start : token.sent.end]
                if index.entity_at(t) is entity
            ),
            None,
        )
        carriers = [token, *([noun] if noun is not None else [])]
        location = _location(carriers, index, {entity.id})
        events.append(
            Event(
                id="",
                type=previous.type,
                source=entity.id,
                target=previous.target,
                target_text=previous.target_text,
                date=event_date(doc, sentence_id, token.idx) or previous.date,
                location=location.id if location else previous.location,
                mode=event_mode(token),
                attributed_to=_attribution_for(doc.attributions, token.idx),
                sentence=sentence_id,
                trigger=doc.span(token.idx, token.idx + len(token.text)),
                confidence=CONFIDENCE_BY_HOW["handed_on"],
                rules=["event.handed_on", "source.handed_on"],
            )
        )
    return events


def _target_key(event: Event) -> str | None:
    """The target's entity id, or its described words."""
    return event.target or (event.target_text.text if event.target_text else None)


def _same_event(event: Event, other: Event) -> bool:
    if other.trigger.start == event.trigger.start and (other.source, _target_key(other)) == (
        event.source,
        _target_key(event),
    ):
        return True
    return (
        other.type == event.type
        and other.source == event.source
        and (_target_key(event) is None or _target_key(event) == _target_key(other))
    )


def _deduplicate(events: list[Event]) -> list[Event]:
    """One event per (trigger, source, target); within a sentence, one per (type, source)
    unless the targets differ (a targetless one gives way to one with a target)."""
    kept: list[Event] = []
    for event in sorted(events, key=lambda e: (_target_key(e) is None, -e.confidence)):
        if not any(_same_event(event, other) for other in kept):
            kept.append(event)
    return sorted(kept, key=lambda e: e.trigger.start)


__all__ = [
    "best_trigger",
    "clause_sources",
    "coded_type",
    "event_date",
    "event_mode",
    "find_events",
    "find_triggers",
]
