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


def test_decode_keeps_a_sure_link_over_two_doubtful_ones_that_cross_it():
    # Summed probabilities prefer (0,1) + (1,0) = 1.0 over (0,0) = 0.95 and leave the sure link
    # out; the log-odds make (0,0) the likelier set of links (a point may then go one-sided).
    p = np.array([[0.95, 0.5], [0.5, 0.0]])
    links, only_a, only_b = decode(p, link_threshold=0.25, group_threshold=0.99)
    assert links == [((0,), (0,))] and only_a == [1] and only_b == [1]
    # two links that do not cross are both kept, however doubtful, once over the threshold
    q = np.array([[0.3, 0.0], [0.0, 0.26]])
    assert decode(q, link_threshold=0.25, group_threshold=0.99)[0] == [((0,), (0,)), ((1,), (1,))]
    # scores that are no probabilities (cosines) are summed as they are
    assert assign_one_to_one(p, 0.25) == [(0, 1), (1, 0)]


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


def test_adjacent_points_join_at_the_lower_threshold_and_runs_grow():
    # a0 = b0 (0.9). b1 and b2 follow b0 and reach only 0.3: they join one after the other (b2
    # becomes adjacent once b1 is in). b4 reaches 0.3 too but sits apart; b3 (0.1) stays out.
    p = np.array([[0.9, 0.3, 0.3, 0.1, 0.3], [0.0, 0.0, 0.0, 0.0, 0.0]])
    assert decode(p, link_threshold=0.5, group_threshold=0.6, adjacent_threshold=0.25) == \
        ([((0,), (0, 1, 2))], [1], [3, 4])
    # without the adjacent threshold none of them joins
    assert decode(p, link_threshold=0.5, group_threshold=0.6) == ([((0,), (0,))], [1], [1, 2, 3, 4])
    # a point over the group threshold joins wherever it sits
    assert decode(p, link_threshold=0.5, group_threshold=0.3, adjacent_threshold=0.1)[0] == \
        [((0,), (0, 1, 2, 3, 4))]


def test_adjacent_threshold_at_or_above_the_group_threshold_changes_nothing():
    p = np.array([[0.9, 0.55, 0.3], [0.2, 0.1, 0.8], [0.1, 0.62, 0.1]])
    plain = decode(p, link_threshold=0.5, group_threshold=0.5)
    assert decode(p, link_threshold=0.5, group_threshold=0.5, adjacent_threshold=0.5) == plain
    assert decode(p, link_threshold=0.5, group_threshold=0.5, adjacent_threshold=0.9) == plain


def test_adjacency_is_on_the_candidates_own_side_and_best_first():
    # a1 sits between a0 (linked to b0) and a2 (linked to b1) and reaches b0 at 0.3, b1 at 0.35:
    # next to both links' points on its own side, it joins where it scores best.
    p = np.array([[0.9, 0.0, 0.0], [0.3, 0.35, 0.0], [0.0, 0.8, 0.0]])
    links, only_a, only_b = decode(p, link_threshold=0.5, group_threshold=0.6, adjacent_threshold=0.25)
    assert links == [((0,), (0,)), ((1, 2), (1,))] and only_a == [] and only_b == [2]
    # indices on the other side do not count: a2 (0.3 with b1) is not next to a0, though 2 is
    # next to the link's b-point 1
    q = np.array([[0.0, 0.9], [0.0, 0.0], [0.0, 0.3]])
    assert decode(q, link_threshold=0.5, group_threshold=0.6, adjacent_threshold=0.25) == \
        ([((0,), (1,))], [1, 2], [0])


@settings(max_examples=60, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(1, 8), st.integers(1, 8)), elements=st.floats(0, 1)),
       st.floats(0.05, 0.6))
def test_adjacent_decode_covers_every_point_once(p, at):
    links, only_a, only_b = decode(p, link_threshold=0.4, group_threshold=0.6, adjacent_threshold=at)
    a = sorted([i for l in links for i in l[0]] + only_a)
    b = sorted([j for l in links for j in l[1]] + only_b)
    assert a == list(range(p.shape[0])) and b == list(range(p.shape[1]))
    assert all(len(x) == 1 or len(y) == 1 for x, y in links)
    rows, cols = np.nonzero(p >= 0.0)
    assert decode_pairs(rows, cols, p[rows, cols], *p.shape, link_threshold=0.4, group_threshold=0.6,
                        adjacent_threshold=at) == (links, only_a, only_b)
