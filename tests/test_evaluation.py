import json
import shutil
import warnings

import pytest

from readouts.evaluation import Gold, GoldFormatWarning, GoldLink, call_key, load_annotated, load_dir, score_pair
from readouts.errors import GoldFormatError
from readouts.errors import CalibrationWarning


def write_pair(path, gold, a=("A one.", "A two."), b=("B one.", "B two.", "B three.")):
    path.write_text(json.dumps({"id": path.stem, "a": {"side": "US", "points": list(a)},
                                "b": {"side": "RU", "points": list(b)}, "gold": gold}), encoding="utf-8")
    return path


def test_metrics_count_point_pairs():
    gold = Gold(links=(GoldLink(a=(0,), b=(0, 1), label="asymmetric"),), only_a=(1,), only_b=(2,))
    pred = Gold(links=(GoldLink(a=(0,), b=(0,), label="equivalent"),), only_a=(1,), only_b=(1, 2))
    s = score_pair(pred, gold)
    assert (s.link.tp, s.link.fp, s.link.fn) == (1, 0, 1)
    assert (s.asym.tp, s.asym.fp, s.asym.fn) == (0, 0, 2)
    assert (s.only.tp, s.only.fp, s.only.fn) == (2, 1, 0)
    assert s.link.f1 == pytest.approx(2 / 3)


@pytest.mark.parametrize("gold, match", [
    ({"links": [{"a": [0], "b": [7], "label": "equivalent"}], "only_a": [1], "only_b": [0, 1, 2]}, "out of range"),
    ({"links": [], "only_a": [0, 1, 1], "only_b": [0, 1, 2]}, "more than once"),
    ({"links": [], "only_a": [0], "only_b": [0, 1, 2]}, "neither"),
    ({"links": [{"a": [0], "b": [0], "label": "similar"}], "only_a": [1], "only_b": [1, 2]}, "unknown label"),
    ({"links": [{"a": [], "b": [0], "label": "equivalent"}], "only_a": [0, 1], "only_b": [1, 2]}, "at least one"),
    ({"links": []}, "has no 'only_a'"),
    ({"only_a": [0, 1], "only_b": [0, 1]}, r"point\(s\) \[2\] of side b"),
])
def test_bad_gold_files(tmp_path, gold, match):
    with pytest.raises(GoldFormatError, match=match):
        load_annotated(write_pair(tmp_path / "x.json", gold))


def test_absent_lists_read_as_empty(tmp_path):
    # A block that omits an empty list ("no links", nothing one-sided on a side) is complete.
    item = load_annotated(write_pair(tmp_path / "x.json", {"only_a": [0, 1], "only_b": [0, 1, 2]}))
    assert item.gold.links == () and item.gold.only_a == (0, 1)
    item = load_annotated(write_pair(tmp_path / "y.json", {"links": [
        {"a": [0], "b": [0, 1], "label": "equivalent"}, {"a": [1], "b": [2], "label": "asymmetric"}]}))
    assert item.gold.only_a == () and item.gold.only_b == ()


def test_label_case_is_not_a_label(tmp_path):
    gold = {"links": [{"a": [0], "b": [0], "label": "Asymmetric"}, {"a": [1], "b": [1], "label": " equivalent"}],
            "only_a": [], "only_b": [2]}
    item = load_annotated(write_pair(tmp_path / "x.json", gold))
    assert [l.label for l in item.gold.links] == ["asymmetric", "equivalent"]


def test_call_key_groups_variants():
    assert call_key("2021-07-09-us-ru-biden-putin-ru") == call_key("2021-07-09-us-ru-biden-putin")
    assert call_key("2022-07-28-us-cn-biden-xi-zh") == "2022-07-28-us-cn-biden-xi"


def test_dev_pairs_are_valid(dev_pairs_dir):
    items = load_dir(dev_pairs_dir)
    assert len(items) >= 8
    for it in items:
        assert score_pair(it.gold, it.gold).link.f1 == 1.0


def test_corpus_is_valid():
    from conftest import CORPUS

    items = load_dir(CORPUS)
    assert len({call_key(i.id) for i in items}) >= 18


@pytest.mark.slow
def test_evaluate_on_dev_pairs_writes_predictions(tmp_path, dev_pairs_dir):
    from readouts import evaluate

    data = tmp_path / "pairs"
    shutil.copytree(dev_pairs_dir, data)
    out = tmp_path / "pred"
    result = evaluate(data, out=out)
    assert sorted(p.name for p in out.glob("*.json")) == sorted(p.name for p in data.glob("*.json"))
    for p in out.glob("*.json"):
        pred = load_annotated(p)  # a prediction file is itself a valid gold-shaped file
        assert pred.a.texts == load_annotated(data / p.name).a.texts
    # These calls are part of the training corpus, so this is a smoke floor, not a quality figure.
    assert result.overall.link.f1 > 0.3 and result.overall.only.f1 > 0.5
    assert "MICRO-AVERAGE" in result.table()


# -- on_error="skip" -------------------------------------------------------------------------------
from conftest import CORPUS, HashEmbedder  # noqa: E402

from readouts.errors import InputError, OutputError  # noqa: E402

GOOD = sorted(CORPUS.glob("*.json"))[:2]


def _mixed_dir(tmp_path):
    d = tmp_path / "pairs"
    d.mkdir()
    for f in GOOD:
        shutil.copy(f, d / f.name)
    write_pair(d / "bad-index.json", {"links": [{"a": [0], "b": [7], "label": "equivalent"}], "only_a": [1],
                                      "only_b": [0, 1, 2]})
    (d / "bad-json.json").write_text("{oops", encoding="utf-8")
    return d


