"""Source attributions: who a claim in the text comes from, and the claim's span.

The rules are data: ``dossier/knowledge/attribution_rules.json`` holds spaCy
DependencyMatcher patterns, tried in order, each naming its cue, source and claim tokens and
how the claim span is read (see the file's ``_meta``); word lists they refer to as ``@name``
are in ``attribution_cues.json``. This module is the engine: it runs the patterns, reads the
claim span, grows the source token into its phrase (the entity it names, or the description
itself: "US intelligence sources"), types the source, and records the ids of the rules that
made each attribution. A source that is a document with an agent ("information obtained by
X", "a statement from X") is that agent; "he"/"she" is the nearest person before; a bare
"the statement" is the source of the statement named just before (``statement-reference``).
The ``layout_rules`` (speaker labels, quotations, colons) are read from the text itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from spacy.attrs import LEMMA
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from dossier.document import Attribution, Document, Entity
from dossier.extract.syntax import (
    AGENT,
    SUBJECT,
    EntityIndex,
    cues,
    person_after_title,
    prep_args,
)
from dossier.knowledge import load_data
from dossier.language import (
    IndexedDependencyMatcher,
    Words,
    doc_text,
    required_words,
    sentence_bounds,
    sentence_matches,
)
from dossier.spans import Paragraphs, SpanIndex

_SPACES = re.compile(r"\s*")

QUOTES = "\"“”«»"
_TRIM = " ,;:\"“”'‘’«»—–-"
_LEADING_CUE = re.compile(r"^\s*(according\s+to|by|from)\s+", re.IGNORECASE)
# "said that ...", "and" cut from a coordination; a capital "That" opens a quotation as its
# subject ("“That comes down to North Korean calculus,” Gause said"), which stays
_LEADING_THAT = re.compile(r"^(?:(?:that|and|but)\s+|That said,?\s*)")  # a discourse "That said"
# rules whose cue is a verb of saying with a clause: their "One of the X" subject speaks
_SAYING_RULES = frozenset({"verb-clause", "verb-parenthetical"})
TIME_MODIFIERS = {"obl:unmarked", "obl:tmod", "npadvmod", "obl", "advmod", "nmod:tmod"}
CLAIM_SPANS = (
    "subtree", "subtree_without_case", "subtree_without_predicate", "object_to_end",
    "head_without_cue", "cue_without_source", "sentence_without_cue",
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


@cache
def layout_rules() -> list[dict[str, Any]]:
    """The ``layout_rules`` of ``attribution_rules.json``: speaker labels and continued
    quotations, read from the text's layout rather than the parse."""
    return load_data("attribution_rules.json").get("layout_rules", [])


@lru_cache(maxsize=8)
def _matcher(vocab: Vocab) -> DependencyMatcher:
    matcher = IndexedDependencyMatcher(vocab)  # spaCy's matches, its node search indexed
    for rule in attribution_rules():
        for number, pattern in enumerate(rule["patterns"]):
            matcher.add(f"{rule['id']}#{number}", [pattern])
    return matcher


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(cues()[key])


@cache
def _required_words() -> Words | None:
    """The words of which a sentence must hold one for any rule to match (read once)."""
    return required_words(p for rule in attribution_rules() for p in rule["patterns"])


@cache
def _layout_verbs() -> frozenset[str]:
    """Every verb (lower-case lemma) a layout cue needs in its sentence: the reporting verbs
    (quote-speaker, split-speaker, positional-subject, colon-quote), the verbs that report only
    as a quotation's tag, the colon-quote verbs of speaking, the verb-rest verbs and the
    final-speaker verbs; a sentence with none of them has no layout cue."""
    verbs = set(_words("reporting_verbs"))
    for rule in layout_rules():
        if rule["kind"] == "verb_rest":
            verbs.update(rule["verbs"])
        elif rule["kind"] == "final_speaker":
            verbs.update(rule["verbs"])
            verbs.update(rule["inverted_verbs"])
        elif rule["kind"] == "quote_speaker":
            verbs.update(rule.get("tag_only_verbs", ()))
        elif rule["kind"] == "colon_quote":
            verbs.update(rule.get("speaking_verbs", ()))
    return frozenset(verbs)


_LAYOUT_VERB_LEMMAS: dict[int, bool] = {}  # lemma id -> whether it is a layout verb


def _layout_verb_at(spacy_doc: Doc) -> list[bool]:
    """For each token, whether its lemma (lower case) is one of ``_layout_verbs`` (read from
    the Doc's lemma column, each distinct lemma looked up once)."""
    known = _LAYOUT_VERB_LEMMAS
    if len(known) > 100_000:
        known.clear()
    verbs = _layout_verbs()
    strings = spacy_doc.vocab.strings
    flags = []
    for lemma in spacy_doc.to_array(LEMMA).tolist():
        flag = known.get(lemma)
        if flag is None:
            flag = known[lemma] = strings[lemma].lower() in verbs
        flags.append(flag)
    return flags


def _span_chars(tokens: list[Token]) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def _conjoined_claims(claim: Token) -> list[tuple[int, int]]:
    """The spans of two claims when a reporting verb's quotation runs on, past its closing
    quotation mark, into a clause of the writer's own words: "said, 'All G7 ministers agree
    ...,' and the focus now is on Russia's response" (the quotation and the paraphrase are
    two claims); none otherwise: coordinated clauses inside one quotation or one paraphrase
    are one claim ("said the attacks occurred at 4:00 and struck the plant")."""
    clauses = [
        c for c in claim.children
        if c.dep_ == "conj" and c.i > claim.i and c.pos_ in {"VERB", "AUX", "NOUN", "ADJ"}
        and any(g.dep_ in {"nsubj", "nsubj:pass", "expl"} for g in c.children)
    ]
    if not clauses:
        return []
    second = clauses[0]
    between = claim.doc[claim.i : second.left_edge.i]
    if not any(t.text in {"”", '"'} and t.i > claim.i for t in between) or any(
        t.text in {"“", '"'} for t in second.subtree
    ):
        return []
    rest = {t.i for t in second.subtree}
    rest |= {  # the "and" and the punctuation between the two
        g.i for g in claim.children
        if g.dep_ in {"cc", "punct"} and g.i > claim.i and g.i < second.left_edge.i
    }
    return [_subtree_chars(claim, without=rest), _subtree_chars(second)]


def _subtree_chars(token: Token, *, without: set[int] = frozenset()) -> tuple[int, int]:
    tokens = [t for t in token.subtree if t.i not in without] or [token]
    return _span_chars(tokens)


def _after_semicolon(claim: Token) -> set[int]:
    """The words of a claim's subtree from a semicolon after its head on, outside a
    quotation: the parser hangs the next clause on the claim ("said the road was closed;
    the army later reopened it"), which the reporting verb does not report."""
    subtree = list(claim.subtree)
    _, end = sentence_bounds(claim.doc, claim.i)
    for token in subtree:
        if token.i > claim.i and token.text == ";":
            rest = claim.doc[token.i : end]
            if any(t.text in {'"', "”"} for t in rest):
                return set()  # a semicolon inside a quotation
            return {t.i for t in subtree if t.i >= token.i}
    return set()


def _semicolon_between(cue: Token, other: Token | None) -> bool:
    """Whether a semicolon outside any quotation stands between a cue and the clause the
    rule read as its claim (or, for a parenthetical, the clause it qualifies): two clauses
    the parser joined, each with its own verb ("Saudi Arabia denied all claims that ...;
    however, a UN report concluded ...")."""
    if other is None:
        return False
    low, high = sorted((cue.i, other.i))
    between = cue.doc[low + 1 : high]
    return any(t.text == ";" for t in between) and not any(t.text in QUOTES for t in between)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM + ".":
        end -= 1
    that = _LEADING_THAT.match(text[start:end])
    if that:  # the claim is the that-clause's content
        start += that.end()
    inside = text[start:end]
    if end < len(text) and text[end] in "”\"" and (
        inside.count("“") > inside.count("”") or inside.count('"') % 2 == 1
    ):
        end += 1  # the mark that closes a quotation the claim opens: 'called it "baseless"'
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
            if _is_time_subject(child):
                continue  # "issued a statement Tuesday saying ...": the day is no subject
            if child.dep_ in deps or child.lower_ in words.get(child.dep_, ()):
                return True
    return False


def _is_time_subject(token: Token) -> bool:
    """A day word the parser made a subject ("... a statement Tuesday saying ...")."""
    return token.dep_.startswith("nsubj") and token.lower_ in _words("time_words")


def _is_condition(cue: Token) -> bool:
    """ "When one observes that ...": a reporting verb in a condition reports nothing."""
    return cue.dep_ == "advcl" and any(
        c.lower_ in _words("condition_markers") and c.dep_ in {"mark", "advmod"}
        for c in cue.children
    )


def _reported_within(
    cue: Cue, claim: tuple[int, int], claims: list[tuple[int, int]], text: str
) -> bool:
    """ "According to Reuters, officials said the talks failed", "Per reports, the sources
    said ...": a source named, with its cue and claim, inside another source's claim (not
    in a quotation, not a pronoun) is a source that one cites; with ``nested_in_claims``
    "any_source", any source ("citing what he called the president's failure")."""
    nesting = {rule["id"]: rule["nested_in_claims"] for rule in attribution_rules()
               if rule.get("nested_in_claims")}
    if cue.rule not in nesting:
        return False
    any_source = nesting[cue.rule] == "any_source"  # "citing what he called ..."
    if cue.source.pos_ not in {"NOUN", "PROPN"} and not any_source:
        return False
    start = cue.source.left_edge.idx
    outer = [
        (s, e) for s, e in claims if s <= start < e and claim[1] <= e and (s, e) != claim
    ]
    return bool(outer) and (
        any_source or not any(mark in text[outer[0][0] : start] for mark in QUOTES)
    )


