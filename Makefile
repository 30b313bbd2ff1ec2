# Set-up and everyday commands. `make demo` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint fuzz model model-eval bench knowledge clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## demo: install, analyse examples/ into ./dossier.db, print the first report
demo: $(STAMP)
	$(BIN)/dossier analyze examples --db dossier.db --reports 1

## test: lint and run the test suite
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

## fuzz: the long property-based run (FUZZ_EXAMPLES generated inputs, new ones each run)
FUZZ_EXAMPLES ?= 125000
fuzz: $(STAMP)
	DOSSIER_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest tests/test_fuzz.py \
		--hypothesis-show-statistics -p no:cacheprovider

## model: retrain the shipped spaCy pipeline from ../shared/data (fixed seed)
model: $(STAMP)
	bash training/train.sh

## model-eval: measure the shipped pipeline and write docs/model.md
model-eval: $(STAMP)
	$(BIN)/python training/evaluate.py

## knowledge: rebuild the generated knowledge files in dossier/knowledge/
knowledge: $(STAMP)
	$(BIN)/python scripts/build_knowledge.py

## bench: speed and memory of the pipeline
bench: $(STAMP)
	$(BIN)/dossier bench

clean:
	rm -rf $(VENV) dossier.db build *.egg-info .pytest_cache .ruff_cache
