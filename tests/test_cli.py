import json
import subprocess
import sys

import pytest

from readouts.cli import main
from conftest import ROOT
from readouts.errors import CalibrationWarning

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
    # It failed once under load and passed on a rerun, with no cause found (session 44: the pair folder is
    # read-only, the output folder the test's own, the output the same under 13 hash seeds): the exit status
    # (a negative one is a signal, -9 the OOM killer's) and stdout's tail say more the next time.
    said = f"exit status {r.returncode}; stderr:\n{r.stderr[-3000:]}\nstdout's tail:\n{r.stdout[-1500:]}"
    assert r.returncode == 0, said
    assert "MICRO-AVERAGE" in r.stdout, said
    # six calls: the table says how far the micro-average could move on other calls like them
    assert "90% interval of each F1, calls resampled" in r.stdout.splitlines()[-1], said
    assert len(list(out.glob("*.json"))) == len(list(dev_pairs_dir.glob("*.json")))


def test_summary_file_must_be_md_csv_or_json(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path), "--summary", str(tmp_path / "scores.txt")]) == 2
    err = capsys.readouterr().err
    assert ".md" in err and ".csv" in err and ".json" in err and err.count("\n") == 1
    assert "scores.txt" in err


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
    assert len(lines) == 2 + len(list(dev_pairs_dir.glob("*.json"))) + 1 + 2
    assert lines[-3].startswith("| **MICRO-AVERAGE** |")
    assert lines[-1].startswith("90% interval of each F1, calls resampled")
    assert "MICRO-AVERAGE" in capsys.readouterr().out


def test_warnings_are_one_line_each_and_the_display_is_restored(tmp_path, dev_pairs_dir, capsys):
    import warnings

    from readouts.cli import _show_warning
    from readouts.evaluation import GoldFormatWarning

    src = sorted(dev_pairs_dir.glob("*.json"))[0]
    data = json.loads(src.read_text(encoding="utf-8"))
    data["annotator"] = "A. N."  # a key of its own: warned about, ignored, the file still scored
    (tmp_path / src.name).write_text(json.dumps(data), encoding="utf-8")
    before = warnings.showwarning
    assert main(["evaluate", str(tmp_path)]) == 0
    assert warnings.showwarning is before
    out = capsys.readouterr()
    assert "MICRO-AVERAGE" in out.out
    lines = [ln for ln in out.err.splitlines() if "annotator" in ln]
    assert len(lines) == 1 and lines[0].startswith(f"readouts: warning: {tmp_path / src.name} has unknown key(s) "
                                                   "'annotator', ignored;")
    # another package's warning names its class and where it came from, still on one line
    _show_warning(DeprecationWarning("old\nAPI"), DeprecationWarning, "lib.py", 7)
    _show_warning(GoldFormatWarning("a.json: x"), GoldFormatWarning, "evaluation.py", 1)
    assert capsys.readouterr().err.splitlines() == [
        "readouts: warning: DeprecationWarning: old API (lib.py:7)", "readouts: warning: a.json: x"]


def test_logged_messages_read_like_the_commands_warnings():
    # the cache's "cannot write" is logged, not warned: one grep for
    # "readouts: warning:" should find them too ("readouts: WARNING:" did not match)
    import logging

    from readouts.cli import _LogFormat

    record = logging.LogRecord("readouts.cache", logging.WARNING, "cache.py", 1, "cannot write %s", ("x",), None)
    assert _LogFormat().format(record) == "readouts: warning: cannot write x"
    record = logging.LogRecord("readouts.cli", logging.INFO, "cli.py", 1, "encoding", None, None)
    assert _LogFormat().format(record) == "readouts: info: encoding"


# -- every bad-input path: one line on stderr, exit 2, no traceback ------------------------------
from conftest import CORPUS, HashEmbedder  # noqa: E402
from readouts.evaluation import call_key  # noqa: E402

RU = str(EX / "2022-02-01-ru.txt")


def one_line_error(err, *fragments):
    assert err.count("\n") == 1 and err.startswith("readouts: error: ") and "Traceback" not in err, err
    for f in fragments:
        assert f in err, err


@pytest.fixture
def fast_embedder(monkeypatch):
    """The CLI resolves embedders by name or folder; route the default to the hash embedder."""
    import readouts.comparison

    emb = HashEmbedder()
    monkeypatch.setattr(readouts.comparison, "resolve_embedder", lambda e=None: emb)
    return emb


