"""Names in detail_mismatch, round 55: aliases of one thing within English, and people's names across
an English and a Russian readout."""
import pytest
from conftest import hand_comparison

from readouts.flags import find_flags

from helpers import evidence_is_exact


def comparison(a_points, b_points, links, *, a_side="US", b_side="CN", b_lang="en"):
    return hand_comparison(a_points, b_points, links, a_side=a_side, b_side=b_side, a_lang="en", b_lang=b_lang,
                           label="equivalent")


def names(c):
    return [(f.side, s.text) for f in find_flags(c) if f.kind == "detail_mismatch" for s in f.evidence]


# -- aliases of one thing, both readouts in English ---------------------------------------------
@pytest.mark.parametrize("ours, theirs", [
    # the November 2023 summit: held at Woodside, near San Francisco; Beijing calls it San Francisco's
    ("The two sides talked about next steps in the cooperation areas taken up at Woodside.",
     "They discussed carrying out the understandings the two heads of state reached in San Francisco."),
    ("They discussed implementing the Woodside Summit commitments on counternarcotics.",
     "They agreed to keep implementing the consensus of the presidents' San Francisco meeting on drug control."),
])
def test_woodside_and_san_francisco_are_one_summit(ours, theirs):
    c = comparison(["Sullivan met Wang.", ours], ["Wang met Sullivan.", theirs], [((0,), (0,)), ((1,), (1,))])
    assert names(c) == []


def test_woodside_against_another_place_is_still_a_mismatch():
    c = comparison(["Sullivan met Wang.", "They discussed implementing the Woodside Summit commitments."],
                   ["Wang met Sullivan.", "They agreed to implement the consensus reached in Bali."],
                   [((0,), (0,)), ((1,), (1,))])
    assert ("a", "Woodside Summit") in names(c) and ("b", "Bali") in names(c)
    evidence_is_exact(c)


def test_the_wmcc_is_the_border_affairs_consultations():
    # the Working Mechanism for Consultation and Coordination on India-China Border Affairs (WMCC) is what
    # Beijing calls the border-affairs consultations (边境事务磋商): one body, two names
    c = comparison(["Jaishankar met Wang.", "They agreed that the Working Mechanism for Consultation and Coordination "
                    "on India-China Border Affairs (WMCC) should meet at an early date."],
                   ["Wang met Jaishankar.", "The two sides agreed to hold a new round of border-affairs consultations "
                    "as soon as possible."],
                   [((0,), (0,)), ((1,), (1,))], a_side="IN")  # India a side, no third party (round 60)
    assert names(c) == []
    # the acronym alone, against the same words
    c = comparison(["Jaishankar met Wang.", "They agreed that the WMCC should meet soon."],
                   ["Wang met Jaishankar.", "They agreed to hold border affairs consultations soon."],
                   [((0,), (0,)), ((1,), (1,))])
    assert names(c) == []


# -- people's names across an English and a Russian readout -------------------------------------
def ru(a_points, b_points, links):
    return comparison(a_points, b_points, links, b_side="RU", b_lang="ru")


def test_a_person_the_russian_readout_never_names_is_a_mismatch():
    # the Russian readout speaks of an exchange of citizens and never spells the two names: a person's
    # name is spelled, never translated, so they are missing from it, as the English twin says
    c = ru(["Blinken spoke with Lavrov.", "He pressed for the release of Paul Whelan and Brittney Griner."],
           ["Лавров и Блинкен провели телефонный разговор.",
            "Российская сторона посоветовала вернуться к профессиональному диалогу об обмене заключёнными гражданами."],
           [((0,), (0,)), ((1,), (1,))])
    assert names(c) == [("a", "Whelan"), ("a", "Griner")]
    evidence_is_exact(c)


def test_a_person_the_english_readout_never_names_is_a_mismatch():
    # "американского журналиста Эвана Гершковича" against "an American journalist": the name is RU's alone
    c = ru(["Trump spoke with Putin.", "They discussed the case of an American journalist."],
           ["Путин и Трамп провели телефонный разговор.",
            "Обсуждалось дело американского журналиста Эвана Гершковича."],
           [((0,), (0,)), ((1,), (1,))])
    assert names(c) == [("b", "Гершковича")]
    evidence_is_exact(c)


