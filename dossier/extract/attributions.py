"""Source attributions: who a claim in the text comes from, and the claim's span.

The rules are data: ``dossier/knowledge/attribution_rules.json`` holds spaCy
DependencyMatcher patterns, tried in order, each naming its cue, source and claim tokens and
how the claim span is read (see the file's ``_meta``); word lists they refer to as ``@name``
are in ``attribution_cues.json``. This module is the engine: it runs the patterns, reads the
claim span, grows the source token into its phrase (the entity it names, or the description
itself: "US intelligence sources"), types the source, and records the ids of the rules that
made each attribution. A source that is a document with an agent ("information obtained by
X", "a statement from X") is that agent; "he"/"she" is the nearest person before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from dossier.document import Attribution, Document, Entity
from dossier.extract.syntax import AGENT, EntityIndex, cues, prep_args
from dossier.knowledge import load_data
from dossier.language import sentence_chunks
from dossier.spans import SpanIndex

QUOTES = "\"“”«»"
_TRIM = " ,;:\"“”'‘’«»—–-"
_LEADING_CUE = re.compile(r"^\s*(according\s+to|by|from)\s+", re.IGNORECASE)
_LEADING_THAT = re.compile(r"^that\s+", re.IGNORECASE)
CLAIM_SPANS = (
    "subtree", "object_to_end", "head_without_cue", "cue_without_source", "sentence_without_cue"
)


@dataclass(frozen=True)
class Cue:
    """A found attribution before it becomes a record."""

    source: Token  # head of the source phrase
    cue: str
    claim: tuple[int, int]  # character offsets
    rule: str = ""


@cache
def attribution_rules() -> list[dict[str, Any]]:
    """The rules of ``dossier/knowledge/attribution_rules.json``, with every ``@name`` word-list
    reference replaced by the list from ``attribution_cues.json``."""
    rules = load_data("attribution_rules.json")["rules"]
    for rule in rules:
        if rule["claim_span"] not in CLAIM_SPANS:
            raise ValueError(
                f"attribution_rules.json: rule {rule['id']!r} has claim_span "
                f"{rule['claim_span']!r}; valid: {', '.join(CLAIM_SPANS)}"
            )
        rule["patterns"] = [[_expanded(node) for node in pattern] for pattern in rule["patterns"]]
    return rules


def _expanded(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _expanded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [word for item in value for word in _word_list(item)]
    if isinstance(value, str) and value.startswith("@"):
        return _word_list(value)
    return value


def _word_list(item: Any) -> list[Any]:
    if isinstance(item, str) and item.startswith("@"):
        return list(cues()[item[1:]])
    return [_expanded(item)]


@lru_cache(maxsize=8)
def _matcher(vocab: Vocab) -> DependencyMatcher:
    matcher = DependencyMatcher(vocab)
    for rule in attribution_rules():
        for number, pattern in enumerate(rule["patterns"]):
            matcher.add(f"{rule['id']}#{number}", [pattern])
    return matcher


def _words(key: str) -> set[str]:
    return set(cues()[key])


def _span_chars(tokens: list[Token]) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def _subtree_chars(token: Token, *, without: set[int] = frozenset()) -> tuple[int, int]:
    tokens = [t for t in token.subtree if t.i not in without] or [token]
    return _span_chars(tokens)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM + ".":
        end -= 1
    that = _LEADING_THAT.match(text[start:end])
    if that:  # the claim is the that-clause's content
        start += that.end()
    return start, end


def _unless(rule: dict[str, Any], roles: dict[str, Token]) -> bool:
    """Whether a role has a child relation or word the rule excludes."""
    for role, excluded in rule.get("unless", {}).items():
        token = roles.get(role)
        if token is None:
            continue
        deps = set(excluded.get("deps", []))
        words = {dep: set(_expanded(ws)) for dep, ws in excluded.get("words", {}).items()}
        for child in token.children:
            if child.dep_ in deps or child.lower_ in words.get(child.dep_, ()):
                return True
    return False


def _is_condition(cue: Token) -> bool:
    """ "When one observes that ...": a reporting verb in a condition reports nothing."""
    return cue.dep_ == "advcl" and any(
        c.lower_ in _words("condition_markers") and c.dep_ in {"mark", "advmod"}
        for c in cue.children
    )


def _claim_chars(how: str, roles: dict[str, Token], sentence: Span) -> tuple[int, int]:
    """The claim's character span, read as the rule's ``claim_span`` says."""
    cue, source = roles["cue"], roles["source"]
    if how == "subtree":
        return _subtree_chars(roles["claim"])
    if how == "object_to_end":  # not into a coordinated verb ("... and called for calm")
        start = roles["claim"].left_edge.idx
        ends = [
            t.idx + len(t.text) for child in cue.children
            if child.i > cue.i and child.dep_ not in {"conj", "cc", "punct", "parataxis"}
            for t in child.subtree
        ]
        return start, max(ends, default=start)
    if how == "head_without_cue":
        head = cue.head
        skip = {t.i for t in cue.subtree}
        if cue.right_edge.i >= max(t.i for t in head.subtree if t.dep_ != "punct"):
            # the source comes last: the claim is what stands before it
            skip |= {t.i for t in head.subtree if t.i > cue.left_edge.i}
        return _subtree_chars(head, without=skip)
    if how == "cue_without_source":
        skip = {t.i for t in source.subtree} | {c.i for c in source.children}
        return _subtree_chars(cue, without=skip)
    # sentence_without_cue: "According to X, CLAIM" or "CLAIM, according to X"
    phrase_end = max(t.idx + len(t.text) for t in source.subtree)
    if cue.idx - sentence.start_char < 3:
        return phrase_end, sentence.end_char
    return sentence.start_char, cue.idx


def _document_agent(source: Token) -> Token:
    """ "information obtained by X", "a statement from X": the agent is the source."""
    information = _words("information_nouns")
    if source.lemma_.lower() not in information and source.lower_ not in information:
        return source
    agents = [
        n for child in source.children if child.dep_ in {"acl", "acl:relcl"}
        for n in [*(c for c in child.children if c.dep_ in AGENT),
                  *(m for marker, m in prep_args(child) if marker == "by")]
    ]
    agents += [n for marker, n in prep_args(source) if marker in {"by", "from"}]
    return agents[0] if agents else source


def _source_phrase(head: Token) -> tuple[int, int]:
    """The source's noun phrase without a trailing clause or apposition, and without the
    article before a name."""
    keep = [head]
    for child in head.children:
        if child.dep_ in {"acl", "acl:relcl", "appos", "punct", "cc", "conj", "parataxis"}:
            continue
        if child.i > head.i and child.dep_ in {"nmod", "obl"}:
            marker = next((c.lower_ for c in child.children if c.dep_ == "case"), "")
            if marker not in {"of"}:
                continue
        keep += list(child.subtree)
    # a place or time phrase hung inside the name ("In Tehran, Foreign Ministry spokesman X")
    outside = {
        t.i for k in keep if k.i != head.i and k.dep_ == "obl" for t in k.subtree
    }
    keep = [t for t in keep if t.i not in outside]
    markers = {m.i for c in head.children if c.dep_ == "case" for m in c.subtree}
    tokens = [t for t in keep if t.i not in markers]  # "according to", "by"
    if head.pos_ == "PROPN":  # "the Ukrainian Air Force" is named; "the military" is not
        articles = {"the", "a", "an"}
        tokens = [
            t for t in tokens if not (t.head.i == head.i and t.lower_ in articles)
        ]
    return _span_chars(tokens or [head])


def _with_mentions(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The span grown over any actor mention it cuts ("the Syrian Observatory for Human
    Rights", not "the Syrian Observatory")."""
    for entity in doc.entities:
        for mention in entity.mentions:
            if mention.start < end and start < mention.end:
                start, end = min(start, mention.start), max(end, mention.end)
    return start, end


