"""The public API as a demanding user meets it (round 59): what it refused, said or took in silence."""

from __future__ import annotations

import json
import pickle
import warnings
from pathlib import Path

import numpy as np
import pydantic
import pytest

import readouts
from readouts import (Comparison, EmbedderWarning, GoldFormatError, InputError, Readout, ReadoutFileError,
                      ReadoutsError, ReadoutsWarning, RecordError, compare)
from readouts.evaluation import Gold, GoldLink, evaluate, load_dir, scan_dir

from conftest import HashEmbedder
from readouts.errors import CalibrationWarning

US = Readout.from_text("Blinken spoke with Lavrov. He urged de-escalation.", side="US")
RU = Readout.from_text("Lavrov and Blinken spoke by phone. Lavrov raised NATO.", side="RU")


# -- a NUL or another control character in a folder's or file's name ---------------------------------------
@pytest.mark.parametrize("call", [lambda d: evaluate(d), lambda d: load_dir(d), lambda d: scan_dir(d),
                                  lambda d: evaluate(d, out="predictions")])
def test_a_folder_name_with_a_nul_is_refused_naming_it_visibly(call):
    # "a\x00b: no such directory" carried the NUL itself into the message, as a file's name no longer did
    with pytest.raises(InputError, match=r"'a\\x00b' holds a NUL character \('\\x00'\), which no folder name can "
                                         r"hold") as info:
        call("a\x00b")
    assert "\x00" not in str(info.value)


@pytest.mark.parametrize("call, what", [
    (lambda p: evaluate(p), "no such directory"),
    (lambda p: Readout.from_file(p + ".txt"), "no such file"),
    (lambda p: Comparison.from_file(p + ".json"), "no such file"),
    (lambda p: Readout.from_file(p + ".doc"), "unsupported file type"),
])
@pytest.mark.parametrize("name", ["d\x1b[2J", "d\x07", "d\x9b"])
def test_a_missing_name_with_a_control_character_is_quoted_not_passed_to_the_terminal(tmp_path, call, what, name):
    # an ESC in the name cleared (or recoloured) the terminal or notebook output that showed the error, a BEL rang
    path = str(tmp_path / name)
    with pytest.raises(ReadoutsError, match=what) as info:
        call(path)
    message = str(info.value)
    assert not any(ch in message for ch in "\x1b\x07\x9b")
    assert repr(path)[1:-1] in message


def test_a_plain_missing_name_is_shown_as_it_was():
    with pytest.raises(ReadoutFileError, match=r"^nope/us\.txt: no such file"):
        Readout.from_file("nope/us.txt")


# -- the gold records are records: RecordError and pydantic's ValidationError alike --------------------------
@pytest.mark.parametrize("make", [
    lambda: GoldLink(a=(), b=(0,), label="equivalent"),
    lambda: GoldLink(a=(0,), b=(0,), label="same"),
    lambda: Gold(links=(), only_a=(0,), only_b=(1,)),
    lambda: Gold.model_validate({"links": []}),
    lambda: Gold.model_validate_json('{"links": [], "only_a": ["0"], "only_b": []}'),
    lambda: GoldLink.model_validate_strings({"a": "x", "b": "0", "label": "equivalent"}),
])
def test_a_bad_gold_record_is_a_record_error_and_still_pydantics(make):
    # they raised pydantic's bare ValidationError, which `except readouts.ReadoutsError` let through
    with pytest.raises(RecordError) as info:
        make()
    assert isinstance(info.value, pydantic.ValidationError) and info.value.errors()
    assert str(pickle.loads(pickle.dumps(info.value))) == str(info.value)


@pytest.mark.parametrize("make, key", [
    (lambda: Gold(links=(), only_a=(), only_b=(), note="checked twice"), "note"),
    (lambda: GoldLink(a=(0,), b=(0,), label="equivalent", notes="x"), "notes"),
    (lambda: Gold.model_validate({"links": [], "only_a": [], "only_b": [], "annotator": "me"}), "annotator"),
])
def test_a_gold_record_refuses_a_key_it_does_not_know(make, key):
    # Gold(..., note=...) for notes= dropped the notes in silence, as no readouts record does
    with pytest.raises(RecordError, match=rf"{key}\n  Extra inputs are not permitted"):
        make()


