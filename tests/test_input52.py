"""Input defects of round 52: a file read in one Cyrillic code page that was saved in another (cp1251 read as Mac
Cyrillic or ISO 8859-5: Cyrillic-looking mojibake, compared in silence) and a Western European file's one accented
letter read in a Cyrillic code page are refused, naming the encoding that reads the file."""

import codecs
import json
import re
import warnings
from pathlib import Path

import pytest

from readouts import Readout, ReadoutFileError
from readouts.cli import main

RU = ("---\nside: RU\n---\nВладимир Путин провёл телефонный разговор с Президентом Франции. Стороны обсудили "
      "ситуацию вокруг Украины. Президент России подчеркнул, что Россия открыта для диалога. Эммануэль Макрон "
      "выразил озабоченность. Условились продолжить контакты. Обсуждалась и тема энергетической безопасности.\n")
#: what an editor saving in a code page without «», dashes and № writes instead
PLAIN = str.maketrans({"«": '"', "»": '"', "—": "-", "–": "-", "№": "N", "„": '"', "“": '"', "”": '"', "’": "'",
                       "‘": "'", "…": "...", "\xa0": " "})
CYRILLIC_PAGES = ("cp1251", "koi8-r", "iso-8859-5", "mac-cyrillic", "cp866")


def _file(tmp_path, data: bytes, name: str = "x.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _read(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Readout.from_file(path, **kw)


@pytest.mark.parametrize("saved, given, named", [
    ("cp1251", "mac-cyrillic", "cp1251"),  # "¬ладимир ѕутин ... феврал€": was read in silence
    ("cp1251", "iso-8859-5", "cp1251"),  # "Тырфшьш№ Яѓђшэ"
    ("koi8-r", "mac-cyrillic", "koi8-r"),
    ("mac-cyrillic", "iso-8859-5", "mac-cyrillic"),
    ("cp866", "mac-cyrillic", "cp866"),
    ("cp866", "latin-1", "cp866"),
])
def test_a_cyrillic_code_page_read_as_another_is_refused_naming_the_right_one(tmp_path, saved, given, named):
    path = _file(tmp_path, RU.encode(saved))
    with pytest.raises(ReadoutFileError, match=rf"read as {given}, the text is mojibake \(.+\): {given} is not the "
                                               rf"file's encoding; it reads as .+: give encoding='([^']+)'$") as caught:
        Readout.from_file(path, encoding=given)
    assert type(caught.value).__name__ == "WrongEncodingError"
    codec = re.search(r"give encoding='([^']+)'$", str(caught.value))[1]
    assert codecs.lookup(codec).name == codecs.lookup(named).name
    assert _read(path, encoding=codec).text == RU.split("---\n", 2)[2]


@pytest.mark.parametrize("text, saved, given", [
    ("---\nside: DE\n---\nBundeskanzler Scholz telefonierte mit dem russischen Präsidenten.\n", "cp1252", "cp1251"),
    ("---\nside: RU\n---\nTelephone conversation with President of Türkiye Recep Tayyip Erdogan.\n", "cp1252", "cp866"),
    ("---\nside: RU\n---\nTelephone conversation with President of Türkiye Recep Tayyip Erdogan.\n", "latin-1",
     "koi8-r"),
])
def test_a_lone_accented_letter_read_in_a_cyrillic_code_page_is_refused(tmp_path, text, saved, given):
    # "Prдsidenten", "T№rkiye": one letter of the file was mojibake, too few for the rule of two
    path = _file(tmp_path, text.encode(saved))
    with pytest.raises(ReadoutFileError, match=rf"read as {given}, the text is mojibake .+; it reads as Windows-1252 "
                                               r"\(Western European\): give encoding='cp1252'$"):
        Readout.from_file(path, encoding=given)
    assert _read(path, encoding="cp1252").text == text.split("---\n", 2)[2]


@pytest.mark.parametrize("word", ["Erdoğan", "Kallas–Wang", "“productive”"])
def test_utf8_english_with_one_accented_letter_read_as_cp1251_is_refused(tmp_path, word):
    # worked before this round too (any UTF-8 file read as another encoding is refused); kept so
    path = _file(tmp_path, f"---\nside: US\n---\nSecretary Rivers spoke today with {word} about trade.\n".encode())
    with pytest.raises(ReadoutFileError, match="UTF-8 text, read as cp1251 it is mojibake .+: leave the encoding out$"):
        Readout.from_file(path, encoding="cp1251")


def test_a_koi8r_file_read_without_encoding_names_koi8r(tmp_path):
    # it was said to read as Windows-1251, which read it as mojibake ("бКЮДХЛХП" for "Владимир")
    path = _file(tmp_path, RU.encode("koi8-r"))
    with pytest.raises(ReadoutFileError, match=r"this file reads as KOI8-R \(Russian\): read it with "
                                               r"Readout.from_file\(path, encoding='koi8-r'\)"):
        Readout.from_file(path)


def test_compare_with_a_cyrillic_code_page_for_another_is_one_line_naming_the_right_one(tmp_path, capsys):
    us = tmp_path / "us.txt"
    us.write_text("---\nside: FR\n---\nPresident Macron spoke with President Putin today.\n", encoding="utf-8")
    ru = _file(tmp_path, RU.encode("cp1251"), "ru.txt")
    assert main(["compare", str(us), str(ru), "--encoding", "mac-cyrillic"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{ru}: read as mac-cyrillic, the text is mojibake" in err, err
    assert err.rstrip().endswith("it reads as Windows-1251 (Russian): give --encoding cp1251"), err


@pytest.mark.parametrize("text, codec", [
    # a Serbian name quoted in Russian text, written in Serbian Cyrillic
    ("---\nside: RU\n---\nПрезидент России провёл разговор с Президентом Сербии (Александар Вучић). Вучић "
     "поблагодарил. Стороны обсудили энергетику. Вучић, Вучић.\n", "cp1251"),
    ("---\nside: RS\n---\nПредседник Србије Александар Вучић разговарао је телефоном са председником Русије. "
     "Њихов разговор је трајао сат времена. Ђоковић, Љубљана, Џон, ћуприја.\n", "cp1251"),
    ("---\nside: MK\n---\nПретседателот разговараше со својот колега. Ѓорѓе и Ќерка ѕвезда ги поздравија. "
     "Ѕидот е висок. Љубов, њива, ќе.\n", "cp1251"),
    ("---\nside: UA\n---\nПрезидент України провів розмову. Сторони обговорили об’єднання зусиль, п’ять кроків та "
     "м’яку підтримку. «Ми цінуємо допомогу», — зазначив він.\n", "cp1251"),
    ("---\nside: BY\n---\nПрэзідэнт Беларусі правёў тэлефонную размову. Бакі абмеркавалі ўзаемадзеянне. "
     "Ўсё добра. Ён сказаў: «Дзякуй».\n", "cp1251"),
    ("---\nside: RU\n---\nПлощадь — 5 кв. км, цена 5 €, № 5, «цитата». Т.е. 20°С, 1‰, ±5. Стороны договорились… "
     "«…и мы договорились», — сказал он. Съезд, объём, этот.\n•первое\n•второе\n•третье\n", "cp1251"),
    ("---\nside: RU\n---\nПлощадь - 5 кв. км. Стороны договорились. Съезд, объём, этот, ясно, язык.\n", "cp866"),
    ("---\nside: RU\n---\nПлощадь - 5 кв. км. Стороны договорились. Съезд, объём, этот, ясно, язык.\n", "koi8-r"),
    ("---\nside: RU\n---\nПлощадь - 5 кв. км. Стороны договорились. Съезд, объём, этот, ясно, язык.\n", "iso-8859-5"),
    ("---\nside: RU\n---\nПлощадь - 5 кв. км. Стороны договорились. Съезд, объём, этот, ясно, язык.\n",
     "mac-cyrillic"),
    ("---\nside: US\n---\nThe deal: 5 km², 20°C, Mac™OS and Microsoft®Word; the rate is 5 €/t.\n", "cp1252"),
])
def test_right_reads_with_serbian_letters_and_symbols_are_kept(tmp_path, text, codec):
    path = _file(tmp_path, text.encode(codec))
    assert _read(path, encoding=codec).text == text.split("---\n", 2)[2]


def _russian_corpus_texts():
    for f in sorted(Path(__file__).resolve().parent.parent.joinpath("examples", "corpus").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for k in "ab":
            s = d[k]
            if s["language"] == "ru":
                points = [p if isinstance(p, str) else p["text"] for p in s["points"]]
                yield (f"---\nside: {s['side']}\n---\n{s.get('title') or ''}\n\n" + "\n".join(points) + "\n")


def test_every_russian_corpus_readout_in_each_cyrillic_code_page(tmp_path):
    # read with its own code page: read; with any other: refused, naming one that reads it right
    read = refused = 0
    for text in _russian_corpus_texts():
        for saved in CYRILLIC_PAGES:
            try:
                data = text.encode(saved)
            except UnicodeEncodeError:
                text = text.translate(PLAIN)
                data = text.encode(saved)
            path = _file(tmp_path, data)
            assert _read(path, encoding=saved).text == text.split("---\n", 2)[2]
            read += 1
            for given in CYRILLIC_PAGES:
                if given == saved or data.decode(given, errors="replace") == text:
                    continue
                with pytest.raises(ReadoutFileError) as caught:
                    Readout.from_file(path, encoding=given)
                codec = re.search(r"give encoding='([^']+)'", str(caught.value))[1]
                assert data.decode(codec) == text, (saved, given, codec)
                refused += 1
    assert read == 95 and refused == 380


# -- a header's side code in lower case ----------------------------------------------------------------------

@pytest.mark.parametrize("written, side", [
    ("us", "US"), ("Ru", "RU"), ('"us"', "US"), ("'cn'", "CN"), (" us ", "US"), ("ｕｓ", "US"),
    ("US", "US"), ("Russia", "Russia"), ("xx", "xx"), ("usa", "usa"), ("United States", "United States"),
])
def test_a_headers_side_code_is_spelt_as_sides_spells_it(tmp_path, written, side):
    # "side: us" kept "us", where us.txt, compare(sides=("us", ...)) and --sides us give "US"
    from readouts.comparison import side_spelling

    for name in ("x.txt", "x.md"):
        path = tmp_path / name
        path.write_text(f"---\nside: {written}\n---\nSecretary Rivers spoke with Foreign Minister Wang.\n",
                        encoding="utf-8")
        assert _read(path).side == side == side_spelling(written.strip("'\""))


def test_side_spelling_is_one_function():
    from readouts import comparison, records

    assert comparison.side_spelling is records.side_spelling


def test_a_side_keyword_and_a_json_record_keep_their_side_as_given(tmp_path):
    # a keyword is the caller's own spelling (Readout.from_text(side="us") keeps "us"); a JSON record is a
    # readout's own JSON, which reads back as it was written
    path = tmp_path / "x.txt"
    path.write_text("---\nside: US\n---\nSecretary Rivers spoke with Foreign Minister Wang.\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "us" for the header's "US" is the same side: no SideWarning
        assert Readout.from_file(path, side="us").side == "us"
    record = tmp_path / "x.json"
    record.write_text(Readout.from_text("Secretary Rivers spoke with Foreign Minister Wang.", side="us").to_json(),
                      encoding="utf-8")
    assert _read(record).side == "us"


def test_a_side_override_of_a_lower_case_header_warns_naming_its_code(tmp_path):
    from readouts.errors import SideWarning

    path = tmp_path / "x.txt"
    path.write_text("---\nside: us\n---\nSecretary Rivers spoke with Foreign Minister Wang.\n", encoding="utf-8")
    with pytest.warns(SideWarning, match="its header names side 'US', but side='RU' overrides it"):
        assert Readout.from_file(path, side="RU").side == "RU"


def test_compare_sides_takes_a_lower_case_header(tmp_path):
    # --sides us RU and headers "side: us" / "side: ru": the files are sides "US" and "RU" (the header's "us" was kept)
    from readouts.cli import _read_side

    us, ru = tmp_path / "a.txt", tmp_path / "b.txt"
    us.write_text("---\nside: us\n---\nSecretary Rivers spoke with Foreign Minister Ivanov.\n", encoding="utf-8")
    ru.write_text("---\nside: ru\n---\nForeign Minister Ivanov spoke with Secretary Rivers.\n", encoding="utf-8")
    assert _read_side(str(us), "us", False).side == "US"
    assert _read_side(str(ru), "RU", False).side == "RU"


# -- pasted headers ------------------------------------------------------------------------------------------

BODY = "Secretary Rivers spoke with Foreign Minister Ivanov. They discussed the situation in Ukraine.\n"


def _header_file(tmp_path, header: str, name: str = "x.txt") -> Path:
    path = tmp_path / name
    path.write_text(f"---\n{header}\n---\n{BODY}", encoding="utf-8")
    return path


@pytest.mark.parametrize("line, key, value", [
    ("side: US  # the State Department", "side", "US"),
    ("side: us # the White House", "side", "US"),
    ("language: en  # English", "language", "en"),
    ("issuer: U.S. Department of State # official", "issuer", "U.S. Department of State"),
    ("participants: Ann Rivers; Igor Ivanov  # the two ministers", "participants", ("Ann Rivers", "Igor Ivanov")),
    ("source_url: https://www.state.gov/readout#top  # copied today", "source_url", "https://www.state.gov/readout#top"),
    ("date: 2023-05-04  # the day of the call", "date", __import__("datetime").date(2023, 5, 4)),
    # a title keeps its "#": free text, where "#3" is the title's own
    ("title: Readout of call #3", "title", "Readout of call #3"),
])
def test_a_trailing_comment_on_a_header_line_is_no_part_of_the_value(tmp_path, line, key, value):
    # "side: US  # the State Department" was side "US  # the State Department", in silence (a participant's
    # name took the comment too; a date was refused as not YYYY-MM-DD)
    header = line if key == "side" else "side: US\n" + line
    assert getattr(_read(_header_file(tmp_path, header)), key) == value


def test_an_empty_side_in_a_header_is_a_clear_error(tmp_path):
    # "side:" of a template was "invalid readout: side: String should have at least 1 character"
    for header in ("side:", "side: # to fill in", 'side: ""'):
        path = _header_file(tmp_path, header)
        with pytest.raises(ReadoutFileError, match=r"x\.txt: the header's 'side' has no value; give the readout's side "
                                                   r"\(side: US\), or drop the line"):
            Readout.from_file(path)
        assert _read(path, side="RU").side == "RU"  # side= gives it


def test_an_empty_date_in_a_header_is_no_date(tmp_path):
    # as an empty title is no title; it was "date '' is not YYYY-MM-DD"
    for header in ("side: US\ndate:", "side: US\ndate:   # to fill in"):
        r = _read(_header_file(tmp_path, header))
        assert r.date is None and r.side == "US"


@pytest.mark.parametrize("header", ["side： CN\ndate：2023-05-04", "ｓｉｄｅ：ＣＮ\nｄａｔｅ：2023-05-04",
                                    "side：CN\ndate: 2023-05-04"])
def test_a_header_typed_with_full_width_colons_is_read(tmp_path, header):
    # a Chinese input method types "：": "header line is not 'key: value'", the difference hard to see
    r = _read(_header_file(tmp_path, header))
    assert r.side == "CN" and r.date == __import__("datetime").date(2023, 5, 4)


def test_a_title_with_a_full_width_colon_keeps_it(tmp_path):
    assert _read(_header_file(tmp_path, "side: CN\ntitle: 王毅：双方通电话")).title == "王毅：双方通电话"


def test_a_bom_and_crlf_header_is_read(tmp_path):
    # Windows Notepad's UTF-8: a BOM, then CRLF line ends (worked before this round too; kept so)
    path = tmp_path / "x.txt"
    path.write_bytes(b"\xef\xbb\xbf" + f"---\nside: us\ndate: 2023-05-04\n---\n{BODY}".replace("\n", "\r\n").encode())
    r = _read(path)
    assert (r.side, str(r.date), [p.text for p in r.points]) == (
        "US", "2023-05-04", ["Secretary Rivers spoke with Foreign Minister Ivanov.",
                             "They discussed the situation in Ukraine."])


def test_windows_1252_smart_quotes_read_as_utf8_name_cp1252(tmp_path):
    # (worked before this round too; kept so) a clear error naming the encoding, not mojibake
    path = _file(tmp_path, "---\nside: US\n---\nThe talks were “productive” – he’s hopeful.\n".encode("cp1252"))
    with pytest.raises(ReadoutFileError, match=r"not UTF-8 text \(byte \d+, on line 4, is 0x93\).*reads as "
                                               r"Windows-1252 \(Western European\).*encoding='cp1252'"):
        Readout.from_file(path)


@pytest.mark.parametrize("header, participants", [
    ("side: US\nparticipants:\n  - Ann Rivers\n  - Igor Ivanov", ("Ann Rivers", "Igor Ivanov")),
    ('participants:\n- Ann Rivers  # the Secretary\n- "Xi, Jinping"\n\nside: US', ("Ann Rivers", "Xi, Jinping")),
    ("side: US\nparticipants:\n  - Ann Rivers\n  # to check\n  - Igor Ivanov\ndate: 2023-05-04",
     ("Ann Rivers", "Igor Ivanov")),
    ("side: US\nparticipants:", ()),
])
def test_participants_as_a_yaml_block_list(tmp_path, header, participants):
    # front matter's usual list: was "header line is not 'key: value': '- Ann Rivers'"
    r = _read(_header_file(tmp_path, header))
    assert r.side == "US" and r.participants == participants and [p.text for p in r.points] == [
        "Secretary Rivers spoke with Foreign Minister Ivanov.", "They discussed the situation in Ukraine."]


@pytest.mark.parametrize("header, line", [("side: US\n- Ann Rivers", 3),
                                          ("side: US\nparticipants: Ann Rivers\n  - Igor Ivanov", 4)])
def test_a_list_item_under_no_empty_participants_key_is_still_refused(tmp_path, header, line):
    with pytest.raises(ReadoutFileError, match=rf"x\.txt:{line}: header line is not 'key: value': '- "):
        Readout.from_file(_header_file(tmp_path, header))


def test_from_text_refuses_a_header_with_a_block_list_too():
    from readouts import InputError

    with pytest.raises(InputError, match=r"text opens with a readout file's '---' header \(side, participants\)"):
        Readout.from_text(f"---\nside: US\nparticipants:\n  - Ann Rivers\n---\n{BODY}", side="US")


# -- a document that is no plain text ------------------------------------------------------------------------

RTF = ("{\\rtf1\\ansi\\ansicpg1252\\cocoartf2639\n{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n"
       "\\pard\\tx566\\pardirnatural\n\n\\f0\\fs24 \\cf0 Secretary Rivers spoke with Foreign Minister Ivanov.\\\n"
       "They discussed Ukraine.}\n")
PAGE = ("<!DOCTYPE html>\n<html><head><title>Readout</title></head><body>\n<p>Secretary Rivers spoke with Foreign "
        "Minister Ivanov.</p>\n<p>They discussed Ukraine.</p>\n</body></html>\n")


def test_an_rtf_document_named_txt_is_refused(tmp_path):
    # TextEdit's rich text saved as us.txt: "{\rtf1\ansi ..." and the formatting codes were points, in silence
    for name in ("us.txt", "us.md"):
        path = tmp_path / name
        path.write_text(RTF, encoding="utf-8")
        with pytest.raises(ReadoutFileError, match=rf"{name}: an RTF document \(rich text, .*\), not plain text: its "
                                                   "formatting codes .*; save it as plain text"):
            Readout.from_file(path)


def test_an_html_page_named_txt_is_refused_naming_md(tmp_path):
    # a saved page's source named .txt was one point of tags; a .md file reads the page's prose (kept so)
    path = tmp_path / "us.txt"
    path.write_text(PAGE, encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=r"us\.txt: an HTML page's source, not plain text: its tags would be "
                                               r"read as the readout's text; name the file us\.md"):
        Readout.from_file(path)
    md = tmp_path / "us.md"
    md.write_text(PAGE, encoding="utf-8")
    assert [p.text for p in _read(md).points] == ["Secretary Rivers spoke with Foreign Minister Ivanov.",
                                                 "They discussed Ukraine."]


@pytest.mark.parametrize("text, said", [
    (PAGE, "an HTML page's source"), ("<html>\n<body>\nSecretary Rivers spoke.\n</body>\n</html>", "an HTML page's"),
    ('<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><body>Secretary Rivers spoke.</body></html>', "an HTML page's"),
    (RTF, "an RTF document's source"),
])
def test_from_text_refuses_a_page_or_rtf_source(text, said):
    from readouts import InputError

    with pytest.raises(InputError, match=f"text is {said}.*, not a readout's text: its .* would be read as points"):
        Readout.from_text(text, side="US")


@pytest.mark.parametrize("text", ["The <html> tag was discussed. They agreed.", "<p>Secretary Rivers spoke.</p>",
                                  "They discussed the {\\rtf} format."])
def test_text_that_mentions_markup_is_read(text):
    assert Readout.from_text(text, side="US").points


@pytest.mark.parametrize("data, said", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", r"a PDF document, not text; copy its text"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml" + b"\x00" * 20, r"a ZIP archive \(a Word \.docx or an "
                                                                      r"OpenDocument \.odt file is one\), not text"),
])
def test_a_pdf_or_docx_named_txt_is_said_to_be_one(tmp_path, data, said):
    # a PDF was "not UTF-8 text ...; this file reads as GBK (Chinese)", a .docx "a binary file (NUL bytes)"
    path = _file(tmp_path, data, "us.txt")
    for encoding in (None, "cp1252"):
        with pytest.raises(ReadoutFileError, match=r"us\.txt: " + said):
            Readout.from_file(path, encoding=encoding)


def test_compare_with_an_rtf_file_is_one_line(tmp_path, capsys):
    us = tmp_path / "us.txt"
    us.write_text(RTF, encoding="utf-8")
    ru = tmp_path / "ru.txt"
    ru.write_text("---\nside: RU\n---\nLavrov spoke with Rivers.\n", encoding="utf-8")
    assert main(["compare", str(us), str(ru)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "us.txt: an RTF document" in err and "Traceback" not in err, err


def test_big5_read_as_gb18030_is_refused_naming_big5(tmp_path):
    # GB18030 decodes every Big5 byte pair: to private-use characters and kana among Chinese ones, read in silence
    text = ("---\nside: CN\n---\n外交部長王毅與美國國務卿通電話。雙方就烏克蘭局勢交換了意見。王毅表示，中方始終主張"
            "通過對話談判解決爭端。\n")
    path = _file(tmp_path, text.encode("big5"))
    with pytest.raises(ReadoutFileError, match=r"read as gb18030, the text is mojibake .*; it reads as Big5 "
                                               r"\(traditional Chinese\): give encoding='big5'$"):
        Readout.from_file(path, encoding="gb18030")
    assert _read(path, encoding="big5").text == text.split("---\n", 2)[2]


MIXED = ("---\nside: US\n---\nThe Secretary met Président Macron’s adviser.".encode()
         + " He said it was “productive”.\n".encode("cp1252"))


def test_utf8_with_windows_1252_bytes_pasted_in_says_so(tmp_path):
    # "read it with encoding='cp1251', 'gbk' or 'cp1252'": none of them reads the file's UTF-8 part
    path = _file(tmp_path, MIXED)
    with pytest.raises(ReadoutFileError, match=r"not UTF-8 text \(byte \d+, on line 4, is 0x93\); it mixes UTF-8 \(2 "
                                               r"characters\) with 2 bytes of another encoding .*retype the characters "
                                               r"shown as '\ufffd' \(line 4: '….*was \ufffdproductive\ufffd\.'\) and "
                                               r"save the file as UTF-8$"):
        Readout.from_file(path)
    with pytest.raises(ReadoutFileError, match=r"read as cp1252, the text is mojibake .*; it mixes UTF-8"):
        Readout.from_file(path, encoding="cp1252")


def test_compare_on_a_mixed_file_says_so_in_one_line(tmp_path, capsys):
    us = _file(tmp_path, MIXED, "us.txt")
    ru = tmp_path / "ru.txt"
    ru.write_text("---\nside: RU\n---\nLavrov spoke with Rivers.\n", encoding="utf-8")
    for extra in ([], ["--encoding", "cp1252"]):
        assert main(["compare", str(us), str(ru), *extra]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "it mixes UTF-8" in err and "--encoding cp" not in err, err


# -- a pasted file name ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("slip, said", [
    ("{} ", "spaces or a line break around it"), ("{}\n", "spaces or a line break around it"),
    ('"{}"', "quotes"), ("'{}'", "quotes"), ("file://{}", "a file:// URL's scheme"),
])
def test_a_pasted_file_name_names_the_file_it_means(tmp_path, slip, said):
    # Windows' "Copy as path" quotes, a trailing space or a dragged file's URL: "unsupported file type '.txt\"'"
    # or "its folder file:/tmp does not exist"
    path = tmp_path / "us.txt"
    path.write_text(BODY, encoding="utf-8")
    given = slip.format(path)
    for suffix_given in (given, given.replace("us.txt", "us.json")):
        if suffix_given != given:
            (tmp_path / "us.json").write_text(Readout.from_text(BODY, side="US").to_json(), encoding="utf-8")
        with pytest.raises(ReadoutFileError, match=rf"no such file \(the name holds {re.escape(said)}; '.*us\.(txt|json)' "
                                                   r"is a file: give that name\)$"):
            Readout.from_file(suffix_given)


def test_a_name_that_names_nothing_even_cleaned_keeps_its_error(tmp_path):
    with pytest.raises(ReadoutFileError, match=r"unsupported file type '\.txt '"):
        Readout.from_file(f"{tmp_path / 'nope.txt'} ")