def _is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON"


def _matches_by_sentence(spacy_doc: Doc) -> dict[int, list[tuple[int, list[int]]]]:
    """The rules' matches over the whole parse (once: a dependency tree never crosses a
    sentence), grouped by the start of the sentence of their first token."""
    grouped: dict[int, list[tuple[int, list[int]]]] = {}
    matches = (
        (match_id, [offset + i for i in token_ids])
        for offset, chunk in sentence_chunks(spacy_doc)  # bounded memory
        for match_id, token_ids in _matcher(spacy_doc.vocab)(chunk)
    )
    for match_id, token_ids in matches:
        sentence = spacy_doc[token_ids[0]].sent
        if all(sentence.start <= i < sentence.end for i in token_ids):
            grouped.setdefault(sentence.start, []).append((match_id, token_ids))
    return grouped


def _rule_cues(
    spacy_doc: Doc, sentence: Span, found: list[tuple[int, list[int]]]
) -> Iterator[Cue]:
    """Every attribution the rules ``found`` in ``sentence``: per cue word, the first rule
    (in file order) that matches it, with the source nearest the cue."""
    rules = attribution_rules()
    order = {rule["id"]: number for number, rule in enumerate(rules)}
    by_id = {rule["id"]: rule for rule in rules}
    matches: dict[int, list[tuple[int, int, int, dict[str, Token]]]] = {}
    for match_id, token_ids in found:
        rule_id, number = spacy_doc.vocab.strings[match_id].rsplit("#", 1)
        pattern = by_id[rule_id]["patterns"][int(number)]
        roles = {
            node["RIGHT_ID"]: spacy_doc[i] for node, i in zip(pattern, token_ids, strict=True)
        }
        cue, source = roles["cue"], roles["source"]
        if _unless(by_id[rule_id], roles) or _is_condition(cue):
            continue
        if source.lower_ in _words("generic_subjects") or source.pos_ == "NUM":
            continue  # "one says ...", "to be concluded by May 1"
        distance = abs(source.i - cue.i)
        matches.setdefault(cue.i, []).append((order[rule_id], distance, source.i, roles))
    for cue_index in sorted(matches):
        rank, _, _, roles = min(matches[cue_index], key=lambda m: m[:3])
        rule = rules[rank]
        cue = roles["cue"]
        claim = _claim_chars(rule["claim_span"], roles, sentence)
        word = "according to" if rule["id"] == "according-to" else (
            cue.lemma_.lower() if cue.pos_ in {"VERB", "AUX"} else cue.lower_
        )
        yield Cue(_document_agent(roles["source"]), word, claim, rule["id"])


