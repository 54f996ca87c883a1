"""Round 59 (talk59): the forms of talk a readout uses that the cues read as no act, in all three languages.

A readout says what was talked about in more ways than "discussed": with words between the verb and
its "about" ("talked today about", "talked at length about", "talked with President Putin about");
with a verb of subject matter after an actor ("Biden, for his part, concentrated on ...", "They
covered ...", "Iran was among the subjects they covered"; so in Russian, "Байден, со своей стороны,
сосредоточился на ..."); by naming the talk's main subject ("The main item of the conversation was
...", "Главной темой разговора стали ...", "通话重点是……"); with the talk as "it" ("It covered ...")
or set off by an aside ("The call, which came after ..., concentrated on"); as a talk held on a topic
("held candid, in-depth and constructive talks on", "had a substantial discussion of", "双方……进行了
……沟通", "开展了……战略沟通"); with the topic as the subject ("X came up", "X was on the agenda",
"Particular attention was given to X", "X took centre stage"); and with the attention fronted
("Особое внимание стороны уделили ..."). Each is a discussion: the two sides' where the two or no one
is named, one side's where that side is named.

Not so: a habit or a state ("China has always concentrated on its own development", "China is
focused on ..."), a report's own words ("Putin said it covered ...", "Putin said the issue came up"),
a talk's date ("held talks on Monday"), a gap that holds another act ("he hoped talks on ... would be
wrapped up"), what is kept up or set up rather than held ("保持沟通", "沟通机制"), and an offer taken
up ("took up the offer")."""
import pytest

from readouts.cues import point_cues, reports_call

from helpers import acts_speaker as _acts


def _cues(text: str, language: str, **kw):
    side, counterpart = ("CN", "US") if language == "zh" else ("RU", "US")
    kw.setdefault("participants", ["Biden", "Putin", "Trump", "Xi Jinping", "拜登", "习近平", "Байден", "Путин"])
    return point_cues(text, side=side, counterpart_side=counterpart, language=language, **kw)


# --- 1. the two sides' talk about a topic ----------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    # words between the verb and its "about" (corpus: 2017-05-02 Trump-Putin)
    ("Presidents Trump and Putin talked today about Syria.", "en"),
    ("The two also talked at length about working together against terrorism.", "en"),
    ("The presidents spoke at length about Syria.", "en"),
    ("The two presidents talked through a range of issues.", "en"),
    # a verb of subject matter after the two sides (2025-02-12, 2024-08-29, 2025-07-03)
    ("They covered Ukraine, the Middle East and energy.", "en"),
    ("They also covered cross-Strait issues.", "en"),
    ("Iran was among the subjects they covered.", "en"),
    ("Trade was one of the issues they discussed.", "en"),
    ("The presidents focused on Syria.", "en"),
    ("The presidents looked at developments on the world oil market.", "en"),
    ("They explored measures to support the movement of people.", "en"),
    ("Both leaders reflected on the history of their nations.", "en"),
    ("The two also took up the Syrian problem.", "en"),
    ("The two leaders continued their discussion of the situation in Ukraine.", "en"),
    ("The presidents carried on the dialogue on information security.", "en"),
    # the talk's main subject named (2021-12-07 in both languages, 2019-07-11)
    ("The main item of the conversation was the intra-Ukrainian crisis.", "en"),
    ("The central subject was freeing the captured sailors.", "en"),
    ("The focus was on coordinating action against terrorism.", "en"),
    ("Главной темой разговора стали внутриукраинский кризис и Минские соглашения.", "ru"),
    ("Основной темой беседы была Украина.", "ru"),
    ("Основная тема разговора — Украина.", "ru"),
    ("通话重点是乌克兰问题。", "zh"),
    ("会谈的重点是乌克兰问题。", "zh"),
    # the talk as "it", or set off by an aside (2017-05-02, 2022-05-18, 2023-06-19)
    ("It covered safe zones.", "en"),
    ("The call, which came after the meeting in Rome, concentrated on regional security.", "en"),
    ("Their discussion, described as candid and productive, covered a range of issues.", "en"),
    # a talk held on a topic (2023-06-18, 2022-03-14, 2024-11-16; 2023-06-18 and 2024-01-26 in Chinese)
    ("The two sides held long, candid, in-depth and constructive talks on the overall relationship.", "en"),
    ("The two had a substantial discussion of Russia's war against Ukraine.", "en"),
    ("The two Ministers held an in-depth discussion on the border.", "en"),
    ("The two sides had candid, substantive and constructive discussions on a range of issues.", "en"),
    ("The two sides held candid, in-depth and constructive communication on China-US relations.", "en"),
    ("The two sides communicated candidly, substantively and constructively on China-US relations.", "en"),
    ("双方围绕中美关系全局以及相关重要问题，进行了长时间的坦诚、深入和建设性沟通。", "zh"),
    ("双方就落实两国元首会晤达成的共识，开展了坦诚、实质性、富有成果的战略沟通。", "zh"),
    ("双方就乌克兰问题进行了沟通。", "zh"),
    # the topic as the subject, no one named (2020-03-30, 2020-05-07, 2018-03-20, 2023-10-13)
    ("Critical bilateral and global questions also came up between the two leaders.", "en"),
    ("Other bilateral and global questions were also on the two leaders' agenda.", "en"),
    ("Particular attention was given to the question of a summit.", "en"),
    ("The events in the Middle East took centre stage in the dialogue.", "en"),
    # the attention fronted before the verb, or the two sides' with no subject
    ("Особое внимание стороны уделили ситуации в Сирии.", "ru"),
    ("Особое внимание уделили ситуации в Сирии.", "ru"),
])
def test_a_talk_about_a_topic_is_the_two_sides_discussion(text, language):
    c = _cues(text, language)
    assert _acts(c) == [("discussed", "both")]
    assert c.speaker == "both" and not c.claims  # a discussion commits no one


