"""Session 50 probe: readouts inside a unit-tested analysis pipeline (batches keyed by call id, embedders of
one's own, a reloaded module, worker processes)."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from conftest import ROOT, HashEmbedder

import readouts
from readouts import EmbedderError, InputError, Readout, compare, compare_many

US = "Blinken spoke with Lavrov. He urged Russia to pull back its troops."
RU = "Lavrov spoke with Blinken. Lavrov said NATO must not expand."


@pytest.fixture(scope="module")
def pair():
    return Readout.from_text(US, side="US"), Readout.from_text(RU, side="RU")


# -- compare_many over dict.items() or enumerate() -------------------------------------------------
def test_compare_many_over_dict_items_names_the_key_and_the_fix(pair):
    # compare_many(d.items()) read the call id as readout A's text and said "readout B must be a Readout, a str
    # of text or a pathlib.Path of a file, not tuple", which named neither the key nor d.values()
    said = (r"^pair 0 is \(key, pair\), \('c1', \(Readout, Readout\)\), as dict\.items\(\) or enumerate\(\) gives, "
            r"not \(a, b\); pass the pairs alone, compare_many\(d\.values\(\)\), and zip the results with d\.keys\(\)$")
    with pytest.raises(InputError, match=said):
        list(compare_many({"c1": pair}.items(), embedder=HashEmbedder()))
    with pytest.raises(InputError, match=r"^pair 0 is \(key, pair\), \(0, \(Readout, Readout\)\)"):
        list(compare_many(enumerate([pair]), embedder=HashEmbedder()))
    with pytest.raises(InputError, match=r"^pair 1 is \(key, pair\), \(2, \(str, str\)\)"):
        list(compare_many([pair, (2, (US, RU))], embedder=HashEmbedder(), sides=("US", "RU")))
    # a text with a tuple of two sentences may be a readout and a list of sentences: that hint stays
    with pytest.raises(InputError, match=r"^readout B must be a Readout, .*, not tuple; a list of sentences"):
        list(compare_many([(US, ("Lavrov spoke.", "He warned."))], embedder=HashEmbedder()))
    with pytest.raises(InputError, match=r"^readout B must be a Readout, .*, not tuple; a list of sentences"):
        compare(US, ("Lavrov spoke.", "He warned."), embedder=HashEmbedder())
    # with on_error="skip", the pair's Failure says it, and the other pairs are compared
    out = list(compare_many([pair, (1, pair)], embedder=HashEmbedder(), on_error="skip"))
    assert isinstance(out[0], readouts.Comparison) and isinstance(out[1], readouts.Failure)
    assert str(out[1].error).startswith("pair 1 is (key, pair), (1, (Readout, Readout))")
    # a long key is cut short in the message
    key = "x" * 100
    with pytest.raises(InputError, match=r"\('xxxxxxxxxx[x]*\.\.\., \(Readout, Readout\)\)"):
        list(compare_many([(key, pair)], embedder=HashEmbedder()))
    # ordinary pairs are untouched: d.values() works and gives the comparison of each pair
    (c,) = compare_many({"c1": pair}.values(), embedder=HashEmbedder())
    assert c == compare(*pair, embedder=HashEmbedder())


# -- an embedder that is a function ------------------------------------------------------------------
def _encode(texts):
    return HashEmbedder().encode(list(texts))


@pytest.mark.parametrize("fn, shown, called", [
    (_encode, "_encode", "_encode"),
    (lambda texts: _encode(texts), "<lambda>", "your_function"),
    (functools.partial(_encode), "partial", "your_function"),
])
def test_a_function_as_embedder_says_how_to_wrap_it(pair, fn, shown, called):
    # embedder=my_encode said "embedder must be None, a model folder, a known name or an object with encode();
    # got function", with nothing on how to pass one's own encoding function
    said = (f"embedder is a function ({shown}), not an object with encode(); wrap it in one, with a name for the "
            f"signature: class Mine: name = 'my-model'; def encode(self, texts): return {called}(texts) ... "
            "and pass embedder=Mine()")
    with pytest.raises(EmbedderError) as info:
        compare(*pair, embedder=fn)
    assert str(info.value) == said
    with pytest.raises(EmbedderError, match="is a function"):
        list(compare_many([pair], embedder=fn))

    class Mine:  # the wrapper the message describes works, and gives the function's vectors
        name = "my-model"

        def encode(self, texts):
            return fn(texts)

    assert compare(*pair, embedder=Mine()).links == compare(*pair, embedder=HashEmbedder()).links


def test_an_object_without_encode_keeps_its_message(pair):
    with pytest.raises(EmbedderError, match=r"an object with encode\(\); got int$"):
        compare(*pair, embedder=5)


# -- records made before a module of readouts was reloaded ---------------------------------------------
def test_a_readout_of_a_reloaded_module_is_named_as_such(pair):
    # after importlib.reload(readouts.records) (or %autoreload), compare(old_readout, ...) said "readout A must
    # be a Readout, a str of text or a pathlib.Path of a file, not Readout": a Readout refused as no Readout
    from readouts.errors import reloaded_hint

    Stale = type("Readout", (), {"__module__": "readouts.records"})  # what the old class looks like now
    with pytest.raises(InputError) as info:
        compare(Stale(), pair[1], embedder=HashEmbedder())
    message = str(info.value)
    assert message.startswith("readout A must be a Readout, a str of text or a pathlib.Path of a file, not Readout; "
                              "it is a Readout of an earlier load of readouts.records, which was reloaded since")
    assert "restart the interpreter" in message
    # an unrelated class of the same name, or the class itself, gets no such hint
    assert reloaded_hint(type("Readout", (), {"__module__": "mine"})(), Readout) == ""
    assert reloaded_hint(pair[0], Readout) == ""


def test_a_comparison_of_a_reloaded_module_is_named_as_such_by_the_frames(pair):
    pytest.importorskip("pandas")
    from readouts.rendering import batch_frame, frame_records

    Stale = type("Comparison", (), {"__module__": "readouts.records"})
    with pytest.raises(InputError, match=r"^frame_records needs a Comparison, not Comparison; it is a Comparison "
                                         r"of an earlier load of readouts\.records"):
        frame_records(Stale())
    with pytest.raises(InputError, match=r"^comparisons\['c1'\] is a Comparison, not a Comparison; it is a "
                                         r"Comparison of an earlier load of readouts\.records"):
        batch_frame({"c1": Stale()})


def test_a_real_reload_of_the_records_module_gives_that_message():
    # the same, with the module really reloaded (in a process of its own: the reload would break this one)
    code = textwrap.dedent("""
        import importlib, readouts, readouts.records, readouts.rendering
        us = readouts.Readout.from_text("Blinken spoke with Lavrov.", side="US")
        importlib.reload(readouts.records)
        importlib.reload(readouts.comparison)
        try:
            readouts.compare(us, "Lavrov spoke with Blinken.")
        except readouts.InputError as exc:
            print(exc)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout
    assert out.startswith("readout A must be a Readout, a str of text or a pathlib.Path of a file, not Readout; it "
                          "is a Readout of an earlier load of readouts.records"), out


