"""Sentence kinds (fact/opinion/question/heading) and an explainable opinion score.

Each sentence gets a small vector of counted cues (word lists in
``knowledge/opinion_cues.json``):

* opinion signals: evaluative and loaded words ("brutal", "despotic", "historic blunder"),
  superlatives ("gravest"), intensifiers ("utterly", "nothing but"), obligation ("should",
  "must", "ought to"), hedges ("perhaps", "likely"), predictions ("will inevitably", "is bound
  to", "doomed to"), plain future, first and second person outside quotes ("we", "our",
  "you"), generic statements (a generic or abstract subject in the present simple: "regimes
  are temporary", "Those who ignore history are doomed", "Time waits ..."), short aphoristic
  sentences, questions and exclamations;
* quotation: most of the sentence is a quotation (what a source says in its own words is
  more often a judgment than a report);
* fact signals: attribution cues ("according to", "said", "reported"), dates, numbers,
  past-tense verbs, named actors and verbs of concrete acts, done or planned ("will launch",
  "I am announcing", "met with");
* stance: present-tense performatives of a text's own voice or a quoted speaker ("The
  United States condemns", "We urge", "I don't think") and modals ("may", "could").

A sentence that reports a source's characterisation (an attribution made by one of the
``judgment_attribution_rules``: "X called the claims baseless") is an opinion whatever its
score. A quoted or reported judgment is an opinion too: its words count like the author's, and the
sentence's ``opinion_holder`` is the attribution whose claim it is ("author" otherwise). A
source's report of facts ("The ministry said 30 people were killed") stays a fact: its cue
and numbers are fact signals, and it has no opinion signal.

The score is a logistic function of those features with the weights in
``knowledge/opinion_model.json`` (trained by ``scripts/train_opinion.py``; its ``_meta`` says on
what), falling back to the hand-set
``default_weights`` of the cue file. A sentence is an opinion when its score reaches the
model's threshold. Headings stay "heading" and sentences ending in "?" are "question"; both
still get a score and ``is_question``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from functools import cache
from pathlib import Path
from typing import Any

from dossier.document import Document
from dossier.knowledge import load_data
from dossier.spans import SpanIndex

_KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
_WORD = re.compile(r"[A-Za-z]+(?:['’\-][A-Za-z]+)*")
_PAST_REGULAR = re.compile(r"^[a-z]{3,}ed$")
_WORD_RUN = re.compile(r"\w+")  # as the phrase regexes' boundaries read a word

FEATURES: tuple[str, ...] = (
    "evaluative",
    "superlative",
    "intensifier",
    "obligation",
    "hedge",
    "prediction",
    "future",
    "person",
    "generic",
    "dismissive",
    "definite_start",
    "short",
    "question",
    "exclamation",
    "stance",
    "modal",
    "attribution",
    "date",
    "number",
    "past",
    "named",
    "quoted",
    "act",
)
_CAPS = {"evaluative": 3, "intensifier": 3, "past": 3, "named": 3, "attribution": 2}


@cache
def _cues() -> dict[str, Any]:
    return load_data("opinion_cues.json")


@cache
def _model() -> dict[str, Any]:
    """Trained weights when present, else the hand-set defaults of the cue file."""
    path = _KNOWLEDGE / "opinion_model.json"
    if path.exists():
        return load_data("opinion_model.json")
    return _cues()["default_weights"]


@cache
def _phrase_regex(key: str) -> re.Pattern[str]:
    phrases = sorted(set(_cues()[key]), key=len, reverse=True)
    body = _alternation_by_first_letter(phrases)
    return re.compile(rf"(?<![\w\-’']){'(?:' + body + ')'}(?![\w\-])")


def _alternation_by_first_letter(phrases: list[str]) -> str:
    """``phrases`` as one alternation grouped by first letter, each group in the phrases'
    order: the same matches as ``a|b|...`` (phrases with other first letters cannot match
    at one position), but the engine tries one group per position, not every phrase."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[:1], []).append(re.escape(phrase[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


@cache
def _word_set(key: str) -> frozenset[str]:
    """A word list of the cues as a set, made once (not per sentence)."""
    return frozenset(_cues()[key])


