"""A journalist's first afternoon on the command line (session 50): files as editors save them
(Windows-1251, GBK, Notepad's UTF-16, Latin-1), a header whose '---' a word processor made a dash,
one file given twice, and pair files that ``readouts evaluate`` read past in silence."""

from __future__ import annotations

import json
import warnings

import pytest

import readouts.comparison
import readouts.embedding
from conftest import HashEmbedder
from readouts import FurnitureWarning, GoldFormatError, GoldFormatWarning, InputError, Readout, ReadoutFileError
from readouts.cli import main
from readouts.evaluation import scan_dir

US = "Secretary Rivers spoke today with Foreign Minister Orlov about the grain corridor.\nThe two agreed to keep talking.\n"
#: an English readout with what a web page gives: curly quotes, a no-break space (UTF-8)
US_SMART = "---\nside: US\n---\nSecretary Rivers said \u201cthe corridor must stay open.\u201d\nThe two agreed to keep\u00a0talking.\n"
RU = ("---\nside: RU\nlanguage: ru\n---\nМинистр Орлов провёл телефонный разговор с госсекретарём Риверсом.\n"
      "Стороны договорились продолжить контакты.\n")
CN = "---\nside: CN\nlanguage: zh\n---\n外交部长王明同国务卿里弗斯通电话。\n双方同意保持沟通。\n"


def one_line_error(err: str, *fragments: str) -> None:
    assert err.count("\n") == 1 and err.startswith("readouts: error: ") and "Traceback" not in err, err
    for f in fragments:
        assert f in err, err


@pytest.fixture
def fast(monkeypatch):
    """Route the CLI's default model to the hash embedder; returns the comparisons made."""
    made = []
    real = readouts.comparison.compare
    for module in (readouts.comparison, readouts.embedding):
        monkeypatch.setattr(module, "resolve_embedder", lambda e=None: HashEmbedder())
    monkeypatch.setattr(readouts.comparison, "compare", lambda a, b, **kw: made.append((a, b)) or real(a, b, **kw))
    return made


# -- files that are not UTF-8 ---------------------------------------------------------------------
@pytest.mark.parametrize("name, data, codec, said", [
    ("ru.txt", RU.encode("cp1251"), "cp1251", "Windows-1251 (Russian)"),
    ("cn.txt", CN.encode("gbk"), "gbk", "GBK (Chinese)"),
    ("fr.txt", "---\nside: FR\n---\nLe ministre a parlé à Zürich.\n".encode("latin-1"), "cp1252",
     "Windows-1252 (Western European)"),
])
def test_a_file_not_utf8_names_its_encoding_and_compare_reads_it_with_encoding(tmp_path, capsys, fast, name, data, codec, said):
    # The message told a command-line user to call read_text(encoding='cp1251', 'gbk' or 'cp1252') in Python.
    us, other = tmp_path / "us.txt", tmp_path / name
    us.write_text(US_SMART, encoding="utf-8")
    other.write_bytes(data)
    assert main(["compare", str(us), str(other)]) == 2
    err = capsys.readouterr().err
    one_line_error(err, f"{other}: not UTF-8 text (byte", f"it reads as {said}: give --encoding {codec}, or re-save "
                                                          "the file as UTF-8")
    assert "read_text" not in err and "Readout.from_file" not in err
    # --encoding reads it, and the English file beside it, UTF-8 with curly quotes, stays UTF-8 (read as
    # cp1251, its quotes would have become "вЂњ")
    out = tmp_path / "c.json"
    assert main(["compare", str(us), str(other), "--encoding", codec, "-o", str(out)]) == 0
    a, b = fast[-1]
    assert a.texts[0] == "Secretary Rivers said \u201cthe corridor must stay open.\u201d"
    assert "\n".join(b.texts) in data.decode(codec)
    assert json.loads(out.read_text(encoding="utf-8"))["b"]["side"] == name[:2].upper()
    # in Python: the same guess, with the keyword that reads it
    with pytest.raises(ReadoutFileError, match=rf"this file reads as {said.replace('(', '[(]').replace(')', '[)]')}: "
                                               rf"read it with Readout\.from_file\(path, encoding='{codec}'\)"):
        Readout.from_file(other)
    assert Readout.from_file(other, encoding=codec).texts == b.texts