def source_type(head: Token, entity: Entity | None) -> str:
    """MEDIA, OFFICIAL, ANONYMOUS_OFFICIAL, ANONYMOUS, EXPERT, PERSON, ORGANIZATION or
    DOCUMENT, from the entity type or the phrase's head noun and modifiers."""
    words = cues()
    modifiers = {t.lower_ for t in head.subtree if t.i != head.i}
    heads = words["source_heads"]
    head_type = heads.get(head.lower_) or heads.get(head.lemma_.lower())
    if entity is not None and entity.type in words["source_types_by_entity"] and (
        entity is not None and head_type is None
    ):
        return words["source_types_by_entity"][entity.type]
    if head_type is None:
        return "PERSON" if head.pos_ == "PROPN" or head.ent_type_ == "PERSON" else "ANONYMOUS"
    if head.lower_ in words["anonymous_official_heads"]:
        if modifiers & set(words["anonymous_modifiers"]):
            return "ANONYMOUS_OFFICIAL"
        unnamed = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)
        if unnamed or any(t.lower_ in words["anonymity_words"] for t in head.head.subtree):
            return "ANONYMOUS_OFFICIAL"  # "a senior official said on condition of anonymity"
        if head_type == "ANONYMOUS" and modifiers & set(words["official_modifiers"]):
            return "ANONYMOUS_OFFICIAL"
    return head_type


def _resolve_pronoun(token: Token, index: EntityIndex) -> Entity | None:
    if token.lower_ not in {"he", "she"}:
        return None
    for i in range(token.i - 1, max(-1, token.i - 80), -1):
        entity = index.entity_at(token.doc[i])
        if entity is not None and entity.type == "PERSON":
            return entity
    return None


def find_attributions(doc: Document) -> list[Attribution]:
    """Every attributed claim in ``doc`` (see the module notes).

    doc (Document): with the ``spacy``, ``sentences`` and ``entities`` layers.
    RETURNS (list[Attribution]): in text order, ids ``A1``, ``A2``, ...
    """
    spacy_doc = doc.layers.get("spacy")
    if spacy_doc is None or not spacy_doc.has_annotation("DEP"):
        return []
    index = EntityIndex(doc)
    sentence_kinds = {s.id: s for s in doc.sentences}
    found: list[Attribution] = []
    matches = _matches_by_sentence(spacy_doc)
    dates = SpanIndex((d.start, d.end) for d in doc.dates)
    for sentence in spacy_doc.sents:
        sentence_id = doc.sentence_at(sentence.start_char) if doc.sentences else 0
        record = sentence_kinds.get(sentence_id)
        if record is not None and (record.kind == "heading" or record.is_question):
            continue
        seen_claims: list[tuple[int, int]] = []
        for cue in _rule_cues(spacy_doc, sentence, matches.get(sentence.start, [])):
            if cue.source.idx in dates:
                continue  # a date is no source
            claim_start, claim_end = _trimmed(doc.text, *cue.claim)
            if claim_end - claim_start < 8:
                continue
            if any(s < claim_end and claim_start < e for s, e in seen_claims):
                continue
            entity = index.entity_at(cue.source)
            if entity is None:  # "spokesperson Andrea Tenenti": the name hung on the role noun
                names = [c for c in cue.source.children if c.dep_ in {"flat", "flat:name"}]
                entity = next((e for c in names if (e := index.entity_at(c))), None)
            if _is_pronoun(cue.source):
                entity = _resolve_pronoun(cue.source, index)
                if entity is None:
                    continue
                source_text = entity.name
            else:
                start, end = _with_mentions(doc, *_source_phrase(cue.source))
                source_text = _LEADING_CUE.sub("", doc.text[start:end]).strip(_TRIM)
            if not source_text:
                continue
            seen_claims.append((claim_start, claim_end))
            found.append(
                Attribution(
                    id="", source=entity.id if entity else None, source_text=source_text,
                    source_type=source_type(cue.source, entity), cue=cue.cue,
                    claim=doc.span(claim_start, claim_end), sentence=sentence_id,
                    rules=[cue.rule],
                )
            )
    found.sort(key=lambda a: a.claim.start)
    for number, attribution in enumerate(found, 1):
        attribution.id = f"A{number}"
    return found


__all__ = ["find_attributions", "source_type"]
