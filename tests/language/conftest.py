"""The shipped pipeline, for the tests of the rules that run inside it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dossier.language import load


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The shipped model with the rule components around its parser (skipped without it)."""
    pipeline = load("dossier")
    if "parser" not in pipeline.pipe_names:
        pytest.skip("the shipped model (tagger and parser) is not installed")
    return pipeline
