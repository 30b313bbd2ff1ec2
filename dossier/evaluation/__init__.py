"""Yardsticks: score analyses against hand annotations."""

from dossier.evaluation.gold import (
    GoldError,
    find_gold_files,
    headline_scores,
    held_out_articles,
    load_gold,
    macro_means,
    normalize_name,
    score_corpus,
    score_document,
)

__all__ = [
    "GoldError",
    "find_gold_files",
    "headline_scores",
    "held_out_articles",
    "load_gold",
    "macro_means",
    "normalize_name",
    "score_corpus",
    "score_document",
]