@pytest.mark.parametrize("content, fragment", [
    (b"", "empty"), (b" \n\t \n", "empty"), (b"\x00\x01binary\x00", "binary"), (b"caf\xe9", "not UTF-8"),
    (b"---\nside: US\nmood: x\n---\nText.", "unknown header key"), (b"---\ndate: 1 Feb\n---\nText.", "YYYY-MM-DD"),
    (b"\xe2\x80\x94 \xe2\x80\xa6", "no sentence"),
])
def test_compare_bad_content(tmp_path, capsys, content, fragment):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    for argv in (["compare", str(bad), RU], ["compare", RU, str(bad)]):
        assert main(argv) == 2
        one_line_error(capsys.readouterr().err, str(bad), fragment)


def test_compare_bad_paths(tmp_path, capsys, monkeypatch):
    from pathlib import Path

    assert main(["compare", str(tmp_path), RU]) == 2
    one_line_error(capsys.readouterr().err, "is a directory")
    weird = tmp_path / "x.pdf"
    weird.write_bytes(b"%PDF")
    assert main(["compare", str(weird), RU]) == 2
    one_line_error(capsys.readouterr().err, "unsupported file type")
    # A newline in a file name must not break the one-line contract.
    odd = tmp_path / "two\nlines.txt"
    assert main(["compare", str(odd), RU]) == 2
    one_line_error(capsys.readouterr().err, "no such file")
    locked = tmp_path / "locked.txt"
    locked.write_text("Text.", encoding="utf-8")
    monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(PermissionError(13, "Permission denied")))
    assert main(["compare", str(locked), RU]) == 2  # chmod 000 proves nothing as root, so refuse the read
    one_line_error(capsys.readouterr().err, "cannot be read", "Permission denied")


@pytest.mark.parametrize("argv, fragment", [
    ([], "required: command"), (["frobnicate"], "invalid choice"), (["compare", "a.txt"], "required: b"),
    (["compare", "a.txt", "b.txt", "--format", "pdf"], "invalid choice: 'pdf'"), (["evaluate"], "required: directory"),
    (["compare", "a.txt", "b.txt", "--bogus"], "unrecognized arguments"),
])
def test_usage_errors_are_one_line(capsys, argv, fragment):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    one_line_error(capsys.readouterr().err, fragment, "--help")


def test_unknown_embedder(tmp_path, capsys):
    assert main(["compare", str(EX / "2022-02-01-us.txt"), RU, "--embedder", str(tmp_path / "no-model")]) == 2
    one_line_error(capsys.readouterr().err, "never downloaded")
    assert main(["compare", str(EX / "2022-02-01-us.txt"), RU, "--embedder", str(tmp_path)]) == 2  # a folder, but not a model
    one_line_error(capsys.readouterr().err, "modules.json")


def _pairs_dir(tmp_path, bad):
    import shutil

    d = tmp_path / "pairs"
    d.mkdir(parents=True)
    # Two English calls: cross-validation fits the English model on same-language calls only.
    good = [f for f in sorted(CORPUS.glob("*.json")) if call_key(f.stem) == f.stem][:2]
    for f in good:
        shutil.copy(f, d / f.name)
    for name, content in bad.items():
        (d / name).write_text(content, encoding="utf-8")
    return d, [f.name for f in good]


OUT_OF_RANGE = json.dumps({"a": {"points": ["A."]}, "b": {"points": ["B."]},
                           "gold": {"links": [], "only_a": [0, 3], "only_b": [0]}})


def test_evaluate_one_bad_file(tmp_path, capsys, fast_embedder):
    d, good = _pairs_dir(tmp_path, {"x-range.json": OUT_OF_RANGE, "y-broken.json": "{oops"})
    assert main(["evaluate", str(d)]) == 2
    one_line_error(capsys.readouterr().err, "x-range.json", "out of range")
    assert main(["evaluate", str(d), "--skip-bad", "--no-progress", "--out", str(tmp_path / "pred")]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"readouts: skipped: {d / 'x-range.json'}: only_a: index 3 on side a is out of range "
                                "(side a has 1 point, numbered 0)",
                                f"readouts: skipped: {d / 'y-broken.json'}: malformed JSON at line 1, column 2: "
                                "Expecting property name enclosed in double quotes"]
    assert all(name in out for name in good) and "MICRO-AVERAGE" in out and "skipped 2 bad file(s)" in out
    assert sorted(p.name for p in (tmp_path / "pred").glob("*.json")) == good


