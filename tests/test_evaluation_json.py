"""Scores' counts and undefined ratios, and an evaluation result as JSON (to_dict / from_json)."""

import json
import shutil

import pytest
from conftest import CORPUS, HashEmbedder

from readouts.errors import InputError, ReadoutFileError, RecordError
from readouts.evaluation import Counts, EvaluationResult, Gold, GoldLink, Scores, evaluate


def _scores(link=(0, 0, 0), asym=(0, 0, 0), only=(0, 0, 0)):
    return Scores(link=Counts(*link), asym=Counts(*asym), only=Counts(*only))


def _result(files):
    overall = Scores()
    for s in files.values():
        overall += s
    return EvaluationResult(per_file=dict(files), overall=overall, predictions={})


# -- Scores.as_dict: the counts ---------------------------------------------------------------
def test_scores_as_dict_gives_the_counts_and_keeps_its_numbers():
    d = _scores(link=(2, 1, 1), asym=(0, 2, 0)).as_dict()
    assert d["link"] == {"precision": 2 / 3, "recall": 2 / 3, "f1": pytest.approx(2 / 3), "tp": 2, "fp": 1, "fn": 1}
    # the ratios stay numbers, as callers that format or add them expect (benchmarks/*.py)
    assert d["asym"]["recall"] == 1.0 and d["only"]["f1"] == 1.0
    assert (d["asym"]["tp"], d["asym"]["fp"], d["asym"]["fn"]) == (0, 2, 0)
    assert all(isinstance(d[m][k], int) for m in d for k in ("tp", "fp", "fn"))
