import json

import numpy as np
import pytest

from conftest import CORPUS, HashEmbedder
from readouts.embedding import DEFAULT_MODEL
from readouts.errors import InputError, ReadoutsError
from readouts.evaluation import load_annotated
from readouts.scoring import ATTACH_FEATURES, Params, attach_features
from readouts.training import ATTACH_EMBEDDERS, cross_validate, fit, prepare


def test_cross_validation_needs_two_calls():
    # With one call, nothing is left to fit on while it is held out: this used to end in a numpy
    # error from concatenating zero arrays.
    item = load_annotated(sorted(CORPUS.glob("*.json"))[0])
    with pytest.raises(InputError, match="at least two calls; got 1"):
        cross_validate(prepare([item], HashEmbedder()), "hash-bow-test")


def _pairs_for(ea, eb):
    from readouts.similarity import build_pairs

    def unit(v):
        v = np.asarray(v, float)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    return build_pairs(unit(ea), unit(eb), ["x"] * len(ea), ["y"] * len(eb))


def test_attach_features_by_hand():
    # a0 is linked one-to-one to b0 (its sibling); b1 carries the rest of a0's content.
    ea = [[1, 1, 0], [0, 0, 1]]
    eb = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    pairs = _pairs_for(ea, eb)
    prob = np.array([0.9 if (i, j) == (0, 0) else 0.4 if (i, j) == (0, 1) else 0.1 if (i, j) == (1, 1)
                     else 0.05 for i, j in zip(pairs.rows, pairs.cols)])
    idx, x = attach_features(pairs, prob, [(0, 0)])
    got = {(int(pairs.rows[k]), int(pairs.cols[k])): dict(zip(ATTACH_FEATURES, row)) for k, row in zip(idx, x)}
    # candidates: b1, b2 joining a0's link (a-side anchor), and a1 joining b0's link
    assert set(got) == {(0, 1), (0, 2), (1, 0)}
    f = got[(0, 1)]
    assert f["probability"] == pytest.approx(0.4) and f["anchor"] == pytest.approx(0.9)
    assert f["cosine"] == pytest.approx(1 / np.sqrt(2))
    assert f["sibling"] == pytest.approx(0.0)  # b1 and b0 are orthogonal
    # a0 = (1,1,0)/sqrt2 is the mean of b0 and b1: cosine 1 against 0.707 for b0 alone
    assert f["gain"] == pytest.approx(1 - 1 / np.sqrt(2))
    assert f["best"] == 1.0 and f["rival"] == pytest.approx(0.1)  # b1's other partner: a1 at 0.1
    g = got[(1, 0)]  # a1 joining b0's link: a1's best partner is b1 (0.1), not the anchor b0 (0.05)
    assert g["best"] == 0.0 and g["rival"] == pytest.approx(0.1) and g["sibling"] == pytest.approx(0.0)
    # no links, no candidates
    idx, x = attach_features(pairs, prob, [])
    assert len(idx) == 0 and x.shape == (0, len(ATTACH_FEATURES))


def test_attach_features_need_embeddings():
    pairs = _pairs_for([[1.0, 0.0]], [[1.0, 0.0]])
    bare = type(pairs)(pairs.n, pairs.m, pairs.rows, pairs.cols, pairs.channels)
    with pytest.raises(ReadoutsError, match="embeddings"):
        attach_features(bare, np.ones(1), [(0, 0)])


def test_fit_adds_an_attachment_model_only_when_asked():
    items = [load_annotated(p) for p in sorted(CORPUS.glob("*.json"))[:4]]
    prepared = prepare(items, HashEmbedder(), tokens=False)
    with_attach = fit(prepared, DEFAULT_MODEL, attach=True)
    assert with_attach.attach is not None and with_attach.attach.features == ATTACH_FEATURES
    # no shipped backend uses it (CV showed no gain): by default there is none
    assert fit(prepared, DEFAULT_MODEL).attach is None and not ATTACH_EMBEDDERS
    # the parameters round-trip through their JSON form, attachment model included
    again = Params.from_dict(DEFAULT_MODEL, json.loads(json.dumps(with_attach.as_dict())))
    assert again.attach.as_dict() == with_attach.attach.as_dict()
    assert again.thresholds() == with_attach.thresholds()
    assert again.adjacent_threshold == with_attach.adjacent_threshold
    # parameters written before the adjacent threshold existed group every point alike
    old = with_attach.as_dict()
    old.pop("adjacent_threshold", None)
    legacy = Params.from_dict(DEFAULT_MODEL, old)
    assert legacy.adjacent_threshold is None and legacy.near_threshold == legacy.group_threshold
    assert "adjacent_threshold" not in legacy.as_dict()
    # the coverage flags' topic threshold is fitted on the embedder's own cosine scale
    assert -1.0 <= with_attach.topic_threshold <= 1.0 and "topic_threshold" in with_attach.thresholds()


