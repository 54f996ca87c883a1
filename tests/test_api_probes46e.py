"""Probes of what README.md promises (session 46, helper e): each test failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from readouts import FurnitureWarning, Readout
from readouts.errors import ReadoutFileError

ROOT = Path(__file__).resolve().parent.parent
US = ROOT / "examples" / "2022-02-01-us.txt"
RU = ROOT / "examples" / "2022-02-01-ru.txt"


def test_two_readout_files_joined_into_one_are_refused_naming_the_second_header(tmp_path):
    # `cat us.txt ru.txt > both.txt` was read as one US readout: the Russian header's lines became the
    # text of a point, its side and date were ignored, and the RU points were counted as US ones
    both = tmp_path / "both.txt"
    both.write_text(US.read_text(encoding="utf-8") + RU.read_text(encoding="utf-8"), encoding="utf-8")
    second = len(US.read_text(encoding="utf-8").splitlines()) + 1
    with pytest.raises(ReadoutFileError, match=rf"both\.txt:{second}: a second '---' header \(side, .*\) inside "
                                               r"the readout's text: two readouts in one file\?"):
        Readout.from_file(both)
    md = tmp_path / "both.md"
    md.write_text("Blinken spoke.\n\n---\nside: RU\ndate: 2022-02-01\n---\nLavrov spoke.\n", encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=r"both\.md:3: a second '---' header \(side, date\)"):
        Readout.from_file(md)


def test_rules_of_a_markdown_page_around_one_line_are_no_second_header(tmp_path):
    # a thematic break on each side of a "Date: ..." line is page layout, not a readout's header
    page = tmp_path / "page.md"
    page.write_text("Blinken spoke.\n\n---\n\nDate: 2022-02-01\n\n---\n\nLavrov spoke.\n", encoding="utf-8")
    assert [p.text for p in Readout.from_file(page).points] == ["Blinken spoke.", "Date: 2022-02-01", "Lavrov spoke."]
    rule = tmp_path / "rule.txt"
    rule.write_text("---\nside: US\n---\nBlinken spoke.\n---\nLavrov spoke.\n", encoding="utf-8")
    with pytest.warns(FurnitureWarning, match=r"'---' \(separator\)"):  # the rule after a sentence: a section break
        assert Readout.from_file(rule).side == "US"
