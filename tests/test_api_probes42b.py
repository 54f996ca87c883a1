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
    with pytest.raises(RecordError, match=r"the interval's resamples must be at most 1,000,000 \(got 100,000,000\)"):
        EvaluationResult.from_dict(data)


# -- a subset of a result's files -------------------------------------------------------------
def _three():
    from readouts.errors import GoldFormatError
    from readouts.evaluation import Gold, GoldLink
    from readouts.records import Signature

    g = Gold(links=(GoldLink(a=(0,), b=(0,), label="equivalent"),), only_a=(1,), only_b=())
    sig = Signature(version="0", embedder="e", weights_hash="w", method="m", parameters={"t": 0.5})
    names = ["2021-01-01-a.json", "2021-01-01-a-ru.json", "2021-02-02-b.json"]
    per_file = {names[0]: Scores(link=Counts(3, 1, 1)), names[1]: Scores(link=Counts(1, 0, 2)),
                names[2]: Scores(link=Counts(1, 1, 1), only=Counts(2, 0, 0))}
    return EvaluationResult(per_file=per_file, overall=None, predictions={n: g for n in names},
                            calls={names[0]: "2021-01-01-a", names[1]: "2021-01-01-a", names[2]: "2021-02-02-b"},
                            signatures={names[0]: sig}, skipped={"broken.json": GoldFormatError("broken.json: bad")},
                            interval_settings=(0.95, 500, 3))


def test_subset_keeps_the_named_files_with_what_is_said_of_them_and_sums_overall_again():
    r = _three()
    before = r.to_dict()
    sub = r.subset(["2021-02-02-b.json", "2021-01-01-a.json", "broken.json"])
    assert list(sub.per_file) == ["2021-01-01-a.json", "2021-02-02-b.json"]  # the result's order, not the names'
    assert sub.overall == Scores(link=Counts(4, 2, 2), only=Counts(2, 0, 0))
    assert sub.predictions == {n: r.predictions[n] for n in sub.per_file}
    assert sub.calls == {"2021-01-01-a.json": "2021-01-01-a", "2021-02-02-b.json": "2021-02-02-b"}
    assert sub.signatures == {"2021-01-01-a.json": r.signatures["2021-01-01-a.json"]}
    assert list(sub.skipped) == ["broken.json"] and type(sub.skipped["broken.json"]).__name__ == "GoldFormatError"
    assert str(sub.skipped["broken.json"]) == str(r.skipped["broken.json"])  # a copy of its own (session 44)
    assert sub.interval_settings == (0.95, 500, 3)
    # the same as the JSON route the README describes: drop the others from files, drop overall
    data = r.to_dict()
    data["files"] = {k: v for k, v in data["files"].items() if k in sub.per_file}
    data.pop("overall")
    data["interval"] = {"level": 0.95, "resamples": 500, "seed": 3}
    assert EvaluationResult.from_dict(data) == sub
    # one name alone; the original unchanged, and no counts shared with it
    one = r.subset("2021-01-01-a-ru.json")
    assert list(one.per_file) == ["2021-01-01-a-ru.json"] and one.skipped == {} and one.interval() is None
    with pytest.raises(TypeError, match="per_file is read-only"):  # read-only since session 43
        one.per_file["2021-01-01-a-ru.json"] += Scores(link=Counts(5, 5, 5))
    total = one.per_file["2021-01-01-a-ru.json"]
    total += Scores(link=Counts(5, 5, 5))  # a new Scores: neither result's counts move
    assert one.overall == r.per_file["2021-01-01-a-ru.json"] != total
    assert r.to_dict() == before and r.overall == Scores(link=Counts(5, 2, 4), only=Counts(2, 0, 0))


