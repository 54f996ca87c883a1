import json

import pytest

from readouts import EmptyTextError, FurnitureWarning, Readout, ReadoutFileError


def test_txt_with_header(tmp_path):
    f = tmp_path / "us.txt"
    f.write_text("---\nside: US\nlanguage: en\ndate: 2022-02-01\nparticipants: Blinken; Lavrov\n---\n"
                 "Blinken spoke with Lavrov. They discussed Ukraine.\n", encoding="utf-8")
    r = Readout.from_file(f)
    assert (r.side, r.language, str(r.date), r.participants) == ("US", "en", "2022-02-01", ("Blinken", "Lavrov"))
    assert r.texts == ["Blinken spoke with Lavrov.", "They discussed Ukraine."]


def test_txt_without_header_takes_side_from_name(tmp_path):
    f = tmp_path / "ru.txt"
    f.write_text("\ufeffLavrov spoke with Blinken.", encoding="utf-8")
    r = Readout.from_file(f)
    assert r.side == "RU" and r.texts == ["Lavrov spoke with Blinken."]


@pytest.mark.parametrize("content, match", [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x00\x01\x02binary", "binary"),
    # Notepad's "Unicode": text, only not UTF-8 (it was called a binary file)
    ("Lavrov spoke.".encode("utf-16"), "UTF-16 text .*not UTF-8; re-save the file as UTF-8"),
    ("Lavrov spoke.".encode("utf-16-be").join([b"\xfe\xff", b""]), "UTF-16 text"),
    # ... and without its byte order mark (PowerShell's Out-File, a converter): not "binary" either
    ("Lavrov spoke with Blinken.\r\n".encode("utf-16-le"), "UTF-16 text without a byte order mark.*UTF-8"),
    ("Лавров провёл разговор с Блинкеном.".encode("utf-16-be"), "UTF-16 text without a byte order mark"),
    (b"\x00\x01\x00\x02\x00\x03binary", "binary"),
    ("caf\u00e9".encode("latin-1"), "UTF-8"),
    (b"---\nside: US\nmood: angry\n---\nText.", "unknown header key 'mood'"),
    (b"---\nside: US\ndate: 1 Feb\n---\nText.", "YYYY-MM-DD"),
    (b"---\nside: US\n", "never closed"),
    # the closing line forgotten before the text: the text's first line is no bad header line
    (b"---\nside: US\nBlinken spoke with Lavrov.\n",
     r"never closed by a '---' line \(line 3 looks like the readout's text: 'Blinken spoke with Lavrov.'\)"),
    (b"---\nside: US\nBlinken said: no.\n", r"never closed .*\(line 3 looks like the readout's text"),
    (b"---\nside: US\nText without a colon\n---\nBody.", "not .key: value."),
])
def test_bad_txt_files(tmp_path, content, match):
    f = tmp_path / "x.txt"
    f.write_bytes(content)
    with pytest.raises((ReadoutFileError, EmptyTextError), match=match):
        Readout.from_file(f)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ReadoutFileError, match="no such file"):
        Readout.from_file(tmp_path / "nope.txt")
    with pytest.raises(ReadoutFileError, match="directory"):
        Readout.from_file(tmp_path)


def test_json_record_and_gold_side_shapes(tmp_path):
    r = Readout.from_text("One point. Two points.", side="US", language="en")
    f = tmp_path / "r.json"
    f.write_text(r.model_dump_json(), encoding="utf-8")
    assert Readout.from_file(f) == r
    g = tmp_path / "side.json"
    g.write_text(json.dumps({"side": "RU", "language": "ru", "points": ["Первый.", "Второй."]}), encoding="utf-8")
    assert Readout.from_file(g).texts == ["Первый.", "Второй."]


@pytest.mark.parametrize("content, match", [("{not json", "malformed JSON"), ("[1, 2]", "JSON object"),
                                            ('{"side": "US"}', "points"),
                                            ('{"side": "US", "points": [{"index": 5}]}', "not a readout record")])
