"""Pair scores between two readouts' points, as pure functions over numpy arrays.

Everything here takes arrays (or lists of strings for the lexical part) and returns arrays, so
tests can drive it with hand-made vectors. The feature tensor built by :func:`pair_features`
feeds the calibrated link model in :mod:`readouts.scoring`.

>>> import numpy as np
>>> a = np.eye(3, dtype=np.float32); b = np.eye(3, dtype=np.float32)[[2, 0]]
>>> cosine(a, b).tolist()
[[0.0, 1.0], [0.0, 0.0], [1.0, 0.0]]
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

__all__ = [
    "FEATURES", "cosine", "csls", "zscore", "best_gaps", "mutual_best", "tokens", "lexical_overlap",
    "relative_position", "pair_features",
]

#: Names of the pair features, in the order of the last axis of :func:`pair_features`.
FEATURES: tuple[str, ...] = ("cosine", "csls", "zscore", "gap", "mutual", "lexical", "position", "first")


def cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarity of L2-normalised rows: an (n, m) float64 matrix."""
    return np.asarray(a, dtype=np.float64) @ np.asarray(b, dtype=np.float64).T


def _topk_mean(s: np.ndarray, k: int, axis: int) -> np.ndarray:
    k = max(1, min(k, s.shape[axis]))
    part = -np.partition(-s, k - 1, axis=axis)
    part = part[:, :k] if axis == 1 else part[:k, :]
    return part.mean(axis=axis)


def csls(s: np.ndarray, k: int = 3) -> np.ndarray:
    """Cross-domain similarity local scaling: ``2 s_ij - r_a(i) - r_b(j)``.

    ``r_a(i)`` is the mean of point i's k best similarities on side b (and vice versa): a point
    that is close to everything (a hub, e.g. boilerplate) is discounted.
    """
    if s.size == 0:
        return s.copy()
    return 2 * s - _topk_mean(s, k, 1)[:, None] - _topk_mean(s, k, 0)[None, :]


def zscore(s: np.ndarray) -> np.ndarray:
    """Similarities standardised within the call: two calls on the same crisis share vocabulary,
    so raw cosine runs high everywhere; the z-score asks how unusually close a pair is *for this call*."""
    if s.size < 2:
        return np.zeros_like(s)
    sd = s.std()
    return (s - s.mean()) / sd if sd > 1e-9 else np.zeros_like(s)


def best_gaps(s: np.ndarray) -> np.ndarray:
    """How far a pair falls below its row's and its column's best (0 for a mutual best)."""
    if s.size == 0:
        return s.copy()
    return (s - s.max(axis=1, keepdims=True)) + (s - s.max(axis=0, keepdims=True))


def mutual_best(s: np.ndarray) -> np.ndarray:
    """1.0 where i's best match is j and j's best match is i."""
    if s.size == 0:
        return s.copy()
    return ((s >= s.max(axis=1, keepdims=True)) & (s >= s.max(axis=0, keepdims=True))).astype(np.float64)


_STOP = frozenset(
    "the a an and or of to in on at for with by from that this these those is are was were be been being "
    "has have had it its as not no but their his her they he she we our us two both sides side also would "
    "will should could can may must any all other such than then there which who whom whose into about over "
    "after before under between during while said says told noted stressed expressed discussed call "
    "и в во на с со по к ко о об от до из за для что как это его её их он она они мы также при не "
    "того этом этой этого был была были будет".split())
_TOKEN = re.compile(r"\w+", re.UNICODE)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def tokens(text: str) -> frozenset[str]:
    """Content tokens of a point: lower-cased words (3+ letters, no stop words), numbers, and
    Chinese character bigrams (Chinese has no spaces)."""
    out: set[str] = set()
    for w in _TOKEN.findall(text.lower()):
        if _HAN.search(w):
            han = "".join(_HAN.findall(w))
            out.update(han[i:i + 2] for i in range(len(han) - 1))
        elif w.isdigit() or (len(w) > 2 and w not in _STOP):
            out.add(w[:6] if w.isalpha() else w)  # a crude stem: "sovereignty" ~ "sovereign"
    return frozenset(out)


def lexical_overlap(a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    """TF-IDF-weighted token-set cosine between the points of two readouts, IDF from this call alone.

    Shared rare words (place names, treaties, numbers) weigh much more than words that recur
    throughout both readouts.
    """
    from scipy import sparse  # lazy: only needed once a comparison runs

    ta = [tokens(t) for t in a]
    tb = [tokens(t) for t in b]
    df = Counter(w for toks in (*ta, *tb) for w in toks)
    if not df:
        return np.zeros((len(ta), len(tb)))
    vocab = {w: k for k, w in enumerate(sorted(df))}
    n = len(ta) + len(tb)
    idf = np.array([math.log((n + 1) / (df[w] + 0.5)) for w in sorted(df)])

    def matrix(sets: list[frozenset[str]]) -> sparse.csr_matrix:
        rows = [r for r, toks in enumerate(sets) for _ in toks]
        cols = [vocab[w] for toks in sets for w in sorted(toks)]
        mat = sparse.csr_matrix((idf[cols], (rows, cols)), shape=(len(sets), len(vocab)))
        norms = np.sqrt(np.asarray(mat.multiply(mat).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.diags(1.0 / norms) @ mat

    return np.asarray((matrix(ta) @ matrix(tb).T).todense())


def relative_position(n: int, m: int) -> np.ndarray:
    """|i/(n-1) - j/(m-1)|: readouts tend to open with the same boilerplate and end with follow-up."""
    pa = np.arange(n) / max(n - 1, 1)
    pb = np.arange(m) / max(m - 1, 1)
    return np.abs(pa[:, None] - pb[None, :])


def pair_features(s: np.ndarray, lexical: np.ndarray) -> np.ndarray:
    """The (n, m, len(FEATURES)) feature tensor for every pair of points."""
    n, m = s.shape
    first = np.zeros((n, m))
    if n and m:
        first[0, 0] = 1.0
    return np.stack([s, csls(s), zscore(s), best_gaps(s), mutual_best(s), lexical,
                     relative_position(n, m), first], axis=-1)