def _holds_earlier(cue: Cue, claim: tuple[int, int], claims: list[tuple[int, int]]) -> bool:
    """ "X said on Friday he can declare ..., which he said would allow ...": a verb's rest
    read from the layout holds the claims found inside it (a report within its report)."""
    if cue.rule != "verb-rest":
        return False
    overlapping = [(s, e) for s, e in claims if s < claim[1] and claim[0] < e]
    return all(claim[0] < s and e <= claim[1] for s, e in overlapping)


def _quote_between(source: Token, cue: Token) -> bool:
    """Whether a quotation mark stands between a source before its cue and the cue
    ('"... with an unstable Turkey," said X': "Turkey" is not the speaker)."""
    if source.i > cue.i:
        return False
    between = doc_text(source.doc)[source.idx : cue.idx]
    return any(mark in between for mark in QUOTES)


def _neither(source: Token) -> bool:
    """A source opened by "neither" ("neither Britain nor Mauritius have confirmed"): its
    report is denied as a negated cue's is."""
    return any(c.lower_ == "neither" for c in source.children)


def _cites_a_source(clause: Token) -> bool:
    """Whether ``clause`` holds an "according to" of its own."""
    return any(
        t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor().lower_ == "to"
        for t in clause.subtree
    )


def _is_negated(cue: Token) -> bool:
    """ "Hayat did not confirm the death": a denied report is no claim of the source."""
    return any(
        c.lower_ in _words("negations") and c.dep_ in {"advmod", "neg"} for c in cue.children
    )


def _claim_chars(how: str, roles: dict[str, Token], sentence: Span) -> tuple[int, int]:
    """The claim's character span, read as the rule's ``claim_span`` says."""
    cue, source = roles["cue"], roles["source"]
    if how == "subtree":  # not a coordinated clause with a source of its own ("says the
        # region is calm, but according to Amnesty, the fighting goes on")
        claim = roles["claim"]
        own = [c for c in claim.children if c.dep_ == "conj" and _cites_a_source(c)]
        without = {t.i for c in own for t in c.subtree} | _after_semicolon(claim)
        return _subtree_chars(claim, without=without)
    if how == "subtree_without_predicate":  # "Protesters who said [the election was
        # rigged] marched": a verb of the claim with no subject of its own is the main
        # clause's, whose subject the relative clause describes
        claim = roles["claim"]
        verbs = [
            c for c in claim.children
            if c.dep_ in {"conj", "xcomp"} and c.pos_ in {"VERB", "AUX"} and c.i > claim.i
            and not any(g.dep_ in {"nsubj", "nsubj:pass"} for g in c.children)
        ]
        cut = min((v.left_edge.i for v in verbs), default=None)
        skip = {t.i for t in claim.subtree if cut is not None and t.i >= cut}
        return _subtree_chars(claim, without=skip)
    if how == "subtree_without_case":  # "what they describe as [increasing insecurity]"
        claim = roles["claim"]
        return _subtree_chars(claim, without={c.i for c in claim.children if c.dep_ == "case"})
    if how == "object_to_end":  # not into a coordinated verb ("... and called for calm")
        start = roles["claim"].left_edge.idx  # nor into a participle ("..., noting that")
        ends = [
            t.idx + len(t.text) for child in cue.children
            if child.i > cue.i and child.dep_ not in {"conj", "cc", "punct", "parataxis"}
            and not (
                child.dep_ == "advcl" and child.tag_ == "VBG"
                and child.doc[child.left_edge.i - 1].text == ","
            )
            for t in child.subtree
        ]
        return start, max(ends, default=start)
    if how == "head_without_cue":
        head = cue.head
        skip = {t.i for t in cue.subtree} | {c.i for c in head.children if c.dep_ == "case"}
        if cue.right_edge.i >= max(t.i for t in head.subtree if t.dep_ != "punct"):
            # the source comes last: the claim is what stands before it
            skip |= {t.i for t in head.subtree if t.i > cue.left_edge.i}
        return _subtree_chars(head, without=skip)
    if how == "cue_without_source":
        skip = {t.i for t in source.subtree} | {c.i for c in source.children}
        return _subtree_chars(cue, without=skip)
    # sentence_without_cue: "According to X, CLAIM" or "CLAIM, according to X"
    text = doc_text(sentence.doc)
    phrase_end = _source_phrase_end(source, text)
    if cue.idx - sentence.start_char < 3 and not text[phrase_end:].lstrip().startswith(","):
        comma = text.find(",", phrase_end, sentence.end_char)  # the parser cut a name short:
        phrase_end = comma + 1 if comma >= 0 else phrase_end  # "According to the UN's Food
        # and Agriculture Organization's chief veterinary officer, CLAIM"
    before = text[sentence.start_char : cue.idx].rstrip()
    joined = before.rstrip(",").rsplit(None, 1)[-1].lower() if before.rstrip(",") else ""
    comma = text.find(",", cue.idx, sentence.end_char)  # the comma that closes the source
    if (
        joined in _words("joining_conjunctions")
        and comma >= 0
        and len(text[cue.idx : comma].split()) <= _SOURCE_WORDS
    ):
        # "The fighting continues, and according to X, CLAIM": the claim is what follows
        return _past_apposed_name(sentence, source, comma), sentence.end_char
    main_verb = sentence.root
    if (
        main_verb.pos_ in {"VERB", "AUX"}
        and main_verb.idx < cue.idx
        and main_verb.i not in {t.i for t in source.subtree}
    ):
        return sentence.start_char, cue.idx  # "CLAIM according to X, ranging ...": the verb
    if main_verb.idx >= phrase_end:
        return _past_apposed_name(sentence, source, phrase_end), sentence.end_char
    if cue.idx - sentence.start_char < 3 or (
        not before.endswith(",") and text[phrase_end:].lstrip().startswith(",")
    ):  # "According to X, CLAIM", also after words the parser joined to the sentence
        return _past_apposed_name(sentence, source, phrase_end), sentence.end_char
    return sentence.start_char, cue.idx


_SOURCE_WORDS = 10  # "according to MSF and U.N. agencies,": a source phrase is short


def _past_apposed_name(sentence: Span, source: Token, start: int) -> int:
    """ "According to the El Paso mayor, Dee Margo, CLAIM": the name set off by commas right
    after a person's role (which the parser may hang on the verb) is no part of the claim."""
    if source.lemma_.lower() not in _words("person_role_nouns"):
        return start
    tokens = [t for t in sentence if t.idx >= start and not t.is_punct]
    if not tokens or tokens[0].pos_ != "PROPN" or tokens[0].i == 0:
        return start
    if tokens[0].nbor(-1).text != ",":  # set off by a comma, however the parser hung it
        return start  # (as an apposition, or in a sentence of its own)
    for token in tokens[0].doc[tokens[0].i : sentence.end]:
        if token.text == ",":
            return token.idx + 1
        if token.pos_ != "PROPN":
            return start
    return start


def _source_phrase_end(source: Token, text: str) -> int:
    """The end of the source's phrase after "according to": its subtree, cut at the first
    comma after the source word (the parser may hang the claim's opening words on it:
    "information obtained by X, between 2012 and 2014, Maliki ...")."""
    end = max(t.idx + len(t.text) for t in source.subtree)
    comma = text.find(",", source.idx + len(source.text), end)
    return comma if comma >= 0 else end


def _document_agent(source: Token) -> Token:
    """ "information obtained by X", "a statement from X", "the NISA statement", "the
    ministry's statement": the agent is the source."""
    information = _words("information_nouns") | _words("issued_nouns")  # "a tweet by X"
    if source.lemma_.lower() not in information and source.lower_ not in information:
        return source
    if source.pos_ == "PROPN" or (source.text[:1].isupper() and not source.is_sent_start):
        return source  # "the U.S. Geological Survey said": a body's name, not a survey
    # its author ("a report from X", "X's statement") before whoever passed it on ("a report
    # from X cited by Y", "information obtained by Z")
    agents = [n for marker, n in prep_args(source) if marker in {"by", "from"}]
    agents += [
        c for c in source.children
        if c.dep_ in {"compound", "nmod:poss", "poss"} and c.pos_ == "PROPN" and c.i < source.i
    ]
    agents += [
        n for child in source.children if child.dep_ in {"acl", "acl:relcl"}
        for n in [*(c for c in child.children if c.dep_ in AGENT),
                  *(m for marker, m in prep_args(child) if marker == "by")]
    ]
    return agents[0] if agents else source


def _source_phrase(head: Token) -> tuple[int, int]:
    """The source's noun phrase without a trailing clause or apposition, and without the
    article before a name."""
    keep = [head]
    for child in head.children:
        if child.dep_ in {
            "acl", "acl:relcl", "advcl", "appos", "punct", "cc", "conj", "parataxis"
        }:
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


