"""Yardsticks: score analyses against hand annotations."""

from dossier.evaluation.gold import (
    GoldError,
    headline_scores,
    load_gold,
    normalize_name,
    score_document,
)

__all__ = ["GoldError", "headline_scores", "load_gold", "normalize_name", "score_document"]
