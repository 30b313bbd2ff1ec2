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

from dossier.document import Entity
from dossier.extract.syntax import EntityIndex, actor_of
from dossier.knowledge import load_data

HYPHENS = {"-", "‐", "–"}


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
        target = actor_of(noun, index)
        if target is None and noun.dep_ == "appos":
            target = actor_of(noun.head, index)
        if target is None or target.id == source.id:
            continue
        found.append(RuleMatch(rule["id"], token, rule["participles"][participle], source, target))
    return found


RULE_KINDS: dict[str, Callable[[dict[str, Any], Iterable[Token], EntityIndex], list[RuleMatch]]]
RULE_KINDS = {"actor_compound": actor_compounds}


def match_event_rules(tokens: Iterable[Token], index: EntityIndex) -> list[RuleMatch]:
    """Every declared rule's matches in ``tokens`` (one sentence)."""
    tokens = list(tokens)
    return [
        match for rule in event_rules() for match in RULE_KINDS[rule["kind"]](rule, tokens, index)
    ]


__all__ = ["RuleMatch", "actor_compounds", "event_rules", "match_event_rules"]
