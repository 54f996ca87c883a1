"""Session 43's evaluation-API probes: an EvaluationResult's dicts and Scores are read-only (its fields
alone were: ``r.per_file.pop(name)`` and ``r.overall += s`` left ``overall`` and the interval stale in
silence, the second even though an error was raised), the naive baseline's files carry signatures as
``cross_validate``'s do, and ``cross_validate`` takes the embedder for the weights hash and runtime."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest
from conftest import CORPUS, HashEmbedder

from readouts.errors import GoldFormatError
from readouts.evaluation import Counts, EvaluationResult, Gold, Scores, load_annotated
from readouts.records import Signature

SUBSET = r"for fewer files use result\.subset\(names\)"


def _three() -> EvaluationResult:
    per_file = {"2021-01-01-a.json": Scores(Counts(3, 1, 1), Counts(1, 0, 1), Counts(2, 2, 0)),
                "2021-01-02-b.json": Scores(Counts(2, 0, 2), Counts(0, 1, 0), Counts(4, 1, 1)),
                "2021-01-03-c.json": Scores(Counts(5, 2, 0), Counts(1, 1, 1), Counts(0, 0, 3))}
    gold = Gold(links=(), only_a=(0,), only_b=(0,))
    sig = Signature(version="0", embedder="e", weights_hash="h", method="m", parameters={"link_threshold": 0.4})
    return EvaluationResult(per_file=per_file, overall=None, predictions=dict.fromkeys(per_file, gold),
                            calls={n: n[:10] for n in per_file}, signatures=dict.fromkeys(per_file, sig),
                            skipped={"z-bad.json": GoldFormatError("z-bad.json: broken")})


# -- the dicts --------------------------------------------------------------------------------
@pytest.mark.parametrize("field, slip", [
    ("per_file", lambda r: r.per_file.pop("2021-01-01-a.json")),
    ("per_file", lambda r: r.per_file.__setitem__("2021-01-01-a.json", Scores())),
    ("per_file", lambda r: r.per_file.__delitem__("2021-01-01-a.json")),
    ("per_file", lambda r: r.per_file.clear()),
    ("per_file", lambda r: r.per_file.popitem()),
    ("per_file", lambda r: r.per_file.update({"x.json": Scores()})),
    ("per_file", lambda r: r.per_file.setdefault("x.json", Scores())),
    ("predictions", lambda r: r.predictions.__setitem__("2021-01-01-a.json", None)),
    ("predictions", lambda r: r.predictions.pop("2021-01-01-a.json")),
    ("calls", lambda r: r.calls.update({"2021-01-01-a.json": "other"})),
    ("signatures", lambda r: r.signatures.clear()),
    ("skipped", lambda r: r.skipped.__setitem__("y.json", GoldFormatError("y"))),
    ("comparisons", lambda r: r.comparisons.setdefault("2021-01-01-a.json", None)),
])
def test_a_results_dicts_cannot_be_edited_in_place(field, slip):
    # r.per_file.pop(name) kept the whole set's overall and interval, in silence
    r = _three()
    before, interval = r.to_dict(), r.interval(resamples=200)
    with pytest.raises(TypeError, match=rf"an EvaluationResult's {field} is read-only: .*{SUBSET}"):
        slip(r)
    assert r.to_dict() == before and r.interval(resamples=200) == interval


def test_in_place_or_on_a_result_dict_changes_nothing():
    r = _three()
    with pytest.raises(TypeError, match=r"an EvaluationResult's calls is read-only"):
        r.calls |= {"2021-01-01-a.json": "other"}
    assert r.calls["2021-01-01-a.json"] == "2021-01-01"


def test_a_results_dicts_are_still_dicts_and_copy_into_ordinary_ones():
    r = _three()
    for field in ("per_file", "predictions", "skipped", "calls", "comparisons", "signatures"):
        d = getattr(r, field)
        assert isinstance(d, dict)
        mine = dict(d)
        assert mine == d and type(mine) is dict and type(d.copy()) is dict and type(d | {}) is dict
        mine.clear()  # an ordinary copy is the caller's own
        assert len(getattr(r, field)) == len(d)
    fewer = dict(r.per_file)
    fewer.pop("2021-01-01-a.json")
    smaller = EvaluationResult(per_file=fewer, overall=None, predictions={})
    assert smaller.overall == r.subset(["2021-01-02-b.json", "2021-01-03-c.json"]).overall


def test_the_dicts_given_to_a_result_stay_the_callers():
    # the result holds copies: a caller's later edit of its own dict (or Scores) cannot reach it
    per_file = {"2021-01-01-a.json": Scores(Counts(3, 1, 1)), "2021-01-02-b.json": Scores(Counts(1, 1, 1))}
    r = EvaluationResult(per_file=per_file, overall=None, predictions={})
    per_file.pop("2021-01-02-b.json")
    per_file["2021-01-01-a.json"].link.tp += 10  # the caller's own Scores, still mutable
    assert list(r.per_file) == ["2021-01-01-a.json", "2021-01-02-b.json"]
    assert r.per_file["2021-01-01-a.json"] == Scores(Counts(3, 1, 1)) and r.overall == Scores(Counts(4, 2, 2))


# -- the Scores -------------------------------------------------------------------------------
def test_adding_to_a_results_overall_fails_and_changes_nothing():
    # r.overall += s changed r.overall in place (Scores.__iadd__) before the assignment was refused
    r = _three()
    before = r.to_dict()
    with pytest.raises(dataclasses.FrozenInstanceError, match=r"cannot set 'overall'.*" + SUBSET):
        r.overall += Scores(Counts(5, 5, 5))
    with pytest.raises(dataclasses.FrozenInstanceError, match=r"cannot set 'link'"):
        r.overall.link += Counts(1, 0, 0)
    with pytest.raises(TypeError, match=r"per_file is read-only"):
        r.per_file["2021-01-01-a.json"] += Scores(Counts(1, 0, 0))
    assert r.to_dict() == before


@pytest.mark.parametrize("slip", [
    lambda r: setattr(r.per_file["2021-01-01-a.json"].link, "tp", 99),
    lambda r: setattr(r.overall.link, "fn", 0),
    lambda r: setattr(r.overall, "asym", Counts()),
    lambda r: delattr(r.overall.only, "tp"),
    lambda r: r.per_file["2021-01-01-a.json"].link.add({1}, {2}),
])
def test_a_results_counts_cannot_be_changed(slip):
    r = _three()
    before = r.to_dict()
    with pytest.raises(dataclasses.FrozenInstanceError,
                       match=r"the (counts|scores) an EvaluationResult holds are read-only.*" + SUBSET):
        slip(r)
    assert r.to_dict() == before


def test_a_results_scores_still_add_up_into_new_ones():
    r = _three()
    a, b = r.per_file["2021-01-01-a.json"], r.per_file["2021-01-02-b.json"]
    total = a
    total += b  # a new, plain Scores: the result's stay as they were
    assert total == Scores(Counts(5, 1, 3), Counts(1, 1, 1), Counts(6, 3, 1)) and type(total) is Scores
    assert a == Scores(Counts(3, 1, 1), Counts(1, 0, 1), Counts(2, 2, 0))
    total.link.tp += 1  # and it is the caller's own to change
    c = r.overall.link
    c += Counts(1, 1, 1)
    assert type(c) is Counts and r.overall.link == Counts(10, 3, 3) and c == Counts(11, 4, 4)
    mine = Scores()
    for s in r.per_file.values():
        mine += s
    assert mine == r.overall and r.overall == mine and not mine != r.overall
    # they show as the Scores and Counts they equal
    assert repr(a) == repr(Scores(Counts(3, 1, 1), Counts(1, 0, 1), Counts(2, 2, 0)))
    assert repr(a).startswith("Scores(link=Counts(tp=3, fp=1, fn=1)")


def test_plain_scores_and_counts_still_add_in_place():
    # training sums per-file counts into a Scores of its own, hundreds of thousands of times
    total, link = Scores(), Counts()
    s, c = total, link
    total += Scores(Counts(1, 2, 3))
    link += Counts(1, 1, 1)
    assert total is s and link is c and total == Scores(Counts(1, 2, 3)) and link == Counts(1, 1, 1)
    assert Counts(1, 2, 3) != Counts(1, 2, 4) and Scores() != Scores(only=Counts(0, 0, 1))
    assert (Counts() == "x") is False and (Scores() == None) is False  # noqa: E711


# -- what still works -------------------------------------------------------------------------
def test_a_read_only_result_pickles_copies_and_round_trips():
    r = _three()
    for again in (pickle.loads(pickle.dumps(r)), copy.deepcopy(r), copy.copy(r),
                  EvaluationResult.from_json(r.to_json()), dataclasses.replace(r), r.subset([*r.per_file, *r.skipped])):
        assert again == r and again.to_dict() == r.to_dict()
        with pytest.raises(TypeError, match="per_file is read-only"):  # read-only again, as the original
            again.per_file.pop("2021-01-01-a.json")
        with pytest.raises(dataclasses.FrozenInstanceError):
            again.overall.link.tp += 1
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(r, protocol)) == r
    back = pickle.loads(pickle.dumps(r))
    with pytest.raises(TypeError, match="an EvaluationResult's signatures is read-only"):
        back.signatures.clear()  # which dict it is survives the pickle
    assert pickle.loads(pickle.dumps(r.overall)) == r.overall
    assert copy.deepcopy(r.per_file) == r.per_file
    # a subset's scores are read-only too, and the original keeps all of its files
    sub = r.subset("2021-01-01-a.json")
    with pytest.raises(TypeError):
        sub.per_file.clear()
    assert len(r.per_file) == 3


def test_evaluate_still_records_skipped_files_and_kept_comparisons(tmp_path):
    # evaluate filled result.skipped and result.comparisons in place after making the result
    from readouts import evaluate

    d = tmp_path / "pairs"
    d.mkdir()
    for p in sorted(CORPUS.glob("*.json"))[:2]:
        (d / p.name).write_bytes(p.read_bytes())
    (d / "zz-broken.json").write_text("{", encoding="utf-8")
    r = evaluate(d, embedder=HashEmbedder(), on_error="skip", keep_comparisons=True)
    assert list(r.skipped) == ["zz-broken.json"] and sorted(r.comparisons) == sorted(r.per_file)
    assert len(r.per_file) == 2


# -- the naive baseline's signatures, and cross_validate's embedder -------------------------
def _prepared():
    from readouts.training import prepare

    items = [load_annotated(p) for p in sorted(CORPUS.glob("*.json"))[:4]]
    return prepare(items, HashEmbedder())


def test_the_naive_baseline_signs_each_file_as_cross_validate_does():
    from readouts import __version__
    from readouts.training import NAIVE_METHOD, _runtime, cross_validate_naive

    prepared = _prepared()
    r = cross_validate_naive(prepared)
    assert sorted(r.signatures) == sorted(r.per_file)  # it carried none
    sig = next(iter(r.signatures.values()))
    assert (sig.method, sig.embedder, sig.weights_hash, sig.runtime) == (NAIVE_METHOD, "-", "-", None)
    assert sig.method == "cv-naive" and sig.version == __version__
    assert set(sig.parameters) == {"link_threshold"} and 0.2 <= sig.parameters["link_threshold"] < 0.9
    assert len(sig.params_hash) == 16 and sig.lexicon_hash is None  # it reads no word list
    assert sig.backend_choice.startswith("naive baseline, leave-one-call-out: threshold fitted on the ")
    # files of one fold share its threshold and hash; another threshold, another hash
    hashes = {s.parameters["link_threshold"]: s.params_hash for s in r.signatures.values()}
    assert len(set(hashes.values())) == len(hashes)
    # with the embedder: its name, weights hash and runtime, as compare records them
    emb = HashEmbedder()
    named = cross_validate_naive(prepared, embedder=emb)
    sig = next(iter(named.signatures.values()))
    assert (sig.embedder, sig.runtime) == ("hash-bow-test", _runtime(emb)) and sig.weights_hash.startswith("name:")
    assert named.per_file == r.per_file and named.predictions == r.predictions
    assert next(iter(cross_validate_naive(prepared, "minilm", weights_hash="w").signatures.values())).embedder == "minilm"
    # the signatures survive the JSON round trip
    assert EvaluationResult.from_json(named.to_json()) == named


def test_cross_validate_takes_the_embedder_for_weights_hash_and_runtime():
    # benchmarks/train.py left each file's runtime None and weights hash "-"
    from readouts.embedding import embedder_hash
    from readouts.training import _runtime, cross_validate

    prepared = _prepared()
    emb = HashEmbedder()
    r = cross_validate(prepared, "generic", embedder=emb)
    sig = next(iter(r.signatures.values()))
    assert sig.embedder == "generic" and sig.weights_hash == embedder_hash(emb) and sig.runtime == _runtime(emb)
    assert sig.runtime and "python" in {k.lower() for k in sig.runtime}
    # what the caller says wins over the embedder's
    given = cross_validate(prepared, "generic", embedder=emb, weights_hash="mine", runtime={"python": "0"})
    sig = next(iter(given.signatures.values()))
    assert sig.weights_hash == "mine" and sig.runtime == {"python": "0"}
    assert given.per_file == r.per_file
