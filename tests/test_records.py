import datetime as dt

import pytest
from pydantic import ValidationError

from readouts import Comparison, EmptyTextError, InputError, Link, NoSentenceError, Readout, RecordError


def test_from_text_spans_point_into_text():
    text = "  Blinken spoke with Lavrov.\n\nThey discussed Ukraine.  "
    r = Readout.from_text(text, side="US", language="en", date="2022-02-01")
    assert r.texts == ["Blinken spoke with Lavrov.", "They discussed Ukraine."]
    for p in r.points:
        assert r.text[p.start:p.end] == p.text
    assert r.date == dt.date(2022, 2, 1)
    assert r.text == text  # nothing the user passed in is lost


def test_from_points_keeps_points_as_given():
    r = Readout.from_points(["One. Two.", "Three"], side="RU")
    assert r.texts == ["One. Two.", "Three"]
    assert r.text == "One. Two.\nThree"


@pytest.mark.parametrize("bad, err", [("", EmptyTextError), ("   \n\t", EmptyTextError), ("— … ¶", NoSentenceError),
                                      (None, InputError), (b"bytes", InputError), (42, InputError)])
def test_from_text_rejects_bad_text(bad, err):
    with pytest.raises(err):
        Readout.from_text(bad, side="US")


@pytest.mark.parametrize("bad", [[], ["ok", "  "], "a string", [1, 2]])
def test_from_points_rejects_bad_points(bad):
    with pytest.raises(InputError):
        Readout.from_points(bad, side="US")


def test_bad_metadata_is_a_record_error():
    with pytest.raises(RecordError, match="date"):
        Readout.from_text("A sentence.", side="US", date="not a date")
    with pytest.raises(RecordError):
        Readout.from_text("A sentence.", side="  ")


def test_records_are_frozen():
    r = Readout.from_text("A sentence.", side="US")
    with pytest.raises(ValidationError):
        r.side = "RU"


def test_inconsistent_spans_are_rejected():
    r = Readout.from_text("One. Two.", side="US")
    data = r.model_dump()
    data["points"][1]["start"] += 1
    data["points"][1]["end"] += 1
    with pytest.raises(ValidationError):
        Readout.model_validate(data)


def test_comparison_requires_each_point_once(hash_embedder):
    from readouts import compare

    a = Readout.from_text("Blinken spoke with Lavrov. Ukraine.", side="US")
    b = Readout.from_text("Lavrov spoke with Blinken.", side="RU")
    c = compare(a, b, embedder=hash_embedder)
    data = c.model_dump()
    data["only_a"] = []
    data["links"] = []
    with pytest.raises(ValidationError, match="exactly once"):
        Comparison.model_validate(data)


def test_link_indices_sorted_unique():
    with pytest.raises(ValidationError):
        Link(a=(1, 0), b=(0,), label="equivalent", score=0.5)
    with pytest.raises(ValidationError):
        Link(a=(0,), b=(), label="equivalent", score=0.5)


def test_json_round_trip_is_exact(hash_embedder):
    from readouts import compare

    a = Readout.from_text("Blinken spoke with Lavrov. They discussed Ukraine's border.", side="US", language="en",
                          date="2022-02-01", participants=("Blinken", "Lavrov"))
    b = Readout.from_text("Lavrov spoke with Blinken. Indivisible security was raised.", side="RU")
    c = compare(a, b, embedder=hash_embedder)
    assert Comparison.model_validate_json(c.model_dump_json()) == c
    assert Readout.model_validate_json(a.model_dump_json()) == a


def test_similarity_must_fit_the_points(hash_embedder):
    from readouts import compare

    a = Readout.from_text("Blinken spoke with Lavrov. Ukraine.", side="US")
    b = Readout.from_text("Lavrov spoke with Blinken.", side="RU")
    data = compare(a, b, embedder=hash_embedder).model_dump()
    assert Comparison.model_validate({**data, "similarity": None}).similarity is None
    for bad in ([[0.5]], [[0.5], [0.5, 0.1]], [[0.5], [float("nan")]]):
        with pytest.raises(ValidationError, match="similarity"):
            Comparison.model_validate({**data, "similarity": bad})