# -- worker processes ----------------------------------------------------------------------------------
def test_readme_says_fork_workers_may_differ_in_the_last_decimal():
    # README promised fork workers the parent's JSON "byte for byte"; a forked worker encodes on one thread,
    # and MiniLM's vectors move in their last bits with the thread count (label_score 0.348993 vs 0.348994)
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "byte for byte, on the corpus pairs we ran with `spawn`\n  and `fork`" not in text
    assert "with the number of threads it runs on" in text and "one `cache_dir`" in text


# -- Readout.from_json, the counterpart of Readout.to_json ------------------------------------------------
def test_readout_from_json_reads_back_what_to_json_writes(pair):
    # Readout.to_json() existed, and Comparison.from_json, but Readout.from_json was an AttributeError
    from readouts import RecordError

    us = Readout.from_text(US, side="US", date="2022-02-01", participants=["Antony Blinken", "Sergey Lavrov"],
                           title="Call")
    for r in (us, *pair):
        assert Readout.from_json(r.to_json()) == r
        assert Readout.from_json(r.to_json(indent=2).encode("utf-8")) == r
    # a .json readout file's keys, as Readout.from_file reads them
    simple = Readout.from_json('{"side": "US", "points": ["Blinken spoke.", "Lavrov spoke."]}')
    assert simple == Readout.from_points(["Blinken spoke.", "Lavrov spoke."], side="US")
    assert Readout.from_json('{"side": "RU", "text": "' + RU + '"}').texts == list(pair[1].texts)
    for bad, said in [
        ("", r"^readout JSON is empty or white space only$"),
        ('{"points": ["Blinken spoke."]}', r"^readout JSON: the readout has no 'side'; every readout needs one"),
        ('{"side": "US", "langauge": "en", "text": "A b."}', r"^readout JSON: unknown key\(s\) 'langauge'"),
        ('{"side": "US"', r"^readout JSON: malformed JSON at line 1, column 14: .*truncated"),
        ("[1]", r"^readout JSON: expected a JSON object holding a readout, got list$"),
    ]:
        with pytest.raises(RecordError, match=said):
            Readout.from_json(bad)
    c = compare(*pair, embedder=HashEmbedder())
    with pytest.raises(RecordError, match=r"^readout JSON: a saved comparison, not one readout: read it with "
                                          r"Comparison\.from_json, and take its readouts, c\.a and c\.b$"):
        Readout.from_json(c.to_json())
    with pytest.raises(InputError, match=r"^'us\.json' is a file name, not JSON text; read the file with "
                                         r"Readout\.from_file\(path\)$"):
        Readout.from_json("us.json")
    with pytest.raises(InputError, match=r"not dict; a dict already parsed from JSON is read with "
                                         r"Readout\.model_validate\(d\)$"):
        Readout.from_json({"side": "US"})


