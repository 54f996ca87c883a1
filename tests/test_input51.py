"""Text input defects: a page's footer copied onto the last sentence's line is set aside, the sentence kept
whole; a file read with a wrong encoding that decodes all the same (mojibake) is refused, naming the one that
reads it."""

import re
import warnings

import pytest

from readouts import Readout
from readouts.segmentation import furniture_spans


def _split(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = Readout.from_text(text, side="RU")
    return [p.text for p in r.points], [(x.text, x.kind) for x in r.set_aside]


# -- a footer on the last sentence's line ------------------------------------------------------------------

@pytest.mark.parametrize("text, last, footer", [
    ("Putin and Biden spoke by phone. They discussed the situation in Ukraine. All rights reserved.",
     "They discussed the situation in Ukraine.", "All rights reserved."),
    ("Путин и Байден поговорили по телефону. Обсуждалась ситуация вокруг Украины. Все права защищены.",
     "Обсуждалась ситуация вокруг Украины.", "Все права защищены."),
    ("双方通电话。双方讨论了乌克兰局势。版权所有", "双方讨论了乌克兰局势。", "版权所有"),
    ("双方通电话。双方讨论了乌克兰局势。京ICP备05070218号", "双方讨论了乌克兰局势。", "京ICP备05070218号"),
    ("Они обсудили ситуацию вокруг Украины. © Президент России, 2024",
     "Они обсудили ситуацию вокруг Украины.", "© Президент России, 2024"),
    ("They discussed trade. Copyright 2024 Xinhua. All rights reserved.",
     "They discussed trade.", "Copyright 2024 Xinhua. All rights reserved."),
    ("“They discussed the situation in Ukraine.” All rights reserved.",
     "“They discussed the situation in Ukraine.”", "All rights reserved."),
])
def test_footer_on_the_last_sentences_line_is_set_aside(text, last, footer):
    points, aside = _split(text)
    assert points[-1] == last
    assert aside == [(footer, "footer")]
    assert not any(footer in p for p in points)


def test_footer_tail_above_furniture_lines_too():
    text = ("Putin and Biden spoke by phone. They discussed the situation in Ukraine. © 2024 MFA Russia. All rights "
            "reserved.\n\nTags: Russia, USA\nShare")
    points, aside = _split(text)
    assert points == ["Putin and Biden spoke by phone.", "They discussed the situation in Ukraine."]
    assert aside == [("© 2024 MFA Russia. All rights reserved.", "footer"), ("Tags: Russia, USA", "tags"),
                     ("Share", "page control")]


def test_footer_line_above_a_trailing_tag_list():
    # a footer's own line over a tag list: both set aside (worked before this round too; kept so)
    text = ("Putin and Biden spoke by phone. They discussed the situation in Ukraine.\n\n"
            "© 2024 Ministry of Foreign Affairs. All rights reserved.\n\nTags: Russia, USA")
    points, aside = _split(text)
    assert points == ["Putin and Biden spoke by phone.", "They discussed the situation in Ukraine."]
    assert aside == [("© 2024 Ministry of Foreign Affairs. All rights reserved.", "footer"),
                     ("Tags: Russia, USA", "tags")]


@pytest.mark.parametrize("text, aside", [
    ("They discussed the situation in Ukraine.\n\nВсе права защищены.\n\nТеги:\nРоссия\nСША",
     [("Все права защищены.", "footer"), ("Теги:", "tags"), ("Россия", "tags"), ("США", "tags")]),
    ("They discussed the situation in Ukraine.\n© 2024 Xinhua\nTags:\nRussia\nUSA\nShare",
     [("© 2024 Xinhua", "footer"), ("Tags:", "tags"), ("Russia", "tags"), ("USA", "tags"), ("Share", "page control")]),
    ("They discussed the situation in Ukraine. All rights reserved.\n\nRelated articles:\nLavrov meets Wang\n"
     "Putin visits Beijing", [("All rights reserved.", "footer"), ("Related articles:", "related links"),
                              ("Lavrov meets Wang", "related links"), ("Putin visits Beijing", "related links")]),
])
def test_footer_above_a_tag_list_of_several_lines(text, aside):
    # the list's items, no furniture one by one, ended the run of set-aside lines that closes the text: the
    # footer above them was a point
    points, got = _split(text)
    assert points == ["They discussed the situation in Ukraine."]
    assert got == aside


@pytest.mark.parametrize("text", [
    "Putin and Biden spoke by phone. Russia reserved all rights to respond.",
    "Путин и Байден поговорили по телефону. Отмечено, что все права защищены международным правом.",
    "The sides discussed Ukraine. The rights of all are reserved by the treaty.",
    "They discussed the situation in Ukraine. Contact us",  # a site's links alone: no footer's mark
    "They discussed Ukraine; all rights reserved.",  # no sentence ends before it
])
def test_the_same_words_in_a_sentence_stay_text(text):
    points, aside = _split(text)
    assert aside == []
    assert " ".join(points) == text


def test_footer_tail_only_on_the_last_line():
    text = "They discussed the situation in Ukraine. All rights reserved.\nThe sides agreed to stay in touch."
    assert furniture_spans(text) == []
    points, _ = _split(text)
    assert points[-1] == "The sides agreed to stay in touch."
    assert "All rights reserved." in points


# -- a wrong encoding that decodes all the same --------------------------------------------------------------
import json  # noqa: E402
from pathlib import Path  # noqa: E402

from readouts import ReadoutFileError, ReadoutsError  # noqa: E402
from readouts.cli import main  # noqa: E402

RU = ("---\nside: RU\n---\nВладимир Путин провёл телефонный разговор с Президентом США. "
      "Стороны обсудили ситуацию вокруг Украины.\n")
CN = "---\nside: CN\n---\n外交部长王明同国务卿里弗斯通电话。双方就乌克兰局势交换了意见。\n"
EN = "---\nside: FR\n---\nThe President’s call with Président Macron of the Élysée was “productive.”\n"
US = "---\nside: US\n---\nSecretary Rivers spoke today with Foreign Minister Wang.\n"


def _file(tmp_path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("text, saved, given, said, codec", [
    (CN, "gbk", "cp1251", "GBK (Chinese)", "gbk"),
    (CN, "gbk", "latin-1", "GBK (Chinese)", "gbk"),
    (CN, "gbk", "cp1252", "GBK (Chinese)", "gbk"),
    (RU, "cp1251", "latin-1", "Windows-1251 (Russian)", "cp1251"),
    (RU, "cp1251", "cp1252", "Windows-1251 (Russian)", "cp1251"),
    (RU, "cp1251", "koi8-r", "Windows-1251 (Russian)", "cp1251"),
    (EN, "cp1252", "cp1251", "Windows-1252 (Western European)", "cp1252"),
])
def test_a_wrong_encoding_that_decodes_is_refused_naming_the_right_one(tmp_path, text, saved, given, said, codec):
    # read as the wrong encoding, the file decoded into mojibake ("Âëàäèìèð Ïóòèí") and was compared in silence
    path = _file(tmp_path, "x.txt", text.encode(saved))
    with pytest.raises(ReadoutFileError, match=rf"read as {given}, the text is mojibake \(.+\): {given} is not the "
                                               rf"file's encoding; it reads as {re.escape(said)}: give "
                                               rf"encoding='{codec}'$") as caught:
        Readout.from_file(path, encoding=given)
    assert type(caught.value).__name__ == "WrongEncodingError"
    assert Readout.from_file(path, encoding=codec).text == text.split("---\n", 2)[2]


def test_wrong_encoding_error_is_a_readout_file_error():
    from readouts.errors import WrongEncodingError

    assert issubclass(WrongEncodingError, ReadoutFileError) and issubclass(WrongEncodingError, ReadoutsError)


@pytest.mark.parametrize("data, given", [
    (RU.encode("utf-8"), "cp1251"),
    (RU.encode("utf-8"), "latin-1"),
    (CN.encode("utf-8"), "latin-1"),
    (EN.encode("utf-8"), "latin-1"),
    (b"---\nside: US\n---\nBlinken spoke with Lavrov today.\n", "utf-16"),  # ASCII, read as UTF-16: all CJK
])
def test_utf8_read_as_another_encoding_is_refused(tmp_path, data, given):
    path = _file(tmp_path, "x.txt", data)
    assert len(data) % 2 == 0 or given != "utf-16"
    with pytest.raises(ReadoutFileError, match=rf"UTF-8 text, read as {given} it is mojibake \(.+\): leave the "
                                               "encoding out$"):
        Readout.from_file(path, encoding=given)
    assert Readout.from_file(path).text == data.decode("utf-8").split("---\n", 2)[2]


def test_utf16_read_as_a_code_page_names_utf16(tmp_path):
    path = _file(tmp_path, "x.txt", RU.encode("utf-16"))
    with pytest.raises(ReadoutFileError, match="holds NUL characters read as cp1251: it reads as UTF-16: give "
                                               "encoding='utf-16'$"):
        Readout.from_file(path, encoding="cp1251")


def test_compare_with_a_wrong_encoding_is_one_line_naming_the_right_one(tmp_path, capsys):
    us = tmp_path / "us.txt"
    us.write_text(US, encoding="utf-8")
    cn = _file(tmp_path, "cn.txt", CN.encode("gbk"))
    assert main(["compare", str(us), str(cn), "--encoding", "cp1251"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("readouts: error: ") and "Traceback" not in err, err
    assert f"{cn}: read as cp1251, the text is mojibake" in err
    assert err.rstrip().endswith("it reads as GBK (Chinese): give --encoding gbk"), err


def _corpus_texts():
    for f in sorted(Path(__file__).resolve().parent.parent.joinpath("examples", "corpus").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for k in "ab":
            s = d[k]
            points = [p if isinstance(p, str) else p["text"] for p in s["points"]]
            yield (f"{f.stem}-{k}", s["language"],
                   f"---\nside: {s['side']}\n---\n{s.get('title') or ''}\n\n" + "\n".join(points) + "\n")


def test_every_corpus_readout_in_its_legacy_encoding_reads_with_it(tmp_path):
    # Russian saved as cp1251, Chinese as GBK, English as cp1252 (where it holds the text), and all as UTF-16:
    # read with the right encoding, none is taken for mojibake
    read = 0
    for name, language, text in _corpus_texts():
        codec = {"ru": "cp1251", "zh": "gbk", "en": "cp1252"}[language]
        for enc in (codec, "utf-16", "utf-16-le"):
            try:
                data = text.encode(enc)
            except UnicodeEncodeError:
                continue
            path = _file(tmp_path, f"{name}.txt", data)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                assert Readout.from_file(path, encoding=enc).text == text.split("---\n", 2)[2]
            read += 1
    assert read > 700


@pytest.mark.parametrize("text, codec", [
    ("---\nside: CN\n---\n外交部長王毅與美國國務卿通電話。雙方就烏克蘭局勢交換了意見。\n", "big5"),  # traditional
    ("---\nside: RU\n---\nПлощадь — 5 кв. км, № 5, «цитата». Стороны договорились.\n", "cp1251"),
    ("---\nside: US\n---\nThe deal: 5 km², ½ of it… “fine” – €5. They agreed.\n", "cp1252"),
    ("---\nside: CN\n---\n美方提出APEC和TikTok问题。中方表示了立场。\n", "gbk"),
    ("---\nside: FR\n---\nIl a été convenu à Paris où la réunion a déjà eu lieu à midi. Ça a été à la fin.\n", "cp1252"),
    ("---\nside: TR\n---\nCumhurbaşkanı Erdoğan, Putin ile görüştü. Görüşmede ışık tutuldu.\n", "cp1254"),
    # Ukrainian typed with a Latin "i" for "і": sloppy, but the file's own encoding
    ("---\nside: UA\n---\n" + "Президент України провів телефонну розмову з Президентом Франції. Сторони обговорили "
     "безпекову ситуацію та підтримку.\n".replace("і", "i"), "cp1251"),
])
def test_correct_legacy_texts_with_symbols_are_read(tmp_path, text, codec):
    path = _file(tmp_path, "x.txt", text.encode(codec))
    assert Readout.from_file(path, encoding=codec).text == text.split("---\n", 2)[2]
