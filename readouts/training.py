"""Fitting the shipped parameters, and measuring them honestly with leave-one-call-out.

``fit`` learns the link, attachment and label models (scikit-learn logistic regression,
installed with sentence-transformers) and picks the thresholds that maximise link F1 + only F1
(and asym F1 for the label threshold) *on the training calls*. ``cross_validate`` holds out one call at a time
(a call's cross-lingual variants go out with it), fits on the rest and scores the held-out call,
so every reported figure comes from calls the parameters never saw.

``benchmarks/train.py`` runs both and writes ``readouts/params.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from . import __version__
from .alignment import decode_pairs
from .comparison import by_length, content_text, request_rows, topic_requests, topic_vectors
from .cues import lexicon_fingerprint, pair_cues, topic_text
from .embedding import embedder_hash, embedder_name, encode_texts, member_dims, supports_pooling, supports_tokens
from .errors import EmbedderError, InputError, once_per_call
from .evaluation import (Annotated, EvaluationResult, Gold, GoldLink, Scores, call_key, call_keys, pair_counts,
                         score_pair)
from .flags import topic_threshold
from .records import Signature, count
from .scoring import ATTACH_FEATURES, LINK_FEATURES, LinearModel, Params, attach_features, link_features
from .language import languages_differ, readout_sources
from .similarity import CROSS_LINGUAL, JOINT, MEMBER_CHANNEL, Pairs, build_pairs, feature_matrix

__all__ = ["Prepared", "prepare", "fit", "cross_validate", "cross_validate_auto", "cross_validate_naive", "NAIVE_METHOD", "feature_names", "LINK_GRID", "GROUP_GRID"]

LINK_GRID = tuple(np.round(np.arange(0.10, 0.80, 0.05), 2))
GROUP_GRID = tuple(np.round(np.arange(0.20, 1.01, 0.10), 2))  # on link probability (no attachment model)
ATTACH_GRID = tuple(np.round(np.arange(0.10, 0.91, 0.10), 2))  # on the attachment model's probability
#: Adjacent thresholds tried once the link and group thresholds are chosen (those below the group
#: threshold; none kept unless one beats grouping every point alike on the training calls).
ADJACENT_GRID = tuple(np.round(np.arange(0.05, 0.96, 0.05), 2))
#: Label thresholds tried: 0.05 to 0.90 in steps of 0.025 (0.20 to 0.80 in steps of 0.05 until the
#: thirty-ninth round, when the cue features joined the label model: see
#: :data:`readouts.scoring.LINK_FEATURES`; with them the coarse grid measured worse, 0.429 against 0.444).
LABEL_GRID = tuple(np.round(np.arange(0.05, 0.901, 0.025), 3))

#: Embedders whose fitted parameters include the attachment model (see :mod:`readouts.scoring`):
#: none at present. On the first 26 English calls it lifted the default model's link F1 from 0.542
#: to 0.565 (better in 98% of paired bootstrap resamples of calls); with 6 more annotated calls
#: (32) it measured 0.510 against 0.519 without it (better in 19%), and on the 16 cross-lingual
#: files 0.466 against 0.468. It stays available (``fit(..., attach=True)``) for future data.
ATTACH_EMBEDDERS: frozenset[str] = frozenset()

#: Pairs whose cosine lies below this quantile of gold-linked pairs' cosines are never linked.
FLOOR_QUANTILE = 0.05

#: The link model's features per channel; each channel gives its value and four call-relative forms.
_DERIVED = ("", ".csls", ".zscore", ".gap", ".mutual")


def feature_names(tokens: bool, topic: bool = False, members: int = 0, cross_lingual: bool = False) -> tuple[str, ...]:
    """Link-model features: the cosine channel, the token channel where available, the topic
    channel (:func:`readouts.cues.topic_text`) where built, lexical overlap, and the concept channel
    with its within-call z-score.

    The topic channel was kept by leave-one-call-out CV for every backend: the default model
    (48 English calls) 0.515 -> 0.568 link F1, "generic" 0.519 -> 0.537, "minilm+use" 0.532 ->
    0.539, USE+e5 on the 16 cross-lingual files 0.508 -> 0.516 (asym 0.233 -> 0.295).

    The concept features were kept by leave-one-call-out CV for every backend: the default model
    (32 English calls) 0.519 -> 0.555 link F1, "generic" 0.517 -> 0.522, USE+e5 on the 16
    cross-lingual files 0.451 -> 0.508 (the raw channel alone, or with mutual-best, did less).

    The anchor features (:func:`readouts.similarity.anchor_scores`, the rarest shared concept) were
    kept in the eighth round: default model on 93 English calls 0.579 -> 0.588 link F1, USE+e5 on
    the 40 cross-lingual files 0.463 -> 0.473. (The same over content words as well did no better.)

    ``members``: for an ensemble whose members declare their widths
    (:func:`readouts.embedding.member_dims`), each member's cosine, and each member's topic cosine
    where the topic channel is built, with their call-relative forms. Kept in the twelfth round for
    USE + e5 (40 cross-lingual files: 0.483 / 0.318 / 0.667 -> 0.494 / 0.317 / 0.674 link / asym /
    only F1). The sentence cosines alone gave 0.484 / 0.311 / 0.689, and in place of the mean
    cosine's features 0.478 / 0.309 / 0.681.

    ``cross_lingual``: for a backend fitted on same-language and cross-lingual calls alike, whether
    a call's readouts differ in language, and the cosine and concept overlap of such a call's pairs
    as features of their own (:data:`readouts.similarity.CROSS_LINGUAL`). Kept in the twelfth round
    for USE + e5: 0.494 / 0.317 / 0.674 -> 0.511 / 0.321 / 0.691 on the 40 cross-lingual files
    (link and only F1 ahead in 95% and 99% of paired bootstrap resamples of calls); the indicator
    alone gave 0.484 / 0.318 / 0.675.

    ``joint`` (:func:`readouts.similarity.joint_scores`, from the points' cues): both points report
    what both sides did. Kept in the twenty-seventh round for same-language backends: the default
    model on 93 English calls 0.620 / 0.424 / 0.734 -> 0.620 / 0.435 / 0.731 (asym ahead in 95% of
    paired bootstrap resamples of calls); the development pairs (``readouts evaluate --cv``, fitted
    on those 8 files alone) 0.688 / 0.211 / 0.780 -> 0.681 / 0.226 / 0.793 as shipped, 0.696 /
    0.269 / 0.800 with ``joint`` for USE + e5 too (two cross-lingual files). Any same speaker (one
    side's own act against the other's counterpart act as well) gave 0.620 / 0.432 / 0.729 in
    10-fold CV, against 0.625 / 0.428 / 0.736 for ``joint`` alone and 0.613 / 0.412 / 0.728
    without; a clashing speaker did no better.
    Left out where ``cross_lingual`` (the multilingual backends): for USE + e5 it lifted the 93
    English files (0.587 / 0.375 / 0.699 -> 0.601 / 0.392 / 0.708) but cost the 40 cross-lingual
    ones, the pairs that backend is used for (0.521 / 0.339 / 0.685 -> 0.513 / 0.319 / 0.688, asym
    behind in 96% of resamples; with a cross-lingual weight of its own, ``joint.xl``, the same).
    """
    channels = ("cosine", "tokens") if tokens else ("cosine",)
    if topic:
        channels += ("topic",)
    names = (tuple(c + d for c in channels for d in _DERIVED)
             + ("lexical", "concepts", "concepts.zscore", "anchor", "anchor.zscore"))
    # An ensemble's members, each with its own cosines (readouts.similarity.build_pairs)
    channels = tuple(f"{MEMBER_CHANNEL}{k}" for k in range(1, members + 1))
    if topic:
        channels += tuple(f"{MEMBER_CHANNEL}{k}_topic" for k in range(1, members + 1))
    names += tuple(c + d for c in channels for d in _DERIVED)
    if cross_lingual:
        names += (CROSS_LINGUAL, "cosine.xl", "concepts.xl")
        return names  # no joint channel for the cross-lingual mix: see above
    return names + (JOINT,)


@dataclass
class Prepared:
    """One annotated call with its candidate pairs computed once, and the gold target per pair."""

    item: Annotated
    pairs: Pairs
    target: np.ndarray  # 1.0 where the pair lies in a gold link
    cues: tuple[Any, Any] = ((), ())  # both readouts' point cues, for the label features
    topic_pooled: bool = False  # topic vectors pooled in the token pass (else topic texts encoded)
    members: tuple[int, ...] = ()  # an ensemble's member widths, where its pairs carry member channels
    cross_lingual: bool = False  # the call's two readouts are in different languages

    @cached_property
    def contents(self) -> tuple[list[str], list[str]]:
        """Both readouts' point texts as they are embedded and as the label features read them
        (:func:`readouts.comparison.content_text`: no leading list number)."""
        return [content_text(t) for t in self.item.a.texts], [content_text(t) for t in self.item.b.texts]

    def views(self):  # noqa: ANN201 - (cosine, zscore, lexical) block views for link_features
        return self.pairs.view("cosine"), self.pairs.view("cosine.zscore"), self.pairs.view("lexical")


def prepare(items: Sequence[Annotated], embedder: Any, *, tokens: bool = False,
            topic: bool = True, pooled: bool | None = None) -> list[Prepared]:
    """Encode every call's points and build its candidate pairs: the topic channel unless
    ``topic=False``, and the token channel only with ``tokens=True`` (the embedder must provide
    token vectors). Every shipped backend is fitted this way, without the token channel.

    The topic texts are encoded as second sentences; with ``tokens=True`` the topic vectors are
    instead pooled in the token pass (:func:`readouts.cues.topic_spans`) where the embedder can (or
    as ``pooled`` says). :func:`fit` records which in the parameters, so ``compare`` makes them the
    same way. Since the ninth round no backend pools: on 93 English calls, encoded topic texts
    without the token channel scored 0.609 / 0.411 / 0.720 (link / asym / only F1, leave-one-call-out)
    against 0.589 / 0.369 / 0.716 pooled with it, and 0.590 / 0.383 / 0.721 encoded with it.
    """
    use_tokens = bool(tokens)
    if use_tokens and not supports_tokens(embedder):
        raise EmbedderError(f"tokens=True needs token vectors, which embedder {embedder_name(embedder)!r} "
                            "does not provide (no encode_with_tokens)")
    if pooled and not use_tokens:
        raise InputError("pooled=True needs tokens=True: topic vectors are pooled in the token pass")
    if pooled and not supports_pooling(embedder):
        raise InputError(f"embedder {embedder_name(embedder)!r} cannot pool topic vectors in a token pass "
                         "(pooled=True needs encode_with_tokens(..., drop=))")
    use_pooled = topic and use_tokens and (supports_pooling(embedder) if pooled is None else bool(pooled))
    cues = [pair_cues(it.a, it.b) for it in items]
    dims = member_dims(embedder)
    if use_pooled:
        topics = [(topic_requests(it.a, ca), topic_requests(it.b, cb)) for it, (ca, cb) in zip(items, cues)]
        reqs = by_length({q for ts in topics for side in ts for q in side})
        vecs, toks, tvecs = encode_texts(embedder, [t for t, _ in reqs], tokens=True, drop=[d for _, d in reqs])
        row, trow = request_rows(reqs)
    else:
        texts = by_length({content_text(t) for it in items for r in (it.a, it.b) for t in r.texts})
        if use_tokens:
            vecs, toks = encode_texts(embedder, texts, tokens=True)
        else:
            vecs, toks = encode_texts(embedder, texts), None
        row = {t: i for i, t in enumerate(texts)}
        topics = [tuple([topic_text(c) for c in side] for side in cs) for cs in cues]
        if topic:
            tvecs, trow = topic_vectors(lambda ts: encode_texts(embedder, ts), embedder_name(embedder), vecs, row,
                                        [t for ts in topics for side in ts for t in side])
    out = []
    for it, cs, (top_a, top_b) in zip(items, cues, topics):
        ta = [content_text(t) for t in it.a.texts]
        tb = [content_text(t) for t in it.b.texts]
        ia = [row[t] for t in ta]
        ib = [row[t] for t in tb]
        topic_a = tvecs[[trow[t] for t in top_a]] if topic else None
        topic_b = tvecs[[trow[t] for t in top_b]] if topic else None
        xl = languages_differ(it.a, it.b)
        pairs = build_pairs(vecs[ia], vecs[ib], ta, tb, tok_a=[toks[i] for i in ia] if toks else None,
                            tok_b=[toks[i] for i in ib] if toks else None, topic_a=topic_a, topic_b=topic_b,
                            members=dims, cross_lingual=xl, cues=cs)
        gold = {(i, j) for l in it.gold.links for i in l.a for j in l.b}
        target = np.array([(int(i), int(j)) in gold for i, j in zip(pairs.rows, pairs.cols)], dtype=np.float64)
        out.append(Prepared(it, pairs, target, cs, topic_pooled=use_pooled, members=dims, cross_lingual=xl))
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


def _objective(tot: Scores) -> float:
    """What the link and group thresholds maximise on the training calls."""
    return tot.link.f1 + tot.only.f1


def _links(p: Prepared, prob: np.ndarray, lt: float, gt: float, group_score: Any = None,
           at: float | None = None) -> tuple[list, list[int], list[int]]:
    return decode_pairs(p.pairs.rows, p.pairs.cols, prob, p.pairs.n, p.pairs.m, link_threshold=lt, group_threshold=gt,
                        group_score=group_score, adjacent_threshold=at)


def _grid_objective(prepared: Sequence[Prepared], probs: Sequence[np.ndarray], group_scores: Sequence[Any],
                    lt: float, gt: float, at: float | None = None) -> float:
    """The objective of decoding every call at these thresholds (one point of a threshold grid)."""
    tot = Scores()
    for p, prob, g in zip(prepared, probs, group_scores):
        tot += _score_links(p, _links(p, prob, lt, gt, g, at))
    return _objective(tot)


def _score_links(p: Prepared, decoded: tuple[list, list[int], list[int]]) -> Scores:
    links, oa, ob = decoded
    # unchecked (model_construct, pair_counts): the grids score decoded links of the call itself, each point
    # once by construction, hundreds of thousands of times; validated, they cost a cross-validation minutes
    pred = Gold.model_construct(links=tuple(GoldLink.model_construct(a=a, b=b, label="equivalent") for a, b in links),
                                only_a=tuple(oa), only_b=tuple(ob))
    return pair_counts(pred, p.item.gold)


def _core(p: Prepared, prob: np.ndarray, lt: float) -> list[tuple[int, int]]:
    links, _, _ = _links(p, prob, lt, 2.0)  # a group threshold above 1: one-to-one links only
    return [(a[0], b[0]) for a, b in links]


def _fit_attach(prepared: Sequence[Prepared], probs: Sequence[np.ndarray], cores: Sequence[list[tuple[int, int]]],
                c: float) -> LinearModel:
    """The attachment model, trained on the candidates the one-to-one links ``cores`` leave:
    a candidate is positive where it and its anchor lie in one gold link."""
    xs, ys = [], []
    for p, prob, core in zip(prepared, probs, cores):
        idx, x = attach_features(p.pairs, prob, core)
        xs.append(x)
        ys.append(p.target[idx])
    return _logistic(np.concatenate(xs), np.concatenate(ys), ATTACH_FEATURES, c)


def _link_feats(p: Prepared, a: Sequence[int], b: Sequence[int]) -> np.ndarray:
    s, z, lex = p.views()
    return link_features(s, z, lex, a, b, *p.contents, p.cues)


#: The fewest cross-lingual training calls on which ``fit(thresholds_on="cross_lingual")`` chooses
#: thresholds; with fewer, every call decides.
MIN_TUNING_CALLS = 10


def fit(prepared: Sequence[Prepared], embedder_name: str, *, features: Sequence[str] | None = None,
        c: float = 1.0, attach: bool | None = None, thresholds_on: str = "all") -> Params:
    """Fit the link, attachment and label models and thresholds on ``prepared`` calls.

    ``attach``: whether to fit the attachment model (default: for :data:`ATTACH_EMBEDDERS`);
    without it, points join links on their link probability alone.
    ``thresholds_on``: ``"all"`` calls, or ``"cross_lingual"``: the link, group, adjacent and
    label thresholds (and the attachment model) are chosen on the training calls whose readouts
    differ in language only, while the link and label models learn from every call. The backend
    :func:`readouts.compare` picks for such pairs uses it (``benchmarks/train.py``): its decisions
    are tuned on the kind of pair it serves, its models still see four times as many calls. With
    fewer than :data:`MIN_TUNING_CALLS` cross-lingual calls every call decides: four thresholds
    chosen on one or two calls fit those calls, not the kind (a cross-validation on the 8
    development pairs leaves one cross-lingual call to train on).
    """
    if thresholds_on not in ("all", "cross_lingual"):
        raise InputError(f"thresholds_on must be 'all' or 'cross_lingual', got {thresholds_on!r}")
    if attach is None:
        attach = embedder_name in ATTACH_EMBEDDERS
    channels = prepared[0].pairs.channels
    members = prepared[0].members
    if any(p.members != members for p in prepared):
        raise InputError("the prepared calls mix embedders (their ensemble members differ); prepare them with one")
    # Cross-lingual features where the training calls hold both kinds (the multilingual backends)
    mixed = len({p.cross_lingual for p in prepared}) > 1
    names = tuple(features) if features is not None else feature_names("tokens" in channels, "topic" in channels,
                                                                        len(members), mixed)
    pooled_topics = _pooled(prepared)  # checked before any fitting: one way of making topic vectors
    x = np.concatenate([feature_matrix(p.pairs, names) for p in prepared])
    y = np.concatenate([p.target for p in prepared])
    link_model = _logistic(x, y, names, c)
    # The absolute floor: a low quantile of the cosine of gold-linked pairs on the training calls.
    gold_cos = np.concatenate([p.pairs.channels["cosine"][p.target > 0] for p in prepared])
    floor = float(np.quantile(gold_cos, FLOOR_QUANTILE)) if len(gold_cos) else -1.0
    shell = Params(embedder_name, link_model, link_model, 0.5, 0.5, 0.5, min_similarity=floor)
    models_on = prepared
    if thresholds_on == "cross_lingual" and len({call_key(p.item.id) for p in prepared if p.cross_lingual}) \
            >= MIN_TUNING_CALLS:
        prepared = [p for p in prepared if p.cross_lingual]
    probs = [shell.link_probability(feature_matrix(p.pairs, names), p.pairs.channels["cosine"]) for p in prepared]

    # For each one-to-one threshold, the group threshold on link probability; or, with ``attach``,
    # the attachment model fitted on the candidates that threshold leaves, and its threshold. The
    # pair (and model) that maximise the objective win.
    best: tuple[float, float, float, Any] = (-1.0, 0.5, 2.0, None)
    for lt in LINK_GRID:
        model, scores = None, probs
        if attach:
            cores = [_core(p, prob, lt) for p, prob in zip(prepared, probs)]
            model = _fit_attach(prepared, probs, cores, c)
            shell = Params(embedder_name, link_model, link_model, 0.5, 0.5, 0.5, min_similarity=floor, attach=model)
            scores = [shell.group_score(p.pairs, prob)(core) for p, prob, core in zip(prepared, probs, cores)]
        fixed = [lambda core, sc=sc: sc for sc in scores]  # the scores, as decode_pairs takes them
        for gt in ATTACH_GRID if attach else GROUP_GRID:
            if not attach and gt < lt:
                continue
            score = _grid_objective(prepared, probs, fixed, lt, gt)
            if score > best[0] + 1e-9:
                best = (score, float(lt), float(gt), model)
    best_score, lt, gt, attach_model = best
    shell = Params(embedder_name, link_model, link_model, 0.5, 0.5, 0.5, min_similarity=floor, attach=attach_model)
    group_scores = [shell.group_score(p.pairs, prob) for p, prob in zip(prepared, probs)]

    # A lower threshold for points next to a link's point on their own side, if one beats
    # grouping every point alike (ties keep the plain rule).
    adjacent = None
    for at in ADJACENT_GRID:
        if at >= gt:
            break
        score = _grid_objective(prepared, probs, group_scores, lt, gt, at)
        if score > best_score + 1e-9:
            best_score, adjacent = score, float(at)

    # Label model: trained on the gold links' features. (Training it on the links the link model
    # predicts on the training calls, with each link's majority gold label, measured worse in CV:
    # asym F1 0.246 against 0.280.)
    lx, ly = [], []
    for p in models_on:
        for l in p.item.gold.links:
            lx.append(_link_feats(p, l.a, l.b))
            ly.append(1.0 if l.label == "asymmetric" else 0.0)
    label_model = _logistic(np.array(lx).reshape(-1, len(LINK_FEATURES)), np.array(ly), LINK_FEATURES, c)

    # Label threshold: best asym F1 over the links the fitted link model predicts on training calls.
    decoded = [(p, _links(p, prob, lt, gt, g, adjacent)) for p, prob, g in zip(prepared, probs, group_scores)]
    best_label = (-1.0, 0.5)
    for th in LABEL_GRID:
        tot = Scores()
        for p, (links, oa, ob) in decoded:
            gl = []
            for a, b in links:
                q = label_model.predict(_link_feats(p, a, b)[None])[0]
                gl.append(GoldLink.model_construct(a=a, b=b, label="asymmetric" if q >= th else "equivalent"))
            tot += pair_counts(Gold.model_construct(links=tuple(gl), only_a=tuple(oa), only_b=tuple(ob)), p.item.gold)
        if tot.asym.f1 > best_label[0] + 1e-9:
            best_label = (tot.asym.f1, float(th))
    pooled = "topic" in {n.split(".")[0] for n in names} and pooled_topics
    # The coverage flags' topic threshold on this embedder's cosine scale (no gold topics to fit).
    topic = topic_threshold([np.vstack(p.pairs.vectors) for p in models_on if p.pairs.vectors is not None])
    return Params(embedder=embedder_name, link=link_model, label=label_model, link_threshold=lt, group_threshold=gt,
                  label_threshold=best_label[1], min_similarity=round(floor, 4), attach=attach_model,
                  adjacent_threshold=adjacent, topic_pooled=pooled,
                  topic_threshold=topic,
                  members=members if any(n.startswith(MEMBER_CHANNEL) for n in names) else ())


def _pooled(prepared: Sequence[Prepared]) -> bool:
    modes = {p.topic_pooled for p in prepared}
    if len(modes) > 1:
        raise InputError("the prepared calls mix pooled and encoded topic vectors; prepare them with one embedder")
    return modes == {True}


def _two_calls(prepared: Sequence[Prepared]) -> None:
    """Refuse a leave-one-call-out run over fewer than two calls: with one call there is nothing to fit
    on while it is held out (:func:`cross_validate` and :func:`cross_validate_naive` alike)."""
    n_calls = len({call_key(p.item.id) for p in prepared})
    if n_calls < 2:
        raise InputError(f"cross-validation needs annotated pairs of at least two calls; got {n_calls}")


def cross_validate(prepared: Sequence[Prepared], embedder_name: str, *, features: Sequence[str] | None = None,
                   c: float = 1.0, score: Iterable[str] | None = None, attach: bool | None = None,
                   thresholds_on: str = "all", weights_hash: str = "-",
                   runtime: dict[str, str] | None = None, embedder: Any = None) -> EvaluationResult:
    """Leave-one-call-out: each call is scored by parameters fitted on the other calls only.

    ``score``: file names to score (default: all); the others only ever serve as training calls.
    ``weights_hash``: the embedder's (:func:`readouts.embedding.embedder_hash`), for each file's
    signature, as ``compare`` records it; "-" where the caller does not say (the prepared calls hold
    vectors, not the embedder). ``runtime``: the versions of Python and of the packages that computed the
    vectors (:func:`readouts.comparison.runtime_versions` of the embedder's packages), as ``compare``
    records them; None where the caller does not say. ``embedder``: the embedder that made the prepared
    calls' vectors, where the caller has it: ``weights_hash`` and ``runtime`` left out are then its own,
    as :func:`cross_validate_auto` passes them (``embedder_name`` stays the caller's: a backend may be
    fitted under another name, as "generic" is).
    """
    weights_hash, runtime = _provenance(embedder, weights_hash, runtime)
    wanted = None if score is None else set(score)
    targets = [p for p in prepared if wanted is None or p.item.path.name in wanted]
    keys = sorted({call_key(p.item.id) for p in targets})
    _two_calls(prepared)
    per_file: dict[str, Scores] = {}
    preds: dict[str, Gold] = {}
    overall = Scores()
    sigs: dict[str, Signature] = {}
    for key in keys:
        train = [p for p in prepared if call_key(p.item.id) != key]
        test = [p for p in targets if call_key(p.item.id) == key]
        params = fit(train, embedder_name, features=features, c=c, attach=attach, thresholds_on=thresholds_on)
        # The fold's own parameters, as a comparison's signature records them: EvaluationResult.signatures
        # (and --summary FILE.json) then say which thresholds and models scored each held-out call.
        sig = Signature(version=__version__, embedder=embedder_name, weights_hash=weights_hash, method="cv",
                        parameters=params.thresholds(), params_hash=params.fingerprint(),
                        lexicon_hash=lexicon_fingerprint(), runtime=runtime,
                        backend_choice=f"leave-one-call-out: fitted on the {count(len(train), 'other file')}")
        for p in test:
            comp = _align_prepared(p, params, sig)
            pred = Gold.from_comparison(comp)
            s = score_pair(pred, p.item.gold)
            per_file[p.item.path.name] = s
            preds[p.item.path.name] = pred
            sigs[p.item.path.name] = sig
            overall += s
    return EvaluationResult(per_file=dict(sorted(per_file.items())), overall=overall, predictions=preds,
                            calls=call_keys(p.item for p in targets), signatures=dict(sorted(sigs.items())))


def cross_validate_auto(items: Sequence[Annotated], embedder: Any = None, *,
                        cache_dir: Any = None) -> EvaluationResult:
    """Leave-one-call-out the way :func:`readouts.compare` would run on each file.

    With ``embedder=None`` each file gets the backend ``compare`` picks for it (by language),
    and each backend is fitted as ``benchmarks/train.py`` fits it: the English model on the
    same-language calls, the multilingual model on every call. Scores are merged into one table.
    """
    from .comparison import AUTO_MULTILINGUAL, choose_backend
    from .embedding import resolve_embedder as _resolve

    n_calls = len({call_key(it.id) for it in items})
    if n_calls < 2:  # say so before any model loads or encodes, not after
        raise InputError(f"cross-validation needs annotated pairs of at least two calls; got {n_calls}")

    def resolve_embedder(e: Any) -> Any:
        emb = _resolve(e)
        if cache_dir is None:
            return emb
        from .cache import CachedEmbedder

        return CachedEmbedder(emb, cache_dir)

    # A warning about a readout names its pair file, as under evaluate: "'US' of 2022-02-01" alone was
    # many files' readout. Each warning once per call, as compare_many and evaluate give them.
    with readout_sources({id(r): str(it.path) for it in items for r in (it.a, it.b)}), once_per_call(set()):
        if embedder is not None:
            emb = resolve_embedder(embedder)
            return cross_validate(prepare(items, emb), embedder_name(emb), embedder=emb)
        default = [it for it in items if choose_backend(it.a, it.b)[0] == "default"]
        other = [it for it in items if choose_backend(it.a, it.b)[0] != "default"]
        results = []
        # Each file's signature names the weights that encoded it and the runtime, as compare's does
        # (cross_validate reads them off the embedder, loaded already)
        if default:
            emb = resolve_embedder(None)
            results.append(cross_validate(prepare(default, emb), embedder_name(emb), embedder=emb))
        if other:
            emb = resolve_embedder(AUTO_MULTILINGUAL)
            results.append(cross_validate(prepare(items, emb), embedder_name(emb), embedder=emb,
                                          score=[it.path.name for it in other], thresholds_on="cross_lingual"))
    per_file: dict[str, Scores] = {}
    preds: dict[str, Gold] = {}
    sigs: dict[str, Signature] = {}
    overall = Scores()
    for r in results:
        per_file.update(r.per_file)
        preds.update(r.predictions)
        sigs.update(r.signatures)
        overall += r.overall
    return EvaluationResult(per_file=dict(sorted(per_file.items())), overall=overall, predictions=preds,
                            calls=call_keys(items), signatures=dict(sorted(sigs.items())))


def _provenance(embedder: Any, weights_hash: str, runtime: dict[str, str] | None) -> tuple[str, dict[str, str] | None]:
    """The weights hash and runtime a cross-validation's signatures record: those given, else, where
    the embedder is given, its own (benchmarks/train.py left them "-" and None)."""
    if embedder is None:
        return weights_hash, runtime
    return (embedder_hash(embedder) if weights_hash == "-" else weights_hash,
            _runtime(embedder) if runtime is None else runtime)


def _runtime(embedder: Any) -> dict[str, str]:
    """The versions a comparison by ``embedder`` records in its signature's ``runtime`` (compare's)."""
    from .comparison import runtime_versions
    from .embedding import embedder_packages

    return runtime_versions(embedder_packages(embedder))


def _align_prepared(p: Prepared, params: Params, sig: Signature) -> Any:
    """The comparison ``compare`` would make, from the call's stored matrices."""
    from .comparison import decide

    return decide(p.item.a, p.item.b, p.pairs, params, sig, cues=p.cues)


#: The ``method`` of the naive baseline's signatures (:func:`cross_validate_naive`).
NAIVE_METHOD = "cv-naive"


def cross_validate_naive(prepared: Sequence[Prepared], embedder_name: str | None = None, *,
                         weights_hash: str = "-", runtime: dict[str, str] | None = None,
                         embedder: Any = None) -> EvaluationResult:
    """The naive baseline of the readout-pairs README, measured the same honest way: raw cosine,
    one-to-one assignment, one threshold (fitted on the other calls), every link ``equivalent``.

    Each file's signature says what scored it, as :func:`cross_validate`'s do: ``method``
    ``"cv-naive"``, ``embedder_name`` (the embedder's own name where only ``embedder`` is given, "-"
    where neither is), ``weights_hash`` and ``runtime`` as :func:`cross_validate` takes them (or the
    ``embedder``'s), ``parameters`` ``{"link_threshold": t}``, the one threshold fitted on the other
    calls, ``params_hash`` the SHA-256 (16 hex digits) of that method and threshold, and
    ``backend_choice`` the fold. ``lexicon_hash`` is None: the method reads no word list (no cue,
    concept or alias enters a decision; the candidates and their scores are the sentence cosines of the
    points' texts), so no lexicon edit can move its figures.
    """
    from .alignment import assign_one_to_one

    weights_hash, runtime = _provenance(embedder, weights_hash, runtime)
    # refused as cross_validate refuses it: with one call the training set was empty, and the grid's
    # first threshold (0.20) was "fitted" on nothing, in silence
    _two_calls(prepared)
    if embedder_name is None:  # the parameter hides the module's embedder_name()
        from .embedding import embedder_name as name_of

        embedder_name = name_of(embedder) if embedder is not None else "-"

    def predict(p: Prepared, th: float, check: bool = True) -> Gold:
        pairs = assign_one_to_one(p.pairs.dense("cosine", fill=-1.0), th)
        la, lb = {i for i, _ in pairs}, {j for _, j in pairs}
        fields = {"links": tuple(GoldLink(a=(i,), b=(j,), label="equivalent") if check else
                                 GoldLink.model_construct(a=(i,), b=(j,), label="equivalent") for i, j in pairs),
                  "only_a": tuple(i for i in range(p.pairs.n) if i not in la),
                  "only_b": tuple(j for j in range(p.pairs.m) if j not in lb)}
        return Gold(**fields) if check else Gold.model_construct(**fields)  # unchecked in the grid (see _score_links)

    grid = np.round(np.arange(0.20, 0.90, 0.025), 3)
    per_file: dict[str, Scores] = {}
    preds: dict[str, Gold] = {}
    sigs: dict[str, Signature] = {}
    overall = Scores()
    for key in sorted({call_key(p.item.id) for p in prepared}):
        train = [p for p in prepared if call_key(p.item.id) != key]
        best = float(max(grid, key=lambda th: _sum_f1([(predict(p, th, check=False), p) for p in train])))
        sig = Signature(version=__version__, embedder=embedder_name, weights_hash=weights_hash, method=NAIVE_METHOD,
                        parameters={"link_threshold": best}, params_hash=_naive_fingerprint(best),
                        lexicon_hash=None, runtime=runtime,
                        backend_choice=f"naive baseline, leave-one-call-out: threshold fitted on the "
                                       f"{count(len(train), 'other file')}")
        for p in (p for p in prepared if call_key(p.item.id) == key):
            pred = predict(p, best)
            s = score_pair(pred, p.item.gold)
            per_file[p.item.path.name], preds[p.item.path.name] = s, pred
            sigs[p.item.path.name] = sig
            overall += s
    return EvaluationResult(per_file=dict(sorted(per_file.items())), overall=overall, predictions=preds,
                            calls=call_keys(p.item for p in prepared), signatures=dict(sorted(sigs.items())))


def _naive_fingerprint(threshold: float) -> str:
    """SHA-256 (16 hex digits) of what decided a naive prediction: the method and its one threshold."""
    import hashlib
    import json

    blob = json.dumps({"method": NAIVE_METHOD, "link_threshold": threshold}, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _sum_f1(scored: Sequence[tuple[Gold, Prepared]]) -> float:
    tot = Scores()
    for pred, p in scored:
        tot += pair_counts(pred, p.item.gold)
    return tot.link.f1 + tot.only.f1
