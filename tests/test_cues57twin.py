"""Round 57, speech-act readings made to agree across languages, with the cross-lingual twins of the
corpus as the oracle (the Russian or Chinese original of a point and its English version): "по словам
<name>" is that actor's statement; English "in his words" / "according to him" state as their Russian
twin "по его словам" does; "held a candid exchange on" is a discussion as
"交流" / "交换意见" are; "laid out" and "described the ... as" state as "阐述" / "изложил" do; the Chinese call line ("通电话",
"视频通话") is no act, as "spoke by phone", "провели телефонный разговор" and "举行会谈" are none."""
import pytest

from readouts.cues import point_cues

from helpers import acts_text_speaker as _acts, en_cues as _en, ru_cues as _ru


# --- 1. "по словам <name>": that actor said it ---------------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("По словам Путина, беседа была полезной.", "own"),
    ("По словам российского президента, Россия готова к диалогу.", "own"),
    ("По словам Блинкена, США готовы продолжить контакты.", "counterpart"),
])
def test_according_to_a_named_actor_is_that_actors_statement(text, speaker):
    # as "По его словам, ..." is a statement, and the English twin "Ushakov said" / "Putin said" is
    assert _acts(_ru(text)) == [("stated", "По словам", speaker)]


def test_according_to_a_named_actor_inside_a_sentence_is_that_actors():
    # "Стороны договорились ..., которая, по словам министра, идёт неплохо": the minister's words, not
    # the two sides' (the subject before it); English "which he said is going fairly well" is a statement too
    acts = _acts(_ru("Стороны договорились продолжать работу, которая, по словам Лаврова, идёт неплохо."))
    assert acts == [("agreed", "договорились", "both"), ("stated", "по словам", "own")]


def test_according_to_a_named_actor_opening_after_a_connective():
    # "В целом, по словам Юрия Ушакова, ...": "Overall, Ushakov said, ..." in the English twin
    acts = _acts(_ru("В целом, по словам Путина, контакт оказался полезным, и лидеры договорились оставаться на связи."))
    assert acts[0] == ("stated", "по словам", "own") and [a[0] for a in acts] == ["stated", "agreed"]


# --- 2. English "in his words" / "according to him": a statement as "по его словам" is -----------------

@pytest.mark.parametrize("text,act", [
    ("In his words, cooperation benefits both countries.", "In his words"),
    ("According to him, the conversation was useful.", "According to him"),
    ("In her words, the talks went well.", "In her words"),
])
def test_in_his_words_opening_a_point_is_a_statement(text, act):
    assert [(a.name, a.text) for a in _en(text).acts] == [("stated", act)]
    # the Russian twin reads the same
    assert [a.name for a in _ru("По его словам, беседа была полезной.").acts] == ["stated"]


def test_in_his_words_inside_a_clause_is_no_act():
    # as "работу, которая, по его словам, идёт неплохо" is none: it credits the clause's words only
    text = "The two sides agreed to carry on with their joint work, which, in his words, is going well."
    assert [a.name for a in _en(text).acts] == ["agreed"]


# --- 3. a candid exchange on X, exchanging views: a discussion as "交流" / "交换意见" are ------------------

@pytest.mark.parametrize("text", [
    "The two heads of state had a candid, in-depth and constructive exchange on China-US relations.",
    "The two presidents held a candid and in-depth exchange on strategic questions.",
    "The two presidents had candid communication and exchanges on China-US relations.",
])
def test_an_exchange_on_a_topic_is_a_discussion(text):
    assert [(a.name, a.speaker) for a in _en(text, "CN", "US").acts] == [("discussed", "both")]
    zh = point_cues("两国元首就中美关系进行了坦诚、深入、建设性的交流。", side="CN", counterpart_side="US", language="zh")
    assert [(a.name, a.speaker) for a in zh.acts] == [("discussed", "both")]


def test_people_to_people_exchanges_are_no_discussion():
    assert _en("They had people-to-people exchanges on the agenda.").acts == ()


# --- 4. laid out, described the ... as: a statement as "阐述" / "изложил" / "set out" are ----------------