def test_notepads_utf16_is_read_with_encoding_utf16(tmp_path, capsys, fast):
    ru = tmp_path / "ru.txt"
    ru.write_text(RU, encoding="utf-8")
    for name, data, codec in (("us.txt", US.replace("\n", "\r\n").encode("utf-16"), "utf-16"),
                              ("us-be.txt", US.encode("utf-16-be"), "utf-16-be")):  # no byte order mark
        path = tmp_path / name
        path.write_bytes(data)
        assert main(["compare", str(path), str(ru)]) == 2
        one_line_error(capsys.readouterr().err, f"give --encoding {codec}, or re-save the file as UTF-8")
        with pytest.raises(ReadoutFileError, match=rf"re-save the file as UTF-8 \(or read it with "
                                                   rf"Readout\.from_file\(path, encoding='{codec}'\)\)$"):
            Readout.from_file(path)
        assert main(["compare", str(path), str(ru), "--encoding", codec, "-o", str(tmp_path / "c.md")]) == 0
        assert fast[-1][0].texts == ["Secretary Rivers spoke today with Foreign Minister Orlov about the grain corridor.",
                                     "The two agreed to keep talking."]


def test_a_wrong_or_unknown_encoding_is_one_line(tmp_path, capsys, fast):
    us, ru = tmp_path / "us.txt", tmp_path / "ru.txt"
    us.write_text(US, encoding="utf-8")
    ru.write_bytes(RU.encode("cp1251"))
    assert main(["compare", str(us), str(ru), "--encoding", "gbk"]) == 2
    one_line_error(capsys.readouterr().err, f"{ru}: not gbk text (byte", "it reads as Windows-1251 (Russian): "
                                                                        "give --encoding cp1251")
    for given, said in (("cp-1251", "--encoding 'cp-1251' is no text encoding Python knows; e.g. 'cp1251'"),
                        ("base64", "--encoding 'base64' is no text encoding; e.g."), ("", "--encoding must be the name")):
        assert main(["compare", str(us), str(us.with_name("us2.txt")), "--encoding", given]) == 2
        one_line_error(capsys.readouterr().err, said)
    assert not fast
    with pytest.raises(InputError, match="encoding 'koi-9' is no text encoding Python knows"):
        Readout.from_file(us, encoding="koi-9")
    # a UTF-8 file read as UTF-16 is said to be UTF-8
    with pytest.raises(ReadoutFileError, match="it reads as UTF-8: leave the encoding out"):
        Readout.from_file(tmp_path / "us.txt", encoding="utf-16")


# -- a header opened or closed by a dash ------------------------------------------------------------
@pytest.mark.parametrize("text, line, said", [
    ("\u2014\nside: US\ndate: 2026-11-30\n---\n" + US, 1, "opens with '—'"),            # Word's AutoFormat of '---'
    ("---\nside: US\ndate: 2026-11-30\n\u2013\n" + US, 4, "closes with '–'"),
    ("\u2014\nside: US\n\u2014\n" + US, 1, "opens with '—' and closes with '—'"),
    ("--\nside: US\nlanguage: en\n--\n" + US, 1, "opens with '--' and closes with '--'"),
    ("----\nside: US\n----\n" + US, 1, "opens with '----' and closes with '----'"),
])
def test_a_header_between_dashes_is_refused_naming_the_line(tmp_path, capsys, text, line, said):
    # Read as text, the header became the first point's ("— side: US date: 2026-11-30 --- Secretary Rivers
    # spoke ..."), its side and date lost, with no more than a warning that the file's name is no side.
    path = tmp_path / "call.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=rf"call\.txt:{line}: the header \(side.*\) {said}, not '---': a header "
                                               r"opens and closes with a line of three hyphens"):
        Readout.from_file(path)
    ru = tmp_path / "ru.txt"
    ru.write_text(RU, encoding="utf-8")
    assert main(["compare", str(path), str(ru)]) == 2
    one_line_error(capsys.readouterr().err, f"{path}:{line}: the header", "write '---'")


