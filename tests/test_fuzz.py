"""Bounded fuzzing of everything that reads untrusted input: file loaders, gold files, segmenter.

Arbitrary bytes, unicode and JSON must give a result or a :class:`ReadoutsError`, never another
exception: a batch over thousands of files must be able to catch one error type per file.
"""

import json
import string
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readouts import FurnitureWarning, Readout, ReadoutsError
from readouts.evaluation import load_annotated
from readouts.segmentation import split_spans

# Furniture in random text ("date: 2022-02-01" alone on a line is page metadata since the fifty-third round) is set
# aside with a FurnitureWarning, as it should be: no test here is about it.
pytestmark = pytest.mark.filterwarnings("ignore::readouts.errors.FurnitureWarning")

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text that looks like a readout: letters of several scripts, sentence ends, abbreviations,
# bullets, header-like lines, odd white space and control characters.
_PIECES = st.sampled_from([
    "Mr.", "U.S.", "Jan.", "г.", "т.е.", "В.В.", "。", "！", "；", "…", "...", "?", "!", "«", "»", "“", "”", "(", ")",
    "- ", "• ", "1. ", "2) ", "(iv) ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", "\x0c", "---", "side: US",
    "date: 2022-02-01", "mood: x", ":", "#", "Blinken", "Лавров", "习近平", "مرحبا", "שלום", "नमस्ते", "🙂", "\ufeff",
    "\u200b", "e\u0301", "3.5", "\x00",
])
READOUT_TEXT = st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=40).map(" ".join),
                         st.lists(_PIECES, max_size=40).map("".join))
JSON = st.recursive(st.none() | st.booleans() | st.integers(-5, 50) | st.floats(allow_nan=True) | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                        st.sampled_from(["side", "text", "points", "date", "language", "index", "start", "end",
                                         "a", "b", "gold", "links", "only_a", "only_b", "label", "participants",
                                         "id", "title", "x"]), inner, max_size=6),
                    max_leaves=20)


def _load(path, loader):
    try:
        result = loader(path)
    except ReadoutsError:
        return None
    assert result is not None
    return result


@pytest.mark.parametrize("suffix", [".txt", ".json", ".md", ""])
@FUZZ
@given(data=st.binary(max_size=400))
def test_readout_loader_on_arbitrary_bytes(tmp_path, suffix, data):
    f = tmp_path / f"fuzz{suffix}"
    f.write_bytes(data)
    r = _load(f, Readout.from_file)
    if r is not None:
        assert all(r.text[p.start:p.end] == p.text for p in r.points)


@pytest.mark.parametrize("suffix", [".txt", ".json", ".md"])
@FUZZ
@given(text=READOUT_TEXT)
def test_readout_loader_on_arbitrary_unicode(tmp_path, suffix, text):
    f = tmp_path / f"fuzz{suffix}"
    f.write_text(text, encoding="utf-8")
    _load(f, Readout.from_file)


@FUZZ
@given(text=READOUT_TEXT, header=st.lists(st.sampled_from(
    ["side: US", "side:", "language: en", "date: 2022-02-01", "date: 2022-13-45", "date: soon", "title: T: x",
     "participants: A; B;;", "participants:", "mood: x", "no colon", "# note", "", "---", "source_url: http://x"]),
    max_size=6))
def test_txt_headers(tmp_path, text, header):
    f = tmp_path / "us.txt"
    f.write_text("---\n" + "\n".join(header) + "\n---\n" + text, encoding="utf-8")
    _load(f, Readout.from_file)


@pytest.mark.filterwarnings("ignore::readouts.evaluation.GoldFormatWarning")  # random keys, ignored as they should be
@FUZZ
@given(value=JSON)
def test_json_readouts_and_gold_files(tmp_path, value):
    f = tmp_path / "fuzz.json"
    f.write_text(json.dumps(value), encoding="utf-8")
    _load(f, Readout.from_file)
    _load(f, load_annotated)


@pytest.mark.filterwarnings("ignore::readouts.evaluation.GoldFormatWarning")  # random keys, ignored as they should be
@FUZZ
@given(a=st.lists(READOUT_TEXT, max_size=4), b=st.lists(READOUT_TEXT, max_size=4), gold=JSON)
def test_gold_files_with_arbitrary_points_and_gold(tmp_path, a, b, gold):
    f = tmp_path / "pair.json"
    f.write_text(json.dumps({"id": "x", "a": {"side": "US", "points": a}, "b": {"side": "RU", "points": b},
                             "gold": gold}), encoding="utf-8")
    _load(f, load_annotated)


@FUZZ
@given(data=st.binary(max_size=400))
def test_gold_loader_on_arbitrary_bytes(tmp_path, data):
    f = tmp_path / "pair.json"
    f.write_bytes(data)
    _load(f, load_annotated)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(), READOUT_TEXT, st.text(alphabet=string.printable)))
def test_segmenter_and_readout_never_fail_otherwise(text):
    spans = split_spans(text)
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)
    try:  # split as it is: page furniture and a title are read as any text (Hypothesis draws the
        # segmenter's own words, "back to top", "Share", which by default are set aside)
        r = Readout.from_text(text, side="US", keep_furniture=True)
    except ReadoutsError:
        return
    try:
        with warnings.catch_warnings():  # the furniture it sets aside is said in a warning, expected here
            warnings.simplefilter("ignore", FurnitureWarning)
            default = Readout.from_text(text, side="US")
    except ReadoutsError:
        default = None  # furniture only: NoSentenceError
    if text.startswith("\ufeff"):  # a leading byte order mark is dropped, so spans count from after it
        text = text[1:]
        spans = split_spans(text)
    assert r.text == text and [(p.start, p.end) for p in r.points] == spans
    if default is not None:  # the default split: the same text, its points and set-aside lines in it
        assert default.text == text
        assert all(text[p.start:p.end] == p.text for p in default.points)
        assert all(text[x.start:x.end] == x.text for x in default.set_aside)


@settings(max_examples=150, deadline=None)
@given(points=st.lists(st.one_of(READOUT_TEXT, st.integers(), st.none(), st.binary(max_size=5)), max_size=5))
def test_from_points_never_fails_otherwise(points):
    try:
        r = Readout.from_points(points, side="US")
    except ReadoutsError:
        return
    assert r.texts == [p.strip() for p in points]