def test_bad_json(tmp_path, content, match):
    f = tmp_path / "bad.json"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=match):
        Readout.from_file(f)


def test_unsupported_suffix(tmp_path):
    f = tmp_path / "x.pdf"
    f.write_bytes(b"%PDF")
    with pytest.raises(ReadoutFileError, match="unsupported"):
        Readout.from_file(f)


def test_json_points_without_side_take_it_from_the_file_name(tmp_path):
    # Used to crash with TypeError (from_points got no side) instead of using the file name.
    f = tmp_path / "ru.json"
    f.write_text(json.dumps({"points": ["Первый.", "Второй."]}), encoding="utf-8")
    assert Readout.from_file(f).side == "RU"
    g = tmp_path / "us.json"
    g.write_text(json.dumps({"text": "One. Two."}), encoding="utf-8")
    assert Readout.from_file(g).side == "US"  # same rule as for .txt files


def test_deeply_nested_json_is_a_file_error(tmp_path):
    # json.loads raises RecursionError, not JSONDecodeError, for deep nesting.
    f = tmp_path / "deep.json"
    f.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(ReadoutFileError, match="nested too deeply"):
        Readout.from_file(f)


def test_json_with_a_broken_escape_is_an_input_error(tmp_path):
    from readouts import InputError

    f = tmp_path / "r.json"
    f.write_text('{"side": "US", "points": ["Blinken \\ud800 spoke."]}', encoding="utf-8")
    with pytest.raises(InputError, match="lone surrogate"):
        Readout.from_file(f)


def test_duplicate_header_key(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("---\nside: US\nside: RU\n---\nText.", encoding="utf-8")
    with pytest.raises(ReadoutFileError, match="'side' appears twice"):
        Readout.from_file(f)


def test_unreadable_file(tmp_path, monkeypatch):
    import os
    from pathlib import Path

    f = tmp_path / "locked.txt"
    f.write_text("Some text.", encoding="utf-8")
    if os.geteuid() != 0:  # root reads anything, so chmod only proves something for other users
        f.chmod(0)
        try:
            with pytest.raises(ReadoutFileError, match="cannot be read"):
                Readout.from_file(f)
        finally:
            f.chmod(0o600)

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ReadoutFileError, match="cannot be read .Permission denied"):
        Readout.from_file(f)


# -- bad input found in the twenty-first round's review ------------------------------------------
def test_json_readout_with_an_unknown_key_is_refused(tmp_path):
    p = tmp_path / "ru.json"
    p.write_text(json.dumps({"side": "RU", "langauge": "ru", "text": "Lavrov spoke."}), encoding="utf-8")
    with pytest.raises(ReadoutFileError, match="unknown key.*'langauge'"):
        Readout.from_file(p)


def test_a_pair_file_or_a_saved_comparison_given_as_one_readout_says_what_it_is(tmp_path):
    # `readouts compare pair.json other.txt` listed 'a', 'b', 'gold' ... as misspelt keys of a readout;
    # the file is two readouts, and the message now says so and where such a file goes.
    keys = ("a readout's keys are side, issuer, language, date, title, source_url, participants, and 'points' "
            "or 'text'")
    pair = tmp_path / "pair.json"
    pair.write_text(json.dumps({"id": "x", "a": {"points": ["A."]}, "b": {"points": ["B."]},
                                "gold": {"links": [], "only_a": [0], "only_b": [0]}}), encoding="utf-8")
    with pytest.raises(ReadoutFileError) as err:
        Readout.from_file(pair)
    assert str(err.value) == (f"{pair}: unknown key(s) 'a', 'b', 'gold', 'id'; {keys} (this is a pair file of two "
                              "readouts, 'a' and 'b': score it with readouts evaluate DIR, or compare its sides with "
                              "readouts.evaluation.load_annotated(path).a and .b)")
    saved = tmp_path / "call.json"
    saved.write_text(json.dumps({"a": {}, "b": {}, "links": [], "signature": {}}), encoding="utf-8")
    with pytest.raises(ReadoutFileError) as err:
        Readout.from_file(saved)
    assert str(err.value).endswith(f"{keys} (this is a saved comparison of two readouts, 'a' and 'b': read it with "
                                   "Comparison.from_file)")
    one = tmp_path / "ru.json"  # one readout with a stray key: no such note
    one.write_text(json.dumps({"side": "RU", "a": 1, "text": "Lavrov spoke."}), encoding="utf-8")
    with pytest.raises(ReadoutFileError) as err:
        Readout.from_file(one)
    assert str(err.value) == f"{one}: unknown key(s) 'a'; {keys}"


