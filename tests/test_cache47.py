"""An embedder without a weights_hash is cached under its name *and* its vectors of the probe
sentences: two different embedders of one name no longer read each other's vectors."""

import hashlib

import numpy as np
import pytest

import readouts.cache as cache
from conftest import HashEmbedder
from readouts import CachedEmbedder, Readout, compare
from readouts.cache import FORMAT, PROBE_TEXTS, entry_key, write_entry
from readouts.embedding import Ensemble, default_embedder, embedder_hash
from readouts.errors import EmbedderError

TEXTS = ["Blinken spoke with Lavrov.", "They discussed Ukraine.", "Lavrov raised NATO expansion."]
PROBE = list(PROBE_TEXTS)


class Salted(HashEmbedder):
    """Another bag-of-words model of the same name and width: other vectors for the same texts."""

    def __init__(self, salt: str = "x", dim: int = 256) -> None:
        super().__init__(dim)
        self.salt = salt

    def encode(self, texts):
        self.calls.append(list(texts))
        return HashEmbedder(self.dim).encode([f"{self.salt} {t} {self.salt}" for t in texts])


def test_two_embedders_of_one_name_do_not_read_each_others_vectors(tmp_path):
    first = CachedEmbedder(HashEmbedder(), tmp_path)
    first.encode(TEXTS)
    other = Salted()
    assert other.name == HashEmbedder.name and embedder_hash(other) == embedder_hash(HashEmbedder())
    cached = CachedEmbedder(other, tmp_path)
    out = cached.encode(TEXTS)
    assert np.array_equal(out, Salted().encode(TEXTS))  # its own vectors, not the other model's
    assert cached.stats["hits"] == 0 and other.calls == [PROBE, TEXTS]
    assert cached.folder != first.folder and cached.folder.parent == first.folder.parent
    # each keeps reading its own
    again = CachedEmbedder(HashEmbedder(), tmp_path)
    assert np.array_equal(again.encode(TEXTS), HashEmbedder().encode(TEXTS)) and again.stats["misses"] == 0


def test_another_width_under_one_name_gets_its_own_folder_not_a_cache_error(tmp_path):
    CachedEmbedder(HashEmbedder(), tmp_path).encode(TEXTS)
    out = CachedEmbedder(HashEmbedder(dim=128), tmp_path).encode(TEXTS)  # was: CacheError "delete that folder"
    assert out.shape == (3, 128)


def test_the_probe_is_encoded_once_per_embedder_object_and_process(tmp_path):
    us = Readout.from_text("Blinken spoke with Lavrov. They discussed Ukraine.", side="US")
    ru = Readout.from_text("Lavrov spoke with Blinken. Lavrov raised NATO expansion.", side="RU")
    emb, uncached = HashEmbedder(), HashEmbedder()
    plain = compare(us, ru, embedder=uncached)
    results = [compare(us, ru, embedder=emb, cache_dir=tmp_path) for _ in range(3)]
    assert all(r == plain for r in results) and results[0].signature == plain.signature
    assert emb.calls == [PROBE, *uncached.calls]  # the probe once, then the points (and topics) once
    # a new process (the memo emptied) probes again and finds the same folder
    cache._PROBES.clear()
    fresh = CachedEmbedder(HashEmbedder(), tmp_path)
    assert fresh.encode(["They discussed Ukraine."]).shape == (1, 256)
    assert fresh.stats["hits"] == 1 and fresh.inner.calls == [PROBE]


def test_noise_in_the_last_decimals_keeps_the_folder(tmp_path):
    class Jittered(HashEmbedder):
        def __init__(self, eps):
            super().__init__()
            self.eps = eps

        def encode(self, texts):
            v = super().encode(texts).astype(np.float64)
            v[:, 0] += self.eps  # another thread count or machine: a difference in the 7th decimal
            return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)

    base = CachedEmbedder(HashEmbedder(), tmp_path)
    base.encode(TEXTS)
    assert CachedEmbedder(Jittered(1e-6), tmp_path).folder == base.folder
    assert CachedEmbedder(Jittered(1e-2), tmp_path).folder != base.folder


def test_a_weights_hash_spares_the_probe_and_keeps_the_folder_it_always_had(tmp_path):
    emb = HashEmbedder()
    emb.weights_hash = "a" * 64
    cached = CachedEmbedder(emb, tmp_path)
    cached.encode(TEXTS)
    assert emb.calls == [TEXTS]
    assert cached.folder == tmp_path / FORMAT / hashlib.sha256(("a" * 64).encode()).hexdigest()[:24]
    # the shipped models' folders are where earlier versions wrote them (no model is loaded for this)
    h = default_embedder().weights_hash
    assert CachedEmbedder(default_embedder(), tmp_path).folder == \
        tmp_path / FORMAT / hashlib.sha256(h.encode()).hexdigest()[:24]


def test_entries_keyed_by_the_name_alone_are_not_read(tmp_path):
    # an earlier version's entry for this name, written by some other model: nothing says whose it is
    h = embedder_hash(HashEmbedder())
    old = tmp_path / FORMAT / hashlib.sha256(h.encode()).hexdigest()[:24]
    key = entry_key(h, TEXTS[0])
    foreign = np.ones(256, dtype=np.float32) / 16
    write_entry(old / key[:2] / f"{key}.emb", key, foreign)
    out = CachedEmbedder(HashEmbedder(), tmp_path).encode(TEXTS[:1])
    assert np.array_equal(out, HashEmbedder().encode(TEXTS[:1])) and not np.array_equal(out[0], foreign)


def test_an_ensemble_probes_only_its_members_without_a_weights_hash(tmp_path):
    hashed, unhashed = HashEmbedder(), Salted()
    hashed.name, hashed.weights_hash = "hashed", "b" * 64
    ens = Ensemble(hashed, unhashed)
    cached = CachedEmbedder(ens, tmp_path)
    cached.encode(TEXTS)
    assert hashed.calls == [TEXTS] and unhashed.calls == [PROBE, TEXTS]
    other = Ensemble(hashed, Salted("y"))  # the same names, another member model
    assert CachedEmbedder(other, tmp_path).folder != cached.folder


def test_an_embedder_that_fails_on_the_probe_says_so(tmp_path):
    class Picky(HashEmbedder):
        def encode(self, texts):
            if any("NATO" in t for t in texts):
                raise RuntimeError("no acronyms")
            return super().encode(texts)

    with pytest.raises(EmbedderError, match=r"^embedder 'hash-bow-test' failed: RuntimeError: no acronyms \(encoding "
                                            r"the cache's probe sentences: .* give it a weights_hash"):
        CachedEmbedder(Picky(), tmp_path).encode(["Hello."])


def test_an_embedder_without_weak_references_is_probed_once(tmp_path):
    class Slotted:
        __slots__ = ("inner",)
        name = "slotted"

        def __init__(self):
            self.inner = HashEmbedder()

        def encode(self, texts):
            return self.inner.encode(texts)

    emb = Slotted()
    for _ in range(2):
        CachedEmbedder(emb, tmp_path).encode(TEXTS)
    assert emb.inner.calls == [PROBE, TEXTS]
