"""Scores' counts and undefined ratios, and an evaluation result as JSON (to_dict / from_json)."""

import json
import shutil

import pytest
from conftest import CORPUS, HashEmbedder

from readouts.errors import GoldFormatError, InputError, ReadoutFileError, RecordError
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


# -- to_dict / to_json / from_json ------------------------------------------------------------
def _pairs_dir(tmp_path, n=3):
    d = tmp_path / "pairs"
    d.mkdir()
    for f in sorted(CORPUS.glob("*.json"))[:n]:
        shutil.copy(f, d / f.name)
    return d


def test_an_evaluation_result_round_trips_through_json(tmp_path):
    d = _pairs_dir(tmp_path)
    (d / "zz-broken.json").write_text("{", encoding="utf-8")
    r = evaluate(d, embedder=HashEmbedder(), on_error="skip")
    data = json.loads(r.to_json())
    assert data["format"] == "readouts-evaluation/1"
    assert set(data["files"]) == set(r.per_file) and "zz-broken.json" not in data["files"]
    name = next(iter(r.per_file))
    f = data["files"][name]
    assert f["scores"]["link"] == r.per_file[name].link.as_dict()
    assert f["call"] == r.calls[name]
    # the signature of the comparison that scored it: backend, thresholds, parameter hash
    assert f["signature"]["embedder"] == "hash-bow-test" and f["signature"]["params_hash"]
    assert set(f["signature"]["parameters"]) >= {"link_threshold", "label_threshold"}
    assert f["prediction"]["only_a"] == list(r.predictions[name].only_a)
    assert data["overall"]["asym"] == r.overall.asym.as_dict()
    ci = r.interval()
    assert data["interval"] == {"level": 0.9, "resamples": 2000, "seed": 0, **{m: list(v) for m, v in ci.items()},
                                "left_out": r._bootstrap(0.9, 2000, 0)[1]}
    assert data["skipped"]["zz-broken.json"]["error"] == "ReadoutFileError"
    assert "malformed JSON" in data["skipped"]["zz-broken.json"]["message"]

    back = EvaluationResult.from_json(r.to_json())
    assert back.table() == r.table() and back.interval() == r.interval()
    assert back.per_file == r.per_file and back.overall == r.overall and back.calls == r.calls
    assert back.signatures == r.signatures and back.predictions == r.predictions
    assert type(back.skipped["zz-broken.json"]) is ReadoutFileError
    assert str(back.skipped["zz-broken.json"]) == str(r.skipped["zz-broken.json"])
    assert EvaluationResult.from_dict(r.to_dict()).to_dict() == r.to_dict()
    assert EvaluationResult.from_json(r.to_json().encode("utf-8")).per_file == r.per_file


def test_an_undefined_ratio_is_null_in_the_json_and_no_interval_for_one_call():
    r = _result({"2021-01-01-a.json": _scores(link=(1, 0, 0), asym=(0, 1, 0))})
    data = json.loads(r.to_json())
    assert data["files"]["2021-01-01-a.json"]["scores"]["asym"]["recall"] is None
    assert data["files"]["2021-01-01-a.json"]["scores"]["only"] == {
        "precision": None, "recall": None, "f1": None, "tp": 0, "fp": 0, "fn": 0}
    assert data["interval"] is None and data["skipped"] == {}
    assert data["files"]["2021-01-01-a.json"]["signature"] is None  # a result built by hand has none
    assert EvaluationResult.from_json(r.to_json()).per_file == r.per_file


@pytest.mark.parametrize("text, match", [
    ("{", "malformed at line 1"),
    ("[]", "must be a JSON object, not list"),
    ('{"format": "x"}', "'format' is 'x'"),
    ('{"a": {}, "b": {}, "signature": {}, "links": []}', r"a saved comparison \(Comparison.from_json"),
    ('{"a": {}, "b": {}, "gold": {}}', "an annotated pair file"),
    ('{"format": "readouts-evaluation/1", "overall": {}}', "lacks 'files'"),
    ('{"format": "readouts-evaluation/1", "files": {"x.json": {"call": "x", "scores": ' + json.dumps(
        Scores(link=Counts(1, 0, 0)).to_dict()) + '}}, "overall": ' + json.dumps(Scores(link=Counts(2, 0, 0)).to_dict())
     + "}", r"'overall' is not the sum of the files' counts \(tp/fp/fn: link 2/0/0, the files' 1/0/0\)"),
    ('{"format": "readouts-evaluation/1", "files": {"x.json": {"call": "x", "scores": {"link": {"tp": -1, "fp": 0, '
     '"fn": 0}}}}, "overall": {}}', "whole numbers of 0 or more"),
    ('{"format": "readouts-evaluation/1", "files": {"x.json": {"call": ["x"], "scores": {}}}, "overall": {}}',
     "'call' must be a string"),
])
def test_from_json_refuses_what_is_no_evaluation_result(text, match):
    with pytest.raises(RecordError, match=match):
        EvaluationResult.from_json(text)


