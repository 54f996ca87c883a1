"""The public API audited as a demanding notebook user (fifty-sixth round): invisible characters in a
side's or participant's name, URLs in the Markdown report, and edge cases of records and results."""

import warnings

import pytest

from conftest import HashEmbedder
from readouts import FurnitureWarning, InputError, Readout, compare
from readouts.records import side_key

US_TEXT = "Blinken urged Russia to withdraw troops. He stressed unity with allies. They discussed Iran."
RU_TEXT = "Lavrov said NATO must stop expanding. He discussed Iran with Blinken."


def _compare(a, b, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compare(a, b, embedder=HashEmbedder(), **kw)


# -- invisible characters inside a side's name -------------------------------------------------------
@pytest.mark.parametrize("ch", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e"])
def test_invisible_char_inside_side_is_dropped(ch):
    # "U\u200bS" was kept: a side other than "US" that printed as "US", and no government to the cues
    r = Readout.from_text(US_TEXT, side=f"U{ch}S")
    assert r.side == "US"
    assert side_key(f"U{ch}S") == side_key("US") == "us"


def test_zero_width_side_is_one_side_with_its_plain_spelling():
    c = _compare(Readout.from_text(US_TEXT, side="U\u200bS"), Readout.from_text(RU_TEXT, side="R\u2060U"))
    assert (c.a.side, c.b.side) == ("US", "RU")
    assert c.to_markdown().startswith("# US vs RU\n")
    assert "\u200b" not in c.to_markdown() and "\u2060" not in c.to_html()


def test_sides_keyword_drops_invisible_chars():
    c = _compare(US_TEXT, RU_TEXT, sides=("u\u200bs", "RU\ufeff"))
    assert (c.a.side, c.b.side) == ("US", "RU")


def test_joiner_kept_where_it_shapes_the_name():
    # a Persian name's zero-width non-joiner changes how its letters join: kept
    persian = "\u0627\u06cc\u0627\u0644\u0627\u062a\u200c\u0645\u062a\u062d\u062f\u0647"
    assert Readout.from_text(US_TEXT, side=persian).side == persian
    # a direction mark inside a right-to-left name is kept too
    hebrew = "\u05d9\u05e9\u05e8\u200f\u05d0\u05dc"
    assert Readout.from_text(US_TEXT, side=hebrew).side == hebrew


def test_saved_record_with_zero_width_side_loads_as_plain_side():
    r = Readout.from_text(US_TEXT, side="US")
    data = r.model_dump()
    data["side"] = "U\u200bS"
    assert Readout.model_validate(data).side == "US"


def test_zero_width_space_in_participant_is_dropped_so_the_cues_find_the_name():
    from readouts.cues import readout_cues

    text = "Smith told Jones that the treaty must hold. Jones said the treaty must end."
    plain = Readout.from_text(text, side="US", participants=["Ann Smith", "Bob Jones"])
    hidden = Readout.from_text(text, side="US", participants=["Ann Sm\u200bith", "Bob Jo\u200bnes"])
    assert hidden.participants == ("Ann Smith", "Bob Jones")
    assert [c.speaker for c in readout_cues(hidden)] == [c.speaker for c in readout_cues(plain)]
    with pytest.raises(InputError, match="participant 0 .* holds no letter"):
        Readout.from_text(text, side="US", participants=["\u200b", "Bob Jones"])


def test_points_and_titles_keep_invisible_chars_as_given():
    # points' text is kept exactly (offsets into the text; the cues read it as if they were not there), and
    # so is the title, shown as given: only names (sides, participants) are identities
    r = Readout.from_text("Bl\u200binken spoke with Lavrov. They discussed Iran.", side="US", title="Call\u200b one")
    assert r.points[0].text.startswith("Bl\u200binken") and r.title == "Call\u200b one"


# -- URLs in the Markdown report ----------------------------------------------------------------------
def _md_html(md):
    markdown_it = pytest.importorskip("markdown_it")
    return markdown_it.MarkdownIt("commonmark").enable("table").render(md)


def test_bare_url_in_a_point_is_a_code_span_not_a_link():
    # GitHub made "https://www.state.gov/a_b" a live link whatever its escapes, and without autolinks the
    # escape showed as "a\_b"; a code span shows the user's text as written and is never linked
    r = Readout.from_points(["See https://www.state.gov/a_b for the text.", "Mail press@mid.ru or www.kremlin.ru/x."],
                            side="US")
    md = _compare(r, Readout.from_text(RU_TEXT, side="RU")).to_markdown()
    for url in ("https://www.state.gov/a_b", "press@mid.ru", "www.kremlin.ru/x"):
        assert f"`{url}`" in md, url
        assert f"<code>{url}</code>" in _md_html(md)
    assert "`www.kremlin.ru/x`." in md  # the sentence's full stop is no part of the URL


def test_url_in_a_linked_point_table_cell_and_in_a_title():
    from readouts.rendering import _cell, _md

    assert _cell("See https://x.org/?a=1&b=2 | more") == "See `https://x.org/?a=1&b=2` \\| more"
    assert _md("(https://en.wikipedia.org/wiki/Foo_(bar)).") == "(`https://en.wikipedia.org/wiki/Foo_(bar)`)."
    assert _md("见https://www.fmprc.gov.cn/web/。我们") == "见`https://www.fmprc.gov.cn/web/`。我们"
    assert _md("awww.example.com, U.S. e.g. 3.5, https://") == "awww.example.com, U.S. e.g. 3.5, https://"
    r = Readout.from_text(US_TEXT, side="US", title="Readout https://www.state.gov/r_1", source_url="https://state.gov/r")
    md = _compare(r, Readout.from_text(RU_TEXT, side="RU")).to_markdown()
    assert "  - title: Readout `https://www.state.gov/r_1`" in md
    assert "  - source: `https://state.gov/r`" in md  # the source is code as before, as the HTML page shows it


def test_set_aside_url_line_is_a_code_span():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = Readout.from_text("https://www.mid.ru/ru/foreign_policy/news/1\n\nLavrov spoke with Blinken. They discussed Iran.",
                              side="RU")
    if not r.set_aside:
        pytest.skip("the URL line is not set aside")
    md = _compare(Readout.from_text(US_TEXT, side="US"), r).to_markdown()
    assert "`https://www.mid.ru/ru/foreign_policy/news/1`" in md


def test_side_names_differing_only_in_inner_white_space_are_one_side():
    # "United  States" (two spaces) showed as "United States" in the HTML page, and the reports gave the two
    # readouts one name with no "(a)" / "(b)" to tell them apart
    from readouts.records import side_names

    assert side_key("United  States") == side_key("United\u00a0States") == side_key("united states")
    assert side_names("United States", "United  States") == ("United States (a)", "United  States (b)")


def test_a_point_repeated_with_a_zero_width_space_inside_is_a_duplicate():
    # the cues and the bundled model read "He s\u200bpoke" as "He spoke"; the duplicate check did not
    from readouts import DuplicatePointWarning
    from readouts.comparison import duplicate_points

    r = Readout.from_points(["He spoke with Lavrov.", "He s\u200bpoke with La\u2060vrov.", "They met."], side="US")
    assert duplicate_points(r) == [(0, 1)]
    with pytest.warns(DuplicatePointWarning, match="point 1 repeats point 0"):
        compare(r, Readout.from_text(RU_TEXT, side="RU"), embedder=HashEmbedder())


@pytest.mark.parametrize("sep", ["* * *", "---", "***", "• • •", "—", "...", "★★★"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_section_break_line_is_set_aside_not_part_of_a_point(sep, gap):
    # "Blinken spoke with Lavrov.\n\n* * *" was the first point's text, shown in its report row
    with pytest.warns(FurnitureWarning, match="separator"):
        r = Readout.from_text(f"Blinken spoke with Lavrov.{gap}{sep}{gap}They discussed Iran.", side="US")
    assert r.texts == ["Blinken spoke with Lavrov.", "They discussed Iran."]
    assert [(x.text, x.kind) for x in r.set_aside] == [(sep, "separator")]


def test_a_letterless_line_inside_a_sentence_stays_in_it():
    r = Readout.from_text("Blinken spoke with\n—\nLavrov. They discussed Iran.", side="US")
    assert not r.set_aside and r.texts[0] == "Blinken spoke with\n—\nLavrov."