@pytest.mark.parametrize("names, match", [
    (["2021-01-01-a.json", "nope.json", "2021-02-02-b", "nope.json"],
     r"subset: 2 files neither scored nor skipped in this result: 'nope.json', '2021-02-02-b' "
     r"\('2021-02-02-b' for '2021-02-02-b.json'\?\); it holds 3 scored files and 1 skipped"),
    ([], "subset names no file"),
    ([3], r"subset takes file names as str, as per_file names them, not int \(3\)"),
    (3, "subset takes file names \\(a str, or a list of them\\), not int"),
])
def test_subset_refuses_names_it_does_not_hold(names, match):
    r = _three()
    before = r.to_dict()
    with pytest.raises(InputError, match=match):
        r.subset(names)
    assert r.to_dict() == before


def test_subset_takes_paths_for_their_file_names(tmp_path):
    # Regression: subset(folder.glob("*-ru.json")) was refused ("not PosixPath"); a path stands for its file's name
    from pathlib import Path

    r = _three()
    assert r.subset(Path("corpus") / "2021-01-01-a-ru.json") == r.subset("2021-01-01-a-ru.json")
    assert list(r.subset([tmp_path / "2021-01-01-a.json", "2021-01-01-a-ru.json"]).per_file) == \
        ["2021-01-01-a.json", "2021-01-01-a-ru.json"]
    # a name with a folder, as a str, is named back with the file's name it may mean
    with pytest.raises(InputError, match=r"'corpus/2021-01-01-a.json' for '2021-01-01-a.json'\?"):
        r.subset("corpus/2021-01-01-a.json")


# -- a result's file names --------------------------------------------------------------------
@pytest.mark.parametrize("name", ["", "  ", ".", "..", "sub/x.json", "../x.json", "x\x00.json"])
def test_a_file_name_no_pair_file_has_is_refused_in_json_and_by_hand(name):
    from readouts.errors import GoldFormatError

    data = EvaluationResult(per_file={"x.json": Scores()}, overall=None, predictions={}).to_dict()
    data["files"][name] = data["files"].pop("x.json")
    with pytest.raises(RecordError, match=r"^not an evaluation result as EvaluationResult.to_dict\(\) writes it: "
                                          r"'files': .* is no pair file's name \(a file name, as evaluate gives it"):
        EvaluationResult.from_dict(data)
    data["files"] = {}
    data["skipped"] = {name: {"error": "GoldFormatError", "message": "bad"}}
    with pytest.raises(RecordError, match=r"'skipped': .* is no pair file's name"):
        EvaluationResult.from_dict(data)
    with pytest.raises(RecordError, match=r"^per_file: .* is no pair file's name"):
        EvaluationResult(per_file={name: Scores()}, overall=None, predictions={})
    with pytest.raises(RecordError, match=r"^skipped: .* is no pair file's name"):
        EvaluationResult(per_file={}, overall=None, predictions={}, skipped={name: GoldFormatError("bad")})


def test_file_names_a_pair_file_may_have_are_kept():
    # evaluate gives path.name: any name without a '/' (a '|', a space, Chinese, no .json by hand)
    names = ["call|one.json", " a b.json", "2022-02-01-中国.json", "x", "a\\b.json"]
    r = EvaluationResult(per_file={n: Scores() for n in names}, overall=None, predictions={})
    assert EvaluationResult.from_json(r.to_json()) == r
    with pytest.raises(RecordError, match=r"per_file: a file name must be a str, not int \(3\)"):
        EvaluationResult(per_file={3: Scores()}, overall=None, predictions={})


# -- a result is read-only --------------------------------------------------------------------
def test_a_results_fields_cannot_be_set_after_it_is_checked():
    import copy
    import dataclasses
    import pickle

    r = _three()
    before = r.to_dict()
    # r.per_file = fewer files kept the whole set's overall in silence
    for slip in (lambda: setattr(r, "per_file", {"2021-01-01-a.json": Scores()}),
                 lambda: setattr(r, "overall", Scores()), lambda: setattr(r, "interval_settings", (0.5, 1, 0)),
                 lambda: delattr(r, "calls")):
        with pytest.raises(dataclasses.FrozenInstanceError, match=r"an EvaluationResult's fields are read-only"):
            slip()
    with pytest.raises(AttributeError, match=r"for fewer files use result.subset\(names\)"):
        r.per_file = {}
    assert r.to_dict() == before
    # what makes results still works: the constructor's own summing, copies, pickles, replace (checked again)
    assert copy.deepcopy(r) == r and pickle.loads(pickle.dumps(r)) == r
    assert dataclasses.replace(r, overall=None).overall == r.overall
    with pytest.raises(RecordError, match="overall is not the sum"):
        dataclasses.replace(r, overall=Scores())


