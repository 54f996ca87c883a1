"""Flags on predicted English comparisons as a demanding analyst reads them (session 55)."""

from readouts import Readout
from conftest import flags_on_links as _flags
from helpers import coverage_explanation as _coverage


def test_an_agreed_view_is_told_as_a_shared_view_not_a_statement() -> None:
    # "They agreed that the treaty is the cornerstone ...": a view both hold, no commitment to act; the
    # flag told 'credits both sides with a statement ("agreed")', as if "agreed" were a statement
    eu = Readout.from_text("Kallas met Wang Yi in Brussels. They agreed that the Non-Proliferation Treaty "
                           "is the cornerstone of the global non-proliferation regime.", side="EU")
    cn = Readout.from_text("Wang Yi met Kallas in Brussels. Wang said China supports multilateralism.", side="CN")
    flags = [f for f in _flags(eu, cn, ((0, 0),), only_a=(1,), only_b=(1,)) if f.side == "a" and f.points == (1,)]
    assert flags, "the unconfirmed_claim this test reads is gone"
    text = flags[0].explanation
    assert 'with a shared view ("agreed")' in text, text
    assert "a statement" not in text


def test_an_agreement_to_act_is_still_an_agreement() -> None:
    # the other side of the same line: "agreed to ..." commits both, told as an agreement
    eu = Readout.from_text("Kallas met Wang Yi in Brussels. They agreed to hold the next round of talks in Beijing.",
                           side="EU")
    cn = Readout.from_text("Wang Yi met Kallas in Brussels. Wang said China supports multilateralism.", side="CN")
    flags = [f for f in _flags(eu, cn, ((0, 0),), only_a=(1,), only_b=(1,)) if f.side == "a" and f.points == (1,)]
    assert flags, "the unconfirmed_claim this test reads is gone"
    assert 'with an agreement ("agreed")' in flags[0].explanation, flags[0].explanation


def test_strategic_names_no_topic_where_a_better_word_does() -> None:
    # "strategic" is said of every partnership, dialogue and trust: 'channels of communication / strategic'
    # named the topic where "trust" says what it is about (the Chinese "战略" is a general word already)
    us = Readout.from_text("Sullivan met Wang Yi in Vienna. They discussed Ukraine.", side="US")
    cn = Readout.from_text("Wang Yi met Sullivan in Vienna. Wang said the strategic dialogue of the two sides must "
                           "be kept up to build strategic trust. The two sides discussed Ukraine.", side="CN")
    text = _coverage(us, cn, ((0, 0), (1, 2)), only_b=(1,))
    assert "strategic" not in text, text
    assert "trust" in text


def test_consistent_names_no_topic_where_a_better_word_does() -> None:
    # "China's policy ... has been consistent and stable": 'policy / consistent' named the topic, as
    # 'sovereignty and territorial integrity / consistent' did, "consistent" telling nothing of what about
    us = Readout.from_text("Blinken met Wang Yi in New York. They discussed Ukraine.", side="US")
    cn = Readout.from_text("Wang Yi met Blinken in New York. Wang said the two heads of state gave strategic guidance "
                           "to the relationship at their meeting in Woodside. He said China's policy towards the "
                           "United States has been consistent and stable. The two sides discussed Ukraine.", side="CN")
    text = _coverage(us, cn, ((0, 0), (1, 3)), only_b=(1, 2))
    assert "consistent" not in text, text
    assert "policy" in text


def test_look_of_look_after_names_no_topic() -> None:
    # "to look after Americans at home": 'ventilators / look' and here 'look / home' named the topic by the verb
    us = Readout.from_text("Trump spoke with Putin. Trump said the United States is working hard to look after "
                           "Americans at home and to help other countries in need by donating ventilators. They "
                           "discussed arms control.", side="US")
    ru = Readout.from_text("Putin spoke with Trump. The presidents discussed arms control.", side="RU")
    text = _coverage(ru, us, ((0, 0), (1, 2)), only_b=(1,))
    assert "look" not in text, text


def test_the_chinese_word_lists_of_topic_names_are_read_from_the_lexicon_file() -> None:
    # _HAN_WORDS and _HAN_WHOLE were lists of Chinese words in flags.py's code; they are data, kept with the
    # other lexicons (data/han_words.json, not han_pairs.json, which benchmarks/han_pairs.py rewrites)
    import json
    from importlib import resources

    from readouts import flags

    with resources.files("readouts").joinpath("data/han_words.json").open("r", encoding="utf-8") as fh:
        data = json.load(fh)
    assert {"处于", "处在", "并肩", "调整"} <= set(data["straddled"])
    assert "发展中国家" in data["whole"]
    assert not hasattr(flags, "_HAN_WORDS") and not hasattr(flags, "_HAN_WHOLE")
    straddled, whole = flags._han_lexicon()
    assert straddled == frozenset(data["straddled"]) and whole == tuple(data["whole"])
    # and they still do their work: "正处" straddles "处于", "发展中国家" is a term whole, with no China
    assert flags._han_cut("关系正处于", 0, 4) == frozenset({"正处"})
    from readouts.cues import point_cues
    text = "王毅表示，中方愿维护发展中国家共同利益。"
    terms = flags._terms(text, point_cues(text, side="CN", counterpart_side="US"))
    assert terms.get("发展中国家") == frozenset(), terms
    assert "家共" not in terms