def test_evaluate_skips_bad_files_and_loses_nothing_else(tmp_path):
    from readouts import evaluate

    d = _mixed_dir(tmp_path)
    with pytest.raises(GoldFormatError, match="out of range"):
        evaluate(d, embedder=HashEmbedder())
    result = evaluate(d, embedder=HashEmbedder(), on_error="skip", out=tmp_path / "pred")
    assert sorted(result.skipped) == ["bad-index.json", "bad-json.json"]
    assert "out of range" in str(result.skipped["bad-index.json"])
    assert "malformed JSON" in str(result.skipped["bad-json.json"])
    assert "skipped 2 bad file(s)" in result.table()
    # The good files are scored exactly as they would be on their own.
    good_only = tmp_path / "good"
    good_only.mkdir()
    for f in GOOD:
        shutil.copy(f, good_only / f.name)
    alone = evaluate(good_only, embedder=HashEmbedder())
    assert result.per_file == alone.per_file and result.overall == alone.overall
    assert result.predictions == alone.predictions and alone.skipped == {}
    assert sorted(p.name for p in (tmp_path / "pred").glob("*.json")) == [f.name for f in GOOD]


def test_evaluate_skip_with_nothing_left_raises(tmp_path):
    from readouts import evaluate

    d = tmp_path / "pairs"
    d.mkdir()
    (d / "bad.json").write_text("[]", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="none of its 1 pair file"):
        evaluate(d, embedder=HashEmbedder(), on_error="skip")


def test_evaluate_skips_a_pair_that_cannot_be_compared(tmp_path):
    from readouts import evaluate
    from readouts.comparison import MAX_POINTS

    d = tmp_path / "pairs"
    d.mkdir()
    shutil.copy(GOOD[0], d / GOOD[0].name)
    big = [f"Point {i}." for i in range(MAX_POINTS + 1)]
    write_pair(d / "huge.json", {"links": [], "only_a": list(range(len(big))), "only_b": [0]}, a=big, b=["B."])
    result = evaluate(d, embedder=HashEmbedder(), on_error="skip")
    assert list(result.per_file) == [GOOD[0].name]
    assert str(result.skipped["huge.json"]).startswith(str(d / "huge.json")) and "at most" in str(result.skipped["huge.json"])


def test_evaluate_bad_arguments(tmp_path):
    from readouts import evaluate

    with pytest.raises(InputError, match="on_error"):
        evaluate(CORPUS, embedder=HashEmbedder(), on_error="ignore")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    d = tmp_path / "pairs"
    d.mkdir()
    shutil.copy(GOOD[0], d / GOOD[0].name)
    with pytest.raises(OutputError, match="cannot create the predictions directory"):
        evaluate(d, embedder=HashEmbedder(), out=blocker)


def test_out_dir_with_a_nul_byte_is_an_output_error(tmp_path):
    from readouts import evaluate

    d = tmp_path / "pairs"
    d.mkdir()
    shutil.copy(GOOD[0], d / GOOD[0].name)
    with pytest.raises(OutputError) as err:
        evaluate(d, embedder=HashEmbedder(), out="pred\x00s")
    assert str(err.value) == "'pred\\x00s': cannot create the predictions directory (embedded null byte)"


def test_hidden_files_are_no_pair_files(tmp_path):
    # A folder copied from a Mac holds a binary AppleDouble "._x.json" beside each x.json: the first
    # one stopped evaluate ("looks like a binary file"), and --skip-bad listed each as a bad file.
    from readouts.evaluation import load_dir, scan_dir

    d = tmp_path / "pairs"
    d.mkdir()
    for f in GOOD:
        shutil.copy(f, d / f.name)
        (d / f"._{f.name}").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    (d / ".hidden.json").write_text("{oops", encoding="utf-8")
    assert [i.path.name for i in load_dir(d)] == [f.name for f in GOOD]
    items, skipped = scan_dir(d)
    assert [i.path.name for i in items] == [f.name for f in GOOD] and skipped == {}
    for f in GOOD:
        (d / f.name).unlink()
    with pytest.raises(GoldFormatError, match="holds no .json pair files"):
        load_dir(d)


def test_pair_files_in_upper_case_are_read(tmp_path):
    # "X.JSON" is a pair file on every system (glob("*.json") finds it on macOS and Windows only)
    from readouts.evaluation import load_dir

    d = tmp_path / "pairs"
    d.mkdir()
    shutil.copy(GOOD[0], d / GOOD[0].name.upper())
    assert [i.path.name for i in load_dir(d)] == [GOOD[0].name.upper()]


def test_scan_dir_sets_bad_files_aside(tmp_path):
    from readouts.evaluation import scan_dir

    items, skipped = scan_dir(_mixed_dir(tmp_path))
    assert [i.path.name for i in items] == [f.name for f in GOOD]
    assert sorted(skipped) == ["bad-index.json", "bad-json.json"]
    assert all(isinstance(e, GoldFormatError) or "JSON" in str(e) for e in skipped.values())
    with pytest.raises(GoldFormatError, match="missing: no such directory"):
        scan_dir(tmp_path / "missing")

def test_evaluate_passes_progress_and_cache_dir_on(tmp_path, monkeypatch):
    import readouts.comparison as comparison

    seen = {}
    real = comparison.compare_many

    def spy(pairs, **kwargs):
        seen.update(kwargs)
        return real(pairs, **kwargs)

    monkeypatch.setattr(comparison, "compare_many", spy)
    d = tmp_path / "pairs"
    d.mkdir()
    write_pair(d / "x.json", {"links": [], "only_a": [0, 1], "only_b": [0, 1, 2]})
    from conftest import HashEmbedder
    from readouts.evaluation import evaluate

    evaluate(d, embedder=HashEmbedder())
    assert seen["progress"] is False and seen["cache_dir"] is None
    evaluate(d, embedder=HashEmbedder(), progress=True, cache_dir=tmp_path / "cache")
    assert seen["progress"] is True and seen["cache_dir"] == tmp_path / "cache"
    assert list((tmp_path / "cache").rglob("*.emb"))


def test_a_link_note_that_is_no_string_is_a_gold_format_error(tmp_path):
    data = json.loads(sorted(CORPUS.glob("*.json"))[0].read_text(encoding="utf-8"))
    data["gold"]["links"][0]["note"] = 5
    p = tmp_path / "x.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GoldFormatError, match="note that is not a string"):
        load_annotated(p)


