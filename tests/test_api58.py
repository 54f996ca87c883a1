"""api58: records built directly or by pydantic's model_validate* raise a RecordError (that is still pydantic's
ValidationError); the command line's long-side message names its own option; probes of the public API."""

from __future__ import annotations

import json
import pickle

import pytest
from pydantic import ValidationError

import readouts
from readouts import RecordError, ReadoutsError
from readouts.cli import main
from readouts.records import Comparison, Flag, Link, Point, Readout, RecordValidationError, SetAside, Signature, Span

US = "Blinken spoke with Lavrov. He urged de-escalation in Ukraine. They discussed arms control."
RU = "Lavrov spoke with Blinken. Lavrov raised NATO expansion. They discussed arms control."


@pytest.fixture(scope="module")
def comparison():
    from conftest import HashEmbedder

    us = Readout.from_text(US, side="US", date="2021-07-01")
    ru = Readout.from_text(RU, side="RU", date="2021-07-01")
    return readouts.compare(us, ru, embedder=HashEmbedder())


# -- 1. a bad record is a RecordError however it is made ------------------------------------------------------

BAD_RECORDS = [
    (Point, {"index": -1, "text": "x", "start": 0, "end": 1}),
    (Point, {"index": 0, "text": "x", "start": 0, "end": 3}),
    (SetAside, {"text": "Share", "start": 0, "end": 9, "kind": "page control"}),
    (Readout, {"side": "US"}),
    (Readout, {"side": "X" * 150, "text": "He spoke.", "points": [{"index": 0, "text": "He spoke.", "start": 0,
                                                                     "end": 9}]}),
    (Link, {"a": [0], "b": [0], "label": "odd", "score": 0.5}),
    (Span, {"start": 3, "end": "x"}),
    (Flag, {"kind": "mood", "a": [0], "b": []}),
    (Signature, {"embedder": 3}),
    (Comparison, {"a": None}),
]


@pytest.mark.parametrize("how", ["init", "model_validate", "model_validate_json", "model_validate_strings"])
@pytest.mark.parametrize("cls,data", BAD_RECORDS, ids=lambda x: x.__name__ if isinstance(x, type) else "")
def test_a_bad_record_is_a_record_error_and_still_pydantics_validation_error(cls, data, how):
    # Readout.from_points(...) gave a RecordError, Readout(...) and Readout.model_validate(...) pydantic's
    # ValidationError alone: `except ReadoutsError` of a pipeline let a hand-edited record through
    make = {"init": lambda: cls(**data), "model_validate": lambda: cls.model_validate(data),
            "model_validate_json": lambda: cls.model_validate_json(json.dumps(data)),
            "model_validate_strings": lambda: cls.model_validate_strings(data)}[how]
    with pytest.raises(RecordError) as e:
        make()
    assert isinstance(e.value, ValidationError) and isinstance(e.value, ReadoutsError)
    assert isinstance(e.value, ValueError) and e.value.errors() and f"for {cls.__name__}" in str(e.value)


def test_the_record_error_keeps_pydantics_errors_and_pickles():
    with pytest.raises(RecordValidationError) as e:
        Readout.model_validate({"side": "US"})
    assert [(x["type"], x["loc"]) for x in e.value.errors()] == [("missing", ("text",)), ("missing", ("points",))]
    again = pickle.loads(pickle.dumps(e.value))  # a worker process's error reaches the parent
    assert isinstance(again, RecordError) and again.errors() == e.value.errors(include_url=True)


def test_a_bad_nested_readout_names_its_place_in_the_comparison(comparison):
    d = json.loads(comparison.to_json())
    d["a"]["points"][0]["text"] = "zz"
    with pytest.raises(RecordError, match=r"a\.points\.0") as e:
        Comparison.model_validate(d)
    assert isinstance(e.value, ValidationError)
    with pytest.raises(RecordError, match=r"a\.points\.0"):
        Comparison.model_validate_json(json.dumps(d))


def test_good_records_still_validate_strictly_from_json(comparison):
    assert Comparison.model_validate_json(comparison.to_json(), strict=True) == comparison
    assert Readout.model_validate_json(comparison.a.to_json(), strict=True) == comparison.a
    assert Comparison.model_validate(comparison.model_dump()) == comparison


