"""Round 57's speed fixes must not change what is read: each faster form against the one it replaced."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readouts.flags import _whole_word, _word_hits

_WORDS = ["open", "talks", "Open", "OPEN", "open-ended", "reopen", "open5", "5open", "opened", "to", "keep",
          "the", "lines", "are", "transparent", "and", "ﬁle", "Ǆ", "straße", "café"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + [" ", ", ", "-", " - ", "; ", "'", "’"]), max_size=25),
       st.sampled_from(["open", "talks", "keep", "file", "cafe", "strasse", "transparent"]))
def test_word_hits_finds_what_the_whole_word_pattern_found(parts, term):
    text = "".join(parts)
    old = [(m.start(), m.end(), m.group())
           for m in re.finditer(r"(?<![^\W\d_])" + term + r"(?![^\W\d_-])", text, re.IGNORECASE)]
    assert [(m.start(), m.end(), m.group()) for m in _word_hits(term, text)] == old


@pytest.mark.parametrize("body, end, ignore_case", [("open", r"(?![^\W\d_-])", True), (re.escape("peaceful"), r"(?![^\W\d_])", False)])
def test_the_cached_whole_word_pattern_is_the_one_compiled_before(body, end, ignore_case):
    pattern = _whole_word(body, end, ignore_case)
    assert pattern is _whole_word(body, end, ignore_case)  # compiled once
    assert pattern.pattern == r"(?<![^\W\d_])" + body + end
    assert bool(pattern.flags & re.IGNORECASE) == ignore_case