def test_write_prediction_never_overwrites_its_gold_file(tmp_path):
    from readouts.evaluation import write_prediction

    src = sorted(CORPUS.glob("*.json"))[0]
    p = tmp_path / src.name
    p.write_bytes(src.read_bytes())
    item = load_annotated(p)
    with pytest.raises(OutputError, match="overwrite the annotations"):
        write_prediction(tmp_path, item, item.gold)
    assert p.read_bytes() == src.read_bytes()


# -- intervals -------------------------------------------------------------------------------------
def _result(per_call):
    from readouts.evaluation import EvaluationResult, Scores

    per_file, overall = {}, Scores()
    for name, (tp, fp, fn) in per_call.items():
        s = Scores()
        for c in (s.link, s.asym, s.only):
            c.tp, c.fp, c.fn = tp, fp, fn
        per_file[name] = s
        overall += s
    return EvaluationResult(per_file=per_file, overall=overall, predictions={})


def test_interval_resamples_calls_and_is_reproducible():
    r = _result({"2021-01-01-a.json": (9, 1, 1), "2021-01-01-a-ru.json": (9, 1, 1),
                 "2021-02-02-b.json": (1, 5, 5), "2021-03-03-c.json": (5, 2, 2)})
    ci = r.interval()
    assert ci == r.interval() and set(ci) == {"link", "asym", "only"}
    lo, hi = ci["link"]
    # the interval holds the micro-average and lies between the worst and best single call
    assert 1 / 6 <= lo < r.overall.link.f1 < hi <= 0.9
    wider = r.interval(0.99)["link"]
    assert wider[0] <= lo and hi <= wider[1]
    assert "90% interval of each F1, calls resampled" in r.table()


def test_interval_keeps_a_calls_variants_together():
    # one call in two files (its -ru variant): no second call to resample, so no interval
    r = _result({"2021-01-01-a.json": (9, 1, 1), "2021-01-01-a-ru.json": (1, 5, 5)})
    assert r.interval() is None
    assert "interval" not in r.table()


def test_identical_calls_give_a_point_interval():
    r = _result({"2021-01-01-a.json": (3, 1, 1), "2021-02-02-b.json": (3, 1, 1)})
    assert r.interval()["only"] == (0.75, 0.75)


def test_interval_leaves_out_a_draw_whose_f1_is_undefined():
    # Two calls, one without any asymmetric link (gold or predicted): a quarter of the draws hold
    # only that call, whose asym F1 is undefined. They counted as 1.0, so the interval ran up to
    # 1.000 though the only call that says anything scores 0.4.
    import csv
    import io
    import json

    from readouts.evaluation import Counts, EvaluationResult, Scores
    from readouts.rendering import evaluation_summary

    def scores(asym):
        return Scores(link=Counts(3, 1, 1), asym=Counts(*asym), only=Counts(2, 1, 0))

    per_file = {"2021-01-01-a.json": scores((0, 0, 0)), "2021-02-02-b.json": scores((1, 2, 1))}
    overall = Scores()
    for s in per_file.values():
        overall += s
    r = EvaluationResult(per_file=per_file, overall=overall, predictions={})
    ci, left_out = r._bootstrap(0.9, 2000, 0)
    assert r.interval()["asym"] == (0.4, 0.4) == ci["asym"]
    assert 400 < left_out["asym"] < 600 and left_out["link"] == left_out["only"] == 0
    line = next(l for l in r.table().splitlines() if l.startswith("90% interval"))
    assert f"asym 0.400-0.400 ({left_out['asym']} of 2000 draws left out: no asymmetric link" in line
    assert "link 0.750-0.750, " in line  # nothing left out, nothing said
    # the summaries say the same: the .md line, the CSV rows, the JSON
    assert evaluation_summary(r, "md").splitlines()[-1] == line
    rows = {row[0]: row for row in csv.reader(io.StringIO(evaluation_summary(r, "csv")))}
    assert rows["INTERVAL-90-LOW"][6] == rows["INTERVAL-90-HIGH"][6] == "0.4"
    assert rows["INTERVAL-90-LEFT-OUT"][3:] == ["0", "", "", str(left_out["asym"]), "", "", "0"]
    data = json.loads(r.to_json())["interval"]
    assert data["asym"] == [0.4, 0.4] and data["left_out"] == left_out
    # nothing left out: the line says nothing of it, the CSV row holds 0s
    per_file["2021-01-01-a.json"] = scores((1, 0, 0))
    r = EvaluationResult(per_file=per_file, overall=None, predictions={})  # summed again: a file changed
    assert "left out" not in r.table()
    assert evaluation_summary(r, "csv").splitlines()[-1] == "INTERVAL-90-LEFT-OUT,,,0,,,0,,,0"


def test_interval_sums_the_draws_a_block_at_a_time_with_the_same_figures(monkeypatch):
    # counts[picks] held every draw's every call's counts at once: 1 GB for interval(resamples=100_000)
    # over 133 calls. Summed a block of draws at a time now, with the figures the direct sum gives.
    import numpy as np

    import readouts.evaluation as ev

    rng = np.random.default_rng(5)
    r = _result({f"2021-01-{k:02d}-x.json": tuple(int(v) for v in rng.integers(0, 6, 3)) for k in range(1, 12)})

    def direct(level, resamples, seed):  # the former computation
        calls = list(r.per_file.values())
        counts = np.array([[(c.tp, c.fp, c.fn) for c in (s.link, s.asym, s.only)] for s in calls], float)
        picks = np.random.default_rng(seed).integers(0, len(calls), size=(resamples, len(calls)))
        tp, fp, fn = np.moveaxis(counts[picks].sum(axis=1), -1, 0)
        f1 = 2 * tp / (2 * tp + fp + fn)
        lo, hi = np.quantile(f1, [(1 - level) / 2, (1 + level) / 2], axis=0)
        return {m: (round(float(lo[k]), 4), round(float(hi[k]), 4)) for k, m in enumerate(("link", "asym", "only"))}

    expected = direct(0.8, 1003, 7)
    assert r.interval(0.8, resamples=1003, seed=7) == expected
    monkeypatch.setattr(ev, "_BOOTSTRAP_BLOCK", 10)  # blocks of 10, the last of 3
    assert r.interval(0.8, resamples=1003, seed=7) == expected


