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
from conftest import HashEmbedder
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
