"""The position indexes that keep the cue pass near-linear on a long point give what the scans
they replace gave (readouts.cues._Starts, _named_after, _and_before)."""
import random

from readouts import cues
from readouts.cues import Mention, _AND_BEFORE, _NAMES_ONLY, _Starts, _and_before, _named_after


def _mentions(spans):
    return [Mention(s, e, "x" * (e - s), "US", role) for s, e, role in spans]


def test_starts_reads_as_the_scans_it_replaces():
    rng = random.Random(7)
    for trial in range(200):
        spans = sorted((s, s + rng.randint(0, 6), rng.choice(("own", "pronoun"))) for s in
                       (rng.randint(0, 60) for _ in range(rng.randint(0, 12))))
        if trial % 3 == 0:
            rng.shuffle(spans)  # out of order: scanned as before
        ms = _mentions(spans)
        idx = _Starts(ms)
        assert idx.ordered == (trial % 3 != 0 or [m.start for m in ms] == sorted(m.start for m in ms))
        for lo in range(-1, 70, 3):
            assert list(idx.after(lo)) == [m for m in ms if m.start >= lo]
            for hi in range(lo, 70, 5):
                assert idx.within(lo, hi) == [m for m in ms if lo <= m.start and m.end <= hi]


def test_named_after_reads_as_a_scan_of_every_later_mention():
    # names, initials and dotted runs, lower-case words and punctuation between: no mention past
    # the run of capitalised words is one _NAMES_ONLY reaches, so none is read
    rng = random.Random(11)
    words = ["Лавров", "С.", "В.", "С.В.Лавров", "министр", "Сергей", "Blinken", "U.S.", "and", ",", ".",
             "—", "A-b", "Ёж", "x.Y", "  ", "\n"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
        spans = []
        for _ in range(rng.randint(0, 8)):
            s = rng.randint(0, len(text))
            spans.append((s, min(len(text), s + rng.randint(0, 8)), rng.choice(("own", "counterpart", "pronoun"))))
        ms = _mentions(sorted(spans))
        idx = _Starts(ms)
        for end in range(len(text) + 1):
            want = next((m for m in ms if m.start >= end and m.role != "pronoun"
                         and _NAMES_ONLY.fullmatch(text, end, m.start)), None)
            assert _named_after(text, end, idx) == want, (text, end)


def test_named_after_finds_the_inverted_speaker():
    c = cues.point_cues("Переговоры важны, — подчеркнул министр иностранных дел России Сергей Лавров.", side="RU",
                        counterpart_side="US", language="ru")
    assert c.acts and c.acts[0].speaker == "own"


def test_and_before_reads_as_a_search_of_the_whole_prefix():
    texts = [
        "He met Lavrov and" + " " * 100 + "stressed that Russia and also further agreed, band stressed",
        "Лавров, а также" + " " * 90 + "в свою очередь   вновь" + "\t" * 70 + "подчеркнул, что и  снова заявил",
        "中方将继续支持双方加强沟通，并且" + " " * 120 + "强调，还" + "\u3000" * 90 + "指出",
        "x" * 200 + " and " + "word " * 30 + "and" + " " * 81,
        ("the Secretary stressed the importance of dialogue with Russia and " * 5)[:-1],
    ]
    for text in texts:
        for i in range(len(text) + 1):
            assert _and_before(text, i) == bool(_AND_BEFORE.search(text[:i])), (text, i)