def test_from_file_refuses_none():
    from readouts import InputError

    with pytest.raises(InputError, match="path must be a file name"):
        Readout.from_file(None)


def test_json_readout_with_a_point_that_is_no_string(tmp_path):
    p = tmp_path / "ru.json"
    p.write_text(json.dumps({"side": "RU", "points": ["Lavrov spoke.", 5]}), encoding="utf-8")
    with pytest.raises(ReadoutFileError, match="point 1 must be a string, not int"):
        Readout.from_file(p)


def test_header_values_may_be_quoted_and_participants_a_flow_list(tmp_path):
    p = tmp_path / "us.txt"
    p.write_text('---\nside: "US"\nlanguage: \'en\'\nparticipants: [Antony Blinken, "Sergey Lavrov"]\n---\n'
                 "Blinken spoke with Lavrov.\n", encoding="utf-8")
    r = Readout.from_file(p)
    assert (r.side, r.language, r.participants) == ("US", "en", ("Antony Blinken", "Sergey Lavrov"))


def test_header_quoted_values_undo_yamls_quote_escapes(tmp_path):
    # YAML writes a quote inside a quoted value as '' (single) or \" (double); they are one quote
    p = tmp_path / "us.txt"
    p.write_text("---\ntitle: 'Secretary Blinken''s call'\nissuer: \"the \\\"reset\\\" desk\"\n"
                 "participants: ['O''Brien', Sergey Lavrov]\n---\nBlinken spoke with Lavrov.\n", encoding="utf-8")
    r = Readout.from_file(p)
    assert r.title == "Secretary Blinken's call"
    assert r.issuer == 'the "reset" desk'
    assert r.participants == ("O'Brien", "Sergey Lavrov")


# -- a JSON readout's points and text (s26 probe) --------------------------------------------------
@pytest.mark.parametrize("data", [
    {"side": "US", "text": "Blinken spoke.", "points": ["Lavrov spoke."]},
    {"side": "US", "text": "Blinken spoke.", "points": ["Blinken spoke."]},  # even where they agree
])
def test_json_readout_with_both_text_and_points_is_refused(tmp_path, data):
    p = tmp_path / "us.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ReadoutFileError, match="'points' .* or 'text' .*not both"):
        Readout.from_file(p)


@pytest.mark.parametrize("points, match", [
    ([5], "point 0 must be a string, not int"),
    ("Blinken spoke.", "'points' must be a list of strings, not str"),
    ({"0": "Blinken spoke."}, "'points' must be a list of strings, not dict"),
    (None, "'points' must be a list of strings, not NoneType"),
    ([["Blinken spoke."]], "point 0 must be a string, not list"),
])
def test_json_readout_with_bad_points_says_so(tmp_path, points, match):
    p = tmp_path / "us.json"
    p.write_text(json.dumps({"side": "US", "points": points}), encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=match) as exc:
        Readout.from_file(p)
    assert "Field required" not in str(exc.value)


def test_json_readout_shapes_that_still_load(tmp_path):
    r = Readout.from_text("One point. Two points.", side="US", language="en")
    f = tmp_path / "r.json"
    f.write_text(r.model_dump_json(), encoding="utf-8")  # a record holds both: its points index its text
    assert Readout.from_file(f) == r
    g = tmp_path / "us.json"
    g.write_text(json.dumps({"points": ["One.", "Two."]}), encoding="utf-8")
    assert Readout.from_file(g).texts == ["One.", "Two."]
    g.write_text(json.dumps({"points": []}), encoding="utf-8")
    with pytest.raises(EmptyTextError, match="at least one point"):
        Readout.from_file(g)