def test_good_gold_records_are_made_and_compared_as_before():
    link = GoldLink(a=[np.int64(1), 0][::-1], b=(0,), label="asymmetric", note="n")
    g = Gold(links=(link,), only_a=(), only_b=(1,), notes="x")
    assert Gold.model_validate_json(g.model_dump_json()) == g == pickle.loads(pickle.dumps(g))
    assert Gold.model_validate(g.model_dump()) == g


# -- model_validate given text -------------------------------------------------------------------------------
@pytest.mark.parametrize("cls, readers", [
    (Comparison, r"Comparison\.from_json\(\.\.\.\) or Comparison\.model_validate_json\(\.\.\.\)"),
    (Readout, r"Readout\.from_json\(\.\.\.\) or Readout\.model_validate_json\(\.\.\.\)"),
    (Gold, r"Gold\.model_validate_json\(\.\.\.\)"),
])
@pytest.mark.parametrize("as_bytes", [False, True])
def test_model_validate_given_json_text_names_the_reader_of_text(cls, readers, as_bytes):
    # pydantic said "Input should be a valid dictionary or instance of Comparison", and no more
    text = (US.to_json() if cls is Readout else compare(US, RU, embedder=HashEmbedder()).to_json() if cls is Comparison
            else '{"links": [], "only_a": [], "only_b": []}')
    with pytest.raises(RecordError, match=rf"{cls.__name__}\.model_validate takes a dict \(or a {cls.__name__}\), "
                                          rf"not JSON text: read it with {readers}") as info:
        cls.model_validate(text.encode() if as_bytes else text)
    assert isinstance(info.value, pydantic.ValidationError)
    assert cls.model_validate_json(text) is not None  # the reader named reads it


@pytest.mark.parametrize("given", ["call.json", Path("call.json")])
def test_model_validate_given_a_file_name_names_from_file(given):
    with pytest.raises(RecordError, match=r"Comparison\.model_validate takes a dict \(or a Comparison\), not a "
                                          r"(str|path): read a file with Comparison\.from_file\(path\), JSON text with"):
        Comparison.model_validate(given)
    with pytest.raises(RecordError, match=r"a readout's text with Readout\.from_text\(text, side=\.\.\.\)"):
        Readout.model_validate("Blinken spoke with Lavrov.")


def test_model_validate_of_other_wrong_types_keeps_pydantics_message():
    with pytest.raises(RecordError, match="Input should be a valid dictionary or instance of Comparison"):
        Comparison.model_validate(3)
    with pytest.raises(RecordError, match="side"):
        Readout.model_validate({"text": "A b."})


# -- a blank date is no date ---------------------------------------------------------------------------------
@pytest.mark.parametrize("blank", ["", "   ", "\t"])
def test_a_blank_date_is_none_as_a_blank_title_is(blank, tmp_path):
    # "input is too short", where a header's blank "date:" line and a blank title were no date and no title
    assert Readout.from_text("Blinken spoke.", side="US", date=blank, title=blank).date is None
    record = {"side": "US", "date": blank, "text": "A b.", "points": [{"index": 0, "text": "A b.", "start": 0, "end": 4}]}
    assert Readout.model_validate(record).date is None
    (tmp_path / "us.json").write_text(json.dumps({"side": "US", "date": blank, "text": "Blinken spoke."}), encoding="utf-8")
    assert Readout.from_file(tmp_path / "us.json").date is None


def test_a_date_that_is_not_blank_is_still_read_or_refused():
    assert str(Readout.from_text("A b.", side="US", date=" 2022-02-01 ").date) == "2022-02-01"
    with pytest.raises(RecordError, match="date"):
        Readout.from_text("A b.", side="US", date="soon")


