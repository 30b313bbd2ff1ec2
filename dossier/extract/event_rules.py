"""The engine for the declared event rules of ``knowledge/event_rules.json``.

Each rule has an ``id``, a ``kind`` (the one function here that runs it), what it produces,
and the examples and counter-examples the tests run it on. A match is a ``RuleMatch``: the
token it hangs on, the type, source and target entities, and the rule id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from dossier.document import Document, Entity
from dossier.extract.references import tokens_of_forms
from dossier.extract.syntax import EntityIndex, actor_of, cues
from dossier.knowledge import load_data

HYPHENS = ("-", "‐", "–")  # a tuple: the first kind found is the one cut at, the same on every run


@dataclass(frozen=True)
class RuleMatch:
    """An event a declared rule found: on ``token``, of ``type``, from source to target."""

    rule_id: str
    token: Token
    type: str
    source: Entity
    target: Entity | None


@lru_cache(maxsize=1)
def event_rules() -> list[dict[str, Any]]:
    """The rules in ``dossier/knowledge/event_rules.json``."""
    return load_data("event_rules.json")["rules"]


def _entity_ending_at(index: EntityIndex, token: Token, end: int) -> Entity | None:
    """The entity with a mention that starts at or after ``token`` and ends at ``end``
    (the "U.S." of a single token "U.S.-designated"), else the entity of the token."""
    for start, mention_end, entity in index.spans_at.get(token.i, []):
        if start >= token.idx and mention_end == end and entity.type != "EVENT":
            return entity
    if end < token.idx + len(token.text):  # the name is only part of the token
        name = token.text[: end - token.idx].lower()
        return next(
            (
                entity
                for entity in index.by_id.values()
                if name in {n.lower() for n in (entity.name, *entity.aliases)}
            ),
            None,
        )
    return index.entity_at(token)


def _compound_parts(token: Token) -> tuple[Token, int, str] | None:
    """(actor token, end offset of the actor's name, participle) of "Iran-backed" as one
    token or as three ("Iran", "-", "backed"); None when ``token`` is no such participle."""
    text = token.lower_
    for hyphen in HYPHENS:
        if hyphen in text[1:-1]:
            head, _, participle = text.rpartition(hyphen)
            return token, token.idx + len(head), participle
    if token.i >= 2 and token.nbor(-1).text in HYPHENS and not token.nbor(-1).whitespace_:
        actor = token.nbor(-2)
        if not actor.whitespace_:
            return actor, actor.idx + len(actor.text), text
    return None


def actor_compounds(
    rule: dict[str, Any], tokens: Iterable[Token], index: EntityIndex
) -> list[RuleMatch]:
    """"<Actor>-<participle> <noun>": the actor did the participle's act to what the noun
    names ("Iran-backed militias", "a U.S.-designated terrorist group")."""
    found: list[RuleMatch] = []
    for token in tokens:
        parts = _compound_parts(token)
        if parts is None or parts[2] not in rule["participles"]:
            continue
        actor_token, end, participle = parts
        source = _entity_ending_at(index, actor_token, end)
        if source is None:
            continue
        noun = token.head
        event_type = rule["participles"][participle]
        if participle in rule.get("agreement_participles", ()):  # "a Pakistan-brokered
            # ceasefire": the mediator met the sides its "between" phrase names, if any
            sides = [
                actor
                for marker, word in _prep_args(noun)
                if marker == "between"
                for side in (word, *word.conjuncts)
                if (actor := actor_of(side, index)) is not None and actor.id != source.id
            ]
            found += [RuleMatch(rule["id"], token, event_type, source, t) for t in sides or [None]]
            continue
        target = actor_of(noun.head, index) if noun.dep_ == "appos" else None  # "the
        # IRGC-QF, a U.S.-designated Foreign Terrorist Organization": the name it describes
        target = target or actor_of(noun, index)
        if target is None or target.id == source.id:
            continue
        found.append(RuleMatch(rule["id"], token, event_type, source, target))
    return found


def _prep_args(noun: Token) -> list[tuple[str, Token]]:
    """(preposition, noun) of the nouns hung on ``noun`` with a case word ("between X")."""
    return [
        (case.lower_, child)
        for child in noun.children
        for case in child.children
        if case.dep_ == "case"
    ]


def _attack_noun_of(participle: Token, attack_nouns: set[str]) -> Token | None:
    """The attack a participle describes: its head ("another attack ascribed to X"), or the
    attack in which its head's casualties fell ("died in the attack, conducted by X")."""
    head = participle.head
    if head.i == participle.i:
        return None
    if head.lower_ in attack_nouns:
        return head
    for noun in head.children:
        if noun.lower_ in attack_nouns and any(
            c.dep_ == "case" and c.lower_ in {"in", "during"} for c in noun.children
        ):
            return noun
    return None


def attack_participles(
    rule: dict[str, Any], tokens: Iterable[Token], index: EntityIndex
) -> list[RuleMatch]:
    """"<attack>, conducted by X", "an attack ascribed to X": X made the attack (ASSAULT).
    ``participles`` maps each participle's lemma to the preposition that names the actor."""
    found: list[RuleMatch] = []
    attack_nouns = set(rule["attack_nouns"])
    for token in tokens:
        marker = rule["participles"].get(token.lemma_.lower())
        if marker is None or token.tag_ not in {"VBN", "VBD"}:
            continue
        if token.dep_ not in {"acl", "advcl", "amod", "conj"} or any(
            c.dep_ in {"nsubj", "nsubj:pass"} for c in token.children
        ):  # a participle without a subject of its own (tagged VBD after a comma, too)
            continue
        if _attack_noun_of(token, attack_nouns) is None:
            continue
        for child in token.children:
            cases = {c.lower_ for c in child.children if c.dep_ == "case"}
            if child.dep_ not in {"obl", "obl:agent", "nmod"} or marker not in cases:
                continue
            source = actor_of(child, index)
            if source is not None:
                found.append(RuleMatch(rule["id"], token, rule["produces"]["type"], source, None))
    return found


def _owner_or_self(noun: Token, index: EntityIndex) -> Entity | None:
    """The actor a noun names, else the actor it belongs to ("Russia's buildup": Russia; an
    "X's" before it however parsed)."""
    entity = actor_of(noun, index)
    if entity is not None:
        return entity
    for child in noun.children:
        if child.dep_ in {"nmod:poss", "poss", "amod", "compound"} and child.pos_ != "PRON":
            entity = index.entity_at(child)
            if entity is not None:
                return entity
    doc = noun.doc
    for word in noun.subtree:  # "X's" however parsed: "Ankara's perceived shift" (Ankara
        # read as the participle's subject), "China's military build-up" (split at "-")
        if word.i + 1 < noun.i and doc[word.i + 1].text in {"'s", "’s"}:
            entity = index.entity_at(word)
            if entity is not None:
                return entity
    return None


def _clause_subject_actor(holder: Token, index: EntityIndex) -> Entity | None:
    """The actor the subject of a "that" clause of ``holder`` names, or its owner."""
    for clause in holder.children:
        if clause.dep_ in {"acl", "ccomp"} and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
        ):
            for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubj:pass"}):
                return _owner_or_self(subject, index)
    return None


