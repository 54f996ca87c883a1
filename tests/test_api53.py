"""Session 53's probe of the public API as a unit-tested research pipeline and a notebook use it: results
that must compare equal across copies and runs, saved files a pipeline reads back (a byte-order mark, a
file left empty), records built or edited by hand, and the command line's options where a user types them."""

from __future__ import annotations

import copy
import json
import logging
import pickle

import pytest
from pydantic import ValidationError

import readouts.comparison
import readouts.embedding
from conftest import CORPUS, HashEmbedder
from readouts import Comparison, Failure, Flag, InputError, Link, Readout, ReadoutFileError, RecordError, Span, compare
from readouts.cli import main
from readouts.evaluation import EvaluationResult

US = "Secretary Rivers spoke today with Foreign Minister Orlov about the grain corridor. The two agreed to keep talking."
RU = "Minister Orlov told Secretary Rivers that the grain corridor depends on sanctions relief. They agreed to talk again."


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare(US, RU, sides=("US", "RU"), embedder=HashEmbedder())


# -- Failure: equal by value --------------------------------------------------------------------------------


def _failures() -> list:
    pairs = [(US, None), (US, "")]
    return list(readouts.compare_many(pairs, sides=("US", "RU"), embedder=HashEmbedder(), on_error="skip"))


def test_a_failure_equals_its_copy_and_the_same_failure_of_a_second_run():
    # An exception equals only itself: a Failure equalled neither its pickled or deep copy (a worker
    # process's result) nor the same pair's Failure of a second run, so a pipeline's
    # `assert list(compare_many(bad, on_error="skip")) == expected` failed on identical results.
    first, again = _failures(), _failures()
    assert all(isinstance(f, Failure) for f in first)
    assert first == again
    for f in first:
        assert pickle.loads(pickle.dumps(f)) == f
        assert copy.deepcopy(f) == f
        assert hash(copy.deepcopy(f)) == hash(f)
    assert first[0] != first[1]  # another pair, another error
    assert Failure(0, InputError("x")) != Failure(0, RecordError("x"))  # another kind of error
    assert Failure(0, InputError("x")) != Failure(1, InputError("x"))


# -- JSON read back: a byte-order mark in text, an empty file ----------------------------------------------


def test_from_json_reads_text_that_opens_with_a_byte_order_mark(comparison):
    # Path(p).read_text(encoding="utf-8") of a file a Windows editor saved keeps its BOM; the same JSON as bytes
    # and from_file read, the text was "malformed JSON at line 1, column 1: Unexpected UTF-8 BOM"
    assert Comparison.from_json("\ufeff" + comparison.to_json()) == comparison
    assert Readout.from_json("\ufeff" + comparison.a.to_json()) == comparison.a


@pytest.mark.parametrize("content", ["", " \n"])
def test_an_empty_json_file_is_said_to_be_empty_not_malformed(tmp_path, content):
    # "malformed JSON at line 1, column 1: Expecting value", as if the JSON had a typo in its first character
    path = tmp_path / "call.json"
    path.write_text(content, encoding="utf-8")
    for read in (Comparison.from_file, Readout.from_file, EvaluationResult.from_file):
        with pytest.raises(ReadoutFileError, match=r"call\.json: the file is empty.*: it holds no JSON") as info:
            read(path)
        assert "malformed" not in str(info.value)
    with pytest.raises(RecordError, match="empty or white space only"):
        EvaluationResult.from_json(" ")


# -- records built or edited by hand ----------------------------------------------------------------------


def test_a_flag_on_no_point_is_refused(comparison):
    # compare raises every flag on a point of its side; a saved comparison whose flag's "points" was edited
    # out was read back, and its flag sat on no row of the reports ("(RU )" in the Markdown one)
    with pytest.raises(ValidationError, match="a flag is raised on at least one point of its side"):
        Flag(kind="tone", side="a", explanation="x")
    with pytest.raises(ValidationError, match="a flag is raised on at least one point of its side"):
        Flag(kind="tone", side="a", points=(), explanation="x")
    data = json.loads(comparison.to_json())
    assert data["flags"], "the test needs a flag"
    data["flags"][0]["points"] = []
    with pytest.raises(RecordError, match=r"flags\.0\.points: .*at least one point"):
        Comparison.from_json(json.dumps(data))