# -- readouts evaluate's flags ----------------------------------------------------------------
CORPUS = __import__("pathlib").Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.mark.parametrize("argv, said", [
    (["NOPE", "--out", "OUT"], "corpsu: no such directory"),
    (["NOPE", "--save-comparisons", "OUT"], "corpsu: no such directory"),
    (["NOPE", "--cv", "--out", "OUT"], "corpsu: no such directory"),
    (["CORPUS", "--out", "OUT", "--embedder", "minilmm"], "embedder 'minilmm' is neither a known name"),
    (["CORPUS", "--cv", "--out", "OUT", "--embedder", "minilmm"], "embedder 'minilmm' is neither a known name"),
    (["CORPUS", "--save-comparisons", "OUT", "--embedder", " "], "embedder is an empty name"),
    (["CORPUS", "--out", "OUT", "--cache-dir", "FILE"], "--cache-dir FILE is a file, not a folder"),
    (["CORPUS", "--cv", "--out", "OUT", "--cache-dir", "FILE"], "--cache-dir FILE is a file, not a folder"),
    (["CORPUS", "--out", "OUT", "--save-comparisons", "OUT"], "OUT: the comparisons directory is the predictions "
     "directory itself (--out); each comparison would overwrite the file of the same name there"),
    (["CORPUS", "--out", "OUT.json", "--summary", "OUT.json"], "--summary OUT.json names the --out folder"),
    (["CORPUS", "--save-comparisons", "OUT.md", "--summary", "OUT.md"],
     "--summary OUT.md names the --save-comparisons folder; give the summary a file name of its own"),
])
def test_evaluate_makes_no_output_folder_for_a_misspelt_folder_or_embedder(tmp_path, capsys, argv, said):
    # "readouts evaluate corpsu --out preds" left an empty preds/ behind its error (and a typo'd --embedder too)
    from readouts.cli import main

    out = tmp_path / "preds"
    (tmp_path / "cache.txt").write_text("x")
    subst = {"NOPE": str(tmp_path / "corpsu"), "OUT": str(out), "CORPUS": str(CORPUS),
             "FILE": str(tmp_path / "cache.txt"), "OUT.json": str(tmp_path / "preds.json"), "OUT.md": str(tmp_path / "preds.md")}
    assert main(["evaluate", *[subst.get(a, a) for a in argv], "--no-progress"]) == 2
    err = capsys.readouterr().err
    for key, value in subst.items():
        said = said.replace(key, value)
    assert err.startswith("readouts: error: ") and said in err and err.count("\n") == 1
    assert not out.exists() and not (tmp_path / "preds.json").exists() and not (tmp_path / "preds.md").exists()


def test_evaluate_in_python_makes_no_out_folder_for_a_missing_directory(tmp_path):
    from readouts.errors import GoldFormatError
    from readouts.evaluation import evaluate

    with pytest.raises(GoldFormatError, match="no such directory"):
        evaluate(tmp_path / "corpsu", out=tmp_path / "preds")
    assert not (tmp_path / "preds").exists()


def test_check_embedder_name_loads_nothing_and_takes_what_resolve_embedder_takes(tmp_path):
    from readouts.embedding import check_embedder_name
    from readouts.errors import ModelNotFoundError

    for ok in (None, "minilm", "MiniLM", "all-MiniLM-L6-v2", "use", "e5", "multilingual", "minilm+use",
               "use-multilingual-v3+multilingual-e5-small-q4", tmp_path, str(tmp_path), object()):
        assert check_embedder_name(ok) is None
    with pytest.raises(ModelNotFoundError, match="embedder 'nope' is neither a known name"):
        check_embedder_name("nope")
    with pytest.raises(ModelNotFoundError, match="embedder is an empty name"):
        check_embedder_name("")
