"""Round-60 review: defects found in the round's merged rules, each against its documented rule."""
import pytest

from readouts.cues import point_cues


def _acts(text, side="US", counterpart="RU"):
    return [(a.name, a.text, a.past) for a in point_cues(text, side=side, counterpart_side=counterpart).acts]


# -- continued_talks: the talk noun is the continuing verb's object, not another verb's -----------------
# A verb between ("continued undermining the dialogue", "продолжил саботировать переговоры": went on
# sabotaging the talks) takes the noun as its own object: no talk was held. Nor is a noun after a
# preposition of time ("continued attacks during the talks") the verb's object.
@pytest.mark.parametrize("text, side, cp", [
    ("Biden said Russia continued undermining the dialogue.", "US", "RU"),
    ("Biden said Russia had continued attacks during the talks.", "US", "RU"),
    ("Лавров заявил, что Киев продолжил саботировать переговоры.", "RU", "US"),
    ("Лавров отметил, что США продолжили затягивать консультации.", "RU", "US"),
])
def test_a_talk_another_verb_takes_is_no_talk_continued(text, side, cp):
    assert not [a for a in _acts(text, side, cp) if a[0] == "discussed"]


@pytest.mark.parametrize("text, side, cp", [
    ("The two sides continued their discussions on trade.", "US", "RU"),
    ("The two sides continued the ongoing dialogue on strategic stability.", "US", "RU"),
    ("Стороны продолжили начатый в Женеве диалог.", "RU", "US"),
    ("Лавров и Блинкен продолжили обсуждение.", "RU", "US"),
])
def test_a_talk_continued_is_still_a_discussion(text, side, cp):
    assert [a for a in _acts(text, side, cp) if a[0] == "discussed"]


# -- past_actors: "no other actor after it" (lexicon notes) -----------------------------------------------
# An actor of earlier times is the act's subject only where no other actor stands between it and the act:
# "Like previous US administrations the Biden administration has made clear commitments" are the Biden
# administration's, made now, not recalled.
def test_an_actor_between_a_past_actor_and_the_act_is_its_subject():
    acts = _acts("Like previous US administrations the Biden administration has made clear commitments.", "US", "CN")
    assert acts and not any(past for _, _, past in acts)


def test_a_past_actor_right_before_its_act_is_still_recalled():
    acts = _acts("Successive US administrations have made clear commitments.", "US", "CN")
    assert acts and all(past for _, _, past in acts)


@pytest.mark.parametrize("text, side, cp", [
    ("Previous administrations of the United States have made clear commitments.", "US", "CN"),
    ("Лавров напомнил, что предыдущие администрации США взяли на себя обязательство не расширять НАТО.", "RU", "US"),
    ("王毅表示，美国历届政府对此都作出过明确承诺。", "CN", "US"),
])
def test_the_side_a_past_actor_is_of_is_no_other_actor(text, side, cp):
    acts = [a for a in _acts(text, side, cp) if a[0] == "agreed"]
    assert acts and all(past for _, _, past in acts)


# -- 不可 as a prohibition (refrain60): not inside a word of its own ----------------------------------------
# "不可" before a verb forbids it ("美方不可干涉": must not interfere, a demand); "不可否认" (undeniable),
# "不可动摇" (unshakeable), "不可阻挡" (unstoppable) are words that say what cannot be, as "不可能" and
# "不可避免" are (not_obligations): "美方不可否认这一事实" says the US cannot deny a fact, no demand.
@pytest.mark.parametrize("text", ["王毅表示，美方不可否认这一事实。", "王毅表示，美方不可阻挡这一潮流。",
                                  "王毅表示，美方不可动摇中方的决心。"])
def test_a_word_of_bu_ke_is_no_prohibition(text):
    assert not [a for a in _acts(text, "CN", "US") if a[0] == "demanded"]


def test_bu_ke_before_a_verb_is_still_a_prohibition():
    assert [a for a in _acts("王毅表示，美方不可干涉中国内政。", "CN", "US") if a[0] == "demanded"]


# -- files: a file named by its language is told the name to use (api60) ----------------------------------
# The hint names the file as it should be: the language code replaced by the side code, whatever trails
# the code (a separator the name convention reads past, as :func:`readouts.files._default_side` does).
@pytest.mark.parametrize("name, fixed", [("2021-11-15-zh.txt", "2021-11-15-cn.txt"),
                                         ("2021-11-15-zh_.txt", "2021-11-15-cn.txt")])
def test_a_language_named_file_is_told_the_name_to_use(name, fixed):
    from pathlib import Path

    from readouts.files import _language_named

    hint = _language_named(Path(name))
    assert "'zh' is a language code" in hint and hint.endswith(f"{fixed})")


# -- third parties (recall60): a Chinese compound of two short names names both --------------------------
# "俄乌冲突" (the Russia-Ukraine conflict), "中俄关系" (China-Russia relations) name Russia and Ukraine, China
# and Russia, as "the Russia-Ukraine conflict" and "российско-украинский" do; the cues read such a compound
# as no actor (it qualifies the noun after it), so the third-party rule said the Chinese point lacked them.
@pytest.mark.parametrize("a, b", [
    ("Biden raised Russia's war against Ukraine.", "习近平谈到俄乌冲突。"),
    ("Biden raised relations between China and Russia.", "习近平谈到中俄关系。"),
])
def test_a_chinese_compound_of_short_names_names_its_third_parties(a, b):
    from conftest import hand_comparison

    from readouts.flags import find_flags

    c = hand_comparison([a], [b], [((0,), (0,))], a_side="US", b_side="CN", a_lang="en", b_lang="zh")
    assert not [f for f in find_flags(c) if f.kind == "detail_mismatch"]


def test_a_third_party_the_chinese_point_does_not_name_is_still_a_detail():
    from conftest import hand_comparison

    from readouts.flags import find_flags

    c = hand_comparison(["Biden raised Russia's war against Ukraine."], ["习近平谈到中美关系。"], [((0,), (0,))],
                        a_side="US", b_side="CN", a_lang="en", b_lang="zh")
    assert [[s.text for s in f.evidence] for f in find_flags(c) if f.kind == "detail_mismatch"] == [["Russia", "Ukraine"]]
