"""Round 59 (second pass), speech-act and speaker readings made to agree across languages, with the
cross-lingual twins of the corpus as the oracle (benchmarks/twin_cues.py): a Russian or Chinese point
and its English rendering say the same thing, so where their cues differ the reading of one language
is wrong. Each rule here is the one judged right in all three languages, never a language made to read
worse to match its twin."""
import pytest
from conftest import hand_comparison

from readouts.cues import point_cues
from readouts.flags import find_flags

from helpers import acts_speaker as _acts


from helpers import twin_en as _en, twin_ru as _ru, twin_zh as _zh


# --- 1. a stated view is a statement, as "认为" is -----------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("The two presidents judged the video call constructive.", "both"),
    ("The two presidents felt the call was candid and in-depth.", "both"),
    ("Both sides considered the meeting positive, pragmatic and constructive.", "both"),
    ("Both sides considered this principled consensus highly significant.", "both"),
    ("Both sides regarded the meeting as constructive.", "both"),
    ("The two leaders considered it necessary to widen common ground.", "both"),
    ("Xi believes that the two countries should respect each other.", "own"),
    ("Biden believed it had gone very well.", "counterpart"),
    ("Xi considers that the divisions have hurt the people.", "own"),
])
def test_a_stated_view_is_a_statement(text, speaker):
    assert _acts(_en(text)) == [("stated", speaker)]


def test_a_view_is_a_statement_in_all_three_languages():
    # the twins: 认为, считает and "considered" / "regards ... as" state a view, as "said" does
    assert _acts(_zh("两国元首认为此次视频通话具有建设性。")) == [("stated", "both")]
    assert _acts(_ru("Стороны считают, что диалог важен.")) == [("stated", "both")]
    assert _acts(_ru("Лавров счёл эти шаги полезными.")) == [("stated", "own")]
    assert _acts(_ru("Минские соглашения, которые Москва считает единственной основой урегулирования.")) \
        == [("stated", "own")]
    assert _acts(_en("The Minsk agreements, which Moscow regards as the only basis for a settlement.", "RU")) \
        == [("stated", "own")]


@pytest.mark.parametrize("text", [
    "The issue was considered.",                            # a passive names no one holding a view
    "It is widely regarded as a turning point.",
    "China should not be judged by holding up the course America has taken as a mirror.",
    "Russia is ready to consider reviving the deal.",       # to consider: to weigh, no view held
    "He considered a visit to Moscow.",
    "The two leaders will consider the proposal.",
    "Putin used the motto 'common sense', in which both strongly believe.",   # to believe in
    "Turkey feels entirely confident in this respect.",     # a feeling, no view of a thing
    "Both sides regard the matter with concern.",
    "With regard to Ukraine, the situation is tense.",
])
def test_what_holds_no_view_is_no_statement(text):
    assert "stated" not in [a.name for a in _en(text).acts]


@pytest.mark.parametrize("text", [
    "He said he believed results were possible.",       # what he said: no second act
    "Trump said he had finished the call and believed it had gone very well.",
    "He said he was disappointed because he did not believe Putin was serious.",   # a negated view
])
def test_a_view_a_saying_reports_or_negated_is_no_act_of_its_own(text):
    assert [a.text for a in _en(text, "US", "RU").acts] == ["said"]


def test_a_view_of_the_talk_is_borne_out_by_a_linked_rating_of_it():
    # "Both sides considered the meeting positive, pragmatic and constructive" against "The talks were
    # constructive and pragmatic": both readouts rate the talk (the tone flag weighs how), no claim goes
    # unconfirmed; a view of anything else still does
    for zh in ("双方认为此次会晤积极、务实、富有建设性。", None):
        b = [zh] if zh else ["Both sides considered the meeting positive, pragmatic and constructive."]
        c = hand_comparison(["The talks were constructive and pragmatic."], b, [((0,), (0,))],
                            a_side="US", b_side="CN", b_lang="zh" if zh else "en")
        assert not [f for f in find_flags(c) if f.kind == "unconfirmed_claim"]
    c = hand_comparison(["The talks were constructive and pragmatic."],
                        ["Both sides considered the tariffs harmful and dangerous."], [((0,), (0,))],
                        a_side="US", b_side="CN")
    assert [f.side for f in find_flags(c) if f.kind == "unconfirmed_claim"] == ["b"]


# --- 2. "it" refers back to the side named as a subject before it ------------------------------------

def test_it_after_a_side_is_that_side_acting():
    text = ("Biden restated that the US is not seeking a new Cold War with China, that its alliances are not "
            "aimed at China, that it does not support 'Taiwan independence'.")
    acts = [(a.name, a.speaker, a.effective_polarity) for a in _en(text).acts]
    assert ("supported", "counterpart", -1) in acts
    # whoever reports it: the refusal is the US's, its subject "it"
    text = "Wang said that the US is not seeking a new Cold War and that it does not support 'Taiwan independence'."
    assert ("supported", "counterpart", -1) in [(a.name, a.speaker, a.effective_polarity) for a in _en(text).acts]
    # as the Chinese twin, whose second clause drops its subject
    zh = _zh("拜登再次表示，美国不谋求同中国进行“新冷战”，不支持“台独”。")
    assert ("supported", "counterpart", -1) in [(a.name, a.speaker, a.effective_polarity) for a in zh.acts]