# -- a column (Series) where one cell's value belongs ----------------------------------------------------
def test_a_column_given_for_one_value_says_take_the_cell():
    # df.loc[(df.call == c) & (df.side == "US"), "text"] is a Series of one row, not its text: from_text said
    # "text must be str, not Series", side= "side must be a string such as 'US' or 'RU'", date= pydantic's
    # "Input should be a valid date", compare(series, ...) "... not Series", none of them what to do
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"call": ["c1", "c1"], "side": ["US", "RU"], "text": [US, RU],
                       "date": pd.to_datetime(["2022-02-01", "2022-02-01"])})
    one = df[df.side == "US"]
    take = r"\(a Series of 1 value, as a column filtered to one row gives, not the value itself: take it with \.item\(\)\)$"
    with pytest.raises(InputError, match=r"^text must be str, not Series " + take):
        Readout.from_text(one.text, side="US")
    with pytest.raises(InputError, match=r"^side must be one value, not Series " + take):
        Readout.from_text(US, side=one.side)
    with pytest.raises(InputError, match=r"^date must be one value, not Series " + take):
        Readout.from_text(US, side="US", date=one.date)
    with pytest.raises(InputError, match=r"^readout A must be a Readout, .* not Series " + take):
        compare(one.text, RU, sides=("US", "RU"), embedder=HashEmbedder())
    with pytest.raises(InputError, match=r"^text must be str, not Series \(a Series of 2 values, a whole column: give "
                                         r"one value, the cell of one row; for a readout's points, already split, "
                                         r"Readout\.from_points\(s, side=\.\.\.\)\)$"):
        Readout.from_text(df.text, side="US")
    with pytest.raises(InputError, match=r"^language must be one value, not ndarray \(an ndarray of 2 values"):
        Readout.from_text(US, side="US", language=np.array(["en", "en"]))
    # what the messages advise works, and a column is still taken where a list belongs
    r = Readout.from_text(one.text.item(), side=one.side.item(), date=one.date.item())
    assert (r.side, str(r.date), r.texts) == ("US", "2022-02-01", Readout.from_text(US, side="US").texts)
    assert Readout.from_points(df.text, side="US", participants=pd.Series(["Antony Blinken"])).texts == [US, RU]


def test_a_missing_value_given_to_compare_keeps_its_hint():
    # the reloaded-module hint must not replace the others (a DataFrame's empty cell)
    with pytest.raises(InputError, match=r"not float \(a missing value, nan, as pandas gives for an empty cell\)$"):
        compare(float("nan"), RU, embedder=HashEmbedder())