def test_from_json_takes_text_not_a_path_or_dict(tmp_path):
    with pytest.raises(InputError, match="from_dict"):
        EvaluationResult.from_json({})
    with pytest.raises(InputError, match="from_file"):
        EvaluationResult.from_json(tmp_path)
    with pytest.raises(InputError, match=r"an evaluation result must be a str \(or UTF-8 bytes\) of JSON, not int"):
        EvaluationResult.from_json(5)
    with pytest.raises(RecordError, match=r"an evaluation result: not UTF-8 text \(byte 0\)"):
        EvaluationResult.from_json(b"\xff{}")


def test_cross_validation_records_each_folds_parameters(tmp_path):
    from readouts.evaluation import load_dir
    from readouts.training import cross_validate_auto

    r = cross_validate_auto(load_dir(_pairs_dir(tmp_path)), HashEmbedder())
    assert set(r.signatures) == set(r.per_file)
    sig = next(iter(r.signatures.values()))
    assert sig.method == "cv" and sig.params_hash and "link_threshold" in sig.parameters
    assert "fitted on the 2 other files" in sig.backend_choice
    assert EvaluationResult.from_json(r.to_json()).signatures == r.signatures
    # the weights that encoded each file, as a plain evaluate's signature names them (it was "-")
    (tmp_path / "again").mkdir()
    plain = evaluate(_pairs_dir(tmp_path / "again"), embedder=HashEmbedder())
    assert {s.weights_hash for s in r.signatures.values()} == {s.weights_hash for s in plain.signatures.values()}
    assert sig.weights_hash.startswith("name:")  # HashEmbedder has none of its own: its name's, as compare says
    # and the versions that computed the vectors, as compare's signature records them (it was None)
    assert sig.runtime is not None and sig.runtime == next(iter(plain.signatures.values())).runtime


def test_cross_validation_signatures_carry_each_backends_weights_hash(tmp_path, monkeypatch):
    # embedder=None: each file's backend by language, as compare picks it; each signature holds its weights hash
    from readouts import embedding
    from readouts.evaluation import load_dir
    from readouts.training import cross_validate_auto

    class Weighted(HashEmbedder):
        def __init__(self, name, digest):
            super().__init__()
            self.name, self.weights_hash = name, digest

    backends = {None: Weighted("minilm-test", "a" * 64)}
    monkeypatch.setattr(embedding, "resolve_embedder", lambda e=None: backends.get(e) or Weighted("multi", "b" * 64))
    d = _pairs_dir(tmp_path)
    for name in ("2020-07-23-us-ru-trump-putin.json", "2020-07-23-us-ru-trump-putin-ru.json"):
        shutil.copy(CORPUS / name, d / name)
    r = cross_validate_auto(load_dir(d))
    sigs = {name: (s.embedder, s.weights_hash) for name, s in r.signatures.items()}
    assert sigs.pop("2020-07-23-us-ru-trump-putin-ru.json") == ("multi", "b" * 64)  # the cross-lingual file's backend
    assert set(sigs.values()) == {("minilm-test", "a" * 64)} and len(sigs) == 4
    from readouts.comparison import runtime_versions

    assert all(s.runtime == runtime_versions() for s in r.signatures.values())  # HashEmbedder names no packages


def _four_calls():
    return _result({"2021-01-01-a.json": _scores(link=(3, 1, 1), asym=(1, 1, 0), only=(2, 1, 0)),
                    "2021-02-02-b.json": _scores(link=(1, 1, 1), asym=(0, 0, 1), only=(0, 0, 2)),
                    "2021-03-03-c.json": _scores(link=(5, 0, 2), asym=(2, 1, 1), only=(1, 2, 1)),
                    "2021-04-04-d.json": _scores(link=(2, 2, 0), asym=(0, 1, 0), only=(4, 0, 1))})


