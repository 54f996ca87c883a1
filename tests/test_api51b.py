"""Public-API gaps of session 51 (b): a batch frame's rows say their sides, --cv --skip-bad with one
call left names the files it skipped, and a side= that contradicts a file's declared side warns."""
import json
import warnings

import pytest

from readouts import InputError, Readout, SideWarning, compare
from conftest import CORPUS

# made-up texts, of no real call (no date: none of the held-out calls' dates)
US = Readout.from_text(
    "The Secretary spoke with the Foreign Minister about grain shipments. The Secretary urged an end to the "
    "blockade of the ports. He stressed support for the talks in Geneva. Both agreed to keep in touch.",
    side="US")
RU = Readout.from_text(
    "The Foreign Minister spoke with the Secretary about grain shipments. The Minister raised the sanctions "
    "on fertiliser exports. Both agreed to keep in touch. The ministers discussed the Arctic council.",
    side="RU")


# -- 1. batch_frame: each row names its sides ---------------------------------------------------------
def test_batch_frame_rows_name_their_sides(hash_embedder):
    # batch_frame cleared attrs (the sides differ from pair to pair), so a row's side 'a' could not be
    # told to be US or RU: in a batch of US-RU and RU-US comparisons, 'a' was either.
    pytest.importorskip("pandas")
    from readouts.rendering import batch_frame

    one = compare(US, RU, embedder=hash_embedder)
    two = compare(RU, US, embedder=hash_embedder)
    assert one.to_frame().attrs["a"] == "US" and two.to_frame().attrs["a"] == "RU"  # to_frame alone keeps them
    df = batch_frame({"us-ru": one, "ru-us": two})
    # to_frame's columns keep their places; the side names come after them
    assert list(df.columns) == ["pair", *one.to_frame().columns, "a_side", "b_side"]
    assert df.attrs == {}
    for pair, c in (("us-ru", one), ("ru-us", two)):
        rows = df[df.pair == pair]
        assert set(rows.a_side) == {c.a.side} and set(rows.b_side) == {c.b.side}
    # a one-sided row read alone says whose point it is
    only = df[df.side == "a"]
    assert len(only) and all(row.a_side == (one if row.pair == "us-ru" else two).a.side for row in only.itertuples())
    assert {str(df[col].dtype) for col in ("a_side", "b_side")} == {"object"}
    # the empty batch has the same columns and dtypes
    empty = batch_frame([])
    assert list(empty.columns) == list(df.columns) and empty.dtypes.to_dict() == df.dtypes.to_dict()


def test_batch_frame_side_names_are_as_given(hash_embedder):
    # two readouts of one name: the names as the records keep them (the reports' "US (a)" is theirs alone)
    pytest.importorskip("pandas")
    from readouts.rendering import batch_frame

    us2 = Readout.from_text(RU.text, side="us")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SideWarning)
        c = compare(US, us2, embedder=hash_embedder)
    df = batch_frame([c])
    assert set(df.a_side) == {"US"} and set(df.b_side) == {"us"} and set(df.pair) == {0}