@pytest.mark.parametrize("bad", [True, "0", False])
def test_a_bool_or_a_string_is_no_point_index(comparison, bad):
    # pydantic read True as point 1 and "0" as point 0 in a link, a flag or only_a built by hand or edited into
    # a saved comparison's JSON, in silence (an annotated pair file refuses them)
    with pytest.raises(ValidationError, match="a point index must be a whole number"):
        Link(a=(bad,), b=(0,), label="equivalent", score=0.5)
    with pytest.raises(ValidationError, match="a point index must be a whole number"):
        Flag(kind="tone", side="a", points=(0, bad), explanation="x")
    with pytest.raises(ValidationError, match="a point index must be a whole number"):
        Span(side="a", point=bad, start=0, end=0, text="")
    data = json.loads(comparison.to_json())
    data["links"][0]["a"] = [bad]
    with pytest.raises(RecordError, match=r"links\.0\.a: .*a point index must be a whole number"):
        Comparison.from_json(json.dumps(data))
    data = comparison.model_dump()
    data["only_b"] = (bad,)
    with pytest.raises(ValidationError, match="a point index must be a whole number"):
        Comparison.model_validate(data)


def test_numpy_integers_stay_point_indices():
    np = pytest.importorskip("numpy")
    link = Link(a=(np.int64(0),), b=[np.int32(2)], label="equivalent", score=0.5)
    assert link.a == (0,) and link.b == (2,) and type(link.a[0]) is int


# -- reproducing a comparison from its signature ------------------------------------------------------------


def test_a_signatures_parameters_given_as_params_say_to_pass_them_as_keywords(comparison, monkeypatch):
    # compare(a, b, params=c.signature.parameters), to reproduce a saved comparison, said only "params must be
    # a readouts.scoring.Params ..., not FrozenDict"; and only once the pairs were read
    loads = []
    monkeypatch.setattr(readouts.comparison, "resolve_embedder", lambda e=None: loads.append(e) or HashEmbedder())
    with pytest.raises(InputError, match=r"given as keywords: compare\(a, b, \*\*c\.signature\.parameters\)"):
        compare(US, RU, sides=("US", "RU"), params=comparison.signature.parameters)
    with pytest.raises(InputError, match=r"not dict$"):  # a dict of no thresholds gets no such hint
        compare(US, RU, sides=("US", "RU"), params={"weights": [1.0]})
    assert loads == []  # refused before any model is resolved
    again = compare(US, RU, sides=("US", "RU"), embedder=HashEmbedder(), **comparison.signature.parameters)
    assert again == comparison


# -- the command line ---------------------------------------------------------------------------------------


@pytest.fixture
def files(tmp_path):
    us, ru = tmp_path / "us.txt", tmp_path / "ru.txt"
    us.write_text(US + "\n", encoding="utf-8")
    ru.write_text(RU + "\n", encoding="utf-8")
    return us, ru


@pytest.fixture
def fast(monkeypatch):
    for module in (readouts.comparison, readouts.embedding):
        monkeypatch.setattr(module, "resolve_embedder", lambda e=None: HashEmbedder())


