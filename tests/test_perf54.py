"""Round 54 (perf54): furniture_spans linear on long texts with no blank line; -o into a folder that cannot be made."""

from __future__ import annotations

import pytest

from readouts import segmentation
from readouts.segmentation import furniture_spans


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], kind) for s, e, kind in furniture_spans(text)]


# -- the cases the linear list check touches: a list heading's items up to a blank line, each line checked once ----

@pytest.mark.parametrize("text, expected", [
    # a list closing the text, found from its end (_edge_footers) and from its heading (the main pass)
    ("The two sides spoke by phone.\nTags\nРоссия\nСША", [("Tags", "tags"), ("Россия", "tags"), ("США", "tags")]),
    # a sentence inside the first heading's run: that heading's list is none, the second's after it is one
    ("Tags\nРоссия\nThe two sides agreed to meet soon.\nTags\nСША\nКитай",
     [("Tags", "tags"), ("Tags", "tags"), ("США", "tags"), ("Китай", "tags")]),
    # two headings over one sentence: the second heading's check (remembered from the first's) fails as well
    ("The leaders talked.\nRelated Articles\nTags\nРоссия\nThey agreed to keep in touch.\nUSA",
     [("Related Articles", "related links"), ("Tags", "tags")]),
    # lists one under another with no blank line: the first heading takes every line to the text's end
    ("The two sides spoke.\n" + "Tags\nРоссия\nСША\n" * 3 + "Readout of the call",
     [("Tags", "tags"), ("Россия", "tags"), ("США", "tags")] * 3 + [("Readout of the call", "tags")]),
])
def test_list_items_as_before(text, expected):
    assert _spans(text) == expected


def test_each_line_is_checked_as_a_list_item_once(monkeypatch):
    # "Tags\nРоссия\nСША\n..." with no blank line: every heading's items were checked anew to the run's end, 1,000
    # lines 200,000 checks (60,000 lines of a page pasted line by line took 10-30 s); now each line once
    text = "The two sides spoke.\n" + "Tags\nРоссия\nСША\nReadout of the call\n" * 250
    calls = []
    real = segmentation._list_item
    monkeypatch.setattr(segmentation, "_list_item", lambda line: calls.append(line) or real(line))
    found = furniture_spans(text)
    assert len(found) == 1000  # every line but the sentence
    assert len(calls) <= text.count("\n") + 1


def test_items_checked_again_after_a_blank_line():
    # a blank line ends a run: the list below it is checked on its own, not with the sentence above it
    text = "Tags\nРоссия\nThe two sides agreed to meet soon.\n\nTags\nСША"
    assert _spans(text) == [("Tags", "tags"), ("Tags", "tags"), ("США", "tags")]


# -- the header's place line, which looks at the next line with text ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Moscow\n5 March 2022\nPutin spoke with Macron.", [("Moscow", "page metadata"), ("5 March 2022", "page metadata")]),
    # past blank lines to the date line, in a header that no sentence's end has closed
    ("Readout of the call\nThe Kremlin, Moscow\n\n\n5 March 2022\nTalks went on",
     [("The Kremlin, Moscow", "page metadata"), ("5 March 2022", "page metadata")]),
    # a place line with no date line after it is none
    ("Readout of the call\nMoscow\nTalks went on\nSHARE", [("SHARE", "page control")]),
])
def test_header_place_lines_as_before(text, expected):
    assert _spans(text) == expected