def test_a_talk_and_its_exchange_are_one_discussion():
    # "进行了坦率的沟通与交流": two talk nouns joined, one talk, one act (read by the last, as before)
    c = _cues("两国元首就中美关系进行了坦率的沟通与交流。", "zh")
    assert _acts(c) == [("discussed", "both")] and c.acts[0].text == "交流"
    c = _cues("双方就中美关系进行了充分、深入的沟通和交流。", "zh")
    assert _acts(c) == [("discussed", "both")] and c.acts[0].text == "交流"


# --- 2. one side's talk -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,language,speaker", [
    ("Biden, for his part, concentrated on Russian troop movements near Ukraine.", "en", "counterpart"),
    ("Biden focused on Russian troop movements.", "en", "counterpart"),
    ("Biden talked at length about Syria.", "en", "counterpart"),
    # "talked with Putin about": the actor's, as "Biden discussed with Putin" is
    ("President Biden also talked with President Putin about the ransomware attacks.", "en", "counterpart"),
    ("Джозеф Байден, со своей стороны, сосредоточился на перемещениях российских войск.", "ru", "counterpart"),
    ("Путин сосредоточился на ситуации в Сирии.", "ru", "own"),
])
def test_one_side_named_for_the_talk_is_that_side_s_discussion(text, language, speaker):
    c = _cues(text, language)
    assert [(a.name, a.speaker) for a in c.acts if a.name == "discussed"] == [("discussed", speaker)]


def test_an_aside_between_an_actor_and_its_hope_keeps_the_hope_the_actor_s():
    # "for its part" stands between an actor and a verb that is an act only right after it
    # (lexicon ``subject_asides``), in a hope as in a concentration
    assert _acts(_cues("Russia, for its part, hopes the US will honour its commitments.", "en")) == [("stated", "own")]
    assert _acts(_cues("Russia hopes the US will honour its commitments.", "en")) == [("stated", "own")]


