"""Actors: one typed, canonical, aliased and coded entity per real-world referent.

Mentions come from the knowledge base (every alias, demonym and capital it lists), from the
trained NER, and from context cues for names the knowledge base lacks ("militias such as X",
"X Brigade", "Sheikh X"). Mentions are then joined into entities: short forms to full
names, acronyms to their expansion, capitals used as agents to their state.
"""

from __future__ import annotations

import bisect
import calendar
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

from spacy.attrs import IS_LOWER, LOWER, ORTH, SENT_START
from spacy.tokens import Doc, Span, Token

from dossier import knowledge
from dossier.document import Document, Entity, Mention
from dossier.extract.gazetteer import Gazetteer, KnownActor, load_gazetteer
from dossier.extract.syntax import DEMONSTRATIVES
from dossier.language import sentence_bounds
from dossier.spans import SortedSpans, SpanIndex

MAX_ALIASES = 15
#: Tags of words that never begin a name ("The", "Those", "Their" at a sentence start).
FUNCTION_TAGS = {"DT", "PDT", "WDT", "PRP$", "WP$", "IN", "CC"}
NER_TYPES = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "NORP": "GROUP",
    "FAC": "LOCATION",
    "EVENT": "EVENT",
}
_PARTICLES = {
    "al", "el", "bin", "ibn", "abu", "abd", "ben", "de", "da", "van", "von", "bint", "wal",
}
_ARTICLES = {"the", "a", "an"}
_ACRONYM_OR_GROUP = re.compile(r"\b(?:[A-Z]{2,}|[A-Z]-?\d+)\b")  # "ASEAN", "G7", "G-20"
# the Arabic article assimilated to the next letter, and the Persian and Urdu linking vowel,
# only ever hyphened: ad-Din, ash-Shabaab, Dasht-e-Barchi, Tehreek-e-Taliban, Hizb-i-Islami
_HYPHENED_PARTICLES = {"ad", "ud", "ar", "as", "ash", "at", "az", "an", "ed", "es", "et", "e", "i"}
_NOT_ORGANISATIONS = {"PERSON", "LOCATION", "STATE", "GROUP", "EVENT"}
_ACRONYM = re.compile(r"^[A-Z][A-Z&.]{1,7}$")


@lru_cache(maxsize=1)
def patterns() -> dict[str, Any]:
    """The cue lists in ``dossier/knowledge/actor_patterns.json``."""
    return knowledge.load_data("actor_patterns.json")


@lru_cache(maxsize=1)
def _date_names() -> frozenset[str]:
    """Month and weekday names in lower case (read once: ``calendar`` formats each name on
    every read, a tenth of the actors' time on a one-sentence document)."""
    return frozenset(m.lower() for m in (*calendar.month_name, *calendar.day_name) if m)


@lru_cache(maxsize=1)
def _stance_words() -> tuple[frozenset[str], frozenset[str]]:
    """The negative and positive stance words (read once, not per entity)."""
    words = patterns()["stance"]
    return frozenset(words["negative"]), frozenset(words["positive"])


@dataclass(frozen=True)
class Candidate:
    """A mention before it is joined into an entity; passes make new ones, never edit one."""

    start: int  # token indexes into the spaCy Doc
    end: int
    key: str  # which referent: "kb:<n>", or "name:<normal form>"
    type: str
    kind: str  # kb | demonym | state_np | capital | location | ner | cue | acronym | short
    actor: KnownActor | None = None
    code: str | None = None  # for a generic actor ("Iraqi militias" -> IRQUAF)
    name: str | None = None  # the referent's name, where the mention is not all of it
    rules: tuple[str, ...] = ()  # ids of the rules that found, typed, joined it

    def by(self, rule: str, **changes: Any) -> Candidate:
        """This mention rekeyed or retyped by ``rule`` (key, type, actor), the rule recorded."""
        rules = self.rules if rule in self.rules else (*self.rules, rule)
        return replace(self, rules=rules, **changes)


class Proposals:
    """What one pass proposes, carried out at once by ``applied``: changes to mentions (a
    new key, type, actor or span, by a rule), merges of referents, new mentions, drops."""

    def __init__(self) -> None:
        self.changes: list[tuple[int, str, dict[str, Any]]] = []  # (index, rule, fields)
        self.new: list[Candidate] = []
        self.dropped: set[int] = set()
        self.into: dict[str, tuple[Candidate, str]] = {}  # unknown key -> (known mention, rule)

    def change(self, index: int, rule: str, **fields: Any) -> None:
        self.changes.append((index, rule, fields))

    def join(self, index: int, rule: str, other: Candidate | tuple[str, str, Any]) -> None:
        """The mention at ``index`` names ``other``'s referent (its key, type and actor)."""
        if isinstance(other, Candidate):
            other = (other.key, other.type, other.actor)
        self.change(index, rule, key=other[0], type=other[1], actor=other[2])

    def key(self, candidate: Candidate) -> str:
        """The key ``candidate`` will have once the proposed merges are applied."""
        key = candidate.key
        while key in self.into:
            key = self.into[key][0].key
        return key

    def merge(self, first: Candidate, second: Candidate, rule: str) -> None:
        """Give the unknown one of two names for one actor (the second, if both are) the
        other's referent in every mention; two known actors are not the text's to merge."""
        first_key, second_key = self.key(first), self.key(second)
        if first_key == second_key:
            return
        if second_key.startswith("name:"):
            self.into[second_key] = (first, rule)
        elif first_key.startswith("name:"):
            self.into[first_key] = (second, rule)

    def applied(self, candidates: list[Candidate]) -> list[Candidate]:
        """``candidates`` with these proposals carried out, in text order."""
        if not (self.changes or self.dropped or self.into or self.new):
            return list(candidates)  # most passes propose nothing on a short text
        result = list(candidates)
        for index, rule, fields in self.changes:
            result[index] = result[index].by(rule, **fields)
        result = [self.merged(c) for i, c in enumerate(result) if i not in self.dropped]
        return sorted(result + self.new, key=lambda c: c.start) if self.new else result

    def merged(self, candidate: Candidate) -> Candidate:
        while candidate.key in self.into:
            known, rule = self.into[candidate.key]
            candidate = candidate.by(rule, key=known.key, type=known.type, actor=known.actor)
        return candidate


@dataclass
class Draft:
    key: str
    type: str
    actor: KnownActor | None
    candidates: list[Candidate] = field(default_factory=list)
    extra_aliases: set[str] = field(default_factory=set)
    rules: list[str] = field(default_factory=list)  # rules that typed the whole referent
    decided: bool = False  # typed by a decisive context rule, which later cues do not undo


def _has_upper(text: str) -> bool:
    return any(c.isupper() for c in text)


_POSSESSIVE_END = re.compile(r"['’`]s$")
_LEADING_THE = re.compile(r"^(the|The)\s+")
_SPACES = re.compile(r"\s+")
_ARTICLE_START = re.compile(r"^(al|el)-")


_TIME_ENTITIES = {"DATE", "TIME"}


@lru_cache(maxsize=1)
def _day_and_month_names() -> frozenset[str]:
    words = knowledge.load_data("time_words.json")
    return frozenset(words["weekdays"]) | frozenset(words["months"])


@lru_cache(maxsize=1)
def _weekday_names() -> frozenset[str]:
    return frozenset(knowledge.load_data("time_words.json")["weekdays"])


def _is_time_word(token: Token) -> bool:
    """A day or month name, or a word the model reads as a date or time ("Friday")."""
    return token.ent_type_ in _TIME_ENTITIES or token.lower_ in _day_and_month_names()


def _without_trailing_days(doc: Doc) -> list[Span]:
    """The NER's spans, a day or month name it ran a name into cut off ("march in Khartoum
    Thursday" read as a person "Khartoum Thursday"): the place stays for the knowledge base."""
    spans = []
    for ent in doc.ents:
        end = ent.end
        while end - ent.start > 1 and doc[end - 1].lower_ in _day_and_month_names():
            end -= 1
        spans.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_))
    return spans


@lru_cache(maxsize=1 << 16)
def _normal(text: str) -> str:
    text = _POSSESSIVE_END.sub("", text.strip())
    return _SPACES.sub(" ", _LEADING_THE.sub("", text)).lower()


def _surname(name: str) -> str:
    """A name's last word without its article: "Nouri al-Maliki" -> "maliki"."""
    words = _normal(name).split()
    return _ARTICLE_START.sub("", words[-1]) if words else ""


_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")  # "101st" in "the 101st Airborne Division"
_INITIAL = re.compile(r"[A-Z]\.")  # "J." in "Michele J. Sison"
_MODIFIER = re.compile(r"-[a-z]+$")  # "U.S.-backed", kept one token by the tokenizer


def _is_name_token(token: Token) -> bool:
    if _MODIFIER.search(token.text):
        return False
    return token.text[:1].isupper() or (token.is_digit and token.i > 0)


def _name_part_of(token: Token, start: int, end: int) -> bool:
    """A capitalised proper noun right after a name that the parser hung on it as a part of
    the name (``flat``), where the NER stopped short ("Hani ‘Abd-al-Majid Muhammad As’ad")."""
    return (
        token.dep_ == "flat"
        and start <= token.head.i < end
        and token.pos_ == "PROPN"
        and _is_name_token(token)
        and token.lower_ not in _day_and_month_names()  # "in Khartoum Thursday"
    )


def _all_proper(span: Span) -> bool:
    """Whether every word of a name but its particles and hyphens is a proper noun (to the
    morphologizer or the tagger: "Bayan" may be ADJ to one and NNP to the other)."""
    return all(
        t.pos_ == "PROPN" or t.tag_ in {"NNP", "NNPS"}
        for t in span
        if t.lower_ not in _PARTICLES and t.text != "-"
    )