# -- numpy's True is a switch everywhere ---------------------------------------------------------------------
def test_keep_furniture_takes_numpys_bool_as_the_other_switches_do(tmp_path):
    text = "Lavrov spoke with Blinken.\n\nShare\n\nThey discussed Ukraine."
    kept = Readout.from_text(text, side="RU", keep_furniture=np.bool_(True))
    assert kept.n == 3 and kept == Readout.from_text(text, side="RU", keep_furniture=True)
    with pytest.warns(readouts.FurnitureWarning):
        assert Readout.from_text(text, side="RU", keep_furniture=np.bool_(False)).n == 2
    (tmp_path / "ru.txt").write_text(text, encoding="utf-8")
    assert Readout.from_file(tmp_path / "ru.txt", keep_furniture=np.bool_(True)).n == 3
    with pytest.raises(InputError, match=r"keep_furniture must be True or False, not str \('no'\)"):
        Readout.from_text(text, side="RU", keep_furniture="no")


# -- an embedder that tells no texts apart -------------------------------------------------------------------


class _OneVector(HashEmbedder):
    name = "one-vector-59"

    def encode(self, texts):  # a wrapper that embeds the first text only, for every row
        return np.repeat(super().encode(texts[:1]), len(texts), axis=0)


def test_an_embedder_that_gives_every_text_one_vector_warns():
    # all cosines 1: the links were chance, and the comparison was made in silence
    with pytest.warns(EmbedderWarning, match=r"returned one and the same vector for every text it was given \(4 "
                                             r"distinct texts\): it tells no texts apart"):
        compare(US, RU, embedder=_OneVector())


def test_an_embedder_that_tells_texts_apart_does_not_warn_nor_do_two_texts_alike():
    with warnings.catch_warnings():
        warnings.simplefilter("error", ReadoutsWarning)
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        compare(US, RU, embedder=HashEmbedder())
        one = Readout.from_text("Blinken spoke.", side="US")
        compare(one, Readout.from_text("Lavrov spoke.", side="RU"), embedder=_OneVector())  # two texts may share one


# -- a record made with values by position -------------------------------------------------------------------
@pytest.mark.parametrize("make, match", [
    (lambda: Readout("US", "Blinken spoke."), r"^Readout\(\.\.\.\) takes its fields by keyword \(side=\.\.\., text=\.\.\., "
                                              r"points=\.\.\., \.\.\.\), not 2 value\(s\) by position; Readout\.from_text"
                                              r"\(text, side=\.\.\.\) makes one of a text"),
    (lambda: readouts.Point(0, "A b.", 0, 4), r"^Point\(\.\.\.\) takes its fields by keyword \(index=\.\.\., text=\.\.\., "
                                              r"start=\.\.\., end=\.\.\.\), not 4 value\(s\) by position$"),
    (lambda: Comparison(US, RU), r"not 2 value\(s\) by position; readouts\.compare\(a, b\) makes one of two readouts"),
    (lambda: GoldLink((0,), (0,), "equivalent"), r"^GoldLink\(\.\.\.\) takes its fields by keyword \(a=\.\.\., b=\.\.\., "
                                                 r"label=\.\.\., \.\.\.\)"),
])
def test_a_record_given_values_by_position_names_its_keywords(make, match):
    # Python's "_Record.__init__() takes 1 positional argument but 3 were given" named a private class and no keyword
    with pytest.raises(readouts.ArgumentError, match=match) as info:
        make()
    assert isinstance(info.value, TypeError)


def test_records_made_by_keyword_copied_and_pickled_are_as_before():
    import copy
    import inspect

    assert "side" in inspect.signature(Readout).parameters  # help() and a notebook still show the fields
    assert pickle.loads(pickle.dumps(US)) == copy.deepcopy(US) == US.model_copy() == Readout(**US.model_dump())
    assert Readout.model_construct(**dict(US)) == US


# -- thresholds --------------------------------------------------------------------------------------------
def test_a_threshold_given_as_a_decimal_is_taken_as_the_number_it_is():
    from decimal import Decimal

    # "link_threshold must be a number between 0 and 1, got Decimal('0.3')"
    c = compare(US, RU, embedder=HashEmbedder(), link_threshold=Decimal("0.3"), min_similarity=Decimal("-0.5"))
    assert c.signature.parameters["link_threshold"] == 0.3 and c.signature.parameters["min_similarity"] == -0.5
    for bad in (Decimal("NaN"), Decimal("1.5"), Decimal("Infinity")):
        with pytest.raises(InputError, match="link_threshold must be a number between 0 and 1"):
            compare(US, RU, embedder=HashEmbedder(), link_threshold=bad)


