#!/usr/bin/env bash
# Reproduce dossier's English spaCy pipeline (en_dossier_sm) from the read-only corpora.
#   bash training/train.sh            (what `make model` runs; from the repo root)
# Steps: convert corpora -> train (one CPU thread, fixed seed) -> package into dossier/language/model.
# Environment overrides: PY (python, default .venv/bin/python), DATA (default ../shared/data),
#   MAX_STEPS (default: the value in training/config.cfg), DEST (default dossier/language/model).
# Takes about 60-70 minutes on one core.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
DATA=${DATA:-../shared/data}
DEST=${DEST:-dossier/language/model}
OUT=training/output/joint
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 PYTHONHASHSEED=0

# spacy-lookups-data is needed only while building (the lemma tables end up inside the model)
"$PY" -c "import spacy_lookups_data" 2>/dev/null || "$PY" -m pip install "spacy-lookups-data==1.0.5"

"$PY" training/convert.py --data "$DATA" --out training/corpus

EXTRA=()
if [[ -n "${MAX_STEPS:-}" ]]; then EXTRA+=(--training.max_steps "$MAX_STEPS"); fi
mkdir -p training/output
"$PY" -m spacy train training/config.cfg --output "$OUT" --gpu-id -1 "${EXTRA[@]}" 2>&1 | tee training/output/joint.log

"$PY" training/package.py "$OUT/model-best" "$DEST"
du -sh "$DEST"
echo "done: $DEST (evaluate with: $PY training/evaluate.py)"
