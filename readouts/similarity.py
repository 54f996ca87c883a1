"""Pair scores between two readouts' points, as pure functions over numpy arrays.

A comparison scores *candidate pairs* of points (i on side a, j on side b): every pair for
readouts of ordinary size, and for very long readouts only the pairs among each point's ``k``
most similar on the other side (a pair outside both top-k lists is never linked in practice,
and this keeps memory linear rather than n x m). Each pair gets "channels" of raw scores:

* ``cosine``: cosine similarity of the sentence embeddings;
* ``tokens``: a BERTScore-style F1 of the points' content-token embeddings (greedy soft
  word matching), where the embedder provides token vectors: it sees shared topic words
  ("ransomware" ~ "cyber") that a single sentence vector blurs;
* ``lexical``: TF-IDF cosine of content words with IDF from this call alone (names, treaties,
  numbers);
* ``concepts``: the same over the gazetteer concepts of :mod:`readouts.concepts` ("Украина",
  "乌克兰" and "Kyiv" are one concept), so cross-lingual pairs get a lexical signal too;
* ``anchor``: the IDF (in this call) of the rarest concept both points mention, 0 if they share
  none. The concept cosine is diluted when a point also names concepts every point of the call
  names ("China", "the United States"); the one concept only two points share ("Taiwan" in a
  call about defence ties) is the anchor an analyst would link them by;
* ``topic``: cosine of each point's *topic vector*, the point without its actor mentions, speech
  acts and tone words (:func:`readouts.cues.topic_spans`): two sides reporting the same exchange
  in different voices ("Xi stressed ..." / "Biden said the US opposes ...") differ most in
  exactly those words. The default model pools it from the token vectors outside those words,
  in the same forward pass as the point (:func:`readouts.embedding.pool_tokens`); other
  backends embed the *topic text* (:func:`readouts.cues.topic_text`).

From each channel :func:`channel_features` derives scores that mean the same across calls:
CSLS margin (discounts "hub" sentences close to everything), the z-score within the call,
gaps to the row and column best, and mutual-best. :func:`feature_matrix` assembles the columns
the shipped link model asks for by name, e.g. ``"cosine"``, ``"cosine.csls"``, ``"tokens.zscore"``.

>>> import numpy as np
>>> a = np.eye(3, dtype=np.float32); b = np.eye(3, dtype=np.float32)[[2, 0]]
>>> cosine(a, b).tolist()
[[0.0, 1.0], [0.0, 0.0], [1.0, 0.0]]
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .segmentation import composed

__all__ = [
    "cosine", "csls", "zscore", "best_gaps", "mutual_best", "tokens", "term_words", "shared_terms", "lexical_overlap", "Pairs",
    "candidate_pairs", "channel_features", "token_scores", "lexical_scores", "concept_scores",
    "anchor_scores", "build_pairs", "feature_matrix",
    "joint_scores", "DENSE_LIMIT", "TOP_K", "TRANSFORMS", "CROSS_LINGUAL", "JOINT",
]

#: Up to this many pairs (n * m), every pair is a candidate.
DENSE_LIMIT = 250_000
#: Beyond it, each point keeps its TOP_K most similar points on the other side as candidates.
TOP_K = 20
#: How each channel is turned into features: ``"cosine.csls"`` is csls over the cosine channel.
TRANSFORMS = ("", "csls", "zscore", "gap", "mutual")
#: The channel that says a call's two readouts are in different languages (1.0 on every pair, else 0.0),
#: and the transform that multiplies a channel by it ("cosine.xl"): a link model fitted on both
#: kinds of call can weigh a channel differently across languages.
CROSS_LINGUAL = "cross_lingual"


def cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarity of L2-normalised rows: an (n, m) float64 matrix."""
    return np.asarray(a, dtype=np.float64) @ np.asarray(b, dtype=np.float64).T


# -- dense forms (hand-made matrices, tests, small inputs) -----------------------------------
def _topk_mean(s: np.ndarray, k: int, axis: int) -> np.ndarray:
    k = max(1, min(k, s.shape[axis]))
    part = -np.partition(-s, k - 1, axis=axis)
    part = part[:, :k] if axis == 1 else part[:k, :]
    return part.mean(axis=axis)


