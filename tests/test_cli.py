import json
import subprocess
import sys

import pytest

from readouts.cli import main
from conftest import ROOT

EX = ROOT / "examples"


def run(*args):
    return subprocess.run([sys.executable, "-m", "readouts", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize("content", [b"", b"   \n", b"\x00\xff\x00binary", b"\xff\xfe bad utf8"])
def test_bad_files_give_one_line_and_nonzero_exit(tmp_path, content, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    assert main(["compare", str(bad), str(EX / "2022-02-01-ru.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("readouts: error:") and "Traceback" not in err


def test_missing_and_malformed(tmp_path, capsys):
    assert main(["compare", str(tmp_path / "nope.txt"), str(EX / "2022-02-01-ru.txt")]) == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    assert main(["compare", str(bad), str(EX / "2022-02-01-ru.txt")]) == 2
    gold = tmp_path / "golds"
    gold.mkdir()
    (gold / "x.json").write_text(json.dumps({"a": {"points": ["A."]}, "b": {"points": ["B."]},
                                             "gold": {"links": [], "only_a": [0, 3], "only_b": [0]}}))
    assert main(["evaluate", str(gold)]) == 2
    err = capsys.readouterr().err
    assert "out of range" in err and "Traceback" not in err


@pytest.mark.slow
def test_compare_markdown_and_json():
    md = run("compare", str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt"))
    assert md.returncode == 0, md.stderr
    assert "## Linked points" in md.stdout and "Only in RU" in md.stdout
    js = run("compare", str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt"), "--format", "json")
    from readouts import Comparison

    c = Comparison.model_validate_json(js.stdout)
    assert c.a.side == "US" and c.b.side == "RU"
    assert js.stderr == ""


@pytest.mark.slow
def test_evaluate_cli_writes_predictions(tmp_path, dev_pairs_dir):
    out = tmp_path / "pred"
    r = run("evaluate", str(dev_pairs_dir), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "MICRO-AVERAGE" in r.stdout
    assert len(list(out.glob("*.json"))) == len(list(dev_pairs_dir.glob("*.json")))


def test_evaluate_progress_on_by_default_and_cache_dir_passed(tmp_path, monkeypatch, capsys):
    import readouts.evaluation as evaluation

    calls = []

    def fake_evaluate(directory, **kwargs):
        calls.append(kwargs)
        raise evaluation.GoldFormatError("stop here")

    monkeypatch.setattr(evaluation, "evaluate", fake_evaluate)
    assert main(["evaluate", str(tmp_path)]) == 2
    assert main(["evaluate", str(tmp_path), "--no-progress", "--cache-dir", str(tmp_path / "c")]) == 2
    assert calls[0]["progress"] is True and calls[0]["cache_dir"] is None
    assert calls[1]["progress"] is False and calls[1]["cache_dir"] == str(tmp_path / "c")


def test_compare_cache_dir_that_is_a_file(tmp_path, capsys):
    f = tmp_path / "f"
    f.write_text("x")
    assert main(["compare", str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt"), "--cache-dir", str(f)]) == 2
    assert "is a file" in capsys.readouterr().err