@pytest.mark.parametrize("header, expected", [
    ('[A, "B, C"]', ("A", "B, C")),
    ("['Xi, Jinping', Joseph Biden]", ("Xi, Jinping", "Joseph Biden")),
    ('[O\'Brien, "Sergey Lavrov"]', ("O'Brien", "Sergey Lavrov")),
    ('["Lavrov; Sergey", Blinken]', ("Lavrov; Sergey", "Blinken")),  # a quoted name is one name
    ("[A, , B]", ("A", "B")),
    ("A; B", ("A", "B")),
])
def test_header_participants_flow_list_keeps_quoted_commas(tmp_path, header, expected):
    p = tmp_path / "us.txt"
    p.write_text(f"---\nparticipants: {header}\n---\nBlinken spoke with Lavrov.\n", encoding="utf-8")
    assert Readout.from_file(p).participants == expected


def test_header_participants_with_an_unclosed_quote(tmp_path):
    p = tmp_path / "us.txt"
    p.write_text('---\nside: US\nparticipants: [A, "B, C]\n---\nBlinken spoke.\n', encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=r"us.txt:3: participants: a quote .* is never closed"):
        Readout.from_file(p)


def test_json_readout_with_a_broken_escape_in_its_metadata(tmp_path):
    from readouts import InputError

    f = tmp_path / "r.json"
    f.write_text('{"side": "US", "issuer": "State \\ud800", "points": ["Blinken spoke."]}', encoding="utf-8")
    with pytest.raises(InputError, match=r"r.json: issuer holds a lone surrogate"):
        Readout.from_file(f)


@pytest.mark.parametrize("name, content", [("t.json", '{"side": "US", "text": "Blinken spoke."}'),
                                           ("t.txt", "Blinken spoke."), ("missing.txt", None)])
def test_from_file_refuses_text_or_points_as_overrides(tmp_path, name, content):
    from readouts import InputError

    p = tmp_path / name
    if content is not None:
        p.write_text(content, encoding="utf-8")
    for kw in ({"text": "Other."}, {"points": ["Other."]}):
        with pytest.raises(InputError, match=f"^{next(iter(kw))} cannot be passed as metadata: they come from the file"):
            Readout.from_file(p, **kw)
    if content is not None:
        assert Readout.from_file(p, side="RU").side == "RU"


@pytest.mark.parametrize("path", ["", "  "])
def test_an_empty_path_says_so(path):
    from readouts import InputError
    from readouts.evaluation import load_annotated

    for read in (Readout.from_file, load_annotated):
        with pytest.raises(InputError, match="^path is empty; give a file name$"):  # once ".: is a directory"
            read(path)


# -- dates, duplicate keys (s26 probe) ---------------------------------------------------------------
@pytest.mark.parametrize("date", ["20220201", "2022-W05-2", "2022-032", "2022-2-1"])
def test_header_date_is_yyyy_mm_dd_only_as_for_readout(tmp_path, date):
    from readouts import RecordError

    p = tmp_path / "us.txt"
    p.write_text(f"---\nside: US\ndate: {date}\n---\nBlinken spoke.\n", encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=f"us.txt:3: date '{date}' is not YYYY-MM-DD"):
        Readout.from_file(p)
    with pytest.raises(RecordError, match="date"):  # the header and the constructor agree
        Readout.from_text("Blinken spoke.", side="US", date=date)


@pytest.mark.parametrize("date", ["2022-02-01T10:00", "2022-02-01 10:00:00+03:00"])
def test_header_date_with_a_time_of_day_is_its_day_as_for_readout(tmp_path, date):
    import datetime

    p = tmp_path / "us.txt"
    p.write_text(f"---\nside: US\ndate: {date}\n---\nBlinken spoke.\n", encoding="utf-8")
    assert Readout.from_file(p).date == datetime.date(2022, 2, 1) == \
        Readout.from_text("Blinken spoke.", side="US", date=date).date