@cache
def _key_words(key: str) -> frozenset[str] | None:
    """The longest word (run of word characters) of each phrase of ``key``. A match of
    ``_phrase_regex`` is bounded by characters no word holds, and so is each word inside
    the phrase: the text holds each of the phrase's words as a whole word, and a text with
    none of these holds no phrase of ``key``. None when a phrase has no word (no screen)."""
    words = set()
    for phrase in _cues()[key]:
        runs = _WORD_RUN.findall(phrase)
        if not runs:
            return None
        words.add(max(runs, key=len))
    return frozenset(words)


def _count(key: str, low_text: str, words: frozenset[str] | None = None) -> int:
    """How many phrases of ``key`` ``low_text`` holds; ``words``: its ``_WORD_RUN`` words,
    to skip the search where none of them is a phrase's ``_key_words`` word."""
    if words is not None:
        wanted = _key_words(key)
        if wanted is not None and wanted.isdisjoint(words):
            return 0
    return len(_phrase_regex(key).findall(low_text))  # as many as finditer gives


def _superlatives(words: list[str]) -> int:
    exceptions = _word_set("superlative_exceptions")
    return sum(
        1
        for w in words
        if w in {"worst", "best"} or (len(w) > 5 and w.endswith("est") and w not in exceptions)
    )


def _clauses(low_text: str) -> list[list[str]]:
    clauses = []
    for part in re.split(r"[,;:()—–]", low_text):
        words = _WORD.findall(part)
        while words and words[0] in {"that", "and", "but", "while", "because", "for", "so"}:
            words = words[1:]
        if words:
            clauses.append(words)
    return clauses


def _is_generic(low_text: str) -> bool:
    """A generic or abstract subject with a present-simple verb ("regimes are temporary")."""
    _, abstract, present, past = _generic_cues()
    for words in _clauses(low_text):
        if any(w in past for w in words[:10]):
            continue
        subject = _generic_subject(words)
        if subject is None and len(words) > 1 and words[0].endswith("s") and words[1] in present:
            subject = words[0]  # a bare plural subject: "occupations never last"
        if subject is None:
            continue
        rest = words[len(subject.split()) :]
        if not rest:
            continue
        if subject in abstract and rest[0].endswith("s") and not rest[0].endswith("ss"):
            return True  # "time waits", "history repeats"
        for index, word in enumerate(rest[:8]):
            if word in present:
                following = rest[index + 1] if index + 1 < len(rest) else ""
                if not following.endswith("ing"):
                    return True
    return False


def _past_verbs(words: list[str]) -> int:
    """Past-tense verbs: irregular forms, and "-ed" words not used as adjectives ("the
    disputed island", "and allied militias")."""
    irregular = _word_set("past_irregular")
    modifiers = _word_set("adjective_markers")
    count = 0
    for index, word in enumerate(words):
        if word in irregular or (
            _PAST_REGULAR.match(word) and (index == 0 or words[index - 1] not in modifiers)
        ):
            count += 1
    return count


def _attributions(low_text: str, words: frozenset[str] | None = None) -> int:
    """Attribution cues, not counting verbs followed by "to" ("condemned to repeat");
    ``words`` as for ``_count``."""
    if words is not None:
        wanted = _key_words("attribution")
        if wanted is not None and wanted.isdisjoint(words):
            return 0
    return sum(
        1
        for match in _phrase_regex("attribution").finditer(low_text)
        if match.group() == "according to" or not low_text[match.end() :].startswith(" to ")
    )


def _generic_subject(words: list[str]) -> str | None:
    """The longest generic subject that the clause's first words are (a look-up of each run
    of first words, not a scan of every subject per clause)."""
    subjects, longest = _generic_subject_set()
    for size in range(min(len(words), longest), 0, -1):
        joined = " ".join(words[:size])
        if joined in subjects:
            return joined
    return None


@cache
def _generic_subject_set() -> tuple[frozenset[str], int]:
    """The generic subjects and the most words one has."""
    subjects = _generic_cues()[0]
    return frozenset(subjects), max((len(s.split(" ")) for s in subjects), default=0)


