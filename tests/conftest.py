"""Shared fixtures: hand-made embedders for fast tests, the real model for integration tests."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV_PAIRS = ROOT.parent / "shared" / "readout-pairs"
CORPUS = ROOT / "examples" / "corpus"


#: One demand in English, Russian and Chinese, and one unrelated sentence, for multilingual backends.
MULTILINGUAL_TEXTS = [
    "Secretary Blinken urged Russia to pull its troops back from Ukraine's border.",
    "Блинкен призвал Россию отвести войска от границы с Украиной.",
    "布林肯敦促俄罗斯从乌克兰边境撤军。",
    "The two sides discussed the weather and football.",
]


def check_embedder_contract(emb, dim: int) -> np.ndarray:
    """What every multilingual backend promises on MULTILINGUAL_TEXTS: float32 (n, dim) rows,
    L2-normalised, the same on every call, and a text's vector independent of its batch."""
    v = emb.encode(MULTILINGUAL_TEXTS)
    assert v.shape == (4, dim) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(v, emb.encode(MULTILINGUAL_TEXTS))
    assert np.array_equal(emb.encode([MULTILINGUAL_TEXTS[1]])[0], v[1])
    return v


class HashEmbedder:
    """Deterministic bag-of-words vectors: texts sharing words are close, others near-orthogonal."""

    name = "hash-bow-test"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for r, t in enumerate(texts):
            for w in t.lower().split():
                w = w.strip(".,;:!?\"'")
                if not w:
                    continue
                h = int(hashlib.md5(w.encode()).hexdigest(), 16)
                out[r, h % self.dim] += 1.0
            out[r, -1] += 0.01  # never an all-zero row
        return out / np.linalg.norm(out, axis=1, keepdims=True)


class PoolingHashEmbedder(HashEmbedder):
    """HashEmbedder with a token pass: every word is a token (its hashed one-hot vector), the
    sentence vector is their normalised mean, and ``drop=`` pools topic vectors as the default
    model does (:func:`readouts.embedding.pool_tokens`). ``token_calls`` records each pass."""

    name = "hash-pool-test"
    pools_topics = True

    def __init__(self, dim: int = 256) -> None:
        super().__init__(dim)
        self.token_calls: list[list[str]] = []

    def _words(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        import re

        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\s.,;:!?\"']+", text)]
        vecs = np.zeros((len(spans) + 1, self.dim), dtype=np.float32)
        for k, (s, e) in enumerate(spans):
            vecs[k, int(hashlib.md5(text[s:e].lower().encode()).hexdigest(), 16) % self.dim] = 1.0
        vecs[-1, -1] = 0.01  # a special token of empty offsets: never an all-zero mean
        return vecs, np.array(spans + [(0, 0)], dtype=np.int64).reshape(-1, 2)

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        from readouts.embedding import pool_tokens

        return np.stack([pool_tokens(*self._words(t), ()) for t in texts])

    def encode_with_tokens(self, texts: list[str], drop=None):
        from readouts.embedding import pool_tokens

        self.token_calls.append(list(texts))
        words = [self._words(t) for t in texts]
        sentences = np.stack([pool_tokens(v, o, ()) for v, o in words])
        tokens = [v[:-1] for v, _ in words]
        if drop is None:
            return sentences, tokens
        return sentences, tokens, np.stack([pool_tokens(v, o, d) for (v, o), d in zip(words, drop)])


@functools.lru_cache(maxsize=1)
def pooled_params():
    """Parameters that read the token channel and pool their topic vectors in the token pass (no
    shipped model does since the ninth round), fitted with PoolingHashEmbedder on a few corpus calls."""
    from readouts.evaluation import load_dir
    from readouts.training import fit, prepare

    items = [i for i in load_dir(CORPUS) if i.a.language == i.b.language][:6]
    return fit(prepare(items, PoolingHashEmbedder(), tokens=True), "hash-pool-test")



def copy_with_other_weights(dest: Path) -> Path:
    """A copy of the bundled model's folder at ``dest`` whose weights differ in one bit: a model of
    other weights that still loads and still carries the bundled model's files and name."""
    import os
    import shutil

    from readouts.embedding import _bundled_model_path

    shutil.copytree(_bundled_model_path(), dest)
    with (dest / "model.safetensors").open("r+b") as fh:
        fh.seek(-1, os.SEEK_END)
        last = fh.read(1)
        fh.seek(-1, os.SEEK_END)
        fh.write(bytes([last[0] ^ 1]))
    return dest

@pytest.fixture
def hash_embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture
def pooling_embedder() -> PoolingHashEmbedder:
    return PoolingHashEmbedder()


@pytest.fixture(scope="session")
def real_embedder():
    from readouts.embedding import default_embedder

    return default_embedder()


@pytest.fixture(scope="session")
def dev_pairs_dir() -> Path:
    return DEV_PAIRS if DEV_PAIRS.is_dir() else CORPUS


def hand_comparison(a_points, b_points, links, *, a_side="US", b_side="RU", a_lang="en", b_lang="en",
                    label="asymmetric"):
    """A Comparison with links given by hand (``[((0,), (0, 1)), ...]``, every link labelled ``label``), every
    other point one-sided: flags tested on the links an analyst reads, whatever a model would predict."""
    from readouts import Readout
    from readouts.records import Comparison, Link, Signature

    a = Readout.from_points(a_points, side=a_side, language=a_lang)
    b = Readout.from_points(b_points, side=b_side, language=b_lang)
    ls = tuple(Link(a=x, b=y, label=label, score=0.9) for x, y in links)
    only_a = tuple(i for i in range(a.n) if not any(i in x for x, _ in links))
    only_b = tuple(j for j in range(b.n) if not any(j in y for _, y in links))
    sig = Signature(version="t", embedder="-", weights_hash="-", method="-", parameters={})
    return Comparison(a=a, b=b, links=ls, only_a=only_a, only_b=only_b, signature=sig)


def flags_on_links(a, b, links, only_a=(), only_b=(), kind="unconfirmed_claim") -> list:
    """The flags of ``kind`` on a comparison of readouts ``a`` and ``b`` made of the one-to-one ``links``
    ((i, j) pairs, each called asymmetric) and the one-sided points given: flag logic alone, no model."""
    from readouts.flags import find_flags
    from readouts.records import Comparison, Link, Signature

    sig = Signature(version="0", embedder="-", weights_hash="-", method="-", parameters={})
    c = Comparison(a=a, b=b, links=tuple(Link(a=(i,), b=(j,), label="asymmetric", score=0.9) for i, j in links),
                   only_a=only_a, only_b=only_b, signature=sig)
    return [f for f in find_flags(c) if f.kind == kind]
