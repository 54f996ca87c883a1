"""What reads a point as the frame of the call (``PointCues.call_frame``) and what the coverage flag
leaves out as a readout's opening frame: the same construction in English, Russian and Chinese."""
import pytest

from readouts.cues import point_cues


def frame(text, language, side, counterpart, participants=()):
    return point_cues(text, side=side, language=language, counterpart_side=counterpart,
                      participants=list(participants)).call_frame


@pytest.mark.parametrize("text, language, side, counterpart, want", [
    # a call phrase that qualifies a noun after it names a meeting held before: its consensus, its
    # spirit, its mechanism, the time since it
    ("王毅说,印度边防部队违背了双方军长级会晤所形成的共识。", "zh", "CN", "IN", False),
    ("双方同意共同遵守军长级会晤达成的共识。", "zh", "CN", "IN", False),
    ("双方同意按照两国元首通话精神采取行动。", "zh", "CN", "US", False),
    ("双方应利用边界问题特别代表会晤机制加强沟通。", "zh", "CN", "IN", False),
    ("习近平指出,自两人首次视频会晤以来,国际形势出现重大新变化。", "zh", "CN", "US", False),
    ("双方同意落实两国元首在巴厘岛会晤中达成的重要共识。", "zh", "CN", "US", False),
    # the call itself still frames
    ("国家主席习近平同美国总统拜登通电话。", "zh", "CN", "US", True),
    ("此次通话被评价为务实、积极。", "zh", "CN", "US", True),
    ("王毅在维也纳同沙利文举行会晤。", "zh", "CN", "US", True),
    # a moment of the call times what was said in it: content, no frame
    ("Путин начал разговор с того, что поздравил Трампа с успехом.", "ru", "RU", "US", False),
    ("В завершение телефонного разговора Путин поблагодарил Трампа.", "ru", "RU", "US", False),
    ("At the end of the phone call, Biden thanked Xi for his time.", "en", "US", "CN", False),
    ("Путин провёл телефонный разговор с Трампом.", "ru", "RU", "US", True),
    ("Разговор был продолжительным и содержательным.", "ru", "RU", "US", True),
    ("President Biden held a phone call with President Xi.", "en", "US", "CN", True),
])
def test_a_call_mentioned_is_no_frame(text, language, side, counterpart, want):
    assert frame(text, language, side, counterpart) is want


@pytest.mark.parametrize("text, side, counterpart", [
    # what the Chinese readout says with "举行会晤", "举行新一轮战略沟通", the English one says with "held"
    ("National Security Advisor Jake Sullivan held a meeting in Vienna with Wang Yi, a member of the Politburo.",
     "US", "CN"),
    ("Wang Yi, Member of the Political Bureau of the CPC Central Committee, held a meeting in Vienna, Austria, "
     "with US National Security Advisor Jake Sullivan.", "CN", "US"),
    ("Wang Yi, Member of the Political Bureau of the CPC Central Committee, held a new round of strategic "
     "communication with US National Security Advisor Jake Sullivan in Beijing.", "CN", "US"),
    ("Wang Yi held a new round of meetings with Jake Sullivan in Bangkok.", "CN", "US"),
    # the participles of "spoke by telephone", "took place", as "провёл телефонный разговор", "состоялся"
    ("Ushakov told reporters that Putin had spoken by telephone with US President Donald Trump that afternoon.",
     "RU", "US"),
    ("Answering questions, Ushakov said the call had taken place at the Russian side's initiative.", "RU", "US"),
])
def test_english_held_a_meeting_and_participles_frame_the_call(text, side, counterpart):
    assert frame(text, "en", side, counterpart)


@pytest.mark.parametrize("text, side, counterpart, want", [
    # the call's own tone or length, as "此次通话被评价为务实", "Разговор был продолжительным" read
    ("The call was described as pragmatic, positive and constructive.", "CN", "US", True),
    ("The conversation was long, close to two and a half hours, and very substantive.", "RU", "US", True),
    ("Overall, the conversation was described as frank and businesslike.", "RU", "US", True),
    ("The talks were constructive.", "CN", "US", True),
    # the conversation qualifying a noun: what it was about is a topic
    ("The main item of the conversation was the crisis in Ukraine.", "RU", "US", False),
])
def test_the_calls_own_tone_frames_it_in_english(text, side, counterpart, want):
    assert frame(text, "en", side, counterpart) is want


def test_frames_after_a_point_that_leads_in_lead_in_too():
    # "The two sides exchanged views" leads in (linked to the other readout's frame alone, no act of
    # strength); the frame after it ("The meeting was described as constructive") is no topic either
    from conftest import hand_comparison

    from readouts.cues import pair_cues
    from readouts.flags import _lead_ins
    c = hand_comparison(["Sullivan met Yang Jiechi in Zurich.", "Sullivan raised Taiwan."],
                        ["Yang Jiechi met Sullivan in Zurich.",
                         "The two sides exchanged views on relations between China and the US.",
                         "The meeting was described as constructive.", "Yang said Taiwan belongs to China."],
                        [((0,), (0, 1)), ((1,), (3,))], a_side="US", b_side="CN", label="equivalent")
    ca, cb = pair_cues(c.a, c.b)
    assert [p.call_frame for p in cb] == [True, False, True, False]
    assert _lead_ins(c, ca, cb) == {"a": 1, "b": 3}


@pytest.mark.parametrize("text, side, counterpart, want", [
    # a greeting of the guest frames the meeting, as "Путин приветствовал Эрдогана в Сочи" does
    ("Putin welcomed Erdoğan to Sochi, noting that this was their first meeting since the elections.",
     "RU", "TR", True),
    ("Putin welcomed Erdoğan to Russia, addressing him as his dear friend.", "RU", "TR", True),
    ("Xi welcomed Biden.", "CN", "US", True),
    # an invitation, a thing welcomed, two actors welcoming together: no greeting of a guest
    ("Xi welcomed Trump to visit China again, and Trump thanked him.", "CN", "US", False),
    ("Sullivan and Wang welcomed advances in counternarcotics cooperation.", "US", "CN", False),
    ("Putin welcomed Erdoğan's decision to extend the grain deal.", "RU", "TR", False),
    # a phrase set off by commas between the first actor and the meeting verb that says what brought them together
    ("President Recep Tayyip Erdoğan, on a working visit to Russia, met Russian President Vladimir Putin in Sochi.",
     "TR", "RU", True),
])
def test_greetings_and_set_off_phrases_in_meeting_frames(text, side, counterpart, want):
    assert frame(text, "en", side, counterpart) is want


def test_the_guest_greeted_is_no_act():
    c = point_cues("Putin welcomed Erdoğan to Sochi, noting that trade had grown.", side="RU", language="en",
                   counterpart_side="TR")
    assert "welcomed" not in [a.text for a in c.acts] and [n.text for n in c.named_acts] == ["welcomed"]


def test_a_set_off_phrase_before_a_russian_meeting_verb():
    assert frame("Путин, находящийся с рабочим визитом в Турции, принял Эрдогана.", "ru", "RU", "TR")
    # a phrase that says nothing of the visit still breaks the frame
    assert not frame("Xi Jinping, after a long delay, met Modi in Kazan.", "en", "CN", "IN")
