"""Gazetteer forms the cross-lingual files showed missing (round 55, xl55).

On the 40 cross-lingual corpus files, a Russian or Chinese point named a concept its English
twin's translation names, but with a form the gazetteer lacked (missing native forms); and English
points said things their Russian or Chinese counterparts name with gazetteer forms ("China-US
relations" / "中美关系", "keep up contacts" / "поддерживать контакты") but no English form
matched (English forms narrower than the native ones). Made-up sentences only.
"""

from __future__ import annotations

import pytest

from readouts.concepts import concepts
from readouts.similarity import _literal_concepts


@pytest.mark.parametrize("text, concept", [
    # "美中" is "中美" with the US first, as a US speaker's words are reported in Chinese
    ("他表示，美中关系十分重要。", "china"),
    ("他表示，美中关系十分重要。", "united_states"),
    ("他希望对方奉行理性务实的对华政策。", "china"),  # "policy towards China"
    ("Он заявил, что вооружённые силы действуют по плану.", "troops_buildup"),  # armed forces
    ("Он заявил, что вооруженные силы действуют по плану.", "troops_buildup"),
    ("两国可以携手维护地区稳定。", "cooperation"),  # "work together"
    ("两国元首同意保持经常性联系。", "communication_channels"),  # "stay in regular contact"
])
def test_native_forms(text: str, concept: str) -> None:
    assert concept in concepts(text)
    assert concept in _literal_concepts(text)


def test_native_forms_keep_their_neighbours() -> None:
    # the new forms add a concept, they do not take the other concepts of their words away
    assert {"bilateral_relations", "china", "united_states"} <= concepts("美中关系十分重要。")


@pytest.mark.parametrize("en, native, concept", [
    ("Xi said China-US relations are of great importance.", "习近平强调，中美关系十分重要。", "bilateral_relations"),
    ("They agreed to keep up contacts at various levels.", "Стороны договорились поддерживать контакты на разных уровнях.",
     "communication_channels"),
    ("The two sides should step up communication.", "双方应加强沟通。", "communication_channels"),
])
def test_english_forms_meet_the_native_ones(en: str, native: str, concept: str) -> None:
    # the native form already matched; the English words saying the same did not
    assert concept in _literal_concepts(native)
    assert concept in _literal_concepts(en)
    assert concept in concepts(en)


def test_relations_act_stays_a_name() -> None:
    # "Relations" inside the name of the Taiwan Relations Act is the act, not the bilateral relations
    assert "bilateral_relations" not in concepts("They discussed the Taiwan Relations Act.")


def test_healthy_is_no_health() -> None:
    # "health" began "healthy": every "healthy and stable relations" was about the pandemic
    assert "health_pandemic" not in concepts("They want healthy and stable relations.")
    assert "health_pandemic" not in _literal_concepts("They want healthy and stable relations.")
    assert "health_pandemic" in concepts("They discussed global health and the pandemic.")