def test_evaluate_skip_bad_with_cv(tmp_path, capsys, monkeypatch):
    import readouts.embedding

    monkeypatch.setattr(readouts.embedding, "resolve_embedder", lambda e=None: HashEmbedder())
    d, good = _pairs_dir(tmp_path, {"x-range.json": OUT_OF_RANGE})
    assert main(["evaluate", str(d), "--cv"]) == 2
    one_line_error(capsys.readouterr().err, "out of range")
    assert main(["evaluate", str(d), "--cv", "--skip-bad", "--out", str(tmp_path / "pred")]) == 0
    out, err = capsys.readouterr()
    assert err.count("readouts: skipped: ") == 1 and "x-range.json" in err
    assert sorted(p.name for p in (tmp_path / "pred").glob("*.json")) == good
    single = tmp_path / "single"
    single.mkdir()
    (single / good[0]).write_bytes((d / good[0]).read_bytes())
    assert main(["evaluate", str(single), "--cv"]) == 2
    one_line_error(capsys.readouterr().err, "at least two calls")
    # ... before any model is resolved or anything encoded
    def no_model(e=None):
        raise AssertionError("a model was resolved")
    monkeypatch.setattr(readouts.embedding, "resolve_embedder", no_model)
    assert main(["evaluate", str(single), "--cv"]) == 2
    one_line_error(capsys.readouterr().err, "at least two calls")


@pytest.mark.parametrize("cv", [False, True])
def test_evaluate_writes_the_whole_result_as_json_summary(tmp_path, capsys, monkeypatch, cv):
    # --summary took .md and .csv alone: a pipeline had to parse a table back, without the counts,
    # the interval or how the scores were made.
    import readouts.comparison
    import readouts.embedding
    from readouts.evaluation import EvaluationResult

    for module in (readouts.comparison, readouts.embedding):
        monkeypatch.setattr(module, "resolve_embedder", lambda e=None: HashEmbedder())
    d, good = _pairs_dir(tmp_path, {"x-range.json": OUT_OF_RANGE})
    summary = tmp_path / "scores.json"
    argv = ["evaluate", str(d), "--skip-bad", "--no-progress", "--summary", str(summary)] + (["--cv"] if cv else [])
    assert main(argv) == 0
    out = capsys.readouterr().out
    data = json.loads(summary.read_text(encoding="utf-8"))
    assert sorted(data["files"]) == good and list(data["skipped"]) == ["x-range.json"]
    assert "out of range" in data["skipped"]["x-range.json"]["message"]
    assert {"tp", "fp", "fn", "precision", "recall", "f1"} == set(data["overall"]["link"])
    assert data["interval"]["level"] == 0.9 and len(data["interval"]["link"]) == 2
    sig = data["files"][good[0]]["signature"]
    assert sig["embedder"] == "hash-bow-test" and sig["method"] == ("cv" if cv else readouts.comparison.METHOD)
    back = EvaluationResult.from_json(summary.read_text(encoding="utf-8"))
    assert back.table() in out  # the table on stdout is the result read back


def test_json_summary_inside_the_folder_of_pairs_is_refused(tmp_path, capsys, fast_embedder):
    # The next run over the folder would take scores.json for a pair file (and stop on it).
    d, _ = _pairs_dir(tmp_path, {})
    assert main(["evaluate", str(d), "--summary", str(d / "scores.json")]) == 2
    one_line_error(capsys.readouterr().err, "scores.json", "folder of pair files")
    assert not (d / "scores.json").exists()
    assert main(["evaluate", str(d), "--no-progress", "--summary", str(d / "scores.md")]) == 0  # not read as a pair


def test_cv_warnings_name_the_pair_file_as_without_cv(tmp_path, capsys, monkeypatch):
    # Without --cv a warning about a readout names its pair file ("... in pairs/x.json"); under --cv
    # (training.cross_validate_auto) it said "'US' of 2017-05-02" alone, one of many files' readouts.
    import readouts.embedding

    monkeypatch.setattr(readouts.embedding, "resolve_embedder", lambda e=None: HashEmbedder())
    d, good = _pairs_dir(tmp_path, {})
    for name in good:  # a side declared in a language with no cue lexicon
        data = json.loads((d / name).read_text(encoding="utf-8"))
        data["a"]["language"] = "fr"
        (d / name).write_text(json.dumps(data), encoding="utf-8")
    assert main(["evaluate", str(d), "--cv", "--no-progress"]) == 0
    err = [line for line in capsys.readouterr().err.splitlines() if "no cue lexicon for language 'fr'" in line]
    assert len(err) == len(good)
    for name in good:
        assert sum(str(d / name) in line for line in err) == 1