def test_prepare_builds_the_topic_channel_unless_asked_not_to():
    from readouts.training import feature_names

    items = [load_annotated(p) for p in sorted(CORPUS.glob("*.json"))[:2]]
    with_topic = prepare(items, HashEmbedder())
    assert "topic" in with_topic[0].pairs.channels
    assert "topic" not in prepare(items, HashEmbedder(), topic=False)[0].pairs.channels
    names = feature_names(False, True)
    assert "topic.zscore" in names and not any(n.startswith("tokens") for n in names)
    assert "joint" in names and "joint" in with_topic[0].pairs.channels  # from the calls' cues
    assert not any(n.startswith("topic") for n in feature_names(True))
    assert fit(with_topic + prepare(items[::-1], HashEmbedder()), "hash-bow-test").needs_topic


def test_prepare_pools_topic_vectors_where_the_embedder_can_and_fit_records_it():
    from conftest import PoolingHashEmbedder

    items = [load_annotated(p) for p in sorted(CORPUS.glob("*.json"))[:3]]
    pooled = prepare(items, PoolingHashEmbedder(), tokens=True)
    assert all(p.topic_pooled for p in pooled) and "topic" in pooled[0].pairs.channels
    assert fit(pooled, "hash-pool-test").topic_pooled
    encoded = prepare(items, PoolingHashEmbedder(), tokens=True, pooled=False)
    assert not any(p.topic_pooled for p in encoded) and not fit(encoded, "hash-pool-test").topic_pooled
    # by default (as every shipped backend is fitted): no token channel, topic texts encoded
    plain = prepare(items, PoolingHashEmbedder())
    assert not plain[0].topic_pooled and set(plain[0].pairs.channels) >= {"cosine", "topic"}
    assert "tokens" not in plain[0].pairs.channels and not fit(plain, "hash-pool-test").needs_tokens
    # with a bag-of-words embedder (no context) pooling the kept words is encoding the topic text
    assert np.allclose(pooled[0].pairs.channels["topic"], encoded[0].pairs.channels["topic"], atol=1e-5)
    assert not np.allclose(pooled[0].pairs.channels["topic"], pooled[0].pairs.channels["cosine"])
    with pytest.raises(InputError, match="mix pooled and encoded"):
        fit(pooled[:2] + encoded[2:], "hash-pool-test")

    class TokensOnly(PoolingHashEmbedder):
        pools_topics = False

    with pytest.raises(InputError, match="cannot pool"):
        prepare(items, TokensOnly(), tokens=True, pooled=True)
    assert not prepare(items, TokensOnly(), tokens=True)[0].topic_pooled  # encoded where it cannot pool
    with pytest.raises(InputError, match="needs tokens=True"):
        prepare(items, PoolingHashEmbedder(), pooled=True)


def test_prepare_refuses_the_token_channel_for_an_embedder_without_token_vectors():
    from readouts.errors import EmbedderError

    items = [load_annotated(p) for p in sorted(CORPUS.glob("*.json"))[:1]]
    with pytest.raises(EmbedderError, match="tokens=True needs token vectors.*hash-bow"):
        prepare(items, HashEmbedder(), tokens=True)


def test_parameters_fitted_without_the_anchor_channel_still_compare():
    # Each link model names its own features, so parameters fitted before a channel was added
    # (here: without the anchor features) keep working; compare computes what they ask for.
    from readouts import compare
    from readouts.training import feature_names

    items = [load_annotated(p) for p in sorted(CORPUS.glob("*.json"))[:3]]
    prepared = prepare(items, HashEmbedder(), tokens=False)
    old_names = tuple(n for n in feature_names(False, True) if not n.startswith("anchor"))
    params = fit(prepared, "hash-bow-test", features=old_names)
    assert params.link.features == old_names and "anchor" in prepared[0].pairs.channels
    c = compare(items[0].a, items[0].b, embedder=HashEmbedder(), params=params)
    assert c.links and c == compare(items[0].a, items[0].b, embedder=HashEmbedder(), params=params)


