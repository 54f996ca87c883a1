"""Round 54 (perf54): furniture_spans linear on long texts with no blank line; -o into a folder that cannot be made."""

from __future__ import annotations

import pytest

from readouts import segmentation
from readouts.segmentation import furniture_spans


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], kind) for s, e, kind in furniture_spans(text)]


# -- the cases the linear list check touches: a list heading's items up to a blank line, each line checked once ----

@pytest.mark.parametrize("text, expected", [
    # a list closing the text, found from its end (_edge_footers) and from its heading (the main pass)
    ("The two sides spoke by phone.\nTags\nРоссия\nСША", [("Tags", "tags"), ("Россия", "tags"), ("США", "tags")]),
    # a sentence inside the first heading's run: that heading's list is none, the second's after it is one
    ("Tags\nРоссия\nThe two sides agreed to meet soon.\nTags\nСША\nКитай",
     [("Tags", "tags"), ("Tags", "tags"), ("США", "tags"), ("Китай", "tags")]),
    # two headings over one sentence: the second heading's check (remembered from the first's) fails as well
    ("The leaders talked.\nRelated Articles\nTags\nРоссия\nThey agreed to keep in touch.\nUSA",
     [("Related Articles", "related links"), ("Tags", "tags")]),
    # lists one under another with no blank line: the first heading takes every line to the text's end
    ("The two sides spoke.\n" + "Tags\nРоссия\nСША\n" * 3 + "Readout of the call",
     [("Tags", "tags"), ("Россия", "tags"), ("США", "tags")] * 3 + [("Readout of the call", "tags")]),
])
def test_list_items_as_before(text, expected):
    assert _spans(text) == expected


def test_each_line_is_checked_as_a_list_item_once(monkeypatch):
    # "Tags\nРоссия\nСША\n..." with no blank line: every heading's items were checked anew to the run's end, 1,000
    # lines 200,000 checks (60,000 lines of a page pasted line by line took 10-30 s); now each line once
    text = "The two sides spoke.\n" + "Tags\nРоссия\nСША\nReadout of the call\n" * 250
    calls = []
    real = segmentation._list_item
    monkeypatch.setattr(segmentation, "_list_item", lambda line: calls.append(line) or real(line))
    found = furniture_spans(text)
    assert len(found) == 1000  # every line but the sentence
    assert len(calls) <= text.count("\n") + 1


def test_items_checked_again_after_a_blank_line():
    # a blank line ends a run: the list below it is checked on its own, not with the sentence above it
    text = "Tags\nРоссия\nThe two sides agreed to meet soon.\n\nTags\nСША"
    assert _spans(text) == [("Tags", "tags"), ("Tags", "tags"), ("США", "tags")]


# -- the header's place line, which looks at the next line with text ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Moscow\n5 March 2022\nPutin spoke with Macron.", [("Moscow", "page metadata"), ("5 March 2022", "page metadata")]),
    # past blank lines to the date line, in a header that no sentence's end has closed
    ("Readout of the call\nThe Kremlin, Moscow\n\n\n5 March 2022\nTalks went on",
     [("The Kremlin, Moscow", "page metadata"), ("5 March 2022", "page metadata")]),
    # a place line with no date line after it is none
    ("Readout of the call\nMoscow\nTalks went on\nSHARE", [("SHARE", "page control")]),
])
def test_header_place_lines_as_before(text, expected):
    assert _spans(text) == expected


# -- -o / --summary where the file cannot be written: an OutputError naming the path and why, exit 2, one line -------

import errno  # noqa: E402
import pathlib  # noqa: E402

from readouts import OutputError  # noqa: E402
from readouts.cli import _check_writable, _write_text, main  # noqa: E402

US, RU = "examples/2022-02-01-us.txt", "examples/2022-02-01-ru.txt"


@pytest.fixture
def locked(tmp_path, monkeypatch):
    """A folder this user may not enter (chmod 000; root ignores modes, so pathlib's PermissionError is made)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    real = pathlib.Path.is_dir

    def is_dir(self):
        if str(self).startswith(str(folder) + "/"):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(pathlib.Path, "is_dir", is_dir)
    return folder


def _one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("readouts: error: ") and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("name", ["report.md", "sub/report.md"])
def test_output_in_a_folder_one_may_not_enter(locked, name, capsys, monkeypatch):
    # it said "readouts: error: [Errno 13] Permission denied: '/.../locked/report.md'", no OutputError
    monkeypatch.chdir(pathlib.Path(__file__).parents[1])
    out = locked / name
    assert main(["compare", US, RU, "-o", str(out)]) == 2
    err = _one_line(capsys.readouterr().err)
    assert f"cannot write {out}: Permission denied" in err and "[Errno" not in err
    assert "may enter it and write there" in err
    with pytest.raises(OutputError, match="Permission denied"):
        _check_writable(str(out))


def test_summary_in_a_folder_one_may_not_enter(locked, capsys, monkeypatch):
    monkeypatch.chdir(pathlib.Path(__file__).parents[1])
    out = locked / "scores.md"
    assert main(["evaluate", "examples/corpus", "--summary", str(out)]) == 2
    err = _one_line(capsys.readouterr().err)
    assert f"cannot write {out}: Permission denied" in err and "[Errno" not in err


@pytest.mark.parametrize("name", ["report.md", "sub/report.md"])
def test_output_through_a_file_names_the_file(tmp_path, name, capsys, monkeypatch):
    # "-o notes.txt/report.md" said "folder notes.txt does not exist" of a file that does
    monkeypatch.chdir(pathlib.Path(__file__).parents[1])
    (tmp_path / "notes.txt").write_text("x")
    out = tmp_path / "notes.txt" / name
    assert main(["compare", US, RU, "-o", str(out)]) == 2
    err = _one_line(capsys.readouterr().err)
    assert f"cannot write {out}: {tmp_path / 'notes.txt'} is a file, not a folder" in err
    with pytest.raises(OutputError, match="is a file, not a folder"):
        _check_writable(str(out))


def test_output_errors_are_output_errors(tmp_path):
    # a missing folder, a folder named, a name ending in "/": these were ReadoutFileError, the error of a readout
    # file that cannot be read
    for path, said in ((tmp_path / "missing" / "r.md", "does not exist; create it first"),
                       (tmp_path, "it is a directory"), (str(tmp_path / "reports") + "/", "ends in '/'")):
        with pytest.raises(OutputError, match=said):
            _check_writable(str(path))


def test_write_that_fails_is_an_output_error(tmp_path, monkeypatch):
    # the folder taken away (or made read-only) while the comparison ran: the write's own refusal
    def refuse(self, *a, **k):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(pathlib.Path, "write_text", refuse)
    with pytest.raises(OutputError, match=r"cannot write .*r\.md: Permission denied; check that its folder exists"):
        _write_text(str(tmp_path / "r.md"), "report")
