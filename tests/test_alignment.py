import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from readouts.alignment import assign_one_to_one, decode, decode_pairs


def test_decode_is_not_monotonic():
    # b's points in reverse order: a monotonic aligner (like Gale-Church) would miss these.
    p = np.array([[0.1, 0.1, 0.9], [0.1, 0.9, 0.1], [0.9, 0.1, 0.1]])
    links, only_a, only_b = decode(p, link_threshold=0.5, group_threshold=0.5)
    assert links == [((0,), (2,)), ((1,), (1,)), ((2,), (0,))]
    assert only_a == only_b == []


def test_decode_one_to_many_and_many_to_one():
    p = np.array([[0.9, 0.7, 0.0, 0.0], [0.0, 0.0, 0.8, 0.1], [0.0, 0.0, 0.7, 0.0]])
    links, only_a, only_b = decode(p, link_threshold=0.5, group_threshold=0.6)
    assert links == [((0,), (0, 1)), ((1, 2), (2,))]
    assert only_a == [] and only_b == [3]


def test_decode_never_builds_many_to_many():
    p = np.full((3, 3), 0.9)
    links, _, _ = decode(p, link_threshold=0.5, group_threshold=0.5)
    assert all(len(a) == 1 or len(b) == 1 for a, b in links)


def test_decode_leaves_weak_points_one_sided():
    p = np.array([[0.2, 0.1], [0.1, 0.3]])
    assert decode(p, link_threshold=0.5, group_threshold=0.6) == ([], [0, 1], [0, 1])


def test_assignment_ignores_pairs_below_threshold():
    # The best total assignment would pair (0,1)+(1,0) = 1.0, but (1,0) is under threshold;
    # the threshold-aware assignment keeps the strong (0,0) pair.
    p = np.array([[0.8, 0.6], [0.4, 0.0]])
    assert assign_one_to_one(p, 0.5) == [(0, 0)]


@settings(max_examples=60, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(1, 7), st.integers(1, 7)), elements=st.floats(0, 1)))
def test_decode_covers_every_point_once(p):
    links, only_a, only_b = decode(p, link_threshold=0.4, group_threshold=0.5)
    a = sorted([i for l in links for i in l[0]] + only_a)
    b = sorted([j for l in links for j in l[1]] + only_b)
    assert a == list(range(p.shape[0])) and b == list(range(p.shape[1]))
    assert all(len(x) == 1 or len(y) == 1 for x, y in links)


@settings(max_examples=60, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(1, 9), st.integers(1, 9)), elements=st.floats(0, 1)))
def test_sparse_decode_equals_dense(p):
    rows, cols = np.nonzero(p >= 0.0)
    assert decode_pairs(rows, cols, p[rows, cols], *p.shape, link_threshold=0.4, group_threshold=0.6) == \
        decode(p, link_threshold=0.4, group_threshold=0.6)


def test_group_score_sees_the_one_to_one_links_and_decides_attachments():
    # Link probabilities alone would attach b1 to a0 (0.7 >= 0.6); the group score is asked with
    # the one-to-one links and, here, prefers b2 for a0 and nothing for b1.
    p = np.array([[0.9, 0.7, 0.3], [0.1, 0.1, 0.1]])
    rows, cols = np.nonzero(p >= 0.0)
    seen = []

    def score(core):
        seen.append(list(core))
        out = np.zeros(len(rows))
        out[(rows == 0) & (cols == 2)] = 0.8
        return out

    links, only_a, only_b = decode_pairs(rows, cols, p[rows, cols], *p.shape, link_threshold=0.5,
                                         group_threshold=0.6, group_score=score)
    assert seen == [[(0, 0)]]
    assert links == [((0,), (0, 2))] and only_a == [1] and only_b == [1]
    # without it, the link probability groups
    assert decode(p, link_threshold=0.5, group_threshold=0.6)[0] == [((0,), (0, 1))]
