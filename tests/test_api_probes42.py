"""What a demanding notebook user meets at the evaluation API's edges (session 42's probes): a result
built by hand (a subset of another's files), scores of a prediction against another file's gold,
counts and gold records that are no such thing, a result's JSON edited by hand. Each is a
ReadoutsError subclass naming the problem, never a silent wrong number."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest
from pydantic import ValidationError

from readouts.errors import GoldFormatError, InputError, ReadoutsError, RecordError
from readouts.evaluation import Counts, EvaluationResult, Gold, GoldLink, Scores, load_annotated, load_dir, score_pair


def _s(tp, fp, fn):
    return Scores(link=Counts(tp, fp, fn))


def _two():
    return {"2021-01-01-a.json": _s(3, 1, 1), "2021-02-02-b.json": _s(1, 1, 1)}


# -- a result built by hand -------------------------------------------------------------------
def test_a_result_whose_overall_is_not_its_files_sum_is_refused_and_none_sums_them():
    # a subset of another result's files with the whole set's overall headed a table of fewer files
    whole = EvaluationResult(per_file=_two(), overall=_s(4, 2, 2), predictions={})
    with pytest.raises(RecordError, match=r"overall is not the sum of the files' counts \(tp/fp/fn: link 4/2/2, "
                                          r"the files' 3/1/1\); pass overall=None"):
        EvaluationResult(per_file={"2021-01-01-a.json": whole.per_file["2021-01-01-a.json"]}, overall=whole.overall,
                         predictions={})
    sub = EvaluationResult(per_file={"2021-01-01-a.json": whole.per_file["2021-01-01-a.json"]}, overall=None,
                           predictions={})
    assert sub.overall == _s(3, 1, 1) and sub.overall is not whole.per_file["2021-01-01-a.json"]
    assert whole.per_file["2021-01-01-a.json"] == _s(3, 1, 1)  # nothing passed in was changed


@pytest.mark.parametrize("kw, error, match", [
    ({"per_file": {"x.json": "0.6"}}, InputError, r"per_file\['x.json'\] must be a Scores, not str"),
    ({"per_file": [("x.json", Scores())]}, InputError, "per_file must be a dict"),
    ({"overall": {"link": 1}}, InputError, "overall must be Scores"),
    ({"predictions": {"y.json": Gold(links=(), only_a=(0,), only_b=(0,))}}, RecordError,
     r"predictions names file\(s\) with no scores in per_file: 'y.json'"),
    ({"calls": {"y.json": "y"}}, RecordError, r"calls names file\(s\) with no scores in per_file: 'y.json'"),
    ({"calls": {"x.json": 3}}, InputError, r"calls\['x.json'\] must be a str, not int"),
    ({"skipped": {"x.json": GoldFormatError("x.json: broken")}}, RecordError, r"both scored and skipped: 'x.json'"),
    ({"skipped": {"y.json": "broken"}}, InputError, r"skipped\['y.json'\] must be a ReadoutsError or ReadoutsWarning"),
    ({"interval_settings": (1.5, 2000, 0)}, InputError, "interval_settings: level must be a number between 0 and 1"),
    ({"interval_settings": 0.95}, InputError, r"interval_settings must be a tuple \(level, resamples, seed\)"),
])
def test_a_result_built_by_hand_that_contradicts_itself_is_refused(kw, error, match):
    args = {"per_file": {"x.json": Scores()}, "overall": None, "predictions": {}, **kw}
    with pytest.raises(error, match=match):
        EvaluationResult(**args)


# -- counts and gold records ------------------------------------------------------------------
@pytest.mark.parametrize("counts", [(-1, 0, 0), (1.5, 0, 0), (True, 0, 0), ("2", 0, 0)])
def test_counts_are_whole_numbers_of_zero_or_more(counts):
    # Counts(-1, 0, 0) had precision 1.0; Counts(1.5, 0, 0) wrote JSON that from_dict refused
    with pytest.raises(InputError, match=r"a count \(tp\) must be a whole number of 0 or more"):
        Counts(*counts)
    c = Counts(np.int64(2), 0, 1)  # numpy's integers are counts, kept as int
    assert type(c.tp) is int and c.as_dict()["recall"] == 2 / 3


def test_adding_something_else_to_scores_is_a_type_error():
    s = Scores()
    with pytest.raises(TypeError):
        s += 3
    with pytest.raises(TypeError):
        s.link += 3


@pytest.mark.parametrize("link, match", [
    ({"a": (True,), "b": (0,)}, "a point index must be a whole number, not bool"),
    ({"a": ("0",), "b": (0,)}, "a point index must be a whole number, not str"),
    ({"a": (0.0,), "b": (0,)}, "a point index must be a whole number, not float"),
    ({"a": (-1,), "b": (0,)}, "greater than or equal to 0"),
    ({"a": (), "b": (0,)}, "at least 1 item"),
])
def test_a_gold_link_takes_point_indices_only(link, match):
    # GoldLink(a=(True,)) was the link of point 1, and a=("0",) of point 0
    with pytest.raises(ValidationError, match=match):
        GoldLink(label="equivalent", **link)
    assert GoldLink(a=(np.int64(1),), b=[0], label="equivalent").a == (1,)


@pytest.mark.parametrize("links, only_a, match", [
    ([((0,), (0,))], (0,), r"on side a, point\(s\) \[0\] appear more than once"),
    ([((0,), (0,))], (2,), r"on side a, point\(s\) \[1\] appear nowhere"),
])
def test_a_gold_record_holds_each_point_once(links, only_a, match):
    with pytest.raises(ValidationError, match=match):
        Gold(links=tuple(GoldLink(a=a, b=b, label="equivalent") for a, b in links), only_a=only_a, only_b=())


def test_score_pair_refuses_a_prediction_of_another_pair():
    # another file's prediction (3 points against 5) was scored as if it were this file's
    pred = Gold(links=(GoldLink(a=(0,), b=(0,), label="equivalent"),), only_a=(1, 2), only_b=())
    gold = Gold(links=(GoldLink(a=(0,), b=(0,), label="equivalent"),), only_a=(1, 2, 3, 4), only_b=(1,))
    with pytest.raises(InputError, match=r"the prediction covers 3 points of side a and the gold 5 points: they are "
                                         r"not of the same pair"):
        score_pair(pred, gold)
    swapped = Gold(links=(GoldLink(a=(0,), b=(0,), label="equivalent"),), only_a=(1,), only_b=(1, 2, 3, 4))
    with pytest.raises(InputError, match="covers 2 points of side a and the gold 5 points"):
        score_pair(swapped, gold)
    with pytest.raises(InputError, match=r"pred must be a Gold record, not dict"):
        score_pair({"links": []}, gold)
    assert score_pair(gold, gold).link == Counts(1, 0, 0)


def test_score_pair_names_gold_from_comparison_for_a_comparison(hash_embedder):
    from readouts import compare
    from readouts.records import Readout

    c = compare(Readout.from_points(["Blinken spoke with Lavrov."], side="US"),
                Readout.from_points(["Lavrov spoke with Blinken."], side="RU"), embedder=hash_embedder)
    with pytest.raises(InputError, match=r"not Comparison \(Gold.from_comparison\(c\) makes one"):
        score_pair(c, Gold.from_comparison(c))


# -- switches ---------------------------------------------------------------------------------
def test_require_gold_is_a_switch():
    from conftest import CORPUS

    path = sorted(CORPUS.glob("*.json"))[0]
    for call in (lambda: load_annotated(path, require_gold="no"), lambda: load_dir(CORPUS, require_gold="no")):
        with pytest.raises(InputError, match=r"require_gold must be True or False, not str \('no'\)"):
            call()
    assert load_annotated(path, require_gold=np.bool_(False)).id


# -- a result's JSON edited by hand -----------------------------------------------------------
def _data():
    return EvaluationResult(per_file=_two(), overall=None, predictions={}).to_dict()


@pytest.mark.parametrize("edit, match", [
    (lambda d: d.update(files=[]), r"'files' must be an object \{file name: ...\}, not list"),
    (lambda d: d["files"].update({"c.json": "scores"}), "file 'c.json' must be an object"),
    (lambda d: d.update(skipped={"x.json": "broken"}), "skipped file 'x.json' must be an object of 'error'"),
    (lambda d: d.update(skipped=["x.json"]), "'skipped' must be an object"),
    (lambda d: d["files"]["2021-01-01-a.json"].update(signature={"version": "1"}),
     "file '2021-01-01-a.json': signature: embedder: Field required"),
    (lambda d: d["files"]["2021-01-01-a.json"]["scores"].pop("asym"),
     "file '2021-01-01-a.json': scores lack 'asym' with its counts"),
    (lambda d: d["files"]["2021-01-01-a.json"].update(call=""), "file '2021-01-01-a.json': 'call' must be a string"),
    (lambda d: d.update(skipped={"2021-01-01-a.json": {"error": "GoldFormatError", "message": "m"}}),
     r"both scored and skipped: '2021-01-01-a.json'"),
])
def test_a_hand_edited_result_is_a_record_error_saying_what_is_wrong(edit, match):
    data = _data()
    edit(data)
    before = copy.deepcopy(data)
    with pytest.raises(RecordError, match=match):
        EvaluationResult.from_dict(data)
    assert data == before  # nothing passed in was changed


def test_scores_from_dict_is_a_record_error():
    with pytest.raises(RecordError, match=r"link's tp, fp and fn must be whole numbers of 0 or more, got \[True"):
        Scores.from_dict({m: {"tp": True if m == "link" else 0, "fp": 0, "fn": 0} for m in ("link", "asym", "only")})
    with pytest.raises(RecordError, match="scores must be an object of link, asym and only, not list"):
        Scores.from_dict([])
    assert issubclass(RecordError, ReadoutsError)


def test_a_round_trip_of_a_subset_needs_no_overall_and_mutates_nothing():
    r = EvaluationResult(per_file=_two(), overall=None, predictions={})
    data = json.loads(r.to_json())
    del data["files"]["2021-02-02-b.json"], data["overall"]
    before = copy.deepcopy(data)
    sub = EvaluationResult.from_dict(data)
    assert sub.overall == _s(3, 1, 1) and data == before and r.overall == _s(4, 2, 2)


# -- writing a prediction ---------------------------------------------------------------------
def test_a_prediction_of_another_pair_is_not_written(tmp_path):
    # it wrote a pair file whose gold block no reader takes (1 point of side a for a side of 7)
    from conftest import CORPUS

    from readouts.evaluation import prediction_dict, write_prediction

    item = load_annotated(CORPUS / "2017-05-02-us-ru-trump-putin.json")
    small = Gold(links=(GoldLink(a=(0,), b=(0,), label="equivalent"),), only_a=(), only_b=())
    with pytest.raises(InputError, match=r"2017-05-02-us-ru-trump-putin.json: the prediction covers 1 point of side "
                                         r"a, and the pair's side a has 7 points: it is another pair's prediction"):
        write_prediction(tmp_path, item, small)
    assert list(tmp_path.iterdir()) == []  # nothing written
    with pytest.raises(InputError, match="pred must be a Gold record, not dict"):
        prediction_dict(item, {"links": []})
    with pytest.raises(InputError, match=r"item must be an Annotated pair \(load_annotated\(path\) reads one\), not str"):
        write_prediction(tmp_path, "x.json", small)
    assert load_annotated(write_prediction(tmp_path, item, item.gold)).gold == item.gold


def test_gold_from_comparison_and_call_key_name_a_wrong_argument():
    from readouts.evaluation import call_key

    with pytest.raises(InputError, match="Gold.from_comparison takes a Comparison, not dict"):
        Gold.from_comparison({})
    with pytest.raises(InputError, match="a call id must be a str, not int"):
        call_key(3)
    assert call_key("2021-01-01-x-ru") == "2021-01-01-x"


@pytest.mark.parametrize("given, hint", [({}, r"dict \(EvaluationResult.from_dict\(d\) reads a result's dict\)"),
                                         ("scores.json", r"str \(EvaluationResult.from_file\(path\) reads a saved one\)"),
                                         (None, r"NoneType$")])
def test_evaluation_summary_names_what_is_no_result(given, hint):
    from readouts.rendering import evaluation_summary

    with pytest.raises(InputError, match=r"result must be an EvaluationResult \(what evaluate returns\), not " + hint):
        evaluation_summary(given, "md")


def test_pair_counts_is_score_pair_unchecked():
    # training's grids score their own decoded links with pair_counts (no checks, records made by
    # model_construct); the figures are score_pair's
    from readouts.evaluation import pair_counts

    pred = Gold(links=(GoldLink(a=(0, 1), b=(0,), label="asymmetric"),), only_a=(2,), only_b=(1,))
    gold = Gold(links=(GoldLink(a=(0,), b=(0,), label="asymmetric"), GoldLink(a=(1,), b=(1,), label="equivalent")),
                only_a=(2,), only_b=())
    fast = Gold.model_construct(links=(GoldLink.model_construct(a=[0, 1], b=[0], label="asymmetric"),),
                                only_a=(2,), only_b=(1,))
    assert pair_counts(fast, gold) == pair_counts(pred, gold) == score_pair(pred, gold)
    assert score_pair(pred, gold).link == Counts(1, 1, 1)