def test_a_round_trip_keeps_the_stored_intervals_level_resamples_and_seed():
    r = _four_calls()
    text = json.dumps(r.to_dict(level=0.95, resamples=500, seed=3))
    back = EvaluationResult.from_json(text)
    assert back.interval_settings == (0.95, 500, 3) and r.interval_settings == (0.9, 2000, 0)
    # the read-back result gives the stored interval, at its level, wherever no level is asked for
    assert json.loads(back.to_json())["interval"] == json.loads(text)["interval"]
    assert back.to_dict() == json.loads(text) and back.to_json() == json.dumps(json.loads(text), indent=2)
    assert back.interval() == r.interval(0.95, resamples=500, seed=3) != r.interval()
    assert back.interval(0.9, resamples=2000, seed=0) == r.interval()  # another level on request
    assert back.table() == r.table()  # the table's line is the 90% one, as it says
    # equal by content: the interval follows from the counts, whatever level it is shown at
    assert back == r
    # a subset of the files, 'overall' dropped: its own interval at the stored level, not the stale bounds
    data = json.loads(text)
    del data["files"]["2021-04-04-d.json"], data["overall"]
    sub = EvaluationResult.from_dict(data)
    three = _result({n: s for n, s in r.per_file.items() if n != "2021-04-04-d.json"})
    assert sub.interval() == three.interval(0.95, resamples=500, seed=3)
    assert sub.to_dict()["interval"]["level"] == 0.95
    # no interval stored (under two calls, or left out): the defaults
    data = r.to_dict()
    del data["interval"]
    assert EvaluationResult.from_dict(data).interval_settings == (0.9, 2000, 0)
    # to_json takes the interval's settings as to_dict does
    assert json.loads(r.to_json(level=0.95, resamples=500, seed=3)) == json.loads(text)


@pytest.mark.parametrize("interval, match", [
    ([0.9], "'interval' must be an object"),
    ({"level": 1.5, "resamples": 2000, "seed": 0}, r"the interval's level must be a number between 0 and 1 \(e.g. 0.9\), got 1.5"),
    ({"level": "0.9", "resamples": 2000, "seed": 0}, r"level must be a number between 0 and 1 \(e.g. 0.9\), got '0.9'"),
    ({"level": 0.9, "resamples": 0, "seed": 0}, "resamples must be a positive whole number, got 0"),
    ({"level": 0.9, "resamples": True, "seed": 0}, "resamples must be a positive whole number, got True"),
    ({"level": 0.9, "resamples": 2000, "seed": -1}, "seed must be a whole number of 0 or more, got -1"),
    ({"resamples": 2000, "seed": 0}, "lacks 'level'"),
])
def test_from_dict_refuses_an_interval_it_cannot_keep(interval, match):
    data = _four_calls().to_dict()
    data["interval"] = interval
    with pytest.raises(RecordError, match=match):
        EvaluationResult.from_dict(data)


def test_interval_settings_none_means_the_results_own():
    r = _four_calls()
    assert r.interval(None, resamples=None, seed=None) == r.interval(0.9, resamples=2000, seed=0)
    assert r.to_dict(level=None) == r.to_dict()


def test_gold_prediction_round_trip_keeps_labels():
    g = Gold(links=(GoldLink(a=(0, 1), b=(2,), label="asymmetric"),), only_a=(), only_b=(0, 1))
    r = EvaluationResult(per_file={"x.json": Scores()}, overall=Scores(), predictions={"x.json": g})
    assert EvaluationResult.from_dict(r.to_dict()).predictions == {"x.json": g}


def test_a_predictions_link_notes_and_block_notes_survive_the_json(tmp_path):
    g = Gold(links=(GoldLink(a=(0,), b=(1,), label="equivalent", note="both name the border"),
                    GoldLink(a=(1,), b=(0,), label="asymmetric")), only_a=(), only_b=(), notes="checked twice")
    r = EvaluationResult(per_file={"x.json": Scores()}, overall=Scores(), predictions={"x.json": g})
    data = json.loads(r.to_json())
    pred = data["files"]["x.json"]["prediction"]
    # a note where the link has one; none written where it has none (evaluate's predictions stay as they were)
    assert pred["links"] == [{"a": [0], "b": [1], "label": "equivalent", "note": "both name the border"},
                             {"a": [1], "b": [0], "label": "asymmetric"}]
    assert pred["notes"] == "checked twice"
    back = EvaluationResult.from_json(r.to_json())
    assert back.predictions["x.json"] == g and back.predictions["x.json"].links[0].note == "both name the border"
    assert back == r
    # a prediction file (write_prediction) keeps them too, and load_annotated reads them back
    from readouts.evaluation import load_annotated, write_prediction

    item = load_annotated(sorted(CORPUS.glob("*.json"))[0])
    n_a, n_b = item.a.n, item.b.n
    mine = Gold(links=(GoldLink(a=tuple(range(n_a)), b=tuple(range(n_b)), label="equivalent", note="all of it"),),
                only_a=(), only_b=(), notes="one link")
    again = load_annotated(write_prediction(tmp_path, item, mine))
    assert again.gold == mine


