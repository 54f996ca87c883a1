# Both targets do all set-up on a fresh machine: create .venv, install torch's CPU wheel first
# (an unpinned torch would pull a multi-GB CUDA build), then the package with its test extras.
# Where pip's configured index serves torch's CUDA build, name the CPU index, e.g.
#   make test TORCH_PIP_ARGS='--index-url https://download.pytorch.org/whl/cpu'
PYTHON ?= python3
TORCH_PIP_ARGS ?=
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test venv clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0 $(TORCH_PIP_ARGS)
	$(PY) -m pip install --quiet -e '.[dev,pandas,plot,notebook,multilingual,e5]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/readouts compare examples/2022-02-01-us.txt examples/2022-02-01-ru.txt

test: $(STAMP)
	$(PY) -m pytest

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