@pytest.mark.parametrize("content, key", [
    ('{"side": "US", "side": "RU", "text": "Blinken spoke."}', "side"),
    ('{"side": "US", "text": "Blinken spoke.", "text": "Lavrov spoke."}', "text"),
])
def test_json_readout_with_a_key_twice_is_refused(tmp_path, content, key):
    p = tmp_path / "us.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=f"us.json: key '{key}' appears twice in one JSON object; keep one"):
        Readout.from_file(p)


def test_gold_file_with_a_key_twice_is_refused(tmp_path):
    from readouts.evaluation import load_annotated

    p = tmp_path / "x.json"
    p.write_text('{"a": {"points": ["A."]}, "b": {"points": ["B."]}, "gold": {"links": [], "only_a": [0], '
                 '"only_b": [0], "only_a": []}}', encoding="utf-8")
    with pytest.raises(ReadoutFileError, match="x.json: key 'only_a' appears twice"):
        load_annotated(p)


def test_a_path_under_home_written_with_a_tilde_is_read_and_written(tmp_path, monkeypatch, hash_embedder):
    # Readout.from_file("~/calls/us.txt") in a notebook (no shell there to expand "~") said "no such
    # file", though cache_dir= and a model folder took "~" already.
    import shutil
    from pathlib import Path

    from readouts import Comparison, compare, evaluate

    monkeypatch.setenv("HOME", str(tmp_path))
    calls = tmp_path / "calls"
    calls.mkdir()
    us = calls / "us.txt"
    us.write_text("---\nside: US\n---\nBlinken spoke with Lavrov. He urged de-escalation.", encoding="utf-8")
    assert Readout.from_file("~/calls/us.txt") == Readout.from_file(us)
    c = compare(Path("~/calls/us.txt"), "Lavrov spoke with Blinken. Lavrov raised NATO.", embedder=hash_embedder)
    (calls / "c.json").write_text(c.model_dump_json(), encoding="utf-8")
    assert Comparison.from_file("~/calls/c.json") == c
    pairs = tmp_path / "pairs"
    pairs.mkdir()
    src = sorted((Path(__file__).parents[1] / "examples" / "corpus").glob("*.json"))[0]
    shutil.copy(src, pairs / src.name)
    result = evaluate("~/pairs", embedder=hash_embedder, out="~/preds")
    assert list(result.per_file) == [src.name] and (tmp_path / "preds" / src.name).is_file()
    from readouts.errors import OutputError

    with pytest.raises(OutputError, match="annotated directory itself"):
        evaluate("~/pairs", embedder=hash_embedder, out=str(pairs))


_MD = """---
side: US
date: 2022-02-01
---
# Secretary Blinken's Call with Russian Foreign Minister Lavrov

Secretary Blinken spoke with **Foreign Minister Lavrov** about *Ukraine*, as [the statement](https://state.gov/x "x")
of _January 26_ said.

## Key points

- The Secretary urged **de-escalation**
- He stressed [NATO's](https://nato.int) open door
1. Both sides agreed to keep talking
+ Next call `soon`

> Diplomacy is the way forward, the Secretary said.

The snake_case_name and 5 * 3 stay; \\*literal stars\\* too.
"""


def test_a_markdown_readout_is_read_as_prose(tmp_path):
    # a .md file was read as plain text: "# Secretary ...", "## Key points", "**", "[..](url)" and
    # list markers all stood in the points, and the headings were points of their own
    f = tmp_path / "us.md"
    f.write_text(_MD, encoding="utf-8")
    r = Readout.from_file(f)
    assert r.texts == [
        "Secretary Blinken spoke with Foreign Minister Lavrov about Ukraine, as the statement\nof January 26 said.",
        "The Secretary urged de-escalation",
        "He stressed NATO's open door",
        "Both sides agreed to keep talking",
        "Next call soon",
        "Diplomacy is the way forward, the Secretary said.",
        "The snake_case_name and 5 * 3 stay; *literal stars* too.",
    ]
    # the first heading is the title where the header gives none; the spans index the readout's (prose) text
    assert r.title == "Secretary Blinken's Call with Russian Foreign Minister Lavrov"
    assert all(r.text[p.start:p.end] == p.text for p in r.points)
    assert "#" not in r.text and "](" not in r.text and "**" not in r.text
    assert Readout.from_file(f, title="Mine").title == "Mine"
    f.write_text(_MD.replace("date: 2022-02-01", "title: From the header"), encoding="utf-8")
    assert Readout.from_file(f).title == "From the header"
    # a .txt file is still read exactly as written
    t = tmp_path / "us.txt"
    t.write_text(_MD, encoding="utf-8")
    assert Readout.from_file(t).texts[0] == "# Secretary Blinken's Call with Russian Foreign Minister Lavrov"