def _reported_actor(report: Token, predicate: Token, index: EntityIndex) -> Entity | None:
    """Who a report is about: the subject of its "that" clause ("reports that Malian armed
    forces killed ...", the clause maybe hung on the predicate), else the actor of what its
    "of" phrase names, or that phrase's "by" agent ("reports of attacks by Russian forces")."""
    for holder in (report, predicate):
        if any(
            c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that"
                                               for m in c.children)
            for c in holder.children
        ):
            return _clause_subject_actor(holder, index)
    for noun in report.children:
        if noun.dep_ == "nmod" and any(c.lower_ == "of" for c in noun.children if c.dep_ == "case"):
            owner = _owner_or_self(noun, index)
            if owner is not None:
                return owner
            for agent in noun.children:
                if agent.dep_ == "nmod" and any(
                    c.lower_ == "by" for c in agent.children if c.dep_ == "case"
                ):
                    return _owner_or_self(agent, index)
    return None


def _told_by_another(holder: Token, sources: list[Entity], index: EntityIndex) -> bool:
    """Whether a stance is told in the words of someone other than its holders: the clause
    is (or hangs within two steps from) what a reporting verb's subject says, and that
    subject is none of them nor their state ("an analyst told VOA that although India and
    Japan are both concerned about Chinese aggression ..."; not "The State Department said
    it was deeply concerned")."""
    clause = holder
    for _ in range(3):
        if clause.dep_ not in {"ccomp", "advcl", "conj"} or clause.head.i == clause.i:
            return False
        clause = clause.head
        if clause.lemma_.lower() in cues()["reporting_verbs"]:
            speakers = [c for c in clause.children if c.dep_ in {"nsubj", "nsubj:pass"}]
            if not speakers:
                return False
            speaker = actor_of(speakers[0], index)
            own = {s.id for s in sources} | {
                state.id for s in sources if (state := index.state_of(s)) is not None
            }
            return speaker is not None and (  # not "a statement Tuesday saying": no one
                speaker.id not in own
                and getattr(index.state_of(speaker), "id", None) not in own
                and speakers[0].pos_ != "PRON"
            )
    return False