def test_interval_of_a_metric_undefined_in_every_draw_is_none():
    import csv
    import io
    import json

    from readouts.evaluation import Counts, EvaluationResult, Scores
    from readouts.rendering import evaluation_summary

    per_file = {n: Scores(link=Counts(3, 1, 1), only=Counts(2, 1, 0)) for n in ("2021-01-01-a.json", "2021-02-02-b.json")}
    overall = Scores()
    for s in per_file.values():
        overall += s
    r = EvaluationResult(per_file=per_file, overall=overall, predictions={})
    assert r.interval()["asym"] is None and r.interval()["link"] == (0.75, 0.75)
    assert "asym — (no asymmetric link in any call, gold or predicted)" in r.table()
    rows = {row[0]: row for row in csv.reader(io.StringIO(evaluation_summary(r, "csv")))}
    assert rows["INTERVAL-90-LOW"][6] == rows["INTERVAL-90-HIGH"][6] == ""
    assert rows["INTERVAL-90-LEFT-OUT"][6] == "2000"
    data = json.loads(r.to_json())["interval"]
    assert data["asym"] is None and data["left_out"]["asym"] == 2000


@pytest.mark.parametrize("kw", [{"level": 0}, {"level": 1}, {"level": "0.9"}, {"level": True},
                                {"resamples": 0}, {"resamples": 2.5}, {"level": float("nan")},
                                {"seed": "x"}, {"seed": -1}, {"seed": 1.5}, {"seed": True}])
def test_interval_rejects_bad_settings(kw):
    from readouts.errors import InputError

    r = _result({"2021-01-01-a.json": (3, 1, 1), "2021-02-02-b.json": (1, 1, 1)})
    with pytest.raises(InputError):
        r.interval(**kw)


def test_interval_takes_numpy_numbers_as_compare_does():
    import numpy as np

    r = _result({"2021-01-01-a.json": (3, 1, 1), "2021-02-02-b.json": (1, 1, 1)})
    assert r.interval(np.float32(0.9), resamples=np.int64(100), seed=np.int64(3)) == r.interval(0.9, resamples=100, seed=3)
    with pytest.raises(InputError, match="level must be a number"):
        r.interval(np.bool_(True))


def test_interval_leaves_the_per_file_scores_as_they_are():
    r = _result({"2021-01-01-a.json": (9, 1, 1), "2021-01-01-a-ru.json": (1, 5, 5), "2021-02-02-b.json": (3, 1, 1)})
    before = {n: (s.link.tp, s.link.fp, s.link.fn) for n, s in r.per_file.items()}
    r.interval()
    assert {n: (s.link.tp, s.link.fp, s.link.fn) for n, s in r.per_file.items()} == before


# -- keys and metadata of a pair file (s26 probe) --------------------------------------------------
def _pair(**changes):
    data = {"id": "x", "date": "2022-02-01", "medium": "phone call", "participants": ["Antony Blinken", "Sergey Lavrov"],
            "a": {"side": "US", "issuer": "State", "language": "en", "source_url": "https://x", "title": "T",
                  "points": ["A one.", "A two."]},
            "b": {"side": "RU", "points": ["B one."]},
            "gold": {"links": [{"a": [0], "b": [0], "label": "equivalent", "note": "n"}], "only_a": [1], "only_b": [],
                     "notes": "all fine"}}
    for where, value in changes.items():
        *path, key = where.split("__")
        target = data
        for k in path:
            target = target[k]
        target[key] = value
    return data


def _load(tmp_path, data):
    p = tmp_path / "x.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    return load_annotated(p)


@pytest.mark.parametrize("change, match", [
    ({"participants": [{"name": "Blinken"}]}, "participants must be a list of names"),
    ({"participants": 5}, "participants must be a list of names"),
    ({"a__participants": ["Blinken", 5]}, "side 'a': participants must be a list of names"),
    ({"gold__notes": 5}, "gold 'notes' is not a string"),
    ({"id": 5}, "'id' must be a string"),
    ({"a__date": "1 Feb"}, "side a: invalid readout: date"),
    # the file's own date: named as the file's, not as side a's (side a holds no date to fix)
    ({"date": "2022-13-01"}, r"x\.json: the file's date, which side a takes: invalid readout: date: Input should be a "
                             r"valid date"),
    ({"date": "2022-13-01", "a__date": "2022-02-01"}, r"x\.json: the file's date, which side b takes: "),
])
def test_a_known_key_of_the_wrong_type_or_value_is_refused(tmp_path, change, match):
    with pytest.raises(GoldFormatError, match=match):
        _load(tmp_path, _pair(**change))


# A held-out file "in the same format" may carry a field this format does not name (an annotator,
# a link's confidence): it is scored all the same, and the key is named, never silently dropped.
@pytest.mark.parametrize("change, match", [
    ({"a__langauge": "de"}, r"^.*x\.json: side 'a' has unknown key\(s\) 'langauge', ignored \(a misspelling\? 'langauge' "
                            r"for 'language'\?\); a side's keys are side, issuer, language, date, title, source_url, "
                            r"participants, points$"),
    ({"b__url": "https://x"}, r"x\.json: side 'b' has unknown key\(s\) 'url', ignored; a side's keys are side, "),
    ({"annotator": "AB", "time": 12}, r"x\.json has unknown key\(s\) 'annotator', 'time', ignored; a pair file's keys "
                                      r"are id, date, medium, participants, a, b, gold$"),
    ({"dat": "2022-02-02"}, r"x\.json has unknown key\(s\) 'dat', ignored \(a misspelling\? 'dat' for 'date'\?\)"),
    ({"gold__note": "x"}, r"x\.json: 'gold' has unknown key\(s\) 'note', ignored \(a misspelling\? 'note' for 'notes'\?\); "
                          r"the gold block's keys are links, only_a, only_b, notes$"),
    ({"gold__links": [{"a": [0], "b": [0], "label": "equivalent", "confidence": 0.4}]},
     r"x\.json: link 0 has unknown key\(s\) 'confidence', ignored; a link's keys are a, b, label, note$"),
])
def test_an_unknown_key_warns_and_is_ignored(tmp_path, change, match):
    with pytest.warns(GoldFormatWarning, match=match) as record:
        item = _load(tmp_path, _pair(**change))
    assert len(record) == 1
    # ignored: the file reads as it does without the key
    assert item.a == _load(tmp_path, _pair()).a and item.b.source_url is None and item.a.language == "en"
    assert str(item.a.date) == "2022-02-01" and item.gold.links[0].label == "equivalent"