def test_come_names_no_topic_as_came_does_not() -> None:
    # "relations had come back to Bali": the corpus named a topic 'guidance / come', where "came" weighs as a
    # general word (the name of a topic whose terms are these two, with nothing better beside them)
    from collections import Counter

    from readouts.flags import _topic_name

    terms = [{"guidance": frozenset(), "come": frozenset()}]
    assert _topic_name([0], terms, Counter({"guidance": 1, "come": 1})) == "guidance"
    terms = [{"guidance": frozenset(), "came": frozenset()}]  # as "came" was already
    assert _topic_name([0], terms, Counter({"guidance": 1, "came": 1})) == "guidance"


def test_the_head_of_a_hyphened_first_name_names_no_topic() -> None:
    # "Foreign Minister Jean-Yves Le Drian will meet ...": "Yves" was left out as a first name, "Jean" was not
    # and named the topic 'Jean / consultations'
    ru = Readout.from_text("Putin spoke with Macron. The presidents discussed Ukraine.", side="RU")
    fr = Readout.from_text("Macron spoke with Putin. Foreign Minister Jean-Yves Le Drian will meet his counterpart "
                           "Sergei Lavrov in the next few days, and several consultations will be held in Paris. "
                           "They discussed Ukraine.", side="FR")
    text = _coverage(ru, fr, ((0, 0), (1, 2)), only_b=(1,))
    assert "Jean" not in text and "Yves" not in text, text


def test_found_it_advisable_is_the_agreement_that_confirms_one() -> None:
    # "the presidents found it advisable to step up the search for diplomatic solutions" (the Kremlin's
    # "сочли целесообразным") is what the two decided; the French "They agreed on the need to give priority
    # to a diplomatic solution" was flagged unconfirmed, "(no agreement there)"
    fr = Readout.from_text("Macron spoke with Putin. They agreed on the need to give priority to a diplomatic "
                           "solution to the current crisis.", side="FR")
    ru = Readout.from_text("Putin spoke with Macron. Given how acute the situation is, the presidents found it "
                           "advisable to step up the search for diplomatic solutions through the foreign ministries.",
                           side="RU")
    flags = _flags(fr, ru, ((0, 0), (1, 1)))
    assert not [f for f in flags if f.side == "a" and f.points == (1,)], [f.explanation for f in flags]
    # and it is the Russian readout's claim of an agreement, as "decided" would be
    ru_flags = _flags(ru, Readout.from_text("Macron spoke with Putin. Macron called for calm.", side="FR"),
                      ((0, 0), (1, 1)))
    assert any('with an agreement ("found it advisable")' in f.explanation for f in ru_flags), \
        [f.explanation for f in ru_flags]


def test_competent_agencies_are_no_competition_and_rivalry() -> None:
    # "the competent government agencies" matched the form "compete" of 'competition and rivalry', and a point on
    # channels for cyber cooperation named a topic 'competition and rivalry / exchange'
    us = Readout.from_text("Biden spoke with Putin. They discussed Syria.", side="US")
    ru = Readout.from_text("Putin spoke with Biden. Such work should run through dedicated information-exchange "
                           "channels between the competent government agencies. The presidents discussed Syria.",
                           side="RU")
    text = _coverage(us, ru, ((0, 0), (1, 2)), only_b=(1,))
    assert "competition" not in text, text
    from readouts.concepts import concepts
    assert "new_cold_war_competition" in concepts("They agreed to manage competition responsibly.")


def test_government_names_no_topic_where_a_better_word_does() -> None:
    # "Jaishankar lodged the Government of India's protest ...": 'Government / protest' named the topic
    cn = Readout.from_text("Wang Yi spoke with Jaishankar. They discussed the border.", side="CN")
    india = Readout.from_text("Jaishankar spoke with Wang Yi. Jaishankar lodged the Government of India's protest "
                              "over the clash in the valley. They discussed the border.", side="IN")
    text = _coverage(cn, india, ((0, 0), (1, 2)), only_b=(1,))
    assert "overnment" not in text, text


def test_a_plain_report_of_speaking_is_borne_out_by_a_protest() -> None:
    # "Jaishankar set out India's position" against India's "Jaishankar lodged the Government of India's protest
    # ...": India's linked point reports him speaking (an opposition), but the flag said it "does not report it"
    india = Readout.from_text("Jaishankar spoke with Wang Yi. Jaishankar lodged India's protest, in the strongest "
                              "possible terms, over the violent clash in the valley.", side="IN")
    cn = Readout.from_text("Wang Yi spoke with Jaishankar. Jaishankar set out India's position.", side="CN")
    flags = [f for f in _flags(india, cn, ((0, 0), (1, 1))) if f.side == "b"]
    assert not flags, [f.explanation for f in flags]


def test_a_statement_is_still_unconfirmed_where_the_linked_point_has_the_other_side_speak() -> None:
    # the bound of the rule above: the linked point must have the claimed side speak
    india = Readout.from_text("Jaishankar spoke with Wang Yi. Wang Yi protested over the violent clash in the "
                              "valley.", side="IN")
    cn = Readout.from_text("Wang Yi spoke with Jaishankar. Jaishankar set out India's position.", side="CN")
    flags = [f for f in _flags(india, cn, ((0, 0), (1, 1))) if f.side == "b"]
    assert flags and "reports only CN speaking" in flags[0].explanation, [f.explanation for f in flags]