@cache
def _generic_cues() -> tuple[list[str], set[str], set[str], set[str]]:
    """Generic subjects (the longest first), abstract subjects, present verbs, and past
    forms, read once (``_is_generic`` runs per sentence)."""
    cues = _cues()
    return (
        sorted(cues["generic_subjects"], key=len, reverse=True),
        set(cues["abstract_subjects"]),
        set(cues["generic_present_verbs"]),
        set(cues["past_irregular"]) - {"set", "put", "let", "read", "hit", "split", "shut"},
    )


def _has_date_word(text: str) -> bool:
    """Month and weekday names count only capitalised ("may" is a modal verb)."""
    return any(regex.search(text) for regex in _date_word_regexes())


@cache
def _date_word_regexes() -> tuple[re.Pattern[str], ...]:
    """One word-bounded alternation of the single date words capitalised, one of the
    phrases in any case (a search per word and sentence cost a regex look-up each)."""
    words = [p.capitalize() for p in _cues()["date_words"] if " " not in p]
    phrases = [p for p in _cues()["date_words"] if " " in p]
    return tuple(
        re.compile(rf"\b(?:{'|'.join(map(re.escape, forms))})\b", flags)
        for forms, flags in ((words, 0), (phrases, re.IGNORECASE))
        if forms
    )


def _named_actors(text: str) -> int:
    """Capitalised words that are not sentence-initial: names of people, places, groups."""
    exceptions = _word_set("named_exceptions")
    words = _WORD.findall(text)
    return sum(1 for w in words[1:] if w[0].isupper() and w.lower() not in exceptions)


def _quoted_share(text: str) -> float:
    """The share of the sentence's letters inside quotation marks (a quotation that opens
    and does not close in the sentence runs to its end)."""
    if '"' not in text and "“" not in text:
        return 0.0  # no quotation opens
    letters = sum(map(str.isalpha, text))
    if not letters:
        return 0.0
    inside, quoted, straight_open = False, 0, False
    for char in text:
        if char == "“" or (char == '"' and not straight_open):
            inside, straight_open = True, char == '"'
        elif char == "”" or (char == '"' and straight_open):
            inside, straight_open = False, False
        elif inside and char.isalpha():
            quoted += 1
    return quoted / letters


def _plain_acts(
    low_text: str, counted: dict[str, int] | None = None, words: frozenset[str] | None = None
) -> int:
    """Verbs of concrete acts in a sentence that neither prescribes, hedges nor supposes
    them ("must release", "may send", "if the Senate passes": the act is not reported);
    ``counted``: the counts of those cue lists in ``low_text`` when already made; ``words``
    as for ``_count``."""
    keys = ("obligation", "modal", "hedges")
    if any(counted[key] if counted else _count(key, low_text, words) for key in keys):
        return 0
    if re.search(r"\b(?:if|unless|whether)\b", low_text):
        return 0
    return _count("acts", low_text, words)


def sentence_features(text: str) -> dict[str, float]:
    """The feature vector of one sentence; quoted and reported words count like the
    author's (whoever holds a judgment, it is a judgment)."""
    stripped = text.strip().rstrip("\"”’')")
    low = text.lower()
    own = low
    own_words = _WORD.findall(own)
    words = own_words  # own is low
    runs = frozenset(_WORD_RUN.findall(low))  # screens the phrase searches of ``low``
    predictions = _count("prediction", own, runs)
    counted = {  # own is low
        key: _count(key, low, runs) for key in ("obligation", "modal", "hedges")
    }
    definite_start = int(bool(re.match(r"\s*(?:the|its|his|her|their|this|that)\s", low)))
    raw = {
        "evaluative": _count("evaluative", own, runs),
        "superlative": _superlatives(own_words),
        "intensifier": _count("intensifiers", own, runs),
        "obligation": counted["obligation"],
        "hedge": counted["hedges"],
        "prediction": predictions,
        "future": max(0, _count("future", own, runs) - predictions),
        "person": _count("person", re.sub(r"\bU\.?S\b\.?", "America", text).lower()),
        "generic": int(_is_generic(own)),
        "dismissive": _count("dismissive", own, runs),
        "definite_start": definite_start,
        "short": int(len(words) <= 8 and not definite_start),
        "question": int(stripped.endswith("?")),
        "exclamation": int(stripped.endswith("!")),
        "stance": _count("stance", low, runs),
        "modal": counted["modal"],
        "attribution": _attributions(low, runs),
        "date": int(bool(re.search(r"\b(?:1[89]|20)\d\d\b", text)) or _has_date_word(text)),
        "number": int(bool(re.search(r"\d", text)) or _count("number_words", low, runs) > 0),
        "past": _past_verbs(words),
        "named": _named_actors(text),
        "quoted": int(_quoted_share(text) >= 0.5),
        "act": _plain_acts(low, counted, runs),
    }
    return {name: float(min(raw[name], _CAPS.get(name, 2))) for name in FEATURES}


