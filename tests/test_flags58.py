"""Flags as an analyst reads them on gold links of the corpus (round 58)."""
import json
from importlib import resources

import pytest
from conftest import hand_comparison

from readouts.cues import lexicon, lexicon_fingerprint
from readouts.flags import find_flags

from helpers import of_kind as of


# -- courtesy words live in the lexicons, as the other word lists do -----------------------------------
@pytest.mark.parametrize("lang, act, courtesy", [
    ("en", "thanked", True), ("en", "congratulated", True), ("en", "welcomed", False),
    ("ru", "поблагодарил", True), ("ru", "выразил соболезнования", True), ("ru", "приветствовал", False),
    ("zh", "感谢", True), ("zh", "致以问候", True), ("zh", "欢迎", False),
])
def test_courtesy_words_are_read_from_the_language_lexicon(lang, act, courtesy):
    raw = json.loads(resources.files("readouts").joinpath(f"data/cues_{lang}.json").read_text("utf-8"))
    assert raw["courtesy"]  # the key the lexicon fingerprint covers (every data/*.json, bytes and all)
    assert any(p.search(act) for p in lexicon(lang, warn=False).courtesy) is courtesy


def test_a_language_without_a_lexicon_has_no_courtesy_words():
    assert lexicon("fr", warn=False).courtesy == () and len(lexicon_fingerprint()) == 16


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


# -- strength_shift: a claimed "does not support" is no opposition shift of its own ------------------------
# "CN reports opposition by US ("not support", strength 1, opposition); US has "emphasized" (strength 2)"
# beside "CN credits US with a statement ("not support"); US's linked point 11 does not report it": the
# second flag said the first again, and named a reassurance to China an opposition (6 such on gold links).
_SULLIVAN = "Sullivan emphasized the importance of peace and stability across the Taiwan Strait."


@pytest.mark.parametrize("point, lang", [
    ("Sullivan said the US adheres to its one-China policy and does not support 'Taiwan independence'.", "en"),
    ("沙利文表示，美方坚持一个中国政策，不支持“台独”。", "zh"),
])
def test_a_claimed_not_support_is_no_polarity_strength_shift(point, lang):
    c = hand_comparison([_SULLIVAN], [point], [((0,), (0,))], a_side="US", b_side="CN", b_lang=lang)
    flags = find_flags(c)
    (claim,) = of(flags, "unconfirmed_claim")
    assert claim.side == "b" and ('("not support")' in claim.explanation or '("不支持")' in claim.explanation)
    assert of(flags, "strength_shift") == []


@pytest.mark.parametrize("point", [
    "Sullivan said the US opposes 'Taiwan independence'.",   # a lexicon opposition, stronger: still shifts
    "Sullivan rejected China's proposal on the Strait.",
])
def test_an_opposition_that_is_no_negation_still_shifts(point):
    c = hand_comparison([_SULLIVAN], [point], [((0,), (0,))], a_side="US", b_side="CN")
    (f,) = of(find_flags(c), "strength_shift")
    assert f.side == "b" and f.explanation.startswith("CN reports opposition by US")
