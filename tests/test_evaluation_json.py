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


# -- undefined ratios -------------------------------------------------------------------------
def test_a_ratio_whose_denominator_is_zero_is_undefined():
    # no gold asymmetric link, two predicted: precision 0 (both wrong), recall undefined, F1 0
    assert Counts(0, 2, 0).as_dict() == {"precision": 0.0, "recall": None, "f1": 0.0, "tp": 0, "fp": 2, "fn": 0}
    # nothing predicted, three in the gold: precision undefined, recall 0, F1 0
    assert Counts(0, 0, 3).as_dict() == {"precision": None, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 3}
    # nothing on either side: all three undefined (the properties said 1.0)
    assert Counts().as_dict() == {"precision": None, "recall": None, "f1": None, "tp": 0, "fp": 0, "fn": 0}
    assert (Counts().precision, Counts().recall, Counts().f1) == (1.0, 1.0, 1.0)  # kept for the micro-average
    assert Counts(3, 1, 1).as_dict()["f1"] == Counts(3, 1, 1).f1


def test_the_table_shows_an_undefined_ratio_as_a_dash_and_keeps_the_micro_average():
    r = _result({"2021-01-01-a.json": _scores(link=(3, 1, 1), asym=(0, 2, 0), only=(2, 0, 0)),
                 "2021-02-02-b.json": _scores(link=(1, 1, 1), asym=(1, 0, 1), only=(0, 0, 2))})
    lines = r.table().splitlines()
    a, b, micro = lines[2], lines[3], lines[5]
    # file a: asym P 0.000, R —, F1 0.000 (it showed R 1.000); file b: only P —, R 0.000, F1 0.000
    assert a.split()[1:] == ["0.750", "0.750", "0.750", "0.000", "—", "0.000", "1.000", "1.000", "1.000"]
    assert b.split()[1:] == ["0.500", "0.500", "0.500", "1.000", "0.500", "0.667", "—", "0.000", "0.000"]
    assert micro.split()[1:] == ["0.667", "0.667", "0.667", "0.333", "0.500", "0.400", "1.000", "0.500", "0.667"]
    assert len({len(line) for line in lines[:6]}) == 1  # the columns still line up
