"""The prefilter of the declared event rules: a rule is read only in a sentence that holds a
word of its cue fields (``event_rules.CUE_FIELDS``)."""

from __future__ import annotations

import dossier
from dossier.extract.event_rules import CUE_FIELDS, RULE_KINDS, cued, event_rules, sentence_words
from dossier.extract.events import SENTENCE_READERS


def _words(text: str) -> frozenset[str]:
    return sentence_words(dossier.analyze(text).layers["spacy"])


def test_cue_fields_name_lists_of_words_of_their_rules() -> None:
    kinds = {rule["kind"] for rule in event_rules()}
    assert set(CUE_FIELDS) <= kinds
    for rule in event_rules():
        for name in CUE_FIELDS.get(rule["kind"], ()):
            assert rule[name] and all(isinstance(word, str) for word in rule[name]), rule["id"]


def test_every_sentence_reader_is_cued_by_its_rules() -> None:
    cued_kinds = {kind for _, kinds in SENTENCE_READERS for kind in kinds}
    assert cued_kinds <= set(CUE_FIELDS)
    assert {"actor_compound", "stance_predicate"} <= set(CUE_FIELDS) & set(RULE_KINDS)


def test_sentence_words_hold_forms_lemmas_and_hyphen_parts() -> None:
    words = _words("Iran-backed militias attacked the base.")
    assert {"iran", "backed", "militias", "militia", "attacked", "attack"} <= words
    words = _words("It was an F-16 raid.")  # one token, and the part after its hyphen
    assert {"f-16", "16"} <= words
    words = _words("It is a U.S.-designated terrorist group.")  # the abbreviation apart
    assert {"u.s.", "designated"} <= words


def test_a_rule_is_cued_by_its_words_only() -> None:
    rule = next(rule for rule in event_rules() if rule["kind"] == "actor_compound")
    assert cued(rule, _words("Iran-backed militias attacked the base."))
    assert cued(rule, _words("It is a U.S.-designated terrorist group."))
    assert not cued(rule, _words("The minister met her counterpart in Paris."))
    regret = next(rule for rule in event_rules() if rule["kind"] == "regretted_act")
    assert cued(regret, _words("We deeply regretted the decision."))  # by the lemma