def opinion_score(features: dict[str, float]) -> float:
    """Probability-like opinion score in [0, 1] from the feature vector."""
    model = _model()
    weights: dict[str, float] = model["weights"]
    total = model["bias"] + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-total))


def _heading_spans(doc: Document) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in doc.paragraphs if p.heading]


class _Claims:
    """The attributions' claims sorted by start, for look-ups by bisection (a text may hold
    thousands of claims and of opinion sentences)."""

    def __init__(self, doc: Document) -> None:
        order = sorted(range(len(doc.attributions)), key=lambda i: doc.attributions[i].claim.start)
        self.attributions = doc.attributions
        self.order = order
        self.starts = [doc.attributions[i].claim.start for i in order]
        self.longest = max((a.claim.end - a.claim.start for a in doc.attributions), default=0)

    def meeting(self, start: int, end: int) -> list[int]:
        """Indexes (in doc.attributions order) of the claims that may overlap [start, end)."""
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_left(self.starts, end)
        return sorted(self.order[low:high])


def _holder(claims: _Claims, start: int, end: int) -> str:
    """The id of the attribution whose claim covers most of the sentence, else "author"."""
    best, best_overlap = "author", 0
    for index in claims.meeting(start, end):
        attribution = claims.attributions[index]
        overlap = min(end, attribution.claim.end) - max(start, attribution.claim.start)
        if overlap > best_overlap:
            best, best_overlap = attribution.id, overlap
    return best


def _quotation_holder(doc: Document, claims: _Claims, start: int) -> str | None:
    """ "X noted the deal “has language ... . I think that's important ...”": a sentence
    inside a quotation that an attribution's claim opened in an earlier sentence and that has
    not closed before it belongs to that attribution."""
    before = [
        index for index in claims.meeting(max(0, start - 3000), start)
        if claims.attributions[index].claim.end <= start
    ]
    if not before:
        return None
    attribution = max((claims.attributions[i] for i in before), key=lambda a: a.claim.start)
    between = doc.text[max(0, attribution.claim.start - 2) : start]
    if "\n\n" in between:
        return None  # another paragraph
    curly_open = between.count("“") > between.count("”")
    straight_open = "“" not in between and between.count('"') % 2 == 1
    return attribution.id if curly_open or straight_open else None


def _reports_a_judgment(claims: _Claims, start: int, end: int) -> bool:
    """Whether an attribution whose rule reports a characterisation ("called the claims
    baseless", "dismissed the report as fake") has its claim start in the sentence."""
    rules = _word_set("judgment_attribution_rules")
    for index in claims.meeting(start, end):
        attribution = claims.attributions[index]
        if rules.intersection(attribution.rules) and start <= attribution.claim.start < end:
            return True
    return False


def classify_sentences(doc: Document) -> list[tuple[str, float, bool, str | None]]:
    """(kind, opinion_score, is_question, opinion_holder) for each sentence of ``doc``, in
    order; the holder is None unless the sentence is an opinion."""
    headings = SpanIndex(_heading_spans(doc))
    claims = _Claims(doc)
    threshold = float(_model().get("threshold", 0.5))
    results: list[tuple[str, float, bool, str | None]] = []
    for sentence in doc.sentences:
        features = sentence_features(sentence.text)
        score = round(opinion_score(features), 3)
        is_question = bool(features["question"])
        if sentence.start in headings:
            kind = "heading"
        elif is_question:
            kind = "question"
        elif score >= threshold or _reports_a_judgment(claims, sentence.start, sentence.end):
            kind = "opinion"
        else:
            kind = "fact"
        holder = None
        if kind == "opinion":
            holder = _holder(claims, sentence.start, sentence.end)
            if holder == "author":
                holder = _quotation_holder(doc, claims, sentence.start) or holder
        results.append((kind, score, is_question, holder))
    return results