def test_unknown_keys_warn_once_per_file_and_kind_of_place(tmp_path):
    data = _pair(annotator="AB", a__url="u", b__url="v", a__langauge="de",
                 gold__links=[{"a": [0], "b": [0], "label": "equivalent", "confidence": 0.9}])
    with pytest.warns(GoldFormatWarning) as record:
        item = _load(tmp_path, data)
    assert (item.a.language, item.a.source_url, item.b.source_url) == ("en", "https://x", None)
    messages = sorted(str(w.message).split("x.json", 1)[1] for w in record)
    assert messages == [
        " has unknown key(s) 'annotator', ignored; a pair file's keys are id, date, medium, participants, a, b, gold",
        ": link 0 has unknown key(s) 'confidence', ignored; a link's keys are a, b, label, note",
        ": sides have unknown keys 'langauge' (side 'a'), 'url' (sides 'a', 'b'), ignored (a misspelling? 'langauge' "
        "for 'language'?); a side's keys are side, issuer, language, date, title, source_url, participants, points",
    ]


def test_the_same_unknown_key_on_many_links_is_one_warning(tmp_path):
    links = [{"a": [k], "b": [k], "label": "equivalent", "confidence": 0.5} for k in range(12)]
    links[3]["lable"] = "asymmetric"
    data = {"a": {"points": [f"A {k}." for k in range(12)]}, "b": {"points": [f"B {k}." for k in range(12)]},
            "gold": {"links": links, "only_a": [], "only_b": []}}
    with pytest.warns(GoldFormatWarning) as record:
        item = _load(tmp_path, data)
    assert [str(w.message).split("x.json: ", 1)[1] for w in record] == [
        "links have unknown keys 'confidence' (links 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... (12 in all)), 'lable' (link 3), "
        "ignored (a misspelling? 'lable' for 'label'?); a link's keys are a, b, label, note"]
    assert {l.label for l in item.gold.links} == {"equivalent"}
    # all twelve the same: one warning naming them
    for link in links:
        link.pop("lable", None)
    with pytest.warns(GoldFormatWarning, match=r"links 0, 1, .*, 9, \.\.\. \(12 in all\) have unknown key\(s\) "
                                               r"'confidence', ignored") as record:
        _load(tmp_path, data)
    assert len(record) == 1


def test_a_file_refused_for_a_bad_value_still_names_its_unknown_keys(tmp_path):
    # a misspelt 'lable' leaves the link without a label: the refusal says so, the warning says why
    data = _pair(gold__links=[{"a": [0], "b": [0], "lable": "equivalent"}])
    with pytest.warns(GoldFormatWarning, match=r"link 0 has unknown key\(s\) 'lable', ignored \(a misspelling\? "
                                               r"'lable' for 'label'\?\)"):
        with pytest.raises(GoldFormatError, match=r"link 0 has no 'label' \('lable' for 'label'\?\); give it one of equivalent, asymmetric$"):
            _load(tmp_path, data)


def test_evaluate_scores_a_folder_whose_files_carry_unknown_keys(tmp_path):
    from readouts import evaluate

    plain, extra = tmp_path / "plain", tmp_path / "extra"
    plain.mkdir()
    extra.mkdir()
    for src in sorted(CORPUS.glob("*.json"))[:3]:
        data = json.loads(src.read_text(encoding="utf-8"))
        (plain / src.name).write_text(json.dumps(data), encoding="utf-8")
        data["annotator"] = "AB"
        data["a"]["url"] = "https://example.org"
        for link in data["gold"]["links"]:
            link["confidence"] = 0.8
        (extra / src.name).write_text(json.dumps(data), encoding="utf-8")
    with pytest.warns(GoldFormatWarning) as record:
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        result = evaluate(extra, embedder=HashEmbedder(), out=tmp_path / "pred")
    assert len(record) == 3 * 3  # per file: the file's key, side a's and the links'
    assert not result.skipped and result.overall == evaluate(plain, embedder=HashEmbedder()).overall
    assert result.per_file.keys() == {p.name for p in plain.glob("*.json")}


def test_a_pair_files_metadata_reaches_its_readouts(tmp_path):
    item = _load(tmp_path, _pair())
    assert item.a.participants == item.b.participants == ("Antony Blinken", "Sergey Lavrov")
    assert str(item.a.date) == str(item.b.date) == "2022-02-01" and item.gold.notes == "all fine"
    assert (item.a.issuer, item.a.language, item.a.title, item.b.issuer) == ("State", "en", "T", None)
    # "A; B", as a readout header writes them, is two names, not none
    item = _load(tmp_path, _pair(participants="Antony Blinken; Sergey Lavrov"))
    assert item.a.participants == ("Antony Blinken", "Sergey Lavrov")
    # a side's own date and participants win over the file's
    item = _load(tmp_path, _pair(b__date="2022-02-02", b__participants=["Lavrov"]))
    assert (str(item.a.date), str(item.b.date)) == ("2022-02-01", "2022-02-02")
    assert (item.a.participants, item.b.participants) == (("Antony Blinken", "Sergey Lavrov"), ("Lavrov",))
    minimal = {"a": {"points": ["A."]}, "b": {"points": ["B."]}, "gold": {"links": [], "only_a": [0], "only_b": [0]}}
    item = _load(tmp_path, minimal)
    assert (item.id, item.a.side, item.b.side, item.a.participants, item.gold.notes) == ("x", "A", "B", (), None)