class _Mentions:
    """A document's actor mentions sorted by start, to grow a span over the mentions it cuts
    ("the Syrian Observatory for Human Rights", not "the Syrian Observatory") by bisection
    instead of a scan of every mention per source."""

    def __init__(self, doc: Document) -> None:
        listed = (m for entity in doc.entities for m in entity.mentions)
        # (start, end, place in the entities' order), sorted by start
        self.items = sorted((m.start, m.end, n) for n, m in enumerate(listed))
        self.starts = [start for start, _, _ in self.items]
        self.longest = max((end - start for start, end, _ in self.items), default=0)

    def _meeting(self, start: int, end: int) -> list[tuple[int, int, int]]:
        low = bisect_left(self.starts, start - self.longest + 1)
        high = bisect_left(self.starts, end)
        return [item for item in self.items[low:high] if item[1] > start]

    def grown(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` grown over each mention it cuts, taken in the entities' order
        (a mention met only after an earlier one grew the span counts too)."""
        outer = (start, end)
        while True:  # every mention the growth could ever reach lies within this bound
            meeting = self._meeting(*outer)
            bound = (min([outer[0], *(s for s, _, _ in meeting)]),
                     max([outer[1], *(e for _, e, _ in meeting)]))
            if bound == outer:
                break
            outer = bound
        for mention_start, mention_end, _ in sorted(meeting, key=lambda item: item[2]):
            if mention_start < end and start < mention_end:
                start, end = min(start, mention_start), max(end, mention_end)
        return start, end


def _is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON"


def _matches_by_sentence(spacy_doc: Doc) -> dict[int, list[tuple[int, list[int]]]]:
    """The rules' matches over the whole parse (once: a dependency tree never crosses a
    sentence), grouped by the start of the sentence of their first token."""
    grouped: dict[int, list[tuple[int, list[int]]]] = {}
    # bounded memory; a sentence with none of the words every pattern asks for is skipped
    matches = sentence_matches(_matcher(spacy_doc.vocab), spacy_doc, needs=_required_words())
    for match_id, token_ids in matches:
        start, end = sentence_bounds(spacy_doc, token_ids[0])
        if all(start <= i < end for i in token_ids):
            grouped.setdefault(start, []).append((match_id, token_ids))
    return grouped


def _rule_cues(
    spacy_doc: Doc, sentence: Span, found: list[tuple[int, list[int]]]
) -> Iterator[Cue]:
    """Every attribution the rules ``found`` in ``sentence``: per cue word, the first rule
    (in file order) that matches it, with the source nearest the cue."""
    if not found:
        return  # most sentences: no rule matched
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
        if _unless(by_id[rule_id], roles) or _is_condition(cue) or _is_negated(cue):
            continue
        if _neither(source):
            continue  # "neither Britain nor Mauritius have confirmed ...": no claim
        if by_id[rule_id].get("cue_opens_sentence") and any(
            not t.is_punct and not t.is_space for t in sentence.doc[sentence.start : cue.i]
        ):
            continue  # "Per reports, ...", not "$80 per barrel"
        if _quote_between(source, cue):
            continue  # the subject the parser found stands inside the quotation
        claimed = roles["claim"] if "claim" in roles else roles.get("head")
        if _semicolon_between(cue, claimed):
            continue  # "X denied the claims; however, a UN report concluded ...": two clauses
        if (source.lower_ in _words("generic_subjects") or source.pos_ == "NUM") and not (
            rule_id in _SAYING_RULES and any(marker == "of" for marker, _ in prep_args(source))
        ):  # "one says ...", "to be concluded by May 1"; but "One of the children said, ..."
            continue
        if source.lemma_.lower() in _words("time_nouns") or _is_time_subject(source):
            continue  # "Hours after the siege, NISA said": a time phrase is no source
        if source.lemma_.lower() in _words("inert_subjects"):
            continue  # "the Taliban's actions reveal fear of any opposition": no one speaks
        distance = abs(source.i - cue.i)
        claim = roles.get("claim")
        behind = int(  # "Speaking to X, Y said, '...'": a participle before the cue, no claim
            claim is not None and claim.i < cue.i and claim.tag_ == "VBG"
            and not any(c.dep_ in {"nsubj", "nsubj:pass"} for c in claim.children)
        )
        matches.setdefault(cue.i, []).append((order[rule_id], distance, source.i, behind, roles))
    for cue_index in sorted(matches):
        rank, _, _, _, roles = min(matches[cue_index], key=lambda m: m[:4])
        rule = rules[rank]
        cue = roles["cue"]
        claims = [_claim_chars(rule["claim_span"], roles, sentence)]
        if rule["claim_span"] == "subtree":
            claims = _conjoined_claims(roles["claim"]) or claims
        word = "according to" if rule["id"] == "according-to" else (
            cue.lemma_.lower() if cue.pos_ in {"VERB", "AUX"} else cue.lower_
        )
        for claim in claims:  # "said that X and that Y": two claims
            yield Cue(_document_agent(roles["source"]), word, claim, rule["id"])
        claim = claims[0]
        if rule.get("each_conjunct"):  # "as set out in X, Y and Z": each is a source
            others = {t.i: t for t in [*roles["source"].conjuncts, *_listed_after(roles["source"])]}
            for other in sorted(others.values(), key=lambda t: t.i):
                yield Cue(_document_agent(other), word, claim, rule["id"])


def _listed_after(source: Token) -> list[Token]:
    """The heads of the noun phrases listed after ``source`` to the end of its sentence
    ("in X, the LPDF Roadmap, and the declaration of the Paris Conference."), read from the
    layout where the parser hung them elsewhere; none when the rest holds a clause."""
    sentence = source.sent
    rest = sentence.doc[source.right_edge.i + 1 : sentence.end]
    if not rest or rest[0].text != "," or any(_is_finite(t) for t in rest):
        return []
    items: list[list[Token]] = [[]]
    for token in rest:
        if token.text in {",", ";"} or token.lower_ == "and":
            items.append([])
        elif not token.is_punct:
            items[-1].append(token)
    heads = []
    for item in (i for i in items if i):
        run = []
        for token in item:
            if token.pos_ == "ADP" and run:
                break
            run.append(token)
        nouns = [t for t in run if t.pos_ in {"NOUN", "PROPN"}]
        if not nouns:
            return []  # not a list of names
        heads.append(nouns[-1])
    return heads


def source_type(head: Token, entity: Entity | None) -> str:
    """MEDIA, OFFICIAL, ANONYMOUS_OFFICIAL, ANONYMOUS, EXPERT, PERSON, ORGANIZATION or
    DOCUMENT, from the entity type or the phrase's head noun and modifiers."""
    words = cues()
    modifiers = {t.lower_ for t in head.subtree if t.i != head.i}
    heads = words["source_heads"]
    head_type = heads.get(head.lower_) or heads.get(head.lemma_.lower())
    news_only = words["news_only_heads"]  # "the UN refugee agency": no news agency
    if head.lemma_.lower() in news_only["heads"] and not modifiers & set(news_only["modifiers"]):
        head_type = None if entity is not None else "ORGANIZATION"  # what it names, else a body
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


def _without_leading_date(spacy_doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "said Monday the talks failed": the cue's time phrase is not part of the claim."""
    def is_time(token: Token) -> bool:
        return token.ent_type_ == "DATE" or token.lower_ in _words("time_words")

    first = spacy_doc.char_span(start, start + 1, alignment_mode="expand")
    if not first or not is_time(first[0]):  # None, or empty over whitespace
        return start, end
    tokens = [first[0]]
    while tokens[-1].i + 1 < len(spacy_doc) and is_time(spacy_doc[tokens[-1].i + 1]):
        tokens.append(spacy_doc[tokens[-1].i + 1])
    date_end = tokens[-1].idx + len(tokens[-1].text)
    modifier = any(t.dep_ in TIME_MODIFIERS and t.head not in tokens for t in tokens)
    if modifier and date_end < end - 8 and doc_text(spacy_doc)[date_end].isspace():
        return _trimmed(doc_text(spacy_doc), date_end, end)
    return start, end


def _apposed_person(source: Token, doc: Document, index: EntityIndex) -> Entity | None:
    """The person a role noun names right after it ("spokesperson Zabiullah Mujahid",
    "Pakistan's representative to the United Nations, Munir Akram,")."""
    inside = [
        t for t in source.subtree
        if t.i > source.i and not any(a.dep_ in {"advcl", "acl:relcl"} for a in t.ancestors
                                      if a.i > source.i and source in a.ancestors)
    ]
    end = source.idx + len(source.text)
    for token in inside:
        entity = index.entity_at(token)
        if entity is None or entity.type != "PERSON":
            continue
        if _is_apposition_of(token, source):  # "Chief of Staff, General Dave Goldfein"
            return entity
        between = doc.text[end : token.idx]
        # "Kenya's ambassador, Martin Kimani,", "the lead author, doctoral candidate X,"
        apposed = between.count(",") == 1 and (
            between.rstrip().endswith(",")
            or (between.lstrip().startswith(",") and _lower_words(between))
        )
        return entity if apposed or not between.strip() else None
    return _person_right_after(source, index)


def _person_right_after(source: Token, index: EntityIndex) -> Entity | None:
    """The person whose name starts right after a common noun of the source, or after it and
    a comma and is closed by one, where the parser hung the name elsewhere ("said Iberdrola
    engineer Alonso Soberon of renewables, citing ...": Soberon made the subject of "citing";
    "According to the El Paso mayor, Dee Margo, ...": the name cut into a sentence of its own)."""
    doc = source.doc
    if source.pos_ != "NOUN" or not source.is_lower or source.i + 1 >= len(doc):
        return None
    following = doc[source.i + 1]
    set_off = following.text == "," and source.i + 2 < len(doc)
    if set_off:  # "the El Paso mayor, Dee Margo, ...", whose name the parser cut away
        following = doc[source.i + 2]
    entity = index.entity_at(following)
    if entity is None or entity.type != "PERSON":
        return None
    mention = next((m for m in entity.mentions if m.start == following.idx), None)
    if mention is None or (set_off and not doc.text[mention.end :].startswith(",")):
        return None
    return entity


def _is_apposition_of(token: Token, source: Token) -> bool:
    """Whether the name ``token`` belongs to is an apposition of ``source``."""
    head = _name_head(token)
    return head.dep_ == "appos" and head.head.i == source.i and head.i != source.i


def _is_bare_role(source: Token, entity: Entity | None) -> bool:
    """ "The President insists ...": a role noun with "the" that the actors stage took for
    the office (an entity that is no person), not for whoever holds it."""
    return (
        entity is not None and entity.type != "PERSON"
        and source.lower_ in _words("person_role_nouns")
        and not any(c.dep_ not in {"det", "punct"} for c in source.children)
    )


def _statement_reference(
    source: Token, doc: Document, found: list[Attribution], rule: dict[str, Any]
) -> Attribution | None:
    """ "X said in a joint statement ... The statement said ...": a bare text noun ("the
    statement", "the joint statement") stands for the source of the attribution made in the
    last sentences that name the same noun."""
    nouns = _words("information_nouns") | _words("reporting_nouns") | _words("issued_nouns")
    if source.lower_ not in nouns:
        return None
    determiners = set(rule["determiners"])
    modifiers = set(rule["modifiers"])
    for child in source.children:
        if child.dep_ == "det" and child.lower_ in determiners:
            continue
        if child.dep_ == "amod" and child.lower_ in modifiers:
            continue
        if child.dep_ == "punct":
            continue
        return None
    if not any(c.dep_ == "det" for c in source.children):
        return None
    here = doc.sentence_at(source.idx)
    between: set[str] = set()  # the sources quoted since: a text of another source is no match
    for attribution in reversed(found):
        back = here - attribution.sentence
        if back > rule["max_sentences_back"]:
            break
        if back < 1:
            continue
        between.add(attribution.source or attribution.source_text)
        if len(between) > 1:
            return None
        sentence = doc.sentences[attribution.sentence]
        words = re.findall(r"[a-zé]+", doc.text[sentence.start : sentence.end].lower())
        if source.lower_ in words:
            return attribution
    return None


def _lower_words(text: str) -> bool:
    """Whether ``text`` (commas aside) is a few lower-case words: a role before a name."""
    words = text.replace(",", " ").split()
    return 0 < len(words) <= 4 and all(w.isalpha() and w.islower() for w in words)


def _role_reference(
    source: Token, doc: Document, found: list[Attribution], claim: tuple[int, int]
) -> Entity | None:
    """ "the railway official said": a person's role with "the" and no name stands for the
    person quoted in this sentence or the two before, else the person named last in this
    sentence or the one before outside what was quoted."""
    if source.lower_ not in _words("person_role_nouns") or any(
        c.pos_ == "PROPN" and c.dep_ in {"flat", "flat:name", "appos"} for c in source.children
    ):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in source.children):
        return None
    if any(c.dep_ == "nmod" and c.i > source.i for c in source.children):
        return None  # "the President of Iran" names its own office holder
    sentence = doc.sentence_at(source.idx)
    by_id = {e.id: e for e in doc.entities}
    for attribution in reversed(found):
        if sentence - attribution.sentence > 2:
            break
        entity = by_id.get(attribution.source or "")
        if entity is not None and entity.type == "PERSON":
            return entity
    # else the person named last in this sentence or the one before, not inside a claim
    # ("'We saw reports of Arnel Joseph's escape,' the spokesperson told VOA": not him)
    claims = [claim, *((a.claim.start, a.claim.end) for a in found)]
    named = [
        (m.start, e) for e in doc.entities if e.type == "PERSON" for m in e.mentions
        if m.start < source.idx and sentence - m.sentence <= 1
        and not any(start <= m.start < end for start, end in claims)
    ]
    return max(named, key=lambda item: item[0])[1] if named else None


def _resolve_pronoun(
    token: Token,
    doc: Document,
    index: EntityIndex,
    found: list[Attribution],
    claim: tuple[int, int],
) -> Entity | None:
    """The person "he"/"she" stands for, looked for sentence by sentence back from the
    pronoun (this one and the three before): the person quoted in that sentence, else the
    person named as a subject there, else the nearest person named there; names inside a
    claim ("X told VOA that Cyclone Jude moved ... she said": X) and names that only modify
    a noun ("the Trump administration", "Trump's tariffs") are passed over. The references
    stage's answer, when it gave one, comes first; where it found two people the pronoun may
    stand for, ``_speaker_before`` decides."""
    undecided = token.i in index.pronouns
    if undecided and index.pronouns[token.i] is not None:
        return index.pronouns[token.i]
    if token.lower_ not in {"he", "she", "him", "her"}:
        return None
    here = doc.sentence_at(token.idx)
    recent = [a for a in found if here - a.sentence <= 3]
    claims = [claim, *((a.claim.start, a.claim.end) for a in recent)]
    if undecided:
        return _speaker_before(token, here, doc, index, recent, claims)
    spacy_doc = token.doc
    for number in range(here, max(-1, here - 4), -1):
        quoted = [
            entity for a in recent if a.sentence == number
            and (entity := index.by_id.get(a.source or "")) is not None
            and entity.type == "PERSON"
        ]
        if quoted and number != here:
            return quoted[-1]
        sentence = doc.sentences[number]
        span = spacy_doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        named = [
            (t, entity) for t in reversed(span or [])
            if t.i < token.i and (entity := index.entity_at(t)) is not None
            and entity.type == "PERSON" and not _modifies_noun(t, index)
            and not any(start <= t.idx < end for start, end in claims)
        ]
        subjects = [entity for t, entity in named if _is_subject(t)]
        if subjects or named:
            return (subjects or [entity for _, entity in named])[0]
    return None


def _described_speaker(
    pronoun: Token, here: int, found: list[Attribution], rule: dict[str, Any]
) -> Attribution | None:
    """The report right before a speaking pronoun that stands for no actor, when its
    speaker is one person described, not named ("A local resident said ... He said ...":
    rule described-speaker-pronoun), else None."""
    if pronoun.lower_ not in rule["pronouns"] or not found:
        return None
    last = found[-1]  # the latest report, so no other speaker stands between
    if last.source is not None or here - last.sentence > rule["sentences_back"]:
        return None
    words = last.source_text.lower().split()
    end = next((k for k, w in enumerate(words) if k and w in rule["phrase_ends"]), len(words))
    if words[end - 1] not in rule["person_heads"]:  # the head: the word before its modifiers
        return None  # "Two officials ... He said", "the police ... He told": no one person
    return last


ROOT_OR_SUBJECT = {"ROOT", *SUBJECT}  # "Lawyer X, ..., told AFP he ...", parsed either way


def _speaker_before(
    token: Token,
    here: int,
    doc: Document,
    index: EntityIndex,
    recent: list[Attribution],
    claims: list[tuple[int, int]],
) -> Entity | None:
    """For a pronoun the references stage found two people for: the person quoted in the
    sentence before, unless the pronoun's sentence names someone before it outside any
    claim (a name, or a noun as subject or root: "Lawyer X told AFP he believes ...": X,
    whom no entity names) or the pronoun is inside that person's own quotation. ``here``:
    the pronoun's sentence."""
    sentence = doc.sentences[here]
    span = token.doc.char_span(sentence.start, sentence.end, alignment_mode="expand") or []
    if any(
        t.i < token.i and (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.dep_ in ROOT_OR_SUBJECT))
        and not any(start <= t.idx < end for start, end in claims)
        for t in span
    ):
        return None
    quoted = [
        entity for a in recent if a.sentence == here - 1
        and (entity := index.by_id.get(a.source or "")) is not None and entity.type == "PERSON"
    ]
    quoting = {a.source for a in recent if a.claim.start <= token.idx < a.claim.end}
    quoted = [entity for entity in quoted if entity.id not in quoting]
    return quoted[-1] if quoted else None


def _name_head(token: Token) -> Token:
    """The head of the name a token is part of ("Kevin" in "Kevin Hassett": "Hassett")."""
    while token.dep_ in {"flat", "flat:name", "compound"} and token.head.pos_ == "PROPN" and (
        token.head.i != token.i
    ):
        token = token.head
    return token


def _modifies_noun(token: Token, index: EntityIndex) -> bool:
    """ "the Trump administration", "Trump's tariffs": a name that modifies a common noun
    (even where the noun was taken into the mention)."""
    head = _name_head(token)
    return head.dep_ in {"compound", "nmod:poss", "poss", "amod"} and (
        head.head.pos_ == "NOUN" or index.entity_at(head.head) is not index.entity_at(token)
    )


def _person_of_group(source: Token, index: EntityIndex, rule: dict[str, Any]) -> Token | None:
    """ "Andrew Lebovich of the Dutch think tank Clingendael said": where the parser made the
    group's name the subject, the holder is the person named right before "of" (within
    ``max_words`` words after it, no punctuation and no finite verb between)."""
    if source.pos_ not in {"PROPN", "NOUN"} or not source.text[:1].isupper():
        return None
    doc = source.doc  # not bound to the parse's sentence: it may split at the group's name
    for i in range(source.i - 1, max(-1, source.i - rule["max_words"] - 1), -1):
        token = doc[i]
        if token.is_punct or _is_finite(token):
            return None
        if token.lower_ in rule["markers"] and i > 0:
            before = doc[i - 1]
            entity = index.entity_at(before)
            if entity is None or entity.type != "PERSON" or index.entity_at(source) is entity:
                return None
            return _name_head(before)
    return None


def _is_subject(token: Token) -> bool:
    """Whether a name is a clause's subject (also through an apposition: "X, the
    director, said")."""
    head = _name_head(token)
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head
    return head.dep_ in {"nsubj", "nsubj:pass", "nsubj:outer"}


def _is_speaker_label(label: str, rule: dict[str, Any]) -> bool:
    """A label of at most ``max_words`` words written as the rule's ``case`` says (a
    source noun may stay lower case: "Foreign Ministry spokesman X")."""
    words = label.split()
    if not words or len(words) > rule["max_words"]:
        return False
    if label.upper() in rule["not_speakers"]:
        return False
    if rule.get("not_speaker_pattern") and re.match(rule["not_speaker_pattern"], label):
        return False  # "COUNTERING TERRORIST THREATS:": a fact sheet's section, no speaker
    if rule["case"] == "upper":
        return label == label.upper()
    allowed = set(rule["connectors"]) | set(_words("source_heads"))
    return all(not w[0].isalpha() or w[0].isupper() or w in allowed for w in words)


def _names_issuer(label: str, doc: Document, rule: dict[str, Any]) -> bool:
    """Whether a transcript's speaker label names whoever issued the text ("THE PRESIDENT"
    in "Remarks by President Biden ...", "MS. PSAKI" in "Press Gaggle by Press Secretary
    Jen Psaki"): every word of the label, honorifics and "the" aside, is a word of the
    title or of ``metadata.issuer``, or a title word when another word is ("SECRETARY
    BLINKEN" in "Remarks by Antony J. Blinken")."""
    named = " ".join(filter(None, [doc.metadata.title, doc.metadata.issuer]))
    issuer_words = set(re.findall(r"[\w'’.-]+", named.replace("\\_", " ").lower()))
    dropped = {w.lower() for w in rule["honorifics"]} | {"the"}
    words = [w for w in label.lower().split() if w not in dropped]
    titles = _title_words()
    return any(w in issuer_words for w in words) and all(
        w in issuer_words or w in titles for w in words
    )


@cache
def _title_words() -> frozenset[str]:
    """The words of office titles ("secretary", "minister"), from the actor patterns."""
    return frozenset(load_data("actor_patterns.json")["title_words"])


class _Speakers:
    """The document's actors read once for its speaker labels (a text of many labels
    scanned every entity per label): mentions by start, people by their name's last word."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._mentions: dict[frozenset[str], tuple[list[int], list[tuple[int, Entity]]]] = {}
        self._surnames: dict[str, Entity] | None = None

    def last_speaker(
        self, start: int, end: int, types: set[str]
    ) -> tuple[Entity, int, int] | None:
        """The actor of ``types`` whose mention inside [start, end) ends last (the first
        such in entity and mention order)."""
        key = frozenset(types)
        if key not in self._mentions:
            mentions = sorted(
                (mention.start, order, mention.end, entity)
                for order, (entity, mention) in enumerate(
                    (e, m) for e in self.doc.entities if e.type in types for m in e.mentions
                )
            )
            self._mentions[key] = (
                [m[0] for m in mentions], [(m[1], m[2], m[3]) for m in mentions]
            )
        starts, rest = self._mentions[key]
        best: tuple[int, int, Entity, int] | None = None  # (end, -order, entity, start)
        for index in range(bisect_left(starts, start), bisect_left(starts, end + 1)):
            order, mention_end, entity = rest[index]
            if mention_end <= end and (best is None or (mention_end, -order) > best[:2]):
                best = (mention_end, -order, entity, starts[index])
        return (best[2], best[3], best[0]) if best is not None else None

    def surname_entity(self, name: str) -> Entity | None:
        """The person whose name ends with the label's last word ("MR. KIRBY": John Kirby)."""
        if self._surnames is None:
            self._surnames = {}
            for entity in self.doc.entities:
                if entity.type == "PERSON" and entity.name.split():
                    self._surnames.setdefault(entity.name.split()[-1].lower(), entity)
        return self._surnames.get(name.split()[-1].lower()) if name.split() else None


def _label_claim(text: str, start: int, end: int, quoted: bool) -> tuple[int, int]:
    """The quotation that opens at ``start`` (to its closing mark), or the rest up to
    ``end``."""
    if quoted:
        closing = [i for mark in "”\"" if (i := text.find(mark, start, end)) >= 0]
        end = min(closing, default=end)
    return _trimmed(text, start, end)


def _turn_end(text: str, start: int, end: int, rule: dict[str, Any]) -> int:
    """Where the turn opening at ``start`` ends: at the next turn's label after a sentence's
    end or a dash (a paragraph the cleaner joined to the one before: "AIDE: We have to go —
    MS. JEAN-PIERRE: ..."), else at ``end``."""
    if not rule.get("turn_label"):
        return end
    label = rule["label"].removeprefix("^")
    pattern = re.compile(rf"(?<=[.?!—–])\s+(?={label})")
    for found in pattern.finditer(text, start, end):
        if found.start() > start:
            return found.start()
    return end


def _label_turns(doc: Document, rule: dict[str, Any]) -> int:
    """How many paragraphs open with the rule's ``turn_label`` (a speaker's or a question's):
    a transcript's turns."""
    pattern = re.compile(rule["turn_label"])
    return sum(
        pattern.match(doc.text[p.start : p.end].lstrip()) is not None for p in doc.paragraphs
    )


def _speaker_label_attributions(doc: Document, spacy_doc: Doc) -> list[Attribution]:
    """Paragraphs opening with a speaker's label: "Name: “quote”", "MR. KIRBY: ..."."""
    found: list[Attribution] = []
    rules = [r for r in layout_rules() if r["kind"] == "speaker_label"]
    speakers = _Speakers(doc)
    turns = {rule["id"]: _label_turns(doc, rule) for rule in rules if rule.get("min_turns")}
    for paragraph in doc.paragraphs:
        if paragraph.heading:
            continue
        text = doc.text[paragraph.start : paragraph.end]
        offset = paragraph.start + len(text) - len(text.lstrip())
        for rule in rules:
            if turns.get(rule["id"], rule.get("min_turns", 0)) < rule.get("min_turns", 0):
                continue  # one label in a text is a headline's ("US: ...", "FACT SHEET: ...")
            match = re.match(rule["label"], doc.text[offset : paragraph.end])
            if match is None:
                continue
            label = match.group("label").strip()
            if not _is_speaker_label(label, rule):
                continue
            if rule.get("issuer_turns_skipped") and _names_issuer(label, doc, rule):
                continue  # the issuer's own voice, not a source it quotes
            label_start, label_end = offset + match.start("label"), offset + match.end("label")
            entity: Entity | None = None
            if rule["speaker_entity"]:
                speaker = speakers.last_speaker(label_start, label_end, set(rule["speaker_types"]))
                if speaker is None:
                    continue
                entity, head_end = speaker[0], speaker[2]
                source_text, kind = label, None
            else:
                words = [w for w in label.split() if w.upper() not in rule["honorifics"]]
                source_text = " ".join(w.capitalize() for w in words)
                entity, head_end = speakers.surname_entity(source_text), label_end
                kind = "PERSON" if len(words) < len(label.split()) else None  # "MS. PSAKI"
            turn_start = offset + match.end()
            claim_start, claim_end = _label_claim(
                doc.text, turn_start, _turn_end(doc.text, turn_start, paragraph.end, rule),
                quoted=rule["case"] == "title",
            )
            head = spacy_doc.char_span(head_end - 1, head_end, alignment_mode="expand")
            if claim_end - claim_start < 8 or not source_text or head is None:
                continue
            found.append(
                Attribution(
                    id="", source=entity.id if entity else None, source_text=source_text,
                    source_type=kind or source_type(head[-1], entity), cue=":",
                    claim=doc.span(claim_start, claim_end),
                    sentence=doc.sentence_at(claim_start), rules=[rule["id"]],
                )
            )
            break
    return found


def _quotation_start(doc: Document, sentence_start: int, start: int, end: int) -> int:
    """Where a quotation of several sentences that closes at the claim's end opened
    ("“A. B,” X said": the claim is A and B), else ``start``."""
    rest = doc.text[end : end + 4]
    after = rest.lstrip(" ,.;!?")
    if not after or after[0] not in "”\"" or _opens_quotation(doc.text, start):
        return start
    opening = _quote_opening(doc.text, end + len(rest) - len(after))
    if opening is None or opening >= sentence_start:
        return start
    return _trimmed(doc.text, opening + 1, end)[0]


_LOOK_BACK = 3000  # characters a split speaker sentence looks back for its quotation


def _split_speaker_cues(sentence: Span) -> Iterator[Cue]:
    """ "“A,” | X said.": a speaker sentence the parser split from the quotation it
    closes; the claim is that quotation."""
    rule = next((r for r in layout_rules() if r["kind"] == "split_speaker"), None)
    if rule is None or sentence.start == 0:
        return
    window = max(0, sentence.start_char - _LOOK_BACK)  # never the whole text per sentence
    text = doc_text(sentence.doc)
    before = text[window : sentence.start_char].rstrip()
    if not before.endswith(tuple(rule["quotation_ends"])):
        return
    for verb in sentence:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:outer"}]
        if (
            verb.lemma_.lower() not in _words("reporting_verbs")
            or verb.pos_ not in {"VERB", "AUX"}
            or not subjects
            or any(c.dep_ in {"ccomp", "parataxis", "xcomp"} for c in verb.children)
            or min(s.left_edge.i for s in subjects) != sentence.start
        ):
            continue
        closing = window + len(before) - 1
        opening = _quote_opening(text, closing)
        if opening is None:
            return
        yield Cue(subjects[-1], verb.lemma_.lower(), (opening + 1, closing), rule["id"])
        return


def _quote_opening(text: str, closing: int) -> int | None:
    """Where the quotation that closes with the mark at ``closing`` opened, within the
    look-back and the paragraph, else None. Curly and straight marks may be mixed ("“A,"
    X said", '"A,” X said'); a straight pair inside a curly quotation is skipped."""
    lower = max(0, closing - _LOOK_BACK)
    i = closing
    while True:
        j = max(text.rfind(mark, lower, i) for mark in _MARKS)
        if j < 0 or text[j] == "”":
            return None  # no opening, or an earlier quotation closed first
        if text[j] == '"' and text[closing] == "”" and _closes(text, j):
            i = text.rfind('"', lower, j)  # the nested pair's opening
            if i < 0:
                return None
            continue
        return None if "\n\n" in text[j:closing] else j


def _closes(text: str, i: int) -> bool:
    """Whether the straight mark at ``i`` closes a quotation (a word or punctuation
    before it, none after it)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not (after.isalnum())


_MARKS = ("“", "”", '"')


def _is_finite(token: Token) -> bool:
    """A verb of a clause ("said", "has"), not a participle used as a modifier ("banned",
    "retired Turkish admiral X": the tag is trusted where the morphology says finite)."""
    return (
        token.pos_ in {"VERB", "AUX"}
        and "Fin" in token.morph.get("VerbForm")
        and token.tag_ not in {"VBN", "VBG"}
    )


def _speaker_head(tokens: list[Token], index: EntityIndex, rule: dict[str, Any]) -> Token | None:
    """The head of a speaker phrase: the last word of the first person named in it
    ("Imran Hayat, the divisional railway superintendent"), else the last noun or pronoun
    before its first comma or preposition ("the top U.S. diplomat", "a statement from X")."""
    phrase = []
    for token in tokens:
        if token.text in rule["phrase_ends"] or _is_finite(token):
            break
        phrase.append(token)
    people = [t for t in phrase if (e := index.entity_at(t)) is not None and e.type == "PERSON"]
    if people:
        entity = index.entity_at(people[0])
        run = [t for t in phrase if index.entity_at(t) is entity]
        return run[-1]
    run = []
    for token in phrase:
        if token.pos_ == "ADP":
            break
        run.append(token)
    heads = [t for t in run if t.pos_ in {"NOUN", "PROPN", "PRON"}]
    return heads[-1] if heads else None


def _quote_speaker_cues(sentence: Span, index: EntityIndex) -> Iterator[Cue]:
    """ "“A,” X said", "“A,” said X" read from the layout where the parse lost the speaker:
    a reporting verb right after a closed quotation and its speaker (no clause between), the
    claim is that quotation."""
    rule = next((r for r in layout_rules() if r["kind"] == "quote_speaker"), None)
    if rule is None:
        return
    doc = sentence.doc
    text = doc_text(doc)
    tagging = _words("reporting_verbs") | frozenset(rule.get("tag_only_verbs", ()))
    for verb in sentence:
        if (
            verb.lemma_.lower() not in tagging
            or verb.pos_ != "VERB"
            or verb.tag_ == "VBG"  # '“...,” accusing Ukraine of genocide': no speaker after
            or _is_negated(verb)
            or any(  # "“A,” he said the talks failed": the clause after is the claim
                c.dep_ == "ccomp" and c.i > verb.i and _is_clause(c)
                and _quote_opening_clause(c, verb) is None for c in verb.children
            )
        ):
            continue
        between: list[Token] = []
        i = verb.i - 1
        while i >= 0 and doc[i].text not in QUOTES and len(between) <= rule["max_words"]:
            if (
                doc[i].pos_ in {"VERB", "AUX"} and not _describes_speaker(doc[i])
            ) or doc[i].text in ".;:!?":
                break
            between.insert(0, doc[i])
            i -= 1
        mark = doc[i] if i >= 0 else None
        if mark is None or mark.text not in QUOTES or len(between) > rule["max_words"]:
            continue
        if not text[: mark.idx + 1].rstrip().endswith(tuple(rule["quotation_ends"])):
            continue  # not a quotation closed before its speaker
        if between:  # "“A,” X said"
            head = _speaker_head(between, index, rule)
        elif any(c.dep_ in {"nsubj", "nsubj:outer"} and c.i < verb.i for c in verb.children):
            continue  # "X, who faces “A,” denies the charges": the subject is before
        else:  # "“A,” said X"
            # past the parse's sentence, which may end inside the speaker's name ("said
            # mother Debora | Habakuku"): the phrase ends at its first full stop anyway
            after = list(doc[verb.i + 1 : verb.i + 1 + rule["max_words"]])
            head = _speaker_head(after, index, rule)
        opening = _quote_opening(text, mark.idx)
        if head is None or opening is None:
            continue
        first = doc.char_span(opening, opening + 1, alignment_mode="expand")
        quoted = doc[first.end : mark.i] if first is not None else doc[mark.i : mark.i]
        if len(quoted) < rule["min_quoted_words"] or not any(
            t.pos_ in {"VERB", "AUX"} for t in quoted
        ):
            continue  # a quoted phrase, not a quoted statement
        yield Cue(head, verb.lemma_.lower(), (opening + 1, mark.idx), rule["id"])


def _describes_speaker(verb: Token) -> bool:
    """Whether a verb belongs to a relative clause on the speaker ("“A,” Anna Berg, who
    leads the engineering team, told VOA")."""
    clause = verb if verb.dep_ == "acl:relcl" else verb.head
    return clause.dep_ == "acl:relcl" and any(
        c.lower_ in {"who", "whose"} and c.i < clause.i for c in clause.children
    )


def _other_names(index: EntityIndex, first: Token, second: Token) -> bool:
    """Whether two tokens lie in two different named actors (not one name's two words)."""
    one, other = index.entity_at(first), index.entity_at(second)
    return one is not None and other is not None and one.id != other.id


def _quote_opening_clause(clause: Token, verb: Token) -> Token | None:
    """The quotation mark that opens ``clause`` after ``verb`` and its speaker, when the
    clause is quoted ("said Khan, “here in London we ...”")."""
    if clause.i <= verb.i:
        return None
    marks = [t for t in clause.subtree if verb.i < t.i < clause.i and t.text in QUOTES]
    if marks and all(t.text not in QUOTES for t in clause.doc[verb.i + 1 : marks[0].i]):
        return marks[0]
    return None


def _positional_subject_cues(sentence: Span, index: EntityIndex) -> Iterator[Cue]:
    """ "The IRGC (IRGC), which includes the Quds Force, declared that ...", "In a statement,
    the outfit said it had ...": a finite reporting verb with a complement clause whose
    subject the parser lost (or took from a time phrase: "Hours after ..., NISA said"); the
    source is the first noun phrase of its clause, after the opening adverbials."""
    rule = next((r for r in layout_rules() if r["kind"] == "positional_subject"), None)
    if rule is None:
        return
    time_nouns = _words("time_nouns")
    for verb in sentence:
        if (
            verb.lemma_.lower() not in _words("reporting_verbs")
            or verb.pos_ != "VERB"
            or verb.tag_ not in rule["finite_tags"]
            or verb.dep_ == "conj"
            or _is_negated(verb)
            or _is_condition(verb)
        ):
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:outer", "expl"}]
        if any(s.lemma_.lower() not in time_nouns for s in subjects):
            continue
        claims = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i > verb.i]
        if not claims:
            continue
        start = max(
            [sentence.start, *(t.i + 1 for t in sentence.doc[sentence.start : verb.i]
                               if t.text in rule["clause_breaks"])]
        )
        segments: list[list[Token]] = [[]]
        for token in sentence.doc[start : verb.i]:
            if token.text == ",":
                segments.append([])
            else:
                segments[-1].append(token)
        segments = [s for s in segments if s]
        while len(segments) > 1 and (
            segments[0][0].pos_ in {"ADP", "SCONJ", "ADV"}
            or segments[0][0].dep_ in {"case", "mark"}  # "Following the vote,"
            or segments[0][0].lemma_.lower() in time_nouns
        ):
            segments.pop(0)  # "In a statement to media,", "Hours after ...,"
        if not segments or any(_is_finite(t) for t in segments[0]):
            continue  # a clause, not a noun phrase ("the banned outfit" is one)
        if segments[0][0].pos_ in {"ADP", "SCONJ", "ADV"}:
            continue
        if len(segments) > 1 and sentence.doc[verb.i - 1].text != ",":
            continue  # the first phrase is not the subject of this verb
        head = _speaker_head(segments[0], index, rule)
        if len(segments) == 2 and _names_one_person(segments[1], index):
            head = segments[1][-1]  # "a State Department spokesperson, Morgan Ortagus, said"
        if head is None or head.lemma_.lower() in time_nouns:
            continue
        yield Cue(head, verb.lemma_.lower(), _subtree_chars(claims[0]), rule["id"])


def _names_one_person(tokens: list[Token], index: EntityIndex) -> bool:
    """Whether ``tokens`` are all one person's name (an apposition set off by commas)."""
    entities = [index.entity_at(t) for t in tokens]
    first = entities[0]
    return first is not None and first.type == "PERSON" and all(e is first for e in entities)


def _colon_quote_cues(sentence: Span) -> Iterator[Cue]:
    """ "X told reporters: “...”", "He told her on one occasion: “...”": a reporting verb
    with a subject and no clause of its own, then a colon and a quotation, where the parser
    hung the quotation elsewhere or split it off as a sentence of its own; the claim is the
    quotation (to its closing mark or its sentence's end)."""
    rule = next((r for r in layout_rules() if r["kind"] == "colon_quote"), None)
    if rule is None:
        return
    doc = sentence.doc
    text = doc_text(doc)
    for colon in sentence:
        if colon.i + 1 >= len(doc):
            break
        mark = doc[colon.i + 1]  # the quotation may open the next sentence of the parse
        if colon.text != ":" or mark.text not in rule["opening_marks"]:
            continue
        speaking = _words("reporting_verbs") | frozenset(rule["speaking_verbs"])
        verbs = [
            t for t in doc[sentence.start : colon.i]
            if t.lemma_.lower() in speaking and t.pos_ == "VERB" and not _is_negated(t)
        ]
        if not verbs:
            continue
        verb = verbs[-1]
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:outer"} and c.i < verb.i]
        between = doc[verb.i + 1 : colon.i]
        if not subjects or len(between) > rule["max_words"] or any(
            _is_finite(t) or t.text in QUOTES for t in between
        ) or any(c.dep_ in {"ccomp", "parataxis"} and c.i < colon.i for c in verb.children):
            continue
        start = mark.idx + 1
        quoted = mark.sent
        closing = [
            i for m in rule["closing_marks"] if (i := text.find(m, start, quoted.end_char)) >= 0
        ]
        end = min(closing, default=quoted.end_char)
        if not any(t.pos_ in {"VERB", "AUX"} for t in doc[mark.i + 1 : quoted.end] if t.idx < end):
            continue  # a quoted phrase, not a quoted statement
        yield Cue(subjects[0], verb.lemma_.lower(), (start, end), rule["id"])


def _is_time_word(token: Token) -> bool:
    return token.lower_ in _words("time_words") or token.ent_type_ == "DATE"


def _verb_rest_cues(sentence: Span) -> Iterator[Cue]:
    """ "X said [Monday] [that] CLAIM", "X told media [that] CLAIM" where the parser did not
    make CLAIM the verb's complement: the rest of the sentence after the cue, its listener,
    time words and "that" (the loop drops it where a rule's claim already covers it)."""
    rule = next((r for r in layout_rules() if r["kind"] == "verb_rest"), None)
    if rule is None:
        return
    verbs = set(rule["verbs"])
    for verb in sentence:
        subjects = [
            c for c in verb.children if c.dep_ in {"nsubj", "nsubj:outer"} and c.i < verb.i
        ]
        if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB" or not subjects:
            continue
        if _is_negated(verb) or _is_condition(verb) or _quote_between(subjects[-1], verb):
            continue  # '“... targeted platforms,” said X': the subject is quoted speech
        if _neither(subjects[-1]):
            continue
        if any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children):
            continue  # the dependency rules read it
        listener = [  # "told [the local] media": the first noun phrase after the verb
            c for c in verb.children
            if c.dep_ in set(rule["listener_deps"]) and c.left_edge.i == verb.i + 1
        ] if verb.lemma_.lower() in rule["listener_verbs"] else []
        i = listener[0].i + 1 if listener else verb.i + 1
        while i < sentence.end and (
            _is_time_word(sentence.doc[i])
            or sentence.doc[i].lower_ in rule["skip_words"]
            or (  # "said on Friday he can ...": the cue's time phrase
                sentence.doc[i].lower_ in rule["time_prepositions"]
                and i + 1 < sentence.end and _is_time_word(sentence.doc[i + 1])
            )
        ):
            i += 1
        rest = sentence.doc[i : sentence.end]
        if len(rest) < 4 or rest[0].pos_ in {"ADP", "SCONJ", "PUNCT", "CCONJ", "PART"}:
            continue
        if rest[0].pos_ == "PRON" and not rest[0].dep_.startswith("nsubj"):
            continue  # "told him ...", not "said he can ..."
        if rest[0].pos_ == "VERB" and rest[0].lower_.endswith("ing"):
            continue  # "the agency reported, citing an official": a participle, no claim
        if not any(t.pos_ in {"VERB", "AUX"} for t in rest) or any(
            mark in rest.text for mark in QUOTES
        ):
            continue  # no clause, or a quotation the other rules read
        yield Cue(subjects[-1], verb.lemma_.lower(), (rest[0].idx, sentence.end_char), rule["id"])


def _is_clause(token: Token) -> bool:
    """A clause's head with its subject ("the talks failed", "the town was calm"), not a
    speaker's noun or a title the parser took for a complement ("said international
    relations expert X", "told NBC's “Meet the Press” show")."""
    predicate = token.pos_ in {"VERB", "AUX"} or any(
        c.dep_ in {"cop", "aux", "aux:pass"} for c in token.children
    )
    return predicate and any(
        c.dep_ in {"nsubj", "nsubj:pass", "expl", "csubj", "mark"} for c in token.children
    )


def _final_according_cues(sentence: Span, rule_cues: list[Cue]) -> Iterator[Cue]:
    """ "CLAIM, according to X." where the parser hung "according to" inside the claim
    ("... allegedly offered to pay the relatives, according to court documents"): the source
    is the last name of the phrase after it, else its head; the claim everything before its
    comma; only when no rule read an "according to" in the sentence, and not "according to
    which"."""
    rule = next((r for r in layout_rules() if r["kind"] == "final_according_to"), None)
    if rule is None or any(c.cue == "according to" for c in rule_cues):
        return
    if not any(t.lower_ == "according" for t in sentence):
        return  # most sentences: no list of their words built
    tokens = [t for t in sentence if not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    for i in range(1, len(tokens) - 2):
        if not (
            tokens[i].lower_ == "according" and tokens[i + 1].lower_ == "to"
            and tokens[i - 1].text == ","
        ):
            continue
        phrase = tokens[i + 2 :]
        if phrase[0].lower_ in rule["not_after"] or len(phrase) > rule["max_source_words"] or any(
            t.is_punct and t.text not in rule["phrase_punctuation"] for t in phrase
        ):
            return
        inside = {t.i for t in phrase}
        names = [t for t in phrase if t.pos_ == "PROPN"]  # "local resident Abala Waro": Waro
        head = names[-1] if names else next(
            (t for t in phrase if t.head.i not in inside), phrase[-1]
        )
        yield Cue(head, "according to", (sentence.start_char, tokens[i - 1].idx), rule["id"])
        return


def _final_speaker_cues(sentence: Span, index: EntityIndex) -> Iterator[Cue]:
    """ "CLAIM, country analysts say.", "CLAIM, said X, a senior fellow at Y.": a finite
    reporting verb in the sentence's last comma-separated part, with its speaker and at most
    time words or a listener, read from the layout where the parser did not make the claim
    its complement (it coordinated the verb or took two subjects); the claim is everything
    before that comma, when it holds a verb."""
    rule = next((r for r in layout_rules() if r["kind"] == "final_speaker"), None)
    if rule is None:
        return
    tokens = [t for t in sentence if not t.is_space]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in QUOTES:
        tokens.pop()
    found = _final_verb(tokens, rule)
    if found is None:
        return
    cut, verb, speaker = found
    if any(q in t.text for t in [verb, *speaker] for q in QUOTES) or _is_negated(verb) or any(
        c.dep_ in {"ccomp", "xcomp", "mark"} and c.i > verb.i
        and not (c in speaker and c.pos_ in {"NOUN", "PROPN"})  # "said a senior diplomat"
        for c in verb.children
    ):
        return
    if any(_is_finite(t) for t in speaker):
        return  # a clause of its own, not a speaker
    head = _speaker_head(speaker, index, rule)
    if head is not None and head.i > verb.i and head.pos_ != "PROPN" and (
        head.lower_ not in _words("source_heads") | _words("person_role_nouns")
    ):
        return  # "The minister, who arrived Monday, said nothing"
    claim = tokens[:cut]
    if head is None or len(claim) < rule["min_claim_words"] or not any(
        t.pos_ in {"VERB", "AUX"} for t in claim
    ):
        return
    yield Cue(head, verb.lemma_.lower(), _span_chars(claim), rule["id"])


def _final_verb(
    tokens: list[Token], rule: dict[str, Any]
) -> tuple[int, Token, list[Token]] | None:
    """For the final-speaker rule: the comma before the speaker's part, the reporting verb
    and the speaker's words, in "..., said X[, apposition]" or "..., X said [time]"."""
    for n, verb in enumerate(tokens):  # "..., said X, a senior fellow at Y"
        if n and tokens[n - 1].text == "," and verb.lemma_.lower() in rule["inverted_verbs"] and (
            verb.tag_ in rule["inverted_tags"]
        ) and not any(_is_finite(t) for t in tokens[n + 1 :]):
            speaker = tokens[n + 1 :]
            if speaker and speaker[0].pos_ in {"DET", "PROPN", "NOUN", "ADJ"}:
                return n - 1, verb, speaker
            return None
    commas = [n for n, t in enumerate(tokens) if t.text == ","]
    if not commas:
        return None
    cut = commas[-1]
    last = tokens[cut + 1 :]
    verbs = [
        (n, t) for n, t in enumerate(last)
        if t.lemma_.lower() in rule["verbs"] and t.tag_ in rule["finite_tags"]
    ]
    if len(verbs) != 1:
        return None
    place, verb = verbs[0]
    speaker, after = last[:place], last[place + 1 :]
    if not speaker or len(speaker) > rule["max_words"] or speaker[0].pos_ in {
        "ADP", "SCONJ", "ADV"
    }:
        return None  # "as we have said"
    listener = rule["listener_words"] if verb.lemma_.lower() in rule["listener_verbs"] else []
    if any(
        not (t.lower_ in _words("time_words") or t.ent_type_ == "DATE"
             or t.lower_ in rule["skip_words"] or t.lower_ in listener)
        for t in after
    ):
        return None
    return cut, verb, speaker


_LEADING_JOINER = re.compile(r"(?:But|And) (?=[“\"])")


def _opens_quotation(text: str, start: int) -> bool:
    """Whether a quotation mark stands right before ``start`` (spaces aside)."""
    before = text[max(0, start - 3) : start].rstrip()
    return bool(before) and before[-1] in QUOTES


def _continued_quotations(doc: Document, found: list[Attribution]) -> list[Attribution]:
    """A quotation that opens right after the sentence of an attribution (a quotation or
    reported speech: "X said Y. “...”") and closes at the end of a sentence with no cue of
    its own is that source's claim too (read from the text: the parser may split the
    quotation)."""
    rule = next((r for r in layout_rules() if r["kind"] == "quote_continued"), None)
    if rule is None:
        return []
    claims = sorted((a.claim.start, a.claim.end) for a in found)
    added: list[Attribution] = []
    queue = sorted(  # the speaker before a source the quotation cites ("as reported by X")
        found,
        key=lambda a: (a.claim.start, a.source_text in a.claim.text),
    )
    while queue:
        previous = queue.pop(0)
        after = doc.sentences[previous.sentence].end
        opening = _SPACES.match(doc.text, after).end()  # not a copy of the rest of the text
        joined = _LEADING_JOINER.match(doc.text, opening)
        if joined:  # 'But “...”', 'And "..."'
            opening = joined.end()
        if opening + 1 >= len(doc.text) or doc.text[opening] not in "“\"":
            continue
        if doc.text[opening + 1].isspace():
            continue  # the closing mark of the quotation before
        first = doc.sentences[doc.sentence_at(opening)]
        if first.kind == "heading":
            continue
        closing = _closing_mark(doc, opening)
        if closing is None:
            continue
        last = doc.sentences[doc.sentence_at(closing)]
        if first.is_question and last.id == first.id:
            continue  # a question alone; one that opens a longer quotation is its part
        rest = doc.text[closing + 1 : last.end].strip()
        ended = doc.text[max(0, closing - 1000) : closing].rstrip().endswith((".", "!", "?"))
        if rest.strip(".,;") and not (ended and rest[0].isupper()):
            continue  # a speaker of its own after the quotation
        if any(s < closing and opening < e for s, e in claims):
            continue
        claim_start, claim_end = _trimmed(doc.text, opening + 1, closing)
        if claim_end - claim_start < 8:
            continue
        attribution = previous.model_copy(
            update={
                "id": "", "cue": "quotation continued", "sentence": first.id,
                "claim": doc.span(claim_start, claim_end), "rules": [rule["id"]],
            }
        )
        added.append(attribution)
        claims.append((claim_start, claim_end))
        queue.insert(0, attribution)
    return added


def _closing_mark(doc: Document, opening: int) -> int | None:
    """Where the quotation opening at ``opening`` closes: in its sentence or, for a
    quotation of several sentences, in a later one of its paragraph (curly and straight
    marks may be mixed; a straight pair inside a curly quotation is skipped)."""
    text = doc.text
    paragraph = Paragraphs.of(doc).holding(opening)
    limit = min(paragraph.end if paragraph else len(text), opening + _LOOK_BACK)
    i = opening + 1
    while True:
        found = [j for mark in _MARKS if (j := text.find(mark, i, limit)) >= 0]
        if not found:
            return None
        j = min(found)
        if text[j] == "“":
            return None  # another quotation opens before this one closed
        if text[j] == '"' and text[opening] == "“" and not _closes(text, j):
            i = text.find('"', j + 1, limit) + 1  # past the nested pair
            if i == 0:
                return None
            continue
        return j


def find_attributions(doc: Document) -> list[Attribution]:
    """Every attributed claim in ``doc`` (see the module notes).

    doc (Document): with the ``spacy``, ``sentences`` and ``entities`` layers.
    RETURNS (list[Attribution]): in text order, ids ``A1``, ``A2``, ...
    """
    spacy_doc = doc.layers.get("spacy")
    if spacy_doc is None or not spacy_doc.has_annotation("DEP"):
        return []
    index = EntityIndex(doc)
    mentions = _Mentions(doc)
    sentence_kinds = {s.id: s for s in doc.sentences}
    found: list[Attribution] = []
    matches = _matches_by_sentence(spacy_doc)
    # rules whose sources are cited beside the claim's own ("as set out in X, Y and Z")
    citing = {rule["id"] for rule in attribution_rules() if rule.get("each_conjunct")}
    dates = SpanIndex((d.start, d.end) for d in doc.dates)
    reference_rule = next(r for r in layout_rules() if r["kind"] == "statement_reference")
    person_rule = next(r for r in layout_rules() if r["kind"] == "person_of_group")
    pronoun_rule = next(r for r in layout_rules() if r["kind"] == "described_speaker_pronoun")
    group_owners: dict[str, Entity] = {}  # a group's entity -> the person named before it
    layout_verb_at = _layout_verb_at(spacy_doc)
    for sentence in spacy_doc.sents:
        sentence_id = doc.sentence_at(sentence.start_char) if doc.sentences else 0
        record = sentence_kinds.get(sentence_id)
        if record is not None and (record.kind == "heading" or record.is_question):
            continue
        seen_claims: list[tuple[int, int]] = []
        # the layout cues each need one of the layout verbs in the sentence
        by_layout = any(layout_verb_at[sentence.start : sentence.end])
        quote_cues = list(_quote_speaker_cues(sentence, index)) if by_layout else []
        rule_cues = [  # a source inside a quotation its speaker said is quoted speech; after
            # it, the name the layout reads first is the speaker, not another name the parse
            # took for the subject later in the phrase ("“A,” said lecturer X of Y University")
            cue for cue in _rule_cues(spacy_doc, sentence, matches.get(sentence.start, []))
            if not any(
                q.claim[0] <= cue.source.idx < q.claim[1]
                or (q.claim[1] <= cue.source.idx and cue.claim[0] < q.claim[1]
                    and q.claim[0] < cue.claim[1] and q.source.pos_ == "PROPN"
                    and q.source.i < cue.source.i and _other_names(index, q.source, cue.source))
                for q in quote_cues
            )
        ]
        layout_cues = [
            *_split_speaker_cues(sentence), *quote_cues,
            *_positional_subject_cues(sentence, index), *_verb_rest_cues(sentence),
            *_final_speaker_cues(sentence, index), *_colon_quote_cues(sentence),
        ] if by_layout else []
        layout_cues += _final_according_cues(sentence, rule_cues)
        for cue in [*rule_cues, *layout_cues]:
            if cue.source.idx in dates:
                continue  # a date is no source
            source_token = cue.source
            owner = _person_of_group(cue.source, index, person_rule)
            if owner is not None:
                cue = replace(cue, source=owner)
            if any(
                c.dep_ == "det" and c.lower_ in _words("negative_determiners")
                for c in cue.source.children
            ):
                continue  # "No group has claimed responsibility"
            claim_start, claim_end = _without_leading_date(
                spacy_doc, *_trimmed(doc.text, *cue.claim)
            )
            if claim_end - claim_start < 8:
                continue
            cited = cue.rule in citing  # a source cited beside any other of the claim
            overlapping = any(s < claim_end and claim_start < e for s, e in seen_claims)
            if overlapping and not cited and not _reported_within(
                cue, (claim_start, claim_end), seen_claims, doc.text
            ) and not _holds_earlier(cue, (claim_start, claim_end), seen_claims):
                continue
            if cue.source.idx > claim_end:  # the speaker after the quotation
                claim_start = _quotation_start(doc, sentence.start_char, claim_start, claim_end)
            entity = index.entity_at(cue.source)
            if entity is None:  # "spokesperson Andrea Tenenti": the name hung on the role noun
                names = [c for c in cue.source.children if c.dep_ in {"flat", "flat:name"}]
                entity = next((e for c in names if (e := index.entity_at(c))), None)
            if entity is None or entity.type != "PERSON":
                entity = (
                    person_after_title(cue.source, index)  # "Special Envoy for Iran X said"
                    or _apposed_person(cue.source, doc, index)
                    or entity
                )
            if entity is None or _is_bare_role(cue.source, entity):
                entity = _role_reference(cue.source, doc, found, (claim_start, claim_end)) or entity
            rules = [cue.rule]
            if owner is not None:
                rules.append(person_rule["id"])
                group = index.entity_at(source_token)
                if entity is not None and group is not None and group is not entity:
                    group_owners[group.id] = entity
            earlier = _statement_reference(cue.source, doc, found, reference_rule)
            if entity is None and earlier is not None:
                entity = index.by_id.get(earlier.source or "")
                rules.append(reference_rule["id"])
            if _is_pronoun(cue.source):
                entity = _resolve_pronoun(
                    cue.source, doc, index, found, (claim_start, claim_end)
                )
                if entity is None:
                    described = _described_speaker(cue.source, sentence_id, found, pronoun_rule)
                    if described is None:
                        continue
                    found.append(described.model_copy(update={
                        "id": "", "claim": doc.span(claim_start, claim_end),
                        "sentence": sentence_id, "cue": cue.cue,
                        "rules": [*rules, pronoun_rule["id"]],
                    }))
                    seen_claims.append((claim_start, claim_end))
                    continue
                if entity.id in group_owners:  # "he" taken for the group, not its person
                    entity = group_owners[entity.id]
                    rules.append(person_rule["id"])
                source_text = entity.name
            else:
                start, end = mentions.grown(*_source_phrase(cue.source))
                if start < claim_end <= cue.source.idx:  # never into the quotation before it
                    start = claim_end + len(doc.text[claim_end:end]) - len(
                        doc.text[claim_end:end].lstrip(_TRIM)
                    )
                source_text = _LEADING_CUE.sub("", doc.text[start:end]).strip(_TRIM)
                if reference_rule["id"] in rules and earlier is not None:
                    source_text = earlier.source_text
            if not source_text:
                continue
            if not cited:
                seen_claims.append((claim_start, claim_end))
            found.append(
                Attribution(
                    id="", source=entity.id if entity else None, source_text=source_text,
                    source_type=(
                        earlier.source_type if earlier and reference_rule["id"] in rules
                        else source_type(cue.source, entity)
                    ),
                    cue=cue.cue,
                    claim=doc.span(claim_start, claim_end), sentence=sentence_id,
                    rules=rules,
                )
            )
    labelled = _speaker_label_attributions(doc, spacy_doc)
    found += [  # not again what a rule found, but beside a source the quotation cites
        a for a in labelled
        if all(b.claim.start != a.claim.start or set(b.rules) & citing for b in found)
    ]
    found += _continued_quotations(doc, found)
    found.sort(key=lambda a: a.claim.start)
    for number, attribution in enumerate(found, 1):
        attribution.id = f"A{number}"
    return found


__all__ = ["find_attributions", "source_type"]
