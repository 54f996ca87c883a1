"""What a foreign-policy researcher's notebook or pipeline meets at the public API's edges (session 39's
probes): dates from numpy and pandas, ..."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from readouts import Comparison, InputError, Readout, RecordError, compare

US = Readout.from_points(["Blinken spoke with Lavrov.", "He urged Russia to de-escalate."], side="US")
RU = Readout.from_points(["Lavrov spoke with Blinken.", "Lavrov raised NATO expansion."], side="RU")
DAY = dt.date(2022, 2, 1)


# -- dates from numpy and pandas -------------------------------------------------------------
@pytest.mark.parametrize("given", [np.datetime64("2022-02-01"), np.datetime64("2022-02-01T10:30"),
                                   np.datetime64("2022-02-01T23:59:59.123456789"), dt.datetime(2022, 2, 1, 10, 30)])
def test_a_numpy_datetime64_or_a_datetime_is_its_calendar_day(given):
    # np.datetime64 (what df["date"].values holds) got pydantic's "Input should be a valid date", and a
    # datetime with a time of day "Datetimes provided to dates should have zero time"
    assert Readout.from_points(["Talks."], side="US", date=given).date == DAY
    assert Readout.from_text("Talks took place.", side="US", date=given).date == DAY


def test_a_pandas_timestamp_is_its_calendar_day_in_its_own_time_zone():
    pd = pytest.importorskip("pandas")
    for given in (pd.Timestamp("2022-02-01"), pd.Timestamp("2022-02-01 13:00", tz="UTC"),
                  pd.Timestamp("2022-02-01 23:30", tz="Europe/Moscow")):
        assert Readout.from_points(["Talks."], side="US", date=given).date == DAY
    df = pd.DataFrame({"text": ["Biden spoke with Xi."], "date": pd.to_datetime(["2022-02-01 09:00"])})
    for row in df.itertuples():
        assert Readout.from_text(row.text, side="US", date=row.date).date == DAY
    assert Readout.from_text("Biden spoke with Xi.", side="US", date=df["date"].values[0]).date == DAY


@pytest.mark.parametrize("given, match", [
    (np.datetime64("2022-02"), r"a calendar day, not np\.datetime64\('2022-02'\), a datetime64 of a month"),
    (np.datetime64("2022"), "a datetime64 of a year"),
    (np.datetime64("2022-02-01", "W"), "a datetime64 of a week"),
    (np.datetime64("10000-01-01"), "lies outside the years 1 to 9999"),
])
def test_a_datetime64_coarser_than_a_day_or_out_of_range_is_refused_by_name(given, match):
    with pytest.raises(RecordError, match=match):
        Readout.from_points(["Talks."], side="US", date=given)


def test_numpy_nat_is_a_missing_value_as_pandas_nat_is():
    with pytest.raises(InputError, match=r"date is a missing value \(np\.datetime64\('NaT'"):
        Readout.from_points(["Talks."], side="US", date=np.datetime64("NaT"))
    with pytest.raises(ValueError, match="a missing value"):  # built directly: pydantic's error, this message
        Readout(text="Talks.", points=[{"index": 0, "text": "Talks.", "start": 0, "end": 6}], side="US",
                date=np.datetime64("NaT"))


def test_a_comparison_takes_numpy_dates_in_its_readouts(hash_embedder):
    c = compare(US.model_copy(update={"date": DAY}), RU, embedder=hash_embedder)
    data = c.model_dump()
    data["a"]["date"] = np.datetime64("2022-02-01")
    data["b"]["date"] = dt.datetime(2022, 2, 1, 18, 0)
    back = Comparison.model_validate(data)
    assert back.a.date == back.b.date == DAY
    assert Comparison.from_json(back.to_json()) == back


# -- coverage of two identical readouts ------------------------------------------------------
def test_two_identical_readouts_coverage_flags_say_the_shares_are_the_same(hash_embedder):
    # each side's flag quoted the other's identical figure as if it were news ("US opens with 'X' (55%
    # of its text; RU: 55%)"), and with one name twice it read "US: 55%" of the other readout
    text = ["Blinken spoke with Lavrov.", "He urged Russia to pull its troops back from Ukraine's border.",
            "He stressed NATO's open door policy.", "He said the troops must leave Ukraine's border."]
    us = Readout.from_points(text, side="US")
    c = compare(us, us.model_copy(update={"side": "RU"}), embedder=hash_embedder)
    a, b = [f for f in c.flags if f.kind == "coverage"]
    assert "as RU does, and gives its topics the same shares of its text" in a.explanation
    assert "as US does, and gives its topics the same shares" in b.explanation
    with pytest.warns(Warning):  # one side twice: a SideWarning
        same = compare(us, Readout.from_points(text, side="us"), embedder=hash_embedder)
    assert all("as the other us readout does" in f.explanation or "as the other US readout does" in f.explanation
               for f in same.flags if f.kind == "coverage")
    assert compare(us.model_copy(update={"side": "RU"}), us, embedder=hash_embedder) == c.mirrored()
    # different profiles keep the other side's figure for the opening topic
    other = Readout.from_points(text[:1] + text[2:3], side="RU")
    fa = next(f for f in compare(us, other, embedder=hash_embedder).flags if f.kind == "coverage" and f.side == "a")
    assert "same shares" not in fa.explanation and "; RU: " in fa.explanation


# -- two readouts of one side's name ---------------------------------------------------------
def test_reports_tell_two_readouts_of_one_name_apart(hash_embedder):
    # two US statements (a use the README names) gave "# US vs US", two "## Only in US" sections and
    # flags on "US 1" that did not say which readout
    a = Readout.from_points(["Blinken spoke with Lavrov.", "He urged Russia to de-escalate.", "He raised Ukraine."],
                            side="US")
    b = Readout.from_points(["Blinken spoke with Lavrov.", "He urged Russia to de-escalate.", "Nothing else."],
                            side="us")
    with pytest.warns(Warning):  # the SideWarning
        c = compare(a, b, embedder=hash_embedder)
    md = c.to_markdown()
    assert md.startswith("# US (a) vs us (b)\n")
    assert "## Only in US (a) (1)" in md and "## Only in us (b) (1)" in md and "| US (a) | us (b) |" in md
    assert "(US (a) 1)" in md and "(us (b) 1)" in md
    html = c.to_html()
    assert "<th>US (a)</th><th></th><th>us (b)</th>" in html and "<title>US (a) vs us (b)" in html
    # the records keep the names as given; distinct names are shown as they are
    assert (c.a.side, c.b.side) == ("US", "us") and c.to_frame().attrs["b"] == "us"
    assert compare(US, RU, embedder=hash_embedder).to_markdown().startswith("# US vs RU\n")


# -- reading a report back as a comparison ---------------------------------------------------
def test_a_report_read_back_as_a_comparison_is_named_as_a_report(tmp_path, hash_embedder):
    # -o call.md (or .html) read back with Comparison.from_file said "malformed JSON at line 1, column 1:
    # Expecting value", nothing of why
    from readouts import ReadoutFileError
    from readouts.errors import RecordError as RecErr

    c = compare(US, RU, embedder=hash_embedder)
    for name, text, kind in (("call.md", c.to_markdown(), "a Markdown"), ("call.html", c.to_html(), "an HTML"),
                             ("call.txt", c.to_markdown(), "a Markdown"), ("report.json", c.to_html(), "an HTML")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(ReadoutFileError, match=rf"{name}: {kind} report, not a saved comparison; only a "
                                                   r"comparison saved as JSON can be read back \(c\.to_json\(\)"):
            Comparison.from_file(tmp_path / name)
    with pytest.raises(RecErr, match=r"comparison JSON: a Markdown report \(c\.to_markdown\(\)\), not a saved"):
        Comparison.from_json(c.to_markdown())
    (tmp_path / "call.json").write_text(c.to_json(), encoding="utf-8")
    assert Comparison.from_file(tmp_path / "call.json") == c
    # the JSON of a comparison given as a dict or a Path names what reads it
    with pytest.raises(InputError, match=r"not dict; a dict already parsed from JSON is read with Comparison\.model_validate"):
        Comparison.from_json(c.model_dump(mode="json"))
    with pytest.raises(InputError, match=r"not PosixPath; read a saved file with Comparison\.from_file\(path\)"):
        Comparison.from_json(tmp_path / "call.json")


# -- compare_many over a DataFrame's rows ----------------------------------------------------
def test_compare_many_takes_the_rows_of_a_two_column_array_and_names_iterrows(hash_embedder):
    from readouts import compare_many

    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"us": [US], "ru": [RU]})
    want = compare(US, RU, embedder=hash_embedder)
    # a row of df[["us", "ru"]].to_numpy() is an ndarray of two: "pair 0 must be a 2-tuple (a, b), got ndarray"
    assert list(compare_many(df[["us", "ru"]].to_numpy(), embedder=hash_embedder)) == [want]
    assert list(compare_many(df.itertuples(index=False), embedder=hash_embedder)) == [want]
    # df.iterrows() gives (index, row): "readout A must be a Readout ..., not int" did not say why
    with pytest.raises(InputError, match=r"pair 0 is \(index, row\), as DataFrame\.iterrows\(\) gives, not \(a, b\); "
                                         r"pass .*itertuples\(index=False\)"):
        list(compare_many(df.iterrows(), embedder=hash_embedder))
    (failure,) = compare_many(np.array([["a b", "c d", "e f"]]), embedder=hash_embedder, on_error="skip")
    assert "got a tuple of length 3" in str(failure.error)


@pytest.mark.parametrize("given", ["no", "False", 0, None, 1])
def test_progress_must_be_a_bool(given, hash_embedder, tmp_path):
    # progress="no" (truthy) drew the bars; keep_comparisons was already checked so
    import readouts
    from readouts import compare_many

    with pytest.raises(InputError, match=r"progress must be True or False, not "):
        list(compare_many([(US, RU)], embedder=hash_embedder, progress=given))
    with pytest.raises(InputError, match=r"progress must be True or False, not "):
        readouts.evaluate(tmp_path, embedder=hash_embedder, progress=given)
    assert list(compare_many([(US, RU)], embedder=hash_embedder, progress=np.bool_(False)))


# -- a DataFrame's empty cell where text belongs ---------------------------------------------
def test_an_empty_cell_as_text_a_point_or_a_participant_is_named_a_missing_value(hash_embedder):
    # "text must be str, not float" and pydantic's "participants.1: Input should be a valid string"
    # did not say that the float was NaN, an empty cell
    for build, match in (
        (lambda: Readout.from_text(float("nan"), side="US"),
         r"text must be str, not float \(a missing value, nan, as pandas gives for an empty cell\)"),
        (lambda: Readout.from_points(["Talks.", float("nan")], side="US"), r"point 1 must be str, not float \(a missing"),
        (lambda: Readout.from_text("Talks.", side="US", participants=["Joe Biden", float("nan")]),
         r"participant 1 is a missing value \(nan, as pandas gives for an empty cell\); leave it out of the list"),
        (lambda: compare(float("nan"), RU, embedder=hash_embedder),
         r"readout A must be a Readout, .*, not float \(a missing value, nan"),
    ):
        with pytest.raises(InputError, match=match):
            build()
    with pytest.raises(InputError, match=r"text must be str, not int$"):
        Readout.from_text(5, side="US")


# -- a very long point -----------------------------------------------------------------------
def test_the_cues_of_a_point_of_thousands_of_words_find_every_act():
    # text with no sentence end (a transcript, a pasted document) is one point: its cues searched the
    # whole text before every act, for every actor (2,000 words took 13 s, 20,000 over ten minutes);
    # the time is measured by benchmarks/bench_compare.py --only long (no timed tests)
    from readouts.cues import pair_cues

    word = "the Secretary stressed the importance of dialogue with Russia and"
    us = Readout.from_points(["Blinken spoke with Lavrov.", " ".join([word] * 300) + "."], side="US")
    ca, _ = pair_cues(us, RU)
    assert len(ca[1].acts) >= 300
