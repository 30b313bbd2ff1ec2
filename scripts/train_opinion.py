"""Train the opinion-score logistic regression on hand-labelled sentences.

    python scripts/train_opinion.py [--data tests/data/opinion_sentences.jsonl]
                                    [--dev ../shared/dev/corpus]
                                    [--out dossier/knowledge/opinion_model.json]

Training sentences: the hand-written ones of ``--data``, plus (with ``--dev``) the opinion and
fact example sentences of the annotated development corpus's *tuning* articles, read from the
gold files at training time (never copied into the repository); the held-out articles
(``dossier/evaluation/held_out.json``) are never read, so the held-out row of ``dossier eval``
still judges the model.

Features come from ``dossier.extract.opinion.sentence_features`` (counted cues, no text
memorised), so the saved model is a handful of weights. Plain batch gradient descent with an
L2 penalty; the report (training and 5-fold cross-validated accuracy) goes into ``_meta``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from dossier.evaluation.gold import held_out_articles
from dossier.extract.opinion import FEATURES, sentence_features

ROOT = Path(__file__).resolve().parent.parent


def dev_rows(folder: Path) -> list[dict[str, str]]:
    """The example sentences of the tuning articles' gold files (held-out ones skipped)."""
    held_out = held_out_articles()
    rows = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        if gold_path.name in held_out:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for label, key in (("opinion", "opinion_sentences_examples"),
                           ("fact", "factual_sentences_examples")):
            rows += [{"text": text, "label": label} for text in gold.get(key, [])]
    return rows


def load(path: Path, dev: Path | None = None) -> tuple[np.ndarray, np.ndarray]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if dev is not None:
        rows += dev_rows(dev)
    features = [sentence_features(row["text"]) for row in rows]
    matrix = np.array([[f[name] for name in FEATURES] for f in features], dtype=float)
    labels = np.array([1.0 if row["label"] == "opinion" else 0.0 for row in rows])
    return matrix, labels


def fit(
    matrix: np.ndarray,
    labels: np.ndarray,
    *,
    l2: float = 0.003,
    steps: int = 6000,
    rate: float = 0.3,
) -> tuple[np.ndarray, float]:
    weights = np.zeros(matrix.shape[1])
    bias = 0.0
    for _ in range(steps):
        predicted = 1.0 / (1.0 + np.exp(-(matrix @ weights + bias)))
        error = predicted - labels
        weights -= rate * (matrix.T @ error / len(labels) + l2 * weights)
        bias -= rate * float(error.mean())
    return weights, bias


def accuracy(matrix: np.ndarray, labels: np.ndarray, weights: np.ndarray, bias: float) -> float:
    predicted = (matrix @ weights + bias) >= 0.0
    return float((predicted == (labels == 1.0)).mean())


def cross_validate(matrix: np.ndarray, labels: np.ndarray, folds: int = 5) -> float:
    order = np.random.default_rng(0).permutation(len(labels))
    scores = []
    for fold in range(folds):
        test = order[fold::folds]
        train = np.setdiff1d(order, test)
        weights, bias = fit(matrix[train], labels[train])
        scores.append(accuracy(matrix[test], labels[test], weights, bias))
    return float(np.mean(scores))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "tests/data/opinion_sentences.jsonl")
    parser.add_argument("--dev", type=Path, default=None, help="annotated corpus folder")
    parser.add_argument("--threshold", type=float, default=0.5, help="opinion from this score")
    parser.add_argument("--out", type=Path, default=ROOT / "dossier/knowledge/opinion_model.json")
    args = parser.parse_args()
    matrix, labels = load(args.data, args.dev)
    weights, bias = fit(matrix, labels)
    model = {
        "_meta": {
            "source": "trained by scripts/train_opinion.py on tests/data/opinion_sentences.jsonl "
            "(hand-written, hand-labelled sentences)"
            + (
                " and the opinion/fact example sentences of the development corpus's tuning "
                "articles (held-out articles never read)"
                if args.dev else ""
            ),
            "sentences": len(labels),
            "opinions": int(labels.sum()),
            "train_accuracy": round(accuracy(matrix, labels, weights, bias), 3),
            "cv5_accuracy": round(cross_validate(matrix, labels), 3),
        },
        "bias": round(bias, 4),
        "threshold": args.threshold,
        "weights": {name: round(float(w), 4) for name, w in zip(FEATURES, weights, strict=True)},
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
