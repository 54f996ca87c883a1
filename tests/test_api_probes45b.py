"""Probes of the public API (session 45, helper b): each test failed before its fix."""

from __future__ import annotations

from readouts import Readout


def test_a_list_number_after_a_sentence_inside_a_line_opens_the_next_point():
    # The period of "2." ended a sentence: "2." was a point of its own, one-sided in every comparison
    r = Readout.from_text("1. Blinken urged calm. 2. Lavrov refused. 3. They agreed to talk again.", side="US")
    assert r.texts == ["1. Blinken urged calm.", "2. Lavrov refused.", "3. They agreed to talk again."]
    ru = Readout.from_text("Стороны договорились. 2. Лавров отметил важность диалога.", side="RU")
    assert ru.texts == ["Стороны договорились.", "2. Лавров отметил важность диалога."]
    # a number that ends a sentence still ends it, and a decimal is no list number
    assert Readout.from_text("The vote was 2. Then they left.", side="US").texts == ["The vote was 2.", "Then they left."]
    assert Readout.from_text("They reached stage 1.2. Then they left.", side="US").texts == [
        "They reached stage 1.2.", "Then they left."]


def test_the_comma_between_names_error_says_a_title_goes_in_parentheses_only_if_it_is_one():
    # It advised "put a title in parentheses ('Jake Sullivan (Nikolai Patrushev)')" unconditionally: followed,
    # the second person became the first one's title, one participant again, accepted in silence
    import pytest

    from readouts import InputError

    for participants in ("Jake Sullivan, Nikolai Patrushev", ["Jake Sullivan, Nikolai Patrushev", "Wang Yi"]):
        with pytest.raises(InputError) as info:
            Readout.from_text("Sullivan met Patrushev.", side="US", participants=participants)
        message = str(info.value)
        assert "and put a title in parentheses" not in message
        assert ("only if 'Nikolai Patrushev' is a title of 'Jake Sullivan', not a person, write "
                "'Jake Sullivan (Nikolai Patrushev)'") in message


def test_text_that_opens_with_a_readout_files_header_is_refused_naming_its_keys(tmp_path):
    # compare(path.read_text(), ...) kept "---\nside: US\ndate: ...\n---\nBlinken ..." as the first point's
    # text, the side "A" and the date unread, in silence
    import pytest

    from readouts import InputError, compare
    from conftest import HashEmbedder

    text = "---\nside: US\ndate: 2022-02-01\n---\nBlinken spoke with Lavrov. He urged calm.\n"
    with pytest.raises(InputError, match=r"opens with a readout file's '---' header \(side, date\)"):
        Readout.from_text(text, side="US")
    with pytest.raises(InputError, match=r"^readout A: text opens with a readout file's '---' header"):
        compare(text, "Lavrov spoke with Blinken.", embedder=HashEmbedder())
    # the file itself reads as before, and text whose '---' block holds no header keys is still text
    f = tmp_path / "us.txt"
    f.write_text(text, encoding="utf-8")
    r = Readout.from_file(f)
    assert (r.side, str(r.date), r.texts) == ("US", "2022-02-01", ["Blinken spoke with Lavrov.", "He urged calm."])
    assert Readout.from_text("---\nBlinken: we spoke\n---\nThey met.", side="US").n >= 1


def test_text_that_is_a_json_readout_record_is_refused(tmp_path):
    # compare(json.dumps(record), ...) and from_text(r.model_dump_json(), ...) made one point of the JSON
    import json

    import pytest

    from conftest import HashEmbedder
    from readouts import InputError, compare

    saved = Readout.from_text("Blinken spoke with Lavrov. He urged calm.", side="US")
    for text in (json.dumps({"side": "US", "points": ["Blinken spoke with Lavrov.", "He urged calm."]}),
                 saved.model_dump_json(), saved.model_dump_json(indent=2)):
        with pytest.raises(InputError, match=r"text is a JSON readout record, not a readout's text; .*Readout\.from_file\(path\)"):
            Readout.from_text(text, side="US")
        with pytest.raises(InputError, match=r"^readout B: text is a JSON readout record"):
            compare("Lavrov spoke with Blinken.", text, embedder=HashEmbedder())
    f = tmp_path / "us.json"
    f.write_text(saved.model_dump_json(), encoding="utf-8")
    assert Readout.from_file(f) == saved
    # braces that hold no readout are text
    assert Readout.from_text('{"a": 1}', side="US").texts == ['{"a": 1}']
    assert Readout.from_text("{They spoke about the text.}", side="US").n == 1