def test_a_markdown_readout_with_setext_headings_rules_and_no_header(tmp_path):
    f = tmp_path / "ru.md"
    f.write_text("Разговор Лаврова с Блинкеном\n============================\n\nЛавров подчеркнул важность "
                 "диалога.\n\n***\n\nРезюме\n------\n\n* Стороны договорились продолжить контакты.\n", encoding="utf-8")
    r = Readout.from_file(f)
    assert (r.side, r.title) == ("RU", "Разговор Лаврова с Блинкеном")
    assert r.texts == ["Лавров подчеркнул важность диалога.", "Стороны договорились продолжить контакты."]


def test_a_markdown_readout_of_headings_alone_is_empty(tmp_path):
    f = tmp_path / "us.md"
    f.write_text("# Call\n\n## Points\n", encoding="utf-8")
    with pytest.raises(EmptyTextError, match=r"us\.md: the readout text is empty .*headings"):
        Readout.from_file(f)


def test_a_markdown_readout_drops_html_comments(tmp_path):
    # an HTML comment stood in the points as "<!-- ... -->", an editor's note read as the readout's words
    f = tmp_path / "us.md"
    f.write_text("# Call\n\nBiden <!-- check the date --> spoke with Xi.\n<!-- TODO: add the second\n"
                 "paragraph from the transcript -->\nThey discussed trade.\n\n<!-- one line -->\n"
                 "The two sides agreed to meet.<!-- a --><!-- b -->\n\nA stray <!-- is kept as text.\n",
                 encoding="utf-8")
    r = Readout.from_file(f)
    assert r.texts == ["Biden spoke with Xi.", "They discussed trade.", "The two sides agreed to meet.",
                       "A stray <!-- is kept as text."]
    assert all(r.text[p.start:p.end] == p.text for p in r.points)


def test_a_markdown_table_gives_a_point_per_row(tmp_path):
    # a table's rows stood in the points as "| Ukraine | ... |", its delimiter row "|---|---|" joined
    # to them, all one point; now each body row is a point, its cells joined, the header row left out
    f = tmp_path / "us.md"
    f.write_text("The Secretary spoke with Lavrov.\n\n| Topic | What was said |\n|:---|---:|\n"
                 "| Ukraine | Blinken urged **de-escalation**. |\n| Talks | both sides agreed to talk \\| soon |\n"
                 "|  | an empty cell |\nAfter the table.\n\nPipes in prose | stay as they are.\n",
                 encoding="utf-8")
    r = Readout.from_file(f)
    assert r.texts == ["The Secretary spoke with Lavrov.", "Ukraine; Blinken urged de-escalation.",
                       "Talks; both sides agreed to talk | soon", "an empty cell", "After the table.",
                       "Pipes in prose | stay as they are."]
    assert all(r.text[p.start:p.end] == p.text for p in r.points)
    # no delimiter row, or one with another number of cells: no table, the lines are kept
    f.write_text("a | b\n---\n\nx | y | z\n|---|---|\n", encoding="utf-8")
    assert Readout.from_file(f).title == "a | b"
    assert "x | y | z" in Readout.from_file(f).text


