"""Russian cues of the forty-fourth round: the topic text of a Russian point loses the same actor
words as its English translation does ("the Russian side", "both presidents", "Vladimir Putin")."""
import pytest

from readouts.cues import point_cues, topic_text


def _cues(text, side="RU", counterpart="US"):
    return point_cues(text, side=side, language="ru", counterpart_side=counterpart)


@pytest.mark.parametrize("text,mention,side,topic", [
    # a side's adjective with "сторона" in the nominative or accusative is one mention, as the
    # genitive "российской стороны" was: the topic text keeps no bare "сторона"
    ("Российская сторона подчеркнула важность диалога.", "Российская сторона", "RU", "важность диалога."),
    ("Американская сторона передала ответ.", "Американская сторона", "US", "передала ответ."),
    ("Он проинформировал украинскую сторону о ходе переговоров.", "украинскую сторону", "UA",
     "о ходе переговоров."),
    # "оба президента" is both sides whole, as "обе стороны" is (not "оба" with "президента" left)
    ("Оба президента заявили о готовности продолжить диалог.", "Оба президента", "both",
     "о готовности продолжить диалог."),
    ("Оба лидера положительно оценили совместную работу.", "Оба лидера", "both", "совместную работу."),
])
def test_a_side_noun_phrase_is_one_mention_and_leaves_the_topic_text(text, mention, side, topic):
    c = _cues(text)
    assert (mention, side) in [(m.text, m.side) for m in c.mentions]
    assert topic_text(c) == topic


def test_the_side_phrase_keeps_the_speaker():
    c = _cues("Российская сторона подтвердила готовность оказать содействие.")
    assert (c.speaker, c.speaker_side) == ("own", "RU")
    assert [(a.name, a.speaker) for a in c.acts] == [("reaffirmed", "own")]