def test_evaluate_bad_directories_and_outputs(tmp_path, capsys, fast_embedder):
    assert main(["evaluate", str(tmp_path / "missing")]) == 2
    one_line_error(capsys.readouterr().err, "missing: no such directory")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["evaluate", str(empty)]) == 2
    one_line_error(capsys.readouterr().err, "no .json pair files")
    d, _ = _pairs_dir(tmp_path, {"x-range.json": OUT_OF_RANGE})
    (d / "x-range.json").unlink()
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["evaluate", str(d), "--out", str(blocker)]) == 2
    one_line_error(capsys.readouterr().err, "cannot create the predictions directory")
    only_bad, _ = _pairs_dir(tmp_path / "b", {})
    for f in only_bad.glob("*.json"):
        f.write_text("[]", encoding="utf-8")
    assert main(["evaluate", str(only_bad), "--skip-bad"]) == 2
    one_line_error(capsys.readouterr().err, "none of its 2 pair file(s) could be scored")


@pytest.mark.parametrize("content", [b"", b"   \n", b"\x00\x01", b"{not json"])
def test_installed_command_has_no_traceback(tmp_path, content):
    # The issue's own check, through a real process: empty, white space, binary, malformed.
    bad = tmp_path / ("bad.json" if content.startswith(b"{") else "bad.txt")
    bad.write_bytes(content)
    r = run("compare", str(bad), RU)
    assert r.returncode == 2 and r.stdout == ""
    one_line_error(r.stderr)


def test_installed_command_missing_file_and_bad_gold(tmp_path):
    r = run("compare", str(tmp_path / "missing.txt"), RU)
    assert r.returncode == 2
    one_line_error(r.stderr, "no such file")
    gold = tmp_path / "golds"
    gold.mkdir()
    (gold / "x.json").write_text(OUT_OF_RANGE, encoding="utf-8")
    r = run("evaluate", str(gold))
    assert r.returncode == 2
    one_line_error(r.stderr, "out of range")

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


