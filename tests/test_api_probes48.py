"""Probes of a new user's first hour in a notebook (session 48): each test failed before its fix."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from readouts import Readout
from readouts.errors import ReadoutFileError, RecordError

TEXT = "Blinken spoke with Lavrov. He urged de-escalation."


@pytest.mark.parametrize(("written", "iso"), [
    ("1 Feb 2022", "2022-02-01"), ("1 February 2022", "2022-02-01"), ("1st February 2022", "2022-02-01"),
    ("February 1, 2022", "2022-02-01"), ("Feb. 1, 2022", "2022-02-01"), ("Tuesday, February 1, 2022", "2022-02-01"),
    ("Sept 9 2021", "2021-09-09"), ("3 марта 2022 г.", "2022-03-03"), ("2022年3月3日", "2022-03-03"),
    ("2022/2/1", "2022-02-01"), ("2022-2-1", "2022-02-01"), ("13/02/2022", "2022-02-13"), ("02/13/2022", "2022-02-13"),
])
def test_a_date_written_as_people_write_it_is_refused_with_its_iso_form(written, iso, tmp_path):
    # date="1 Feb 2022" (or "February 1, 2022", as the State Department dates its readouts) was refused with
    # pydantic's "Input should be a valid date or datetime, invalid character in year" and the example
    # "e.g. 2022-02-01"; a file's header said "is not YYYY-MM-DD" alone for an English date. Both now name
    # the ISO date to write, as the header did for a Chinese or Russian one.
    with pytest.raises(RecordError, match=rf"^invalid readout: date: '{written}' is not YYYY-MM-DD; write it as "
                                          rf"'{iso}'$"):
        Readout.from_text(TEXT, side="US", date=written)
    with pytest.raises(RecordError, match=f"write it as '{iso}'$"):
        Readout.from_points(["Blinken spoke."], side="US", date=written)
    p = tmp_path / "us.txt"
    p.write_text(f"---\nside: US\ndate: {written}\n---\n{TEXT}\n", encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=rf"us\.txt:3: date '{written}' is not YYYY-MM-DD; write it as '{iso}'$"):
        Readout.from_file(p)


def test_a_date_of_two_numbers_that_may_be_day_or_month_names_both_readings(tmp_path):
    # "01/02/2022" got "(write it as YYYY-MM-DD, e.g. 2022-02-01)": the example date read as its conversion,
    # 1 February, where an American meant 2 January. Both readings are named now.
    both = r"its day and month could be either way round: write it as '2022-02-01' \(1 February\) or '2022-01-02' " \
           r"\(2 January\)$"
    for written in ("01/02/2022", "01.02.2022", "1-2-2022"):
        with pytest.raises(RecordError, match=both):
            Readout.from_text(TEXT, side="US", date=written)
    p = tmp_path / "us.txt"
    p.write_text(f"---\nside: US\ndate: 01.02.2022\n---\n{TEXT}\n", encoding="utf-8")
    with pytest.raises(ReadoutFileError, match="is not YYYY-MM-DD; " + both):
        Readout.from_file(p)


def test_dates_read_as_before_and_other_slips_keep_their_errors():
    assert str(Readout.from_text(TEXT, side="US", date="2022-02-01").date) == "2022-02-01"
    assert str(Readout.from_text(TEXT, side="US", date="2022-02-01T10:00").date) == "2022-02-01"
    for written, says in (("2022-02-30", "day value is outside expected range"), ("31/02/2022", "invalid character"),
                          ("1 Foo 2022", "invalid character"), ("20220201", "not a number")):
        with pytest.raises(RecordError, match=rf"{says}.*\(write it as YYYY-MM-DD, e\.g\. 2022-02-01\)$"):
            Readout.from_text(TEXT, side="US", date=written)


def _comparison():
    from conftest import HashEmbedder

    from readouts import compare

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compare(Readout.from_text(TEXT, side="US"),
                       Readout.from_text("Lavrov spoke with Blinken. He raised NATO.", side="RU"), embedder=HashEmbedder())


def test_to_json_given_a_file_name_says_it_writes_no_file_and_how_to_save(tmp_path):
    # c.to_json("call.json"), as pandas' to_json(path) writes a file, said only "indent must be None or a whole
    # number of spaces ... not 'call.json'", which left the notebook user wondering how a comparison is saved at all
    from readouts import Comparison
    from readouts.errors import InputError
    from readouts.evaluation import EvaluationResult

    c = _comparison()
    for path in ("call.json", Path("out") / "call.json"):
        with pytest.raises(InputError, match=r"^indent must be .* to_json\(\) returns the JSON text and writes no file: save "
                                             r"it with Path\('(out/)?call\.json'\)\.write_text\(c\.to_json\(\), "
                                             r"encoding='utf-8'\) and read it back with Comparison\.from_file\("):
            c.to_json(path)
    result = EvaluationResult(per_file={}, overall=None, predictions={})
    with pytest.raises(InputError, match=r"write_text\(result\.to_json\(\), .*EvaluationResult\.from_file\('x\.json'\)$"):
        result.to_json("x.json")
    for indent in ("  ", -1, 1.5, True):  # no file name: the message as before
        with pytest.raises(InputError, match=r"^indent must be None or a whole number of spaces, 0 or more, not [^;]+$"):
            c.to_json(indent)
    p = tmp_path / "call.json"  # the advice works as written
    p.write_text(c.to_json(), encoding="utf-8")
    assert Comparison.from_file(p) == c and c.to_json(2) == c.model_dump_json(indent=2)


def test_a_to_frame_table_read_back_as_a_comparison_says_what_it_is(tmp_path):
    # Comparison.from_file("call.csv") of c.to_frame().to_csv(...) said "malformed JSON at line 1, column 1:
    # Expecting value", as a report or a readout's .txt did before they were named
    from readouts import Comparison

    c = _comparison()
    for name, sep in (("call.csv", ","), ("call.TSV", "\t")):
        p = tmp_path / name
        p.write_text(sep.join(("kind", "side", "a_text")) + "\nlink" + sep + "both" + sep + "Blinken spoke.\n",
                     encoding="utf-8")
        with pytest.raises(ReadoutFileError, match=rf"call\.(csv|TSV): a (CSV|TSV) table \(to_frame\(\)'s rows\?\), not a "
                                                   r"saved comparison: .* only a comparison saved as JSON can be read back"):
            Comparison.from_file(p)
    p = tmp_path / "saved.csv"  # JSON under a .csv name still reads, as under .txt
    p.write_text(c.to_json(), encoding="utf-8")
    assert Comparison.from_file(p) == c


def test_help_of_flag_names_every_kind_and_what_side_holds():
    # help(readouts.Flag) said "kind is one of FLAG_KINDS", a name a notebook cannot reach (readouts.FLAG_KINDS
    # does not exist), and nothing of side, so a user filtering flags wrote f.kind == "unconfirmed" or
    # f.side == "RU" and got no flags, in silence. help(Comparison) sent the reader to a private function.
    from readouts import Comparison, Flag
    from readouts.flags import KINDS

    doc = " ".join(Flag.__doc__.split())
    assert all(f"'{k}'" in doc for k in KINDS)
    assert "readouts.flags.KINDS" in doc and "'a' or 'b'" in doc and "c.a.side" in doc
    cdoc = Comparison.__doc__
    assert "_as_compare_writes" not in cdoc and "FLAG_KINDS" not in cdoc
    assert all(f"``{field}``" in cdoc for field in Comparison.model_fields)


def test_compare_many_given_one_pair_says_to_pass_a_list_of_pairs(hash_embedder):
    # compare_many((us, ru)) said "pair 0 must be a 2-tuple (a, b), got Readout" of the very pair it was given,
    # and with on_error="skip" yielded two Failures and no comparison, raising nothing
    from readouts import compare_many
    from readouts.errors import InputError

    us = Readout.from_text(TEXT, side="US")
    ru = Readout.from_text("Lavrov spoke with Blinken. He raised NATO.", side="RU")
    one = r"^pairs is one pair \((Readout|str|PosixPath|WindowsPath), \w+\), not a batch of pairs; compare one pair with " \
          r"compare\(a, b\), or pass a list of pairs, compare_many\(\[\(a, b\)\]\)$"
    for pairs in ((us, ru), [us, ru], (TEXT, "Lavrov spoke."), (Path("us.txt"), Path("ru.txt"))):
        for on_error in ("raise", "skip"):
            with pytest.raises(InputError, match=one):
                list(compare_many(pairs, embedder=hash_embedder, on_error=on_error))
    # a list of pairs, and a list of one or three readouts (each no pair), as before
    assert len(list(compare_many([(us, ru)], embedder=hash_embedder))) == 1
    assert len(list(compare_many([(us, ru), [ru, us]], embedder=hash_embedder))) == 2
    with pytest.raises(InputError, match=r"^pair 0 must be a 2-tuple \(a, b\), got Readout$"):
        list(compare_many([us], embedder=hash_embedder))
    with pytest.raises(InputError, match=r"^pair 0 must be a 2-tuple \(a, b\), got Readout$"):
        list(compare_many([us, ru, us], embedder=hash_embedder))


def test_participants_of_single_known_names_split_by_a_comma_are_refused_as_two_people(tmp_path):
    # participants="Blinken, Lavrov" was kept as one participant (one word each side of the comma reads like
    # "Xi, Jinping"), and the cues then took "Lavrov", its last word, for a US name: a US readout's
    # "Lavrov insisted" was read as its own side speaking
    from readouts.cues import lexicon, participant_sides
    from readouts.errors import GoldFormatWarning, InputError

    assert participant_sides(["Blinken, Lavrov"], "US", "RU", lexicon("en", warn=False))["Lavrov"] == "US"  # why
    for written, names in (("Blinken, Lavrov", ["Blinken", "Lavrov"]), ("Biden, Putin, Sullivan", ["Biden", "Putin", "Sullivan"]),
                           ("Лавров, Блинкен", ["Лавров", "Блинкен"])):
        with pytest.raises(InputError, match=rf"^participants: '{written}' holds a comma between names of {len(names)} "
                                             rf"people \('{names[0]}', a \w+ name \| .*\) and would be read as one "
                                             rf"participant, .*separate two people with ';' \('{'; '.join(names)}'\)"):
            Readout.from_text(TEXT, side="US", participants=written)
        with pytest.raises(InputError, match=rf"^participant 0: .* give each person as an item of the list \({names!r}\)"
                           .replace("[", r"\[").replace("]", r"\]")):
            Readout.from_points(["Blinken spoke."], side="US", participants=[written])
    p = tmp_path / "us.txt"
    p.write_text(f"---\nside: US\nparticipants: Blinken, Lavrov\n---\n{TEXT}\n", encoding="utf-8")
    with pytest.raises(InputError, match="'Blinken', a US name | 'Lavrov', a RU name"):
        Readout.from_file(p)
    # a name written surname first, a suffix, a title, or a second word the cues do not know: one person, as before
    for one in ("Xi, Jinping", "Wang, Yi", "Wang, Yang", "Putin, Vladimir", "Austin, Lloyd J.", "Brown, Charles Q., Jr.",
                "Lavrov, Foreign Minister", "Sergey Lavrov (Foreign Minister, Russia)"):
        assert Readout.from_text(TEXT, side="US", participants=one).participants == (one,)
    # an annotated pair file is still scored, the names split, with a warning
    from readouts.evaluation import _participants

    with pytest.warns(GoldFormatWarning, match=r"read as 2 participants, \['Blinken', 'Lavrov'\]"):
        assert _participants("x.json", ["Blinken, Lavrov"]) == ("Blinken", "Lavrov")


def test_comparison_to_html_takes_full_page_as_the_renderer_does():
    # c.to_html(full_page=False), as README names full_page for readouts.rendering.to_html, was a TypeError
    from readouts.errors import InputError
    from readouts.rendering import to_html

    c = _comparison()
    fragment = c.to_html(full_page=False)
    assert fragment == to_html(c, full_page=False) == c._repr_html_() and not fragment.lstrip().startswith("<!")
    assert c.to_html() == c.to_html(full_page=True) == to_html(c)
    with pytest.raises(InputError, match="full_page must be True or False"):
        c.to_html(full_page="no")


def test_a_readouts_metadata_given_to_compare_says_where_it_goes(hash_embedder):
    # compare(text_us, text_ru, side="US") (or side_a=, language=, date=) said "unknown option(s) ['side'];
    # known: link_threshold, ..." and nothing of where a side goes; two strings are read as sides "A" and "B"
    from readouts import compare, compare_many
    from readouts.errors import InputError

    # (sides= is compare's keyword since session 49, and the side hint names it: test_api_probes49)
    for key, meta in (("side", "side"), ("side_a", "side"), ("a_side", "side"),
                      ("language", "language"), ("lang", "language"), ("date", "date"), ("participant", "participants")):
        example = "side='US'" if meta == "side" else f"side='US', {meta}=..."
        named = re.escape("; or name two texts' sides, sides=('US', 'RU')") if meta == "side" else ""
        with pytest.raises(InputError, match=rf"^unknown option\(s\) \['{key}'\] \('{key}' is a readout's {meta}, not an "
                                             rf"option: give each readout its own, Readout\.from_text\(text, "
                                             rf"{re.escape(example)}\), and compare the two readouts{named}\); known: "
                                             "link_threshold"):
            compare(TEXT, "Lavrov spoke.", embedder=hash_embedder, **{key: "US"})
    with pytest.raises(InputError, match=r"\('side_b' is a readout's side"):
        list(compare_many([(TEXT, "Lavrov spoke.")], embedder=hash_embedder, side_b="RU"))
    for key in ("mood", "treshold", "labels"):  # no hint, as before
        with pytest.raises(InputError, match=rf"^unknown option\(s\) \['{key}'\]; known: "):
            compare(TEXT, "Lavrov spoke.", embedder=hash_embedder, **{key: 1})


def test_help_of_from_file_names_every_kind_of_readout_file_it_reads(tmp_path):
    # help(Readout.from_file) named .txt and .json only, and no header key; a .md readout (Markdown prose)
    # reads too, and a side comes from the file's name
    doc = " ".join(Readout.from_file.__doc__.split())
    assert all(x in doc for x in ("``.txt``", "``.md``", "``.json``", "YYYY-MM-DD", "participants separated by ';'",
                                  "``us.txt`` is \"US\""))
    p = tmp_path / "us.md"
    p.write_text("---\ndate: 2022-02-01\n---\n# Readout\n\n- **Blinken** spoke with Lavrov.\n", encoding="utf-8")
    r = Readout.from_file(p)
    assert (r.side, str(r.date), r.texts) == ("US", "2022-02-01", ["Blinken spoke with Lavrov."])


def test_a_readouts_points_or_a_comparison_given_as_a_readout_say_what_to_pass():
    # compare(us.points, ru.points) said "... not tuple", compare(c, ru) "... not Comparison", and
    # Readout.from_points(us.points, side="US") "point 0 must be str, not Point", each without what to pass
    from readouts import compare
    from readouts.errors import InputError

    c = _comparison()
    with pytest.raises(InputError, match=r"^readout A must be .* not tuple; these are a readout's points \(r\.points\): "
                                         r"pass the Readout itself$"):
        compare(c.a.points, c.b)
    with pytest.raises(InputError, match=r"^readout B must be .* not Comparison; a comparison's readouts are c\.a and "
                                         r"c\.b \(compare\(c\.b, c\.a\) is c\.mirrored\(\)\)$"):
        compare(c.a, c)
    with pytest.raises(InputError, match=r"^point 0 must be str, not Point; a Point's text is p\.text, as r\.texts "
                                         r"gives them all$"):
        Readout.from_points(c.a.points, side="US")
    assert Readout.from_points(c.a.texts, side="US").texts == c.a.texts


def test_a_readout_held_as_a_dict_or_json_text_is_told_the_call_that_reads_it(hash_embedder):
    # compare(r.model_dump(), ...) said "... not dict", and JSON text of a readout (r.model_dump_json(), an API's
    # answer) was told only to "read it from its .json file with Readout.from_file(path)": a file the user did not have
    import json

    from readouts import compare
    from readouts.errors import InputError

    us = Readout.from_text(TEXT, side="US")
    keys = {"side": "US", "date": "2022-02-01", "points": us.texts}
    for d, reader in ((us.model_dump(), r"Readout\.model_validate\(d\)"), (keys, r"Readout\.from_points\(\*\*d\)"),
                      ({"points": us.texts}, r"Readout\.from_points\(\*\*d, side=\.\.\.\)"),
                      ({"side": "US", "text": TEXT}, r"Readout\.from_text\(\*\*d\)")):
        with pytest.raises(InputError, match=rf"^readout A must be .* not dict; a dict d of a readout is one by {reader}$"):
            compare(d, us, embedder=hash_embedder)
    assert Readout.model_validate(us.model_dump()) == us and Readout.from_points(**keys).texts == us.texts
    for text, reader in ((us.model_dump_json(), r"Readout\.from_json\(text\)"),
                         (json.dumps(keys), r"Readout\.from_points\(\*\*json\.loads\(text\)\)"),
                         (json.dumps({"text": TEXT}), r"Readout\.from_text\(\*\*json\.loads\(text\), side=\.\.\.\)")):
        with pytest.raises(InputError, match=rf"^readout A: text is a JSON readout record, .*Readout\.from_file\(path\), "
                                             rf".* or, held as text, with {reader}$"):
            compare(text, us, embedder=hash_embedder)
    assert Readout.from_json(us.model_dump_json()) == us == Readout.model_validate_json(us.model_dump_json())
    with pytest.raises(InputError, match=r"not dict$"):  # no readout in it: no reader named
        compare({"x": 1}, us, embedder=hash_embedder)


def test_an_open_file_given_for_a_path_or_text_says_to_pass_its_name(tmp_path):
    # with open("call.json") as f: Comparison.from_json(f) (as json.load(f) takes it), Readout.from_file(f),
    # Readout.from_text(f, ...) and compare(f, g) said only "... not TextIOWrapper"
    import io

    from readouts import Comparison, compare
    from readouts.errors import InputError
    from readouts.evaluation import EvaluationResult

    c = _comparison()
    saved = tmp_path / "call.json"
    saved.write_text(c.to_json(), encoding="utf-8")
    us = tmp_path / "us.txt"
    us.write_text(TEXT, encoding="utf-8")
    with open(saved, encoding="utf-8") as f, open(saved, "rb") as fb, open(us, encoding="utf-8") as g:
        for call in (lambda: Comparison.from_json(f), lambda: Comparison.from_json(fb)):
            with pytest.raises(InputError, match=rf"^comparison JSON must be .* not \w+; it is an open file \('.*call\.json'\): "
                                                 rf"read the file with Comparison\.from_file\('.*call\.json'\)$"):
                call()
        with pytest.raises(InputError, match=r"EvaluationResult\.from_file\('.*call\.json'\)$"):
            EvaluationResult.from_json(f)
        with pytest.raises(InputError, match=r"^path must be a file name \(str or Path\), not TextIOWrapper; it is an "
                                             r"open file \('.*us\.txt'\): pass its name, '.*us\.txt'$"):
            Readout.from_file(g)
        with pytest.raises(InputError, match=r"^text must be str, not TextIOWrapper; it is an open file \('.*us\.txt'\): "
                                             r"read the file with Readout\.from_file\('.*us\.txt'\), or pass f\.read\(\)$"):
            Readout.from_text(g, side="US")
        with pytest.raises(InputError, match=r"^readout A must be .* not TextIOWrapper; it is an open file \('.*us\.txt'\): "
                                             r"pass its name as a pathlib\.Path, Path\('.*us\.txt'\)$"):
            compare(g, c.b)
        assert Comparison.from_json(f.read()) == c  # the advice works
    with pytest.raises(InputError, match=r"^text must be str, not StringIO$"):  # no name: no file to name
        Readout.from_text(io.StringIO(TEXT), side="US")
