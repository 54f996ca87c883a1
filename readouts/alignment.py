"""Turn a matrix of link probabilities into links: non-monotonic, one-to-many, one-sided.

Readouts are not translations: the sides order topics differently, one sentence on one side
may cover two on the other, and many points have no counterpart. The decoder therefore

1. pairs points one-to-one among the pairs at or above ``link_threshold``, choosing the likeliest
   set of links: the one that maximises the pairs' summed log-odds (Hungarian assignment, so
   order plays no part; summed probabilities would give up a sure link for two doubtful ones
   that cross it);
2. attaches each remaining point to an existing link when its attachment score with that link's
   single point on the other side reaches ``group_threshold``, or the lower ``adjacent_threshold``
   where the point stands next to (index +/- 1) a point already in the link on its own side (the
   only use of order, and only within one side's readout):
   a readout often reports one exchange in two or three consecutive sentences, and of the gold
   one-to-many links' multi-point sides 72% are such a run. A link grows on one side only
   (1 x k or k x 1), never into a many-to-many block. Attachments are made best score first,
   among the candidates eligible at that moment (one that becomes adjacent when its neighbour
   joins is reconsidered then). The score is the pair's link probability, or, given
   ``group_score``, a second model's (:func:`readouts.scoring.attach_features`), which knows
   which links step 1 made;
3. leaves everything else one-sided.

Pure functions over numpy arrays; indices are plain ints.

>>> import numpy as np
>>> p = np.array([[0.9, 0.1, 0.6], [0.1, 0.2, 0.1]])
>>> decode(p, link_threshold=0.5, group_threshold=0.5)
([((0,), (0, 2))], [1], [1])
>>> q = np.array([[0.9, 0.3, 0.1, 0.3], [0.1, 0.2, 0.1, 0.1]])   # b1 sits next to b0; b3 does not
>>> decode(q, link_threshold=0.5, group_threshold=0.5, adjacent_threshold=0.25)
([((0,), (0, 1))], [1], [2, 3])
"""

from __future__ import annotations

import heapq
from collections.abc import Callable

import numpy as np

__all__ = ["decode", "decode_pairs", "assign_one_to_one"]

Links = list[tuple[tuple[int, ...], tuple[int, ...]]]