def test_output_that_is_a_directory_fails_before_comparing(tmp_path, capsys):
    assert main(["compare", str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt"), "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "is a directory" in err and err.count("\n") == 1


def test_compare_threshold_options_match_the_python_api():
    from readouts.cli import _THRESHOLDS
    from readouts.comparison import _OPTIONS

    assert tuple(name for name, _ in _THRESHOLDS) == _OPTIONS


def test_compare_passes_threshold_overrides(monkeypatch, capsys):
    import readouts.comparison as comparison

    calls = []

    def fake_compare(a, b, **kwargs):
        calls.append(kwargs)
        raise comparison.InputError("stop here")

    monkeypatch.setattr(comparison, "compare", fake_compare)
    us, ru = str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt")
    assert main(["compare", us, ru]) == 2
    assert main(["compare", us, ru, "--link-threshold", "0.6", "--min-similarity", "-0.1",
                 "--adjacent-threshold", "0.2"]) == 2
    assert all(calls[0][name] is None for name in comparison._OPTIONS)  # unset: the calibrated values
    assert calls[1]["link_threshold"] == 0.6 and calls[1]["min_similarity"] == -0.1
    assert calls[1]["adjacent_threshold"] == 0.2 and calls[1]["label_threshold"] is None


@pytest.mark.parametrize("argv, fragment", [
    # named as the user typed it, not as compare() spells the keyword
    (["--link-threshold", "2"], "readouts: error: --link-threshold must be a number between 0 and 1"),
    (["--topic-threshold", "-1.5"], "readouts: error: --topic-threshold must be a number between -1 and 1"),
    (["--label-threshold", "nan"], "readouts: error: --label-threshold must be a number"),
    (["--group-threshold", "high"], "invalid float value: 'high'"),
])
def test_compare_bad_threshold_is_one_line_before_any_model(argv, fragment, capsys, monkeypatch):
    import readouts.comparison as comparison

    def no_model(*args, **kwargs):
        raise AssertionError("a model was resolved before the options were checked")

    monkeypatch.setattr(comparison, "resolve_embedder", no_model)
    us, ru = str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt")
    try:
        code = main(["compare", us, ru, *argv])
    except SystemExit as exc:  # argparse's own errors
        code = exc.code
    assert code == 2
    one_line_error(capsys.readouterr().err, fragment)


# -- bad input found in the twenty-first round's review ------------------------------------------
def test_evaluate_out_is_never_the_gold_directory(tmp_path, capsys):
    gold = tmp_path / "golds"
    gold.mkdir()
    src = next(iter(sorted((ROOT / "examples" / "corpus").glob("*.json"))))
    (gold / src.name).write_bytes(src.read_bytes())
    before = (gold / src.name).read_bytes()
    for extra in ([], ["--cv"]):
        assert main(["evaluate", str(gold), "--out", str(gold), *extra]) == 2
        err = capsys.readouterr().err
        assert "overwrite" in err and err.count("\n") == 1
    assert (gold / src.name).read_bytes() == before


def test_compare_output_is_never_an_input(tmp_path, capsys):
    us = tmp_path / "us.txt"
    us.write_text("Blinken spoke with Lavrov.", encoding="utf-8")
    before = us.read_bytes()
    assert main(["compare", str(us), str(EX / "2022-02-01-ru.txt"), "-o", str(us)]) == 2
    assert "would overwrite it" in capsys.readouterr().err
    assert us.read_bytes() == before


# -- stdout closed (s26 probe) -----------------------------------------------------------------------
def test_compare_with_stdout_closed_is_one_line_not_a_traceback(tmp_path):
    us, ru = str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt")
    r = subprocess.run(f'"{sys.executable}" -m readouts compare "{us}" "{ru}" >&-', shell=True,
                       capture_output=False, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert r.returncode == 2
    assert r.stderr == "readouts: error: stdout is closed, so the report has nowhere to go; write it to a file with -o FILE\n"


def test_closed_stdout_is_refused_before_any_work_unless_the_output_goes_to_a_file(tmp_path, capsys, monkeypatch):
    import readouts.comparison as comparison

    def no_work(*args, **kwargs):
        raise AssertionError("compared although the report had nowhere to go")

    monkeypatch.setattr(comparison, "compare", no_work)
    monkeypatch.setattr(sys, "stdout", None)
    us, ru = str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt")
    assert main(["compare", us, ru]) == 2
    assert main(["evaluate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "stdout is closed" in err and "--summary FILE.md" in err
    with pytest.raises(AssertionError, match="nowhere to go"):  # with -o it goes on to compare
        main(["compare", us, ru, "-o", str(tmp_path / "report.md")])


@pytest.mark.parametrize("given, output, expected", [
    (None, None, "md"), (None, "report.json", "json"), (None, "out/Report.HTML", "html"),
    (None, "report.htm", "html"), (None, "notes.markdown", "md"), (None, "report.txt", "md"),
    (None, "v1.2/report", "md"), ("markdown", None, "md"), ("json", "report.json", "json"),
])
def test_report_format_follows_the_output_suffix(given, output, expected, capsys):
    from readouts.cli import _report_format

    assert _report_format(given, output) == expected
    assert capsys.readouterr().err == ""


def test_report_format_given_against_the_suffix_is_kept_with_a_warning(capsys):
    from readouts.cli import _report_format

    assert _report_format("json", "report.html") == "json"
    err = capsys.readouterr().err
    assert err.startswith("readouts: warning: -o report.html:") and "json" in err and err.count("\n") == 1


def test_compare_writes_the_format_its_output_file_names(monkeypatch, tmp_path, capsys):
    import readouts.comparison as comparison

    class Result:
        def model_dump_json(self, indent=None):
            return '{"kind": "json"}'

        def to_html(self):
            return "<!DOCTYPE html>"

        def to_markdown(self):
            return "# markdown\n"

    monkeypatch.setattr(comparison, "compare", lambda a, b, **kwargs: Result())
    us, ru = str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt")
    for name, start in (("r.json", '{"kind"'), ("r.html", "<!DOCTYPE"), ("r.md", "# markdown"), ("r.txt", "# markdown")):
        assert main(["compare", us, ru, "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start), name
    assert main(["compare", us, ru, "--format", "markdown"]) == 0
    assert capsys.readouterr().out == "# markdown\n"


def test_report_that_stdout_cannot_encode_is_one_line_not_a_traceback(monkeypatch, tmp_path, capsys):
    # A Windows code page or PYTHONIOENCODING=ascii cannot hold the report's "—" or a Russian point:
    # the UnicodeEncodeError was a traceback with exit status 1.
    import io

    import readouts.comparison as comparison

    class Result:
        def to_markdown(self):
            return "# US vs RU\n\n- a: **US** — 2022-02-01\n"

    monkeypatch.setattr(comparison, "compare", lambda a, b, **kwargs: Result())
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    us, ru = str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt")
    assert main(["compare", us, ru]) == 2
    assert capsys.readouterr().err == (
        "readouts: error: stdout's encoding (ascii) cannot hold the report's characters (first: '—'); write it to "
        "a file with -o FILE (always UTF-8), or set PYTHONIOENCODING=utf-8\n")
    sys.stdout.flush()
    assert sys.stdout.buffer.getvalue() == b""  # nothing half-written
    assert main(["compare", us, ru, "-o", str(tmp_path / "r.md")]) == 0
    assert (tmp_path / "r.md").read_text(encoding="utf-8") == Result().to_markdown()


def test_scores_table_that_stdout_cannot_encode_is_one_line(monkeypatch, tmp_path, capsys):
    import io

    import readouts.evaluation as evaluation

    class Result:
        skipped = {}

        def table(self):
            return "file\n2022-02-01-中国.json 0.5"

    monkeypatch.setattr(evaluation, "evaluate", lambda *a, **kw: Result())
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    assert main(["evaluate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err == ("readouts: error: stdout's encoding (ascii) cannot hold the scores table's characters (first: "
                   "'中'); write it to a file with --summary FILE.md (always UTF-8), or set PYTHONIOENCODING=utf-8\n")


def test_an_error_quoting_a_carriage_return_is_still_one_line(tmp_path, capsys):
    # A file name with a "\r" (or any other line break) returned the terminal's cursor to the line's
    # start, and the rest of the message was written over "readouts: error:".
    for brk in ("\r", "\u2028", "\x0b"):
        missing = tmp_path / f"us{brk}call.txt"
        assert main(["compare", str(missing), str(EX / "2022-02-01-ru.txt")]) == 2
        # the name is quoted, its line break written as an escape (round 59): joined into "us call.txt", it named a
        # file with a space that was not there
        assert capsys.readouterr().err == f"readouts: error: {str(missing)!r}: no such file\n"


# -- fourth probe: options given an empty value --------------------------------------------------
@pytest.mark.parametrize("argv, option", [
    (["compare", str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt"), "-o", ""], "-o"),
    (["evaluate", "DIR", "--out", ""], "--out"),
    (["evaluate", "DIR", "--out", "  ", "--cv"], "--out"),
    (["evaluate", "DIR", "--summary", ""], "--summary"),
])
def test_an_empty_output_name_is_an_error_not_ignored(tmp_path, capsys, argv, option):
    # An empty -o wrote the report to stdout, an empty --summary wrote none, and --out "" with
    # --cv wrote no predictions, each without a word.
    argv = [str(CORPUS) if x == "DIR" else x for x in argv]
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"readouts: error: {option} is empty; give a ") and captured.err.count("\n") == 1


def _scored(names):
    from readouts.evaluation import EvaluationResult, Scores

    return EvaluationResult(per_file={n: Scores() for n in names}, overall=Scores(), predictions={})


@pytest.mark.parametrize("stdout", ["ascii", "broken pipe"])
def test_summary_file_is_written_whatever_befalls_stdout(monkeypatch, tmp_path, capsys, stdout):
    # The table went to stdout first: `| head` (a broken pipe, exit 0) or a stdout that cannot
    # encode a file name (exit 2, "write it to a file with --summary") left the --summary file unwritten.
    import io
    import os

    import readouts.evaluation as evaluation

    class BrokenPipe(io.StringIO):
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self):
            return os.open(os.devnull, os.O_WRONLY)

    monkeypatch.setattr(evaluation, "evaluate", lambda *a, **kw: _scored(["2022-02-01-中国.json"]))
    out = io.TextIOWrapper(io.BytesIO(), encoding="ascii") if stdout == "ascii" else BrokenPipe()
    monkeypatch.setattr(sys, "stdout", out)
    summary = tmp_path / "scores.md"
    assert main(["evaluate", str(tmp_path), "--summary", str(summary)]) == (2 if stdout == "ascii" else 0)
    assert "2022-02-01-中国.json" in summary.read_text(encoding="utf-8")
    if stdout == "ascii":
        assert f"the table is written in full to {summary}" in capsys.readouterr().err


def test_output_name_ending_in_a_slash_is_refused(tmp_path, capsys):
    # "-o reports/" wrote a file called "reports": Path drops the trailing slash that said "a folder".
    out = str(tmp_path / "reports") + "/"
    assert main(["compare", str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt"), "-o", out]) == 2
    one_line_error(capsys.readouterr().err, "ends in '/'", "give a file name")
    assert not (tmp_path / "reports").exists()


@pytest.mark.parametrize("value, fragment", [
    # named as the user typed it, not as compare() spells the keyword
    ("FILE", "readouts: error: --cache-dir {} is a file"),
    ("", "readouts: error: --cache-dir is empty; give a folder name"),
    (" ", "readouts: error: --cache-dir is empty; give a folder name"),
    ("FILE/sub", "or leave --cache-dir out"),
])
def test_a_bad_cache_dir_is_named_as_the_option(value, fragment, tmp_path, capsys):
    f = tmp_path / "cache_dir"  # a path that holds the keyword keeps it
    f.write_text("x")
    value = value.replace("FILE", str(f))
    assert main(["compare", str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt"), "--cache-dir", value]) == 2
    err = capsys.readouterr().err
    assert fragment.format(f) in err and err.count("\n") == 1, err
    assert "cache_dir " not in err.replace(str(f), "")


def test_evaluate_saves_each_comparison_as_json(tmp_path, capsys, fast_embedder):
    # The Python API kept each comparison (evaluate(..., keep_comparisons=True)); the command line
    # had no way to, so the flags of an evaluated call took a second `readouts compare`.
    from readouts import Comparison

    d, good = _pairs_dir(tmp_path, {"x-range.json": OUT_OF_RANGE})
    saved = tmp_path / "comparisons" / "deep"
    assert main(["evaluate", str(d), "--skip-bad", "--no-progress", "--save-comparisons", str(saved)]) == 0
    capsys.readouterr()
    assert sorted(p.name for p in saved.iterdir()) == good  # the bad file is skipped, not saved
    for name in good:
        c = Comparison.model_validate_json((saved / name).read_text(encoding="utf-8"))
        assert c.signature.embedder == "hash-bow-test"
        # the same JSON as `readouts compare --format json` writes
        assert (saved / name).read_text(encoding="utf-8") == c.model_dump_json(indent=2) + "\n"
    # Refused, each before any work, in one line: an existing file, the annotated folder, the
    # predictions folder, an empty name, and --cv (which keeps no comparison).
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    before = {f.name: f.read_bytes() for f in d.iterdir()}
    for argv, fragment in ((["--save-comparisons", str(blocker)], "cannot create the comparisons directory: it is a file"),
                           (["--save-comparisons", str(d)], "is the annotated directory itself"),
                           (["--save-comparisons", str(saved), "--out", str(saved)], "is the predictions directory itself"),
                           (["--save-comparisons", ""], "--save-comparisons is empty"),
                           (["--save-comparisons", str(saved), "--cv"], "cannot be used with --cv")):
        assert main(["evaluate", str(d), "--skip-bad", "--no-progress", *argv]) == 2
        one_line_error(capsys.readouterr().err, fragment)
    assert {f.name: f.read_bytes() for f in d.iterdir()} == before and blocker.read_text(encoding="utf-8") == "x"


def test_an_output_file_of_a_document_format_is_refused_before_any_model_loads(tmp_path, capsys, monkeypatch):
    # -o call.pdf wrote Markdown text into a .pdf file, which no PDF reader opens, without a word
    import readouts.comparison

    def no_compare(*args, **kwargs):
        raise AssertionError("compared before the -o suffix was checked")

    monkeypatch.setattr(readouts.comparison, "compare", no_compare)
    out = tmp_path / "call.pdf"
    assert main(["compare", str(EX / "2022-02-01-us.txt"), str(EX / "2022-02-01-ru.txt"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"readouts: error: -o {out}: readouts writes Markdown (.md), JSON (.json) or HTML (.html) "
                          "reports, not .pdf; ") and "--format md" in err and err.count("\n") == 1
    assert not out.exists()


def test_evaluate_names_every_bad_file(tmp_path, capsys, fast_embedder):
    # `readouts evaluate DIR` named only the first bad gold file; each one needed a run of its own.
    d, _ = _pairs_dir(tmp_path, {"x-range.json": OUT_OF_RANGE, "y-broken.json": "{oops"})
    for argv in (["evaluate", str(d)], ["evaluate", str(d), "--cv"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        one_line_error(err, "2 of its 4 pair files are bad (x-range.json, y-broken.json)", "out of range",
                       "malformed JSON", "skip them with --skip-bad to score the rest")
        assert "on_error" not in err  # the command line's option, not the Python keyword
    # --skip-bad with no file left: every file's problem, not the first alone
    for f in d.glob("*.json"):
        if f.name not in ("x-range.json", "y-broken.json"):
            f.unlink()
    for argv in (["evaluate", str(d), "--skip-bad"], ["evaluate", str(d), "--skip-bad", "--cv"]):
        assert main(argv) == 2
        one_line_error(capsys.readouterr().err, "none of its 2 pair file(s) could be", "(1) ", "x-range.json",
                       "out of range", "(2) ", "y-broken.json", "malformed JSON")


def test_output_dash_is_stdout(tmp_path, monkeypatch, capsys, fast_embedder):
    # "-o -" wrote the report to a file named "-" in the working folder, and nothing to stdout
    monkeypatch.chdir(tmp_path)
    assert main(["compare", str(EX / "2022-02-01-us.txt"), RU, "-o", "-", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["a"]["side"] == "US"
    assert not (tmp_path / "-").exists()


def test_two_pair_files_with_one_id_give_one_warning_line(tmp_path, capsys, fast_embedder):
    import shutil

    d, good = _pairs_dir(tmp_path, {})
    shutil.copy(d / good[0], d / "zz-copy.json")
    assert main(["evaluate", str(d), "--no-progress"]) == 0
    out = capsys.readouterr()
    lines = [ln for ln in out.err.splitlines() if "have the id" in ln]
    assert len(lines) == 1 and lines[0].startswith("readouts: warning: ")
    assert f"{good[0]} and zz-copy.json" in lines[0] and "zz-copy.json" in out.out  # both scored


def test_json_summary_inside_the_output_folders_is_refused(tmp_path, capsys, fast_embedder):
    # --summary pred/scores.json beside the predictions broke the next evaluate of pred/ (it stopped
    # on scores.json, "an evaluation result, not an annotated pair file"); refused now, before any work,
    # as in the folder of pair files. The same among the saved comparisons.
    d, good = _pairs_dir(tmp_path, {})
    pred, comps = tmp_path / "pred", tmp_path / "comps"
    assert main(["evaluate", str(d), "--out", str(pred), "--summary", str(pred / "scores.json")]) == 2
    one_line_error(capsys.readouterr().err, f"--summary {pred / 'scores.json'}: a .json file in the predictions "
                   f"folder (--out {pred})", "take it for a pair file")
    assert list(pred.iterdir()) == []  # refused before any prediction was written
    assert main(["evaluate", str(d), "--save-comparisons", str(comps), "--summary", str(comps / good[0])]) == 2
    one_line_error(capsys.readouterr().err, "a .json file in the comparisons folder (--save-comparisons",
                   "pass for a saved comparison")
    assert not (comps / good[0]).exists()
    # a table there is no pair file: written, and into a predictions folder that did not exist yet
    new = tmp_path / "new-pred"
    assert main(["evaluate", str(d), "--no-progress", "--out", str(new), "--summary", str(new / "scores.md")]) == 0
    assert sorted(p.name for p in new.iterdir()) == sorted([*good, "scores.md"])
    capsys.readouterr()
    assert main(["evaluate", str(new), "--no-progress"]) == 0  # the predictions folder still evaluates


def test_two_pair_files_with_one_id_under_warnings_made_errors_are_skipped_with_skip_bad(tmp_path, capsys,
                                                                                       fast_embedder):
    # python -W error -m readouts evaluate DIR --skip-bad: the same-id warning stopped the whole run (exit 2)
    import shutil
    import warnings

    d, good = _pairs_dir(tmp_path, {})
    shutil.copy(d / good[0], d / "zz-copy.json")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        assert main(["evaluate", str(d), "--no-progress", "--skip-bad"]) == 0
        out = capsys.readouterr()
        skipped = [ln for ln in out.err.splitlines() if ln.startswith("readouts: skipped: ")]
        assert sorted(ln.split(": ")[2] for ln in skipped) == sorted([str(d / good[0]), str(d / "zz-copy.json")])
        assert all("not scored, as this warning is an error here" in ln for ln in skipped)
        assert "zz-copy.json" not in out.out.split("skipped")[0]  # not among the scored rows
        # without --skip-bad: one error line naming both, exit 2
        assert main(["evaluate", str(d), "--no-progress"]) == 2
        err = capsys.readouterr().err
        assert err.startswith("readouts: error: ") and err.count("\n") == 1 and "zz-copy.json" in err
