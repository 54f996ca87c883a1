"""Cue fixes of the fifty-third round: "the Strait" alone is the Taiwan Strait where the other side
names Taiwan (a lexicon ``same_entities`` name of whole words, "Strait="; and the Russian
``english_names`` Taiwan pair); the Russian grain deal is the English Black Sea Initiative (an
``english_names`` pair); the pronoun of what one is thanked for is the one thanked; an actor denied
the standing to act ("is in no position to", "无权") is spoken of (``no_standing``); a declaration's
name is quoted with its region ("... in the South China Sea", ``document_heads``)."""
import pytest

from readouts.cues import compare_cues, point_cues


def en(text, side="US", other="CN"):
    return point_cues(text, side=side, language="en", counterpart_side=other)


def _extra(mine, theirs):
    s = compare_cues([en(mine)], [en(theirs, side="CN", other="US")], [0], [0])
    return [c.text for _, c in s.extra_details_a], [c.text for _, c in s.extra_details_b]


@pytest.mark.parametrize("mine,theirs", [
    ("He stressed peace and stability across the Strait.", "Wang said Taiwan is part of China."),
    ("He hoped for a settlement acceptable to both sides of the Strait.", "Wang set out China's position on Taiwan."),
])
def test_the_strait_alone_is_the_taiwan_strait_where_the_other_side_names_taiwan(mine, theirs):
    assert _extra(mine, theirs) == ([], [])


def test_taiwan_is_there_where_the_other_side_says_the_strait():
    assert _extra("Wang said Taiwan is part of China.", "He stressed peace and stability across the Strait.") \
        == ([], [])


@pytest.mark.parametrize("mine,theirs,extra", [
    # another strait, or a word the stem opens, is no Taiwan Strait
    ("He raised shipping through the Strait of Hormuz.", "Wang said Taiwan is part of China.",
     ["Strait of Hormuz"]),
    ("He raised the Kerch Strait.", "Wang said Taiwan is part of China.", ["Kerch Strait"]),
    ("Wang said Taiwan is part of China.", "He raised shipping through the Strait of Hormuz.", ["Taiwan"]),
    ("Wang said Taiwan is part of China.", "He stressed strategic stability.", ["Taiwan"]),
])
def test_another_strait_is_not_taiwan(mine, theirs, extra):
    assert _extra(mine, theirs)[0] == extra


def _cross(english, russian):
    a = point_cues(english, side="TR", language="en", counterpart_side="RU")
    b = point_cues(russian, side="RU", language="ru", counterpart_side="TR")
    s = compare_cues([a], [b], [0], [0])
    return [c.text for _, c in s.extra_details_a], [c.text for _, c in s.extra_details_b]


@pytest.mark.parametrize("english,russian", [
    # the grain deal in Russian is the English Black Sea Initiative, grain deal or grain corridor
    ("Erdogan said the Black Sea Initiative should go on.", "Путин напомнил о причинах выхода из зерновой сделки."),
    ("Erdogan said the Black Sea Grain Initiative should go on.", "Путин напомнил о черноморской зерновой инициативе."),
    ("Erdogan said the grain deal should go on.", "Путин напомнил о причинах выхода из зерновой сделки."),
])
def test_the_grain_deal_in_russian_is_the_black_sea_initiative(english, russian):
    assert _cross(english, russian) == ([], [])


def test_the_black_sea_alone_is_still_no_grain_deal():
    # the Black Sea of the initiative's name is no Black Sea of its own; the sea itself still is one
    assert _cross("Erdogan raised the situation in the Black Sea.", "Путин напомнил о зерновой сделке.") \
        == (["Black Sea"], ["зерновой сделке"])
    assert _cross("Erdogan said the Black Sea Initiative should go on.", "Путин говорил о Чёрном море.") \
        == (["Black Sea Initiative"], [])


def _acts(text, language, people):
    c = point_cues(text, side="RU", language=language, counterpart_side="TR", participants=list(people))
    return [(a.text, a.speaker, a.past) for a in c.acts]


_RU = ("Владимир Путин", "Реджеп Тайип Эрдоган")
_EN = ("Vladimir Putin", "Recep Tayyip Erdogan")


