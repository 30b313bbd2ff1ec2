"""Source attributions: who a claim in the text comes from, and the claim's span.

Cues, in the order tried per sentence: "according to X"; a reporting verb with a clausal
complement ("X said that ...", "..., X said", "as X put it", "X told Y ..."); a reporting
verb with an "of" complement ("X accused Y of ..."); a passive with "by" ("is described by
many security circles as ..."); a reporting noun ("statements by X regarding ...",
"X's report on ..."). The source is an entity when the source phrase's head belongs to one,
else the description itself ("US intelligence sources"); its type comes from the entity type
or the head noun (lists in ``dossier/knowledge/attribution_cues.json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dossier.document import Attribution, Document, Entity
from dossier.extract.syntax import (
    AGENT,
    PASSIVE_SUBJECT,
    SUBJECT,
    EntityIndex,
    cues,
    is_passive,
    marked,
    prep_args,
)

CLAUSE = {"ccomp", "parataxis"}
QUOTES = "\"“”«»"
_TRIM = " ,;:\"“”'‘’«»—–-"
_LEADING_CUE = re.compile(r"^\s*(according\s+to|by|from)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    """A found attribution before it becomes a record."""

    source: Token  # head of the source phrase
    cue: str
    claim: tuple[int, int]  # character offsets


def _words(key: str) -> set[str]:
    return set(cues()[key])


def _span_chars(tokens: list[Token]) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def _subtree_chars(token: Token, *, without: set[int] = frozenset()) -> tuple[int, int]:
    tokens = [t for t in token.subtree if t.i not in without]
    return _span_chars(tokens)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM + ".":
        end -= 1
    return start, end


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


def _verb_cues(sentence: Span) -> Iterator[Cue]:
    reporting = _words("reporting_verbs")
    needing_clause = _words("verbs_needing_clause")
    for verb in sentence:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in {"VERB", "AUX"} or lemma not in reporting:
            continue
        if is_passive(verb):
            agents = [c for c in verb.children if c.dep_ in AGENT]
            agents += [n for marker, n in prep_args(verb) if marker == "by" and n.dep_ not in AGENT]
            if agents and lemma in _words("verbs_with_as_claim") | needing_clause:
                skip = {t.i for t in agents[0].subtree}
                skip |= {c.i for c in agents[0].children}
                yield Cue(agents[0], lemma, _subtree_chars(verb, without=skip))
            continue
        if verb.dep_ == "advcl" and marked([verb], _words("condition_markers"), {"mark", "advmod"}):
            continue  # "When one observes that ...": a condition, not a report
        subjects = [c for c in verb.children if c.dep_ in SUBJECT]
        if not subjects and verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and not any(
            c.dep_ == "mark" for c in verb.children
        ):
            subjects = [verb.head]  # "Spokesman X accused ..." parsed as a name with a clause
        if not subjects or subjects[0].lower_ in _words("generic_subjects"):
            continue
        subject = min(subjects, key=lambda s: abs(s.i - verb.i))  # "X, they warn, ..."
        clauses = [c for c in verb.children if c.dep_ in CLAUSE] or [
            # "X is expected to arrive, an official said": a full clause before the source,
            # parsed as the reporting verb's adverbial clause
            c for c in verb.children
            if c.dep_ == "advcl" and c.i < subject.i
            and not any(m.dep_ == "mark" for m in c.children)
            and any(m.dep_ in SUBJECT | PASSIVE_SUBJECT for m in c.children)
        ]
        trailing = (  # "..., the Air Force said on Sunday." parsed as an adverbial clause
            verb.dep_ == "advcl"
            and verb.i > verb.head.i
            and not any(c.dep_ == "mark" for c in verb.children)
        )
        if (verb.dep_ == "parataxis" or trailing) and not clauses:  # "..., the IDF said, ..."
            head = verb.head
            skip = {t.i for t in verb.subtree}
            if verb.right_edge.i >= max(t.i for t in head.subtree if t.dep_ != "punct"):
                # the source comes last: the claim is what stands before it
                skip |= {t.i for t in head.subtree if t.i > verb.left_edge.i}
            yield Cue(subject, lemma, _subtree_chars(head, without=skip))
            continue
        if clauses:
            yield Cue(subject, lemma, _subtree_chars(clauses[0]))
            continue
        objects = [c for c in verb.children if c.dep_ in {"obj", "dobj"}]
        if lemma in _words("verbs_with_of_claim"):
            # "accused X of supporting ...": the "of" may hang on the verb or on X
            carriers = [verb, *objects]
            has_of = any(
                t.lower_ == "of" and t.dep_ in {"mark", "case", "prep"}
                for carrier in carriers for t in carrier.subtree
            )
            if has_of and objects:
                start = objects[0].left_edge.idx
                end = max(t.idx + len(t.text) for t in verb.subtree if t.i > verb.i)
                yield Cue(subject, lemma, (start, end))
            continue
        if lemma in _words("verbs_with_object_claim") and objects:
            yield Cue(subject, lemma, _subtree_chars(objects[0]))
            continue
        if lemma in needing_clause and verb.dep_ == "advcl" and any(
            m.lower_ == "as" for m in verb.children if m.dep_ == "mark"
        ) and lemma in _words("as_put_verbs") | {"put"}:
            skip = {t.i for t in verb.subtree}
            yield Cue(subject, lemma, _subtree_chars(verb.head, without=skip))


def _as_put_cues(sentence: Span) -> Iterator[Cue]:
    """ "as X put it": the main clause is the claim."""
    for verb in sentence:
        if verb.lemma_.lower() != "put" or verb.dep_ != "advcl":
            continue
        if not any(m.lower_ == "as" for m in verb.children if m.dep_ == "mark"):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT]
        if subjects:
            skip = {t.i for t in verb.subtree}
            yield Cue(subjects[0], "as put", _subtree_chars(verb.head, without=skip))


def _according_cues(sentence: Span) -> Iterator[Cue]:
    for token in sentence:
        if token.lower_ != "according" or token.i + 1 >= len(token.doc):
            continue
        if token.doc[token.i + 1].lower_ != "to":
            continue
        source = token.head if token.dep_ == "case" else None
        if source is None:
            following = token.doc[token.i + 2:sentence.end]
            objects = [t for t in following if t.pos_ in {"NOUN", "PROPN"}]
            source = objects[0] if objects else None
        if source is None:
            continue
        information = _words("information_nouns")
        if source.lemma_.lower() in information or source.lower_ in information:
            # "according to information obtained by Al-Hurra": the agent is the source
            agents = [
                n for child in source.children if child.dep_ in {"acl", "acl:relcl"}
                for n in [*(c for c in child.children if c.dep_ in AGENT),
                          *(m for marker, m in prep_args(child) if marker == "by")]
            ]
            agents += [n for marker, n in prep_args(source) if marker in {"by", "from"}]
            if agents:
                source = agents[0]
        phrase_end = max(t.idx + len(t.text) for t in token.head.subtree) if (
            token.dep_ == "case"
        ) else max(t.idx + len(t.text) for t in source.subtree)
        sentence_start, sentence_end = sentence.start_char, sentence.end_char
        if token.idx - sentence_start < 3:
            claim = (phrase_end, sentence_end)
        else:
            claim = (sentence_start, token.idx)
        yield Cue(source, "according to", claim)


def _noun_cues(sentence: Span) -> Iterator[Cue]:
    nouns = _words("reporting_nouns")
    claim_preps = _words("claim_prepositions")
    for noun in sentence:
        if noun.pos_ != "NOUN" or noun.lower_ not in nouns:
            continue
        args = list(prep_args(noun))
        sources = [n for marker, n in args if marker == "by"]
        sources += [c for c in noun.children if c.dep_ in {"nmod:poss", "poss"}]
        if not sources or _is_pronoun(sources[0]):
            continue
        claims = [n for marker, n in args if marker in claim_preps]
        claims += [c for c in noun.children if c.dep_ in {"acl", "ccomp"} and any(
            m.lower_ == "that" for m in c.children if m.dep_ == "mark"
        )]
        if claims:
            yield Cue(sources[0], noun.lower_, _subtree_chars(claims[0]))


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
    for sentence in spacy_doc.sents:
        sentence_id = doc.sentence_at(sentence.start_char) if doc.sentences else 0
        record = sentence_kinds.get(sentence_id)
        if record is not None and (record.kind == "heading" or record.is_question):
            continue
        seen_claims: list[tuple[int, int]] = []
        for cue in [
            *_according_cues(sentence), *_verb_cues(sentence), *_as_put_cues(sentence),
            *_noun_cues(sentence),
        ]:
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
                )
            )
    found.sort(key=lambda a: a.claim.start)
    for number, attribution in enumerate(found, 1):
        attribution.id = f"A{number}"
    return found


__all__ = ["find_attributions", "source_type"]