@pytest.mark.parametrize("args, kw, match", [
    ((None,), {}, "directory must be a folder name .str or Path., not NoneType"),
    ((5,), {}, "directory must be a folder name .str or Path., not int"),
    ((CORPUS,), {"out": 5}, "out must be a folder name .str or Path., not int"),
])
def test_evaluate_refuses_what_is_no_folder(args, kw, match):
    from readouts import evaluate

    with pytest.raises(InputError, match=match):
        evaluate(*args, embedder=HashEmbedder(), **kw)


def test_evaluate_skip_with_a_broken_embedder_blames_the_embedder_not_the_files(tmp_path):
    from readouts import EmbedderError, evaluate

    class Broken:
        name = "broken"

        def encode(self, texts):
            raise RuntimeError("the GPU is gone")

    d = _mixed_dir(tmp_path)
    with pytest.raises(EmbedderError, match="none of its 4 pair file.s. could be scored; first: .*"
                                            "embedder 'broken' failed: RuntimeError: the GPU is gone") as exc:
        evaluate(d, embedder=Broken(), on_error="skip")
    assert not isinstance(exc.value, GoldFormatError)


# -- fourth API probe: empty folder names, calls by id ---------------------------------------------
@pytest.mark.parametrize("where", ["directory", "out"])
def test_an_empty_folder_name_is_refused_not_read_as_the_current_folder(tmp_path, monkeypatch, where):
    # Path("") is ".": evaluate("") scored whatever pair files the working folder held, and
    # out="" wrote the predictions there.
    from readouts import evaluate

    d = tmp_path / "pairs"
    d.mkdir()
    shutil.copy(GOOD[0], d / GOOD[0].name)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    shutil.copy(GOOD[1], cwd / GOOD[1].name)
    monkeypatch.chdir(cwd)
    with pytest.raises(InputError, match=f"{where} is empty"):
        evaluate("" if where == "directory" else d, embedder=HashEmbedder(), out="" if where == "out" else None)
    assert sorted(p.name for p in cwd.iterdir()) == [GOOD[1].name]


def test_interval_groups_files_by_the_call_their_id_names(tmp_path):
    # Cross-validation holds out a call by its files' ids; the interval grouped by file name, so a
    # -ru variant saved under another name (or as X-ru.JSON) counted as a call of its own.
    from readouts import evaluate

    d = tmp_path / "pairs"
    d.mkdir()
    gold = {"links": [], "only_a": [0, 1], "only_b": [0, 1, 2]}
    for name, call_id in (("first.json", "2021-01-01-a"), ("second.JSON", "2021-01-01-a-ru")):
        write_pair(d / name, gold)
        data = json.loads((d / name).read_text(encoding="utf-8"))
        (d / name).write_text(json.dumps({**data, "id": call_id}), encoding="utf-8")
    result = evaluate(d, embedder=HashEmbedder())
    assert result.calls == {"first.json": "2021-01-01-a", "second.JSON": "2021-01-01-a"}
    assert result.interval() is None  # one call: nothing to resample


def test_interval_without_ids_reads_the_file_name_whatever_its_suffix_case():
    r = _result({"2021-01-01-a.json": (9, 1, 1), "2021-01-01-a-ru.JSON": (1, 5, 5)})
    assert r.interval() is None


def test_table_keeps_long_file_names_whole():
    # Names were cut at 44 characters, so two files that differ only further on had the same row label.
    long = "2019-09-07-ua-ru-zelensky-putin-telephone-conversation"
    r = _result({f"{long}-first.json": (3, 1, 1), f"{long}-second.json": (1, 1, 1)})
    lines = r.table().splitlines()
    assert lines[2].startswith(f"{long}-first.json ") and lines[3].startswith(f"{long}-second.json ")
    assert len({len(line) for line in lines[:5]}) == 1  # the columns still line up


def test_out_naming_a_file_says_so(tmp_path):
    # It said "(File exists)", which reads as if the folder were there already and fine.
    from readouts import evaluate

    d = tmp_path / "pairs"
    d.mkdir()
    shutil.copy(GOOD[0], d / GOOD[0].name)
    blocker = tmp_path / "preds.json"
    blocker.write_text("{}", encoding="utf-8")
    with pytest.raises(OutputError, match=r"preds\.json: cannot create the predictions directory: it is a file; "
                                          "give a folder name"):
        evaluate(d, embedder=HashEmbedder(), out=blocker)
    assert blocker.read_text(encoding="utf-8") == "{}"


def test_an_evaluation_results_repr_summarises_it():
    # The dataclass repr held every file's scores and every predicted link (about 70,000 characters
    # for the corpus): a wall in a notebook cell. It summarises; table() shows the rest.
    r = _result({f"2021-01-{d:02d}-x.json": (3, 1, 1) for d in range(1, 29)})
    r = __import__("dataclasses").replace(r, skipped={"bad.json": GoldFormatError("bad.json: broken")})
    assert repr(r) == "EvaluationResult(28 files, 1 skipped: link F1 0.750, asym F1 0.750, only F1 0.750)"


def test_evaluate_keeps_the_comparisons_it_scored_when_asked(tmp_path):
    # evaluate() built a Comparison per file and kept only its links, so a user who wanted the flags
    # on the evaluated calls ran compare() over every pair a second time. keep_comparisons=True keeps
    # them; the scores are the same either way, and by default nothing more is held.
    from readouts import compare, evaluate

    d = _mixed_dir(tmp_path)
    plain = evaluate(d, embedder=HashEmbedder(), on_error="skip")
    kept = evaluate(d, embedder=HashEmbedder(), on_error="skip", keep_comparisons=True)
    assert plain.comparisons == {}
    assert kept.overall == plain.overall and kept.skipped.keys() == plain.skipped.keys()
    assert kept.per_file == plain.per_file and kept.predictions == plain.predictions
    assert sorted(kept.comparisons) == sorted(kept.per_file) == sorted(f.name for f in GOOD)
    for name, c in kept.comparisons.items():
        item = load_annotated(d / name)
        assert c == compare(item.a, item.b, embedder=HashEmbedder())
        assert Gold.from_comparison(c) == kept.predictions[name]
    assert "comparisons" not in repr(kept)
    with pytest.raises(InputError, match="keep_comparisons must be True or False, not str"):
        evaluate(d, embedder=HashEmbedder(), keep_comparisons="yes")