@pytest.mark.parametrize("text,act", [
    ("Wang Yi laid out in full China's solemn position on the Taiwan question.", "laid out"),
    ("Wang Yi described the 20th Congress as a congress of unity.", "described the 20th Congress as"),
])
def test_laying_out_and_describing_are_statements(text, act):
    assert [(a.name, a.text) for a in _en(text, "CN", "US").acts] == [("stated", act)]
    zh = point_cues("王毅全面阐述了中方在台湾问题上的严正立场。", side="CN", counterpart_side="US", language="zh")
    assert [a.name for a in zh.acts] == ["stated"]


def test_a_passive_description_is_no_statement():
    # "The meeting was described as constructive": an assessment by no one, as "此次会晤被评价为具有建设性"
    # and "беседа была охарактеризована как откровенная" are, no act
    assert _en("The meeting was described as constructive.").acts == ()


# --- 5. the Chinese call line is no act, as "spoke by phone" / "провели телефонный разговор" / "举行会谈" -----

@pytest.mark.parametrize("text", [
    "习近平同美国总统拜登通电话。",
    "7月28日晚,国家主席习近平应美方请求,同美国总统拜登通了电话。",
    "应拜登请求，习近平同他进行了视频通话。",
    "国家主席习近平应美国总统特朗普的约请，同他进行了电话交谈。",
])
def test_a_chinese_call_line_is_no_act(text):
    c = point_cues(text, side="CN", counterpart_side="US", language="zh", participants=["习近平", "拜登", "特朗普"])
    assert c.acts == () and c.call_frame
    # the English, Russian and Chinese meeting lines read the same: the call, no act within it
    assert _en("President Xi Jinping spoke by phone with US President Joe Biden.", "CN", "US").acts == ()
    assert _ru("Путин провёл телефонный разговор с Байденом.").acts == ()


def test_a_talk_in_a_chinese_call_line_is_still_a_discussion():
    # what the two sides talked about in the call is a discussion, the call line before it no act
    c = point_cues("习近平同特朗普通电话，双方就中美关系交换意见。", side="CN", counterpart_side="US", language="zh",
                   participants=["习近平", "特朗普"])
    assert [(a.name, a.text, a.speaker) for a in c.acts] == [("discussed", "交换意见", "both")]


def test_an_act_during_a_chinese_call_is_the_speakers_alone():
    # "王毅在同布林肯通电话时强调": only the stress, as "Putin in his call with Biden stressed" is
    c = point_cues("王毅在同布林肯通电话时强调，美方应停止干涉中国内政。", side="CN", counterpart_side="US", language="zh",
                   participants=["王毅", "布林肯"])
    # (and the "应" laid on the US is his urging, round 59)
    assert [(a.name, a.speaker) for a in c.acts] == [("stressed", "own"), ("urged", "own")]


# --- 6. more English gaps against their Russian twins -----------------------------------------------------

@pytest.mark.parametrize("text,act", [
    # "Министры затронули вопрос о ...": discussed
    ("The two ministers took up the question of each country's diplomatic presence in the other.",
     ("discussed", "took up the question", "both")),
    # "положительно оценили совместную работу": a positive appraisal, welcomed
    ("The two leaders spoke well of the joint work to contain the coronavirus.", ("welcomed", "spoke well of", "both")),
])
def test_english_gaps_against_russian_twins(text, act):
    assert _acts(_en(text, "RU", "US")) == [act]


def test_in_his_account_is_a_statement_as_po_ego_slovam():
    # "По его словам, когда Б. Обама покидал Белый дом, ...": "In his account, as Obama was leaving ..."
    r = _ru("По его словам, США захватили российскую дипломатическую собственность.")
    e = _en("In his account, the US seized Russian diplomatic property.", "RU", "US")
    assert [a.name for a in r.acts] == [a.name for a in e.acts] == ["stated"]
    # inside a clause, only a credit to its words, as "по его словам" is
    assert [a.name for a in _en("The sides agreed on work which, in his account, is going well.").acts] == ["agreed"]