@pytest.mark.parametrize("pred, match", [
    ({"links": [{"a": ["0"], "b": [0], "label": "equivalent"}], "only_a": [], "only_b": []},
     r"link 0's 'a' must be a list of point indices"),
    ({"links": [{"a": [True], "b": [0], "label": "equivalent"}], "only_a": [], "only_b": []},
     r"link 0's 'a' must be a list of point indices"),
    ({"links": [{"a": [0], "b": [0], "label": "Equal"}], "only_a": [], "only_b": []}, "unknown label 'Equal'"),
    ({"links": [{"a": [0], "b": [0], "label": "equivalent", "note": 3}], "only_a": [], "only_b": []},
     "link 0's note must be text, not int"),
    ({"links": [{"a": [0], "b": [0], "label": "equivalent"}], "only_a": [0], "only_b": []},
     r"on side a, point\(s\) \[0\] appear more than once"),
    ({"links": [{"a": [0], "b": [0], "label": "equivalent"}], "only_a": [2], "only_b": []},
     r"on side a, point\(s\) \[1\] appear nowhere"),
    ({"links": [{"a": [], "b": [0], "label": "equivalent"}], "only_a": [0], "only_b": []},
     "link 0 needs at least one point on each side"),
    ({"links": [], "only_a": "0", "only_b": []}, r"'only_a' must be a list of point indices"),
    ([], " must be an object of links, only_a and only_b, not list"),
])
def test_from_dict_refuses_what_is_no_prediction(pred, match):
    r = EvaluationResult(per_file={"x.json": Scores()}, overall=Scores(), predictions={})
    data = r.to_dict()
    data["files"]["x.json"]["prediction"] = pred
    with pytest.raises(RecordError, match=r"file 'x.json': prediction.*" + match):
        EvaluationResult.from_dict(data)


def test_a_saved_evaluation_result_is_named_where_a_pair_file_or_comparison_is_expected(tmp_path):
    from readouts import Comparison
    from readouts.evaluation import load_annotated

    r = _result({"2021-01-01-a.json": _scores(link=(1, 0, 0))})
    f = tmp_path / "scores.json"
    f.write_text(r.to_json(), encoding="utf-8")
    with pytest.raises(GoldFormatError, match="an evaluation result .*not an annotated pair file"):
        load_annotated(f)
    with pytest.raises(RecordError, match="it is an evaluation result.*EvaluationResult.from_json"):
        Comparison.from_json(r.to_json())
    with pytest.raises(ReadoutFileError, match="an evaluation result.*EvaluationResult.from_file"):
        Comparison.from_file(f)
    from readouts import Readout

    with pytest.raises(ReadoutFileError, match=r"this is an evaluation result.*EvaluationResult.from_file"):
        Readout.from_file(f)


def test_from_file_reads_a_saved_result_and_names_the_file_in_its_errors(tmp_path):
    r = _result({"2021-01-01-a.json": _scores(link=(1, 0, 0)), "2021-02-02-b.json": _scores(only=(1, 1, 0))})
    f = tmp_path / "scores.json"
    f.write_text(r.to_json(), encoding="utf-8")
    assert EvaluationResult.from_file(f).to_dict() == r.to_dict()
    assert EvaluationResult.from_file(str(f)).per_file == r.per_file
    with pytest.raises(ReadoutFileError, match="missing.json: no such file"):
        EvaluationResult.from_file(tmp_path / "missing.json")
    (tmp_path / "cut.json").write_text(r.to_json()[:50], encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=r"cut\.json: malformed JSON .*truncated"):
        EvaluationResult.from_file(tmp_path / "cut.json")
    (tmp_path / "other.json").write_text('{"format": "x"}', encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=r"other\.json: not an evaluation result"):
        EvaluationResult.from_file(tmp_path / "other.json")
    # a file's name given to from_json: say so, not "malformed at line 1, column 1"
    with pytest.raises(InputError, match="is a file name, not JSON text; .*from_file"):
        EvaluationResult.from_json(str(f))