def stance_predicates(
    rule: dict[str, Any], tokens: Iterable[Token], index: EntityIndex
) -> list[RuleMatch]:
    """"X is deeply concerned by Y", "we are appalled by", "X remains concerned about Y":
    a predicate of alarm whose subject is an actor is that actor's criticism of what it names."""
    found: list[RuleMatch] = []
    words = set(rule["words"])
    tags = set(rule.get("tags", ["VBN", "JJ"]))  # a noun predicate: "are allies of"
    for token in tokens:
        if token.lower_ not in words or token.tag_ not in tags:
            continue
        holder = token
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if not subjects and token.dep_ == "xcomp":  # "remains concerned", "grew alarmed"
            holder = token.head
            subjects = [c for c in holder.children if c.dep_ == "nsubj"]
        if not subjects or (holder is token and not any(
            c.dep_ in {"cop", "aux:pass"} for c in token.children
        )):
            continue
        if rule.get("complement_deps") and not _stance_complement(token, rule):
            continue  # "she was shocked.", "as far as we're concerned": about nothing named
        sources = [actor_of(c, index) for c in (subjects[0], *subjects[0].conjuncts)]
        sources = list({s.id: s for s in sources if s is not None}.values())
        if not sources or _told_by_another(holder, sources, index):
            continue
        target = None
        for child in token.children:
            cases = {c.lower_ for c in child.children if c.dep_ == "case"}
            if cases & set(rule["prepositions"]) and child.dep_ in {"obl", "obl:agent", "nmod"}:
                target = _owner_or_self(child, index)
                if target is None and child.lemma_.lower() in rule.get("report_nouns", ()):
                    target = _reported_actor(child, token, index)
                break
        if target is None and rule.get("report_nouns"):  # "is deeply concerned that Russia
            # has moved troops": who the content clause is about
            target = _clause_subject_actor(token, index)
        if target is None and len(sources) > 1 and token.lower_ in rule.get("mutual_words", ()):
            found += [  # "Egypt and Turkey are allies": each the other's
                RuleMatch(rule["id"], token, rule["produces"]["type"], one, other)
                for one in sources for other in sources if one.id != other.id
            ]
            continue
        for source in sources:  # "Britain and France are deeply concerned by": each
            aimed = None if target is not None and target.id == source.id else target
            if aimed is None and rule.get("target_required"):
                continue  # "critical to NATO's flank": importance, no criticism
            found.append(RuleMatch(rule["id"], token, rule["produces"]["type"], source, aimed))
    return found


def _stance_complement(token: Token, rule: dict[str, Any]) -> bool:
    """Whether a predicate of alarm, or one joined to it ("horrified and incensed by"), has
    what it is about: a phrase or clause of ``complement_deps``, or a clause opened by one of
    ``complement_markers`` ("concerned by how the war ...")."""
    markers = set(rule.get("complement_markers", ()))
    for predicate in (token, *(c for c in token.children if c.dep_ == "conj")):
        for child in predicate.children:
            if child.dep_ in rule["complement_deps"]:
                return True
            if child.dep_ in {"advcl", "parataxis"} and any(
                m.dep_ == "mark" and m.lower_ in markers for m in child.children
            ):
                return True
    return False


def quoted_first_person(rule: dict[str, Any], doc: Document, index: EntityIndex) -> None:
    """First-person words inside a claim with a named source stand for that source
    ("\u201cWe urge Kenya to ...,\u201d the spokesman said": we = the spokesman)."""
    words = set(rule["words"])
    spacy_doc = index.spacy_doc
    for attribution in doc.attributions:
        source = index.by_id.get(attribution.source or "")
        if source is None:
            continue
        span = spacy_doc.char_span(
            attribution.claim.start, attribution.claim.end, alignment_mode="contract"
        )
        for token in span if span is not None else ():
            if token.lower_ in words and token.pos_ in {"PRON", "DET"}:
                index.stand_in(token, source, rule["id"])


