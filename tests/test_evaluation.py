import json
import shutil

import pytest

from readouts.evaluation import Gold, GoldLink, call_key, load_annotated, load_dir, score_pair
from readouts.errors import GoldFormatError


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
    ({"links": []}, "only_a"),
])
def test_bad_gold_files(tmp_path, gold, match):
    with pytest.raises(GoldFormatError, match=match):
        load_annotated(write_pair(tmp_path / "x.json", gold))


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