# -- 2. evaluate --cv --skip-bad, one call left: the skipped files are named --------------------------
def test_cv_skip_bad_with_one_call_left_names_the_skipped_files(tmp_path, capsys, monkeypatch):
    # It ended with "cross-validation needs annotated pairs of at least two calls; got 1" alone: the
    # skipped files were printed only after a result, so nothing said why one call was left.
    import shutil

    import readouts.embedding
    from readouts.cli import main
    from readouts.evaluation import call_key

    def no_model(e=None):
        raise AssertionError("a model was resolved")

    monkeypatch.setattr(readouts.embedding, "resolve_embedder", no_model)  # said before any model loads
    d = tmp_path / "pairs"
    d.mkdir()
    good = next(f for f in sorted(CORPUS.glob("*.json")) if call_key(f.stem) == f.stem)
    shutil.copy(good, d / good.name)
    (d / "x-range.json").write_text(json.dumps({"a": {"points": ["A."]}, "b": {"points": ["B."]},
                                                "gold": {"links": [], "only_a": [0, 3], "only_b": [0]}}),
                                    encoding="utf-8")
    (d / "y-broken.json").write_text("{oops", encoding="utf-8")
    assert main(["evaluate", str(d), "--cv", "--skip-bad"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("readouts: error:") and "Traceback" not in err
    for said in ("at least two calls", "got 1", good.name, "after skipping 2 bad pair files",
                 "x-range.json", "out of range", "y-broken.json", "malformed JSON"):
        assert said in err, said


# -- 4. Readout.from_file(path, side=...) against the file's own declared side --------------------------
TEXT = "The ministers discussed grain shipments. They agreed to keep in touch."


def _warnings_of(read):
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        r = read()
    return r, [w for w in got if issubclass(w.category, SideWarning)]


def test_side_that_contradicts_a_header_warns_naming_both(tmp_path, hash_embedder):
    # side="US" over a header's "side: RU" gave a readout of side US in silence: a file given for the
    # other government's (compare's sides= refuses it; from_file(side=...) is the documented override,
    # which that refusal itself advises, so it still wins, with a SideWarning).
    f = tmp_path / "call.txt"
    f.write_text(f"---\nside: RU\n---\n{TEXT}\n", encoding="utf-8")
    r, got = _warnings_of(lambda: Readout.from_file(f, side="US"))
    assert r.side == "US"
    assert len(got) == 1
    said = str(got[0].message)
    assert str(f) in said and "'RU'" in said and "side='US'" in said and "leave side out" in said
    assert got[0].filename == __file__  # the caller's line, not the library's
    # the same, escalated: a SideWarning raised, as other warnings are
    with warnings.catch_warnings():
        warnings.simplefilter("error", SideWarning)
        with pytest.raises(SideWarning, match="header names side 'RU'"):
            Readout.from_file(f, side="US")
    # ... once the file is read: an empty one is its EmptyTextError alone
    from readouts import EmptyTextError

    empty = tmp_path / "empty.txt"
    empty.write_text("---\nside: RU\n---\n\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", SideWarning)
        with pytest.raises(EmptyTextError):
            Readout.from_file(empty, side="US")
    # compare's sides= still refuses such a file (it names readouts given as text), naming this override
    from pathlib import Path

    with pytest.raises(InputError, match=r"sides= names it 'US'.*Readout.from_file\(path, side=...\)"):
        compare(Path(f), RU.text, sides=("US", "RU"), embedder=hash_embedder)
    # no conflict: a side of the same government, as sides= takes "side: United States" for "US" ...
    for header, side in (("US", "US"), ("us", "US"), ("United States", "US"), ("Russia", "RU")):
        f.write_text(f"---\nside: {header}\n---\n{TEXT}\n", encoding="utf-8")
        r, got = _warnings_of(lambda: Readout.from_file(f, side=side))
        assert r.side == side and got == [], header
    # ... and a side that only the file's name gives is what side= is for (sides= reads such a file so)
    for name in ("call_a.txt", "2020-06-15-ru.txt"):
        f = tmp_path / name
        f.write_text(TEXT, encoding="utf-8")
        r, got = _warnings_of(lambda: Readout.from_file(f, side="US"))
        assert r.side == "US" and got == [], name


@pytest.mark.parametrize("shape", ["text", "points", "record"])
def test_side_that_contradicts_a_json_record_warns(tmp_path, shape):
    f = tmp_path / "call.json"
    data = ({"side": "RU", "text": TEXT} if shape == "text" else {"side": "RU", "points": TEXT.split(". ")}
            if shape == "points" else json.loads(Readout.from_text(TEXT, side="RU").model_dump_json()))
    f.write_text(json.dumps(data), encoding="utf-8")
    r, got = _warnings_of(lambda: Readout.from_file(f, side="US"))
    assert r.side == "US" and len(got) == 1
    assert "JSON record's 'side' is 'RU'" in str(got[0].message) and "side='US'" in str(got[0].message)
