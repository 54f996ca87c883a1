"""Session 42's second round of evaluation-API probes: a subset of a result's files, the interval's
draws capped, --cv signatures with their runtime, a result's file names checked, ``evaluate``'s
command-line flags given bad values. Each is a ReadoutsError subclass naming the problem, or the
documented behaviour, never a silent wrong number."""

from __future__ import annotations

import numpy as np
import pytest

from readouts.errors import InputError, RecordError
from readouts.evaluation import MAX_RESAMPLES, Counts, EvaluationResult, Scores


def _forty() -> EvaluationResult:
    rng = np.random.default_rng(7)
    per_file = {}
    for k in range(40):
        c = [Counts(*map(int, rng.integers(0, 9, 3))) for _ in range(3)]
        if k % 5:
            c[1] = Counts(0, 0, 0)
        per_file[f"2020-01-{k:02d}-call.json"] = Scores(*c)
    return EvaluationResult(per_file=per_file, overall=None, predictions={})


# -- the interval's draws ---------------------------------------------------------------------
def test_interval_bounds_are_those_of_the_draws_made_all_at_once():
    # the picks are now drawn a block at a time; the published intervals must not move: these are
    # the bounds main gave (cd86046) when it drew every pick in one call
    r = _forty()
    assert r.interval() == {"link": (0.4531, 0.5354), "asym": (0.5194, 0.7643), "only": (0.4986, 0.5792)}
    # across blocks (25,001 draws: three blocks, the last of one draw), with draws left out of asym
    assert r._bootstrap(0.95, 25_001, 3) == (
        {"link": (0.4444, 0.5434), "asym": (0.4737, 0.7843), "only": (0.4906, 0.5852)},
        {"link": 0, "asym": 6, "only": 0})


def test_interval_refuses_more_draws_than_the_cap_before_any_work():
    r = _forty()
    assert MAX_RESAMPLES == 1_000_000
    for call in (lambda: r.interval(resamples=10**8), lambda: r.to_dict(resamples=MAX_RESAMPLES + 1),
                 lambda: r.to_json(resamples=np.int64(10**9))):
        with pytest.raises(InputError, match=r"resamples must be at most 1,000,000 \(got [\d,]+\): each draw keeps"):
            call()
    with pytest.raises(InputError, match=r"interval_settings: resamples must be at most 1,000,000"):
        EvaluationResult(per_file={}, overall=None, predictions={}, interval_settings=(0.9, 2 * 10**6, 0))
    data = r.to_dict()
    data["interval"]["resamples"] = 10**8  # a stored interval edited by hand
    with pytest.raises(RecordError, match=r"the interval's resamples must be a whole number from 1 to 1,000,000, "
                                          r"got 100000000"):
        EvaluationResult.from_dict(data)