def test_a_gold_block_and_an_annotated_call_show_a_summary_not_their_notes():
    # load_dir("examples/corpus") in a notebook cell printed ~3,300 characters per call, most of it
    # the gold links' notes and the annotator's notes; 133 calls made a wall of prose.
    from readouts.evaluation import Gold, GoldLink, load_dir

    gold = Gold(links=(GoldLink(a=(0,), b=(0, 1), label="equivalent", note="x" * 500),
                       GoldLink(a=(1,), b=(2,), label="asymmetric")), only_a=(2,), only_b=(), notes="y" * 900)
    assert repr(gold) == str(gold) == "Gold(2 links (1 asymmetric), only_a=(2,), only_b=(), notes of 900 characters)"
    assert gold.links[0].note == "x" * 500  # the fields keep it all
    item = load_dir(CORPUS)[0]
    assert len(repr(item)) < 800 and "Gold(" in repr(item)


def test_every_bad_file_is_named_in_one_error(tmp_path):
    # A folder with several bad gold files named only the first: fixing it took one run per file.
    from readouts import evaluate
    from readouts.errors import ReadoutFileError

    d = _mixed_dir(tmp_path)
    write_pair(d / "bad-label.json", {"links": [{"a": [0], "b": [0], "label": "similar"}], "only_a": [1],
                                      "only_b": [1, 2]})
    for call in (lambda: load_dir(d), lambda: evaluate(d, embedder=HashEmbedder())):
        with pytest.raises(GoldFormatError) as info:
            call()
        msg = str(info.value)
        assert "3 of its 5 pair files are bad (bad-index.json, bad-json.json, bad-label.json)" in msg
        assert "out of range" in msg and "malformed JSON" in msg and "unknown label 'similar'" in msg
        assert "on_error='skip'" in msg and "\n" not in msg
        assert sorted(info.value.errors) == ["bad-index.json", "bad-json.json", "bad-label.json"]
        assert isinstance(info.value.errors["bad-json.json"], ReadoutFileError)
    # on_error="skip" with no file left names each file's problem too, not the first alone
    for f in d.glob("*.json"):
        if not f.name.startswith("bad-"):
            f.unlink()
    with pytest.raises(GoldFormatError, match=r"none of its 3 pair file\(s\) could be scored: \(1\) .*out of range.*"
                                              r"\(2\) .*malformed JSON.*\(3\) .*unknown label 'similar'"):
        evaluate(d, embedder=HashEmbedder(), on_error="skip")
    # one bad file keeps its own error, as before
    for name in ("bad-json.json", "bad-label.json"):
        (d / name).unlink()
    with pytest.raises(GoldFormatError, match="out of range") as info:
        load_dir(d)
    assert "pair files are bad" not in str(info.value)
    assert info.value.errors == {"bad-index.json": info.value}


def test_a_saved_comparison_or_a_readout_is_named_as_such_not_as_a_bad_pair(tmp_path, hash_embedder):
    # evaluate on a --save-comparisons folder said "side a: point 0 must be str, not dict"
    from readouts import Readout, compare

    us = Readout.from_points(["Blinken spoke with Lavrov.", "He urged de-escalation."], side="US")
    (tmp_path / "cmp.json").write_text(compare(us, "Lavrov spoke.", embedder=hash_embedder).to_json(), encoding="utf-8")
    (tmp_path / "us.json").write_text(us.model_dump_json(), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"cmp\.json: a saved comparison \(Comparison\.from_file reads it\), "
                                              r"not an annotated pair file"):
        load_annotated(tmp_path / "cmp.json")
    with pytest.raises(GoldFormatError, match=r"us\.json: one readout \(Readout\.from_file reads it\), not an "
                                              r"annotated pair file"):
        load_annotated(tmp_path / "us.json")


