"""``compare`` and ``compare_many``: the one public entry point and its batch form.

Data flows one way: readouts -> point texts -> embeddings -> pair features -> link
probabilities -> links -> labels -> :class:`~readouts.records.Comparison`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from . import __version__
from .alignment import decode
from .embedding import embedder_hash, embedder_name, encode_texts, resolve_embedder
from .errors import EmbedderError, InputError, ReadoutsError
from .records import Comparison, Link, Readout, Signature
from .scoring import LINK_FEATURES, Params, check_features, link_features, load_params
from .segmentation import strip_marker
from .similarity import FEATURES, cosine, lexical_overlap, pair_features, tokens, zscore

__all__ = ["compare", "compare_many", "METHOD", "Failure"]

log = logging.getLogger(__name__)

#: Names the alignment method in every signature; bump it when decisions change.
METHOD = "pairlogit-hungarian-group/1"

_OPTIONS = ("link_threshold", "group_threshold", "label_threshold")


def _as_readout(x: Any, side: str) -> Readout:
    if isinstance(x, Readout):
        return x
    if isinstance(x, str):
        return Readout.from_text(x, side=side)
    if x is None:
        raise InputError(f"readout {side} is None; pass a Readout or a string of text")
    raise InputError(f"readout {side} must be a Readout or str, not {type(x).__name__}")


def content_text(text: str) -> str:
    """What gets embedded for a point: its text without a leading bullet or list number."""
    return strip_marker(text)


def _params(embedder: Any, params: Params | None, options: dict[str, Any]) -> Params:
    unknown = set(options) - set(_OPTIONS)
    if unknown:
        raise InputError(f"unknown option(s) {sorted(unknown)}; known: {', '.join(_OPTIONS)}")
    p = params if params is not None else load_params(embedder_name(embedder))
    check_features(p.link, FEATURES)
    check_features(p.label, LINK_FEATURES)
    updates = {}
    for k, v in options.items():
        if v is None:
            continue
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not 0.0 <= float(v) <= 1.0:
            raise InputError(f"{k} must be a probability between 0 and 1, got {v!r}")
        updates[k] = float(v)
    if updates:
        from dataclasses import replace

        p = replace(p, **updates)
    return p


def _fingerprint(r: Readout) -> str:
    return hashlib.sha256("\x1f".join(r.texts).encode("utf-8")).hexdigest()


def _shared_terms(texts_a: list[str], texts_b: list[str], limit: int = 6) -> list[str]:
    common = set().union(*(tokens(t) for t in texts_a)) & set().union(*(tokens(t) for t in texts_b))
    return sorted(common)[:limit]


def align(a: Readout, b: Readout, ea: np.ndarray, eb: np.ndarray, params: Params, signature: Signature) -> Comparison:
    """Build the comparison of two readouts from their point embeddings (rows L2-normalised)."""
    s = cosine(ea, eb)
    lex = lexical_overlap([content_text(t) for t in a.texts], [content_text(t) for t in b.texts])
    return decide(a, b, s, lex, params, signature)


def decide(a: Readout, b: Readout, s: np.ndarray, lex: np.ndarray, params: Params, signature: Signature) -> Comparison:
    """Links, labels and evidence from the call's cosine and lexical matrices (n x m)."""
    # Decide in one canonical orientation and mirror the result, so compare(b, a) is exactly
    # compare(a, b) seen from the other side (floating-point sums are not symmetric otherwise).
    if _fingerprint(a) > _fingerprint(b):
        return decide(b, a, s.T, lex.T, params, signature).mirrored()
    # Readout.texts builds a new list on each access: read once, not once per link (O(n^2) at 10k points).
    texts_a, texts_b = a.texts, b.texts
    ta = [content_text(t) for t in texts_a]
    tb = [content_text(t) for t in texts_b]
    feats = pair_features(s, lex)
    prob = params.link.predict(feats.reshape(-1, feats.shape[-1])).reshape(s.shape)
    groups, only_a, only_b = decode(prob, link_threshold=params.link_threshold,
                                    group_threshold=params.group_threshold)
    z = zscore(s)
    links = []
    for ia, ib in groups:
        block = np.ix_(ia, ib)
        lf = link_features(s, z, lex, ia, ib, texts_a, texts_b)
        p_asym = float(params.label.predict(lf[None, :])[0])
        label = "asymmetric" if p_asym >= params.label_threshold else "equivalent"
        evidence = [f"cosine {s[block].mean():.2f} (z {z[block].mean():+.1f} within this call)"]
        shared = _shared_terms([ta[i] for i in ia], [tb[j] for j in ib])
        if shared:
            evidence.append("shared terms: " + ", ".join(shared))
        if len(ia) > 1 or len(ib) > 1:
            evidence.append(f"{len(ia)} point(s) on side a cover {len(ib)} on side b")
        links.append(Link(a=ia, b=ib, label=label, score=round(float(prob[block].mean()), 6),
                          label_score=round(p_asym, 6), similarity=round(float(s[block].mean()), 6),
                          evidence=tuple(evidence)))
    return Comparison(a=a, b=b, links=tuple(links), only_a=tuple(only_a), only_b=tuple(only_b),
                      signature=signature)


#: Texts per encode call in a batch. Fixed (not tied to ``progress``) so the progress bar never
#: changes which texts share a model batch, and with it the last bits of their vectors.
ENCODE_CHUNK = 256