def _continues_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` carries on the name before it."""
    token = doc[i]
    following = doc[i + 1] if i + 1 < len(doc) else None
    if token.text in {"'s", "’s"}:  # "Tigray People’s Liberation Front", not "Iran's Navy"
        return doc[i - 1].lower_ == "people" and following is not None and (
            _is_name_token(following)
        )
    if token.is_space:
        return False
    if _is_name_token(token):
        return token.text != "I"
    if token.lower_ in _PARTICLES or token.text == "-":  # al-Haq, bin Salman, Dasht-e-Barchi
        return following is not None and (
            following.text == "-"
            or _is_name_token(following)
            or (following.lower_ in _HYPHENED_PARTICLES and _continues_name(doc, i + 1))
        )
    if token.lower_ in _HYPHENED_PARTICLES and token.whitespace_ == "":
        return following is not None and following.text == "-"
    # an apostrophe split off inside a name: Kata'ib, Ba'ath
    return token.text in {"'", "’"} and token.whitespace_ == "" and following is not None


def _hyphened_part(doc: Doc, i: int) -> int:
    """How many tokens from ``i`` join the word before with hyphens to a capitalised word:
    2 for "-Weeyne" in "Tima-Weeyne", 4 for "-e-Barchi" in "Dasht-e-Barchi", else 0."""
    if i == 0 or doc[i - 1].whitespace_:
        return 0
    words = doc[i : i + 4]
    glued = not any(t.whitespace_ for t in words[:-1])
    if len(words) >= 2 and words[0].text == "-" and not words[0].whitespace_:
        if words[1].text[:1].isupper():
            return 2
        if len(words) == 4 and glued and words[1].text in _HYPHENED_PARTICLES:
            return 4 if words[2].text == "-" and words[3].text[:1].isupper() else 0
    return 0


def _spells(letters: str, words: list[str], links: frozenset[str], first: bool = True) -> bool:
    """Whether ``words`` spell the acronym ``letters``: a capitalised word gives one to three
    of its first letters or all its capitals ("UN"), a word between the first and the last
    may give none ("African Union Transition Mission in Somalia": ATMIS), a lower-case link
    word gives its initial or nothing; any other lower-case word breaks the name."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word[:1].isupper():
        options = {word[:n].upper() for n in (1, 2, 3)} | {"".join(filter(str.isupper, word))}
        if not first and rest:
            options.add("")
    elif word.lower() in links and not first:
        options = {"", word[0].upper()}
    else:
        return False
    return any(
        letters.startswith(option) and _spells(letters[len(option) :], rest, links, False)
        for option in options
    )


def name_chunk(doc: Doc, start: int) -> tuple[int, int] | None:
    """The run of capitalised tokens (with al-/bin/ibn particles and hyphens) from ``start``."""
    if (
        start >= len(doc)
        or not doc[start].text[:1].isupper()
        or doc[start].lower_ in _ARTICLES
        or _MODIFIER.search(doc[start].text)
    ):
        return None
    end = start + 1
    while end < len(doc) and _continues_name(doc, end):
        end += 1
    return start, end


@lru_cache(maxsize=1)
def agent_sectors() -> dict[str, str]:
    """Sector codes of agent words ("militia" -> UAF), singular and plural."""
    sectors: dict[str, str] = {}
    for agent in knowledge.load_agents():
        sectors.setdefault(agent.word.lower(), agent.sector)
        if agent.plural:
            sectors.setdefault(agent.plural.lower(), agent.sector)
    return sectors


@lru_cache(maxsize=1)
def agent_plurals() -> dict[str, str]:
    """The plural of each agent word ("rebel" -> "rebels")."""
    return {a.word.lower(): a.plural.lower() for a in knowledge.load_agents() if a.plural}


@lru_cache(maxsize=4)
def given_names(gazetteer: Gazetteer, min_people: int = 3) -> frozenset[str]:
    """First names of at least ``min_people`` known persons ("hamid", "abdullah"), leaving
    out particles, short words, English stop words and names of places or states."""
    from spacy.lang.en.stop_words import STOP_WORDS

    counts: dict[str, int] = {}
    for actor in gazetteer.actors:
        words = actor.name.split()
        if actor.type == "PERSON" and len(words) >= 2:
            counts[words[0].lower()] = counts.get(words[0].lower(), 0) + 1
    return frozenset(
        word for word, count in counts.items()
        if count >= min_people and len(word) > 2 and word.isalpha()
        and word not in _PARTICLES and word not in STOP_WORDS and gazetteer.entry(word) is None
    )


@lru_cache(maxsize=8)
def cue_index(cues: tuple[tuple[str, str], ...]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Multi-word cues by their first word, for a quick scan."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for cue, type_ in cues:
        words = tuple(cue.split())
        index.setdefault(words[0], []).append((words, type_))
    return index


_FUNCTION_WORDS = frozenset({"of", "for", "the", "and", "state", "high", "special", "senior"})


_TABLES: dict[str, Any] = {}


def _cue_tables() -> dict[str, Any]:
    """ActorFinder's word sets and tables from the cue lists, made once per process (not
    per document) and again only when the cue lists are read again; shared by every finder,
    so read only."""
    cues = patterns()
    if _TABLES.get("cues") is not cues:
        _TABLES.clear()
        _TABLES.update(_tables_of(cues))
    return _TABLES


def _tables_of(cues: dict[str, Any]) -> dict[str, Any]:
    rules = {rule["id"]: rule for rule in cues["rules"]}
    fighters = rules["armed_group.name_before_fighters_noun"]
    tables: dict[str, Any] = {"cues": cues, "rules": rules}
    tables["government_nouns"] = set(cues["government_nouns"])
    tables["military_nouns"] = set(rules["military.state_forces"]["words"])
    tables["fighters_nouns"] = set(fighters["words"])
    tables["not_name_words"] = set(fighters["leading_words_not_names"]) | set(
        fighters["describing_words_not_names"]
    )
    tables["sentence_start_tags_not_names"] = set(fighters["sentence_start_tags_not_names"])
    tables["mission_nouns"] = set(rules["government_body.state_mission"]["words"])
    tables["legal_designations"] = frozenset(rules["not_actor.legal_designation"]["words"])
    tables["legal_designation_starts"] = frozenset(  # a quick screen by the first word
        words.split()[0] for words in tables["legal_designations"]
    )
    tables["place_of_nouns"] = set(rules["cue.place_of_noun"]["words"])
    tables["unit_nouns"] = set(rules["military.numbered_unit"]["words"])
    tables["topic_links"] = set(cues["name_links_before_long_names"])
    tables["date_names"] = _date_names()
    tables["state_nouns"] = (
        tables["government_nouns"]
        | set(cues["state_forces_nouns"])
        | tables["military_nouns"]
        | tables["mission_nouns"]
    )
    tables["people_nouns"] = set(cues["people_nouns"])
    tables["patron_participles"] = set(cues["patron_participles"])
    tables["title_words"] = set(cues["title_words"])
    tables["title_domain_words"] = set(cues["title_domain_words"])
    tables["speaking_verbs"] = set(cues["speaking_verbs"])
    tables["name_suffixes"] = sorted(  # the longest first: "security forces" before "forces"
        cues["name_suffix_types"].items(), key=lambda item: -len(item[0])
    )
    tables["person_titles"] = set(cues["person_titles"])
    tables["person_title_words"] = tables["person_titles"] | tables["title_words"]
    tables["office_words"] = {t.split()[0] for t in cues["person_titles"]} | (
        tables["title_words"] - _FUNCTION_WORDS
    )
    tables["person_role_nouns"] = set(cues["person_role_nouns"])
    tables["acronym_links"] = frozenset(cues["acronym_links"]) | _PARTICLES
    tables["place_nouns"] = set(cues["place_unit_nouns"]) | set(cues["place_heads"])
    # rules that type a name by a common noun or phrase beside it ("the think tank
    # Clingendael", "the African Lion exercises"): read by ActorFinder.context_typed_names
    tables["context_rules"] = [
        rule for rule in cues["rules"] if "cue_before_name" in rule or "cue_after_name" in rule
    ]
    tables["decisive_rules"] = {rule["id"] for rule in tables["context_rules"]}
    # each rule with its cue phrases as words and its words between (split once)
    tables["context_rule_words"] = [
        (
            rule,
            [tuple(phrase.split()) for phrase in rule.get("cue_before_name", ())],
            [tuple(phrase.split()) for phrase in rule.get("cue_after_name", ())],
            frozenset(rule.get("words_between", ())),
        )
        for rule in tables["context_rules"]
    ]
    tables["context_first_words"] = frozenset(
        phrase.split()[0]
        for rule in tables["context_rules"]
        for phrase in (*rule.get("cue_before_name", ()), *rule.get("cue_after_name", ()))
    )
    # multi-word cues by their first word (cue_candidates, collective_actors)
    tables["group_cues_by_first"] = cue_index(tuple(cues["group_cues"].items()))
    tables["titles_by_first"] = cue_index(tuple((t, "PERSON") for t in cues["person_titles"]))
    tables["collective_by_first"] = cue_index(tuple(cues["collective_actors"].items()))
    return tables



def _name_suffix(text: str, suffixes: dict[str, str]) -> str | None:
    """The longest listed name suffix that ``text`` is or ends with after a space ("hamza
    brigade": "brigade"): a look-up of each tail, not a scan of the list per name."""
    if text in suffixes:
        return text
    for place, character in enumerate(text):
        if character == " " and text[place + 1 :] in suffixes:
            return text[place + 1 :]
    return None


def _holding(spans: list[tuple[int, int]], candidate: Candidate) -> list[tuple[int, int]]:
    """The span of ``spans`` (sorted, not overlapping: the NER's) that holds ``candidate``
    and starts before it, found by bisection."""
    place = bisect_left(spans, (candidate.start, -1)) - 1
    if place >= 0 and spans[place][0] < candidate.start and candidate.end <= spans[place][1]:
        return [spans[place]]
    return []

class ActorFinder:
    """Finds and joins actor mentions in one analysed document."""

    def __init__(self, doc: Document, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.spacy: Doc = doc.layers["spacy"]
        self.tokens: list[Token] = list(self.spacy)  # one Token object each, made once
        # the NER's spans by token, looked up by bisection (a scan per name is quadratic)
        self.ents = _without_trailing_days(self.spacy)
        self.ner_spans = SortedSpans((e.start, e.end, e.label_) for e in self.ents)
        self.gazetteer = gazetteer
        self.demonym_starts: set[int] = set()  # where the knowledge base finds a demonym
        vars(self).update(_cue_tables())
        self.headings = SpanIndex((p.start, p.end) for p in doc.paragraphs if p.heading)
        self.published = doc.metadata.published
        # read from one array, not token by token: the texts of tokens that start no
        # sentence, and where a lower-case place noun stands
        strings = self.spacy.vocab.strings
        rows = self.spacy.to_array([ORTH, SENT_START, IS_LOWER, LOWER]).tolist()
        # each distinct word looked up once
        self.mid_sentence_words = {
            strings[orth] for orth in {orth for orth, start, _, _ in rows if start != 1}
        }
        place_forms = {
            lower for lower in {lower for _, _, is_lower, lower in rows if is_lower}
            if strings[lower] in self.place_nouns
        }
        self.place_noun_at = [
            i for i, (_, _, is_lower, lower) in enumerate(rows) if is_lower and lower in place_forms
        ]

    @cached_property
    def texts(self) -> list[str]:
        """Each token's text (read once: several passes scan every token)."""
        return [t.text for t in self.tokens]

    @cached_property
    def lowered(self) -> list[str]:
        """Each token's lower-case form (read once)."""
        return [t.lower_ for t in self.tokens]

    # -- candidates ------------------------------------------------------------------------
    def in_heading(self, token: Token) -> bool:
        return token.idx in self.headings

    def knowledge_candidates(self) -> list[Candidate]:
        found = []
        names = list(self.gazetteer.find(self.spacy))
        self.demonym_starts = {start for start, _, entry in names if entry.role == "demonym"}
        for start, end, entry in names:
            span = self.spacy[start:end]
            if entry.role == "demonym":
                if self.ends_longer_name(span):
                    continue  # "African American", "the Royal Saudi Air Force"
                group = self.generic_group(span, entry.actor)
                found.append(group or self.demonym_candidate(span, entry.actor))
            elif entry.role == "capital":
                following = self.tokens[end] if end < len(self.tokens) else None
                if not (following and _is_name_token(following) and self.runs_into_name(span)):
                    found.append(self.capital_candidate(span, entry.actor))  # "Manama Dialogue"
            else:
                actor = self.gazetteer.choose(
                    entry.actors, self.published, self.doc.text, span.text
                )
                candidate = (
                    self.generic_group(span, actor) if actor.type == "GROUP" else None
                ) or self.named_candidate(span, actor)
                if candidate is not None:
                    found.append(candidate)
        return found

    def named_candidate(self, span: Span, actor: KnownActor) -> Candidate | None:
        """A knowledge-base name, read in context.

        "US forces" and "Iraqi government" stand for the state; "the Assad regime" for Assad;
        a place is read by ``place_bounds``; a leading "the" or title is left out of the
        mention.
        """
        words = [t.lower_ for t in span]
        for cut in (1, 2):
            if " ".join(words[cut:]) not in self.state_nouns:
                continue
            state = self.gazetteer.state_named(span[:cut].text)
            if state is not None:
                return self.state_organ(span.start, span.start + cut, span.end, state)
        if words[-1] in self.cues["person_regime_nouns"] and len(span) > 1:
            entry = self.gazetteer.entry(span[:-1].text)
            people = [a for a in (entry.actors if entry else []) if a.type == "PERSON"]
            if people:
                person = self.gazetteer.choose(
                    people, self.published, self.doc.text, span[:-1].text
                )
                return Candidate(
                    span.start, span.end - 1, f"kb:{person.index}", "PERSON", "kb", person,
                    rules=("kb.person_regime",)
                )
        start, end = span.start, span.end
        if actor.type == "LOCATION":
            place = self.place_bounds(span)
            if place is None:
                return None
            start, end = place
        if actor.type == "PERSON" and self.other_given_name(span, actor):
            return None  # "Bassel al-Assad" is not Bashar al-Assad
        if actor.type == "STATE" and self.ends_longer_name(span):
            return None  # "Latin America", "Steve Holland", "Lake Chad", "Air India"
        following = self.tokens[span.end].lower_ if span.end < len(self.spacy) else ""
        if actor.type == "GROUP" and following in self.cues["group_non_people_heads"]:
            return None  # "Arab states", "the Arab world": not the people
        while start < span.end - 1 and (
            self.tokens[start].lower_ in _ARTICLES
            or (actor.type == "PERSON" and self.tokens[start].lower_ in self.person_title_words)
        ):
            start += 1
        organ_end = self.state_phrase_end(span.end) if actor.type == "STATE" else None
        if organ_end is not None:  # "U.S. officials"
            return self.state_organ(start, span.end, organ_end, actor)
        organ_start = self.state_organ_before(start) if actor.type == "STATE" else None
        if organ_start is not None:  # "the Government of Iraq": the state acting
            return Candidate(
                organ_start, end, f"kb:{actor.index}", "STATE", "state_np", actor,
                rules=("kb.state_organ",),
            )
        if actor.type == "GROUP":
            end = self.people_noun_end(span.end)
        return Candidate(
            start, end, f"kb:{actor.index}", actor.type, "kb", actor, rules=("kb.name",)
        )

    def state_organ_before(self, start: int) -> int | None:
        """Where "Government of (the)" starts right before a state's name at ``start``
        (``state_organ_heads_before``), else None."""
        at = start - 1
        if at >= 0 and self.tokens[at].lower_ == "the":
            at -= 1
        if at < 1 or self.tokens[at].lower_ != "of":
            return None
        head = self.tokens[at - 1]
        return head.i if head.lower_ in self.cues["state_organ_heads_before"] else None

    def place_bounds(self, span: Span) -> tuple[int, int] | None:
        """Where a known place's mention starts and ends, or None where the name is not the
        place: inside a longer capitalised name ("Sayyid al-Shuhada"), a surname after "al-"
        ("Mohammad Sadiq al-Sadr" is not Sadr City), or the start of a longer name ("Hamid
        Dawud al-Zawi", "Mosul University"). An article before it is part of its name ("El
        Fasher"), a unit noun after it part of the mention ("Mosul district")."""
        start, end = span.start, span.end
        if start > 0:
            before = self.tokens[start - 1]
            chunk = name_chunk(self.spacy, before.i)
            inside_name = chunk is not None and chunk[1] >= end and not before.is_sent_start
            if inside_name and before.lower_ in _PARTICLES and chunk[0] == before.i:
                start = before.i
            elif inside_name and before.lower_ not in self.cues["place_modifiers"]:
                return None
        if self.after_name_particle(span) or self.runs_into_name(span):
            return None
        if end < len(self.spacy):
            unit = self.tokens[end]
            if unit.is_lower and unit.lower_ in self.cues["place_unit_nouns"]:
                end += 1
        return start, end

    def ends_longer_name(self, span: Span) -> bool:
        """Whether a state's name or demonym ends a longer capitalised name that starts
        mid-sentence with a word the knowledge base does not know: a person's ("Steve
        Holland", "Defense Minister Israel Katz"), a region's ("Latin America", "African
        American"), a lake's, a firm's or a paper's ("Lake Chad", "Air India", "ABC News
        Australia"); not after a direction word ("Eastern Ukraine") nor a known name or
        demonym ("Uyghurs Thailand holds")."""
        if span.start == 0:
            return False
        before = self.tokens[span.start - 1]
        chunk = name_chunk(self.spacy, before.i)
        return (
            chunk is not None
            and chunk[1] >= span.end
            and not before.is_sent_start
            and not before.is_stop  # "Human Rights: With U.S. support"
            and not self.in_heading(before)
            and before.lower_ not in self.cues["place_modifiers"]
            and before.lower_ not in _PARTICLES
            and self.gazetteer.entry(before.text) is None
        )

    def after_name_particle(self, span: Span) -> bool:
        """Whether ``span`` follows a name and a particle ("Sadiq al-|Sadr|")."""
        i = span.start
        if i >= 3 and self.tokens[i - 1].text == "-":
            particle, before = self.tokens[i - 2], self.tokens[i - 3]
            return (
                particle.lower_ in _PARTICLES
                and _is_name_token(before)
                and before.lower_ not in _ARTICLES
            )
        return False

    def runs_into_name(self, span: Span) -> bool:
        """A name goes on after ``span`` with a word that is neither a place word nor a name
        of its own."""
        if span.end >= len(self.spacy):
            return False
        following = self.tokens[span.end]
        if (
            not _continues_name(self.spacy, span.end)  # "Bab al-Hawa" is not the town Bab
            or following.is_digit
            or following.is_sent_start
            or following.lower_ in _day_and_month_names()  # "in Khartoum Thursday"
        ):
            return False
        words = following.lower_
        place_words = set(self.cues["place_heads"]) | set(self.cues["place_modifiers"])
        if words in place_words or self.cues["name_suffix_types"].get(words) == "LOCATION":
            return False
        return self.gazetteer.entry(following.text) is None

    def other_given_name(self, span: Span, person: KnownActor) -> bool:
        """A known surname after a capitalised name that none of the person's names has; at
        the start of a sentence only for a bare surname the NER reads with it as one name
        ("Mojtaba Khamenei met ...", not "Meanwhile Khamenei ..." nor "Whistleblower Edward
        Snowden")."""
        if span.start == 0:
            return False
        before = self.tokens[span.start - 1]
        first = self.tokens[span.start]
        surname = len(span) == 1 or first.is_lower  # "Khamenei", "bin Laden"
        one_name = surname and before.ent_type_ == first.ent_type_ == "PERSON" and (
            first.ent_iob_ == "I"
        )
        if not before.text[:1].isupper() or (before.is_sent_start and not one_name):
            return False
        if before.lower_ in self.cues["person_titles"] or before.lower_ in self.title_words:
            return False
        words = {w.lower() for n in self.gazetteer.names_of(person) for w in n.split()}
        return before.lower_ not in words and self.gazetteer.entry(before.text) is None

    def generic_group(self, span: Span, state: KnownActor) -> Candidate | None:
        """ "Iraqi militias", "the Syrian opposition", "Sunni militants": a non-state group of a
        nationality or faith, not the state itself (whose own forces, "Iraqi forces", stand for
        the state)."""
        if span.end >= len(self.spacy):
            return None
        noun = self.tokens[span.end]
        if noun.lower_ == "state" and span.end + 1 < len(self.spacy):
            following = self.tokens[span.end + 1]  # "Syrian state television"
            if self.cues["generic_group_nouns"].get(following.lower_) == "MEDIA":
                noun = following
        type_ = self.cues["generic_group_nouns"].get(noun.lower_)
        if type_ is None:
            return None
        article = self.tokens[span.start - 1].lower_ if span.start else ""
        if noun.lower_ in self.cues["individual_agent_nouns"] and article in {"a", "an", "one"}:
            return None  # "a Sunni militant" is one person; "Syrian rebel positions" a group's
        sector = agent_sectors().get(noun.lemma_.lower()) or agent_sectors().get(noun.lower_)
        plural = agent_plurals().get(noun.lower_, noun.lower_)  # "Syrian rebel positions"
        key = f"name:{_normal(f'{span.text} {plural}')}"
        is_state = state.type == "STATE" and state.code
        code = f"{state.code}{sector}" if is_state and sector else None  # a faith has no prefix
        return Candidate(
            span.start, noun.i + 1, key, type_, "cue", code=code, rules=("cue.generic_group",)
        )

    def demonym_candidate(self, span: Span, state: KnownActor) -> Candidate:
        """ "Iraqi" names Iraq; "Iraqi regime" names its government (kept as the state);
        "Syrian civilians" are the people, a mention of the nationality that keeps its noun."""
        end = self.state_phrase_end(span.end)
        if end is not None:
            return self.state_organ(span.start, span.end, end, state)
        shared = self.shared_organ(span.end)
        if shared is not None:  # "Armenian and Azerbaijani forces": the Armenian forces too
            organ = self.state_organ(span.start, *shared, state)
            words = self.spacy[shared[0] : shared[1]]
            one = " ".join([*(t.text for t in words[:-1]), words[-1].lemma_])  # "militaries":
            words = one if one.lower() in self.military_nouns else words.text  # one each
            name = None if organ.key.startswith("kb:") else f"{span.text} {words}"
            rules = (*organ.rules, "cue.shared_organ")
            return replace(organ, end=span.end, name=name, rules=rules)
        if (
            self.title_follows(span.end)
            or self.state_action_follows(span.end)
            or self.state_place_follows(span.end)
        ):  # "Iranian Foreign Minister ...": the state's man; "Turkish strikes": its acts
            return Candidate(
                span.start, span.end, f"kb:{state.index}", "STATE", "state_np", state,
                rules=("kb.demonym_state_context",)
            )
        end = self.people_noun_end(span.end)
        return Candidate(
            span.start, end, f"kb:{state.index}", "STATE", "demonym", state, rules=("kb.demonym",)
        )

    def state_organ(self, start: int, organ: int, end: int, state: KnownActor) -> Candidate:
        """A state's name and an organ noun (tokens ``organ:end``): its forces are its
        military, an actor of their own ("Somali security forces"); its government,
        officials or ministry are the state acting ("Iraqi officials"); its embassy is a body
        of its own ("the U.S. Embassy")."""
        organ_words = self.spacy[organ:end].text.lower()
        if organ_words in self.military_nouns:
            code = f"{state.code}MIL" if state.code else None
            return Candidate(
                start, end, f"military:{state.index}", "MILITARY", "state_np", code=code,
                rules=("military.state_forces",),
            )
        if organ_words in self.mission_nouns:
            code = f"{state.code}GOV" if state.code else None
            return Candidate(
                start, end, f"mission:{state.index}", "GOVERNMENT_BODY", "state_np", code=code,
                rules=("government_body.state_mission",),
            )
        return Candidate(
            start, end, f"kb:{state.index}", "STATE", "state_np", state, rules=("kb.state_organ",)
        )

    def title_follows(self, end: int) -> bool:
        """Whether an office title starts at token ``end`` ("President", "Foreign Minister",
        or in lower case an office only a state has: "the Syrian president")."""
        if end >= len(self.spacy):
            return False
        word = self.tokens[end]
        if word.is_lower:
            return word.lower_ in self.cues["state_office_words"]
        return word.text[:1].isupper() and word.lower_ in self.office_words

    def people_noun_end(self, end: int) -> int:
        """Past a people noun after a group's name ("Shiite *civilians*"), if there is one."""
        noun = self.tokens[end] if end < len(self.spacy) else None
        people = noun is not None and noun.is_lower and noun.lower_ in self.people_nouns
        return end + 1 if people else end

    def shared_organ(self, end: int) -> tuple[int, int] | None:
        """The organ words (start, end) a demonym shares with the demonym coordinated after
        it ("Armenian *and Azerbaijani* forces", "Ethiopian or Eritrean government officials")."""
        if end + 2 >= len(self.spacy) or self.tokens[end].lower_ not in {"and", "or"}:
            return None
        if end + 1 not in self.demonym_starts:
            return None
        organ_end = self.state_phrase_end(end + 2)
        return (end + 2, organ_end) if organ_end is not None else None

    def state_phrase_end(self, end: int) -> int | None:
        """Where a state's organ noun after its name ends ("Iraqi *security forces*", "the
        Lebanese *health ministry*")."""
        for size in (2, 1):
            words = self.spacy[end : end + size]
            if end + size <= len(self.spacy) and words.text.lower() in self.state_nouns:
                return end + size
        if (
            end + 1 < len(self.spacy)
            and self.tokens[end].is_lower
            and self.tokens[end].is_alpha
            and self.tokens[end + 1].lower_ in self.cues["modified_government_nouns"]
        ):
            return end + 2
        skip = 0  # "Pakistani counter-terrorism police", "Iraqi counterterrorism forces"
        if end + 2 < len(self.spacy) and self.tokens[end + 1].text in {"-", "‐"}:
            skip = 3 if self.tokens[end].is_lower and self.tokens[end + 2].is_lower else 0
        elif (
            end < len(self.spacy)
            and self.tokens[end].is_lower
            and self.tokens[end].is_alpha
            and self.tokens[end].pos_ == "NOUN"  # not "Libyan political leaders"
        ):
            skip = 1
        if skip:
            for size in (2, 1):
                words = self.spacy[end + skip : end + skip + size]
                if end + skip + size <= len(self.spacy) and words.text.lower() in self.state_nouns:
                    return end + skip + size
        return None

    def state_action_follows(self, end: int) -> bool:
        """Whether what a state does follows its demonym ("Turkish *strikes*", "Israeli *air
        strikes*"), past a weapon's model name ("Iranian Khorramshahr *missile*", "Russian
        Kh-101 *missiles*"): the demonym then names the state acting, not the nationality."""
        actions = self.cues["state_action_nouns"]
        if (
            end < len(self.spacy) - 1
            and self.tokens[end].text[:1].isupper()
            and self.tokens[end + 1].lower_ in actions
        ):  # one model name before the weapon
            end += 1
        words = [t.lower_ for t in self.tokens[end : end + 2]]
        return bool(words) and (words[0] in actions or " ".join(words) in actions)

    def state_place_follows(self, end: int) -> bool:
        """Whether a noun of the state's land follows its demonym ("the Turkish *border*")."""
        return end < len(self.spacy) and self.tokens[end].lower_ in self.cues["state_place_nouns"]

    def is_agent(self, token: Token) -> bool:
        """A place name standing for its government ("Washington wants", "Baghdad's leaders")."""
        deps = set(self.cues["agent_dependencies"])
        if token.dep_:
            if token.dep_ in deps:
                return True
            if token.dep_ == "conj" and token.head.i < token.i:  # "Washington and Riyadh back"
                return self.is_agent(token.head)
            if any(  # "Washington, which backs the SDF, ..."
                clause.dep_ == "acl:relcl"
                and clause.pos_ == "VERB"
                and not any(c.dep_ in {"cop", "aux:pass", "auxpass"} for c in clause.children)
                and any(c.dep_ in deps and c.lower_ in {"which", "who"} for c in clause.children)
                for clause in token.children
            ):
                return True
            head = token.head
            marked = any(c.dep_ == "case" and c.pos_ == "ADP" for c in token.children)
            return (
                token.dep_ in {"compound", "nmod"}
                and not marked  # "officials in Brussels" is a place
                and head.lower_ in self.government_nouns
            )
        following = self.tokens[token.i + 1] if token.i + 1 < len(self.spacy) else None
        return following is not None and following.text in {"'s", "’s"}

    def is_addressee(self, token: Token) -> bool:
        """A capital as the object of a verb said of governments ("accusing Paris of ...",
        "urged Washington to ..."), where "visited Paris" or "shelled Kyiv" is a place."""
        verb = token.head
        return token.dep_ in {"obj", "dobj", "iobj"} and (
            verb.lemma_.lower() in self.cues["metonymy_object_verbs"]
            or verb.lower_ in self.cues["metonymy_object_verbs"]
        )

    def is_party_between(self, token: Token) -> bool:
        """Capitals in a relation "between" them ("the rift between Baghdad and Damascus",
        "balancing between Washington and Tehran"): two governments; "flights between Beirut
        and Damascus" join two places."""
        first = token.head if token.dep_ == "conj" else token
        listed = [first, *first.conjuncts]
        relations = self.cues["between_relation_words"]
        return (
            len(listed) > 1
            and (first.head.lower_ in relations or first.head.lemma_.lower() in relations)
            and any(c.dep_ == "case" and c.lower_ == "between" for c in first.children)
            and all(self.is_capital(t) for t in listed)
        )

    def is_party_with(self, token: Token) -> bool:
        """A capital in the "with" phrase of a relation ("tension with Washington", "talks
        with Tehran", "its war with Moscow") or the "against" phrase of an act
        (``against_act_words``: "retaliation against Washington", "sanctions against
        Moscow"): the government; "flights with Beirut" or "a meeting in Paris" are places."""
        if token.dep_ not in {"nmod", "obl"}:
            return False
        head = {token.head.lower_, token.head.lemma_.lower()}
        markers = {c.lower_ for c in token.children if c.dep_ == "case"}
        return bool(  # also the side an act is against ("retaliation against Washington")
            ("with" in markers and head & set(self.cues["between_relation_words"]))
            or ("against" in markers and head & set(self.cues["against_act_words"]))
        )

    def is_capital(self, token: Token) -> bool:
        entry = self.gazetteer.entry(token.text)
        return entry is not None and entry.role == "capital"

    def capital_candidate(self, span: Span, state: KnownActor) -> Candidate:
        dateline = span.text.isupper() and len(span.text) > 3 and span[0].is_sent_start
        if not dateline and (  # "DAMASCUS, March 10 (Reuters) -": where the story was filed
            self.is_agent(span.root)
            or self.is_addressee(span.root)
            or self.is_party_between(span.root)
            or self.is_party_with(span.root)
        ):
            return Candidate(
                span.start, span.end, f"kb:{state.index}", "STATE", "capital", state,
                rules=("kb.capital_as_agent",)
            )
        place = self.gazetteer.place(span.text)
        key = f"kb:{place.index}" if place else f"name:{_normal(span.text)}"
        unit = self.tokens[span.end] if span.end < len(self.tokens) else None
        within = unit is not None and unit.is_lower and unit.lower_ in self.cues["place_unit_nouns"]
        end = span.end + 1 if within else span.end
        return Candidate(  # a unit noun after it is part of the mention ("Damascus suburbs")
            span.start, end, key, "LOCATION", "location", place, rules=("kb.place",)
        )

    def typed_by_context(self, span: Span) -> str | None:
        """A type from the name's own last or first word ("Hamza Brigade", "Branch 215"); a
        body named after an international organisation is one ("United Nations Development
        Programme", "UN Human Rights Council")."""
        text = span.text.lower()
        if len(span) > 1 and span[0].lower_ in self.cues["operation_words"]:
            return "EVENT"  # "Operation Olive Branch": an operation, whatever its last word
        suffix = _name_suffix(text, self.cues["name_suffix_types"])
        if suffix is not None:
            type_ = self.cues["name_suffix_types"][suffix]
            if suffix in self.cues["non_state_suffixes"] and not any(
                self.gazetteer.state_named(t.text) for t in span
            ):
                return "ARMED_GROUP"  # "the Mahdi Army", not a state's "Syrian Arab Army"
            if type_ not in {"LOCATION", "EVENT"} and self.named_after_igo(span):
                return "INTERNATIONAL_ORG"
            if suffix in self.cues["event_suffixes_yield_to_actors"] and self.names_actor_in(span):
                return None  # "the G7 Ise-Shima Summit", "the U.S.-ASEAN Summit": G7 and ASEAN
            return type_
        if len(span) > 1:
            type_ = self.cues["name_prefix_types"].get(span[0].lower_)
            if type_ == "EVENT" and span[1].lower_ != "of":
                return None  # "the Battle of Kobani", not "Battle positions"
            return type_
        return None

    def names_actor_in(self, span: Span) -> bool:
        """Whether one to three words of the name name a known actor that is no place
        ("NATO", "U.S." in "U.S.-ASEAN Special Summit"; not "Munich"), or a word is an acronym
        or a letter with a number ("G7", "G-20"), which name a body more often than not."""
        if _ACRONYM_OR_GROUP.search(span.text):
            return True
        for size in (1, 2, 3):
            for k in range(len(span) - size + 1):
                entry = self.gazetteer.entry(span[k : k + size].text)
                if entry is not None and entry.role == "name" and any(
                    a.type != "LOCATION" for a in entry.actors
                ):
                    return True
        return False

    def named_after_igo(self, span: Span) -> bool:
        """Whether the name's first words name a known international organisation."""
        for size in range(min(3, len(span) - 1), 0, -1):
            entry = self.gazetteer.entry(span[:size].text)
            if entry is not None and entry.role == "name":
                return any(a.type == "INTERNATIONAL_ORG" for a in entry.actors)
        return False

    def typed_by_place_head(self, span: Span) -> str | None:
        """A name beside a place noun is a place ("the Zamzam camp", "the town of Boni")."""
        heads = self.cues["place_heads"]
        following = self.tokens[span.end].lower_ if span.end < len(self.spacy) else ""
        if self.noun_before_place(span.end):
            following = self.tokens[span.end + 1].lower_  # "the Abu Shouk displacement camp"
        before = [t.lower_ for t in self.spacy[max(0, span.start - 2) : span.start]]
        inside = any(  # "the Syrian town of Dabiq"
            t.lower_ in heads and span[k + 1].lower_ == "of" for k, t in enumerate(span[:-1])
        )
        if (
            following in heads
            or inside
            or (len(before) == 2 and before[1] == "of" and before[0] in heads)
        ):
            return "LOCATION"
        return None

    def is_common_phrase(self, span: Span) -> bool:
        """An NER span that is no name: no proper noun in it, or a demonym and common nouns
        ("Syrian people"), which the demonym itself already names."""
        if span.doc.has_annotation("POS") and not any(t.pos_ == "PROPN" for t in span):
            return True
        if len(span) == 1 and span[0].is_sent_start and span.text not in self.mid_sentence_words:
            return True  # "Wisdom dictates", "Militias such as": capitalised by position only
        rest_lower = all(not t.text[:1].isupper() for t in span[1:])
        return rest_lower and self.gazetteer.state_named(span[0].text) is not None

    def byline_person(self, ent: Span, type_: str) -> bool:
        """A person the NER finds in a heading by a known given name ("Matthew Miller,
        Department Spokesperson") or who is the statement's issuer in the metadata
        ("Statement by National Security Advisor Jake Sullivan on ...")."""
        if self.issuer_person and _normal(ent.text).endswith(_normal(self.issuer_person)):
            return True  # "Remarks by Vice President Harris ...": the issuer, one word or more
        if len(ent) < 2:
            return False
        return type_ == "PERSON" and ent[0].lower_ in given_names(self.gazetteer)

    def issuer_in_title(self) -> list[Candidate]:
        """The issuer's one-word name where a heading gives it after an office ("Statement
        by Vice President Harris on ..."): a person the NER may miss in a title-case line, and
        the one the text's "I" and "we" stand for."""
        issuer = self.issuer_person
        if not issuer or " " in issuer:
            return []
        return [
            Candidate(t.i, t.i + 1, f"name:{_normal(issuer)}", "PERSON", "cue",
                      rules=("person.issuer_in_title",))
            for i, text in enumerate(self.texts)
            if text == issuer
            for t in (self.tokens[i],)
            if self.in_heading(t) and t.i > 0
            and self.tokens[t.i - 1].lower_ in self.person_title_words
        ][:1]

    def titled_in_title(self, name: str) -> bool:
        """Whether the metadata's title names ``name`` right after a person's title
        ("Remarks by Vice President Harris at ...", "Statement by President Biden on ...")."""
        title = self.doc.metadata.title or ""
        match = re.search(rf"(\S+)\s+{re.escape(name)}\b", title)
        return (
            name[:1].isupper()
            and match is not None
            and match.group(1).lower() in self.person_title_words
        )

    @cached_property
    def issuer_person(self) -> str | None:
        """The metadata's issuer when it is a person's name ("Jake Sullivan"), not a body
        ("The White House", "Office of the Spokesperson")."""
        issuer = self.doc.metadata.issuer or ""
        words = issuer.split()
        if len(words) == 1 and self.titled_in_title(issuer):
            return issuer  # a surname the title gives after an office ("Vice President Harris")
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return None
        if words[0].lower() in _ARTICLES:
            return None  # "The White House"
        entry = self.gazetteer.entry(issuer)
        if entry is not None and not any(a.type == "PERSON" for a in entry.actors):
            return None
        suffixes = {s.split()[-1] for s in self.cues["name_suffix_types"]}
        if {w.lower() for w in words} & (suffixes | set(self.cues["name_prefix_types"])):
            return None
        return issuer

    def ner_candidates(self) -> list[Candidate]:
        found = []
        for ent in self.ents:
            type_ = NER_TYPES.get(ent.label_)
            if type_ is None or (self.in_heading(ent[0]) and not self.byline_person(ent, type_)):
                continue  # a title-case heading misleads the NER, but for a person's name
            if self.legal_designation(ent.start, ent.end):
                continue  # "Foreign Terrorist Organization": before "Foreign" reads as a title
            start, end = ent.start, ent.end
            rules = [f"ner.{ent.label_}"]
            if self.issuer_person and _normal(ent.text) == _normal(self.issuer_person):
                type_ = "PERSON"  # the issuer of a statement, a person, whatever the NER says
            while (part := _hyphened_part(self.spacy, end)) > 0:
                end += part  # "Mansoor Tima-Weeyne", "Dasht-e-Barchi": the NER stopped at "-"
            while type_ == "PERSON" and end < len(self.spacy) and _name_part_of(
                self.spacy[end], start, end
            ):
                end += 1  # "Hani ‘Abd-al-Majid Muhammad As’ad": the parse has the last name
            while end - start > 1 and self.tokens[end - 1].pos_ in {"ADP", "DET", "CCONJ"}:
                end -= 1  # "Doug Miller of", "Special Representative for", "Troops from":
                # no name ends so
            if (
                end - start == 1
                and self.tokens[start].is_sent_start
                and self.tokens[start].tag_ in {"NN", "NNS"}
            ):
                continue  # "Troops from Chad attacked": a common noun capitalised by the
                # sentence, which the NER read with the word after it
            named = self.person_after_office(start, end)
            if named is not None:  # "US Secretary of State Mike Pompeo"
                start, type_ = named, "PERSON"
                rules.append("person.after_office")
            titles = self.person_title_words if type_ == "PERSON" else self.person_titles
            while start < end - 1 and (
                self.tokens[start].lower_ in _ARTICLES
                or self.tokens[start].is_punct
                or self.tokens[start].lower_ in titles
            ):
                start += 1
            if type_ == "PERSON" and self.office_domain_word(self.spacy[start : start + 1]):
                start += 1  # "Minister of Justice Naser Eldin Abdel Bari": the office's word,
                rules.append("person.after_office_domain")  # the name after it
                following = next((e for e in self.ents if e.start == end), None)
                if following is not None and following.label_ == "PERSON":
                    end = following.end  # the rest of the name the NER cut off
            links = [t.i for t in self.spacy[start + 2 : end] if t.lower_ in {"of", "from"}]
            if type_ == "PERSON" and links:
                end = links[0]  # "Michael Knights of the Washington Institute": the person
            opening = [t.i for t in self.spacy[start:end] if t.text == "("]
            if opening and opening[0] > start:  # "... the Levant (ISIL)": the name before it
                end = opening[0]
            while end > start and (
                self.tokens[end - 1].text in {"'s", "’s", "'"} or self.tokens[end - 1].is_punct
                or (
                    end - start > 1
                    and self.tokens[end - 1].lower_ in self.office_words
                    and self.tokens[end - 1].tag_ not in {"NNS", "NNPS"}  # "foreign ministers"
                )
            ):
                end -= 1  # "Coalition spokesman": one office holder, no part of the name
            common = [  # "the Iraqi newspaper Al-Sabah": the name after a noun that types it
                t.i for t in self.spacy[start : end - 1]
                if t.is_lower and t.pos_ == "NOUN" and t.lower_ not in _PARTICLES
            ]
            noun = self.tokens[common[-1]].lower_ if common else ""
            noun_type = "MEDIA" if noun in self.cues["media_nouns"] else (
                "PERSON" if noun in self.person_role_nouns else None
            )
            if noun_type and _is_name_token(self.tokens[common[-1] + 1]):
                start, type_ = common[-1] + 1, noun_type
            span = self.spacy[start:end]
            if not span.text or not _has_upper(span.text) or span.text.isdigit():
                continue
            if span.text.lower() in titles:
                continue
            if self.is_common_phrase(span):
                continue
            if self.office_domain_word(span):
                continue  # "Minister of Justice": a title's word, no actor
            if self.channel_network(span):
                continue  # "posted on Telegram": a channel, no actor
            if noun_type:
                rules.append("type.common_noun_before_name")
            by_words, by_place = self.typed_by_context(span), self.typed_by_place_head(span)
            if by_words or by_place:
                rules.append("type.name_words" if by_words else "type.place_head")
            type_ = by_words or by_place or type_
            if type_ == "LOCATION" and self.speaking_name(span):
                type_ = "PERSON"  # "Bobi Wine told VOA": a place the NER read speaks
                rules.append("type.speaking_name")
            key = f"name:{_normal(span.text)}"
            found.append(Candidate(start, end, key, type_, "ner", rules=tuple(rules)))
        return found

    def speaking_name(self, span: Span) -> bool:
        """Whether a name of two or three proper nouns the NER took for a place is the
        subject of a verb only people do (``speaking_verbs``: "Bobi Wine says he has
        trouble", "Victoria Nuland told reporters"); a known place that speaks for its
        government ("Washington said") is the knowledge base's, not the NER's."""
        return 2 <= len(span) <= 3 and all(t.pos_ == "PROPN" for t in span) and self.speaks(
            span.root
        )

    def speaks(self, token: Token) -> bool:
        """Whether a word is the subject of a verb only people do (``speaking_verbs``)."""
        return token.dep_ == "nsubj" and token.head.lemma_.lower() in self.speaking_verbs

    def office_domain_word(self, span: Span) -> bool:
        """Whether ``span`` is the domain word of an office or department after its title
        and "of", alone or in a list ("Minister of Justice", "the Departments of Treasury,
        State, and Commerce"): rule not_actor.office_domain_word."""
        rule = self.rules["not_actor.office_domain_word"]
        words = set(rule["words"])
        if span.text.lower() not in words:
            return False
        listed = {w for phrase in words for w in phrase.split()} | {",", "and", "or"}
        k = span.start - 1
        while k >= 0 and self.tokens[k].lower_ in listed and self.tokens[k].lower_ != "of":
            k -= 1
        before = [t.lower_ for t in self.spacy[max(0, k - 1) : k + 1]]
        return any(before == phrase.split() for phrase in rule["after"])

    def channel_network(self, span: Span) -> bool:
        """Whether ``span`` names a social network as the channel of what was said ("posted
        on Telegram", "via X"): rule not_actor.channel_network."""
        rule = self.rules["not_actor.channel_network"]
        return (
            span.text.lower() in rule["words"]
            and span.start > 0
            and self.tokens[span.start - 1].lower_ in rule["after"]
        )

    def coordinated_chambers(self) -> list[Candidate]:
        """Each of two chambers named together ("the House and Senate", "the Senate and the
        House"), where the pair opens no longer name: rule cue.coordinated_chambers."""
        words = set(self.rules["cue.coordinated_chambers"]["words"])
        texts, found = self.texts, []
        for i, text in enumerate(texts[:-2]):
            if text not in words or texts[i + 1] != "and":
                continue
            other = i + 3 if texts[i + 2] == "the" else i + 2
            if other >= len(texts) or texts[other] not in words - {text}:
                continue
            if other + 1 < len(texts) and _is_name_token(self.tokens[other + 1]):
                continue  # "the House and Senate Armed Services Committees"
            for at in (i, other):
                found.append(Candidate(
                    at, at + 1, f"name:{_normal(texts[at])}", "GOVERNMENT_BODY", "cue",
                    rules=("cue.coordinated_chambers",),
                ))
        return found

    def collective_actors(self) -> list[Candidate]:
        """Described collective actors the annotation lists like names: "the international
        community", "international forces", "coalition troops" (lower case only: a
        capitalised one is a name the other rules read)."""
        phrases = self.collective_by_first
        found = []
        texts = self.texts
        for i, text in enumerate(texts):
            for phrase, type_ in phrases.get(text, ()):
                end = i + len(phrase)
                if tuple(texts[i:end]) == phrase:
                    found.append(Candidate(
                        i, end, f"name:{' '.join(phrase)}", type_, "cue",
                        rules=("cue.collective_actor",),
                    ))
        return found

    def officers_after_bodies(self, known: list[Candidate]) -> list[Candidate]:
        """A person named right after a known body or office and set off by a colon or a
        comma: a speaker ("Director of National Intelligence Tulsi Gabbard: ...", "Joint
        Chiefs of Staff Dan "Razin" Caine:"), or after a title's "to", "for" or "of" phrase
        naming a body or a state ("Special Envoy for Yemen Tim Lenderking", "Ambassador to
        the United Nations Linda Thomas-Greenfield"). A quoted nickname stays inside the name."""
        found = []
        bodies = {"GOVERNMENT_BODY", "MILITARY", "ORGANIZATION", "INTERNATIONAL_ORG"}
        for body in known:
            if body.actor is None:
                continue
            titled = self.title_phrase_before(body.start)
            if body.actor.type not in bodies and not titled:
                continue
            after = body.end
            while after < len(self.tokens) and self.tokens[after].lower_ in self.office_words:
                after += 1  # "... Security President David Albright": the name after the title
            chunk = name_chunk(self.spacy, after)
            if chunk is None:
                continue
            end = chunk[1]
            if (
                end + 3 < len(self.tokens)
                and self.tokens[end].text in {"“", '"'}
                and self.tokens[end + 2].text in {"”", '"'}
                and _is_name_token(self.tokens[end + 1])
            ):
                tail = name_chunk(self.spacy, end + 3)  # Dan “Razin” Caine
                end = tail[1] if tail else end
            words = [t for t in self.spacy[chunk[0] : end] if t.text[:1].isalpha()]
            if (
                not 2 <= len(words) <= 4
                or end >= len(self.tokens)
                or (self.tokens[end].text not in {":", ","} and not titled)
                or not all(_is_name_token(t) for t in words)
                or (self.spacy.has_annotation("TAG") and not all(t.pos_ == "PROPN" for t in words))
                or any(self.gazetteer.entry(t.text) for t in words)
            ):
                continue
            span = self.spacy[chunk[0] : end]
            set_off = self.tokens[end].text in {":", ","}
            rule = "cue.officer_after_body" if set_off else "cue.officer_after_titled_body"
            found.append(Candidate(
                chunk[0], end, f"name:{_normal(span.text)}", "PERSON", "cue", rules=(rule,)
            ))
        return found

    @cached_property
    def office_fields(self) -> list[tuple[int, int, int]]:
        """(field start, name start, name end) of each office named by its field before its
        holder (rule person.after_office_field): "Assistant Secretary of State for
        International Security and Nonproliferation Eliot Kang"."""
        rule = self.rules["person.after_office_field"]
        tails = [tail.split() for tail in rule["title_tails"]]
        found = []
        for token in self.tokens:
            if token.lower_ not in rule["field_links"] or token.i < 2:
                continue
            title = token.i - 1
            for tail in tails:
                if [t.lower_ for t in self.spacy[token.i - len(tail) : token.i]] == tail:
                    title = token.i - len(tail) - 1
            if title < 0 or not (
                self.tokens[title].text[:1].isupper()
                and self.tokens[title].lower_ in self.person_titles
            ):
                continue
            fields = self.office_field(token.i + 1, rule)
            if fields is not None:
                found.append(fields)
        return found

    def office_field(self, start: int, rule: dict[str, Any]) -> tuple[int, int, int] | None:
        """The field words from ``start`` and the two-word name that ends them, if the name
        is a person's: no field word, and a known given name first or a name the NER reads
        ending there."""
        tokens = self.tokens
        if start < len(tokens) and tokens[start].lower_ == "the":
            start += 1
        words: list[list[int]] = []  # capitalised words, each with its hyphened parts
        k = start
        while k < len(tokens):
            token = tokens[k]
            glued = words and not tokens[k - 1].whitespace_
            if glued and "-" in {token.text, tokens[k - 1].text}:
                words[-1].append(k)  # "Thomas-Greenfield"
            elif _is_name_token(token) and not token.is_digit:
                words.append([k])
            elif not (
                token.lower_ in rule["joiners"]
                and k + 1 < len(tokens)
                and _is_name_token(tokens[k + 1])
            ):
                break
            k += 1
        if len(words) < 3 or tokens[words[-1][-1]].text == "-":
            return None
        name = words[-2:]
        if len(words) > 3 and _INITIAL.fullmatch(tokens[words[-2][0]].text):
            name = words[-3:]  # "Michele J. Sison"
        name_start, name_end = name[0][0], name[-1][-1] + 1
        tagged = self.spacy.has_annotation("TAG")
        if any(
            (tagged and tokens[w[0]].pos_ != "PROPN")
            or tokens[w[-1]].lower_ in rule["field_words"]
            or tokens[w[0]].lower_ in self.person_title_words
            for w in name
        ):
            return None  # "Special Envoy for Global Food Security": no name ends the field;
            # "for Hostage Affairs Ambassador Carstens": a title, then one name
        given = tokens[name_start].lower_ in given_names(self.gazetteer)
        read = any(e == name_end for _, e, _ in self.ner_spans.meeting(name_start, name_end))
        return (start, name_start, name_end) if given or read else None

    def officers_after_fields(self) -> list[Candidate]:
        """The holders of :attr:`office_fields`."""
        found = []
        for _, start, end in self.office_fields:
            span = self.spacy[start:end]
            found.append(Candidate(
                start, end, f"name:{_normal(span.text)}", "PERSON", "cue",
                rules=("person.after_office_field",),
            ))
        return found

    def in_office_field(self, candidate: Candidate) -> bool:
        """Whether a candidate reads into an office's field, but for a state or place the
        field is ("Special Envoy for Yemen")."""
        kept = self.rules["person.after_office_field"]["kept_types"]
        for start, name_start, name_end in self.office_fields:
            if candidate.end <= start or candidate.start >= name_end:
                continue
            if (candidate.start, candidate.end) == (name_start, name_end):
                continue
            inside = candidate.end <= name_start
            if not (inside and candidate.kind != "ner" and candidate.type in kept):
                return True
        return False

    def legal_designation(self, start: int, end: int) -> bool:
        """Whether the tokens name a legal category actors are designated as (rule
        not_actor.legal_designation: "Foreign Terrorist Organization", "SDGT")."""
        return self.tokens[start].lower_ in self.legal_designation_starts and (
            _normal(self.spacy[start:end].text) in self.legal_designations
        )

    def title_phrase_before(self, start: int) -> bool:
        """Whether a person's title and its "to", "for" or "of" come right before ``start``
        ("Ambassador to the", "Special Envoy for", "Director General of the")."""
        before = start - 1
        if before >= 0 and self.tokens[before].lower_ == "the":
            before -= 1
        return (
            before >= 1
            and self.tokens[before].lower_ in {"to", "for", "of"}
            and self.tokens[before - 1].lower_ in self.person_titles
            and self.tokens[before - 1].text[:1].isupper()
        )

    def person_after_office(self, start: int, end: int) -> int | None:
        """Where a person's name starts after an office inside one NER span ("US Secretary of
        State Mike Pompeo", "National Security Advisor Jake Sullivan"): after the span's last
        office word, a name of two to four proper nouns."""
        offices = [
            k for k in range(start, end - 2) if self.tokens[k].lower_ in self.person_title_words
        ]
        if not offices or self.tokens[offices[-1]].lower_ in _FUNCTION_WORDS - {"state"}:
            return None
        name = self.spacy[offices[-1] + 1 : end]
        if len(name) > 4 or not all(_is_name_token(t) or t.lower_ in _PARTICLES for t in name):
            return None
        if self.spacy.has_annotation("TAG") and not _all_proper(name):
            return None
        return name.start

    def cue_candidates(self) -> list[Candidate]:
        """Names the cues type: lists after "militias such as", names after titles, suffixes."""
        found = []
        lowered, texts = self.lowered, self.texts
        cues_by_first = self.group_cues_by_first
        titles_by_first = self.titles_by_first
        for i, word in enumerate(lowered):
            for cue, type_ in cues_by_first.get(word, ()):
                if tuple(lowered[i : i + len(cue)]) == cue:
                    found.extend(self.listed_names(i + len(cue), type_))
            for title, type_ in titles_by_first.get(word, ()):
                after = i + len(title)
                while after < len(self.spacy) and self.tokens[after].lower_ in self.office_words:
                    after += 1  # "Secretary General Mark Rutte": the name after the office
                chunk = name_chunk(self.spacy, after)
                if chunk and tuple(lowered[i : i + len(title)]) == title:
                    if self.tokens[i].is_lower and self.tokens[i].pos_ in {"ADJ", "VERB"}:
                        continue  # "the general Syrian area"
                    if self.in_heading(self.tokens[i]) and lowered[chunk[0]] not in given_names(
                        self.gazetteer
                    ):
                        continue  # a title-case headline: "Taliban Chief Hails Troop Exit"
                    if self.in_heading(self.tokens[i]):  # "President Donald J. Trump Begins
                        chunk = self.flat_name(chunk)  # Process ...": the name the parse joins
                    if chunk[1] - chunk[0] == 1 and self.gazetteer.state_named(lowered[chunk[0]]):
                        continue  # "Commander Iraqi forces": a state word is no person
                    if self.tokens[chunk[0]].pos_ == "PRON":
                        continue  # "thank you, Gov. I — I may be": a pronoun is no name
                    span = self.spacy[chunk[0] : chunk[1]]
                    if self.typed_by_context(span) not in {None, "PERSON"}:
                        continue  # "the General Intelligence Service": a body, no person
                    found.append(Candidate(
                        *chunk, f"name:{_normal(span.text)}", type_, "cue",
                        rules=("cue.person_title",)
                    ))
            if not word[:1].isalpha() or word == texts[i]:
                continue  # the chunks below start with a capitalised word
            found.extend(
                self.suffix_typed_chunk(i)
                or self.given_name_chunk(i)
                or (self.place_noun_near(i) and self.place_unit_chunk(i))
                or self.speaking_subject(i)
                or []
            )
        for i, word in enumerate(lowered):
            if word in self.cues["laqab_words"]:
                found.extend(self.laqab_name(i))
            if word in self.person_role_nouns:
                found.extend(self.name_after_role(i))
            if word in self.fighters_nouns:
                found.extend(self.name_before_fighters(i))
            if word in self.place_of_nouns:
                found.extend(self.place_after_of(i))
            if word in self.person_role_nouns or (
                word in self.person_title_words and word not in _FUNCTION_WORDS
            ):
                found.extend(self.name_before_role(i))
        found.extend(self.context_typed_names(lowered))
        return found

    def context_typed_names(self, lowered: list[str]) -> list[Candidate]:
        """Names a common noun or phrase beside them types, whatever their own words say
        (the rules of actor_patterns.json with ``cue_before_name`` / ``cue_after_name``):
        "the think tank Clingendael", "a senior fellow at the Atlantic Council" (an
        organisation, not a council of state), "the African Lion multilateral military
        exercises" (a named exercise: an EVENT, which never acts). A name the knowledge base
        knows keeps its own type, and so does a state's name or demonym."""
        found = []
        starts: dict[str, list[int]] = {}  # where each cue's first word stands: one pass
        first_words = self.context_first_words
        for i, word in enumerate(lowered):
            if word in first_words:
                starts.setdefault(word, []).append(i)
        if not starts:
            return found
        for rule, before_name, after_name, skip in self.context_rule_words:
            for words in before_name:
                for i in starts.get(words[0], ()):
                    if i >= len(lowered) - len(words):
                        break
                    if tuple(lowered[i : i + len(words)]) != words or not self.tokens[i].is_lower:
                        continue
                    if i > 0 and lowered[i - 1] in rule.get("cue_not_after", ()):
                        continue  # "our daily Public Affairs operations": no outlet
                    start = i + len(words)
                    if start < len(self.tokens) and self.tokens[start].lower_ == "the":
                        start += 1
                    chunk = name_chunk(self.spacy, start)
                    if chunk is not None:
                        found.extend(self.context_typed(self.extend_over_link(chunk), rule))
            for words in after_name:
                for i in starts.get(words[0], ()):
                    if i < 1:
                        continue
                    if i > len(lowered) - len(words):
                        break
                    if tuple(lowered[i : i + len(words)]) != words or not (
                        self.tokens[i].is_lower or self.tokens[i].is_punct
                    ):
                        continue
                    if rule.get("not_in_question") and self.in_question(i):
                        continue  # "Q Mr. President, who got the better deal?"
                    end = i
                    while end > 0 and (
                        lowered[end - 1] in skip
                        or (self.tokens[end - 1].is_digit and len(lowered[end - 1]) <= 4)
                    ):
                        end -= 1  # "African Lion 2022 multilateral military exercises"
                    start = end
                    while start > 0 and (
                        _is_name_token(self.tokens[start - 1])
                        or self.tokens[start - 1].lower_ in _PARTICLES
                        or self.tokens[start - 1].text == "-"
                        or (  # "the Friends of Europe think tank"
                            self.tokens[start - 1].lower_ in self.cues["name_links"]
                            and start > 1
                            and _is_name_token(self.tokens[start - 2])
                        )
                    ):
                        start -= 1
                    while start < end and not _is_name_token(self.tokens[start]):
                        start += 1
                    if rule.get("single_named_person"):
                        while start < end - 1 and (
                            lowered[start] in self.person_title_words
                            or lowered[start] in self.office_words
                        ):
                            start += 1  # "General Vavala, who": the name after the title
                        if start < end and not self.one_person(start, end):
                            continue
                    if start < end:
                        found.extend(self.context_typed((start, end), rule))
        return found

    def in_question(self, i: int) -> bool:
        """Whether token ``i`` stands in a sentence that ends with a question mark."""
        sentence = self.tokens[i].sent
        return any(token.text == "?" for token in sentence[-2:])

    def one_person(self, start: int, end: int) -> bool:
        """Whether tokens ``start:end`` can be one person's name: two words or more, or one
        the NER found and typed otherwise; not its person already, no article before it
        ("the Houthis, who"), no hyphened prefix ("sub-Saharan Africa, who"), not a list
        ("Kenya and Somalia, who"), no pronoun ("You, who"), no link word ("the Center for
        Astrophysics, who"), no plural ("Houthis"), no acronym ("CamboJA", "UNHCR") and no
        word that types the name otherwise."""
        span = self.spacy[start:end]
        labels = {label for _, _, label in self.ner_spans.meeting(start, end)}
        return not (
            (not labels and len(span) < 2)  # one word only as the NER's name: not "God, who"
            or "PERSON" in labels
            or (start > 0 and self.tokens[start - 1].lower_ in _ARTICLES)
            or (start > 0 and self.tokens[start - 1].text == "-")  # "sub-Saharan Africa, who"
            or any(t.pos_ == "PRON" or t.lower_ in self.cues["name_links"] for t in span)
            or (start > 1 and self.tokens[start - 1].text == "," and _is_name_token(
                self.tokens[start - 2]))
            or any(t.tag_ == "NNPS" or t.lower_ in {"and", "or"} for t in span)
            or any(sum(c.isupper() for c in t.text) > 1 and "-" not in t.text
                   and not t.text.startswith(("Mc", "Mac", "De", "Di", "La", "Le", "Van"))
                   for t in span)
            or self.typed_by_context(span) is not None
            or len(span) > 4
        )

    def context_typed(self, chunk: tuple[int, int], rule: dict[str, Any]) -> list[Candidate]:
        """The candidate of ``rule``'s type for the name at ``chunk``, unless the name is
        known, a state's, a title or capitalised only by its place in the sentence."""
        span = self.spacy[chunk[0] : chunk[1]]
        if (
            not _has_upper(span.text)
            or span[0].is_digit
            or span[0].lower_ in DEMONSTRATIVES  # "This exercise simulates ..."
            or span[0].pos_ in {"DET", "PRON"}
            or self.in_heading(span[0])
            or self.capitalised_by_sentence_start(span)
            or self.gazetteer.entry(span.text) is not None
            or any(self.gazetteer.state_named(t.text) for t in span)
            or span.text.lower() in self.person_title_words
            or span.text.lower() in self.date_names
        ):
            return []
        return [Candidate(
            *chunk, f"name:{_normal(span.text)}", rule["produces"], "cue", rules=(rule["id"],)
        )]

    def name_before_fighters(self, i: int) -> list[Candidate]:
        """An unknown name right before a plural noun of fighters names an armed group
        ("Seleka rebels", "M23 rebels"); a known name keeps its own type ("Idlib rebels")."""
        if not self.tokens[i].is_lower:
            return []
        start = i
        while start > 0 and (
            _is_name_token(self.tokens[start - 1])
            or self.tokens[start - 1].text[:1].isdigit()
            or (self.tokens[start - 1].text == "-" and start - 1 > 0)
        ):
            start -= 1
        while start < i and (  # "The militants", "These fighters" at a sentence start
            self.tokens[start].tag_ in FUNCTION_TAGS
            or self.tokens[start].lower_ in self.not_name_words
        ):
            start += 1
        span = self.spacy[start:i]
        if (
            not span.text
            or span[0].text == "-"
            or not _has_upper(span.text)
            or self.capitalised_by_sentence_start(span)
            or self.gazetteer.entry(span.text) is not None
            or any(self.gazetteer.entry(t.text) is not None for t in span)
            or self.typed_by_context(span) is not None
        ):
            return []
        key = f"name:{_normal(span.text)}"
        rule = "armed_group.name_before_fighters_noun"
        return [Candidate(start, i, key, "ARMED_GROUP", "cue", rules=(rule,))]

    def capitalised_by_sentence_start(self, span: Span) -> bool:
        """Whether a one-word span is capitalised only because it starts its sentence: an
        adjective, number or participle there ("Suspected militants", "Ten insurgents")."""
        word = span[0]
        return (
            len(span) == 1
            and word.is_sent_start
            and (word.like_num or word.tag_ in self.sentence_start_tags_not_names)
        )

    def place_after_of(self, i: int) -> list[Candidate]:
        """ "the provincial capital of Khyber Pakhtunkhwa": an unknown name after a noun whose
        "of" names a place is a place; a people ("capital of Aboriginals") is not."""
        of = i + 1 < len(self.tokens) and self.tokens[i + 1].lower_ == "of"
        chunk = name_chunk(self.spacy, i + 2) if of else None
        span = self.spacy[chunk[0] : chunk[1]] if chunk else None
        if (
            span is None
            or span[-1].lower_.endswith("s")
            or span[0].ent_type_ in {"GPE", "LOC", "FAC"}  # the NER's place, maybe longer
            or self.gazetteer.entry(span.text) is not None
            or self.typed_by_context(span) is not None
        ):
            return []
        key = f"name:{_normal(span.text)}"
        return [Candidate(*chunk, key, "LOCATION", "cue", rules=("cue.place_of_noun",))]

    def laqab_name(self, i: int) -> list[Candidate]:
        """A name built on an honorific "X al-Din" is a person's ("Badr al-Din Lu'lu'",
        "Nur ad-Din"), unless a word of it types it ("Salah al-Din Governorate")."""
        start = i - 3
        if start < 0 or self.tokens[i - 1].text != "-":
            return []
        particle = self.tokens[i - 2].lower_
        if particle not in _PARTICLES and particle not in _HYPHENED_PARTICLES:
            return []
        chunk = name_chunk(self.spacy, start)
        if chunk is None or chunk[1] <= i:
            return []
        span = self.spacy[chunk[0] : chunk[1]]
        if self.typed_by_context(span) or self.typed_by_place_head(span):
            return []
        return [Candidate(
            *chunk, f"name:{_normal(span.text)}", "PERSON", "cue", rules=("cue.laqab",)
        )]

    def name_before_role(self, i: int) -> list[Candidate]:
        """A name set off by a comma before a person's role is a person ("Minni Minawi, the
        governor of Darfur", "Tom Fletcher, the UN humanitarian chief")."""
        if not self.tokens[i].is_lower:
            return []
        comma = i - 1
        while comma > i - 5 and comma > 0 and self.tokens[comma].text != ",":
            if self.tokens[comma].pos_ not in {"DET", "ADJ", "PROPN", "NOUN"}:
                return []
            comma -= 1
        if self.tokens[comma].text != "," or comma < 2:
            return []
        start = comma
        while start > 0 and (
            _is_name_token(self.tokens[start - 1])
            or (self.tokens[start - 1].lower_ in _PARTICLES or self.tokens[start - 1].text == "-")
        ):
            start -= 1
        while start < comma and (
            self.tokens[start].lower_ in self.person_title_words
            or self.tokens[start].lower_ in self.office_words
        ):
            start += 1  # "Lieutenant General Mahdi al-Gharrawi, the commander of ..."
        span = self.spacy[start:comma]
        if (
            len(span) < 2
            or not _is_name_token(span[0])
            or (self.spacy.has_annotation("TAG") and not _all_proper(span))
            or self.typed_by_context(span)
            or any(self.gazetteer.entry(t.text) for t in span if t.lower_ not in _PARTICLES)
        ):
            return []
        return [Candidate(
            span.start, span.end, f"name:{_normal(span.text)}", "PERSON", "cue",
            rules=("cue.name_before_role",)
        )]

    def place_noun_near(self, i: int, window: int = 8) -> bool:
        """Whether a lower-case place noun follows token ``i`` within ``window`` tokens."""
        at = bisect.bisect_right(self.place_noun_at, i)
        return at < len(self.place_noun_at) and self.place_noun_at[at] <= i + window

    def name_after_role(self, i: int) -> list[Candidate]:
        """A name of two or more proper nouns right after a person's role noun, or set off
        by commas after it, is a person ("the researcher Belkis Wille", "analyst Michael
        Knights", "the Kremlin spokesman, Dmitry Peskov,")."""
        role = self.tokens[i]
        if not role.is_lower or (self.spacy.has_annotation("TAG") and role.pos_ != "NOUN"):
            return []
        after = i + 1
        if after < len(self.spacy) and self.tokens[after].text == ",":
            after += 1  # "the Kremlin spokesman, Dmitry Peskov, said"
        chunk = name_chunk(self.spacy, after)
        if chunk is None or chunk[1] - chunk[0] < 2:
            return []
        if after > i + 1 and (chunk[1] == len(self.spacy) or self.tokens[chunk[1]].text != ","):
            return []
        span = self.spacy[chunk[0] : chunk[1]]
        ner_name = any(
            (s, e) == (span.start, span.end) for s, e, _ in self.ner_spans.meeting(*chunk)
        )
        if (  # a capitalised word the tagger took for a noun ("Shahid Rind") the NER names
            (self.spacy.has_annotation("TAG") and not _all_proper(span) and not ner_name)
            or self.typed_by_context(span)
            or any(self.gazetteer.entry(t.text) for t in span)
        ):
            return []
        return [Candidate(
            *chunk, f"name:{_normal(span.text)}", "PERSON", "cue", rules=("cue.name_after_role",)
        )]

    def place_unit_chunk(self, i: int) -> list[Candidate]:
        """An unknown name before a place noun is a place named with that noun ("the Mezzeh
        district", "the Bab al-Hawa crossing", "the Zamzam camp"), as re3d marks them."""
        previous = self.tokens[i - 1] if i else None
        if previous is not None and _is_name_token(previous):
            return []
        chunk = name_chunk(self.spacy, i)
        if chunk is None or chunk[1] >= len(self.spacy):
            return []
        unit_at = chunk[1] + 1 if self.noun_before_place(chunk[1]) else chunk[1]
        unit = self.tokens[unit_at]
        span = self.spacy[chunk[0] : chunk[1]]
        if (
            not unit.is_lower
            or unit.lower_ not in self.place_nouns
            or self.gazetteer.entry(span.text) is not None
            or any(self.gazetteer.state_named(t.text) for t in span)  # "the Syria-Iraq border"
            or (self.spacy.has_annotation("TAG") and not _all_proper(span))
        ):
            return []
        place = self.spacy[chunk[0] : unit_at + 1]
        return [Candidate(
            place.start, place.end, f"name:{_normal(place.text)}", "LOCATION", "cue",
            rules=("cue.place_unit",)
        )]

    def noun_before_place(self, i: int) -> bool:
        """Whether token ``i`` is a lower-case noun before a place noun ("displacement" in
        "the Abu Shouk displacement camp")."""
        return (
            i + 1 < len(self.spacy)
            and self.tokens[i].is_lower
            and self.tokens[i].pos_ == "NOUN"
            and self.tokens[i].lower_ not in self.place_nouns
            and self.tokens[i + 1].is_lower
            and self.tokens[i + 1].lower_ in self.place_nouns
        )

    def flat_name(self, chunk: tuple[int, int]) -> tuple[int, int]:
        """The part of a run of capitalised words that the parse joins into one name (its first
        word and the flat parts hung on it): in a title-case heading every word is capitalised."""
        end = chunk[0] + 1
        while (
            end < chunk[1]
            and self.tokens[end].dep_ in {"flat", "flat:name"}
            and chunk[0] <= self.tokens[end].head.i < end
        ):
            end += 1
        return chunk[0], end

    def given_name_chunk(self, i: int) -> list[Candidate]:
        """A run of capitalised words that starts with a known given name is a person
        ("Hamid Dawud Mohamed Khalil al-Zawi"), unless a word of it types it otherwise."""
        token = self.tokens[i]
        if token.lower_ not in given_names(self.gazetteer) or self.in_heading(token):
            return []
        previous = self.tokens[i - 1] if i else None
        if previous is not None and _is_name_token(previous) and "\n" not in previous.whitespace_:
            return []
        chunk = name_chunk(self.spacy, i)
        if chunk is None or chunk[1] - chunk[0] < 2:
            return []
        span = self.spacy[chunk[0] : chunk[1]]
        if (
            self.typed_by_context(span)
            or self.typed_by_place_head(span)
            or any("\n" in t.whitespace_ for t in span[:-1])  # a name ends with its line
            or (self.spacy.has_annotation("TAG") and not _all_proper(span))
            or any(t.lower_ in self.title_words or self.names_other(t) for t in span[1:])
            or any(  # the NER's reading of a name comes first, unless it cut this one up
                label == "PERSON" and not (span.start <= s and e <= span.end)
                for s, e, label in self.ner_spans.meeting(span.start, span.end)
            )
        ):
            return []
        return [Candidate(
            *chunk, f"name:{_normal(span.text)}", "PERSON", "cue", rules=("cue.given_name",)
        )]

    def speaking_subject(self, i: int) -> list[Candidate]:
        """Two or three proper nouns the NER left unread, the subject of a verb only people
        do, name a person ("Kazuhiko Isozaki said ..."): rule person.speaking_subject."""
        if not any(map(self.speaks, self.tokens[i + 1 : i + 3])):
            return []  # most capitalised words: no subject of a speaking verb just after
        token = self.tokens[i]
        previous = self.tokens[i - 1] if i else None
        if self.in_heading(token) or (
            previous is not None and _is_name_token(previous) and "\n" not in previous.whitespace_
        ):
            return []
        chunk = name_chunk(self.spacy, i)
        if chunk is None or not 2 <= chunk[1] - chunk[0] <= 3:
            return []
        span = self.spacy[chunk[0] : chunk[1]]
        head = span[-1]
        if (
            not self.speaks(head)
            or any(t.ent_type_ or t.tag_ in {"NNS", "NNPS"} or t.pos_ not in {"PROPN", "NOUN"}
                   for t in span)
            or head.pos_ != "PROPN"
            or any(t.lower_ in self.title_words or self.names_other(t) or _is_time_word(t)
                   for t in span)
            or self.typed_by_context(span)
            or self.typed_by_place_head(span)
            or self.gazetteer.entry(span.text) is not None
        ):
            return []
        return [Candidate(
            *chunk, f"name:{_normal(span.text)}", "PERSON", "cue",
            rules=("person.speaking_subject",),
        )]

    def names_other(self, token: Token) -> bool:
        """Whether a word after a given name names a known actor other than a faith or people
        (those are surnames too: "Salih Muslim", "Ahmed al-Kurdi")."""
        entry = self.gazetteer.entry(token.text)
        return entry is not None and not (
            entry.role == "name" and all(a.type == "GROUP" for a in entry.actors)
        )

    def suffix_typed_chunk(self, i: int) -> list[Candidate]:
        """A multi-word name starting at ``i`` typed by its last word ("Hamza Brigade")."""
        previous = self.tokens[i - 1] if i else None
        if not self.tokens[i].text[:1].isupper() or self.in_heading(self.tokens[i]):
            return []
        if self.tokens[i].lower_ in DEMONSTRATIVES:
            return []  # "This Summit will ...": the name starts after the demonstrative
        if self.tokens[i].pos_ == "ADP" or _is_time_word(self.tokens[i]):
            return []  # "On Police reform, ...", "On Friday Ford Motor Company said": a
            # capitalised preposition or a day opens no name
        if (
            i > 1
            and previous is not None
            and previous.text == "-"
            and not self.tokens[i - 2].whitespace_
            and self.tokens[i - 2].text[:1].isupper()
        ):
            return []  # "Shima" in "G7 Ise-Shima Summit": the name starts before the hyphen
        if (
            previous is not None
            and previous.text[:1].isupper()
            and previous.lower_ not in _ARTICLES
            and previous.pos_ != "ADP"  # "For Libertarian Party ...": the name after it
            and not _is_time_word(previous)
        ):
            return []
        chunk = name_chunk(self.spacy, i)
        if chunk is None:
            return []
        titled = [  # "Council Chairman Rashad al-Alimi": the body ends before its officer
            k
            for k in range(chunk[0] + 1, chunk[1] - 1)
            if self.tokens[k].lower_ in self.person_titles
        ]
        if titled:
            chunk = (chunk[0], titled[0])
        head = self.spacy[chunk[0] : chunk[1]]
        chunk = self.extend_over_link(chunk)
        if self.numbered_unit(chunk):
            span = self.spacy[chunk[0] - 1 : chunk[1]]
            return [Candidate(
                span.start, span.end, f"name:{_normal(span.text)}", "MILITARY", "cue",
                rules=("cue.name_words", "military.numbered_unit"),
            )]
        if chunk[1] - chunk[0] < 2:
            return []
        span = self.spacy[chunk[0] : chunk[1]]
        if len(head) < len(span):  # typed by the institution word before "of"/"for"
            type_ = self.typed_by_context(head[-1:]) or self.typed_by_context(span)
            if (
                type_ == "EVENT"
                and head[-1].lower_ in self.cues["event_suffixes_yield_to_actors"]
                and self.tokens[head.end].lower_ == "of"
                and self.tokens[head.end + 1].lower_ != "the"
            ):
                type_ = None  # "the National Conference of State Legislatures": a body of
                # its members, not "the Conference of the Parties", a meeting
        else:
            type_ = self.typed_by_context(span)
        return [Candidate(
            *chunk, f"name:{_normal(span.text)}", type_, "cue", rules=("cue.name_words",)
        )] if type_ else []

    def numbered_unit(self, chunk: tuple[int, int]) -> bool:
        """Whether an ordinal number before a name ending in a unit noun numbers a military
        unit ("the 101st Airborne Division"); not a date's ("on May 3rd Army units")."""
        start, end = chunk
        if start == 0 or self.tokens[end - 1].lower_ not in self.unit_nouns:
            return False
        ordinal = self.tokens[start - 1]
        if not _ORDINAL.match(ordinal.text):
            return False
        return start < 2 or self.tokens[start - 2].lower_ not in self.date_names

    def extend_over_link(
        self, chunk: tuple[int, int], *, institution: bool = True
    ) -> tuple[int, int]:
        """ "Institute for the Study of War", "Ministry of Defence": an institution word
        (any name, if not ``institution``) joined by of/for to a capitalised name is one name."""
        start, end = chunk
        institution_words = self.cues["name_suffix_types"] | self.cues["name_prefix_types"].keys()
        if institution and self.tokens[end - 1].lower_ not in institution_words:
            return chunk
        end = self.extend_over_topic(end)  # "European Council on Foreign Relations"
        known = self.gazetteer.entry(self.spacy[start:end].text)
        if known is not None and known.role == "name":
            return start, end  # "the Mahdi Army of Muqtada al-Sadr": the army is named already
        links = [link.split() for link in sorted(self.cues["name_links"], key=len, reverse=True)]
        extended = True
        while extended:  # "Institute for the Study of War": link after link
            extended = False
            for words in links:
                if [t.lower_ for t in self.spacy[end : end + len(words)]] == words:
                    tail = self.without_officer(name_chunk(self.spacy, end + len(words)))
                    if tail is not None and not self.names_person(tail):
                        end, extended = tail[1], True
                        break
            while extended and end < len(self.spacy) and self.tokens[end].lower_ == "and":
                tail = self.without_officer(name_chunk(self.spacy, end + 1))  # "... and Trade"
                if tail is None or self.tokens[tail[1] - 1].lower_ in institution_words:
                    break  # "Bureau of Oceans and International Environmental and Scientific
                end = tail[1]  # Affairs": and after and
        return start, end

    def without_officer(self, chunk: tuple[int, int] | None) -> tuple[int, int] | None:
        """A name chunk without the officer that ends it ("International Security President
        David Albright" -> "International Security"): the first title word from which only
        capitalised words run to a person's name after an office. A word that names an
        office's field (``title_domain_words``) opens no office: it ends the body's name
        ("Ministry of Foreign Affairs Deputy Minister Ali Bagheri", "Bureau of Western
        Hemisphere Affairs Brian Nichols")."""
        if chunk is None:
            return None
        start, end = chunk
        titles = self.person_title_words - {"of", "for", "the", "and"}
        offices = [k for k in range(start + 1, end - 2) if self.tokens[k].lower_ in titles]
        if not offices:
            return chunk
        name = self.spacy[offices[-1] + 1 : end]
        if len(name) > 3 or not all(_is_name_token(t) for t in name):
            return chunk
        openers = [k for k in offices if self.tokens[k].lower_ not in self.title_domain_words]
        cut = openers[0] if openers else offices[-1] + 1
        if all(t.text[:1].isupper() for t in self.spacy[cut:end]):
            return start, cut
        return chunk

    def extend_over_topic(self, end: int) -> int:
        """Past "on" and a topic of two or more capitalised words after an institution word
        ("Council on Foreign Relations", "Commission on Narcotic Drugs"), not a date ("the
        Council on July 4") nor a one-word place ("the Council on Syria")."""
        if end >= len(self.tokens) or self.tokens[end].lower_ not in self.topic_links:
            return end
        tail = name_chunk(self.spacy, end + 1)
        if (
            tail is None
            or tail[1] - tail[0] < 2
            or any(t.lower_ in self.date_names or t.is_digit for t in self.spacy[tail[0] : tail[1]])
            or self.names_person(tail)
        ):
            return end
        return tail[1]

    def names_person(self, chunk: tuple[int, int]) -> bool:
        """Whether a name chunk is a person's: a known person, or a given name and more."""
        entry = self.gazetteer.entry(self.spacy[chunk[0] : chunk[1]].text)
        if entry is not None and entry.role == "name":
            return any(a.type == "PERSON" for a in entry.actors)
        return chunk[1] - chunk[0] > 1 and self.tokens[chunk[0]].lower_ in given_names(
            self.gazetteer
        )

    def acronym_expansions(self) -> list[Candidate]:
        """ "the Kachin Independence Army (KIA)": the words before a bracketed acronym that
        spell it are one name, typed by its words or else by the NER as an organisation."""
        found = []
        texts = self.texts
        for i in range(1, len(self.tokens) - 2):
            if texts[i] not in {"(", ","}:
                continue  # acronym_at's first test, on the texts read once
            acronym = self.acronym_at(i)
            if acronym is None:
                continue
            start = self.spelled_start(i, re.sub(r"[^A-Z]", "", acronym))
            if start is None:
                continue
            span = self.spacy[start:i]
            links = [t.i for t in span if t.is_lower and t.lower_ not in _PARTICLES]
            head = self.spacy[start : links[0]] if links else span
            type_ = self.typed_by_context(head) or self.typed_by_context(span)
            if type_ is None and any(
                label == "ORG" for _, _, label in self.ner_spans.meeting(start, i)
            ):
                type_ = "ORGANIZATION"
            if type_ is not None and type_ != "PERSON":
                found.append(Candidate(
                    start, i, f"name:{_normal(span.text)}", type_, "cue",
                    rules=("cue.acronym_expansion",)
                ))
        return found

    def acronym_at(self, i: int) -> str | None:
        """The acronym a name's own words give right after it at token ``i``: "(SDF)", or
        ", or NISA," as news copy writes it."""
        if self.texts[i] not in {"(", ","}:
            return None  # each form below opens with one of them
        words = self.texts[i : i + 4]
        if words[:1] == ["("] and words[2:3] == [")"] and _ACRONYM.match(words[1]):
            return words[1]
        if (
            words[:2] == [",", "or"]
            and len(words) == 4
            and words[3] in {",", ".", ")", ";"}
            and _ACRONYM.match(words[2])
        ):
            return words[2]
        return None

    def spelled_start(self, bracket: int, letters: str, longest: int = 12) -> int | None:
        """Where the shortest run of words before token ``bracket`` that spells ``letters``
        (see ``_spells``) starts."""
        for start in range(bracket - 1, max(bracket - longest, 0) - 1, -1):
            first = self.tokens[start]
            if first.is_punct and first.text not in {"-", "'", "’"}:
                return None
            if not first.text[:1].isupper():
                inside = {"-", "'", "’", "'s", "’s"}  # "Tigray People's Liberation Front (TPLF)"
                if first.lower_ not in self.acronym_links and first.text not in inside:
                    return None
                continue
            text = self.doc.text[first.idx : self.tokens[bracket].idx]
            words = re.sub(r"[-‐–]", " ", text).split()
            if len(words) <= len(letters) + 5 and _spells(letters, words, self.acronym_links):
                return start
        return None

    def listed_names(self, index: int, type_: str) -> Iterable[Candidate]:
        """Names in a list "A, B and C" starting at token ``index``."""
        if index < len(self.spacy) and self.tokens[index].lower_ == "the":
            index += 1  # "militias known as the Guardians of the Dawn"
        while index < len(self.spacy):
            chunk = name_chunk(self.spacy, index)
            if chunk is None:
                return
            chunk = self.extend_over_link(chunk, institution=False)  # "Guardians of the Dawn"
            span = self.spacy[chunk[0] : chunk[1]]
            yield Candidate(
                *chunk, f"name:{_normal(span.text)}", type_, "cue", rules=("cue.group_list",)
            )
            index = chunk[1]
            while index < len(self.spacy) and self.tokens[index].text in {
                ",",
                "and",
                "or",
                "(",
                ")",
            }:
                if self.tokens[index].text == "(":  # skip a parenthetical after the name
                    while index < len(self.spacy) and self.tokens[index].text != ")":
                        index += 1
                index += 1

    # -- joining ---------------------------------------------------------------------------
    def named_before(self, place: Candidate, start: int) -> bool:
        """A given name between ``start`` and the place ("Sadiq" in "Mohammad Sadiq al-Sadr";
        not "El" of "El Fasher")."""
        words = self.spacy[start : place.start]
        return any(t.text[:1].isupper() and t.lower_ not in _PARTICLES for t in words)

    def named_in(self, start: int, end: int) -> bool:
        """Whether tokens ``start:end`` are all capitalised words, one name's first part."""
        return all(t.text[:1].isupper() and t.is_alpha for t in self.spacy[start:end])

    def state_qualified(self, candidates: list[Candidate]) -> list[Candidate]:
        """A new name that is a state's name followed by a known body's name is that body,
        named in full ("the United States Treasury Department"), and so is a known body
        after its state's government ("the U.S. federal government's Office of ..."); an
        unknown body after its state's name is that state's ("Afghanistan's Ministry of
        Foreign Affairs" and "Pakistan's Ministry of Foreign Affairs" are two)."""
        known_from = {c.start: c for c in candidates if c.kind == "kb" and c.type != "STATE"}
        state_to = {c.end: c for c in candidates if c.kind == "kb" and c.type == "STATE"}
        state_until = {
            c.start: c.end for c in candidates if c.actor is not None and c.actor.type == "STATE"
        }
        qualified = []
        for c in candidates:
            end = state_until.get(c.start) if c.kind != "kb" else None
            known = known_from.get(end) if end is not None else None
            if known is not None and known.end == c.end:
                c = Candidate(
                    c.start, c.end, known.key, known.type, "kb", known.actor,
                    rules=(*c.rules, *known.rules, "join.state_qualified"),
                )
            state = state_to.get(c.start - 1) if c.kind == "cue" else None
            if (
                state is not None
                and state.actor is not None
                and c.type == "GOVERNMENT_BODY"
                and self.tokens[c.start - 1].text in {"'s", "’s"}
            ):
                name = self.spacy[state.start : c.end].text  # "Afghanistan's Ministry of ..."
                code = f"{state.actor.code}GOV" if state.actor.code else None
                c = c.by("join.state_qualified", key=f"name:{_normal(name)}", name=name, code=code)
            owned = known_from.get(c.end + 1) if c.kind == "state_np" else None
            if owned is not None and self.tokens[c.end].text in {"'s", "’s"}:
                # "the U.S. federal government's Office of Foreign Assets Control"
                c = Candidate(
                    c.start, owned.end, owned.key, owned.type, "kb", owned.actor,
                    rules=(*c.rules, *owned.rules, "join.state_qualified"),
                )
            qualified.append(c)
        return self.owner_qualified(qualified)

    def owner_qualified(self, candidates: list[Candidate]) -> list[Candidate]:
        """A body named by its name words right after an organisation's possessive is that
        organisation's, named in full ("DFAT's Middle East Branch", "NATO's Military
        Committee"): the owner is an acronym no other name covers, or a known organisation,
        whose type the unit takes (a media's service is a media). A person's or a state's body
        is left to the rules for them."""
        rule = self.rules["join.owner_qualified"]
        owner_types = set(rule["owner_types"])
        owner_at: dict[int, Candidate] = {}
        for c in sorted(candidates, key=lambda c: c.kind != "kb"):  # a known name's type first
            if c.kind != "cue":
                owner_at.setdefault(c.end, c)
        qualified = []
        for c in candidates:
            mark = c.start - 1
            last = self.tokens[c.end - 1]
            if (
                c.kind == "cue"
                and c.type in set(rule["body_types"])
                and mark >= 1
                and self.tokens[mark].text in {"'s", "’s"}
                and not (last.dep_ == "compound" and last.head.i >= c.end)  # "X's ... reporter"
            ):
                owner = owner_at.get(mark)
                if owner is not None and owner.type not in owner_types:
                    qualified.append(c)  # a state's or a person's: not an organisation's unit
                    continue
                before = self.tokens[mark - 1]
                start = owner.start if owner is not None else mark - 1
                acronym = before.is_upper and before.is_alpha and len(before.text) > 1
                # one capitalised word the NER reads as one organisation with the body ("the
                # Coalition's Small Group"), not an office ("the President's Council")
                one_name = (
                    before.is_title
                    and before.is_alpha
                    and before.lower_ not in self.office_words
                    and any(
                        o.kind == "ner" and o.start == before.i and o.end == c.end
                        for o in candidates
                    )
                )
                # a name of its own over the owner, not one span over owner and body (the
                # NER's "DFAT's Middle East Branch")
                named = any(o.start <= before.i < o.end <= mark for o in candidates)
                if owner is not None or ((acronym or one_name) and not named):
                    name = self.spacy[start : c.end].text
                    type_ = owner.type if owner is not None else c.type  # the owner's kind
                    c = replace(c, start=start).by(
                        rule["id"], key=f"name:{_normal(name)}", name=None, type=type_
                    )
            qualified.append(c)
        return qualified

    def resolve_overlaps(self, candidates: list[Candidate]) -> list[Candidate]:
        """Known names and names typed by context first, the longest of them first (a
        listed "Asaeb Ahel al-Haq" over a known "al-Haq" inside it); then capitals and
        places, the NER, and last demonyms, which yield to any longer name. A place at the
        end of a person's name is the person's ("Mohammad Sadiq al-Sadr", not Sadr City)."""
        ner = sorted((c.start, c.end, c.type) for c in candidates if c.kind == "ner")
        persons = [(start, end) for start, end, type_ in ner if type_ == "PERSON"]
        places = [(start, end) for start, end, type_ in ner if type_ == "LOCATION"]
        candidates = [
            c for c in candidates
            if not (
                c.type == "LOCATION"
                and any(self.named_before(c, s) for s, e in _holding(persons, c))
            )
            and not (  # "New York": the NER's longer place name, not the known "York" in it
                c.kind == "kb"
                and c.type == "LOCATION"
                and any(self.named_in(s, c.start) for s, e in _holding(places, c))
            )
        ]
        candidates = self.state_qualified(candidates)
        group = {
            "kb": 0,
            "state_np": 0,
            "cue": 0,
            "capital": 1,
            "location": 1,
            "ner": 2,
            "demonym": 3,
        }
        prefer = {"kb": 0, "state_np": 0, "capital": 0, "location": 0, "cue": 1}
        ordered = sorted(
            candidates,
            key=lambda c: (
                group[c.kind],
                -(c.end - c.start),
                prefer.get(c.kind, 2),
                not (set(c.rules) & self.decisive_rules),
                c.start,
            ),
        )
        taken: set[int] = set()
        kept = []
        for candidate in ordered:
            tokens = set(range(candidate.start, candidate.end))
            if tokens & taken:
                continue
            taken |= tokens
            kept.append(candidate)
        return sorted(kept, key=lambda c: c.start)

    def retype_by_company(self, candidates: list[Candidate]) -> Proposals:
        """ "in Tikrit, Amerli and Fallujah": a name the NER took for a person or an
        organisation, listed only with places, is a place; listed only with armed groups,
        an armed group ("Ahrar al-Sham ... and Suqour al-Sham"); one that a known place
        locates is a place ("in Barisha, Idlib"); a full name the NER took for a place,
        listed only with persons, is a person ("Jim Risch and Pete Ricketts")."""
        type_at = {i: c.type for c in candidates if c.kind != "ner" for i in range(c.start, c.end)}
        type_at |= {
            i: c.type for c in candidates if c.type == "LOCATION" for i in range(c.start, c.end)
        }
        persons_at = {
            i for c in candidates if c.type == "PERSON" for i in range(c.start, c.end)
        }
        proposals = Proposals()
        for index, c in enumerate(candidates):
            if c.kind == "ner" and c.type == "LOCATION" and self.listed_with_persons(c, persons_at):
                proposals.change(index, "type.listed_with", type="PERSON")
                continue
            if c.kind != "ner" or c.type not in {"PERSON", "ORGANIZATION"}:
                continue
            root = self.spacy[c.start : c.end].root
            listed = [*root.conjuncts, *(t for t in root.children if t.dep_ == "appos")]
            if root.dep_ == "appos":  # a list the parser read as "Tikrit, (that is) Amerli"
                listed.append(root.head)
            if self.tokens[c.start].lower_ in given_names(self.gazetteer):
                continue
            types = {type_at.get(t.i) for t in listed}
            if len(types) == 1 and types <= {"LOCATION", "ARMED_GROUP"}:
                proposals.change(index, "type.listed_with", type=types.pop())
            elif self.place_then_region(c, type_at):
                proposals.change(index, "type.place_then_region", type="LOCATION")
        return proposals

    def listed_with_persons(self, c: Candidate, persons_at: set[int]) -> bool:
        """ "senators led by Jim Risch and Pete Ricketts", "officials Dzmitry Paulichenka,
        Yury Sivakov, and Viktar Sheiman": a name of two to four proper nouns the NER took
        for a place, listed only with persons, is a person; a known place is no candidate
        here, no word of the name may be one ("Kenya and Somalia"), and no place preposition
        may stand before it ("In East Africa, Dr. Sherwood-Randall, ... met")."""
        span = self.spacy[c.start : c.end]
        if not 2 <= len(span) <= 4 or not _all_proper(span):
            return False
        if any(self.gazetteer.entry(t.text) is not None for t in span):
            return False
        if c.start and self.tokens[c.start - 1].lower_ in self.cues["place_prepositions"]:
            return False  # "In East Africa, Dr. Sherwood-Randall and Mr. Maier met"
        listed = [  # the names in the list, not its head noun ("officials")
            t for t in span.root.conjuncts if t.pos_ == "PROPN" or t.tag_ in {"NNP", "NNPS"}
        ]
        return bool(listed) and all(t.i in persons_at for t in listed)

    def place_then_region(self, c: Candidate, type_at: dict[int, str]) -> bool:
        """ "in Barisha, Idlib": a name after a place preposition and before a comma and a
        known place or state is a place."""
        before = self.tokens[c.start - 1].lower_ if c.start else ""
        return (
            before in self.cues["place_prepositions"]
            and c.end + 1 < len(self.spacy)
            and self.tokens[c.end].text == ","
            and type_at.get(c.end + 1) in {"LOCATION", "STATE"}
        )

    def known_names(self, candidates: list[Candidate]) -> dict[str, tuple[str, str, Any]]:
        """Every name of each known actor mentioned: normal form -> (key, type, actor)."""
        known: dict[str, tuple[str, str, KnownActor | None]] = {}
        for c in candidates:
            if c.actor is not None:
                for alias in self.gazetteer.names_of(c.actor):
                    known.setdefault(_normal(alias), (c.key, c.type, c.actor))
        return known

    def full_names(self, candidates: list[Candidate]) -> list[tuple[int, str, str]]:
        """(start, key, surname) of each person's full-name mention."""
        return [
            (c.start, c.key, _surname(self.spacy[c.start : c.end].text))
            for c in candidates
            if c.type == "PERSON" and c.end - c.start > 1
        ]

    def full_names_by_given_name(self, candidates: list[Candidate]) -> dict[str, set[str]]:
        """The keys of the people whose full-name mention starts with each given name (not a
        title: "President Biden" gives nothing)."""
        titles = self.person_title_words
        by_given_name: dict[str, set[str]] = {}
        for c in candidates:
            if c.type == "PERSON" and c.end - c.start > 1:
                first = self.tokens[c.start].lower_
                if first not in titles and first.isalpha() and first not in _PARTICLES:
                    by_given_name.setdefault(first, set()).add(c.key)
        return by_given_name

    def link_unknown(self, candidates: list[Candidate]) -> Proposals:
        """Join a name the knowledge base lacks to a known or fuller name seen in the text."""
        known, full_names = self.known_names(candidates), self.full_names(candidates)
        by_surname: dict[str, list[tuple[int, str]]] = {}  # not a scan of all per name
        for start, key, surname in full_names:
            by_surname.setdefault(surname, []).append((start, key))
        by_given_name = self.full_names_by_given_name(candidates)
        proposals = Proposals()
        bare: dict[str, str] = {}  # surname -> the person a bare surname already stood for
        for index, c in enumerate(candidates):
            if not c.key.startswith("name:"):
                continue
            text = _normal(self.spacy[c.start : c.end].text)
            if text in known:
                proposals.join(index, "join.known_alias", known[text])
                continue
            if c.type == "PERSON" or c.kind == "ner":
                short = _surname(text)
                named = [
                    (start > c.start, abs(start - c.start), key)
                    for start, key in by_surname.get(short, [])
                    if key != c.key and len(text.split()) == 1
                ]
                if named:  # the nearest full name before it ("Alloush" after "Zahran Alloush"),
                    # or the one the surname alone already stood for: a relative named in full
                    # later ("Berisha, his son, Shkëlzen Berisha, ...") keeps his full name
                    junior = c.start > 0 and (
                        self.tokens[c.start - 1].lower_ in self.cues["junior_relative_words"]
                    )  # "the younger Lai": the relative, not the one the surname stood for
                    established = None if junior else bare.get(short)
                    key = established if established in {k for *_, k in named} else min(named)[2]
                    if not junior:
                        bare.setdefault(short, key)
                    proposals.change(index, "join.surname", key=key, type="PERSON")
                    continue
            if (c.type == "PERSON" or c.kind == "ner") and len(text.split()) == 2:
                longer = {  # "Cormier Smith" after "Desirée Cormier Smith": one surname
                    key for _, key, _ in full_names
                    if key != c.key and key.endswith(f" {text}") and len(key.split()) > 2
                }
                if len(longer) == 1:
                    proposals.change(index, "join.surname", key=longer.pop(), type="PERSON")
                    continue
            if c.type == "PERSON" and len(text.split()) == 1:
                keys = by_given_name.get(text, set()) - {c.key}
                if len(keys) == 1:  # "Dmytro" where one full name starts so: "Dmytro Kuleba"
                    proposals.change(index, "join.given_name", key=keys.pop(), type="PERSON")
                    continue
            if len(text.split()) > 1:
                actor = self.gazetteer.closest(self.spacy[c.start : c.end].text)
                if actor is not None:  # a spelling the knowledge base lacks ("Kataeb Hizbollah")
                    proposals.join(index, "join.spelling", (f"kb:{actor.index}", actor.type, actor))
        return proposals

    def surnames_over_places(self, candidates: list[Candidate]) -> Proposals:
        """A one-word place name that is the surname of a person named before it, and not
        after a place preposition, is that person ("Muqtada al-Sadr ... Sadr's spokesman",
        not Sadr City)."""
        prepositions = set(self.cues["place_prepositions"])
        full_names = self.full_names(candidates)
        proposals = Proposals()
        for index, c in enumerate(candidates):
            if c.type != "LOCATION" or c.end - c.start != 1 or c.key.startswith("name:"):
                continue
            if c.start and self.tokens[c.start - 1].lower_ in prepositions:
                continue
            short = _surname(self.spacy[c.start : c.end].text)
            named = [(c.start - start, key) for start, key, surname in full_names
                     if surname == short and start < c.start]
            if named:
                key = min(named)[1]
                actor = next((d.actor for d in candidates if d.key == key and d.actor), None)
                proposals.join(index, "join.surname_over_place", (key, "PERSON", actor))
        return proposals

    def short_forms(self, candidates: list[Candidate]) -> Proposals:
        """ "the Council" after "the Syrian Democratic Council": a capitalised word after
        "the" is short for the one organisation named in the text that ends with it, whether
        the NER found it (as anything) or nothing did; not a word that names a body of its
        own (names_not_short_forms: "the House" after "the White House"), nor the last word
        after "of", which heads no name ("the House" after "Speaker of the House")."""
        not_short = {
            word.lower(): {name.lower() for name in names}
            for word, names in self.cues["names_not_short_forms"].items()
        }
        endings: dict[str, set[str]] = {}
        wholes: dict[str, Candidate] = {}
        for d in candidates:
            if d.end - d.start > 1 and d.type not in _NOT_ORGANISATIONS:
                ending = self.tokens[d.end - 1].lower_
                if self.spacy[d.start : d.end].text.lower() in not_short.get(ending, ()):
                    continue
                if any(t.lower_ == "of" for t in self.tokens[d.start : d.end - 1]):
                    continue  # "Speaker of the House": its last word is no head it is short for
                endings.setdefault(ending, set()).add(d.key)
                wholes[d.key] = d

        def whole_for(i: int) -> Candidate | None:
            if i == 0 or self.tokens[i - 1].lower_ != "the":
                return None
            keys = endings.get(self.tokens[i].lower_, set())
            return wholes[next(iter(keys))] if len(keys) == 1 else None

        proposals = Proposals()
        for index, c in enumerate(candidates):
            single = c.key.startswith("name:") and c.end - c.start == 1
            whole = whole_for(c.start) if single else None
            if whole is not None:
                proposals.join(index, "join.short_form", whole)
        if not endings:
            return proposals  # no name for a word to be short for
        taken = {i for c in candidates for i in range(c.start, c.end)}
        for i, text in enumerate(self.texts[1:], start=1):
            if i in taken or not text[:1].isupper():
                continue
            token = self.tokens[i]
            if token.is_sent_start:
                continue
            if token.i + 1 < len(self.spacy) and _is_name_token(self.tokens[token.i + 1]):
                continue  # the first word of a longer name
            whole = whole_for(token.i)
            if whole is not None:
                proposals.new.append(
                    Candidate(
                        token.i, token.i + 1, whole.key, whole.type, "short", whole.actor,
                        rules=("join.short_form",)
                    )
                )
        return proposals

    def surname_mentions(self, candidates: list[Candidate]) -> Proposals:
        """A person's surname alone, after the text has named them in full, is that person
        ("Mike Pompeo ... Pompeo said"), where no other person named has that surname and
        the word is no part of a longer name."""
        people: dict[str, set[str]] = {}
        first_full: dict[str, Candidate] = {}
        for c in candidates:
            words = self.tokens[c.start : c.end]
            if c.type == "PERSON" and len(words) > 1 and all(
                _is_name_token(t) or t.lower_ in _PARTICLES or t.text == "-" for t in words
            ):
                people.setdefault(words[-1].text, set()).add(c.key)
                first_full.setdefault(words[-1].text, c)
        taken = {i for c in candidates for i in range(c.start, c.end)}
        proposals = Proposals()
        for i, text in enumerate(self.texts if people else ()):
            keys = people.get(text)
            if i in taken or keys is None or len(keys) > 1:
                continue
            token = self.tokens[i]
            whole = first_full[token.text]
            before = self.tokens[token.i - 1] if token.i else None
            after = self.tokens[token.i + 1] if token.i + 1 < len(self.tokens) else None
            if (
                token.i < whole.start
                or len(token.text) < 3
                or (
                    before is not None
                    and _is_name_token(before)
                    and not token.is_sent_start
                    and before.lower_ not in _weekday_names()
                )  # "Later on Tuesday Mitsotakis met": a day's name is no part of a name
                or (after is not None and _is_name_token(after))
            ):
                continue
            proposals.new.append(
                Candidate(
                    token.i, token.i + 1, whole.key, "PERSON", "short", whole.actor,
                    rules=("join.surname_mention",),
                )
            )
        return proposals

    def family_names(self, candidates: list[Candidate]) -> Proposals:
        """An untyped two- or three-word name sharing its last word with a person named in
        the text is a person of that family ("Zahran Alloush" beside "Mohammed Alloush")."""
        surnames = {
            _surname(self.spacy[c.start : c.end].text): self.tokens[c.start].lower_
            for c in candidates
            if c.type == "PERSON" and c.end - c.start > 1
        }
        proposals = Proposals()
        for index, c in enumerate(candidates):
            span = self.spacy[c.start : c.end]
            if (
                c.kind == "ner"
                and c.type == "ORGANIZATION"
                and 1 < len(span) <= 3
                and _surname(span.text) in surnames
                and surnames[_surname(span.text)] != span[0].lower_
                and (not self.spacy.has_annotation("TAG") or _all_proper(span))
                and self.typed_by_context(span) is None
            ):
                proposals.change(index, "type.family_name", type="PERSON")
        return proposals

    def abbreviates(self, acronym: str, name: str) -> bool:
        """Whether the letters of ``acronym`` are, in order, capitals of ``name``, or its words
        spell it ("Economic Community of West African States": ECOWAS)."""
        capitals = iter(c for c in name if c.isupper())
        letters = re.sub(r"[^A-Z]", "", acronym)
        return all(letter in capitals for letter in letters) or _spells(
            letters, re.sub(r"[-‐–]", " ", name).split(), self.acronym_links
        )

    def link_acronyms(
        self, candidates: list[Candidate]
    ) -> Proposals:
        """ "Syrian Democratic Forces (SDF)": SDF joins the name before it, here and later."""
        expansions: dict[str, Candidate] = {}
        taken = {i for c in candidates for i in range(c.start, c.end)}
        for c in candidates:
            acronym = self.acronym_at(c.end) if c.end < len(self.tokens) else None
            name = self.spacy[c.start : c.end].text
            if acronym is not None and self.abbreviates(acronym, name):
                expansions[acronym] = c
        proposals = Proposals()
        proposals.new = [
            Candidate(
                i, i + 1, owner.key, owner.type, "acronym", owner.actor, rules=("join.acronym",)
            )
            for i, text in enumerate(self.texts if expansions else ())
            if (owner := expansions.get(text)) is not None and i not in taken
        ]
        for index, c in enumerate(candidates):  # the text's own expansion beats another (PRC)
            owner = expansions.get(self.spacy[c.start : c.end].text)
            if owner is not None and (c.key.startswith("name:") or c.actor is not owner.actor):
                proposals.join(index, "join.acronym", owner)
        return proposals

    def link_aliases(self, candidates: list[Candidate]) -> Proposals:
        """ "Sirojiddin Mukhtarov, also known as Abu Saloh al-Uzbeki": the name after an alias
        cue is the same actor, here and later."""
        lowered = self.lowered
        cues = [cue.split() for cue in self.cues["alias_cues"]]
        at = {c.start: c for c in candidates}
        proposals = Proposals()
        for c in candidates:
            i = c.end
            if i < len(lowered) and lowered[i] in {",", "("}:
                i += 1
            cue = next((w for w in cues if lowered[i : i + len(w)] == w), None)
            if cue is None:
                continue
            i += len(cue)
            while i < len(lowered) and i not in at and lowered[i] in self.person_title_words:
                i += 1  # "also known as Sheikh Abu Saloh"
            other = at.get(i)
            if other is not None:
                proposals.merge(c, other, "join.alias_cue")
        return proposals

    def link_bracketed_names(self, candidates: list[Candidate]) -> Proposals:
        """ "Jaysh al-Islam (Army of Islam)": an organisation's other name in brackets right
        after it, one of the two unknown, is the same organisation, here and later."""
        at = {c.start: c for c in candidates}
        proposals = Proposals()
        for c in candidates:
            other = at.get(c.end + 1)
            if (
                other is None
                or self.tokens[c.end].text != "("
                or other.end >= len(self.spacy)
                or self.tokens[other.end].text != ")"
                or other.end - other.start < 2
                or c.type in _NOT_ORGANISATIONS
                or other.type in _NOT_ORGANISATIONS
            ):
                continue
            proposals.merge(c, other, "join.bracketed_name")
        return proposals

    def definite_organs(self, candidates: list[Candidate]) -> Proposals:
        """ "the army" after "the Sudanese army": the same state's organ, when the last state
        named with that noun is the only one (within a few sentences) it can be."""
        taken = {i for c in candidates for i in range(c.start, c.end)}
        organs = {
            c.start: c
            for c in candidates
            if c.kind == "state_np"
        }
        named: dict[str, list[Candidate]] = {}  # organ noun -> state_np candidates so far
        proposals = Proposals()
        for token in self.tokens if organs else ():  # no organ named, none referred back to
            if token.i in taken:
                if token.i in organs:
                    organ = organs[token.i]
                    named.setdefault(self.tokens[organ.end - 1].lower_, []).append(organ)
                continue
            earlier = named.get(token.lower_, [])
            if (
                not earlier
                or token.i == 0
                or self.tokens[token.i - 1].lower_ != "the"
                or any(c.dep_ in {"amod", "compound", "nmod:poss"} for c in token.children)
                or len({c.key for c in earlier}) > 1
                or token.sent.start - self.tokens[earlier[-1].start].sent.start > 200
            ):
                continue
            last = earlier[-1]
            proposals.new.append(Candidate(
                token.i, token.i + 1, last.key, last.type, "state_np", last.actor, code=last.code,
                rules=("join.definite_organ",)
            ))
        return proposals

    def the_administration(self, candidates: list[Candidate]) -> Proposals:
        """ "the Administration" with a capital and no name of its own is the United States
        government in the US usage it comes from ("the Administration has announced"; the
        corpus annotations list it as a name of the United States), where the text names the
        United States; the NER's organisation "Administration" is that mention
        (rule join.the_administration)."""
        proposals = Proposals()
        words = set(self.rules["join.the_administration"]["words"])
        if words.isdisjoint(self.texts):
            return proposals  # most texts: no "Administration" at all
        state = next(
            (c for c in candidates if c.actor is not None and c.actor.code == "USA"
             and c.type == "STATE"), None
        )
        starts = {c.start: i for i, c in enumerate(candidates)}
        taken = {i for c in candidates for i in range(c.start, c.end)}
        for token in self.tokens:
            if (
                token.text not in words
                or token.i == 0
                or self.tokens[token.i - 1].lower_ != "the"
                or any(c.dep_ in {"amod", "compound", "nmod:poss", "flat"} for c in token.children)
            ):
                continue
            rule = "join.the_administration"
            alone = token.i in starts and candidates[starts[token.i]].end == token.i + 1
            if alone and state is None:
                proposals.dropped.add(starts[token.i])  # no state to be: no actor
            elif alone:
                proposals.join(starts[token.i], rule, state)
            elif state is not None and token.i not in taken:
                proposals.new.append(Candidate(
                    token.i, token.i + 1, state.key, state.type, "state_np", state.actor,
                    rules=(rule,),
                ))
        return proposals

    def is_office(self, candidate: Candidate) -> bool:
        """A known body whose name is an office title ("Secretary of State"), after its state's
        name or not ("US Secretary of State")."""
        start = candidate.start
        if candidate.end - start > 1 and self.gazetteer.state_named(self.tokens[start].text):
            start += 1
        words = [t.lower_ for t in self.spacy[start : candidate.end]]
        return (
            candidate.type == "GOVERNMENT_BODY"
            and words[0] in self.person_titles
            and all(w in self.person_title_words for w in words)
        )

    def without_persons_titles(self, candidates: list[Candidate]) -> Proposals:
        """An office title next to a person's name is that person's title, no actor of its
        own ("Antony Blinken, Secretary of State", "Secretary of State John Kerry")."""
        person_starts = {c.start for c in candidates if c.type == "PERSON"}
        person_ends = {c.end for c in candidates if c.type == "PERSON"}

        def beside_person(c: Candidate) -> bool:
            comma = c.start - 1  # "Ann Lee, (the) Secretary of State"
            if comma >= 0 and self.tokens[comma].lower_ == "the":
                comma -= 1
            after_name = comma >= 0 and self.tokens[comma].text == "," and comma in person_ends
            return c.end in person_starts or after_name

        proposals = Proposals()
        for index, c in enumerate(candidates):
            if self.is_office(c) and beside_person(c):
                proposals.dropped.add(index)
            elif c.actor is not None and c.type != "PERSON" and c.end in person_starts:
                self.without_office_word(index, c, proposals)  # "UN envoy Hans Grundberg"
        return proposals

    def without_office_word(self, index: int, candidate: Candidate, proposals: Proposals) -> None:
        """A known name ending in an office word, before a person: the name without it ("the
        UN" in "UN envoy Hans Grundberg"), or no actor where that is no known name."""
        end = candidate.end
        while end > candidate.start and self.tokens[end - 1].lower_ in self.office_words:
            end -= 1
        if end == candidate.end:
            return
        text = self.spacy[candidate.start : end].text
        entry = self.gazetteer.entry(text) if end > candidate.start else None
        if entry is None or entry.role != "name":
            proposals.dropped.add(index)
            return
        actor = self.gazetteer.choose(entry.actors, self.published, self.doc.text, text)
        fields = {"key": f"kb:{actor.index}", "type": actor.type, "kind": "kb", "actor": actor}
        proposals.change(index, "join.without_office_word", end=end, code=None, **fields)

    def drafts(self, candidates: list[Candidate]) -> list[Draft]:
        by_key: dict[str, Draft] = {}
        for c in candidates:
            draft = by_key.get(c.key)
            if draft is None:
                draft = by_key[c.key] = Draft(c.key, c.type, c.actor)
            draft.candidates.append(c)
            if c.kind == "cue" and draft.actor is None and not draft.decided:
                draft.type = c.type  # context beats the NER label
                draft.rules.append("type.context_over_ner")
                draft.decided = bool(set(c.rules) & self.decisive_rules)
        return [split for draft in by_key.values() for split in self.people_apart(draft)]

    def people_apart(self, draft: Draft) -> list[Draft]:
        """A named state's people ("Ethiopians", "the Sudanese people") are a group of their
        own, apart from the state; a nationality whose state goes unnamed is a group whole."""
        if draft.actor is None or draft.actor.type != "STATE":
            return [draft]
        people = [c for c in draft.candidates if c.kind == "demonym" and self.names_people(c)]
        if not people or all(c.kind == "demonym" for c in draft.candidates):
            return [draft]
        draft.candidates = [c for c in draft.candidates if c not in people]
        people = [c.by("group.people_of_state") for c in people]
        group = Draft(f"people:{draft.key}", "GROUP", draft.actor, people)
        return [draft, group]

    def names_people(self, candidate: Candidate) -> bool:
        """A demonym in the plural ("Yemenis") or with a people noun ("Afghan civilians")."""
        words = self.spacy[candidate.start : candidate.end]
        if len(words) > 1:
            return words[-1].lower_ in self.people_nouns
        singular = self.gazetteer.entry(words.text[:-1]) if words.text.endswith("s") else None
        return singular is not None and singular.role == "demonym"

    def patron_compound(self, candidate: Candidate) -> bool:
        """A demonym hyphened to a participle of patronage ("Iranian-backed militias",
        "Turkish-funded schools": ``patron_participles``), which names the state itself."""
        end = candidate.end
        return (
            end + 1 < len(self.tokens)
            and self.tokens[end].text == "-"
            and self.tokens[end + 1].lower_ in self.patron_participles
        )

    def canonical_name(self, draft: Draft) -> str:
        if draft.actor is not None:
            if draft.type == "GROUP" and draft.actor.type == "STATE":
                first = self.spacy[draft.candidates[0].start : draft.candidates[0].end]
                return first[:-1].text if first[-1].lower_ in self.people_nouns else first.text
            return draft.actor.name
        named = [c.name for c in draft.candidates if c.name]
        if named:
            return named[0]  # "Afghanistan's Ministry of Foreign Affairs"
        texts = [self.spacy[c.start : c.end].text for c in draft.candidates]
        # the first full name the text gives ("Sirojiddin Mukhtarov, also known as Abu Saloh
        # al-Uzbeki"), else the fullest ("Yassin ... Sheikh Ahmed Yassin")
        full = [t for t in texts if len(t.split()) > 1]
        if full and draft.type == "PERSON":
            return full[0]
        return max(texts, key=lambda t: (len(t.split()), len(t)))

    def entity_type(self, draft: Draft) -> str:
        if draft.key.startswith("people:"):
            return "GROUP"
        if draft.actor is not None and draft.type != "LOCATION":
            kinds = {c.kind for c in draft.candidates}
            if draft.actor.type == "STATE" and kinds == {"demonym"}:
                if any(self.patron_compound(c) for c in draft.candidates):
                    draft.rules.append("type.patron_state")
                    return "STATE"  # "Iranian-backed militias": Iran backs them
                draft.rules.append("type.nationality_without_state")
                return "GROUP"  # "Afghan fighters": a nationality, the state is never named
            return draft.actor.type
        return draft.type

    def build(self) -> list[Entity]:
        known = self.knowledge_candidates()
        candidates = (
            known
            + self.officers_after_bodies(known)
            + self.collective_actors()
            + self.coordinated_chambers()
            + self.cue_candidates()
            + self.acronym_expansions()
            + self.ner_candidates()
            + self.issuer_in_title()
        )
        candidates = [  # "a Foreign Terrorist Organization (FTO)": a list's title, no actor
            c for c in candidates if not self.legal_designation(c.start, c.end)
        ]
        candidates = [
            c for c in candidates if not self.in_office_field(c)
        ] + self.officers_after_fields()
        candidates = self.resolve_overlaps(candidates)
        for propose in (
            self.retype_by_company,
            self.family_names,
            self.surnames_over_places,
            self.link_unknown,
            self.short_forms,
            self.surname_mentions,
            self.link_acronyms,
            self.link_bracketed_names,
            self.link_aliases,
            self.definite_organs,
            self.the_administration,
            self.without_persons_titles,
        ):
            candidates = propose(candidates).applied(candidates)
        entities = []
        for draft in self.drafts(candidates):
            draft.type = self.entity_type(draft)
            name = self.canonical_name(draft)
            mentions = []
            seen: dict[str, str] = {}
            for c in draft.candidates:
                span = self.spacy[c.start : c.end]
                mentions.append(
                    Mention(
                        start=span.start_char,
                        end=span.end_char,
                        text=span.text,
                        sentence=self.doc.sentence_at(span.start_char),
                    )
                )
                seen.setdefault(span.text.lower(), span.text)
            aliases = [t for k, t in seen.items() if k != name.lower()]
            if draft.actor is not None and draft.type != "GROUP":
                for alias in self.gazetteer.names_of(draft.actor):
                    if alias.lower() not in seen and alias.lower() != name.lower():
                        seen[alias.lower()] = alias
                        aliases.append(alias)
            rules = [r for c in draft.candidates for r in c.rules] + draft.rules
            rules = list(dict.fromkeys(rules))
            code = next((c.code for c in draft.candidates if c.code), None)
            if draft.actor is not None and draft.type != "GROUP":
                code = self.gazetteer.code_of(draft.actor, self.published)
            entities.append(
                Entity(
                    id=f"e{len(entities) + 1}",
                    name=name,
                    type=draft.type,
                    aliases=aliases[:MAX_ALIASES],
                    mentions=mentions,
                    code=code,
                    rules=rules,
                )
            )
        entities.sort(key=lambda e: e.mentions[0].start)
        for number, entity in enumerate(entities, start=1):
            entity.id = f"e{number}"
        return entities


def stance_of(doc: Document, entity: Entity, *, window: int = 6) -> float | None:
    """The article's attitude toward ``entity`` from evaluative words near its mentions."""
    spacy_doc: Doc = doc.layers["spacy"]
    negative, positive = _stance_words()
    score = count = 0
    for mention in entity.mentions:
        span = spacy_doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        sentence_start, sentence_end = sentence_bounds(spacy_doc, span.start)  # span.sent's
        lo, hi = max(sentence_start, span.start - window), min(sentence_end, span.end + window)
        for token in spacy_doc[lo:hi]:
            if token.lower_ in negative or token.lemma_.lower() in negative:
                score, count = score - 1, count + 1
            elif token.lower_ in positive or token.lemma_.lower() in positive:
                score, count = score + 1, count + 1
    return None if count == 0 else round(score / count, 2)


def find_entities(doc: Document, gazetteer: Gazetteer | None = None) -> list[Entity]:
    """Every actor in ``doc`` as one entity per referent, with its mentions and stance."""
    entities = ActorFinder(doc, gazetteer or load_gazetteer()).build()
    for entity in entities:
        entity.stance = stance_of(doc, entity)
    return entities


__all__ = ["ActorFinder", "Candidate", "find_entities", "name_chunk", "patterns", "stance_of"]
