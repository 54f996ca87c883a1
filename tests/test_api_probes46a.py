"""Probes of text input (session 46, helper a): each test failed before its fix."""

from __future__ import annotations

import time

from readouts import Readout
from readouts.segmentation import split_spans


def test_a_list_of_bare_numbers_is_split_in_linear_time():
    # Each bare list number searched all the pieces after it for its item: 60 KB of "2.\n" lines (a
    # numbered template pasted without its items) took over a minute
    for text in ("2.\n" * 40000, "2.\n\n" * 40000, "1.\n" * 40000 + "The sides agreed."):
        start = time.perf_counter()
        spans = split_spans(text)
        assert time.perf_counter() - start < 10
        assert "".join(text[s:e] for s, e in spans).replace("\n", "") == text.replace("\n", "")
    assert Readout.from_text("1.\n2.\nThe sides agreed.", side="US").texts == ["1.\n2.\nThe sides agreed."]

