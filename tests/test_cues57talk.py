"""Round 57 (talk): the talk itself as the subject of a verb of subject matter ("Their conversation
dealt with ...") is a talk of both sides; a list of adverbs inside "talked ... about"; a side's act
that a plain statement relays ("He said Putin had congratulated him") credits that side."""
import warnings

import pytest

from readouts.cues import point_cues

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