def csls(s: np.ndarray, k: int = 3) -> np.ndarray:
    """Cross-domain similarity local scaling: ``2 s_ij - r_a(i) - r_b(j)``, where ``r_a(i)`` is the
    mean of point i's k best similarities on side b (and vice versa)."""
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


# -- lexical channel ---------------------------------------------------------------------------
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
    """Content tokens of a point: lower-cased words (3+ letters, no stop words, cut to 6 letters as
    a crude stem), numbers, and Chinese character bigrams (Chinese has no spaces)."""
    out: set[str] = set()
    # Composed (NFC): "Zürich" or "мирной" typed with a combining mark (NFD) would split into two words
    # at the mark ("z", "rich") and share no term with the same word composed; so would a zero-width
    # space pasted inside a word.
    for w in _TOKEN.findall(composed(text).lower()):
        if _HAN.search(w):
            han = "".join(_HAN.findall(w))
            out.update(han[i:i + 2] for i in range(len(han) - 1))
        elif w.isdigit() or (len(w) > 2 and w not in _STOP):
            out.add(w[:6] if w.isalpha() else w)
    return frozenset(out)


def term_words(text: str) -> dict[str, str]:
    """Each of :func:`tokens`' terms of ``text``, mapped to the word it comes from as written there
    (at its first occurrence), for showing a term to a reader; a Chinese bigram is shown as itself
    (its word is a whole clause). Only for display: the lexical channel reads :func:`tokens`.

    >>> term_words("President Biden spoke with presidents of 2 states; 两国元首通话.")
    {'presid': 'President', 'biden': 'Biden', 'spoke': 'spoke', '2': '2', 'states': 'states', '两国': '两国', '元首': '元首', '国元': '国元', '通话': '通话', '首通': '首通'}
    """
    out: dict[str, str] = {}
    for m in _TOKEN.finditer(composed(text)):
        for term in sorted(tokens(m.group(0))):  # one term per word, except in Chinese
            out.setdefault(term, term if _HAN.search(term) else m.group(0))
    return out


def shared_terms(texts_a: Sequence[str], texts_b: Sequence[str], limit: int = 6) -> list[str]:
    """The :func:`tokens` terms both sides of a link mention, as side a's points write them (at
    each term's first occurrence there), the first ``limit`` by term: what a link's evidence shows.
    Chinese is compared by character pairs; shown one by one they would cut words apart
    ("两国元首" as 两国, 国元, 元首), so neighbouring shared pairs in a point of side a are shown
    as the one stretch they make.

    >>> shared_terms(["Blinken told the president."], ["President Biden called Blinken."])
    ['Blinken', 'president']
    >>> shared_terms(["两国元首通电话，就乌克兰问题交换意见。"], ["中美两国元首就乌克兰问题深入交换了意见。"])
    ['两国元首', '交换', '就乌克兰问题', '意见']
    """
    common = set().union(*(tokens(t) for t in texts_a)) & set().union(*(tokens(t) for t in texts_b))
    han = {t for t in common if _HAN.search(t)}
    written: dict[str, str] = {}
    for text in texts_a:
        for term, word in term_words(text).items():
            if term in common and term not in han:
                written.setdefault(term, word)
        for run in _han_runs(text, han):
            written.setdefault(run, run)
    return [written[k] for k in sorted(written)][:limit]


def _han_runs(text: str, pairs: set[str]) -> list[str]:
    """The stretches of ``text``'s Chinese characters in which every two neighbours are one of
    ``pairs`` (character pairs as :func:`tokens` reads them), in order."""
    runs: list[str] = []
    for word in _TOKEN.findall(composed(text)):
        han = "".join(_HAN.findall(word))
        start = 0
        for k in range(1, len(han) + 1):
            if k == len(han) or han[k - 1:k + 1] not in pairs:
                if k - start >= 2:
                    runs.append(han[start:k])
                start = k
    return runs


def _idf(ta: Sequence[frozenset[str]], tb: Sequence[frozenset[str]]) -> dict[str, float]:
    """Each term's IDF over the points of both readouts of one call: log((n + 1) / (df + 0.5))."""
    df = Counter(w for toks in (*ta, *tb) for w in toks)
    n = len(ta) + len(tb)
    return {w: math.log((n + 1) / (df[w] + 0.5)) for w in sorted(df)}