def role_named_next(rule: dict[str, Any], doc: Document, index: EntityIndex) -> None:
    """A person described by a role of someone else's, as a subject ("A spokesman for
    President Ghani rejected ...", "The leader of the Taliban praised ..."), stands for the
    person a report in the next sentence names for the first time ("... ,” Mohammad Ameri
    told VOA"): the news lead that names the speaker only once it quotes them."""
    roles = [  # an actor, not one acted on ("The leader of the group was killed")
        token for token in tokens_of_forms(index.spacy_doc, rule["role_nouns"])
        if token.dep_ == "nsubj"
        and any(c.dep_ == "det" and c.lower_ in rule["determiners"] for c in token.children)
        and any(marker in rule["markers"] for marker, _ in _prep_args(token))
    ]  # "a spokesman said": whose is not told
    if not roles:
        return
    named_next: dict[int, dict[str, Entity]] = {}
    for attribution in doc.attributions:
        source = index.by_id.get(attribution.source or "")
        if source is not None and source.type == "PERSON":
            named_next.setdefault(attribution.sentence, {})[source.id] = source
    for token in roles:
        sentence = doc.sentence_at(token.idx)
        fresh = [  # named no earlier than the role's own sentence
            person for person in named_next.get(sentence + 1, {}).values()
            if min((m.sentence for m in person.mentions), default=-1) > sentence
        ]
        if len(fresh) == 1:
            index.stand_in(token, fresh[0], rule["id"])


def backed_operations(
    rule: dict[str, Any], tokens: Iterable[Token], index: EntityIndex
) -> list[RuleMatch]:
    """"Somali soldiers backed by African Union troops recaptured ...": the backing forces
    cooperate with the backed ones in what these do (see the rule's doc)."""
    found: list[RuleMatch] = []
    for token in tokens:
        if token.tag_ != "VBN" or token.lemma_.lower() not in rule["participles"]:
            continue
        noun = token.head
        if token.dep_ not in {"acl", "amod"} or noun.lower_ not in rule["backed_nouns"]:
            continue
        if noun.dep_ not in {"nsubj", "nsubj:pass"} or noun.head.pos_ != "VERB":
            continue  # a force doing something, not "support for militias backed by ..."
        agents = [c for c in token.children if c.dep_ in {"obl:agent", "agent"}]
        agents += [n for marker, n in _prep_args(token) if marker == "by"]
        target = actor_of(noun, index)
        for agent in agents[:1]:
            for backer in (agent, *agent.conjuncts):
                if backer.lower_ not in rule["backer_nouns"]:
                    continue
                source = actor_of(backer, index)
                if source is not None and target is not None and source.id != target.id:
                    found.append(RuleMatch(rule["id"], token, rule["type"], source, target))
    return found


def received_aid(
    rule: dict[str, Any], tokens: Iterable[Token], index: EntityIndex
) -> list[RuleMatch]:
    """"Ukraine received weapons from the United States": the giver's act towards the
    receiver, of the type the received noun gives (see the rule's doc)."""
    found: list[RuleMatch] = []
    for token in tokens:
        if token.pos_ != "VERB" or token.lemma_.lower() not in rule["verbs"]:
            continue
        things = [c for c in token.children if c.dep_ in {"obj", "dobj"}]
        things += [conjunct for thing in things for conjunct in thing.conjuncts]
        nouns = rule["nouns"]
        kinds = [nouns[t.lemma_.lower()] for t in things if t.lemma_.lower() in nouns]
        receivers = [c for c in token.children if c.dep_ in {"nsubj", "nsubj:outer"}]
        if not kinds or not receivers:
            continue
        givers = [n for carrier in (token, *things) for m, n in _prep_args(carrier) if m == "from"]
        target = actor_of(receivers[0], index)
        for giver in givers[:1]:
            for each in (giver, *giver.conjuncts):
                source = actor_of(each, index)
                if source is not None and target is not None and source.id != target.id:
                    found.append(RuleMatch(rule["id"], token, kinds[0], source, target))
    return found


RULE_KINDS: dict[str, Callable[[dict[str, Any], Iterable[Token], EntityIndex], list[RuleMatch]]]
RULE_KINDS = {
    "actor_compound": actor_compounds,
    "backed_operation": backed_operations,
    "received_aid": received_aid,
    "attack_participle": attack_participles,
    "stance_predicate": stance_predicates,
}
# Rules that let words stand for actors before the events are read (run once per document).
STAND_IN_KINDS: dict[str, Callable[[dict[str, Any], Document, EntityIndex], None]] = {
    "quoted_first_person": quoted_first_person,
    "role_named_next": role_named_next,
}


