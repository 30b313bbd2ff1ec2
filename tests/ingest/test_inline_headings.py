"""Section subheadings left inline by a flattened page (``knowledge/inline_headings.json``)."""

from __future__ import annotations

import pytest

from dossier.ingest.clean import clean_text, inline_heading_rules, inline_headings

RULES = inline_heading_rules()


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule["id"])
def test_inline_heading_rule_finds_its_examples(rule) -> None:
    assert rule["examples"] and rule["counter_examples"], f"{rule['id']} needs both"
    for example in rule["examples"]:
        text = example["text"]
        found = [text[start:end] for start, end in inline_headings(text, [rule])]
        assert found == [example["heading"]], f"{rule['id']} on {text!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule["id"])
def test_inline_heading_rule_rejects_its_counter_examples(rule) -> None:
    for text in rule["counter_examples"]:
        found = [text[start:end] for start, end in inline_headings(text, [rule])]
        assert not found, f"{rule['id']} takes {found!r} from {text!r}"


def test_inline_heading_is_a_heading_paragraph_and_the_text_is_unchanged() -> None:
    raw = (
        "WASHINGTON — They demanded the release of prisoners within 48 hours. BLA surges "
        "Since last August, BLA has claimed responsibility for several attacks."
    )
    cleaned = clean_text(raw, markdown=False)
    assert cleaned.text == raw
    spans = [(cleaned.text[p.start : p.end], p.heading) for p in cleaned.paragraphs]
    assert spans == [
        ("WASHINGTON —", True),
        ("They demanded the release of prisoners within 48 hours.", False),
        ("BLA surges", True),
        ("Since last August, BLA has claimed responsibility for several attacks.", False),
    ]


def test_inline_heading_becomes_its_own_heading_sentence() -> None:
    from dossier.analysis import analyze

    text = (
        "The agreement is yet to be finalized. Trump approval During a visit by Starmer to "
        "the White House last month, Trump said he was inclined to support the deal."
    )
    doc = analyze(text)
    assert doc.text == text
    heading = [s for s in doc.sentences if s.kind == "heading"]
    assert [(s.text, doc.text[s.start : s.end]) for s in heading] == [
        ("Trump approval", "Trump approval")
    ]
    assert all("Trump approval" not in a.source_text for a in doc.attributions if a.source_text)