@pytest.mark.parametrize("flag", ["-v", "--verbose"])
def test_verbose_after_the_command(files, fast, capsys, flag, monkeypatch):
    # `readouts compare us.txt ru.txt -v` was "unrecognized arguments: -v", where every other option goes
    # after the command and nothing said that -v goes before it
    seen = []
    monkeypatch.setattr(logging, "basicConfig", lambda **kw: seen.append(kw["level"]))
    us, ru = files
    assert main(["compare", str(us), str(ru), flag, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert Comparison.from_json(out).a.side == "US" and "error" not in err
    assert seen == [logging.INFO]
    assert main(["-v", "compare", str(us), str(ru), "--format", "json"]) == 0  # before it, as ever
    assert main(["compare", str(us), str(ru), "--format", "json"]) == 0  # and not verbose without it
    assert seen == [logging.INFO, logging.INFO, logging.WARNING]
    capsys.readouterr()
    assert main(["evaluate", str(us.parent / "none"), flag]) == 2  # evaluate takes it too: the error is the folder's
    assert "unrecognized" not in capsys.readouterr().err


def test_the_command_lines_advice_on_the_embedder_names_its_option(files, capsys):
    # a hub name given to --embedder was told "pass embedder='minilm'", the Python keyword
    us, ru = files
    assert main(["compare", str(us), str(ru), "--embedder", "sentence-transformers/all-MiniLM-L6-v2"]) == 2
    err = capsys.readouterr().err
    assert "give --embedder minilm" in err and "embedder='" not in err, err
    assert main(["compare", str(us), str(ru), "--embedder", "sentence-transformers/other-model"]) == 2
    err = capsys.readouterr().err
    assert "the bundled model is --embedder minilm" in err and "embedder='" not in err, err


class _Named(HashEmbedder):
    name = "all-MiniLM-L6-v2"  # the English model, to the check that warns of it


def test_the_command_lines_language_warning_names_the_option(files, capsys, monkeypatch):
    # "leave embedder unset ... or pass embedder='multilingual'" to a user who gave --embedder minilm
    for module in (readouts.comparison, readouts.embedding):
        monkeypatch.setattr(module, "resolve_embedder", lambda e=None: _Named())
    us, ru = files
    ru.write_text("---\nside: RU\nlanguage: ru\n---\nМинистр Орлов провёл телефонный разговор с госсекретарём "
                  "Риверсом.\nСтороны договорились продолжить контакты.\n", encoding="utf-8")
    assert main(["compare", str(us), str(ru), "--embedder", "minilm", "-o", str(us.parent / "x.md")]) == 0
    line = next(line for line in capsys.readouterr().err.splitlines() if "is an English model" in line)
    assert "leave --embedder out" in line and "give --embedder multilingual" in line and "embedder='" not in line, line


# -- no home folder: HOME unset, a user the password database lacks --------------------------------------------


@pytest.fixture
def homeless(monkeypatch):
    """A process with no home folder, as a container run as an arbitrary user id (docker run --user 12345)
    with HOME unset is: "~" expands to nothing."""
    import pwd

    def unknown(uid):
        raise KeyError(f"getpwuid(): uid not found: {uid}")

    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr(pwd, "getpwuid", unknown)


def test_a_tilde_with_no_home_folder_is_an_input_error(homeless, files, tmp_path):
    # pathlib's bare "RuntimeError: Could not determine home directory." from every reader of a "~" path, and a
    # traceback from the command line
    from pathlib import Path

    us, ru = files
    no_home = r"~/.*: '~' stands for the home folder, and this process has none: HOME is not set.*set HOME"
    for call in (lambda: Readout.from_file("~/us.txt"), lambda: Comparison.from_file("~/call.json"),
                 lambda: compare(Path("~/us.txt"), ru), lambda: readouts.evaluate("~/pairs"),
                 lambda: EvaluationResult.from_file("~/scores.json")):
        with pytest.raises(InputError, match=no_home):
            call()
    with pytest.raises(readouts.CacheError, match="cache_dir " + no_home):  # the cache folder's error, as others
        compare(us, ru, embedder=HashEmbedder(), cache_dir="~/cache")
    with pytest.raises(InputError, match="'~nosuchuser53' stands for the home folder of user 'nosuchuser53'"):
        Readout.from_file("~nosuchuser53/us.txt")
    # text that opens with a "~" is no path, and reads as it did
    assert Readout.from_text("~ The two sides spoke.", side="US").n == 1
    assert compare(us, ru, embedder=HashEmbedder(), sides=("US", "RU")).a.side == "US"


def test_the_command_line_says_so_in_one_line(homeless, files, capsys):
    us, ru = files
    for argv in (["compare", "~/us.txt", str(ru)], ["compare", str(us), str(ru), "-o", "~/call.md"],
                 ["evaluate", "~/pairs"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("readouts: error: ~/") and "stands for the home folder" in err, err


# -- a folder this user may not enter ------------------------------------------------------------------------


@pytest.fixture
def locked(tmp_path, monkeypatch):
    """A folder whose insides this user may not see, as another user's home is to a pipeline's user: stat()
    of anything in it is refused (the tests may run as root, whom chmod does not stop)."""
    import pathlib

    folder = tmp_path / "locked"
    folder.mkdir()
    real = pathlib.Path.stat

    def stat(self, *args, **kwargs):
        if str(self).startswith(str(folder) + "/"):
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "stat", stat)
    return folder


def test_a_folder_that_cannot_be_entered_is_a_readouts_error(locked, files, tmp_path):
    # pathlib's PermissionError escaped from cache_dir=, evaluate's folder and out=, and a model folder: no
    # ReadoutsError, which a batch catches per file, where a file that cannot be read was one
    from readouts import CacheError, GoldFormatError, ModelNotFoundError, OutputError

    us, ru = files
    with pytest.raises(CacheError, match=r"cannot use the cache folder .*locked/cache \(Permission denied\)"):
        compare(us, ru, embedder=HashEmbedder(), cache_dir=locked / "cache")
    with pytest.raises(CacheError, match="Permission denied"):
        list(readouts.compare_many([(us, ru)], embedder=HashEmbedder(), cache_dir=locked / "cache", on_error="skip"))
    with pytest.raises(GoldFormatError, match=r"locked/pairs: cannot be read \(Permission denied\)"):
        readouts.evaluate(locked / "pairs", embedder=HashEmbedder())
    pairs = tmp_path / "pairs"
    pairs.mkdir()
    name = "2017-05-02-us-ru-trump-putin.json"
    (pairs / name).write_bytes((CORPUS / name).read_bytes())
    with pytest.raises(OutputError, match=r"locked/preds: cannot create the predictions directory \(Permission denied\)"):
        readouts.evaluate(pairs, embedder=HashEmbedder(), out=locked / "preds")
    with pytest.raises(ModelNotFoundError, match=r"the model folder cannot be read \(Permission denied\)"):
        compare(us, ru, embedder=str(locked / "model"))