def test_evaluate_warnings_about_a_readout_name_its_pair_file(tmp_path):
    # "readout 'US' of 2022-02-01 holds the same point more than once" named no file, and a folder
    # holds many files whose sides are 'US' and 'RU': each warning about a readout now names its file.
    import warnings

    from readouts import CallWarning, DuplicatePointWarning, evaluate
    from readouts.language import readout_label, readout_source

    d = tmp_path / "pairs"
    d.mkdir()
    gold = {"links": [{"a": [0], "b": [0], "label": "equivalent"}], "only_a": [1, 2], "only_b": [1]}
    for name, date in (("one.json", "2099-01-01"), ("two.json", "2022-02-01")):
        (d / name).write_text(json.dumps({
            "a": {"side": "US", "date": "2022-02-01", "points": ["Blinken spoke.", "They met.", "They met."]},
            "b": {"side": "RU", "date": date, "points": ["Lavrov spoke.", "Talks went on."]}, "gold": gold}),
            encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        evaluate(d, embedder=HashEmbedder())
    dup = [str(w.message) for w in caught if w.category is DuplicatePointWarning]
    assert len(dup) == 2 and any(f"'US' of 2022-02-01 in {d / 'one.json'} holds" in m for m in dup) \
        and any(f"'US' of 2022-02-01 in {d / 'two.json'} holds" in m for m in dup)
    (call,) = [str(w.message) for w in caught if w.category is CallWarning and "days apart" in str(w.message)]
    assert f"'US' of 2022-02-01 in {d / 'one.json'} and 'RU' of 2099-01-01 in {d / 'one.json'}" in call
    # outside evaluate, a readout is named as before
    r = load_annotated(d / "one.json").a
    assert readout_source(r) is None and readout_label(r) == "'US' of 2022-02-01"


def test_an_index_out_of_range_says_which_are_valid_and_spots_counting_from_one(tmp_path):
    # "index 3 on side b is out of range (side b has 3 points)" left the annotator to work out that the
    # points are numbered 0 to 2; a block numbered from 1 throughout was not told so.
    gold = {"links": [{"a": [0], "b": [3], "label": "equivalent"}], "only_a": [1], "only_b": [0, 1, 2]}
    with pytest.raises(GoldFormatError, match=r"link 0: index 3 on side b is out of range \(side b has 3 points, "
                                              r"numbered 0 to 2\)$"):
        load_annotated(write_pair(tmp_path / "x.json", gold))
    one_based = {"links": [{"a": [1], "b": [1], "label": "equivalent"}, {"a": [2], "b": [2, 3], "label": "asymmetric"}]}
    with pytest.raises(GoldFormatError, match=r"link 1: index 2 on side a is out of range \(side a has 2 points, "
                                              r"numbered 0 to 1\); the block's indices on side a look counted from 1 "
                                              r"\(none is 0, the largest is 2\): .* subtract 1 from each$"):
        load_annotated(write_pair(tmp_path / "y.json", one_based))
    one_point = {"links": [], "only_a": [0, 1, 2], "only_b": [0, 1, 2]}
    with pytest.raises(GoldFormatError, match=r"only_a: index 2 on side a is out of range \(side a has 2 points, "
                                              r"numbered 0 to 1\)$"):  # a 0 among them: no counting from 1
        load_annotated(write_pair(tmp_path / "z.json", one_point))


# -- two pair files with one id (s41) --------------------------------------------------------------
def test_two_pair_files_with_one_id_are_scored_with_a_warning_naming_both(tmp_path):
    # A copied file was scored twice without a word, and the interval took the two for one call.
    # Each file is a valid pair file (a second annotation of a call is one too), so both are still
    # scored, as the other readable-but-doubtful input is (unknown keys, comma-joined participants).
    import warnings

    from readouts.evaluation import evaluate, scan_dir

    src = sorted(CORPUS.glob("*.json"))[0]
    shutil.copy(src, tmp_path / src.name)
    shutil.copy(src, tmp_path / "copy.json")
    call_id = json.loads(src.read_text(encoding="utf-8"))["id"]
    with pytest.warns(GoldFormatWarning) as record:
        items = load_dir(tmp_path)
    [w] = [w for w in record if "have the id" in str(w.message)]
    said = str(w.message)
    assert f"2 pair files have the id {call_id!r}, with the same content (copies of one file): " in said
    assert f"{src.name} and copy.json" in said and "counts that call twice" in said
    assert w.filename == __file__  # the caller's line, as the other gold warnings
    assert [it.path.name for it in items] == sorted([src.name, "copy.json"])
    # evaluate says it once, and still scores both
    with pytest.warns(GoldFormatWarning, match="have the id") as record:
        result = evaluate(tmp_path, embedder=HashEmbedder())
    assert sum("have the id" in str(w.message) for w in record) == 1
    assert set(result.per_file) == {src.name, "copy.json"}
    # an edited copy is named as such
    data = json.loads(src.read_text(encoding="utf-8"))
    data["gold"]["notes"] = "second annotator"
    (tmp_path / "copy.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.warns(GoldFormatWarning, match="with different annotations or points"):
        scan_dir(tmp_path)
    # copies without an id (each takes its file name's): scored as two calls, said as such
    del data["id"], data["gold"]["notes"]
    (tmp_path / src.name).write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "copy.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    with pytest.warns(GoldFormatWarning, match=rf"2 pair files have the same content and no id \(copies of one "
                                               rf"file\): {src.name} and copy.json; each is scored as a call of its "
                                               "own") as record:
        load_dir(tmp_path)
    assert not any("have the id" in str(w.message) for w in record)
    # distinct ids (a call's -ru variant): no warning
    data["id"] = json.loads(src.read_text(encoding="utf-8"))["id"]
    data["id"] = data["id"] + "-ru"
    (tmp_path / "copy.json").write_text(json.dumps(data), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        assert len(load_dir(tmp_path)) == 2


def test_files_of_one_id_under_warnings_made_errors_are_bad_files_not_a_stopped_run(tmp_path):
    # python -W error: the same-id GoldFormatWarning stopped evaluate(on_error="skip") as a whole
    import warnings

    from readouts.errors import GoldFormatError
    from readouts.evaluation import evaluate, scan_dir

    files = sorted(CORPUS.glob("*.json"))[:2]
    for f in files:
        shutil.copy(f, tmp_path / f.name)
    shutil.copy(files[0], tmp_path / "copy.json")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        items, skipped = scan_dir(tmp_path)
        assert [it.path.name for it in items] == [files[1].name]
        assert list(skipped) == sorted(["copy.json", files[0].name])  # both: neither is known to be the right one
        for name, err in skipped.items():
            assert type(err) is GoldFormatWarning
            assert str(err).startswith(f"{tmp_path / name}: not scored, as this warning is an error here "
                                       "(python -W error or a warnings filter): ")
            call_id = json.loads(files[0].read_text(encoding="utf-8"))["id"]
            assert f"warnings filter): 2 pair files have the id {call_id!r}, with the same content" in str(err)
            assert "2 pair files have the id" in str(err) and "each is scored" not in str(err)
            assert str(err).count(str(tmp_path)) == 1
        result = evaluate(tmp_path, embedder=HashEmbedder(), on_error="skip")
        assert set(result.per_file) == {files[1].name} and set(result.skipped) == set(skipped)
        assert {n: str(e) for n, e in result.skipped.items()} == {n: str(e) for n, e in skipped.items()}
        # on_error="raise": one error naming both files, as for any bad files
        with pytest.raises(GoldFormatError, match=rf"2 of its 3 pair files are bad \({files[0].name}, copy.json\)") as info:
            evaluate(tmp_path, embedder=HashEmbedder())
        assert set(info.value.errors) == set(skipped)
    # not escalated: a warning, and all three scored (as before)
    with pytest.warns(GoldFormatWarning, match="have the id"):
        assert len(scan_dir(tmp_path)[0]) == 3