def test_a_markdown_readout_drops_inline_html_and_footnote_marks(tmp_path):
    # a page copied from the web: "<br>", "<em>", "<sup>1</sup>" and "[^1]" stood in the points
    f = tmp_path / "us.md"
    f.write_text("Biden<br>spoke with <em>Xi</em> on 5 May.<sup>1</sup> Russia warned against <unnamed> steps.[^1]\n\n"
                 "[^1]: Source: the White House.\n\nA <span class=\"x\">quiet</span> call, and a < b.\n", encoding="utf-8")
    r = Readout.from_file(f)
    assert r.texts == ["Biden spoke with Xi on 5 May.", "Russia warned against <unnamed> steps.",
                       "A quiet call, and a < b."]


def test_a_markdown_code_fence_is_kept_as_written(tmp_path):
    # a comment inside a fenced block was dropped from the code the block keeps as text; a "~~~" line
    # inside a "```" block ended it; a fence inside a comment opened a block of code
    f = tmp_path / "us.md"
    f.write_text("Biden spoke with Xi.\n\n```text\nquoted <!-- as written --> line.\n~~~\n```\n\n"
                 "After <!-- gone --> the code.\n\n<!-- a note\n```\nstill the note\n-->\nThey agreed.\n",
                 encoding="utf-8")
    with pytest.warns(FurnitureWarning):
        r = Readout.from_file(f)
    # the "~~~" line stays in the text, a section break set aside (round 56), not a fence
    assert r.texts == ["Biden spoke with Xi.", "quoted <!-- as written --> line.", "After the code.",
                       "They agreed."]
    assert [(x.text, x.kind) for x in r.set_aside] == [("~~~", "separator")]
    assert all(r.text[p.start:p.end] == p.text for p in r.points)
    # so is one in an inline code span
    f.write_text("Write `<!-- x -->` to hide text. Biden <!-- a note --> spoke.\n\nA `<!--` opens one <!-- b --> "
                 "here.\n", encoding="utf-8")
    assert Readout.from_file(f).texts == ["Write <!-- x --> to hide text.", "Biden spoke.", "A <!-- opens one here."]


def test_a_markdown_readout_reads_block_html_as_paragraphs(tmp_path):
    # "<p>", "<div>", "<li>" stood in the points as text, and "<p>A</p><p>B</p>" was one point
    f = tmp_path / "us.md"
    f.write_text("<h2>The call</h2>\n<div class=\"readout\">\n<p>Biden spoke with Xi.</p><p>They discussed trade.</p>\n"
                 "<ul><li>Taiwan was raised.</li><li>Fentanyl was raised.</li></ul>\n</div>\n"
                 "<script>track();</script><style>p {}</style>\n<p>Xi said <b>no</b>.<img src=\"x.png\"></p>\n",
                 encoding="utf-8")
    r = Readout.from_file(f)
    assert r.title == "The call"
    assert r.texts == ["Biden spoke with Xi.", "They discussed trade.", "Taiwan was raised.", "Fentanyl was raised.",
                       "Xi said no."]
    assert "<" not in r.text and "\n\n\n" not in r.text
    assert all(r.text[p.start:p.end] == p.text for p in r.points)
    # a block tag that opens a list item leaves no marker alone on its line
    f.write_text("- <p>Item one.</p>\n- <em>Item</em> two.\n\n1. <div><p>Numbered.</p></div>\n", encoding="utf-8")
    assert Readout.from_file(f).texts == ["Item one.", "Item two.", "Numbered."]
    # an HTML table reads as a Markdown one: a row a point, its cells joined, the header row left out
    f.write_text("<table>\n<thead><tr><th>Topic</th><th>What was said</th></tr></thead>\n<tbody>\n"
                 "<tr><td>Ukraine</td><td>Blinken urged <b>de-escalation</b>.</td></tr>\n"
                 "<tr>\n  <td>Talks:</td>\n  <td><p>Both sides agreed to talk.</p></td>\n</tr>\n"
                 "<tr><td></td><td>An empty cell.</td></tr>\n</tbody></table>\nAfter the table.\n", encoding="utf-8")
    r = Readout.from_file(f)
    assert r.texts == ["Ukraine; Blinken urged de-escalation.", "Talks: Both sides agreed to talk.", "An empty cell.",
                       "After the table."]
    assert all(r.text[p.start:p.end] == p.text for p in r.points)
    # a whole page pasted in: its declaration, processing instruction and head are no prose
    f.write_text('<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><head><title>T</title><meta charset="utf-8"></head>'
                 "<body>\n<p>Biden spoke.</p>\n</body></html>\n", encoding="utf-8")
    assert Readout.from_file(f).text == "Biden spoke.\n"


