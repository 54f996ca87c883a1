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


# -- unconfirmed_claim: one side's "agreed that <view>" is assent to a view, no agreement ------------------
# "Wang agreed that India-China relations carry particular weight in world politics" was told as "IN credits
# CN with an agreement ("agreed"); CN's linked point 1 does not report it (no agreement there)": as if a deal
# had been struck. Agreeing with a view commits no one to act.
def test_one_sides_agreed_view_is_told_as_assent_to_a_view():
    c = hand_comparison(["Wang agreed that India-China relations carry particular weight in world politics."],
                        ["Wang said the restart of relations accords with the interests of both peoples."],
                        [((0,), (0,))], a_side="IN", b_side="CN")
    (f,) = of(find_flags(c), "unconfirmed_claim")
    assert f.side == "a"
    assert f.explanation == 'IN credits CN with assent to a view ("agreed"); CN\'s linked point 0 does not report it.'


def test_one_sides_agreement_to_act_is_still_an_agreement():
    c = hand_comparison(["Wang agreed that the Special Representatives would meet soon."],
                        ["Wang said the restart of relations accords with the interests of both peoples."],
                        [((0,), (0,))], a_side="IN", b_side="CN")
    (f,) = of(find_flags(c), "unconfirmed_claim")
    assert f.explanation == ('IN credits CN with an agreement ("agreed"); CN\'s linked point 0 does not report it '
                             "(no agreement there).")
