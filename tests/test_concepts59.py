"""A concept's ``literal`` forms: broad forms that count for the link model's concept and anchor
channels (:func:`readouts.concepts.concepts` with ``literal``) but never name the concept to a
reader (a link's shared topics, a coverage topic, the Chinese forms a topic's words are checked
against). "task" beside "tasked", "forces" beside "armed forces", 地区 beside 地区问题: the narrow
forms say what a reader is told, the broad one is a term two points share across languages, as the
channels counted it before the fifty-eighth round narrowed the forms (which cost the multilingual
model link F1 in leave-one-call-out). The texts are made up, in the corpus's style."""

import json
from importlib import resources

import numpy as np
import pytest

from readouts import Readout, compare
from readouts.concepts import chinese_forms, concept_label, concepts
from readouts.similarity import anchor_scores, concept_scores


# -- a broad form counts for the channels, not for a reader -----------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("The most pressing task is to ease the situation.", "teams_working_groups"),
    ("Outside forces have no right to interfere.", "troops_buildup"),
    ("They agreed to keep fighting international terrorism.", "war"),
    ("He underlined the importance of freedom of navigation.", "human_rights_democracy"),
    ("双方强调维护航行自由。", "human_rights_democracy"),
    ("美方的做法严重违背自由贸易规则。", "human_rights_democracy"),
    ("应携手反对单边霸凌。", "sanctions"),
    ("该地区局势持续紧张。", "global_issues"),
    ("Стороны выступили за расширение торгово-экономического сотрудничества.", "security_guarantees"),
    ("Владимир Путин сообщил журналистам, что разговор продолжался два часа.", "people_exchanges"),
])
def test_a_literal_form_counts_for_the_channels_and_names_nothing_to_a_reader(text, concept):
    assert concept in concepts(text, literal=True), text
    assert concept not in concepts(text), text


@pytest.mark.parametrize("text, concept", [
    ("The leaders tasked their teams with following up.", "teams_working_groups"),
    ("The Russian armed forces strictly abide by the rules.", "troops_buildup"),
    ("They oppose bloc confrontation.", "new_cold_war_competition"),
    ("He called for a swift end to the fighting.", "war"),
    ("He raised concerns about freedom of speech.", "human_rights_democracy"),
    ("双方就地区问题交换了意见。", "global_issues"),
    ("美方应取消对华单边制裁。", "sanctions"),
    ("Стороны обсудили вопросы расширения НАТО.", "security_guarantees"),
])
def test_a_narrow_form_inside_a_broad_literal_one_still_names_its_concept(text, concept):
    # what a ``not`` phrase could not say: "task" there would drop "tasked", a match inside it
    assert concept in concepts(text), text
    assert concept in concepts(text, literal=True), text


def test_a_chinese_literal_form_is_no_chinese_form_a_reader_is_shown():
    # the topic words of a point are checked against the Chinese forms that named its concepts:
    # a form that names none to a reader must not hide a word there
    assert "地区" not in chinese_forms("该地区局势持续紧张。")
    assert "自由" not in chinese_forms("双方强调维护航行自由。")
    assert "地区问题" in chinese_forms("双方就地区问题交换了意见。")


# -- the channels read the broad forms ---------------------------------------------------------------
def test_the_channels_bridge_languages_on_a_literal_form():
    # "freedom of navigation" and 航行自由 share no word, only the broad term of freedom
    a = ["The Secretary stressed freedom of navigation in the South China Sea.", "They discussed climate change."]
    b = ["王毅表示，中方致力于维护航行自由。", "双方讨论了伊朗核问题。"]
    rows, cols = np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1])
    assert concept_scores(a, b, rows, cols)[0] > 0
    assert anchor_scores(a, b, rows, cols)[0] > 0
    assert "human_rights_democracy" not in concepts(a[0]) | concepts(b[0])


# -- what a reader sees ------------------------------------------------------------------------------
def test_a_link_or_a_flag_shows_no_topic_of_a_literal_form(hash_embedder):
    broad = ("The most pressing task is to uphold freedom of navigation and keep outside forces from fighting "
             "over the region.")
    a = Readout.from_text("Blinken spoke with Wang Yi. " + broad + " They also discussed climate change.", side="US")
    b = Readout.from_text("Wang Yi spoke with Blinken. " + broad, side="CN")
    c = compare(a, b, embedder=hash_embedder)
    hidden = {concept_label(k) for k in ("teams_working_groups", "human_rights_democracy", "troops_buildup", "war")}
    shown = [e for link in c.links for e in link.evidence if e.startswith("shared topics: ")]
    assert c.links and not any(label in e for e in shown for label in hidden), shown
    told = [f.explanation for f in c.flags]
    assert not any(label in e for e in told for label in hidden), told


# -- the data file -----------------------------------------------------------------------------------
def test_literal_forms_are_well_formed():
    with resources.files("readouts").joinpath("data/concepts.json").open(encoding="utf-8") as fh:
        data = json.load(fh)["concepts"]
    assert any("literal" in forms for forms in data.values())
    for name, forms in data.items():
        literal = forms.get("literal", {})
        assert set(literal) <= {"en", "ru", "zh"} and all(literal.values()), name
        for lang, items in literal.items():
            assert all(f == f.lower() and f.strip() == f and f for f in items), (name, lang)
            assert len(items) == len(set(items)), (name, lang)
            # a literal form that is a form already would count for a reader: say it once
            assert not set(items) & set(forms[lang]), (name, lang)