def test_a_markdown_readout_reads_html_entities_as_their_characters(tmp_path):
    # a page copied from the web: "&amp;", "&nbsp;", "&#8220;" stood in the points as written, and
    # "spoke&nbsp;today" was one word to the cues
    f = tmp_path / "us.md"
    f.write_text("Biden &amp; Xi spoke&nbsp;today. Xi said &#8220;no&#8221; &mdash; firmly.\n\n"
                 "AT&T stays, &parameter too, R&D; also, \\&amp; is literal, &#0; and &bogus; stay.\n\n"
                 "5 &lt; 6 and &lt;b&gt; shows.\n\n```\ncode &amp; stays\n```\n", encoding="utf-8")
    r = Readout.from_file(f)
    assert r.texts == ["Biden & Xi spoke\xa0today.", "Xi said “no” — firmly.",
                       "AT&T stays, &parameter too, R&D; also, &amp; is literal, &#0; and &bogus; stay.",
                       "5 < 6 and <b> shows.", "code &amp; stays"]
    assert all(r.text[p.start:p.end] == p.text for p in r.points)
    # a .txt file is read exactly as written
    t = tmp_path / "us.txt"
    t.write_text("Biden &amp; Xi spoke.", encoding="utf-8")
    assert Readout.from_file(t).texts == ["Biden &amp; Xi spoke."]


def test_a_dot_markdown_file_is_read_as_markdown(tmp_path):
    from readouts import InputError

    # "call.markdown" was refused as an unsupported file type, though a report of that name reads as Markdown
    f = tmp_path / "us.markdown"
    f.write_text("# The call\n\n**Biden** spoke with Xi.\n", encoding="utf-8")
    r = Readout.from_file(f)
    assert (r.side, r.title, r.texts) == ("US", "The call", ["Biden spoke with Xi."])
    with pytest.raises(InputError, match="a file name"):
        Readout.from_text("us.markdown", side="US")


def test_unclosed_or_mismatched_html_loses_no_text(tmp_path):
    # HTML lets end tags out: a row must not swallow the next one, nor a heading the text after it
    f = tmp_path / "us.md"
    f.write_text("<h2>Title</h3>\n\nBiden spoke.\n\n<h2>Real</h2>\n<table><tr><td>Ukraine<td>Blinken urged.\n"
                 "<tr><td>Talks</td><td>Agreed.</td></tr></table>\n", encoding="utf-8")
    r = Readout.from_file(f)
    assert r.title == "Real"
    assert r.texts == ["Title", "Biden spoke.", "Ukraine", "Blinken urged.", "Talks; Agreed."]


def test_unclosed_scripts_and_fences_in_comments_in_a_long_markdown_page_lose_nothing():
    # these inputs were quadratic (30-46 s) before the reader found them in one pass each; their time
    # is measured by benchmarks/bench_compare.py --only long (no timed tests), their results here
    from readouts.files import _md_blocks, markdown_prose

    text = "<script>x\n" * 3000 + "Biden spoke with Xi today.\n" * 20000
    assert _md_blocks(text) == text  # never closed: kept as text, nothing lost
    # many fences inside one comment, and many comments on one long line
    assert markdown_prose("<!-- open\n" + "```\ncode\n```\n" * 5000 + "-->\nAfter.\n")[0] == "After.\n"
    assert _md_blocks("Biden `x` spoke <!-- a --> today. " * 20000) == "Biden `x` spoke today. " * 20000
    assert markdown_prose("<style>p{}</style>A.<script src=x></script> B. <SCRIPT>x</Script > C.\n")[0] == "A. B.  C.\n"
