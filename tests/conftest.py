"""Shared fixtures: paths to the dev article and small texts of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_TEXT = SHARED / "dev" / "noonpost_8172.txt"
DEV_GOLD = SHARED / "dev" / "noonpost_8172.gold.json"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def dev_text() -> str:
    if not DEV_TEXT.exists():
        pytest.skip("../shared/dev is not beside the project")
    return DEV_TEXT.read_text(encoding="utf-8")


@pytest.fixture
def blank_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rule-based sentences only: for tests that must not depend on the trained model."""
    monkeypatch.setenv("DOSSIER_SPACY_MODEL", "blank")