# -- JSON text that is no readout --------------------------------------------------------------------------
def test_readout_from_json_of_a_pair_file_or_a_result_says_what_it_is():
    # "the readout has no 'side'", where Readout.from_file of the same file named a pair file
    pair = {"id": "x", "a": {"side": "US", "points": ["A b."]}, "b": {"side": "RU", "points": ["C d."]},
            "gold": {"links": [], "only_a": [0], "only_b": [0]}}
    with pytest.raises(RecordError, match=r"this is a pair file of two readouts, 'a' and 'b'"):
        Readout.from_json(json.dumps(pair))
    with pytest.raises(RecordError, match=r"this is an evaluation result"):
        Readout.from_json(json.dumps({"format": "readouts-evaluation/1", "files": {}, "overall": {}}))
    with pytest.raises(RecordError, match=r"^readout JSON: the readout has no 'side'; every readout needs one"):
        Readout.from_json('{"text": "Blinken spoke."}')


@pytest.mark.parametrize("suffix, body, said", [
    (".json", {"sied": "US", "txt": "Blinken spoke."}, r"unknown key\(s\) 'sied', 'txt' \('sied' for 'side'\? 'txt' for "
                                                        r"'text'\?\); a readout's keys are"),
    (".txt", "---\nside: US\nlangauge: en\n---\nBlinken spoke.", r"us\.txt:3: unknown header key 'langauge' \('langauge' "
                                                                  r"for 'language'\?\); known keys:"),
])
def test_a_readout_files_misspelt_key_names_the_key_meant(tmp_path, suffix, body, said):
    # the list of keys alone, where from_text(sied=...) named the one meant
    path = tmp_path / f"us{suffix}"
    path.write_text(json.dumps(body) if isinstance(body, dict) else body, encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=said):
        Readout.from_file(path)
    if suffix == ".json":
        with pytest.raises(RecordError, match=said):
            Readout.from_json(json.dumps(body))


# -- SentenceTransformerEmbedder's arguments ---------------------------------------------------------------
@pytest.mark.parametrize("kwargs, said", [
    ({"model_path": 5}, r"model_path must be a model folder's name \(str or Path\), or None for the bundled model, not int"),
    ({"model_path": " "}, r"model_path is empty"),
    ({"batch_size": 0}, r"batch_size must be a whole number of texts, 1 or more, not 0"),
    ({"batch_size": "64"}, r"batch_size must be a whole number of texts, 1 or more, not '64'"),
    ({"batch_size": True}, r"batch_size must be .* not True"),
    ({"device": None}, r"device must be a torch device's name such as 'cpu' or 'cuda', not None"),
    ({"name": 5}, r"name must be a str \(the name signatures record\) or None, not int"),
])
def test_a_sentence_transformer_embedder_refuses_arguments_it_cannot_use_before_loading(kwargs, said):
    # SentenceTransformerEmbedder(5) was os's bare TypeError; batch_size=0 failed at the first encode
    with pytest.raises(InputError, match=said):
        readouts.SentenceTransformerEmbedder(**kwargs)


def test_a_model_folder_with_a_control_character_is_named_visibly():
    with pytest.raises(readouts.ModelNotFoundError, match=r"^no sentence-transformers model at 'a\\x00b': ") as info:
        readouts.SentenceTransformerEmbedder("a\x00b")
    assert "\x00" not in str(info.value)
    assert readouts.SentenceTransformerEmbedder(batch_size=np.int64(8), name="mine").name == "mine"


@pytest.mark.parametrize("call, said", [
    (lambda: Readout.from_text("A b.", side="US", furniture=True), r"\('furniture' for 'keep_furniture'\?\)"),
    (lambda: Readout.from_file("examples/x.txt", encodig="cp1251"), r"\('encodig' for 'encoding'\?\)"),
    (lambda: Readout.from_file("examples/x.txt", keep_furnitur=True), r"\('keep_furnitur' for 'keep_furniture'\?\)"),
])
def test_a_slip_for_a_readout_constructors_own_keyword_names_it(call, said):
    # "furniture=True" was told the metadata keywords only, and not the keyword it was meant for
    with pytest.raises(RecordError, match=said):
        call()
