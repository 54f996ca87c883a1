"""The public API probed as a demanding user would (fifty-fifth round, b): direction controls left
open in a point, bytes given to compare, an argument too many on the command line."""

import re

import pytest
from conftest import HashEmbedder, hand_comparison

import readouts
from readouts import InputError
from readouts.cli import main

RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"


def _rtl_comparison(text_a: str):
    return hand_comparison([text_a, "They agreed to talk again."],
                           ["Blinken spoke with Lavrov.", "They agreed to talk again."], [((0,), (0,)), ((1,), (1,))],
                           label="equivalent")


def _balanced(line: str) -> bool:
    """Whether every embedding or override ``line`` opens is closed (PDF) before it ends."""
    depth = 0
    for ch in line:
        if ch in "\u202a\u202b\u202d\u202e":
            depth += 1
        elif ch == PDF and depth:
            depth -= 1
    return depth == 0


def test_a_right_to_left_override_in_a_point_does_not_reverse_the_rest_of_its_markdown_row():
    # "| [0] Blinken spoke \u202ewith Lavrov. | [0] Blinken spoke ... | equivalent | 0.90 |" displayed the
    # other side's text, the label and the score reversed: the override ran to the end of the line
    c = _rtl_comparison(f"Blinken spoke {RLO}with Lavrov.")
    row = next(line for line in c.to_markdown().splitlines() if "with Lavrov" in line and line.startswith("|"))
    assert f"{RLO}with Lavrov.{PDF} |" in row and row.endswith("| equivalent | 0.90 |")
    assert _balanced(row)
    assert c.a.points[0].text == f"Blinken spoke {RLO}with Lavrov."  # the record keeps the text as given


def test_a_right_to_left_override_in_a_point_is_closed_before_the_html_badges():
    c = _rtl_comparison(f"Blinken spoke {RLO}with Lavrov.")
    html = c.to_html(full_page=False)
    assert f"{RLO}with Lavrov.{PDF}" in html
    assert all(_balanced(part) for part in re.split(r"</div>|</li>|</td>|</tr>", html))


def test_an_isolate_left_open_is_closed_and_a_closed_one_is_left_as_it_is():
    c = _rtl_comparison(f"Blinken spoke {LRI}with Lavrov.")
    assert f"{LRI}with Lavrov.{PDI} |" in c.to_markdown()
    closed = _rtl_comparison(f"Blinken spoke {LRI}with{PDI} Lavrov.")
    md = closed.to_markdown()
    assert f"{LRI}with{PDI} Lavrov. |" in md and PDF not in md and md.count(PDI) == 1


def test_a_side_name_or_title_with_an_override_is_closed_in_the_heading():
    c = hand_comparison(["Blinken spoke with Lavrov."], ["Lavrov spoke with Blinken."], [((0,), (0,))],
                        a_side=f"US{RLO}x")
    heading = c.to_markdown().splitlines()[0]
    assert heading.startswith("# US") and _balanced(heading)


@pytest.mark.parametrize("data", [b"Blinken spoke with Lavrov.", bytearray(b"Blinken spoke with Lavrov.")])
def test_bytes_given_to_compare_say_to_decode_them(data):
    # it said "... not bytes" and no more, where Readout.from_text says to decode them
    with pytest.raises(InputError, match=r"readout A must be a Readout.*not (bytes|bytearray); decode it first, "
                                         r"e\.g\. data\.decode\('utf-8'\)"):
        readouts.compare(data, "Lavrov spoke with Blinken.", sides=("US", "RU"))


