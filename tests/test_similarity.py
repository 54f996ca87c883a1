import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from readouts.similarity import (
    best_gaps, build_pairs, candidate_pairs, channel_features, cosine, csls, feature_matrix, lexical_overlap,
    lexical_scores, mutual_best, token_scores, zscore,
)


def unit(x):
    x = np.asarray(x, dtype=np.float64)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_dense_functions_on_hand_made_vectors():
    a = np.array([[1, 0, 0], [0, 1, 0]], dtype=np.float32)
    b = np.array([[0, 1, 0], [1, 0, 0], [0.6, 0.8, 0]], dtype=np.float32)
    s = cosine(a, b)
    assert np.allclose(s, [[0, 1, 0.6], [1, 0, 0.8]])
    assert mutual_best(s).tolist() == [[0, 1, 0], [1, 0, 0]]
    assert best_gaps(s)[0, 1] == 0 and best_gaps(s)[0, 0] < 0
    c = csls(s, k=2)
    assert c.shape == s.shape and c[0, 1] > c[0, 2]
    assert abs(zscore(s).mean()) < 1e-9


@settings(max_examples=50, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(1, 8), st.integers(1, 8)), elements=st.floats(-1, 1)))
def test_channel_features_on_all_pairs_equal_dense_forms(s):
    n, m = s.shape
    rows, cols = np.divmod(np.arange(n * m), m)
    f = channel_features(s.ravel(), rows, cols, n, m)
    assert np.allclose(f[""], s.ravel())
    assert np.allclose(f["csls"], csls(s).ravel())
    assert np.allclose(f["zscore"], zscore(s).ravel())
    assert np.allclose(f["gap"], best_gaps(s).ravel())
    assert np.array_equal(f["mutual"], mutual_best(s).ravel())


def test_candidate_pairs_top_k_path_keeps_each_points_best():
    rng = np.random.default_rng(0)
    ea, eb = unit(rng.normal(size=(60, 16))), unit(rng.normal(size=(45, 16)))
    rows, cols, vals = candidate_pairs(ea, eb, k=3, dense_limit=0, chunk=7)
    s = cosine(ea, eb)
    got = set(zip(rows.tolist(), cols.tolist()))
    for i in range(60):
        assert set((i, int(j)) for j in np.argsort(-s[i])[:3]) <= got
    for j in range(45):
        assert set((int(i), j) for i in np.argsort(-s[:, j])[:3]) <= got
    assert np.allclose(vals, s[rows, cols])
    assert len(got) < 60 * 45 / 4  # linear in n + m, not n x m
    dense = candidate_pairs(ea, eb)
    assert len(dense[0]) == 60 * 45 and np.allclose(dense[2], s.ravel())


def test_token_scores_are_soft_word_overlap():
    e = np.eye(4)
    tok_a = [e[[0, 1]], e[[2]], np.zeros((0, 4))]
    tok_b = [e[[0, 1]], e[[0, 3]]]
    rows, cols = np.array([0, 0, 1, 2]), np.array([0, 1, 0, 1])
    f = token_scores(tok_a, tok_b, rows, cols)
    assert f[0] == 1.0           # same tokens
    assert np.isclose(f[1], 0.5)  # half of each matched
    assert f[2] == 0.0 and f[3] == 0.0  # nothing shared / no tokens


def test_lexical_overlap_weights_rare_shared_terms():
    a = ["Talks on New START and the Taiwan Strait", "the talks were useful"]
    b = ["peace across the Taiwan Strait", "useful talks", "New START"]
    lex = lexical_overlap(a, b)
    assert lex[0, 0] > 0.3 and lex[0, 2] > 0.3
    assert lex[1, 1] > lex[1, 0] == 0.0
    rows, cols = np.array([0, 1, 1]), np.array([2, 0, 1])
    assert np.allclose(lexical_scores(a, b, rows, cols), lex[rows, cols])


def test_build_pairs_and_named_features():
    ea, eb = unit(np.eye(3)[:2]), unit(np.eye(3))
    pairs = build_pairs(ea, eb, ["a b c", "d e f"], ["x", "y", "z"])
    x = feature_matrix(pairs, ["cosine", "cosine.zscore", "lexical"])
    assert x.shape == (6, 3)
    assert np.allclose(pairs.dense("cosine"), cosine(ea, eb))
    view = pairs.view("cosine")
    assert view[np.ix_([0, 1], [1])].tolist() == [[0.0], [1.0]]


def test_build_pairs_topic_channel_is_the_cosine_of_topic_vectors():
    ea, eb = unit(np.eye(3)[:2]), unit(np.eye(3))
    ta, tb = unit([[1, 1, 0], [0, 0, 1]]), unit(np.eye(3)[[2, 1, 0]])
    pairs = build_pairs(ea, eb, ["a", "b"], ["x", "y", "z"], topic_a=ta, topic_b=tb)
    assert np.allclose(pairs.dense("topic"), cosine(ta, tb))
    assert np.allclose(pairs.dense("cosine"), cosine(ea, eb))  # candidates and cosine are unchanged
    assert feature_matrix(pairs, ["topic", "topic.zscore", "topic.mutual"]).shape == (6, 3)
    assert "topic" not in build_pairs(ea, eb, ["a", "b"], ["x", "y", "z"]).channels


