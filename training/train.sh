#!/usr/bin/env bash
# Reproduce dossier's English spaCy pipeline (en_dossier_sm) from the read-only corpora.
#   bash training/train.sh            (what `make model` runs; from the repo root)
# Steps: convert corpora -> train (one CPU thread, fixed seed) -> package into dossier/language/model.
# Environment overrides: PY (python, default .venv/bin/python), DATA (default ../shared/data),
#   CONFIG (default training/config_v1_shared.cfg: the config of the shipped model v1),
#   MAX_STEPS (default 8000: the shipped model is model-best of the run up to step 8000),
#   GUM_LEGACY (default 0: the corrected GUM entity conversion the shipped model v0.2 was trained
#   on; 1 reproduces v0.1's conversion, bug included, see training/convert.py gum_entity_docs),
#   DEST (default dossier/language/model).
# Candidate v3 (more accurate, slower, not shipped; see training/MODEL_NOTES.md):
#   CONFIG=training/config.cfg MAX_STEPS=9000 GUM_LEGACY=0 DEST=training/output/candidate_v3/model \
#     bash training/train.sh
# Takes about 25-50 minutes on one core.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
DATA=${DATA:-../shared/data}
DEST=${DEST:-dossier/language/model}
CONFIG=${CONFIG:-training/config_v1_shared.cfg}
MAX_STEPS=${MAX_STEPS:-8000}
GUM_LEGACY=${GUM_LEGACY:-0}
OUT=training/output/joint
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 PYTHONHASHSEED=0

# spacy-lookups-data is needed only while building (the lemma tables end up inside the model)
"$PY" -c "import spacy_lookups_data" 2>/dev/null || "$PY" -m pip install "spacy-lookups-data==1.0.5"

CONVERT_ARGS=(--data "$DATA" --out training/corpus)
if [[ "$GUM_LEGACY" == 1 ]]; then CONVERT_ARGS+=(--gum-legacy); fi
"$PY" training/convert.py "${CONVERT_ARGS[@]}"

EXTRA=()
if [[ -n "${MAX_STEPS:-}" ]]; then EXTRA+=(--training.max_steps "$MAX_STEPS"); fi
mkdir -p training/output
"$PY" -m spacy train "$CONFIG" --output "$OUT" --gpu-id -1 "${EXTRA[@]}" 2>&1 | tee training/output/joint.log

"$PY" training/package.py "$OUT/model-best" "$DEST"
du -sh "$DEST"
echo "done: $DEST (evaluate with: $PY training/evaluate.py)"
