"""Round 57 (talk): the talk itself as the subject of a verb of subject matter ("Their conversation
dealt with ...") is a talk of both sides; a list of adverbs inside "talked ... about"; a side's act
that a plain statement relays ("He said Putin had congratulated him") credits that side."""
import warnings

import pytest

from readouts.cues import compare_cues, point_cues
from readouts.flags import _talk_words

warnings.simplefilter("ignore")


def _acts(text, side="TR", other="RU", **kw):
    c = point_cues(text, side=side, counterpart_side=other, **kw)
    return [(a.name, a.text, a.speaker) for a in c.acts if not a.content]


@pytest.mark.parametrize("text, words", [
    ("The two sides talked candidly, substantively and constructively about key questions.",
     "talked candidly, substantively and constructively about"),
    ("Biden spoke candidly and directly about US priorities.", "spoke candidly and directly about"),
    ("The two leaders talked frankly about what each side prioritises.", "talked frankly about"),
])
def test_a_list_of_adverbs_inside_a_talk_term(text, words):
    acts = _acts(text, side="US", other="CN")
    assert [(n, w) for n, w, _ in acts] == [("discussed", words)]


@pytest.mark.parametrize("text, words", [
    ("Their conversation dealt with the situation in Syria and grain exports.", "conversation dealt with"),
    ("The talks covered a wide range of issues.", "talks covered"),
    ("The conversation also touched on the Middle East settlement.", "conversation also touched on"),
    ("The 75-minute conversation was devoted to the war and to a ceasefire.", "conversation was devoted to"),
    ("The discussion centred on the invasion of Ukraine.", "discussion centred on"),
    ("Разговор был посвящён ситуации в Сирии.", "Разговор был посвящён"),
    ("Беседа также касалась торгово-экономического сотрудничества.", "Беседа также касалась"),
    ("通话聚焦乌克兰问题。", "通话聚焦"),
])
def test_the_talk_as_subject_of_its_subject_matter_is_a_talk_of_both(text, words):
    # before: no act at all (English, Russian), or the Chinese "通话" of no one
    assert _acts(text) == [("discussed", words, "both")]


def test_a_talk_noun_owned_by_a_name_is_still_both_sides_talk():
    acts = _acts("Erdogan's conversation covered Syria.", participants=["Recep Tayyip Erdogan", "Vladimir Putin"])
    assert acts == [("discussed", "conversation covered", "both")]


@pytest.mark.parametrize("text", [
    "The agreement covered grain exports across the Black Sea.",
    "Biden called the talks constructive.",
    "Biden proposed talks that covered Syria.",
])
def test_other_subjects_of_those_verbs_are_no_talk(text):
    assert all(name != "discussed" for name, *_ in _acts(text, side="US"))


def test_a_talk_topic_after_a_bare_report_is_what_it_reports():
    c = point_cues("Putin said the talks had also covered ways of settling the crisis in Libya.",
                   side="RU", counterpart_side="TR", participants=["Vladimir Putin"])
    talk = [a for a in c.acts if a.name == "discussed"]
    assert [(a.text, a.speaker, a.content) for a in talk] == [("talks had also covered", "both", True)]


def test_a_talk_topic_counts_as_the_talk_an_exchange_of_views_reports():
    tr = [point_cues("Their conversation dealt with the situation in Syria.", side="TR", counterpart_side="RU")]
    assert _talk_words(tr) == "conversation dealt with"


_US = ["Donald Trump", "Vladimir Putin"]


def _us(text):
    return point_cues(text, side="US", counterpart_side="RU", participants=_US, previous_speaker=("own", "US"))


def _ru(text):
    return point_cues(text, side="RU", counterpart_side="US", participants=_US)


def test_a_relayed_act_of_the_other_side_credits_that_side():
    us = [_us("He said Putin had congratulated him and the United States on the achievement of peace.")]
    ru = [_ru("Putin opened the call by congratulating Trump on his success in Gaza.")]
    sh = compare_cues(us, ru, [0], [0])
    assert "RU" in sh.actors_a and not sh.attribution_shift
    assert (0, (8, 13)) in sh.speakers_a  # "Putin" is quoted as whom the US credits


def test_a_relayed_act_of_ones_own_side_still_differs_from_the_others():
    us = [_us("He said he had proposed a ceasefire in the air.")]
    ru = [_ru("Putin proposed a ceasefire in the air.")]
    sh = compare_cues(us, ru, [0], [0])
    assert sh.actors_a == {"US"} and sh.attribution_shift


def test_a_relayed_agreement_of_the_other_side_stays_the_reporters_claim():
    # as tests/test_cues53c.py holds: "Lavrov said the US had agreed" is Lavrov's claim, credited to RU
    ru = [_ru("Lavrov said the US had agreed to extend the treaty.")]
    us = [_us("Blinken agreed to extend the treaty.")]
    sh = compare_cues(ru, us, [0], [0])
    assert sh.actors_a == {"RU"}


@pytest.mark.parametrize("code", ["en", "ru", "zh"])
def test_the_one_talk_topic_pattern_matches_what_each_combination_written_out_would(code):
    # the lexicon compiles talk_topics as one pattern (written out, the 588 English combinations, each
    # compiled twice, tripled the lexicons' compile time); it must find what each combination finds
    import json
    from importlib import resources

    from readouts.cues import _talk_topic_pattern, _term_regex

    data = json.loads(resources.files("readouts").joinpath(f"data/cues_{code}.json").read_text(encoding="utf-8"))
    topics, b = data["talk_topics"], bool(data.get("word_boundaries", True))
    inner = tuple(data.get("inner_adverbs", ())) if b else ()
    gap = " " if b else ""
    one, with_adverbs = _talk_topic_pattern(topics, b), _talk_topic_pattern(topics, b, inner)
    fill = {"en": "the situation", "ru": "ситуации", "zh": "乌克兰问题"}[code]
    for noun in topics["nouns"]:
        for w in ("", *topics.get("between", ())):
            for verb in topics["verbs"]:
                term = gap.join((noun, *([w] if w else []), verb))
                text = gap.join(("Their" if b else "双方", term.replace("*", "ами" if code == "ru" else ""), fill))
                if code == "ru":  # a stem's ending: "был* посвящ*" -> "была посвящена"
                    text = text.replace("былами", "была").replace("посвящами", "посвящена").replace(
                        "касалами", "касалась").replace("затронулами", "затронула").replace(
                        "охватилами", "охватила").replace("сосредоточилами", "сосредоточилась")
                m = _term_regex(term, b).search(text)
                assert m, (term, text)
                got = one.search(text)
                assert got and got.span() == m.span(), (term, text)
                if inner:
                    m2 = _term_regex(term, b, inner).search(text.replace(verb, "mainly " + verb, 1))
                    got2 = with_adverbs.search(text.replace(verb, "mainly " + verb, 1))
                    assert m2 and got2 and got2.span() == m2.span(), term
    # and nothing more: a noun alone, or a verb of another subject, is no match
    assert not one.search(gap.join(("The agreement" if b else "协议", topics["verbs"][0].replace("*", ""), fill)))