@pytest.mark.parametrize("ours, theirs", [
    # spelled alike in some case
    ("They discussed the case of Evan Gershkovich.", "Обсуждалось дело Эвана Гершковича."),
    # spelled another way: "Уилан" sounds as "Whelan", "Грайнер" as "Griner" ("у" before a vowel as "w",
    # a run of vowels as one)
    ("He pressed for the release of Paul Whelan and Brittney Griner.",
     "Лавров обсудил судьбу Пола Уилана и Бриттни Грайнер."),
])
def test_a_person_both_readouts_name_is_no_mismatch(ours, theirs):
    c = ru(["Blinken spoke with Lavrov.", ours], ["Лавров и Блинкен провели телефонный разговор.", theirs],
           [((0,), (0,)), ((1,), (1,))])
    assert names(c) == []


def test_a_name_with_no_given_name_is_still_not_compared_unspelled():
    # no given name before it: a place or a body, which the other readout may translate rather than spell
    c = ru(["Blinken spoke with Lavrov.", "They discussed the work of the Trilateral Contact Group."],
           ["Лавров и Блинкен провели телефонный разговор.", "Обсуждалась работа трёхсторонней контактной группы."],
           [((0,), (0,)), ((1,), (1,))])
    assert names(c) == []


def test_a_person_named_elsewhere_in_the_linked_points_is_no_mismatch():
    # the Russian side names him in another of its linked points
    c = ru(["Blinken spoke with Lavrov.", "He raised the case of Marc Fogel."],
           ["Лавров и Блинкен провели телефонный разговор.", "Блинкен затронул тему заключённых.",
            "Речь шла о Марке Фогеле."],
           [((0,), (0,)), ((1,), (1, 2))])
    assert names(c) == []


# -- names across an English and a Chinese readout (zh english_names) ---------------------------
def zh(a_points, b_points, links):
    return comparison(a_points, b_points, links, b_side="CN", b_lang="zh")


@pytest.mark.parametrize("ours, theirs, flagged", [
    # a city: "New York" against a Chinese point that names no city
    ("Blinken met Wang on the sidelines of the UN General Assembly in New York.", "布林肯在联合国会见王毅。",
     [("a", "New York")]),
    ("Blinken met Wang in New York.", "布林肯在纽约会见王毅。", []),
    # AI: "AI" or "artificial intelligence" against "人工智能", both ways
    ("They discussed counternarcotics and AI safety.", "双方讨论了禁毒合作。", [("a", "AI")]),
    ("They discussed counternarcotics and AI safety.", "双方讨论了禁毒和人工智能合作。", []),
    ("They discussed counternarcotics.", "双方讨论了禁毒和人工智能合作。", [("b", "人工智能")]),
    ("They discussed cooperation on artificial intelligence.", "双方讨论了人工智能合作。", []),
])
def test_chinese_names_of_a_city_and_of_ai(ours, theirs, flagged):
    c = zh(["Blinken spoke with Wang.", ours], ["王毅同布林肯通电话。", theirs], [((0,), (0,)), ((1,), (1,))])
    assert names(c) == flagged
    evidence_is_exact(c)


def test_another_name_is_given_only_as_a_phrase():
    # the words of "border affairs consultation" scattered over a sentence are no name of the WMCC
    c = comparison(["Jaishankar met Wang.", "They agreed that the WMCC should meet soon."],
                   ["Wang met Jaishankar.", "They agreed to hold consultations for peace and tranquillity in border "
                    "affairs."],
                   [((0,), (0,)), ((1,), (1,))])
    assert names(c) == [("a", "WMCC")]


@pytest.mark.parametrize("ours, theirs, flagged", [
    ("Building on their Samarkand meeting, they discussed trade.", "Стороны обсудили торговлю.", [("a", "Samarkand")]),
    ("Building on their Samarkand meeting, they discussed trade.", "Стороны обсудили торговлю после встречи в Самарканде.",
     []),
    ("They discussed Iran and Afghanistan.",
     "Стороны обсудили Иран, восстановление СВПД и Афганистан, где работает тройка с участием Пакистана.",
     [("b", "СВПД"), ("b", "Пакистана")]),
    ("They discussed the JCPOA and Pakistan.", "Стороны обсудили восстановление СВПД и положение в Пакистане.", []),
])
def test_russian_names_of_a_city_a_country_and_the_iran_deal(ours, theirs, flagged):
    c = ru(["Blinken spoke with Lavrov.", ours], ["Лавров и Блинкен провели телефонный разговор.", theirs],
           [((0,), (0,)), ((1,), (1,))])
    assert names(c) == flagged
    evidence_is_exact(c)
