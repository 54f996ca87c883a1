"""Flags as an analyst reads them on predicted comparisons of sampled corpus calls (round 53)."""
from conftest import hand_comparison

from readouts.flags import find_flags

from helpers import coverage_of as coverage


def topic_names(f):
    """The topic names a coverage flag gives (its opening's and its list's), each split into its terms."""
    return {t for name in f.explanation.split("'")[1::2] for t in name.split(" / ")}


# -- coverage: each readout's topics in its own words --------------------------------------------
def test_a_shared_topic_is_named_in_each_readouts_own_words():
    # one topic (the link joins the points): CN's flag named it by US's "relationship" ('implementing agreed
    # understandings / bilateral relations'), not by its own "San Francisco"
    c = hand_comparison(["Sullivan met Wang Yi in Bangkok.",
                         "Sullivan said the meeting followed up the Woodside summit and kept the relationship steady."],
                        ["Wang Yi met Sullivan in Bangkok.",
                         "Wang said the two sides should carry out the understandings reached in San Francisco."],
                        [((0,), (0,)), ((1,), (1,))], b_side="CN")
    flags = find_flags(c)
    assert "San Francisco" in topic_names(coverage(flags, "b"))
    assert "bilateral relations" not in topic_names(coverage(flags, "b"))
    assert "San Francisco" not in topic_names(coverage(flags, "a"))


def test_a_cross_lingual_topic_is_not_named_in_the_other_readouts_language():
    # "CN opens with 'China / altitude'" for "双方讨论了如何冷静、专业地处理个别意外事件"
    c = hand_comparison(["Blinken spoke with Wang Yi.",
                         "Blinken said a high-altitude surveillance balloon had entered US airspace."],
                        ["王毅同布林肯通电话。", "双方讨论了如何冷静、专业地处理个别意外事件。"],
                        [((0,), (0,)), ((1,), (1,))], b_side="CN", b_lang="zh")
    flags = find_flags(c)
    assert not {"altitude", "surveillance", "balloon", "airspace"} & topic_names(coverage(flags, "b"))
    # its own word, in its own flag (in a part with the word beside it, 'altitude surveillance', since topics57b)
    assert any("altitude" in t.split() for t in topic_names(coverage(flags, "a")))


# -- coverage: no topic named by a filler word ---------------------------------------------------
def test_no_topic_is_named_by_a_word_that_says_how_or_when():
    # 'development / cannot', 'prisoners and detainees / contrast', 'reporters / spoken'
    c = hand_comparison(["Sullivan met Wang Yi in Malta.", "Sullivan raised export controls."],
                        ["Wang Yi met Sullivan in Malta.",
                         "Wang said China's development cannot be held back.",
                         "He added that the right to development cannot be taken away.",
                         "By contrast, he said, hostages were held as human shields.",
                         "Ushakov told reporters that Putin had spoken by telephone with Trump about Gaza."],
                        [((0,), (0,))], b_side="CN")
    names = topic_names(coverage(find_flags(c), "b"))
    assert not {"cannot", "contrast", "reporters", "spoken"} & names, names


def test_no_russian_or_chinese_topic_is_named_by_a_filler_word():
    # 'relations / тему', 'вопросы / обмена', 'работы / одним'; '如何 / 冷静' (how / calmly), '任何 / 根据'
    c = hand_comparison(["Trump spoke with Putin."],
                        ["Путин провёл разговор с Трампом.",
                         "Лидеры затронули вопросы, касающиеся обмена гражданами.",
                         "Путин солидаризировался с одним из доводов о совместной работе и затронул эту тему."],
                        [((0,), (0,))], b_lang="ru")
    names = topic_names(coverage(find_flags(c), "b"))
    assert not {"вопросы", "тему", "одним"} & names, names
    c = hand_comparison(["Blinken spoke with Wang Yi."],
                        ["王毅同布林肯通电话。", "双方讨论了如何冷静、专业地处理个别意外事件。",
                         "中方根据国际法处理，不接受任何无端臆测。"],
                        [((0,), (0,))], b_side="CN", b_lang="zh")
    names = topic_names(coverage(find_flags(c), "b"))
    assert not {"如何", "任何", "根据"} & names, names


# -- strength_shift: whose weaker act ---------------------------------------------------------------
def test_a_strength_shift_names_the_speaker_of_a_weaker_act_of_both_sides():
    # "CN reports the stronger act ("stressed"); US has only "talked about"" read as if the US readout had no
    # stronger act, where Sullivan "stressed" beside it: its "talked about" is the two sides', Wang's among them
    c = hand_comparison(["They talked about cross-Strait issues, and Sullivan stressed the importance of peace "
                         "across the Taiwan Strait."],
                        ["Wang stressed that the Taiwan question is China's internal affair."],
                        [((0,), (0,))], b_side="CN")
    (f,) = [f for f in find_flags(c) if f.kind == "strength_shift"]
    assert f.side == "b" and '"talked about" (by both sides, strength 0)' in f.explanation, f.explanation


def test_a_strength_shift_between_acts_of_one_speaker_names_no_second_speaker():
    # (round 59: "Blinken said Russia should pull back" is his urging, strength 3, no weaker act than "demanded"
    # by two grades; with "should" laid on no one the report is his "said" alone)
    c = hand_comparison(["Blinken said the troops should pull back."],
                        ["Blinken demanded that Russia pull back its troops."], [((0,), (0,))])
    (f,) = [f for f in find_flags(c) if f.kind == "strength_shift"]
    assert f.explanation == 'RU reports the stronger act by US ("demanded", strength 4); US has only "said" (strength 1).'



# -- attribution_shift: a speaker quoted from a point outside the link -----------------------------
def test_an_attribution_shift_says_whose_speaker_it_quotes_from_outside_the_link():
    # the evidence "CN[0] "Wang"" stood for CN's linked point 1, which goes on with Wang's words: the
    # explanation named no point 0 ("Each readout credits its own side: US credits US; CN credits CN.")
    c = hand_comparison(["Blinken said the US would keep competing responsibly."],
                        ["Wang said China opposes defining relations by competition.",
                         "Competition should mean learning from each other."],
                        [((0,), (1,))], b_side="CN")
    (f,) = [f for f in find_flags(c) if f.kind == "attribution_shift"]
    assert [(s.side, s.point, s.text) for s in f.evidence] == [("a", 0, "Blinken"), ("b", 0, "Wang")]
    assert f.explanation.endswith("(CN's point 1 goes on with the speaker of its point 0)."), f.explanation