def test_assigning_to_a_frozen_field_stays_pydantics_error(comparison):
    # documented: a slip in the code, not bad input
    with pytest.raises(ValidationError) as e:
        comparison.a.side = "RU"  # type: ignore[misc]
    assert not isinstance(e.value, ReadoutsError)


# -- 2. a side too long names the option it came from ---------------------------------------------------------

def test_cli_sides_too_long_names_sides_not_issuer(tmp_path, capsys):
    (tmp_path / "call_a.txt").write_text(US, encoding="utf-8")
    (tmp_path / "call_b.txt").write_text(RU, encoding="utf-8")
    a, b = str(tmp_path / "call_a.txt"), str(tmp_path / "call_b.txt")
    assert main(["compare", a, b, "--sides", "X" * 150, "RU"]) == 2
    err = capsys.readouterr().err
    assert "--sides: side is 150 characters long" in err and "given to --sides?" in err
    assert "issuer=" not in err and "'issuer: ...'" in err


def test_a_headers_side_too_long_names_the_headers_issuer_line(tmp_path):
    f = tmp_path / "us.txt"
    f.write_text(f"---\nside: {'X' * 150}\n---\n{US}\n", encoding="utf-8")
    with pytest.raises(RecordError, match="side is 150 characters long") as e:
        Readout.from_file(f)
    assert "issuer=" not in str(e.value) and "'issuer: ...'" in str(e.value) and str(f) in str(e.value)


def test_python_keywords_still_name_issuer():
    with pytest.raises(RecordError, match="goes in issuer="):
        Readout.from_text(US, side="X" * 150)


# -- 4. probes: what a demanding user passes -----------------------------------------------------------------

@pytest.mark.parametrize("read", [lambda p: Readout.from_file(p), lambda p: Comparison.from_file(p),
                                  lambda p: readouts.compare(__import__("pathlib").Path(p), RU, sides=("US", "RU"))])
def test_a_path_with_a_nul_character_says_so(read):
    # it was "us\x00.txt: no such file", the NUL itself in the message (a terminal shows nothing, a C log
    # reader cuts the line there), blaming a file no file system can hold
    with pytest.raises(readouts.InputError, match=r"holds a NUL character") as e:
        read("us\x00.txt")
    assert "\x00" not in str(e.value) and r"'us\x00.txt'" in str(e.value)


@pytest.mark.parametrize("field,value", [("index", True), ("start", True), ("start", "0"), ("end", "9")])
def test_a_points_index_or_offset_is_no_bool_or_string(field, value):
    # a hand-edited readout JSON's "index": true was read as point 1, "start": "0" as offset 0, where a link's or
    # a flag's index refused them
    point = {"index": 0, "text": "He spoke.", "start": 0, "end": 9, field: value}
    with pytest.raises(RecordError, match=field):
        Point.model_validate(point)
    with pytest.raises(RecordError, match=f"points.0.{field}"):
        Readout.model_validate({"side": "US", "text": "He spoke.", "points": [point]})


def test_a_set_aside_lines_offsets_are_no_bools():
    with pytest.raises(RecordError, match="start"):
        SetAside(start=False, end=5, text="Share", kind="page control")


def test_numpy_integers_stay_good_indices_and_offsets():
    import numpy as np

    p = Point(index=np.int64(0), text="He spoke.", start=np.int64(0), end=np.int32(9))
    assert (p.index, p.start, p.end) == (0, 0, 9) and type(p.start) is int


@pytest.mark.parametrize("value", [None, 3, b"US"])
def test_the_public_side_helpers_refuse_what_is_no_name(value):
    # side_key(None) was re's bare "TypeError: expected string or bytes-like object"
    from readouts.records import side_key, side_spelling

    for helper in (side_key, side_spelling):
        with pytest.raises(readouts.InputError, match=f"{helper.__name__} takes a side's name"):
            helper(value)
    assert side_key(" ＵＳ ") == "us" and side_spelling("us") == "US"
