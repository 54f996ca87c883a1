import json
from importlib import resources

import numpy as np
import pytest

from readouts.concepts import concept_names, concepts
from readouts.similarity import concept_scores


def test_the_same_concepts_in_three_languages():
    en = concepts("The Secretary urged Russia to end its war against Ukraine and warned of sanctions.")
    ru = concepts("Госсекретарь призвал Россию прекратить войну против Украины и пригрозил санкциями.")
    zh = concepts("国务卿敦促俄罗斯结束对乌克兰的战争，并警告将实施制裁。")
    assert {"russia", "ukraine", "war", "sanctions"} <= en
    assert {"russia", "ukraine", "war", "sanctions"} <= ru
    assert {"russia", "ukraine", "war", "sanctions"} <= zh


def test_synonyms_and_inflections_meet():
    assert "korean_peninsula" in concepts("They discussed the DPRK.") & concepts("They discussed North Korea.")
    assert "minsk" in concepts("в рамках Минских соглашений")  # a stem covers the inflection
    assert "united_states" in concepts("The U.S. side said so.")


@pytest.mark.parametrize("text", [
    "The weather was warm.",            # 'war' must be a whole word
    "He delivered a eulogy.",           # 'eu' must be a whole word
    "双方就核心利益交换了意见。",           # 核心 (core) is not 核 (nuclear)
])
def test_no_false_matches_on_short_stems(text):
    assert not {"war", "europe", "nuclear_arms_control"} & concepts(text)


def test_nothing_in_plain_text():
    assert concepts("") == frozenset()
    assert concepts("12345 !!!") == frozenset()


def test_gazetteer_is_well_formed():
    with resources.files("readouts").joinpath("data/concepts.json").open(encoding="utf-8") as fh:
        data = json.load(fh)["concepts"]
    assert tuple(sorted(data)) == concept_names()
    for name, forms in data.items():
        assert set(forms) == {"en", "ru", "zh"}, name
        for lang, items in forms.items():
            assert items, (name, lang)
            assert all(f == f.lower() and f.strip() == f and f for f in items), (name, lang)
            assert len(items) == len(set(items)), (name, lang)


def test_concept_channel_scores_cross_lingual_pairs():
    a = ["Blinken urged Russia to pull its troops back from Ukraine's border.", "They discussed climate change."]
    b = ["Лавров заявил, что войска находятся на территории России, а не у границы Украины.",
         "Стороны обсудили Иран."]
    rows, cols = np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1])
    s = concept_scores(a, b, rows, cols)
    assert s[0] > 0.5 and s[0] == s.max()  # troops, border, Ukraine, Russia: one exchange
    assert s[3] == 0.0  # climate vs Iran: nothing shared
    assert concept_scores(a, b, np.zeros(0, int), np.zeros(0, int)).shape == (0,)
