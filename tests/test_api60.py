"""The public API as a demanding user meets it (round 60): what it refused, said or took in silence."""

from __future__ import annotations

import json
import warnings

import pytest

from readouts import Readout, ReadoutsWarning, SideWarning

from conftest import HashEmbedder


def _quiet(call):
    """``call()``'s result, raising any readouts warning it gives."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", ReadoutsWarning)
        return call()


# -- a file's name says one side, its header (or JSON record) another ------------------------------------------
@pytest.mark.parametrize("name, header, named, declared", [
    ("2022-02-01-ru.txt", "---\nside: US\n---\n", "RU", "US"),
    ("ru.txt", "---\nside: United States\n---\n", "RU", "United States"),
    ("call_us.md", "---\nside: RU\n---\n", "US", "RU"),
    ("2021-06-16-cn.txt", "---\nside: Russia\n---\n", "CN", "Russia"),
])
def test_a_header_side_the_file_name_contradicts_is_warned_and_the_header_wins(tmp_path, name, header, named, declared):
    # "2022-02-01-ru.txt" whose header said side US was read as US in silence: one of the two is wrong (a file
    # saved under the other government's name, or a header copied from the other readout)
    (tmp_path / name).write_text(header + "The two sides spoke by phone.\n", encoding="utf-8")
    with pytest.warns(SideWarning, match=rf"header names side '{declared}', but its file name .* names side "
                                         rf"'{named}'.*the readout is side '{declared}'") as rec:
        r = Readout.from_file(tmp_path / name)
    assert r.side == declared and len(rec) == 1
    assert rec[0].filename == __file__  # the user's line, not the library's


@pytest.mark.parametrize("record", [
    {"side": "US", "text": "The two sides spoke by phone."},
    json.loads(Readout.from_text("The two sides spoke by phone.", side="US").model_dump_json()),
])
def test_a_json_record_side_the_file_name_contradicts_is_warned(tmp_path, record):
    (tmp_path / "call-ru.json").write_text(json.dumps(record), encoding="utf-8")
    with pytest.warns(SideWarning, match=r"JSON record's 'side' is 'US', but its file name .* names side 'RU'"):
        assert Readout.from_file(tmp_path / "call-ru.json").side == "US"


@pytest.mark.parametrize("name, header", [
    ("2022-02-01-ru.txt", "---\nside: RU\nlanguage: en\n---\n"),  # the Kremlin's English text: no contradiction
    ("2022-02-01-ru.txt", "---\nside: Russia\n---\n"),  # the same government by another name
    ("us.txt", "---\nside: us\n---\n"),
    ("call_a.txt", "---\nside: US\n---\n"),  # a name that says no side
    ("russia-notes.txt", "---\nside: US\n---\n"),  # only the last part of a name is read as its side
    ("2022-02-01-ru.txt", "---\nside: Ministry of Truth\n---\n"),  # a side the cues know no government by
    ("2022-02-01-ru.txt", ""),  # no header: the name gives the side
])
def test_a_file_name_agreeing_with_its_header_or_saying_nothing_is_quiet(tmp_path, name, header):
    (tmp_path / name).write_text(header + "The two sides spoke by phone.\n", encoding="utf-8")
    _quiet(lambda: Readout.from_file(tmp_path / name))


def test_side_given_over_a_contradicting_name_is_quiet(tmp_path):
    # side= is what overrides a file's side; the name is no declaration of it (as before)
    (tmp_path / "call-ru.txt").write_text("---\nside: US\n---\nThe two sides spoke by phone.\n", encoding="utf-8")
    assert _quiet(lambda: Readout.from_file(tmp_path / "call-ru.txt", side="US")).side == "US"


# -- an embedder with no parameters of its own: a warning the user can see and filter, not a log line ------------
US = Readout.from_text("Blinken spoke with Lavrov. He urged de-escalation.", side="US")
RU = Readout.from_text("Lavrov and Blinken spoke by phone. Lavrov raised NATO.", side="RU")


class _Own(HashEmbedder):
    name = "my-own-model-60"


def test_an_uncalibrated_embedder_gets_a_calibration_warning_naming_it():
    # it was logger.warning, once per process: a notebook showed nothing, a pipeline's tests could not assert it
    from readouts import CalibrationWarning, EmbedderWarning, compare

    assert issubclass(CalibrationWarning, EmbedderWarning)
    with pytest.warns(CalibrationWarning, match=r"embedder 'my-own-model-60' gets the generic parameters.*no "
                                                r"parameters are fitted for it.*load_params\('generic'\)") as rec:
        c = compare(US, RU, embedder=_Own())
    assert c.signature.backend_choice.endswith("generic calibration: no parameters fitted for 'my-own-model-60'")
    assert [w.filename for w in rec if w.category is CalibrationWarning] == [__file__]
    with warnings.catch_warnings():  # filterable, and an error where the caller asks
        warnings.simplefilter("error", CalibrationWarning)
        with pytest.raises(CalibrationWarning):
            compare(US, RU, embedder=_Own())


def test_the_generic_parameters_asked_for_give_no_calibration_warning():
    from readouts import compare
    from readouts.scoring import load_params

    c = _quiet(lambda: compare(US, RU, embedder=_Own(), params=load_params("generic")))
    assert _quiet(lambda: load_params("generic")).embedder == "generic"
    assert c.signature.parameters == compare(US, RU, embedder=_Own()).signature.parameters


def test_a_batch_gives_the_calibration_warning_once():
    from readouts import CalibrationWarning, compare_many

    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        compare_many([(US, RU)] * 3, embedder=_Own())
    assert sum(w.category is CalibrationWarning for w in rec) == 1


# -- a file named by its language, not its side -----------------------------------------------------------------
@pytest.mark.parametrize("name, hint", [
    ("2021-11-15-zh.txt", r"'zh' is a language code, not a side: the Chinese government's side is CN, "
                          r"2021-11-15-cn\.txt"),
    ("2021-11-15_en.txt", r"'en' is a language code, not a side: end it with the government's code"),
])
def test_a_file_named_by_its_language_is_told_the_side_code(tmp_path, name, hint):
    # "2021-11-15-zh.txt" was told to "end the file's name with" a side, which its writer thought it did
    (tmp_path / name).write_text("Xi spoke with Biden.\n", encoding="utf-8")
    with pytest.warns(SideWarning, match=hint):
        Readout.from_file(tmp_path / name)


def test_a_file_named_by_no_language_gets_no_language_hint(tmp_path):
    (tmp_path / "call_a.txt").write_text("Xi spoke with Biden.\n", encoding="utf-8")
    with pytest.warns(SideWarning) as rec:
        Readout.from_file(tmp_path / "call_a.txt")
    assert "language code" not in str(rec[0].message)