def assign_one_to_one(p: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Pairs (i, j) of a one-to-one assignment with ``p[i, j] >= threshold`` that maximises the
    summed scores ``p`` of its pairs (any scores, e.g. the naive baseline's cosines)."""
    rows, cols = np.nonzero(p >= threshold)
    return _assign(rows, cols, p[rows, cols], threshold, log_odds=False)


def _assign(rows: np.ndarray, cols: np.ndarray, prob: np.ndarray, threshold: float, *,
            log_odds: bool = True) -> list[tuple[int, int]]:
    """One-to-one assignment over sparse pairs at or above ``threshold``, solved per connected
    component (pairs below the threshold can never be kept, so they must not steal an
    assignment either; components make this cheap for long readouts).

    For link probabilities (``log_odds``) it maximises the summed log-odds of the chosen pairs
    over the threshold's: the likeliest set of links if each pair is a link with its probability.
    Summed probabilities would give up a sure pair (0.95) for two doubtful ones that cross it
    (0.5 + 0.5). Otherwise it maximises the summed scores themselves.

    >>> pairs = np.array([0, 0, 1]), np.array([0, 1, 0]), np.array([0.95, 0.5, 0.5])
    >>> _assign(*pairs, 0.25), _assign(*pairs, 0.25, log_odds=False)
    ([(0, 0)], [(0, 1), (1, 0)])
    """
    keep = prob >= threshold
    rows, cols, prob = rows[keep], cols[keep], prob[keep]
    if not len(rows):
        return []
    from scipy.optimize import linear_sum_assignment  # lazy: scipy costs import time
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    ua, ra = np.unique(rows, return_inverse=True)
    ub, rb = np.unique(cols, return_inverse=True)
    graph = coo_matrix((np.ones(len(rows)), (ra, len(ua) + rb)), shape=(len(ua) + len(ub),) * 2)
    _, label = connected_components(graph, directed=False)
    comp = label[ra]
    out: list[tuple[int, int]] = []
    for c in np.unique(comp):
        sel = comp == c
        ia, ib = np.unique(ra[sel], return_inverse=True)
        ja, jb = np.unique(rb[sel], return_inverse=True)
        block = np.zeros((len(ia), len(ja)))  # 0: no candidate pair
        if log_odds:  # each candidate above 0, so that it beats "no pair"
            block[ib, jb] = _log_odds(prob[sel]) - _log_odds(np.float64(threshold)) + _TINY
        else:
            block[ib, jb] = prob[sel]
        r, q = linear_sum_assignment(-block)
        chosen = block > 0 if log_odds else block >= threshold
        out += [(int(ua[ia[x]]), int(ub[ja[y]])) for x, y in zip(r, q) if chosen[x, y]]
    return sorted(out)


#: what lifts a pair at the threshold itself above "no candidate" in :func:`_assign`
_TINY = 1e-9


def _log_odds(p: np.ndarray) -> np.ndarray:
    """log(p / (1 - p)), with p held inside (1e-12, 1 - 1e-12) so that 0 and 1 stay finite."""
    q = np.clip(p, 1e-12, 1 - 1e-12)
    return np.log(q) - np.log1p(-q)


def decode(p: np.ndarray, *, link_threshold: float, group_threshold: float,
           adjacent_threshold: float | None = None) -> tuple[Links, list[int], list[int]]:
    """Links ``[(a_indices, b_indices), ...]`` sorted by their first a index, then the one-sided
    indices of side a and side b (see the module docstring), from a dense probability matrix."""
    p = np.asarray(p, dtype=np.float64)
    low = min(link_threshold, group_threshold, group_threshold if adjacent_threshold is None else adjacent_threshold)
    rows, cols = np.nonzero(p >= low)
    return decode_pairs(rows, cols, p[rows, cols], p.shape[0], p.shape[1], link_threshold=link_threshold,
                        group_threshold=group_threshold, adjacent_threshold=adjacent_threshold)


def decode_pairs(rows: np.ndarray, cols: np.ndarray, prob: np.ndarray, n: int, m: int, *,
                 link_threshold: float, group_threshold: float,
                 group_score: Callable[[list[tuple[int, int]]], np.ndarray] | None = None,
                 adjacent_threshold: float | None = None,
                 ) -> tuple[Links, list[int], list[int]]:
    """:func:`decode` over sparse candidate pairs ``(rows[k], cols[k])`` with probabilities ``prob[k]``
    (pairs not listed have probability 0).

    ``group_score(core)``, given the one-to-one pairs of step 1, returns each candidate pair's
    attachment score (aligned with ``rows``); without it the link probability is the score.
    ``adjacent_threshold`` (None: ``group_threshold`` for every point) is the score at which a
    point next to one of the link's points on its own side joins.
    """
    rows = np.asarray(rows, dtype=np.int64)
    cols = np.asarray(cols, dtype=np.int64)
    prob = np.asarray(prob, dtype=np.float64)
    groups: list[tuple[list[int], list[int]]] = []
    link_of_a: dict[int, int] = {}
    link_of_b: dict[int, int] = {}
    core = _assign(rows, cols, prob, link_threshold)
    for i, j in core:
        link_of_a[i] = link_of_b[j] = len(groups)
        groups.append(([i], [j]))
    score = prob if group_score is None else np.asarray(group_score(core), dtype=np.float64)
    near = group_threshold if adjacent_threshold is None else min(float(adjacent_threshold), group_threshold)
    # Candidate attachments, best first; ties broken by indices so the result is deterministic.
    sel = np.flatnonzero(score >= near)
    heap = [(-float(score[k]), int(rows[k]), int(cols[k])) for k in sel
            if (int(rows[k]) in link_of_a) != (int(cols[k]) in link_of_b)]
    heapq.heapify(heap)
    # Candidates that reach only the adjacent threshold wait here, under (side, point), until a
    # neighbour of the point joins the link they would join.
    waiting: dict[tuple[int, int], list[tuple[float, int, int]]] = {}
    while heap:
        cand = heapq.heappop(heap)
        s, i, j = -cand[0], cand[1], cand[2]
        if i in link_of_a and j not in link_of_b:
            k, side, point = link_of_a[i], 1, j  # b-point j joins the link of a-point i
        elif j in link_of_b and i not in link_of_a:
            k, side, point = link_of_b[j], 0, i
        else:
            continue  # both ends taken meanwhile
        grown, other = groups[k][side], groups[k][1 - side]
        if len(other) != 1:  # grow only a 1 x k link
            continue
        if s < group_threshold and point - 1 not in grown and point + 1 not in grown:
            waiting.setdefault((side, point), []).append(cand)
            continue
        grown.append(point)
        (link_of_b if side else link_of_a)[point] = k
        for nb in (point - 1, point + 1):
            for w in waiting.pop((side, nb), ()):
                heapq.heappush(heap, w)
    links = sorted((tuple(sorted(a)), tuple(sorted(b))) for a, b in groups)
    only_a = [i for i in range(n) if i not in link_of_a]
    only_b = [j for j in range(m) if j not in link_of_b]
    return links, only_a, only_b