@pytest.mark.parametrize("text", [
    "It was agreed that the talks would continue.",                       # no side before it
    "Wang said the proposal is useful and that it would support growth.",   # "the proposal": no actor
    "The US should state plainly that it opposes 'Taiwan independence'.",   # the US is told, no speaker
])
def test_it_with_no_side_subject_before_it_is_nobody(text):
    assert all(m.text != "it" for m in _en(text).mentions)


# --- 3. "told X to do Y" is a directive ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Minister told the Secretary of State to drop speculation about an imminent invasion.",
    "Lavrov told US Secretary of State Blinken not to interfere.",
    "Putin told his counterpart to withdraw the troops.",
])
def test_telling_the_other_side_to_do_something_urges_it(text):
    assert [(a.name, a.speaker) for a in _en(text, "RU").acts] == [("urged", "own")]
    # as its twins
    assert _acts(_ru("Министр призвал Госсекретаря отказаться от спекуляций.")) == [("urged", "own")]
    assert [a.name for a in _zh("王毅敦促美方停止炒作。").acts] == ["urged"]


def test_telling_ones_own_teams_to_do_something_instructs_them():
    acts = _en("The two presidents told their teams to follow up promptly.").acts
    assert [(a.name, a.speaker, a.commits) for a in acts] == [("agreed", "both", True)]
    # as "instructed", 责成 and "поручили"
    assert _acts(_en("The two presidents instructed their teams to follow up promptly.")) == [("agreed", "both")]
    assert _acts(_zh("两国元首责成双方工作团队及时跟进。")) == [("agreed", "both")]
    assert [a.name for a in _ru("Президенты поручили своим командам продолжить работу.").acts] == ["agreed"]


@pytest.mark.parametrize("text", [
    "Putin told Erdogan he was very pleased to see him.",
    "Putin told Macron that Russia would allow the inspection.",
    "Putin told reporters to expect news soon.",
])
def test_telling_with_no_directive_stays_a_statement(text):
    assert [a.name for a in _en(text, "RU").acts][:1] == ["stated"]


# --- 4. a talk agreed on is a talk to be held, modal ---------------------------------------------------

@pytest.mark.parametrize("reading", [
    lambda: _en("The two sides agreed to keep discussing where the line lies."),
    lambda: _en("The two presidents agreed to discuss a date for a meeting."),
    lambda: _en("It was agreed to continue discussing these matters."),
    lambda: _ru("Стороны договорились обсудить этот вопрос."),
    lambda: _zh("双方同意就国家安全与经济活动之间的界限继续进行讨论。"),
])
def test_a_talk_agreed_on_is_modal(reading):
    acts = reading().acts
    assert [(a.name, a.modal) for a in acts] == [("agreed", False), ("discussed", True)]


def test_a_talk_held_beside_an_agreement_is_no_modal():
    for cues in (_en("The two sides agreed and discussed the issue."),
                 _ru("Стороны договорились и обсудили этот вопрос.")):
        assert [(a.name, a.modal) for a in cues.acts] == [("agreed", False), ("discussed", False)]


# --- 5. a statement in the passive, no one named, goes on with the speaker before it ------------------

@pytest.mark.parametrize("reading", [
    lambda prev: _ru("Подчеркнута важность поддержания тесной координации в рамках международных организаций.", prev),
    lambda prev: _ru("Подтверждена заинтересованность в продолжении совместной работы.", prev),
    lambda prev: _ru("Отмечено, что спецоперация идет по плану.", prev),
    lambda prev: _ru("Вместе с тем обращено внимание на бесперспективность любых попыток.", prev),
    lambda prev: _en("It was emphasised that the special operation is going according to plan.", "RU", "TR", prev),
    lambda prev: _en("Attention was drawn to the futility of any attempt to drag out the talks.", "RU", "TR", prev),
])
@pytest.mark.parametrize("previous", [("both", "both"), ("own", "RU")])
def test_an_impersonal_passive_statement_goes_on_with_the_speaker_before(reading, previous):
    # "They stressed the importance ..." after "The sides discussed ..."; Putin after "Putin informed ...",
    # as a Chinese point that drops its subject goes on with the speaker before it
    cues = reading(previous)
    assert (cues.speaker, [a.speaker for a in cues.acts]) == (previous[0], [previous[0]])
    assert _acts(_zh("强调维护台海和平稳定的重要性。", ("own", "CN"))) == [("stressed", "own")]


def test_an_impersonal_passive_with_no_speaker_before_names_no_one():
    assert _ru("Подчеркнута важность координации.").speaker == "unspecified"
    assert _en("It was stressed that dialogue matters.", "RU", "TR").speaker == "unspecified"