@pytest.mark.parametrize("text,language,people,acts", [
    # the pronoun after "за то, что" is the one thanked, who did it before the thanks
    ("Путин поблагодарил Эрдогана за то, что он принял приглашение.", "ru", _RU,
     [("поблагодарил", "own", False), ("принял", "counterpart", True)]),
    ("Путин поблагодарил Эрдогана за то, что он принял приглашение, и подчеркнул важность диалога.", "ru", _RU,
     [("поблагодарил", "own", False), ("принял", "counterpart", True), ("подчеркнул", "own", False)]),
    # ... and so in English "for the fact that he"
    ("Putin thanked Erdogan for the fact that he had accepted the invitation.", "en", _EN,
     [("thanked", "own", False), ("accepted", "counterpart", True)]),
])
def test_the_pronoun_of_what_one_is_thanked_for_is_the_one_thanked(text, language, people, acts):
    assert _acts(text, language, people) == acts


def test_with_no_actor_thanked_the_pronoun_is_still_the_speaker():
    # "его", a pronoun, names no side: "он" goes on with the speaker, as before
    assert _acts("Путин поблагодарил его за то, что он принял приглашение.", "ru", _RU)[1][1] == "own"


def test_an_act_after_the_thanks_clause_and_a_comma_and_is_of_the_call():
    # ", и подчеркнул" opens a clause of its own: Putin's emphasis in the call, not what he thanks for
    acts = _acts("Путин поблагодарил Эрдогана за то, что он принял приглашение, и подчеркнул важность диалога.",
                 "ru", _RU)
    assert acts[-1] == ("подчеркнул", "own", False)


@pytest.mark.parametrize("text,language", [
    # a phrase that denies the actor the standing to act is another's judgement of it, with no
    # "therefore" too: the point goes on with whoever spoke before
    ("The US is in no position to smear China.", "en"),
    ("The US has no right to interfere in China's internal affairs.", "en"),
    ("美方无权干涉中国内政。", "zh"),
    ("США не вправе обвинять Китай.", "ru"),
])
def test_an_actor_denied_the_standing_to_act_is_spoken_of(text, language):
    c = point_cues(text, side="CN", language=language, counterpart_side="US", previous_speaker=("own", "CN"))
    assert (c.speaker, c.speaker_side) == ("own", "CN")


def test_an_actor_with_the_standing_to_act_still_speaks():
    c = point_cues("The US is in a position to help.", side="CN", language="en", counterpart_side="US",
                   previous_speaker=("own", "CN"))
    assert c.speaker == "counterpart"


def _quoted(text):
    from readouts.cues import name_evidence_end
    pc = point_cues(text, side="CN", language="en", counterpart_side="US")
    return [pc.text[e.start:name_evidence_end(pc, e)] for e in pc.entities]


def test_a_declarations_name_is_quoted_with_its_region():
    assert _quoted("China upholds the Declaration on the Conduct of Parties in the South China Sea.") \
        == ["Declaration on the Conduct of Parties in the South China Sea"]


@pytest.mark.parametrize("text,quoted", [
    # not a meeting's place, nor a place that ends in no region noun, nor a name not joined over "on"
    ("They will attend the Summit in Beijing.", ["Summit"]),
    ("Leaders met at the Summit on Climate in the Arctic Region.", ["Summit on Climate", "Arctic Region"]),
    ("They signed the Treaty on Good-Neighbourliness in the Kremlin.", ["Treaty on Good-Neighbourliness"]),
    ("He cited the Convention on International Civil Aviation in the talks.",
     ["Convention on International Civil Aviation"]),
])
def test_only_a_documents_region_joins_its_name(text, quoted):
    assert _quoted(text) == quoted


def test_the_region_is_no_sign_that_the_other_side_names_the_declaration():
    # the name compared stays the one before "in": the South China Sea on the other side is no declaration
    s = compare_cues([point_cues("China upholds the Declaration on the Conduct of Parties in the South China Sea.",
                                 side="CN", language="en", counterpart_side="US")],
                     [en("He raised PRC actions in the South China Sea.")], [0], [0])
    assert [c.text for _, c in s.extra_details_a] == ["Declaration on the Conduct of Parties"]


def test_the_strait_alone_is_the_russian_taiwan_strait():
    a = point_cues("He stressed peace and stability across the Strait.", side="US", language="en",
                   counterpart_side="RU")
    b = point_cues("Лавров напомнил о ситуации в Тайваньском проливе.", side="RU", language="ru",
                   counterpart_side="US")
    s = compare_cues([a], [b], [0], [0])
    assert not s.extra_details_a and not s.extra_details_b