def test_dashes_around_other_lines_stay_text(tmp_path):
    # one key other than side between two rules is no header (as for a later '---' header); nor is prose
    for text in ("\u2014\ndate: 2026-11-30\n\u2014\nRivers spoke.\n", "\u2014\nRivers spoke with Orlov.\n\u2014\n"):
        path = tmp_path / "us.txt"
        path.write_text(text, encoding="utf-8")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            r = Readout.from_file(path)
        assert r.side == "US" and "Rivers spoke" in " ".join(r.texts)
        # a dash line after a sentence's end is a section break, set aside with a FurnitureWarning
        assert [x.text for x in r.set_aside] == (["\u2014"] if text.endswith("Orlov.\n\u2014\n") else [])
        assert [x.category for x in caught] == [FurnitureWarning] * len(r.set_aside)


# -- one file given twice -------------------------------------------------------------------------
def test_one_file_given_twice_is_refused_before_any_model(tmp_path, capsys, fast, monkeypatch):
    # us.txt us.txt (tab completion) reported two governments in full agreement, exit 0
    us = tmp_path / "us.txt"
    us.write_text(US, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for a, b in (("us.txt", "us.txt"), ("us.txt", "./us.txt"), (str(us), "us.txt")):
        assert main(["compare", a, b]) == 2
        one_line_error(capsys.readouterr().err, f"{b} is the first readout's file again ({a})",
                       "give the other government's readout as the second file")
    assert not fast
    copy = tmp_path / "us-copy.txt"  # another file of the same text is the user's choice
    copy.write_text(US, encoding="utf-8")
    assert main(["compare", "us.txt", "us-copy.txt", "--sides", "US", "US", "-o", "c.md"]) == 0


# -- readouts evaluate: pair files it does not read -------------------------------------------------
PAIR = {"id": "2026-11-30-us-ru", "date": "2026-11-30",
        "a": {"side": "US", "points": ["Rivers spoke with Orlov.", "Rivers urged an extension of the corridor."]},
        "b": {"side": "RU", "points": ["Orlov spoke with Rivers.", "The sides agreed to stay in touch."]},
        "gold": {"links": [{"a": [0], "b": [0], "label": "equivalent"}], "only_a": [1], "only_b": [1]}}


def _write(path, pair=PAIR):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(pair), encoding="utf-8")


def test_evaluate_warns_of_a_pair_file_not_named_json_and_of_a_subfolder(tmp_path, capsys, fast):
    d = tmp_path / "pairs"
    _write(d / "a.json")
    _write(d / "b.txt", {**PAIR, "id": "b"})            # saved from an editor as .txt
    _write(d / "c.json.txt", {**PAIR, "id": "c"})       # a hidden ".txt" suffix
    _write(d / "2025" / "d.json", {**PAIR, "id": "d"})  # filed a folder too deep
    (d / "notes.txt").write_text("Annotated by me.\n", encoding="utf-8")  # no JSON: nothing to say
    (d / "README.md").write_text("{ not a pair }\n", encoding="utf-8")
    with pytest.warns(GoldFormatWarning) as caught:
        items, skipped = scan_dir(d)
    assert [it.path.name for it in items] == ["a.json"] and not skipped
    [w] = [str(w.message) for w in caught if "not read" in str(w.message)]
    assert w == (f"{d}: its subfolder 2025/ holds 1 .json file(s), which are not read: move them up into pairs/, or "
                 f"evaluate {d / '2025'} on its own; b.txt holds JSON but is not named .json, so it is not read: name it "
                 "b.json if it is a pair file; c.json.txt holds JSON but is not named .json, so it is not read: name "
                 "it c.json if it is a pair file")
    assert main(["evaluate", str(d), "--no-progress"]) == 0
    captured = capsys.readouterr()
    assert captured.err.count("readouts: warning: ") == 1 and "b.txt holds JSON" in captured.err
    assert "a.json" in captured.out and "b.txt" not in captured.out


def test_evaluate_says_nothing_of_its_own_outputs_kept_beside_the_pairs(tmp_path):
    d = tmp_path / "pairs"
    _write(d / "a.json")
    _write(d / "preds" / "a.json")  # --out pairs/preds
    with warnings.catch_warnings():
        warnings.simplefilter("error", GoldFormatWarning)
        items, _ = scan_dir(d)
    assert [it.path.name for it in items] == ["a.json"]


