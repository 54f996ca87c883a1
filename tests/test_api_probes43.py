"""What a foreign-policy researcher's notebook or a unit-tested pipeline meets at the public API's
edges (session 43's probes): numbers from numpy as a date, empty places in a list of participants,
``to_json``'s ``indent``."""

from __future__ import annotations

import decimal

import numpy as np
import pytest

from readouts import Comparison, InputError, Readout, RecordError, compare
from readouts.cues import readout_cues


# -- a number is no date, whatever its type ------------------------------------------------------
@pytest.mark.parametrize("given", [np.int64(0), np.int32(20220201), np.float32(0.0), decimal.Decimal(0)])
def test_a_number_from_numpy_or_a_decimal_is_no_date(given):
    # np.int64(0), a DataFrame's integer cell, and Decimal(0) were read by pydantic as 1970-01-01, in
    # silence, where the int 0 is refused
    with pytest.raises(RecordError, match="a calendar date, not a number"):
        Readout.from_text("Biden spoke.", side="US", date=given)
    with pytest.raises(RecordError, match="a calendar date, not a number"):
        Readout.from_points(["Biden spoke."], side="US", date=given)


# -- participants: each place a name ---------------------------------------------------------------
@pytest.mark.parametrize("given", [["", "Ann Smith", "Bob Jones"], ["  ", "Ann Smith"], ["—", "Ann Smith"],
                                   np.array(["", "Ann Smith"])])
def test_a_participant_with_no_letter_in_a_list_is_refused_by_its_place(given):
    with pytest.raises(InputError, match=r"participant 0 .*no name; leave it out of the list"):
        Readout.from_text("Smith urged Jones to act.", side="AA", participants=given)


def test_a_participant_with_no_letter_in_a_string_is_refused_and_empty_places_between_semicolons_are_none():
    with pytest.raises(InputError, match=r"participant 0 \('—'\) holds no letter"):
        Readout.from_text("Smith urged Jones to act.", side="AA", participants="—; Ann Smith")
    assert Readout.from_text("Talks.", side="AA", participants="; Ann Smith;").participants == ("Ann Smith",)


def test_list_items_are_stripped_as_a_strings_names_are():
    r = Readout.from_text("Talks.", side="AA", participants=[" Ann Smith ", "Bob Jones\n"])
    assert r.participants == ("Ann Smith", "Bob Jones")
    assert Readout.from_text("Talks.", side="AA", participants=np.array([" Ann Smith"])).participants == ("Ann Smith",)


def test_the_first_named_participant_is_still_the_readouts_own():
    # the defect: ["", "Ann Smith", "Bob Jones"] made Ann Smith the other side's (the empty first place
    # was skipped by the cues but kept its position); with the list as meant she is the readout's own
    a = Readout.from_text("Smith urged Jones to act.", side="AA", participants=["Ann Smith", "Bob Jones"])
    (cues,) = readout_cues(a, counterpart_side="BB")
    assert cues.speaker_side == "AA"


# -- to_json's indent --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def comparison(real_embedder) -> Comparison:
    us = Readout.from_points(["Blinken spoke with Lavrov.", "He urged Russia to de-escalate."], side="US")
    ru = Readout.from_points(["Lavrov spoke with Blinken.", "Lavrov raised NATO expansion."], side="RU")
    return compare(us, ru, embedder=real_embedder)


@pytest.mark.parametrize("indent", ["  ", -1, 1.5, True])
def test_to_json_refuses_an_indent_that_is_no_count_of_spaces(comparison, indent):
    # indent="  " raised pydantic-core's bare TypeError, indent=-1 an OverflowError
    with pytest.raises(InputError, match="indent must be None or a whole number of spaces"):
        comparison.to_json(indent=indent)


@pytest.mark.parametrize("indent", [None, 0, 2, np.int64(2)])
def test_to_json_with_any_indent_reads_back_equal(comparison, indent):
    assert Comparison.from_json(comparison.to_json(indent=indent)) == comparison


def test_participants_none_is_no_participants_as_the_missing_value_error_advises():
    # the error for an empty cell says "pass None where a readout has no participants", and None was then
    # refused: "participants: Input should be a valid tuple"
    with pytest.raises(InputError, match="pass None where a readout has no participants"):
        Readout.from_text("Talks.", side="US", participants=float("nan"))
    assert Readout.from_text("Talks.", side="US", participants=None).participants == ()
    assert Readout.from_points(["Talks."], side="US", participants=None).participants == ()
    assert Readout.from_file("examples/2022-02-01-us.txt", participants=None).participants == ()


# -- reading a comparison back -----------------------------------------------------------------------
def test_a_readouts_text_file_read_as_a_comparison_says_what_it_is(tmp_path):
    from readouts import ReadoutFileError

    path = tmp_path / "us.txt"
    path.write_text(open("examples/2022-02-01-us.txt", encoding="utf-8").read(), encoding="utf-8")
    # it said "malformed JSON at line 1, column 1: Expecting value"
    with pytest.raises(ReadoutFileError, match=r"us\.txt: a text file, not a saved comparison \(a readout\? read one "
                                               r"with Readout\.from_file\)"):
        Comparison.from_file(path)


def test_a_comparison_saved_under_a_txt_name_still_reads(comparison, tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(comparison.to_json(), encoding="utf-8")
    assert Comparison.from_file(path) == comparison


# -- a keyword given by a part of its name ---------------------------------------------------------
def test_a_keyword_given_by_a_part_of_its_name_is_named(hash_embedder):
    us = Readout.from_points(["Blinken spoke with Lavrov."], side="US")
    # compare(us, ru, cache="~/emb") said "unknown option(s) ['cache']; known: link_threshold, ..." and
    # named no cache_dir, which that list lacks
    with pytest.raises(InputError, match=r"\('cache' for 'cache_dir'\?\)"):
        compare(us, us, embedder=hash_embedder, cache="/tmp/emb")
    with pytest.raises(InputError, match=r"\('threshold' for one of 'link_threshold', 'group_threshold', "
                                         r"'adjacent_threshold', 'label_threshold', 'topic_threshold'\?\)"):
        compare(us, us, embedder=hash_embedder, threshold=0.3)


# -- blank metadata is none ------------------------------------------------------------------------
@pytest.mark.parametrize("blank", ["", "  ", "\n"])
def test_a_blank_issuer_title_or_source_url_is_none(blank, hash_embedder):
    r = Readout.from_text("Biden spoke with Xi.", side="US", issuer=blank, title=blank, source_url=blank)
    assert (r.issuer, r.title, r.source_url) == (None, None, None)
    # the heading read "- a: **US** —    (1 point)"
    c = compare(r, Readout.from_text("Xi spoke with Biden.", side="CN"), embedder=hash_embedder)
    assert "- a: **US** (1 point)" in c.to_markdown()


def test_an_issuer_or_title_with_words_is_kept_as_given():
    r = Readout.from_text("Biden spoke.", side="US", issuer=" State ", title="Call")
    assert (r.issuer, r.title) == (" State ", "Call")


# -- the command line ----------------------------------------------------------------------------------
def test_an_input_of_a_dash_says_that_readouts_are_read_from_files(capsys, monkeypatch, tmp_path):
    from readouts.cli import main

    monkeypatch.chdir(tmp_path)  # no file named "-" here
    # it said "readouts: error: -: no such file", where -o - is stdout
    assert main(["compare", "-", "us.txt"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("readouts: error: -: a readout is read from a file, not from standard input")
    assert err.count("\n") == 1
