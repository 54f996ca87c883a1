"""Round 54 (lead): English "noted with satisfaction" is a welcome, as Russian "с удовлетворением
отметили" is since this round and English "voiced satisfaction" was (the two twins of one sentence
read alike)."""
import pytest

from readouts.cues import point_cues


@pytest.mark.parametrize("text", [
    "The two leaders noted with satisfaction the progress on the border.",
    "Putin noted with satisfaction that trade had grown.",
    "Noting with satisfaction the progress, they agreed to meet again.",
])
def test_noted_with_satisfaction_is_a_welcome(text):
    acts = point_cues(text, side="RU", counterpart_side="US").acts
    assert acts[0].name == "welcomed" and acts[0].strength == 2
    assert "satisfaction" in acts[0].text


def test_the_russian_twin_reads_alike():
    en = point_cues("The leaders noted with satisfaction the growth of trade.", side="RU", counterpart_side="IN").acts
    ru = point_cues("Лидеры с удовлетворением отметили рост торговли.", side="RU", counterpart_side="IN").acts
    assert [(a.name, a.strength, a.speaker) for a in en] == [(a.name, a.strength, a.speaker) for a in ru]


def test_a_bare_noted_stays_a_statement():
    acts = point_cues("Putin noted that trade had grown.", side="RU", counterpart_side="US").acts
    assert acts[0].name == "stated"