def test_a_one_sided_fronted_attention_stays_that_side_s_statement():
    # "Особое внимание Путин уделил ...": one side's, as "Путин уделил особое внимание ..." is
    assert _acts(_cues("Особое внимание Путин уделил ситуации в Сирии.", "ru")) == [("stated", "own")]
    assert _acts(_cues("Путин уделил особое внимание ситуации в Сирии.", "ru")) == [("stated", "own")]


# --- 3. not a talk of the call ------------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    # a habit or a state, no verb right after its actor (2025-09-09)
    ("China has always concentrated on its own development.", "en"),
    ("China is focused on its own development.", "en"),
    ("Russia will concentrate on its own development.", "en"),
    # the talk's date, not its subject
    ("The two sides held talks on Monday.", "en"),
    ("The two sides held candid talks on 5 May in Geneva.", "en"),
    # an offer or an invitation taken up
    ("Putin took up the offer.", "en"),
    ("Putin took up the invitation to visit.", "en"),
    # no talk word before the main subject, or no head of one
    ("The main subject of disagreement was the border.", "en"),
    ("双方强调，重点是落实共识。", "zh"),
    # a talk kept up or a channel set up is no talk held ("保持沟通", "沟通机制")
    ("双方应在各个层级保持沟通。", "zh"),
    ("拜登表示,愿同习近平主席保持密切沟通。", "zh"),
    ("双方恢复或新建了20多个沟通机制。", "zh"),
    # "it" that opens no sentence stands for anything
    ("Putin said it covered many issues.", "en"),
    ("It will keep defending its interests.", "en"),
])
def test_no_talk_of_the_call(text, language):
    assert not any(a.name == "discussed" for a in _cues(text, language).acts)


def test_a_gap_that_holds_another_act_is_no_talk_held():
    # "had ... and ... talks on" spanned "had been made and he hoped talks on" (2023-09-04): the hope
    # is read, and no discussion
    c = _cues("He said progress had been made and he hoped talks on a gas hub would be wrapped up soon.", "en",
              previous_speaker=("own", "RU"))
    assert [(a.name, a.text) for a in c.acts] == [("stated", "said"), ("stated", "hoped")]


def test_a_topic_that_came_up_in_a_report_is_the_report_s():
    # as "Putin said the issue was raised": the report is its speaker's alone, no act of the call
    c = _cues("Putin said the issue came up.", "en")
    assert _acts(c) == [("stated", "own")]


def test_a_relative_clause_on_a_topic_discussed_before_names_it_still():
    # "on the issues they had discussed": an earlier talk recalled, the topic of another act
    c = _cues("They agreed to keep in touch on the issues they had discussed.", "en")
    assert _acts(c) == [("agreed", "both")]


# --- 4. what the new acts keep as it was -------------------------------------------------------------

def test_a_title_joined_by_and_joins_its_actor_to_the_other_side():
    # "Indian SR and National Security Adviser Doval" (2024-12-18): one title run, the two sides joined
    c = point_cues("Chinese SR Wang Yi, Politburo member and Director of the Office of the Central Foreign Affairs "
                   "Commission, and Indian SR and National Security Adviser Doval held substantive discussions on the "
                   "boundary question and arrived at a six-point consensus.",
                   side="CN", counterpart_side="IN", language="en", participants=["Wang Yi", "Doval"])
    assert _acts(c) == [("discussed", "both"), ("agreed", "both")]


def test_a_talk_held_in_a_report_of_the_meeting_reports_the_meeting():
    # "said he had held a detailed discussion on ... with Qin Gang" (2023-05-04): the discussion is the
    # meeting the statement reports, so the point still frames the talk, and its tone is the talk's
    c = point_cues("Jaishankar said he had held a detailed discussion on the bilateral relationship with Qin Gang.",
                   side="IN", counterpart_side="CN", language="en", participants=["Jaishankar", "Qin Gang"])
    assert [a.name for a in c.acts] == ["stated", "discussed"]
    assert all(reports_call(c, a) for a in c.acts)
    assert [t.text for t in c.tone] == ["detailed"]
