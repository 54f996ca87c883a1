"""``compare`` and ``compare_many``: the one public entry point and its batch form.

Data flows one way: readouts -> point texts -> embeddings -> pair features -> link
probabilities -> links -> labels -> :class:`~readouts.records.Comparison`.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from . import __version__
from .alignment import decode
from .embedding import embedder_hash, embedder_name, encode_texts, resolve_embedder
from .errors import InputError, ReadoutsError
from .records import Comparison, Link, Readout, Signature
from .scoring import LINK_FEATURES, Params, check_features, link_features, load_params
from .segmentation import strip_marker
from .similarity import FEATURES, cosine, lexical_overlap, pair_features, tokens, zscore

__all__ = ["compare", "compare_many", "METHOD", "MAX_POINTS", "Failure"]

log = logging.getLogger(__name__)

#: Names the alignment method in every signature; bump it when decisions change.
METHOD = "pairlogit-hungarian-group/1"

_OPTIONS = ("link_threshold", "group_threshold", "label_threshold")

#: The most points one side of a pair may have. The pair matrices grow as n x m (a 1,000 x 1,000
#: pair takes ~3 s and ~0.3 GB with a fast embedder); real readouts have 5 to 100 points, so a larger side is
#: almost always a whole document or a mis-split file, refused with a clear error instead of hanging.
MAX_POINTS = 1000


def _as_readout(x: Any, side: str) -> Readout:
    if isinstance(x, Readout):
        return x
    if isinstance(x, str):
        return Readout.from_text(x, side=side)
    if x is None:
        raise InputError(f"readout {side} is None; pass a Readout or a string of text")
    raise InputError(f"readout {side} must be a Readout or str, not {type(x).__name__}")


def _check_size(r: Readout, side: str) -> Readout:
    if r.n > MAX_POINTS:
        raise InputError(
            f"readout {side} ({r.side}) has {r.n} points; compare takes at most {MAX_POINTS} per side "
            "(its cost grows with n x m): split the document into sections and compare them one by one")
    return r


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
    ta = [content_text(t) for t in a.texts]
    tb = [content_text(t) for t in b.texts]
    feats = pair_features(s, lex)
    prob = params.link.predict(feats.reshape(-1, feats.shape[-1])).reshape(s.shape)
    groups, only_a, only_b = decode(prob, link_threshold=params.link_threshold,
                                    group_threshold=params.group_threshold)
    z = zscore(s)
    links = []
    for ia, ib in groups:
        block = np.ix_(ia, ib)
        lf = link_features(s, z, lex, ia, ib, a.texts, b.texts)
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


def _signature(embedder: Any, params: Params) -> Signature:
    return Signature(version=__version__, embedder=embedder_name(embedder), weights_hash=embedder_hash(embedder),
                     method=METHOD, parameters=params.thresholds())


def compare(a: Readout | str, b: Readout | str, *, embedder: Any = None, params: Params | None = None,
            **options: Any) -> Comparison:
    """Compare two readouts of the same call: links, one-sided points, labels, signature.

    ``a`` and ``b`` are :class:`Readout` records (or plain strings, segmented on the fly).
    ``embedder``: ``None`` for the bundled all-MiniLM-L6-v2, a model folder, or any object with
    ``encode(list[str])``. Options: ``link_threshold``, ``group_threshold`` and
    ``label_threshold`` (probabilities) override the calibrated defaults.

    >>> from readouts import Readout, compare
    >>> us = Readout.from_text("Blinken spoke with Lavrov. He urged de-escalation.", side="US")
    >>> ru = Readout.from_text("Lavrov and Blinken spoke by phone. Lavrov raised NATO.", side="RU")
    >>> c = compare(us, ru)                              # doctest: +SKIP
    >>> [(l.a, l.b, l.label) for l in c.links]           # doctest: +SKIP
    [((0,), (0,), 'equivalent')]
    """
    return next(iter(compare_many([(a, b)], embedder=embedder, params=params, **options)))


@dataclass(frozen=True)
class Failure:
    """A pair that ``compare_many(..., on_error="skip")`` could not compare, and why."""

    index: int
    error: ReadoutsError


def compare_many(pairs: Iterable[tuple[Readout | str, Readout | str]], *, embedder: Any = None,
                 params: Params | None = None, progress: bool = False,
                 on_error: Literal["raise", "skip"] = "raise", **options: Any) -> Iterator[Comparison | Failure]:
    """Compare many pairs, encoding every distinct point text of the whole batch once.

    Reading and encoding happen at once (bad input raises here); the returned iterator then
    yields one :class:`Comparison` per pair, in order. With ``on_error="skip"``, a pair that
    fails with a :class:`ReadoutsError` yields a :class:`Failure` in its place and the rest go on.
    """
    if on_error not in ("raise", "skip"):
        raise InputError(f"on_error must be 'raise' or 'skip', got {on_error!r}")
    emb = resolve_embedder(embedder)
    prm = _params(emb, params, options)
    sig = _signature(emb, prm)
    prepared: list[tuple[Readout, Readout] | Failure] = []
    for k, pair in enumerate(pairs):
        try:
            if not isinstance(pair, (tuple, list)) or len(pair) != 2:
                raise InputError(f"pair {k} must be a 2-tuple (a, b), got {type(pair).__name__}")
            prepared.append((_check_size(_as_readout(pair[0], "A"), "a"), _check_size(_as_readout(pair[1], "B"), "b")))
        except ReadoutsError as exc:
            if on_error == "raise":
                raise
            prepared.append(Failure(k, exc))
    texts = sorted({content_text(t) for p in prepared if not isinstance(p, Failure) for r in p for t in r.texts})
    vecs = encode_texts(emb, texts) if texts else np.zeros((0, 0), dtype=np.float32)
    row = {t: i for i, t in enumerate(texts)}

    def embed(r: Readout) -> np.ndarray:
        return vecs[[row[content_text(t)] for t in r.texts]]

    items: Iterable[Any] = prepared
    if progress:
        from tqdm.auto import tqdm

        items = tqdm(prepared, desc="comparing", unit="pair")

    def run() -> Iterator[Comparison | Failure]:
        for p in items:
            if isinstance(p, Failure):
                yield p
                continue
            a, b = p
            yield align(a, b, embed(a), embed(b), prm, sig)

    return run()
