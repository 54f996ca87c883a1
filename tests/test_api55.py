"""The CLI's output paths, checked before the work (fifty-fifth round)."""

import os
import pathlib

import pytest

from readouts import OutputError
from readouts.cli import _check_writable, main

US, RU = "examples/2022-02-01-us.txt", "examples/2022-02-01-ru.txt"


@pytest.fixture
def readonly(tmp_path, monkeypatch):
    """A folder this user may enter but not write to (root ignores modes, so os.access is made to say so)."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    (folder / "old.md").write_text("kept")
    real = os.access

    def access(path, mode, *a, **k):
        p = str(path)
        if mode & os.W_OK and (p == str(folder) or p.startswith(str(folder) + os.sep)):
            return False
        return real(path, mode, *a, **k)

    monkeypatch.setattr(os, "access", access)
    return folder


def test_output_in_a_folder_one_may_not_write_is_refused_first(readonly, capsys, monkeypatch):
    # it passed the early check, the model loaded, the comparison ran, and only the write failed
    monkeypatch.chdir(pathlib.Path(__file__).parents[1])
    out = readonly / "report.md"
    import readouts.comparison as comparison

    def no_work(*a, **k):
        raise AssertionError("the comparison ran before the output was checked")

    monkeypatch.setattr(comparison, "compare", no_work)
    assert main(["compare", US, RU, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"cannot write {out}: folder {readonly} is not writable by this user" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    with pytest.raises(OutputError, match="not writable by this user"):
        _check_writable(str(out))


def test_summary_in_a_folder_one_may_not_write(readonly, capsys, monkeypatch):
    monkeypatch.chdir(pathlib.Path(__file__).parents[1])
    out = readonly / "scores.md"
    assert main(["evaluate", "examples/corpus", "--summary", str(out)]) == 2
    assert f"cannot write {out}: folder {readonly} is not writable" in capsys.readouterr().err


def test_read_only_file_is_refused_and_kept(readonly):
    with pytest.raises(OutputError, match="the file is read-only"):
        _check_writable(str(readonly / "old.md"))
    assert (readonly / "old.md").read_text() == "kept"


def test_writable_paths_pass(tmp_path):
    _check_writable(str(tmp_path / "new.md"))
    (tmp_path / "old.md").write_text("x")
    _check_writable(str(tmp_path / "old.md"))
