#!/usr/bin/env bash
# Reproduce dossier's English spaCy pipeline (en_dossier_sm) from the read-only corpora.
#   bash training/train.sh            (what `make model` runs; from the repo root)
# Steps: convert corpora -> train (one CPU thread, fixed seed) -> package into dossier/language/model.
# Environment overrides: PY (python, default .venv/bin/python), DATA (default ../shared/data),
#   CONFIG (default training/config_v1_shared.cfg: the config of the shipped model),
#   MAX_STEPS (default 9000: where the shipped model's run was stopped; model-best is the best
#   evaluation up to there), DEST (default dossier/language/model).
# training/config.cfg is the next candidate (separate NER encoder), still being measured.
# Takes about 60-70 minutes on one core.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
DATA=${DATA:-../shared/data}
DEST=${DEST:-dossier/language/model}
CONFIG=${CONFIG:-training/config_v1_shared.cfg}
MAX_STEPS=${MAX_STEPS:-9000}
OUT=training/output/joint
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 PYTHONHASHSEED=0

# spacy-lookups-data is needed only while building (the lemma tables end up inside the model)
"$PY" -c "import spacy_lookups_data" 2>/dev/null || "$PY" -m pip install "spacy-lookups-data==1.0.5"

"$PY" training/convert.py --data "$DATA" --out training/corpus

EXTRA=()
if [[ -n "${MAX_STEPS:-}" ]]; then EXTRA+=(--training.max_steps "$MAX_STEPS"); fi
mkdir -p training/output
"$PY" -m spacy train "$CONFIG" --output "$OUT" --gpu-id -1 "${EXTRA[@]}" 2>&1 | tee training/output/joint.log

"$PY" training/package.py "$OUT/model-best" "$DEST"
du -sh "$DEST"
echo "done: $DEST (evaluate with: $PY training/evaluate.py)"
