"""Fitting the shipped parameters, and measuring them honestly with leave-one-call-out.

``fit`` learns the link and label models (scikit-learn logistic regression, installed with
sentence-transformers) and picks the thresholds that maximise link F1 + only F1 (and asym F1 for
the label threshold) *on the training calls*. ``cross_validate`` holds out one call at a time
(a call's cross-lingual variants go out with it), fits on the rest and scores the held-out call,
so every reported figure comes from calls the parameters never saw.

``benchmarks/train.py`` runs both and writes ``readouts/params.json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .alignment import decode
from .comparison import content_text
from .embedding import encode_texts
from .errors import InputError
from .evaluation import Annotated, EvaluationResult, Gold, GoldLink, Scores, call_key, score_pair
from .records import Signature
from .scoring import LINK_FEATURES, LinearModel, Params, link_features
from .similarity import FEATURES, cosine, lexical_overlap, pair_features, zscore

__all__ = ["Prepared", "prepare", "fit", "cross_validate", "LINK_GRID", "GROUP_GRID"]

LINK_GRID = tuple(np.round(np.arange(0.10, 0.80, 0.05), 2))
GROUP_GRID = tuple(np.round(np.arange(0.20, 1.01, 0.10), 2))
LABEL_GRID = tuple(np.round(np.arange(0.20, 0.81, 0.05), 2))


@dataclass
class Prepared:
    """One annotated call with its similarity matrices computed once."""

    item: Annotated
    s: np.ndarray
    z: np.ndarray
    lex: np.ndarray
    feats: np.ndarray
    target: np.ndarray  # 1 where (i, j) lies in a gold link


def prepare(items: Sequence[Annotated], embedder: Any) -> list[Prepared]:
    texts = sorted({content_text(t) for it in items for r in (it.a, it.b) for t in r.texts})
    vecs = encode_texts(embedder, texts)
    row = {t: i for i, t in enumerate(texts)}
    out = []
    for it in items:
        ta = [content_text(t) for t in it.a.texts]
        tb = [content_text(t) for t in it.b.texts]
        s = cosine(vecs[[row[t] for t in ta]], vecs[[row[t] for t in tb]])
        lex = lexical_overlap(ta, tb)
        target = np.zeros(s.shape)
        for l in it.gold.links:
            target[np.ix_(l.a, l.b)] = 1.0
        out.append(Prepared(it, s, zscore(s), lex, pair_features(s, lex), target))
    return out


def _logistic(x: np.ndarray, y: np.ndarray, names: Sequence[str], c: float) -> LinearModel:
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    if len(set(y.tolist())) < 2:  # degenerate training set: a constant model
        p = float(np.clip(y.mean() if len(y) else 0.5, 1e-3, 1 - 1e-3))
        return LinearModel(tuple(names), mean, scale, np.zeros(len(names)), float(np.log(p / (1 - p))))
    clf = LogisticRegression(C=c, max_iter=2000).fit((x - mean) / scale, y)
    return LinearModel(tuple(names), mean, scale, clf.coef_[0].astype(np.float64), float(clf.intercept_[0]))


def _links(prob: np.ndarray, lt: float, gt: float) -> tuple[list, list[int], list[int]]:
    return decode(prob, link_threshold=lt, group_threshold=gt)


def fit(prepared: Sequence[Prepared], embedder_name: str, *, c: float = 1.0) -> Params:
    """Fit the link and label models and thresholds on ``prepared`` calls."""
    x = np.concatenate([p.feats.reshape(-1, len(FEATURES)) for p in prepared])
    y = np.concatenate([p.target.ravel() for p in prepared])
    link_model = _logistic(x, y, FEATURES, c)
    probs = [link_model.predict(p.feats.reshape(-1, len(FEATURES))).reshape(p.s.shape) for p in prepared]

    best = (-1.0, 0.5, 1.0)
    for lt in LINK_GRID:
        for gt in GROUP_GRID:
            if gt < lt:
                continue
            tot = Scores()
            for p, prob in zip(prepared, probs):
                links, oa, ob = _links(prob, lt, gt)
                pred = Gold(links=tuple(GoldLink(a=a, b=b, label="equivalent") for a, b in links),
                            only_a=tuple(oa), only_b=tuple(ob))
                tot += score_pair(pred, p.item.gold)
            score = tot.link.f1 + tot.only.f1
            if score > best[0] + 1e-9:
                best = (score, float(lt), float(gt))
    _, lt, gt = best

    # Label model: trained on the gold links' features.
    lx, ly = [], []
    for p in prepared:
        for l in p.item.gold.links:
            lx.append(link_features(p.s, p.z, p.lex, l.a, l.b, p.item.a.texts, p.item.b.texts))
            ly.append(1.0 if l.label == "asymmetric" else 0.0)
    label_model = _logistic(np.array(lx).reshape(-1, len(LINK_FEATURES)), np.array(ly), LINK_FEATURES, c)

    # Label threshold: best asym F1 over the links the fitted link model predicts on training calls.
    decoded = [(p, _links(prob, lt, gt)) for p, prob in zip(prepared, probs)]
    best_label = (-1.0, 0.5)
    for th in LABEL_GRID:
        tot = Scores()
        for p, (links, oa, ob) in decoded:
            gl = []
            for a, b in links:
                q = label_model.predict(link_features(p.s, p.z, p.lex, a, b, p.item.a.texts, p.item.b.texts)[None])[0]
                gl.append(GoldLink(a=a, b=b, label="asymmetric" if q >= th else "equivalent"))
            tot += score_pair(Gold(links=tuple(gl), only_a=tuple(oa), only_b=tuple(ob)), p.item.gold)
        if tot.asym.f1 > best_label[0] + 1e-9:
            best_label = (tot.asym.f1, float(th))
    return Params(embedder=embedder_name, link=link_model, label=label_model, link_threshold=lt,
                  group_threshold=gt, label_threshold=best_label[1])


def cross_validate(prepared: Sequence[Prepared], embedder_name: str, *, c: float = 1.0) -> EvaluationResult:
    """Leave-one-call-out: each call is scored by parameters fitted on the other calls only."""
    keys = sorted({call_key(p.item.id) for p in prepared})
    if len(keys) < 2:  # with one call there is nothing to fit on while it is held out
        raise InputError(f"cross-validation needs annotated pairs of at least two calls; got {len(keys)}")
    per_file: dict[str, Scores] = {}
    preds: dict[str, Gold] = {}
    overall = Scores()
    sig = Signature(version="cv", embedder=embedder_name, weights_hash="-", method="cv", parameters={})
    for key in keys:
        train = [p for p in prepared if call_key(p.item.id) != key]
        test = [p for p in prepared if call_key(p.item.id) == key]
        params = fit(train, embedder_name, c=c)
        for p in test:
            comp = _align_prepared(p, params, sig)
            pred = Gold.from_comparison(comp)
            s = score_pair(pred, p.item.gold)
            per_file[p.item.path.name] = s
            preds[p.item.path.name] = pred
            overall += s
    return EvaluationResult(per_file=dict(sorted(per_file.items())), overall=overall, predictions=preds)


def _align_prepared(p: Prepared, params: Params, sig: Signature) -> Any:
    """The comparison ``compare`` would make, from the call's stored matrices."""
    from .comparison import decide

    return decide(p.item.a, p.item.b, p.s, p.lex, params, sig)
