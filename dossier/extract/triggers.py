"""The PLOVER trigger lexicon: verbs, phrasal verbs, light-verb phrases and event nouns.

Read from the ``*triggers*.jsonl`` files in ``dossier/knowledge`` (built by
``scripts/build_triggers.py`` from the CAMEO verb dictionary, plus hand entries) and in the
folders named by ``DOSSIER_KNOWLEDGE_PATH``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from dossier.jsonlines import read_json_lines
from dossier.knowledge import user_paths

KNOWLEDGE_SETTING = "DOSSIER_KNOWLEDGE_PATH"
TRIGGER_GLOB = "*triggers*.jsonl"
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


# A record of this type says that the word with its particle or object is no event ("plead"
# + "guilty"): it wins over a less specific record of the word, as any record does.
NO_EVENT = "NONE"


class TriggerError(ValueError):
    """A trigger lexicon file with a bad line (the message names file and line)."""


@dataclass(frozen=True)
class Trigger:
    """One lexicon record: a word (with its particle or object) that signals an event type."""

    lemma: str
    pos: str
    type: str
    particle: str | None = None
    object: str | None = None
    preps: tuple[tuple[str, str], ...] = ()
    passive_agent: str = "by"
    cameo: str | None = None
    source: str = "hand"
    target_required: bool = False  # no event without a target actor ("defend", "allow")
    object_target: bool = False  # an object it has must give its target actor ("visited
    # Kyiv"; not "visited the hospital"); with none it stands alone ("when we visited")
    adverb: str | None = None  # a manner adverb or an adjective complement the verb needs
    # ("sexually abused", "held Iran accountable")
    agents: tuple[str, ...] = ()  # words one of which must head its actor ("missiles hit")
    person_actor: bool = False  # its actor is a person's name ("Assad's flight from")
    not_by_speaker: bool = False  # not when its actor is the speaker's "I" or "we" ("we
    # demonstrated our resolve": a showing, no protest)
    object_clause: bool = False  # only with an object and a "to" clause ("wants Iran to")
    mandative_clause: bool = False  # only with an object and a "to" clause or with a clause
    # of what is to be done ("recommended that U.S. troops withdraw"; not "recommended a book")
    patients: tuple[str, ...] = ()  # words one of which must head what it acts on, unless
    # a person's name does ("released 12 prisoners", "released Wiranto"; not "a book")
    patient_target: bool = False  # a patient it acts on is its target as written
    # ("released 12 political prisoners": the 12 prisoners)
    intransitive: bool = False  # only with no object or clause ("protesters demonstrated")
    transitive: bool = False  # only with an object or a clause ("declined the offer")
    untargeted_actor_types: tuple[str, ...] = ()  # with no target, only actors of these
    # types ("Ukraine is fighting with courage"; not "we fight like hell" of a person)
    object_owner_target: bool = False  # the owner of its object is its target ("froze
    # Russia's assets": Russia)
    object_compound_target: bool = False  # the noun before its object word is its target
    # ("took 20 passengers hostage": 20 passengers)
    id: str | None = None  # the declared rule that stands in for a lexicon record

    @property
    def specificity(self) -> int:
        return (
            2 * (self.object is not None) + (self.particle is not None)
            + (self.adverb is not None)
        )

    @property
    def rule_id(self) -> str:
        """The record's id in an event's ``rules``: "trigger.call_on:REQUEST"."""
        if self.id is not None:
            return self.id
        words = self.lemma + (f"_{self.particle}" if self.particle else "")
        words += f"+{self.object}" if self.object else ""
        words += f"@{self.adverb}" if self.adverb else ""
        return f"trigger.{words}:{self.type}"

    def role_of(self, preposition: str) -> str | None:
        return dict(self.preps).get(preposition)


@dataclass
class TriggerLexicon:
    """Triggers indexed by (lemma, pos); a later record replaces one with the same key."""

    by_word: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)
    _lemmas: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    _lemmas_of: Any = field(default=None, init=False, repr=False, compare=False)
    _lemma_count: int = field(default=-1, init=False, repr=False, compare=False)

    def add(self, trigger: Trigger) -> None:
        records = self.by_word.setdefault((trigger.lemma, trigger.pos), [])
        key = (trigger.particle, trigger.object, trigger.adverb)
        records[:] = [r for r in records if (r.particle, r.object, r.adverb) != key]
        records.append(trigger)

    def remove(
        self, lemma: str, pos: str, particle: str | None, obj: str | None,
        adverb: str | None = None,
    ) -> None:
        records = self.by_word.get((lemma, pos), [])
        key = (particle, obj, adverb)
        records[:] = [r for r in records if (r.particle, r.object, r.adverb) != key]

    def get(self, lemma: str, pos: str) -> list[Trigger]:
        return self.by_word.get((lemma, pos), [])

    def lists_any(self, lemmas: list[str]) -> bool:
        """Whether any of ``lemmas`` has records of some part of speech (a quick test before
        the word's class is worked out)."""
        return not self.lemmas().isdisjoint(lemmas)

    def lemmas(self) -> frozenset[str]:
        """The lemmas with records of some part of speech (the same set object while the
        lexicon lists the same words)."""
        if self._lemmas_of is not self.by_word or self._lemma_count != len(self.by_word):
            self._lemmas = frozenset(lemma for lemma, _ in self.by_word)
            self._lemmas_of, self._lemma_count = self.by_word, len(self.by_word)
        return self._lemmas

    def __len__(self) -> int:
        return sum(len(records) for records in self.by_word.values())


def trigger_files() -> list[str]:
    """The lexicon files read, in order: the packaged ones (the built lexicon first), then
    ``*triggers*.jsonl`` in each folder (or file) the ``DOSSIER_KNOWLEDGE_PATH`` setting lists."""
    root = resources.files("dossier.knowledge")
    names = sorted(
        (entry.name for entry in root.iterdir() if Path(entry.name).match(TRIGGER_GLOB)),
        key=lambda name: (name != "event_triggers.jsonl", name),
    )
    files = [str(root.joinpath(name)) for name in names]
    for entry in user_paths():
        path = Path(entry.strip()).expanduser()
        if not entry.strip():
            continue
        if path.is_dir():
            files += [str(p) for p in sorted(path.glob(TRIGGER_GLOB)) if p.is_file()]
        elif path.is_file() and path.match(TRIGGER_GLOB):
            files.append(str(path))
    return files


def parse_trigger(record: dict[str, Any], where: str) -> Trigger | None:
    try:
        lemma, pos, event_type = record["lemma"], record.get("pos", "VERB"), record["type"]
    except KeyError as error:
        raise TriggerError(f"{where}: a trigger needs {error.args[0]!r}") from None
    if event_type is None:
        return None
    if event_type not in (*PLOVER_TYPES, NO_EVENT) or pos not in {"VERB", "NOUN"}:
        raise TriggerError(
            f"{where}: type must be one of {', '.join(PLOVER_TYPES)} or {NO_EVENT} and pos "
            "VERB or NOUN "
            f"(got {event_type!r}, {pos!r})"
        )
    preps = record.get("preps")
    if preps is None:
        preps = {"for": "target", "to": "target", "against": "target", "with": "target"}
    return Trigger(
        lemma=str(lemma).lower(),
        pos=pos,
        type=event_type,
        particle=record.get("particle"),
        object=record.get("object"),
        preps=tuple(sorted(preps.items())),
        passive_agent=record.get("passive_agent") or "by",
        cameo=record.get("cameo"),
        source=record.get("source", "hand"),
        target_required=bool(record.get("target_required")),
        object_target=bool(record.get("object_target")),
        adverb=record.get("adverb"),
        agents=tuple(str(word).lower() for word in record.get("agents") or ()),
        patients=tuple(str(word).lower() for word in record.get("patients") or ()),
        patient_target=bool(record.get("patient_target")),
        person_actor=bool(record.get("person_actor")),
        not_by_speaker=bool(record.get("not_by_speaker")),
        object_clause=bool(record.get("object_clause")),
        mandative_clause=bool(record.get("mandative_clause")),
        intransitive=bool(record.get("intransitive")),
        transitive=bool(record.get("transitive")),
        untargeted_actor_types=tuple(record.get("untargeted_actor_types") or ()),
        object_owner_target=bool(record.get("object_owner_target")),
        object_compound_target=bool(record.get("object_compound_target")),
    )


@lru_cache(maxsize=8)
def load_triggers(files: tuple[str, ...] | None = None) -> TriggerLexicon:
    """The trigger lexicon from ``files`` (default: ``trigger_files()``).

    A record whose ``type`` is null removes the same (lemma, pos, particle, object) read before.
    """
    lexicon = TriggerLexicon()
    for name in files if files is not None else tuple(trigger_files()):
        lines = read_json_lines(name, error=TriggerError, what="the trigger lexicon")
        for number, record in lines:
            if "_meta" in record:
                continue
            trigger = parse_trigger(record, f"{name}:{number}")
            if trigger is None:
                lemma = str(record["lemma"]).lower()
                lexicon.remove(
                    lemma, record.get("pos", "VERB"), record.get("particle"), record.get("object"),
                    record.get("adverb"),
                )
            else:
                lexicon.add(trigger)
    return lexicon
