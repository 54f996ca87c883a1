"""Turn a matrix of link probabilities into links: non-monotonic, one-to-many, one-sided.

Readouts are not translations: the sides order topics differently, one sentence on one side
may cover two on the other, and many points have no counterpart. The decoder therefore

1. pairs points one-to-one where that maximises total probability (Hungarian assignment,
   so order plays no part) and keeps only pairs at or above ``link_threshold``;
2. attaches each remaining point to an existing link when its probability with that link's
   single point on the other side reaches ``group_threshold``; a link grows on one side only
   (1 x k or k x 1), never into a many-to-many block;
3. leaves everything else one-sided.

Pure functions over numpy arrays; indices are plain ints.

>>> import numpy as np
>>> p = np.array([[0.9, 0.1, 0.6], [0.1, 0.2, 0.1]])
>>> decode(p, link_threshold=0.5, group_threshold=0.5)
([((0,), (0, 2))], [1], [1])
"""

from __future__ import annotations

import numpy as np

__all__ = ["decode", "assign_one_to_one"]

Links = list[tuple[tuple[int, ...], tuple[int, ...]]]


def assign_one_to_one(p: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Pairs (i, j) of a maximum-probability one-to-one assignment with ``p[i, j] >= threshold``."""
    if p.size == 0:
        return []
    from scipy.optimize import linear_sum_assignment  # lazy: scipy costs import time

    # Pairs under the threshold can never be kept, so they must not steal an assignment either.
    masked = np.where(p >= threshold, p, 0.0)
    rows, cols = linear_sum_assignment(-masked)
    return sorted((int(i), int(j)) for i, j in zip(rows, cols) if p[i, j] >= threshold)


def decode(p: np.ndarray, *, link_threshold: float, group_threshold: float) -> tuple[Links, list[int], list[int]]:
    """Links ``[(a_indices, b_indices), ...]`` sorted by their first a index, then the one-sided
    indices of side a and side b (see the module docstring)."""
    p = np.asarray(p, dtype=np.float64)
    n, m = p.shape
    groups: list[tuple[list[int], list[int]]] = []
    link_of_a: dict[int, int] = {}
    link_of_b: dict[int, int] = {}
    for i, j in assign_one_to_one(p, link_threshold):
        link_of_a[i] = link_of_b[j] = len(groups)
        groups.append(([i], [j]))
    # Candidate attachments, best first; ties broken by indices so the result is deterministic.
    cands = [(p[i, j], i, j) for i, j in zip(*np.nonzero(p >= group_threshold))
             if (i in link_of_a) != (j in link_of_b)]
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    for _, i, j in cands:
        i, j = int(i), int(j)
        if i in link_of_a and j not in link_of_b:
            k = link_of_a[i]
            if len(groups[k][0]) == 1:  # grow only a 1 x k link
                groups[k][1].append(j)
                link_of_b[j] = k
        elif j in link_of_b and i not in link_of_a:
            k = link_of_b[j]
            if len(groups[k][1]) == 1:
                groups[k][0].append(i)
                link_of_a[i] = k
    links = sorted((tuple(sorted(a)), tuple(sorted(b))) for a, b in groups)
    only_a = [i for i in range(n) if i not in link_of_a]
    only_b = [j for j in range(m) if j not in link_of_b]
    return links, only_a, only_b