def test_a_folder_of_subfolders_names_them(tmp_path, capsys):
    d = tmp_path / "pairs"
    _write(d / "2025" / "a.json")
    with pytest.raises(GoldFormatError, match=r"pairs: holds no \.json pair files \(its subfolder 2025/ holds 1 \.json "
                                              r"file\(s\), which are not read: move them up into pairs/, or evaluate "):
        scan_dir(d)
    assert main(["evaluate", str(d), "--no-progress"]) == 2
    one_line_error(capsys.readouterr().err, "holds no .json pair files (its subfolder 2025/")


# -- a missing file, an empty one -------------------------------------------------------------------
def test_a_missing_file_names_the_file_it_is_probably_meant_for(tmp_path, capsys, monkeypatch):
    (tmp_path / "us.txt").write_text(US, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RU, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for given, said in (("US.txt", "US.txt: no such file (us.txt is there: file names differ in case here)"),
                        ("su.txt", "su.txt: no such file (ru.txt and us.txt are there: is it one of them?)"),
                        ("uss.txt", "uss.txt: no such file (us.txt is there: is that the file?)"),
                        ("calls/us.txt", "calls/us.txt: no such file (its folder calls does not exist)"),
                        ("china.txt", "china.txt: no such file")):
        assert main(["compare", given, "ru.txt"]) == 2
        assert capsys.readouterr().err == f"readouts: error: {said}\n"


def test_an_empty_file_is_one_error_and_a_header_alone_says_so(tmp_path, capsys):
    ru = tmp_path / "ru.txt"
    ru.write_text(RU, encoding="utf-8")
    # the error came after a warning that "call_a" names no side, two lines for one problem
    empty = tmp_path / "call_a.txt"
    empty.write_text(" \r\n\u00a0\n", encoding="utf-8")
    assert main(["compare", str(empty), str(ru)]) == 2
    assert capsys.readouterr().err == f"readouts: error: {empty}: the readout text is empty or white space only\n"
    header = tmp_path / "us.txt"
    header.write_text("---\nside: US\ndate: 2026-11-30\n---\n\n", encoding="utf-8")
    assert main(["compare", str(header), str(ru)]) == 2
    one_line_error(capsys.readouterr().err, f"{header}: the readout text is empty or white space only (the file holds "
                                            "a header, and no text under it)")


# -- a pair file's key misspelt: the error itself names it (with --skip-bad it is all that is said) --------
@pytest.mark.parametrize("change, said", [
    (lambda d: d.update(glod=d.pop("gold")), r"p\.json: has no 'gold' block \('glod' for 'gold'\?\)$"),
    (lambda d: d["gold"]["links"][0].update(lable=d["gold"]["links"][0].pop("label")),
     r"p\.json: link 0 has no 'label' \('lable' for 'label'\?\); give it one of equivalent, asymmetric$"),
    (lambda d: d["gold"]["links"][0].pop("label"), r"p\.json: link 0 has no 'label'; give it one of equivalent, "),
    (lambda d: d["a"].update(piont=d["a"].pop("points")),
     r"p\.json: side 'a' has no 'points' list \(its keys: side, piont\)$"),
    (lambda d: d["b"].update(ponits=d["b"].pop("points")), r"side 'b' has no 'points' list \('ponits' for 'points'\?\)$"),
    (lambda d: d.update(A=d.pop("a")), r"p\.json: has no side 'a' \('A' for 'a'\?\); a pair file has 'a' and 'b'"),
])
def test_a_missing_key_names_the_misspelt_one(tmp_path, capsys, fast, change, said):
    import copy
    import re

    d = tmp_path / "pairs"
    pair = copy.deepcopy(PAIR)
    change(pair)
    _write(d / "p.json", pair)
    _write(d / "q.json", {**PAIR, "id": "q"})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", GoldFormatWarning)
        items, skipped = scan_dir(d)
        assert [it.path.name for it in items] == ["q.json"] and re.search(said, str(skipped["p.json"]))
        assert main(["evaluate", str(d), "--skip-bad", "--no-progress"]) == 0
    err = capsys.readouterr().err
    [line] = [x for x in err.splitlines() if x.startswith("readouts: skipped: ")]
    assert re.search(said, line), line
