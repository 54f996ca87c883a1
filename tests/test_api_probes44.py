"""Session 44's probes at the public API's edges: a Comparison built in Python is held to what a saved one
read back is (flag kinds, no flag twice, labels that agree with their scores, compare()'s order); an
EvaluationResult's skipped errors are copies without the traceback that pinned the files read; a keyword
typo in a readout's constructors, or an option typo on the command line, names what was meant; and a Readout
record refuses the blank points and the participants its constructors refuse."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT, HashEmbedder
from pydantic import ValidationError

from readouts import Comparison, Flag, Link, Readout, RecordError, Signature, compare
from readouts.errors import GoldFormatError, ReadoutFileError
from readouts.evaluation import Counts, EvaluationResult, Scores, evaluate


@pytest.fixture(scope="module")
def made() -> Comparison:
    us = Readout.from_points(["Blinken spoke with Lavrov about Ukraine.", "He urged Russia to de-escalate at the border.",
                              "The weather was nice.", "Blinken raised sanctions."], side="US")
    ru = Readout.from_points(["Lavrov spoke with Blinken about Ukraine.", "Lavrov raised NATO expansion.",
                              "Russia will not de-escalate at the border."], side="RU")
    c = compare(us, ru, embedder=HashEmbedder())
    assert len(c.links) >= 3 and c.only_a and len(c.flags) >= 3
    return c


# -- 1. every Comparison holds what compare() guarantees -------------------------------------------
@pytest.mark.parametrize("edit, message", [
    (lambda d: d["flags"][1].__setitem__("kind", "mood"), r"flags\.1\.kind(:|\n  Value error,) 'mood' is no flag kind"),
    (lambda d: d["flags"].append(d["flags"][0]), r"flags\[\d+\] repeats flags\[0\]"),
    (lambda d: d["links"][0].__setitem__("label", "asymmetric"), r"links\[0\]\.label is 'asymmetric', but its "
                                                                  r"label_score [\d.e-]+ lies below"),
    (lambda d: d.__setitem__("only_a", d["only_a"] * 2), r"only_a\[1\] is point \d+ of side a, already in only_a\[0\]"),
])
def test_model_validate_refuses_what_from_json_refuses(made, edit, message):
    # Comparison.model_validate(d) / Comparison(**d) accepted a flag kind, a repeated flag or a label that
    # from_json refused; then c.to_json() wrote what Comparison.from_json could not read back
    d = json.loads(made.to_json())
    edit(d)
    with pytest.raises(ValidationError, match=message):
        Comparison.model_validate(d)
    with pytest.raises(ValidationError, match=message):
        Comparison.model_validate_json(json.dumps(d))
    with pytest.raises(RecordError, match=message):
        Comparison.from_json(json.dumps(d))


def test_model_validate_puts_a_comparison_in_compares_order(made):
    d = json.loads(made.to_json())
    for name in ("links", "flags", "only_a"):
        d[name].reverse()
    c = Comparison.model_validate(d)
    assert c == made and c.to_json() == made.to_json()
    fields = dict(made)
    built = Comparison(**{**fields, "links": fields["links"][::-1], "flags": fields["flags"][::-1]})
    assert built == made


def test_a_comparison_built_in_python_always_reads_back_from_its_json(made):
    # what to_json() writes, from_json reads: the checks are the same record's
    sig = Signature(version="0", embedder="x", weights_hash="0", method="m", parameters={"label_threshold": 0.5})
    a, b = Readout.from_points(["A0.", "A1.", "A2."], side="US"), Readout.from_points(["B0.", "B1."], side="RU")
    c = Comparison(a=a, b=b, links=(Link(a=(2,), b=(0,), label="asymmetric", score=0.9, label_score=0.7),
                                    Link(a=(0,), b=(1,), label="equivalent", score=0.8, label_score=0.2)),
                   only_a=(1,), only_b=(), signature=sig,
                   flags=(Flag(kind="coverage", side="b", points=(1,), explanation="x"),
                          Flag(kind="unconfirmed_claim", side="a", points=(0,), explanation="y")))
    assert [link.a for link in c.links] == [(0,), (2,)] and [f.kind for f in c.flags] == ["unconfirmed_claim", "coverage"]
    assert Comparison.from_json(c.to_json()) == c and Comparison.from_json(c.mirrored().to_json()) == c.mirrored()


def test_compare_validates_the_flags_it_makes(made, monkeypatch):
    # compare() added its flags with model_copy(update=...), which skips validation: a flag on a point that
    # is not there (a bug in a flag rule) would have reached every report; it is refused now
    import readouts.comparison as comparison

    def broken(c, **kw):
        return (Flag(kind="tone", side="a", points=(99,), explanation="x"),)

    monkeypatch.setattr(comparison, "find_flags", broken)
    with pytest.raises(ValidationError, match=r"points \[99\] are no points of side a"):
        compare(made.a, made.b, embedder=HashEmbedder())


# -- 2. an EvaluationResult's skipped errors --------------------------------------------------------
def test_a_results_skipped_errors_are_copies_of_the_callers():
    err = GoldFormatError("x.json: broken")
    err.add_note("seen in the nightly run")
    r = EvaluationResult(per_file={"2021-01-01-a.json": Scores(Counts(1, 0, 0))}, overall=None, predictions={},
                         skipped={"x.json": err})
    held = r.skipped["x.json"]
    assert held is not err and type(held) is GoldFormatError and str(held) == "x.json: broken"
    assert held.__notes__ == ["seen in the nightly run"]
    before = r.to_json()
    err.args = ("something else",)  # the caller's exception is its own
    err.add_note("and another")
    assert str(r.skipped["x.json"]) == "x.json: broken" and held.__notes__ == ["seen in the nightly run"]
    assert r.to_json() == before


def test_a_skipped_errors_traceback_does_not_pin_the_files_read(tmp_path):
    # scan_dir stored the exception raised, whose traceback held scan_dir's frame, whose locals held every
    # pair file read (readouts and gold) and the bad file's text, for as long as the result lived
    from conftest import CORPUS

    good = sorted(CORPUS.glob("2017-05-02-*.json"))[0]
    (tmp_path / good.name).write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bad.json").write_text('{"a": 1', encoding="utf-8")
    r = evaluate(tmp_path, embedder=HashEmbedder(), on_error="skip")
    e = r.skipped["bad.json"]
    assert type(e) is ReadoutFileError and "malformed JSON" in str(e)
    assert e.__traceback__ is None and e.__context__ is None and e.__cause__ is None


def test_a_skipped_error_whose_class_takes_other_arguments_is_kept_as_it_is():
    from readouts import ReadoutsError

    class Mine(ReadoutsError):
        def __init__(self, path: str, why: str) -> None:
            super().__init__(f"{path}: {why}")

    err = Mine("x.json", "odd")
    r = EvaluationResult(per_file={"2021-01-01-a.json": Scores()}, overall=None, predictions={}, skipped={"x.json": err})
    assert r.skipped["x.json"] is err and str(r.skipped["x.json"]) == "x.json: odd"


# -- 4. probes: a keyword typo in a readout's constructors ----------------------------------------
@pytest.mark.parametrize("make, key, meant", [
    (lambda **kw: Readout.from_text("Talks took place.", side="US", **kw), "lang", "language"),
    (lambda **kw: Readout.from_text("Talks took place.", side="US", **kw), "data", "date"),
    (lambda **kw: Readout.from_points(["Talks took place."], side="US", **kw), "titel", "title"),
    (lambda **kw: Readout.from_points(["Talks took place."], side="US", **kw), "url", "source_url"),
    (lambda **kw: Readout.from_file(ROOT / "examples" / "2022-02-01-us.txt", **kw), "sid", "side"),
    (lambda **kw: Readout.from_file(ROOT / "examples" / "2022-02-01-us.txt", **kw), "participant", "participants"),
])
def test_a_keyword_typo_in_a_readouts_metadata_names_the_keyword_meant(make, key, meant):
    # pydantic's "invalid readout: lang: Extra inputs are not permitted" said neither that it was a keyword
    # of the call nor which one was meant, where compare(..., embeder=...) says both
    with pytest.raises(RecordError, match=rf"^unknown keyword\(s\) \['{key}'\] \('{key}' for '{meant}'\?\); a readout's "
                                          r"metadata keywords are side, issuer, language, date, title, source_url, "
                                          r"participants$"):
        make(**{key: "x"})


def test_a_keyword_with_no_likely_meaning_is_named_without_a_guess():
    with pytest.raises(RecordError, match=r"^unknown keyword\(s\) \['mood', 'tone'\]; a readout's metadata keywords"):
        Readout.from_text("Talks took place.", side="US", mood="tense", tone="x")


# -- 4. probes: a misspelt option on the command line ---------------------------------------------
@pytest.mark.parametrize("argv, hint", [
    (["compare", "a.txt", "b.txt", "--link-treshold", "0.5"], r"unrecognized arguments: --link-treshold 0\.5 "
                                                               r"\(--link-treshold for --link-threshold\?\)"),
    (["compare", "a.txt", "b.txt", "--fromat=json"], r"\(--fromat for --format\?\)"),
    (["evaluate", "pairs", "--skip-bda"], r"\(--skip-bda for --skip-bad\?\)"),
    (["evaluate", "pairs", "--link-threshold", "0.3"], r"\(--link-threshold is an option of compare, not of "
                                                        r"evaluate\)"),
    (["compare", "a.txt", "b.txt", "--zzz"], r"unrecognized arguments: --zzz \(see 'readouts compare --help'\)$"),
])
def test_an_unknown_option_on_the_command_line_names_the_one_meant(capsys, argv, hint):
    # argparse said "unrecognized arguments: --link-treshold 0.5" and no more, where the library names a
    # misspelt keyword ('on_eror' for 'on_error'?)
    from readouts.cli import main

    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("readouts: error: ")
    assert re.search(hint, err.strip())


# -- 4. probes: a readout record with a point that says nothing ------------------------------------
def _with_blank_point(blank: str) -> dict:
    d = Readout.from_points(["Blinken spoke with Lavrov.", "They discussed Ukraine."], side="US").model_dump()
    d["text"] = f"Blinken spoke with Lavrov.\n{blank}\nThey discussed Ukraine."
    k = 27 + len(blank)
    d["points"] = [{"index": 0, "text": "Blinken spoke with Lavrov.", "start": 0, "end": 26},
                   {"index": 1, "text": blank, "start": 27, "end": k},
                   {"index": 2, "text": "They discussed Ukraine.", "start": k + 1, "end": k + 24}]
    return d


@pytest.mark.parametrize("blank, said", [("   ", ""), ("\u200b\u200b", r" \(it holds only invisible characters\)")])
def test_a_readout_record_refuses_a_point_that_says_nothing(tmp_path, blank, said):
    # from_text and from_points refuse such a point (EmptyTextError), but Readout.model_validate and a
    # readout's .json in the record shape took it, and compare() made it a one-sided point, an empty
    # bullet in the reports, counted in the coverage shares
    from readouts import InputError

    d = _with_blank_point(blank)
    message = rf"point 1 is empty or white space only{said}: a point says something"
    with pytest.raises(ValidationError, match=message):
        Readout.model_validate(d)
    f = tmp_path / "us.json"
    f.write_text(json.dumps(d, default=str), encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=rf"us\.json: not a readout record: record: {message}"):
        Readout.from_file(f)
    from readouts import Point

    sneaked = Readout.from_points(["A b.", "C d."], side="US").model_copy(  # model_copy skips validation
        update={"text": d["text"], "points": tuple(Point.model_construct(**p) for p in d["points"])})
    with pytest.raises(InputError, match=r"readout A .*point 1 is empty or white space only"):
        compare(sneaked, Readout.from_points(["Lavrov spoke."], side="RU"), embedder=HashEmbedder())


# -- 4. probes: a readout record's participants are held to the constructors' rules ----------------
@pytest.mark.parametrize("participants, message", [
    ([""], r"participant 0 is empty or white space only: no name"),
    (["—", "Ann Smith"], r"participant 0 \('—'\) holds no letter"),
    (["Antony Blinken", "Jake Sullivan, Nikolai Patrushev"], r"participant 1: 'Jake Sullivan, Nikolai Patrushev' "
                                                              r"holds a comma between names"),
])
def test_a_readout_record_refuses_participants_its_constructors_refuse(tmp_path, participants, message):
    # Readout.from_text(..., participants=...) refused them (the names after an empty place read as the other
    # side's; "Patrushev" read as a member of Sullivan's side), but model_validate and a readout's .json in the
    # record shape took them as given
    d = Readout.from_points(["Blinken spoke with Lavrov."], side="US").model_dump(mode="json")
    d["participants"] = participants
    with pytest.raises(ValidationError, match=message):
        Readout.model_validate(d)
    f = tmp_path / "us.json"
    f.write_text(json.dumps(d), encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=rf"us\.json: not a readout record: participants: {message}"):
        Readout.from_file(f)
    from readouts import InputError

    with pytest.raises(InputError, match=message):  # as the constructors say it
        Readout.from_points(["Blinken spoke with Lavrov."], side="US", participants=participants)


def test_a_readout_records_participants_are_stripped_and_titles_after_a_comma_kept():
    d = Readout.from_points(["Blinken spoke with Lavrov."], side="US").model_dump(mode="json")
    d["participants"] = [" Joe Biden ", "Charles Q. Brown, Jr.", "Antony Blinken, Secretary of State"]
    r = Readout.model_validate(d)
    assert r.participants == ("Joe Biden", "Charles Q. Brown, Jr.", "Antony Blinken, Secretary of State")
    assert r.participants == Readout.from_points(["Blinken spoke with Lavrov."], side="US",
                                                 participants=d["participants"]).participants
