"""Yardsticks: score analyses against hand annotations."""

from dossier.evaluation.gold import GoldError, load_gold, normalize_name, score_document

__all__ = ["GoldError", "load_gold", "normalize_name", "score_document"]