def _tfidf(texts_a: Sequence[str], texts_b: Sequence[str],
           terms: Callable[[str], frozenset[str]] = tokens):  # noqa: ANN202 - two csr matrices
    from scipy import sparse  # lazy: only needed once a comparison runs

    ta = [terms(t) for t in texts_a]
    tb = [terms(t) for t in texts_b]
    weights = _idf(ta, tb)
    vocab = {w: k for k, w in enumerate(weights)}
    idf = np.array(list(weights.values())) if weights else np.zeros(0)

    def matrix(sets: list[frozenset[str]]) -> sparse.csr_matrix:
        rows = [r for r, toks in enumerate(sets) for _ in toks]
        cols = [vocab[w] for toks in sets for w in sorted(toks)]
        mat = sparse.csr_matrix((idf[cols], (rows, cols)), shape=(len(sets), max(len(vocab), 1)))
        norms = np.sqrt(np.asarray(mat.multiply(mat).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.csr_matrix(sparse.diags(1.0 / norms) @ mat)

    return matrix(ta), matrix(tb)


def lexical_overlap(a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    """Dense TF-IDF token-set cosine between all points of two readouts (IDF from this call alone)."""
    ma, mb = _tfidf(a, b)
    return np.asarray((ma @ mb.T).todense())


def _tfidf_scores(texts_a: Sequence[str], texts_b: Sequence[str], rows: np.ndarray, cols: np.ndarray,
                  terms: Callable[[str], frozenset[str]]) -> np.ndarray:
    """TF-IDF cosine of the ``terms`` of each candidate pair's points (IDF from this call)."""
    ma, mb = _tfidf(texts_a, texts_b, terms)
    if len(rows) == 0:
        return np.zeros(0)
    return np.asarray(ma[rows].multiply(mb[cols]).sum(axis=1)).ravel()


def lexical_scores(texts_a: Sequence[str], texts_b: Sequence[str], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The lexical channel for the candidate pairs only."""
    return _tfidf_scores(texts_a, texts_b, rows, cols, tokens)


def concept_scores(texts_a: Sequence[str], texts_b: Sequence[str], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The concept channel for the candidate pairs: TF-IDF cosine (IDF from this call) of the
    gazetteer concepts each point mentions (:mod:`readouts.concepts`), which match across
    languages where words cannot."""
    return _tfidf_scores(texts_a, texts_b, rows, cols, _literal_concepts)


def _literal_concepts(text: str) -> frozenset[str]:
    """The concepts of ``text`` as the channels count them: every form found
    (:func:`readouts.concepts.concepts`, ``literal``)."""
    from .concepts import concepts

    return concepts(text, literal=True)


def anchor_scores(texts_a: Sequence[str], texts_b: Sequence[str], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The anchor channel for the candidate pairs: the IDF in this call of the rarest gazetteer
    concept (:mod:`readouts.concepts`) both points mention, 0 for a pair that shares none.

    Kept by leave-one-call-out CV (with its within-call z-score): default model on 93 English calls
    0.579 / 0.371 / 0.705 -> 0.588 / 0.370 / 0.711 link / asym / only F1 (link better in 91% of
    paired bootstrap resamples of calls); USE+e5 on the 40 cross-lingual files 0.463 / 0.288 /
    0.665 -> 0.473 / 0.305 / 0.665.

    >>> anchor_scores(["Taiwan and China.", "China and trade."], ["Тайвань.", "Китай."],
    ...               np.array([0, 1, 0]), np.array([0, 1, 1])).round(2).tolist()
    [0.69, 0.36, 0.36]
    """
    ta = [_literal_concepts(t) for t in texts_a]
    tb = [_literal_concepts(t) for t in texts_b]
    idf = _idf(ta, tb)
    return np.array([max((idf[w] for w in ta[i] & tb[j]), default=0.0) for i, j in zip(rows, cols)],
                    dtype=np.float64)


# -- token channel -----------------------------------------------------------------------------
def token_scores(tok_a: Sequence[np.ndarray], tok_b: Sequence[np.ndarray], rows: np.ndarray,
                 cols: np.ndarray) -> np.ndarray:
    """BERTScore-style F1 for each candidate pair: the mean best match of each content token of one
    point among the other's tokens, both ways, combined harmonically (0 if a point has no token)."""
    out = np.zeros(len(rows))
    if len(rows) == 0:
        return out
    order = np.argsort(rows, kind="stable")
    bounds = np.flatnonzero(np.diff(rows[order])) + 1
    for group in np.split(order, bounds):
        i = int(rows[group[0]])
        ta = np.asarray(tok_a[i], dtype=np.float32)
        js = cols[group]
        blocks = [np.asarray(tok_b[j], dtype=np.float32) for j in js]
        sizes = np.array([len(x) for x in blocks])
        if len(ta) == 0 or sizes.sum() == 0:
            continue
        sims = ta @ np.concatenate([x for x in blocks if len(x)]).T  # (tokens of i, tokens of all js)
        starts = np.concatenate([[0], np.cumsum(sizes[sizes > 0])[:-1]])
        ok = np.flatnonzero(sizes > 0)
        best_for_a = np.maximum.reduceat(sims, starts, axis=1)  # each token of i vs each j
        precision = best_for_a.mean(axis=0)
        recall = np.add.reduceat(sims.max(axis=0), starts) / sizes[ok]
        f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-9)
        out[group[ok]] = np.where((precision > 0) & (recall > 0), f1, 0.0)
    return out


# -- candidate pairs ---------------------------------------------------------------------------
def _topk_indices(s: np.ndarray, k: int, axis: int) -> np.ndarray:
    k = min(k, s.shape[axis])
    return np.argpartition(-s, k - 1, axis=axis)[:, :k] if axis == 1 else np.argpartition(-s, k - 1, axis=0)[:k, :]


def candidate_pairs(ea: np.ndarray, eb: np.ndarray, *, k: int = TOP_K, dense_limit: int = DENSE_LIMIT,
                    chunk: int = 1024) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(rows, cols, cosine)`` of the candidate pairs, sorted by (row, col).

    All pairs when ``n * m <= dense_limit``; otherwise the union of each row's and each column's
    ``k`` best by cosine, computed in row chunks so no n x m matrix is ever held.
    """
    n, m = len(ea), len(eb)
    if n == 0 or m == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    if n * m <= dense_limit:
        s = cosine(ea, eb)
        rows, cols = np.divmod(np.arange(n * m), m)
        return rows, cols, s.ravel()
    ea32 = np.asarray(ea, dtype=np.float32)
    eb32 = np.asarray(eb, dtype=np.float32)
    kk = min(k, m)
    pair_rows, pair_cols = [], []
    col_best = np.full((min(k, n), m), -np.inf, dtype=np.float32)
    col_best_idx = np.zeros((min(k, n), m), dtype=np.int64)
    for start in range(0, n, chunk):
        s = ea32[start:start + chunk] @ eb32.T
        top = np.argpartition(-s, kk - 1, axis=1)[:, :kk]
        pair_rows.append(np.repeat(np.arange(start, start + len(s)), kk))
        pair_cols.append(top.ravel())
        # merge this chunk's best rows for every column into the running top-k
        merged = np.concatenate([col_best, s], axis=0)
        merged_idx = np.concatenate([col_best_idx, np.arange(start, start + len(s))[:, None].repeat(m, axis=1)])
        keep = np.argpartition(-merged, col_best.shape[0] - 1, axis=0)[:col_best.shape[0]]
        col_best = np.take_along_axis(merged, keep, axis=0)
        col_best_idx = np.take_along_axis(merged_idx, keep, axis=0)
    pair_rows.append(col_best_idx.ravel())
    pair_cols.append(np.tile(np.arange(m), col_best.shape[0]))
    flat = np.unique(np.concatenate(pair_rows) * m + np.concatenate(pair_cols))
    rows, cols = np.divmod(flat, m)
    values = np.einsum("ij,ij->i", ea32[rows].astype(np.float64), eb32[cols].astype(np.float64))
    return rows, cols, values


def _group_reduce(keys: np.ndarray, values: np.ndarray, size: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Per key: the max of ``values`` and the mean of its ``k`` largest (keys without values: -inf, 0)."""
    order = np.lexsort((-values, keys))
    sk, sv = keys[order], values[order]
    first = np.ones(len(sk), dtype=bool)
    first[1:] = sk[1:] != sk[:-1]
    starts = np.flatnonzero(first)
    rank = np.arange(len(sk)) - np.repeat(starts, np.diff(np.append(starts, len(sk))))
    top = rank < k
    best = np.full(size, -np.inf)
    best[sk[first]] = sv[first]
    sums = np.bincount(sk[top], weights=sv[top], minlength=size)
    counts = np.bincount(sk[top], minlength=size)
    return best, sums / np.maximum(counts, 1)


def channel_features(values: np.ndarray, rows: np.ndarray, cols: np.ndarray, n: int, m: int,
                     k: int = 3) -> dict[str, np.ndarray]:
    """For one channel's values on the candidate pairs: the value, CSLS, within-call z-score,
    row/column gap and mutual-best, keyed "" / "csls" / "zscore" / "gap" / "mutual".

    On all pairs these equal :func:`csls`, :func:`zscore`, :func:`best_gaps`, :func:`mutual_best`.
    """
    v = np.asarray(values, dtype=np.float64)
    if len(v) == 0:
        return {t: v.copy() for t in TRANSFORMS}
    row_max, row_topk = _group_reduce(rows, v, n, k)
    col_max, col_topk = _group_reduce(cols, v, m, k)
    sd = v.std() if len(v) > 1 else 0.0
    z = (v - v.mean()) / sd if sd > 1e-9 else np.zeros_like(v)
    return {
        "": v,
        "csls": 2 * v - row_topk[rows] - col_topk[cols],
        "zscore": z,
        "gap": (v - row_max[rows]) + (v - col_max[cols]),
        "mutual": ((v >= row_max[rows]) & (v >= col_max[cols])).astype(np.float64),
    }


@dataclass
class Pairs:
    """The candidate pairs of one comparison with every channel's values (1-D, aligned)."""

    n: int
    m: int
    rows: np.ndarray
    cols: np.ndarray
    channels: dict[str, np.ndarray]
    #: Each side's L2-normalised point embeddings (for the attachment features), where known.
    vectors: tuple[np.ndarray, np.ndarray] | None = None
    _features: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    _pos: dict[tuple[int, int], int] | None = field(default=None, repr=False)

    def feature(self, name: str) -> np.ndarray:
        """A feature column by name: ``"cosine"``, ``"cosine.csls"``, ``"tokens.zscore"``, ``"lexical"``,
        ``"cosine.xl"`` (the channel times the ``cross_lingual`` channel)."""
        if name not in self._features:
            channel, _, transform = name.partition(".")
            needs = (channel, CROSS_LINGUAL) if transform == "xl" else (channel,)
            if any(c not in self.channels for c in needs):
                raise KeyError(f"feature {name!r} needs the {' and '.join(map(repr, needs))} "
                               f"channel{'s' if len(needs) > 1 else ''}, which this comparison lacks")
            if transform == "xl":
                self._features[name] = self.channels[channel] * self.channels[CROSS_LINGUAL]
                return self._features[name]
            self._features.update({(f"{channel}.{t}" if t else channel): x for t, x in
                                   channel_features(self.channels[channel], self.rows, self.cols, self.n,
                                                    self.m).items()})
            if transform not in TRANSFORMS:
                raise KeyError(f"unknown feature transform {transform!r} in {name!r}")
        return self._features[name]

    def dense(self, channel: str, fill: float = 0.0) -> np.ndarray:
        """A channel as an (n, m) matrix (for small readouts: reports, plots, tests)."""
        out = np.full((self.n, self.m), fill, dtype=np.float64)
        out[self.rows, self.cols] = self.channels[channel]
        return out

    def view(self, what: str | np.ndarray) -> PairView:
        """Block access ``view[np.ix_(a, b)]`` to a feature (by name) or to per-pair values."""
        values = self.feature(what) if isinstance(what, str) else np.asarray(what, dtype=np.float64)
        return PairView(self, values)

    def position(self) -> dict[tuple[int, int], int]:
        """Where each candidate pair (i, j) sits in the 1-D arrays."""
        if self._pos is None:
            self._pos = {(int(i), int(j)): k for k, (i, j) in enumerate(zip(self.rows, self.cols))}
        return self._pos


class PairView:
    """Values on candidate pairs, read as dense blocks: ``view[np.ix_([0, 2], [1])]``.

    Links only ever join candidate pairs, so a link's block is always fully known; a pair that
    is not a candidate reads as NaN.
    """

    def __init__(self, pairs: Pairs, values: np.ndarray) -> None:
        self._pairs = pairs
        self._values = values

    def __getitem__(self, key: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        ia, ib = (np.asarray(k).ravel() for k in key)
        pos = self._pairs.position()
        out = np.full((len(ia), len(ib)), np.nan)
        for x, i in enumerate(ia):
            for y, j in enumerate(ib):
                k = pos.get((int(i), int(j)))
                if k is not None:
                    out[x, y] = self._values[k]
        return out


def build_pairs(ea: np.ndarray, eb: np.ndarray, texts_a: Sequence[str], texts_b: Sequence[str], *,
                tok_a: Sequence[np.ndarray] | None = None, tok_b: Sequence[np.ndarray] | None = None,
                topic_a: np.ndarray | None = None, topic_b: np.ndarray | None = None,
                members: Sequence[int] = (), cross_lingual: bool = False, cues: tuple[Sequence[Any], Sequence[Any]]
                | None = None, k: int = TOP_K, dense_limit: int = DENSE_LIMIT) -> Pairs:
    """Candidate pairs and their channels for two readouts' embeddings and texts.

    ``tok_a``/``tok_b`` (content-token vectors per point) add the ``tokens`` channel and
    ``topic_a``/``topic_b`` (the points' topic vectors, rows L2-normalised) the
    ``topic`` channel. Candidates are chosen on the sentence cosine either way.

    ``members``: for vectors made by an :class:`~readouts.embedding.Ensemble`, its members' widths
    in order (:func:`readouts.embedding.member_dims`). Each member's own cosine then becomes a
    channel, ``member1``, ``member2``, ... (and ``member1_topic``, ... from the topic vectors), next
    to the ``cosine`` channel, which is their mean. A link model that sees them can weigh the
    models instead of averaging them: USE + e5 on the 40 cross-lingual files, leave-one-call-out,
    0.483 / 0.318 / 0.667 -> 0.494 / 0.317 / 0.674 link / asym / only F1.

    >>> v = np.array([[1.0, 0.0, 0.0, 1.0]]) / np.sqrt(2)   # member 1 says (1, 0), member 2 (0, 1)
    >>> w = np.array([[1.0, 0.0, 1.0, 0.0]]) / np.sqrt(2)   # member 1 says (1, 0), member 2 (1, 0)
    >>> p = build_pairs(v, w, ["x"], ["y"], members=(2, 2))
    >>> [round(float(p.channels[c][0]), 3) for c in ("cosine", "member1", "member2")]
    [0.5, 1.0, 0.0]

    ``cross_lingual``: whether the two readouts are in different languages
    (:func:`readouts.language.languages_differ`), as the ``cross_lingual`` channel. With it, the
    multilingual backend's link model, fitted on English and cross-lingual calls alike, reads
    the cosine and the concept overlap of a cross-lingual pair with weights of their own
    ("cosine.xl", "concepts.xl"): 0.494 / 0.317 / 0.674 -> 0.511 / 0.321 / 0.691 on the 40
    cross-lingual files.

    ``cues``: each side's point cues (:func:`readouts.cues.pair_cues`), for the ``joint`` channel
    (:func:`joint_scores`).
    """
    rows, cols, cos = candidate_pairs(ea, eb, k=k, dense_limit=dense_limit)
    channels = {"cosine": cos, CROSS_LINGUAL: np.full(len(rows), float(bool(cross_lingual))),
                "lexical": lexical_scores(texts_a, texts_b, rows, cols),
                "concepts": concept_scores(texts_a, texts_b, rows, cols),
                "anchor": anchor_scores(texts_a, texts_b, rows, cols)}
    if tok_a is not None and tok_b is not None:
        channels["tokens"] = token_scores(tok_a, tok_b, rows, cols)
    if topic_a is not None and topic_b is not None:
        if len(topic_a) != len(ea) or len(topic_b) != len(eb):
            raise ValueError(f"topic vectors for {len(topic_a)} x {len(topic_b)} points, sentence vectors "
                             f"for {len(ea)} x {len(eb)}")
        channels["topic"] = _pair_dots(topic_a, topic_b, rows, cols)
    if cues is not None:
        if len(cues[0]) != len(ea) or len(cues[1]) != len(eb):
            raise ValueError(f"cues for {len(cues[0])} x {len(cues[1])} points, sentence vectors "
                             f"for {len(ea)} x {len(eb)}")
        channels[JOINT] = joint_scores(cues[0], cues[1], rows, cols)
    dims = tuple(int(d) for d in members)
    if dims:
        for x, v in enumerate(_member_cosines(ea, eb, rows, cols, dims, "the vectors"), 1):
            channels[f"{MEMBER_CHANNEL}{x}"] = v
        if "topic" in channels:
            for x, v in enumerate(_member_cosines(topic_a, topic_b, rows, cols, dims, "the topic vectors"), 1):
                channels[f"{MEMBER_CHANNEL}{x}_topic"] = v
    return Pairs(len(ea), len(eb), rows, cols, channels, vectors=(ea, eb))


#: The channel of pairs whose two points each report what both sides did (:func:`joint_scores`).
JOINT = "joint"


def joint_scores(cues_a: Sequence[Any], cues_b: Sequence[Any], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """1.0 for a candidate pair whose two points both have both sides as their speaker ("the two
    sides agreed ..." on each side), else 0.0: joint statements are reported as joint on both
    sides, and sentence similarity alone misses many of them ("The presidents agreed to task their
    representatives ..." against "The two leaders instructed their teams to follow up").

    Kept by CV as a link-model feature of the same-language backends in the twenty-seventh round
    (see :func:`readouts.training.feature_names`, which also says why the multilingual ones leave
    it out). Same speaker otherwise (one side's own act against the other's counterpart act)
    measured worse; points whose speaker clashes did no better.

    >>> from types import SimpleNamespace as C
    >>> joint_scores([C(speaker="both"), C(speaker="own")], [C(speaker="both")], np.array([0, 1]),
    ...              np.array([0, 0])).tolist()
    [1.0, 0.0]
    """
    ja = np.array([c.speaker == "both" for c in cues_a], dtype=bool)
    jb = np.array([c.speaker == "both" for c in cues_b], dtype=bool)
    if not len(rows):
        return np.zeros(0)
    return (ja[rows] & jb[cols]).astype(np.float64)


#: Channel names of the k-th member model's own cosines in an ensemble (k from 1): "member1" for the
#: points, "member1_topic" for their topic texts.
MEMBER_CHANNEL = "member"


def _member_cosines(ea: np.ndarray, eb: np.ndarray, rows: np.ndarray, cols: np.ndarray,
                    dims: tuple[int, ...], what: str) -> list[np.ndarray]:
    """Each member's cosine on the candidate pairs, from an ensemble's side-by-side vectors (each
    member's block L2-normalised and scaled by 1/sqrt(k), so a block's dot product times k is the
    member's own cosine)."""
    ea, eb = np.asarray(ea), np.asarray(eb)
    width = ea.shape[1] if ea.ndim == 2 and len(ea) else (eb.shape[1] if eb.ndim == 2 and len(eb) else sum(dims))
    if len(dims) < 2 or any(d < 1 for d in dims) or sum(dims) != width:
        raise ValueError(f"member widths {dims} do not split {what} of width {width} into two or more models")
    out, start = [], 0
    for d in dims:
        out.append(len(dims) * _pair_dots(ea[:, start:start + d], eb[:, start:start + d], rows, cols))
        start += d
    return out


#: Candidate pairs whose vectors are gathered at once by :func:`_pair_dots` (bounds memory: at the
#: dense limit a whole gather of 896-wide vectors would hold ~1.8 GB).
_DOT_CHUNK = 16_384


def _pair_dots(ea: np.ndarray, eb: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """``ea[rows[k]] @ eb[cols[k]]`` for every candidate pair k, in float64, a chunk at a time."""
    out = np.zeros(len(rows))
    for s in range(0, len(rows), _DOT_CHUNK):
        r, c = rows[s:s + _DOT_CHUNK], cols[s:s + _DOT_CHUNK]
        out[s:s + len(r)] = np.einsum("ij,ij->i", np.asarray(ea[r], dtype=np.float64),
                                      np.asarray(eb[c], dtype=np.float64))
    return out


def feature_matrix(pairs: Pairs, names: Sequence[str]) -> np.ndarray:
    """The (candidates, len(names)) matrix of the named features."""
    if not len(pairs.rows):
        return np.zeros((0, len(names)))
    return np.stack([pairs.feature(name) for name in names], axis=1)