def test_a_third_file_given_to_compare_says_compare_takes_two(capsys):
    # "unrecognized arguments: cn.txt (see 'readouts --help')": neither what compare takes nor its own help
    with pytest.raises(SystemExit) as exc:
        main(["compare", "us.txt", "ru.txt", "cn.txt"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err == ("readouts: error: unrecognized arguments: cn.txt (compare takes two readout files, a and b: "
                   "compare a third one in another run) (see 'readouts compare --help')\n")


def test_a_second_folder_given_to_evaluate_says_it_takes_one(capsys):
    with pytest.raises(SystemExit):
        main(["evaluate", "pairs", "more_pairs"])
    err = capsys.readouterr().err
    assert "(evaluate takes one directory of annotated pair files) (see 'readouts evaluate --help')" in err


def test_the_value_of_an_unknown_option_is_no_argument_too_many(capsys):
    with pytest.raises(SystemExit):
        main(["evaluate", "pairs", "--link-threshold", "0.3"])
    err = capsys.readouterr().err
    assert "takes one directory" not in err
    assert "(--link-threshold is an option of compare, not of evaluate) (see 'readouts evaluate --help')" in err


@pytest.mark.parametrize("language", [None, "zh"])
def test_a_readout_in_traditional_characters_is_tagged_zh_hant_in_the_html(language):
    # it was lang="zh", for which browsers pick simplified Chinese fonts and glyph forms
    c = hand_comparison(["王毅同美國國務卿布林肯通電話。", "雙方就烏克蘭問題交換了意見。"],
                        ["王毅同美国国务卿布林肯通电话。", "双方就乌克兰问题交换了意见。"], [((0,), (0,)), ((1,), (1,))],
                        a_side="CN", b_side="CN2", a_lang=language, b_lang=language, label="equivalent")
    html = c.to_html(full_page=False)
    assert '<span lang="zh-Hant">雙方就烏克蘭問題交換了意見。</span>' in html
    assert '<span lang="zh">双方就乌克兰问题交换了意见。</span>' in html


def test_a_declared_chinese_variant_is_kept_as_declared():
    c = hand_comparison(["王毅同美國國務卿布林肯通電話。"], ["王毅同美国国务卿布林肯通电话。"], [((0,), (0,))],
                        a_side="CN", b_side="CN2", a_lang="zh-TW", b_lang="zh-CN", label="equivalent")
    html = c.to_html(full_page=False)
    assert 'lang="zh-TW">王毅同美國國務卿布林肯通電話。' in html and 'lang="zh-CN">王毅同美国国务卿布林肯通电话。' in html


@pytest.mark.parametrize("side", ["US\u200f", "\u200eUS", "US\ufeff", "\u202aUS\u202c", " US\u200b "])
def test_invisible_marks_around_a_side_are_dropped_as_white_space_is(side):
    # "US\u200f" (a bidi mark pasted with it) showed as "US" in the reports, and was another side than "US"
    from readouts.records import side_key

    r = readouts.Readout.from_text("Blinken spoke with Lavrov.", side=side)
    assert r.side == "US"
    assert readouts.Readout.model_validate({**r.model_dump(), "side": side}).side == "US"
    c = readouts.compare("Blinken spoke with Lavrov.", "Lavrov spoke with Blinken.", sides=(side.lower(), "RU"),
                         embedder=HashEmbedder())
    assert c.a.side == "US" and side_key(c.a.side) == "us"


@pytest.mark.parametrize("side", ["\u200b", "\u200f\u200e", " \ufeff "])
def test_a_side_of_invisible_characters_alone_is_refused_as_a_blank_one(side):
    # it was a side, which the reports' headings showed as nothing
    with pytest.raises(readouts.RecordError, match=r"side must not be blank \(it holds only invisible characters"):
        readouts.Readout.from_text("Blinken spoke with Lavrov.", side=side)


def test_a_mark_inside_a_side_name_is_kept_only_where_it_shapes_the_name():
    # round 56: between Latin letters it only made "U\u200cS" another side than "US" (see test_api56)
    assert readouts.Readout.from_text("Blinken spoke.", side="U\u200cS").side == "US"
    persian = "\u0627\u06cc\u200c\u0645"
    assert readouts.Readout.from_text("Blinken spoke.", side=persian).side == persian


@pytest.mark.parametrize("number", ["2", "- 2 -", "— 12 —", "[2]", "Page 2", "p. 2", "Стр. 2", "第2页"])
def test_a_page_number_between_two_sentences_is_set_aside_not_made_a_point(number):
    # text copied from a PDF or a printed page brings its page numbers: each was a one-sided point ("2"),
    # counted in the coverage shares and listed under "Only in US"
    text = f"Blinken spoke with Lavrov.\n\n{number}\n\nThey agreed to meet again."
    with pytest.warns(readouts.FurnitureWarning, match=re.escape(f"{number!r} (page number)")):
        r = readouts.Readout.from_text(text, side="US")
    assert [p.text for p in r.points] == ["Blinken spoke with Lavrov.", "They agreed to meet again."]
    assert [(x.text, x.kind) for x in r.set_aside] == [(number, "page number")]
    assert r.text[r.set_aside[0].start:r.set_aside[0].end] == number
    kept = readouts.Readout.from_text(text, side="US", keep_furniture=True)
    assert [p.text for p in kept.points] == ["Blinken spoke with Lavrov.", number, "They agreed to meet again."]


@pytest.mark.parametrize("text, points", [
    # a page break inside a sentence: the number stays in it, as before
    ("Blinken spoke with Lavrov about\n2\nUkraine and Iran.", ["Blinken spoke with Lavrov about\n2\nUkraine and Iran."]),
    ("The sides agreed on\n2\nsteps.", ["The sides agreed on\n2\nsteps."]),
    # a year alone may be a heading, not a page number
    ("Talks went well.\n\n2022\n\nThey agreed.", ["Talks went well.", "2022", "They agreed."]),
    ("Talks went well.\n\n12:30\n\nThey agreed.", ["Talks went well.", "12:30", "They agreed."]),
])
def test_a_number_that_is_no_page_number_stays(text, points):
    assert [p.text for p in readouts.Readout.from_text(text, side="US").points] == points