# Rules the event engine applies at one step of reading a trigger's arguments (the kind
# names the step); their parameters are read here, their logic lives at that step.
ARGUMENT_KINDS = {
    "hyphenated_sides",
    "expected_act",
    "conditional_threat",
    "refusal",
    "stated_intent",
    "hostile_intent",
    "show_of_force",
    "statement_author",
    "verbal_attack",
    "aimed_participle",
    "target_of",
    "pronoun_owner",
    "participle_owner",
    "denied_involvement",
    "victim_nationality",
    "discussed_topic",
    "owner_target",
    "relative_antecedent",
    "claimant_target",
    "content_subject",
    "attack_agent",
    "verbless_root",
    "reported_speaker",
    "time_for_request",
    "voiced_obligation",
    "described_target",
    "bare_group_source",
    "of_victim",
    "threat_content",
    "nested_recipient",
    "shared_preposition",
    "comma_apposition",
    "written_group",
    "past_manner",
    "shared_object",
    "raised_object",
    "shared_agent",
    "reward_subject",
    "promised_act",
    "demanded_actor",
    "attack_result",
    "act_agent",
    "asked_from",
    "threatened_object",
    "reduced_passive",
    "described_source",
    "agentless_source",
    "agentless_passive",
    "occurring_act",
    "between_sides",
    "accused_actor",
    "blamed_party",
    "evaluated_act",
    "culprit_predicate",
    "consequence_threat",
    "crime_commission",
    "labelled_act",
    "regretted_act",
    "unnamed_accuser",
    "joint_manner",
    "growth_verb",
    "opponent_preposition",
    "reciprocal_noun",
    "reciprocal_object",
    "welcomed_content",
    "coordinated_modifier_source",
    "coordinated_modifier_target",
    "proposal_author",
    "threat_condition",
    "convened_body",
    "between_parties",
    "combat_opponent",
    "suspended_relation",
    "planned_act",
    "purpose_clause",
    "act_antecedent",
    "ended_act",
    "sanctioned_subject",
    "deployed_forces",
    "issuer_passive",
    "aimed_act",
    "anticipated_act",
    "intended_act",
    "came_to_aid",
    "designee_possessor",
    "reciprocal_limit",
    "claimed_attack",
    "alleged_act",
    "answered_claim",
    "crowd_demand",
}


@lru_cache(maxsize=64)
def rules_of_kind(*kinds: str) -> tuple[dict[str, Any], ...]:
    """The declared rules of ``kinds``, in file order (found once: asked per sentence)."""
    return tuple(rule for rule in event_rules() if rule["kind"] in kinds)


@lru_cache(maxsize=64)
def argument_rule(kind: str) -> dict[str, Any]:
    """The declared argument rule of ``kind`` (see ``ARGUMENT_KINDS``; found once: it is
    asked for per token)."""
    return next(rule for rule in event_rules() if rule["kind"] == kind)


@lru_cache(maxsize=1)
def date_words() -> frozenset[str]:
    """The words that make a noun phrase a date, for ``target.described``: the lists of
    ``time_words.json`` its ``date_word_lists`` names (month and weekday names)."""
    words = load_data("time_words.json")
    lists = argument_rule("described_target")["date_word_lists"]
    return frozenset(w.lower() for name in lists for w in words[name])


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """Common nouns that name people or forces who act (``source.described``): the one-word
    nouns of ``agents.jsonl`` in the rule's ``agent_sectors`` ("militants", "gunmen"),
    singular and plural, and the rule's own ``agent_nouns``."""
    from dossier.knowledge import load_agents

    rule = argument_rule("described_source")
    sectors = set(rule["agent_sectors"])
    words = {
        w for record in load_agents() if record.sector in sectors
        for w in (record.word, record.plural) if w
    }
    words |= set(rule["agent_nouns"])
    return frozenset(w.lower() for w in words if " " not in w)