def test_the_repr_shows_an_undefined_f1_as_undefined():
    # a folder whose gold has no asymmetric link, and none predicted: asym F1 is no 1.000
    r = _result({"2021-01-01-a.json": _scores(link=(3, 1, 1), only=(2, 0, 1))})
    assert repr(r) == "EvaluationResult(1 file: link F1 0.750, asym F1 —, only F1 0.800)"


@pytest.mark.parametrize("fmt", ["md", "csv"])
def test_from_file_names_a_scores_table_given_for_the_json(tmp_path, fmt):
    from readouts.rendering import evaluation_summary

    r = _result({"2021-01-01-a.json": _scores(link=(1, 0, 0)), "2021-02-02-b.json": _scores(link=(1, 1, 0))})
    f = tmp_path / f"scores.{fmt}"
    f.write_text(evaluation_summary(r, fmt), encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=rf"scores\.{fmt}: a (Markdown|CSV) scores table .*--summary FILE\.json"):
        EvaluationResult.from_file(f)


def test_a_result_read_back_from_json_equals_the_original(tmp_path):
    # Skipped files' errors compared by identity, so a round-tripped result never equalled the
    # original, even with the same scores, predictions, signatures and skipped files.
    d = _pairs_dir(tmp_path)
    (d / "zz-broken.json").write_text("{", encoding="utf-8")
    r = evaluate(d, embedder=HashEmbedder(), on_error="skip")
    back = EvaluationResult.from_json(r.to_json())
    assert back == r and r == back and not back != r
    assert EvaluationResult.from_file(_write(tmp_path / "r.json", r.to_json())) == r
    # a difference in content still tells: the skipped error's message or class, a file's scores
    import dataclasses

    other = EvaluationResult.from_json(r.to_json())
    said = str(r.skipped["zz-broken.json"])
    assert dataclasses.replace(other, skipped={"zz-broken.json": ReadoutFileError(said + "!")}) != r
    assert dataclasses.replace(other, skipped={"zz-broken.json": GoldFormatError(said)}) != r
    first = next(iter(other.per_file))
    bumped = Scores(Counts(other.per_file[first].link.tp + 1, other.per_file[first].link.fp,
                           other.per_file[first].link.fn), other.per_file[first].asym, other.per_file[first].only)
    assert dataclasses.replace(other, per_file={**other.per_file, first: bumped}, overall=None) != r
    # calls left out are the calls the file names say, as the interval and the JSON read them
    bare = _result({"2021-01-01-a.json": _scores(link=(1, 1, 0)), "2021-02-02-b.json": _scores(link=(2, 0, 1))})
    assert bare.calls == {} and EvaluationResult.from_json(bare.to_json()) == bare
    # the JSON holds no comparisons: a result that kept them differs from its JSON
    kept = evaluate(d, embedder=HashEmbedder(), on_error="skip", keep_comparisons=True)
    assert kept.comparisons and EvaluationResult.from_json(kept.to_json()) != kept
    assert kept != "not a result" and kept != None  # noqa: E711
    with pytest.raises(TypeError):
        hash(r)


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_a_result_with_files_dropped_and_no_overall_is_micro_averaged_again(tmp_path):
    # The JSON's counts let a reader take a subset of files; read back with the old 'overall', the
    # table's MICRO-AVERAGE covered files no longer in it. Left out, it is summed from the files;
    # kept but no longer the sum, it is refused.
    r = _result({"2021-01-01-a.json": _scores(link=(3, 1, 1), asym=(1, 0, 0)),
                 "2021-02-02-b.json": _scores(link=(1, 1, 1)), "2021-03-03-c.json": _scores(only=(2, 0, 1))})
    data = r.to_dict()
    del data["files"]["2021-02-02-b.json"]
    with pytest.raises(RecordError, match=r"'overall' is not the sum .* link 4/2/2, the files' 3/1/1.*leave 'overall' "
                                          "out to have it summed"):
        EvaluationResult.from_dict(data)
    del data["overall"]
    sub = EvaluationResult.from_dict(data)
    assert sub.overall == _scores(link=(3, 1, 1), asym=(1, 0, 0), only=(2, 0, 1))
    assert sub.table().splitlines()[-2].split()[1:4] == ["0.750", "0.750", "0.750"]
    assert EvaluationResult.from_dict({**data, "overall": None}) == sub
