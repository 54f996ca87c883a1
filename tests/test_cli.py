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


def test_summary_file_must_be_md_or_csv(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path), "--summary", str(tmp_path / "scores.txt")]) == 2
    err = capsys.readouterr().err
    assert ".md" in err and ".csv" in err and err.count("\n") == 1


def test_output_folder_must_exist(tmp_path, capsys):
    out = tmp_path / "missing" / "report.html"
    assert main(["compare", str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt"), "--format", "html",
                 "-o", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err and not out.exists()


@pytest.mark.slow
def test_compare_html_to_file(tmp_path, capsys):
    from html import escape

    from readouts import Readout

    out = tmp_path / "report.html"
    us, ru = EX / "2022-02-01-us.txt", EX / "2022-02-01-ru.txt"
    assert main(["compare", str(us), str(ru), "--format", "html", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""  # the report went to the file, not stdout
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    for path in (us, ru):
        for p in Readout.from_file(path).points:
            assert escape(p.text, quote=False) in page


@pytest.mark.slow
def test_evaluate_writes_summary_table(tmp_path, dev_pairs_dir, capsys):
    summary = tmp_path / "scores.md"
    assert main(["evaluate", str(dev_pairs_dir), "--summary", str(summary)]) == 0
    lines = summary.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("| file | link P | link R | link F1 |")
    assert len(lines) == 2 + len(list(dev_pairs_dir.glob("*.json"))) + 1
    assert lines[-1].startswith("| **MICRO-AVERAGE** |")
    assert "MICRO-AVERAGE" in capsys.readouterr().out