# The fields of a rule of each kind whose words the rule's reader needs in a sentence, as a
# word's lower-case form or lemma (or, for "Iran-backed", the part after its hyphen): a
# sentence with none of them is not read for the rule. A kind not listed is always read.
CUE_FIELDS: dict[str, tuple[str, ...]] = {
    "actor_compound": ("participles",),
    "backed_operation": ("participles",),
    "received_aid": ("verbs",),
    "attack_participle": ("participles",),
    "stance_predicate": ("words",),
    "time_for_request": ("nouns", "predicate_cues"),
    "voiced_obligation": ("modals",),
    "evaluated_act": ("predicates", "act_verbs"),
    "culprit_predicate": ("predicates", "predicate_cases"),
    "consequence_threat": (
        "facing_verbs", "holding_verbs", "justice_verbs", "measure_verbs", "response_verbs"
    ),
    "crime_commission": ("verbs",),
    "labelled_act": ("verbs",),
    "regretted_act": ("verbs",),
}


def sentence_words(tokens: Iterable[Token]) -> frozenset[str]:
    """The words of a sentence the declared rules are cued by: each token's lower-case form
    and lemma, and the part after each hyphen inside it ("backed" of "Iran-backed")."""
    tokens = tokens if isinstance(tokens, list) else list(tokens)
    return words_of([token.lower_ for token in tokens], [token.lemma_.lower() for token in tokens])


def words_of(forms: list[str], lemmas: list[str]) -> frozenset[str]:
    """``sentence_words`` of the tokens with these lower-case forms and lower-case lemmas."""
    words = {*forms, *lemmas}
    joined = " ".join(forms)
    for hyphen in HYPHENS:
        if hyphen in joined:  # most sentences have none
            words.update(f.rpartition(hyphen)[2] for f in forms if hyphen in f[1:-1])
    return frozenset(words)


@lru_cache(maxsize=256)
def _cue_words(rule_id: str) -> frozenset[str] | None:
    """The lower-case words of the rule's ``CUE_FIELDS`` (each word of a phrase), or None
    when its kind lists none."""
    rule = next(rule for rule in event_rules() if rule["id"] == rule_id)
    fields = CUE_FIELDS.get(rule["kind"])
    if fields is None:
        return None
    entries = [entry for name in fields for entry in rule[name]]
    return frozenset(word.lower() for entry in entries for word in entry.split())


def cued(rule: dict[str, Any], words: frozenset[str]) -> bool:
    """Whether a sentence of ``words`` (``sentence_words``) holds a word the rule needs."""
    cues = _cue_words(rule["id"])
    return cues is None or not cues.isdisjoint(words)


def any_cued(kinds: tuple[str, ...], words: frozenset[str]) -> bool:
    """Whether a sentence of ``words`` holds a word some rule of ``kinds`` needs (``cued``
    for any of ``rules_of_kind(*kinds)``, by the union of their cue words)."""
    always, cues = _cue_words_of_kinds(kinds)
    return always or not cues.isdisjoint(words)


@lru_cache(maxsize=64)
def _cue_words_of_kinds(kinds: tuple[str, ...]) -> tuple[bool, frozenset[str]]:
    """Whether some rule of ``kinds`` lists no cue words (it is always read), and the cue
    words of the others (made once: asked per sentence)."""
    cues = [_cue_words(rule["id"]) for rule in rules_of_kind(*kinds)]
    return any(c is None for c in cues), frozenset().union(*(c for c in cues if c is not None))


def apply_stand_ins(doc: Document, index: EntityIndex) -> None:
    """Run every declared stand-in rule over ``doc`` into ``index``."""
    for rule in rules_of_kind(*STAND_IN_KINDS):
        STAND_IN_KINDS[rule["kind"]](rule, doc, index)


def match_event_rules(
    tokens: Iterable[Token], index: EntityIndex, words: frozenset[str] | None = None
) -> list[RuleMatch]:
    """Every declared rule's matches in ``tokens`` (one sentence; ``words``: its
    ``sentence_words``, worked out when not given)."""
    tokens = list(tokens)
    words = sentence_words(tokens) if words is None else words
    if not any_cued(tuple(RULE_KINDS), words):
        return []  # most sentences: no word any rule needs
    return [
        match
        for rule in rules_of_kind(*RULE_KINDS)
        if cued(rule, words)
        for match in RULE_KINDS[rule["kind"]](rule, tokens, index)
    ]


__all__ = [
    "ARGUMENT_KINDS",
    "CUE_FIELDS",
    "RuleMatch",
    "actor_compounds",
    "agent_nouns",
    "any_cued",
    "apply_stand_ins",
    "argument_rule",
    "attack_participles",
    "cued",
    "date_words",
    "event_rules",
    "match_event_rules",
    "quoted_first_person",
    "rules_of_kind",
    "sentence_words",
    "stance_predicates",
    "words_of",
]
