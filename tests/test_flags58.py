"""Flags as an analyst reads them on gold links of the corpus (round 58)."""
import json
from importlib import resources

import pytest
from conftest import hand_comparison

from readouts.cues import lexicon_fingerprint
from readouts import flags
from readouts.flags import find_flags


def of(flags, kind):
    return [f for f in flags if f.kind == kind]


# -- courtesy words live in the lexicons, as the other word lists do -----------------------------------
@pytest.mark.parametrize("lang, act, courtesy", [
    ("en", "thanked", True), ("en", "congratulated", True), ("en", "welcomed", False),
    ("ru", "поблагодарил", True), ("ru", "выразил соболезнования", True), ("ru", "приветствовал", False),
    ("zh", "感谢", True), ("zh", "致以问候", True), ("zh", "欢迎", False),
])
def test_courtesy_words_are_read_from_the_language_lexicon(lang, act, courtesy):
    raw = json.loads(resources.files("readouts").joinpath(f"data/cues_{lang}.json").read_text("utf-8"))
    assert raw["courtesy"]  # the key the lexicon fingerprint covers (every data/*.json, bytes and all)
    assert (flags._courtesy_words(lang).search(act) is not None) is courtesy


def test_a_language_without_a_lexicon_has_no_courtesy_words():
    assert flags._courtesy_words("fr") is None and len(lexicon_fingerprint()) == 16