def test_a_data_frame_as_points_or_participants_is_refused_naming_the_column_to_pass():
    # Readout.from_points(df, ...) iterated the frame's column names: a one-point readout "text", in silence
    import pandas as pd
    import pytest

    from readouts import InputError

    df = pd.DataFrame({"text": ["Blinken spoke with Lavrov.", "He urged calm."], "who": ["Blinken", "Blinken"]})
    with pytest.raises(InputError, match=r"^points must .* not a DataFrame .*column names\); pass its column, e\.g\. df\['text'\]"):
        Readout.from_points(df, side="US")
    with pytest.raises(InputError, match=r"^participants must .* not a DataFrame"):
        Readout.from_points(["Blinken spoke."], side="US", participants=df[["who"]])
    assert Readout.from_points(df["text"], side="US").texts == ["Blinken spoke with Lavrov.", "He urged calm."]


def test_the_word_no_ends_a_sentence_where_no_number_follows():
    # "no" was always the abbreviation "No." (number): "Lavrov said no. The talks continued." was one point
    cases = {
        "Lavrov said no. The talks continued.": ["Lavrov said no.", "The talks continued."],
        "He said “no.” The talks continued.": ["He said “no.”", "The talks continued."],
        'He said "no." The talks continued.': ['He said "no."', "The talks continued."],
        "Did they agree? No. Lavrov left.": ["Did they agree?", "No.", "Lavrov left."],
        # the abbreviation, before a number, still ends nothing
        "Resolution No. 1325 was cited. Nos. 1 and 2 were not.": ["Resolution No. 1325 was cited.",
                                                                  "Nos. 1 and 2 were not."],
        "See No. IV. It applies.": ["See No. IV.", "It applies."],
    }
    for text, points in cases.items():
        assert Readout.from_text(text, side="US").texts == points, text


def test_a_text_file_holding_a_json_record_or_a_second_header_is_a_file_error_naming_it(tmp_path):
    # read as text, the JSON was one point and the second header the first point's text; with the
    # refusal in from_text, the error advised Readout.from_file to a caller of Readout.from_file
    import pytest

    from readouts import ReadoutFileError

    saved = Readout.from_text("Blinken spoke with Lavrov. He urged calm.", side="US")
    for name, body, said in (("us.txt", saved.model_dump_json(), r"us\.txt: holds a JSON readout record, but a "
                                                                  r"\.txt file is read as text .*; name it \.json"),
                             ("us.md", '---\nside: US\n---\n{"side": "US", "text": "Blinken spoke."}', r"\.md file"),
                             ("ru.txt", "---\nside: RU\n---\n---\ndate: 2022-02-01\n---\nLavrov spoke.\n",
                              r"ru\.txt: a second '---' header \(date\) follows the first; merge the two into one")):
        f = tmp_path / name
        f.write_text(body, encoding="utf-8")
        with pytest.raises(ReadoutFileError, match=said):
            Readout.from_file(f)
    f = tmp_path / "us.json"
    f.write_text(saved.model_dump_json(), encoding="utf-8")
    assert Readout.from_file(f) == saved


