import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readouts.segmentation import split_spans, strip_marker


def pieces(text):
    return [text[s:e] for s, e in split_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Blinken met Mr. Lavrov on Jan. 18. They discussed Ukraine.",
         ["Blinken met Mr. Lavrov on Jan. 18.", "They discussed Ukraine."]),
        ("The U.S. Secretary of State spoke with the U.N. envoy. Both agreed.",
         ["The U.S. Secretary of State spoke with the U.N. envoy.", "Both agreed."]),
        ("Russia must talk to the U.S. The Secretary said so.", ["Russia must talk to the U.S.", "The Secretary said so."]),
        ("J. Blinken met Gen. Milley and Dr. Smith at 9 a.m. on Feb. 2. No. 10 was told.",
         ["J. Blinken met Gen. Milley and Dr. Smith at 9 a.m. on Feb. 2.", "No. 10 was told."]),
        ("St. Petersburg hosted it. He left.", ["St. Petersburg hosted it.", "He left."]),
        ('He said: "We will not back down." Then he left.', ['He said: "We will not back down."', "Then he left."]),
        ('"Will you?" he asked. Lavrov smiled.', ['"Will you?" he asked.', "Lavrov smiled."]),
        ("Points:\n- first item\n- second item\n1. numbered\n2) another",
         ["Points:", "- first item", "- second item", "1. numbered", "2) another"]),
        ("First paragraph without a stop\n\nSecond paragraph", ["First paragraph without a stop", "Second paragraph"]),
        ("Talks were held in 2022 г. с участием В. В. Путина. Стороны обсудили Украину, т.е. Донбасс. Далее.",
         ["Talks were held in 2022 г. с участием В. В. Путина.", "Стороны обсудили Украину, т.е. Донбасс.", "Далее."]),
        ("С.В. Лавров провёл переговоры. Он заявил: «Мы не согласны». Блинкен возразил.",
         ["С.В. Лавров провёл переговоры.", "Он заявил: «Мы не согласны».", "Блинкен возразил."]),
        ("习近平表示，中方坚决反对。双方同意保持联系；拜登说：“美方不支持台独。”他还说！好？",
         ["习近平表示，中方坚决反对。", "双方同意保持联系；", "拜登说：“美方不支持台独。”", "他还说！", "好？"]),
        ("The rate was 3.5 percent. It rose.", ["The rate was 3.5 percent.", "It rose."]),
    ],
)
def test_splits(text, expected):
    assert pieces(text) == expected


def test_punctuation_only_piece_is_kept_with_its_neighbour():
    text = "The call ended.\n\n—\n\nNext point."
    assert pieces(text) == ["The call ended.\n\n—", "Next point."]


def test_strip_marker():
    assert strip_marker("- first item") == "first item"
    assert strip_marker("2) item") == "item"
    assert strip_marker("No marker here") == "No marker here"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_spans_are_exact_and_lose_nothing(text):
    spans = split_spans(text)
    covered = set()
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip()
        covered.update(range(s, e))
        prev = e
    assert all(ch.isspace() for k, ch in enumerate(text) if k not in covered)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "U.S.", "Jan.", "He", "said", "it.", "“Yes.”", "г.", "。", "\n\n", "- ", "1."]),
                max_size=40))
def test_tricky_tokens_never_lose_content(words):
    text = " ".join(words)
    joined = "".join(text[s:e] for s, e in split_spans(text))
    assert joined.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