@pytest.mark.parametrize("text,sides,previous", [
    # the other side's words a readout credits by name, not in the passive
    ("It was noted that the two leaders had agreed in Kazan on the way forward.", ("IN", "CN"), ("counterpart", "CN")),
    # one side's doing is no joint emphasis
    ("It was stressed that Russia has always met its obligations in the energy sector.", ("RU", "DE"),
     ("both", "both")),
    # the press told: no act of the call
    ("The media will be told the timing of the meeting.", ("US", "CN"), ("both", "both")),
    # an addressee named before the passive
    ("Blinken was told about the details of the package.", ("RU", "US"), ("own", "RU")),
])
def test_an_impersonal_passive_that_is_not_the_speakers_goes_on_with_no_one(text, sides, previous):
    assert _en(text, *sides, previous).speaker != previous[0]


def test_an_impersonal_passive_after_a_call_frame_names_no_one():
    # the call frame names Putin as the one who called, no words of his the passive goes on with;
    # after a point in which the sides spoke, it goes on with them
    from readouts import Readout
    from readouts.cues import readout_cues

    def speakers(text):
        cues = readout_cues(Readout.from_text(text, side="RU", language="ru"), counterpart_side="TR")
        return [c.speaker for c in cues]

    assert speakers("Путин провёл телефонный разговор с Эрдоганом. Подчеркнута важность координации.")[1] \
        == "unspecified"
    assert speakers("Стороны детально обсудили торговлю. Подчеркнута важность координации.") == ["both", "both"]


# --- 6. actors told what to do are no speakers: whoever spoke before says it ---------------------------

@pytest.mark.parametrize("text", [
    "As the two largest economies and permanent members of the UN Security Council, China and the US should "
    "step up communication and cooperation.",
    "In line with the important consensus of the two countries' leaders, the two sides should step up "
    "communication and coordination.",
    "The US and NATO should also talk with Russia to address the causes of the crisis.",
    "China and the US should steer their relations along the right track.",
])
def test_a_point_laying_should_on_actors_goes_on_with_the_speaker_before(text):
    assert _en(text, previous=("own", "CN")).speaker == "own"
    # as the Chinese twins, whose actors are told (中美……应当, 双方应, 美国和北约也应)
    for zh in ("中美作为世界前两大经济体，应当加强沟通与合作。", "双方应遵循两国领导人的重要共识，加强沟通协调。",
               "美国和北约也应与俄罗斯对话。"):
        assert _zh(zh, ("own", "CN")).speaker == "own"


def test_actors_that_act_are_still_speakers():
    assert _en("As the two largest economies, China and the US agreed to step up cooperation.",
               previous=("own", "CN")).speaker == "both"
    assert _en("In Beijing, the US and NATO discussed the crisis.", previous=("own", "CN")).speaker != "own"


# --- 7. a call or meeting frame is its first-named participant's --------------------------------------

RU_CALL = dict(side="RU", counterpart_side="TR", participants=["Vladimir Putin (President of Russia)",
                                                                "Recep Tayyip Erdogan (President of Turkey)"])
US_RU_CALL = dict(side="RU", counterpart_side="US", participants=["Vladimir Putin", "Joseph Biden"])
CN_CALL = dict(side="CN", counterpart_side="US", participants=["Yang Jiechi", "Jake Sullivan", "Xi Jinping",
                                                                "Joe Biden"])


@pytest.mark.parametrize("text,language,kw", [
    ("Vladimir Putin and President of Türkiye Recep Tayyip Erdogan held a telephone conversation.", "en", RU_CALL),
    ("Состоялся телефонный разговор Владимира Путина с Президентом Турецкой Республики Реджепом Тайипом Эрдоганом.",
     "ru", RU_CALL),
    ("On Tuesday a telephone conversation, initiated by the United States, took place between Vladimir Putin and "
     "Joseph Biden.", "en", US_RU_CALL),
    ("Во вторник по инициативе Вашингтона Владимир Путин и Джозеф Байден провели телефонный разговор.", "ru", US_RU_CALL),
    ("On the afternoon of 14 November, local time, President Xi Jinping met US President Joe Biden in Bali.", "en",
     CN_CALL),
    ("当地时间2021年10月6日，中共中央政治局委员、中央外事工作委员会办公室主任杨洁篪在瑞士苏黎世会见美国总统国家安全事务助理沙利文。",
     "zh", CN_CALL),
    ("2021年2月6日，中共中央政治局委员、中央外事工作委员会办公室主任杨洁篪应美国国务卿布林肯的约请，与其通了电话。", "zh", CN_CALL),
])
def test_a_call_frame_is_its_first_named_participants(text, language, kw):
    assert point_cues(text, language=language, **kw).speaker == "own"


@pytest.mark.parametrize("text,speaker", [
    ("The meeting was very successful and set the direction for China-US relations.", "unspecified"),
    ("The two sides held open and productive talks on key bilateral questions.", "both"),
])
def test_a_frame_naming_no_participant_keeps_its_reading(text, speaker):
    assert point_cues(text, language="en", **CN_CALL).speaker == speaker