def test_japanese_han_and_kana_is_detected_as_japanese_not_chinese():
    # Japanese holds more Han characters than kana in a readout's sentence: the Han majority made it "zh",
    # so it got the Chinese cues and was compared as a Chinese readout, without a word
    import warnings

    import pytest

    from readouts import LanguageWarning
    from readouts.language import detect_language, passage_language, readout_language

    ja = "岸田首相はバイデン大統領と電話会談を行った。"
    assert detect_language(ja) == "ja"
    assert readout_language(Readout.from_text(ja, side="JP")) == "ja"
    assert passage_language(ja, "zh") == "ja"
    with pytest.warns(LanguageWarning, match=r"declared language 'zh' but its text is mostly Kana script \(as in 'ja'\)"):
        readout_language(Readout.from_text(ja, side="JP", language="zh"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert readout_language(Readout.from_text(ja, side="JP", language="ja")) == "ja"
    # Chinese, also where it quotes a name in katakana, stays Chinese
    assert detect_language("双方同意保持联系。") == "zh"
    assert detect_language("习近平会见了索尼（ソニー）公司代表。") == "zh"


def test_a_report_or_a_comparisons_json_given_as_a_readout_is_refused(tmp_path):
    # compare(a, c.to_markdown()) was a readout of the report's lines (17 points), compare(a, Path("call.md"))
    # one of the saved report's, and compare(a, c.to_json()) one point of JSON, all in silence
    import json
    from pathlib import Path

    import pytest

    from conftest import CORPUS, HashEmbedder
    from readouts import InputError, ReadoutFileError, compare

    emb = HashEmbedder()
    us = Readout.from_text("Blinken spoke with Lavrov. He urged calm.", side="US")
    c = compare(us, "Lavrov spoke with Blinken.", embedder=emb)
    pair = (CORPUS / "2017-05-02-us-ru-trump-putin.json").read_text(encoding="utf-8")
    for text, said in ((c.to_markdown(), r"a Markdown report of a comparison \(to_markdown\(\)\)"),
                       (c.to_html(), r"an HTML report of a comparison \(to_html\(\)\)"),
                       (c.to_json(), r"a saved comparison \(JSON\).*Comparison\.from_json\(text\)"),
                       (pair, r"a pair file \(JSON\).*readouts\.evaluate")):
        with pytest.raises(InputError, match=r"^readout B: text is " + said):
            compare(us, text, embedder=emb)
    for name, body, said in (("call.md", c.to_markdown(), r"call\.md: a Markdown report of a comparison"),
                             ("call.txt", c.to_html(), r"call\.txt: an HTML report of a comparison"),
                             ("call2.txt", c.to_json(), r"call2\.txt: holds a saved comparison \(JSON\), not a "
                                                        r"readout; read it with Comparison\.from_file")):
        f = tmp_path / name
        f.write_text(body, encoding="utf-8")
        with pytest.raises(ReadoutFileError, match=said):
            compare(us, Path(f), embedder=emb)
    # a readout's own Markdown, headings and all, still reads
    f = tmp_path / "us.md"
    f.write_text("# Call\n\n- Blinken spoke with Lavrov.\n- He urged calm.\n", encoding="utf-8")
    assert Readout.from_file(f).texts == ["Blinken spoke with Lavrov.", "He urged calm."]
    assert json.loads(c.to_json())["a"]["side"] == "US"


def test_a_header_after_blank_lines_is_still_the_files_header(tmp_path):
    # "\n---\nside: US\n..." was read as text: the header became the first point, the side was the file's
    # name and the date was lost, in silence
    import pytest

    from readouts import ReadoutFileError

    for name, body in (("call.txt", "\n---\nside: US\ndate: 2022-02-01\n---\nBlinken spoke with Lavrov. He urged calm.\n"),
                       ("call2.txt", "\ufeff\r\n \r\n---\r\nside: US\r\ndate: 2022-02-01\r\n---\r\nBlinken spoke "
                                     "with Lavrov. He urged calm.\r\n"),
                       ("call.md", "\n---\nside: US\ndate: 2022-02-01\n---\n- Blinken spoke with Lavrov.\n- He urged calm.\n")):
        f = tmp_path / name
        f.write_text(body, encoding="utf-8", newline="")
        r = Readout.from_file(f)
        assert (r.side, str(r.date), r.texts) == ("US", "2022-02-01", ["Blinken spoke with Lavrov.", "He urged calm."])
    f = tmp_path / "bad.txt"
    f.write_text("\n---\nside: US\nmood: tense\n---\nText.\n", encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=r"bad\.txt:4: unknown header key 'mood'"):
        Readout.from_file(f)
    f.write_text("\n\n---\nside: US\n", encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=r"header opened with '---' on line 3 is never closed"):
        Readout.from_file(f)


def test_an_embedder_class_given_for_an_instance_is_named_as_such():
    # embedder=HashEmbedder failed at the first encode: "encode() missing 1 required positional argument: 'texts'"
    import pytest

    from conftest import HashEmbedder
    from readouts import EmbedderError, compare, compare_many

    us = Readout.from_text("Blinken spoke with Lavrov. He urged calm.", side="US")
    said = r"^embedder is the class HashEmbedder, not an object of it; pass an instance, embedder=HashEmbedder\(\.\.\.\)$"
    with pytest.raises(EmbedderError, match=said):
        compare(us, "Lavrov spoke with Blinken.", embedder=HashEmbedder)
    with pytest.raises(EmbedderError, match=said):
        list(compare_many([(us, "Lavrov spoke with Blinken.")], embedder=HashEmbedder))
    assert compare(us, "Lavrov spoke with Blinken.", embedder=HashEmbedder()).a.side == "US"


def test_a_readouts_markdown_file_read_as_a_comparison_is_not_called_a_report(tmp_path):
    # Comparison.from_file("us.md") said "us.md: a Markdown report, not a saved comparison" of a readout
    import pytest

    from conftest import HashEmbedder
    from readouts import Comparison, ReadoutFileError, compare

    f = tmp_path / "us.md"
    f.write_text("---\nside: US\n---\n# Call\n\n- Blinken spoke with Lavrov.\n", encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=r"us\.md: a Markdown file \(a readout\? read one with "
                                               r"Readout\.from_file\), not a saved comparison"):
        Comparison.from_file(f)
    report = tmp_path / "call.md"
    report.write_text(compare(Readout.from_file(f), "Lavrov spoke with Blinken.", embedder=HashEmbedder()).to_markdown(),
                      encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=r"call\.md: a Markdown report, not a saved comparison"):
        Comparison.from_file(report)
