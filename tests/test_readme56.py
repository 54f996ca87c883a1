"""The README's lists are the code's: the flag kinds of its table, the error and warning classes it
names, the kinds of set-aside lines, and the two Quickstart commands.

An analyst reads these lists to know what a comparison can hold (a flag's `kind`, a `SetAside`'s
`kind`) and what to catch or filter; a kind or class added, renamed or dropped in the code with the
README left as it was sends them looking for what is not there, or leaves out what is. No model is
loaded.
"""

from __future__ import annotations

import inspect
import re
import warnings
from pathlib import Path

import pytest

import readouts
from readouts import Readout
from readouts.flags import KINDS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    """The README's text from the heading ``## title`` to the next ``## `` heading."""
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.S | re.M)
    assert m, f"README has no section '## {title}'"
    return m.group(1)


def test_the_flag_kinds_table_lists_the_kinds_in_their_order():
    rows = re.findall(r"^\| `(\w+)` \| ", _section("Asymmetry flags"), re.M)
    assert tuple(rows) == KINDS


def test_every_warning_class_is_named_where_the_readme_lists_them():
    errors = _section("Errors")
    classes = {name for name in readouts.__all__
               if inspect.isclass(obj := getattr(readouts, name)) and issubclass(obj, readouts.ReadoutsWarning)
               and obj is not readouts.ReadoutsWarning}
    assert classes, "readouts exports no warning class"
    assert {name for name in classes if f"readouts.{name}" not in errors} == set()


def test_every_error_class_is_named_in_the_readme():
    classes = {name for name in readouts.__all__
               if inspect.isclass(obj := getattr(readouts, name)) and issubclass(obj, readouts.ReadoutsError)}
    assert {name for name in classes if not re.search(rf"`(?:readouts\.)?{name}`", README)} == set()


# One text per kind of set-aside line; each gives that kind (and may give others).
KIND_TEXTS = {
    "page control": "Blinken spoke with Lavrov.\n\nShare\n\nThey agreed to talk.",
    "credit": "Blinken spoke with Lavrov.\n\nSource: Xinhua\n\nThey agreed to talk.",
    "tags": "Blinken spoke with Lavrov.\n\nTags: Russia, USA\n\nThey agreed to talk.",
    "related links": "Blinken spoke with Lavrov. They agreed to talk.\n\nRelated:\nLavrov meets Wang\nPutin meets Xi\n\n"
                     "They spoke.",
    "page metadata": "March 3, 2022\nMoscow\nBlinken spoke with Lavrov. They agreed to talk.",
    "URL": "Blinken spoke with Lavrov.\n\nhttps://www.state.gov/x\n\nThey agreed to talk.",
    "footer": "Blinken spoke with Lavrov. They agreed to talk.\n\n© 2024 Xinhua",
    "dateline": "MOSCOW, February 1. /TASS/. Lavrov spoke with Blinken. They agreed to talk.",
    "page number": "Blinken spoke with Lavrov.\n\n2\n\nThey agreed to talk.",
    "separator": "Blinken spoke with Lavrov.\n\n* * *\n\nThey agreed to talk.",
    "end marker": "Blinken spoke.\nShare\n(END)",
    "no words": "—\n\nПоделиться\n\nЛавров провёл разговор.",
}


def _readme_set_aside_kinds() -> list[str]:
    m = re.search(r"its `kind` one of (.*?)\)", README, re.S)
    assert m, "README lists no set-aside kinds ('its `kind` one of ...')"
    return re.findall(r"`([^`]+)`", m.group(1))


def test_the_set_aside_kinds_the_readme_lists_are_those_the_segmenter_gives():
    assert sorted(_readme_set_aside_kinds()) == sorted(KIND_TEXTS)


@pytest.mark.parametrize("kind", sorted(KIND_TEXTS))
def test_each_set_aside_kind_the_readme_lists_is_given(kind):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", readouts.FurnitureWarning)
        r = Readout.from_text(KIND_TEXTS[kind], side="US")
    assert kind in {x.kind for x in r.set_aside}


def test_the_quickstart_has_exactly_the_two_make_commands():
    quick = _section("Quickstart")
    (block,) = re.findall(r"^```sh\n(.*?)^```", quick, re.S | re.M)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.split("#")[0].strip()]
    assert commands == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_the_exchange_of_views_note_the_readme_quotes_is_the_flags():
    # the README quotes the tone flag's note on a talk the other readout reports in its own words
    from conftest import hand_comparison
    from readouts.flags import find_flags

    quoted = re.search(r"\(`\.\.\. (\(US's \"talked about\" reports the talk that CN's\s+exchange of views does\)\.)`\)",
                       README)
    assert quoted, "README no longer quotes the exchange-of-views note"
    c = hand_comparison(["The two sides exchanged views on Ukraine and had a candid conversation."],
                        ["They also talked about Russia's war against Ukraine."], [((0,), (0,))],
                        a_side="CN", b_side="US")
    (tone,) = [f for f in find_flags(c) if f.kind == "tone"]
    assert tone.explanation.endswith(re.sub(r"\s+", " ", quoted.group(1)))
    assert "exchange of views (" not in tone.explanation.split(";")[0]  # not a tone CN alone has