def _encode_all(emb: Any, texts: list[str], progress: bool) -> np.ndarray:
    """Vectors of the batch's distinct texts, encoded in fixed chunks so a progress bar can follow."""
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(texts), desc="encoding", unit="sentence", file=sys.stderr)
    parts = []
    try:
        for k in range(0, len(texts), ENCODE_CHUNK):
            chunk = texts[k:k + ENCODE_CHUNK]
            parts.append(encode_texts(emb, chunk))
            if bar is not None:
                bar.update(len(chunk))
    finally:
        if bar is not None:
            bar.close()
    if len({p.shape[1] for p in parts}) > 1:
        raise EmbedderError(f"embedder {embedder_name(emb)!r} returned vectors of different dimensions "
                            f"({sorted({p.shape[1] for p in parts})}) within one batch")
    return np.concatenate(parts) if len(parts) > 1 else parts[0]


def _signature(embedder: Any, params: Params) -> Signature:
    return Signature(version=__version__, embedder=embedder_name(embedder), weights_hash=embedder_hash(embedder),
                     method=METHOD, parameters=params.thresholds())


def compare(a: Readout | str, b: Readout | str, *, embedder: Any = None, params: Params | None = None,
            cache_dir: str | os.PathLike[str] | None = None, **options: Any) -> Comparison:
    """Compare two readouts of the same call: links, one-sided points, labels, signature.

    ``a`` and ``b`` are :class:`Readout` records (or plain strings, segmented on the fly).
    ``embedder``: ``None`` for the bundled all-MiniLM-L6-v2, a model folder, or any object with
    ``encode(list[str])``. Options: ``link_threshold``, ``group_threshold`` and
    ``label_threshold`` (probabilities) override the calibrated defaults. ``cache_dir``: a folder
    that keeps point embeddings between runs (see :mod:`readouts.cache`); results are unchanged.

    >>> from readouts import Readout, compare
    >>> us = Readout.from_text("Blinken spoke with Lavrov. He urged de-escalation.", side="US")
    >>> ru = Readout.from_text("Lavrov and Blinken spoke by phone. Lavrov raised NATO.", side="RU")
    >>> c = compare(us, ru)                              # doctest: +SKIP
    >>> [(l.a, l.b, l.label) for l in c.links]           # doctest: +SKIP
    [((0,), (0,), 'equivalent')]
    """
    return next(iter(compare_many([(a, b)], embedder=embedder, params=params, cache_dir=cache_dir, **options)))


@dataclass(frozen=True)
class Failure:
    """A pair that ``compare_many(..., on_error="skip")`` could not compare, and why."""

    index: int
    error: ReadoutsError


def compare_many(pairs: Iterable[tuple[Readout | str, Readout | str]], *, embedder: Any = None,
                 params: Params | None = None, progress: bool = False,
                 on_error: Literal["raise", "skip"] = "raise", cache_dir: str | os.PathLike[str] | None = None,
                 **options: Any) -> Iterator[Comparison | Failure]:
    """Compare many pairs, encoding every distinct point text of the whole batch once.

    Reading and encoding happen at once (bad input raises here); the returned iterator then
    yields one :class:`Comparison` per pair, in order. With ``on_error="skip"``, a pair that
    fails with a :class:`ReadoutsError` yields a :class:`Failure` in its place and the rest go on.
    ``progress=True`` draws tqdm bars on stderr (encoding, then comparing); ``cache_dir`` keeps
    embeddings on disk between runs (:class:`~readouts.cache.CachedEmbedder`).

    >>> from readouts import Readout, compare_many
    >>> pairs = [(Readout.from_text("Talks on Ukraine.", side="US"), Readout.from_text("Ukraine talks.", side="RU"))]
    >>> [c.links for c in compare_many(pairs, cache_dir="~/.cache/readouts")]   # doctest: +SKIP
    """
    if on_error not in ("raise", "skip"):
        raise InputError(f"on_error must be 'raise' or 'skip', got {on_error!r}")
    emb = resolve_embedder(embedder)
    if cache_dir is not None:
        from .cache import CachedEmbedder

        emb = CachedEmbedder(emb, cache_dir)
    prm = _params(emb, params, options)
    sig = _signature(emb, prm)
    prepared: list[tuple[Readout, Readout] | Failure] = []
    for k, pair in enumerate(pairs):
        try:
            if not isinstance(pair, (tuple, list)) or len(pair) != 2:
                raise InputError(f"pair {k} must be a 2-tuple (a, b), got {type(pair).__name__}")
            prepared.append((_as_readout(pair[0], "A"), _as_readout(pair[1], "B")))
        except ReadoutsError as exc:
            if on_error == "raise":
                raise
            prepared.append(Failure(k, exc))
    texts = sorted({content_text(t) for p in prepared if not isinstance(p, Failure) for r in p for t in r.texts})
    vecs = _encode_all(emb, texts, progress)
    row = {t: i for i, t in enumerate(texts)}

    def embed(r: Readout) -> np.ndarray:
        return vecs[[row[content_text(t)] for t in r.texts]]

    items: Iterable[Any] = prepared
    if progress:
        from tqdm.auto import tqdm

        items = tqdm(prepared, desc="comparing", unit="pair", file=sys.stderr)

    def run() -> Iterator[Comparison | Failure]:
        for p in items:
            if isinstance(p, Failure):
                yield p
                continue
            a, b = p
            yield align(a, b, embed(a), embed(b), prm, sig)

    return run()