def test_an_ensemble_with_declared_widths_is_fitted_on_each_members_cosine():
    from readouts.comparison import compare
    from readouts.embedding import Ensemble
    from readouts.training import feature_names

    class Wide(HashEmbedder):  # declares the width of its vectors, as USE and e5 do
        def __init__(self, name, dim):
            super().__init__(dim)
            self.name, self.dimension = name, dim

    items = [load_annotated(p) for p in sorted(CORPUS.glob("*.json"))[:3]]
    ens = Ensemble(Wide("h1", 256), Wide("h2", 128))
    prepared = prepare(items, ens)
    assert all(p.members == (256, 128) for p in prepared)
    assert {"member1", "member2"} <= set(prepared[0].pairs.channels)
    params = fit(prepared, ens.name)
    assert params.members == prepared[0].members
    assert set(params.link.features) == set(feature_names(False, True, 2))
    again = Params.from_dict(ens.name, json.loads(json.dumps(params.as_dict())))
    assert again.members == params.members and again.fingerprint() == params.fingerprint()
    # compare builds the same channels from the ensemble's vectors
    it = items[0]
    c = compare(it.a, it.b, embedder=ens, params=params)
    assert len(c.links) + len(c.only_a) >= 1
    # an ensemble whose members declare no width is fitted on the mean cosine alone, as before
    plain = prepare(items, Ensemble(HashEmbedder(), HashEmbedder()))
    assert plain[0].members == () and "member1" not in plain[0].pairs.channels
    assert fit(plain, "plain").members == ()
    with pytest.raises(InputError, match="ensemble members differ"):
        fit(prepared[:2] + plain[2:], "mixed")


def test_cross_lingual_features_are_fitted_only_on_a_mix_of_calls():
    from readouts.training import feature_names

    paths = sorted(CORPUS.glob("*.json"))
    cross = [load_annotated(p) for p in paths if p.stem.endswith(("-ru", "-zh"))][:2]
    same = [load_annotated(p) for p in paths if not p.stem.endswith(("-ru", "-zh"))][:2]
    assert len(cross) == 2 and len(same) == 2
    prepared = prepare(same + cross, HashEmbedder())
    assert [p.cross_lingual for p in prepared] == [False, False, True, True]
    mixed = fit(prepared, "hash-bow-test")
    assert set(mixed.link.features) == set(feature_names(False, True, 0, True))
    assert {"cross_lingual", "cosine.xl", "concepts.xl"} <= set(mixed.link.features)
    assert "joint" not in mixed.link.features  # it cost the cross-lingual calls (feature_names)
    # English calls alone (MiniLM's training set) hold no cross-lingual call to learn from
    assert "cosine.xl" not in fit(prepared[:2], "hash-bow-test").link.features


def test_thresholds_can_be_chosen_on_the_cross_lingual_calls_alone(monkeypatch):
    from readouts import training
    from readouts.similarity import feature_matrix
    from readouts.training import GROUP_GRID, LINK_GRID, _grid_objective

    paths = sorted(CORPUS.glob("*.json"))
    cross = [load_annotated(p) for p in paths if p.stem.endswith(("-ru", "-zh"))][:3]
    same = [load_annotated(p) for p in paths if not p.stem.endswith(("-ru", "-zh"))][:3]
    prepared = prepare(same + cross, HashEmbedder())
    every = fit(prepared, "hash-bow-test")
    # three cross-lingual calls are too few to choose thresholds on: every call decides ...
    assert training.MIN_TUNING_CALLS > 3
    assert fit(prepared, "hash-bow-test", thresholds_on="cross_lingual").as_dict() == every.as_dict()
    # ... unless the minimum is lowered
    monkeypatch.setattr(training, "MIN_TUNING_CALLS", 3)
    tuned = fit(prepared, "hash-bow-test", thresholds_on="cross_lingual")
    # the models still learn from every call ...
    assert np.allclose(tuned.link.weights, every.link.weights) and np.allclose(tuned.label.weights, every.label.weights)
    assert tuned.min_similarity == every.min_similarity
    # ... while the one-to-one and group thresholds are the best on the cross-lingual calls
    xl = [p for p in prepared if p.cross_lingual]
    probs = [tuned.link_probability(feature_matrix(p.pairs, tuned.link.features), p.pairs.channels["cosine"]) for p in xl]
    groups = [None] * len(xl)
    best = max(_grid_objective(xl, probs, groups, lt, gt) for lt in LINK_GRID for gt in GROUP_GRID if gt >= lt)
    assert _grid_objective(xl, probs, groups, tuned.link_threshold, tuned.group_threshold) == pytest.approx(best)
    # with no cross-lingual call to tune on, every call decides
    english = fit(prepared[:3], "hash-bow-test", thresholds_on="cross_lingual")
    assert english.as_dict() == fit(prepared[:3], "hash-bow-test").as_dict()
    with pytest.raises(InputError, match="thresholds_on must be 'all' or 'cross_lingual'"):
        fit(prepared, "hash-bow-test", thresholds_on="english")