def test_build_pairs_refuses_topic_vectors_of_the_wrong_length():
    ea, eb = unit(np.eye(3)[:2]), unit(np.eye(3))
    with pytest.raises(ValueError, match="topic vectors for 1 x 3 points"):
        build_pairs(ea, eb, ["a", "b"], ["x", "y", "z"], topic_a=ea[:1], topic_b=eb)


def test_member_channels_are_each_ensemble_members_own_cosine():
    def ensemble(n, seed):  # as Ensemble.encode: each member's unit vectors side by side, over sqrt(2)
        parts = [unit(np.random.default_rng(seed + w).normal(size=(n, w))) for w in (4, 2)]
        return np.hstack(parts) / np.sqrt(2), parts

    (ea, (a1, a2)), (eb, (b1, b2)) = ensemble(3, 0), ensemble(2, 10)
    (ta, (t1, t2)), (tb, (u1, u2)) = ensemble(3, 20), ensemble(2, 30)
    pairs = build_pairs(ea, eb, ["a", "b", "c"], ["x", "y"], topic_a=ta, topic_b=tb, members=(4, 2))
    assert np.allclose(pairs.dense("member1"), cosine(a1, b1))
    assert np.allclose(pairs.dense("member2"), cosine(a2, b2))
    assert np.allclose(pairs.dense("member1_topic"), cosine(t1, u1))
    assert np.allclose(pairs.dense("member2_topic"), cosine(t2, u2))
    # the sentence cosine is their mean, and each member channel has the call-relative forms
    assert np.allclose(pairs.dense("cosine"), (cosine(a1, b1) + cosine(a2, b2)) / 2)
    assert feature_matrix(pairs, ["member1.zscore", "member2_topic.mutual"]).shape == (6, 2)
    assert "member1_topic" not in build_pairs(ea, eb, ["a", "b", "c"], ["x", "y"], members=(4, 2)).channels
    assert "member1" not in build_pairs(ea, eb, ["a", "b", "c"], ["x", "y"]).channels
    for dims in [(4, 3), (6,), (0, 6)]:
        with pytest.raises(ValueError, match="do not split the vectors of width 6"):
            build_pairs(ea, eb, ["a", "b", "c"], ["x", "y"], members=dims)


def test_cross_lingual_channel_and_its_interactions():
    ea, eb = unit(np.eye(3)[:2]), unit(np.eye(3))
    same = build_pairs(ea, eb, ["a", "b"], ["x", "y", "z"])
    cross = build_pairs(ea, eb, ["a", "b"], ["x", "y", "z"], cross_lingual=True)
    assert not same.channels["cross_lingual"].any() and cross.channels["cross_lingual"].all()
    names = ["cross_lingual", "cosine.xl", "concepts.xl"]
    assert not feature_matrix(same, names).any()  # a same-language call reads zeros there
    assert np.allclose(feature_matrix(cross, ["cosine.xl"])[:, 0], cross.channels["cosine"])
    assert np.allclose(feature_matrix(cross, ["cosine"]), feature_matrix(same, ["cosine"]))  # nothing else moves
    with pytest.raises(KeyError, match="'topic' and 'cross_lingual' channels"):
        cross.feature("topic.xl")


def test_joint_channel_marks_pairs_where_both_points_report_both_sides():
    from types import SimpleNamespace

    from readouts.similarity import JOINT, joint_scores

    ea, eb = unit(np.eye(3)[:2]), unit(np.eye(3))
    cue = lambda s: SimpleNamespace(speaker=s)  # noqa: E731 - only the speaker is read
    ca = [cue("both"), cue("own")]
    cb = [cue("both"), cue("counterpart"), cue("both")]
    pairs = build_pairs(ea, eb, ["a", "b"], ["x", "y", "z"], cues=(ca, cb))
    got = {(int(i), int(j)): v for i, j, v in zip(pairs.rows, pairs.cols, pairs.channels[JOINT])}
    assert got == {(0, 0): 1.0, (0, 1): 0.0, (0, 2): 1.0, (1, 0): 0.0, (1, 1): 0.0, (1, 2): 0.0}
    # one side's own act against the other's counterpart act is the same actor, but not "joint"
    assert JOINT not in build_pairs(ea, eb, ["a", "b"], ["x", "y", "z"]).channels
    assert np.allclose(feature_matrix(pairs, [JOINT])[:, 0], pairs.channels[JOINT])
    assert joint_scores(ca, cb, np.zeros(0, dtype=int), np.zeros(0, dtype=int)).shape == (0,)
    with pytest.raises(ValueError, match="cues for 1 x 3 points"):
        build_pairs(ea, eb, ["a", "b"], ["x", "y", "z"], cues=(ca[:1], cb))


def test_a_word_with_a_decomposed_letter_is_the_same_term():
    # "Zürich" or "мирной" typed with a combining mark (NFD) split at the mark into "z" + "rich",
    # so the lexical channel saw no shared word between a point and the same point composed.
    import unicodedata

    from readouts.similarity import shared_terms, tokens

    text = "Zelenskyy met Škoda workers in Zürich to discuss a peace initiative, о мирной инициативе."
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text and tokens(nfd) == tokens(text)
    assert shared_terms([nfd], [text]) == shared_terms([text], [text])


def test_a_zero_width_character_inside_a_word_splits_no_term():
    from readouts.similarity import tokens

    assert tokens("Bl\u200binken met Lav\u00adrov in Gen\u2060eva") == tokens("Blinken met Lavrov in Geneva")
