"""Cue readings fixed in round 53b: country names inside place names, what a side is thanked for in
a relative clause, and one-word names matched by stem."""
from readouts.cues import point_cues


def test_south_china_sea_is_a_place_not_a_mention_of_china():
    pc = point_cues("Blinken raised concerns about the South China Sea and the East China Sea.",
                    side="US", counterpart_side="CN")
    assert [m.text for m in pc.mentions] == ["Blinken"]
    assert [e.text for e in pc.entities] == ["South China Sea", "East China Sea"]


def test_china_outside_the_sea_name_is_still_a_mention():
    pc = point_cues("Wang set out China's position on the South China Sea.", side="CN", counterpart_side="US")
    assert [(m.text, m.role) for m in pc.mentions] == [("Wang", "own"), ("China", "own")]


def _acts(text, side, counterpart):
    pc = point_cues(text, side=side, counterpart_side=counterpart)
    return [(a.text, a.speaker, a.past) for a in pc.acts]


def test_act_in_a_relative_clause_after_what_is_thanked_for_is_the_thanked_sides_past_act():
    assert _acts("Blinken thanked Wang for the support he had offered to the talks.", "US", "CN") \
        == [("thanked", "own", False), ("offered", "counterpart", True)]
    assert _acts("Putin thanked Erdogan for the assistance that he offered.", "RU", "TR") \
        == [("thanked", "own", False), ("offered", "counterpart", True)]


def test_russian_relative_clause_after_what_is_thanked_for():
    assert _acts("Путин поблагодарил Эрдогана за помощь, которую он предложил в переговорах.", "RU", "TR") \
        == [("поблагодарил", "own", False), ("предложил", "counterpart", True)]


def test_a_coordinated_clause_after_the_thanks_is_still_the_speakers_act_in_the_call():
    assert _acts("Blinken thanked Wang for the call and he proposed a meeting.", "US", "CN") \
        == [("thanked", "own", False), ("proposed", "own", False)]
    assert _acts("Путин поблагодарил Эрдогана за помощь, и он предложил провести переговоры.", "RU", "TR") \
        == [("поблагодарил", "own", False), ("предложил", "own", False)]


def _extra(text_a, text_b, sides=("US", "CN")):
    from readouts.cues import compare_cues
    a = point_cues(text_a, side=sides[0], counterpart_side=sides[1])
    b = point_cues(text_b, side=sides[1], counterpart_side=sides[0])
    return [c.text for _, c in compare_cues([a], [b], (0,), (0,)).extra_details_a]


def test_one_word_name_is_not_present_by_stem_in_a_lower_case_word():
    assert _extra("Blinken stressed peace and stability across the Strait.",
                  "Wang said the two sides should keep strategic communication.") == ["Strait"]
    assert _extra("Blinken raised the Party.", "Wang said partners must talk.") == ["Party"]


def test_one_word_name_still_present_as_a_capitalised_derived_word_or_in_lower_case():
    assert _extra("Blinken raised Myanmar.", "Wang said Myanmar's crisis must end.") == []
    assert _extra("Blinken raised Taiwan.", "Wang said Taiwanese separatists must stop.") == []
    assert _extra("Blinken raised the Party.", "Wang said the party must talk.") == []


def test_russian_one_word_name_still_present_in_a_lower_case_adjective():
    assert _extra("Лавров обсудил ситуацию вокруг Донбасса.", "Блинкен сказал о донбасском урегулировании.",
                  ("RU", "US")) == []


def test_the_sea_a_documents_name_ends_in_is_no_second_entity():
    pc = point_cues("Wang upholds the Declaration on the Conduct of Parties in the South China Sea.",
                    side="CN", counterpart_side="US")
    assert [e.text for e in pc.entities] == ["Declaration on the Conduct of Parties"]


def test_russian_south_china_sea_is_no_mention_of_china():
    pc = point_cues("Блинкен выразил озабоченность ситуацией в Южно-Китайском море.", side="US", counterpart_side="CN")
    assert [m.text for m in pc.mentions] == ["Блинкен"]
    pc = point_cues("Китай выступает за мир в Южно-Китайском море.", side="US", counterpart_side="CN")
    assert [(m.text, m.role) for m in pc.mentions] == [("Китай", "counterpart")]
