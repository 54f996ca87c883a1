"""The position indexes that keep the cue pass near-linear on a long point give what the scans
they replace gave (readouts.cues._Starts, _named_after, _and_before)."""
import random
import re

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


# -- the second round (readouts.cues._Spans, _Overlaps, _runs_start, _passive_before, _ScanFrom) --

_WORDS = ["was", "were", "been", "being", "is", "had", "to", "fully", "quickly", "in", "the", "Budapest",
          "Memorandum", "Shanghai", "Communiqué", "three", "joint", "communiqués", "under", "of", "and", ",",
          ".", "who", "because", "Xi's", "Lavrov’s", "Russia", "Лавров", "было", "был", "被", "美方", "  ",
          "\n", "\t", "\u3000", "по", "A-b"]


def _texts(seed, n):
    rng = random.Random(seed)
    for _ in range(n):
        yield rng.choice(["", " ", " ", "\n"]).join(rng.choice(_WORDS) for _ in range(rng.randint(0, 18)))


def test_spans_read_as_the_scans_they_replace():
    rng = random.Random(5)
    for _ in range(200):
        spans = sorted((s, s + rng.randint(0, 6), "US", rng.choice(("side", "generic")))
                       for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 12))))
        idx = cues._Spans.of_tuples(spans)
        ms = _mentions([(s, e, "own") for s, e, *_ in spans])
        midx = cues._Spans.of_mentions(ms)
        for lo in range(-1, 70, 2):
            assert idx.starting(lo) == [x for x in spans if x[0] == lo]
            for hi in (lo, lo + 1, lo + 4, lo + 90):
                assert idx.ending(lo, hi) == [x for x in spans if lo <= x[1] <= hi]
                assert midx.ending(lo, hi) == [m for m in ms if lo <= m.end <= hi]


def test_overlaps_reads_as_the_scan_it_replaces():
    rng = random.Random(9)
    for _ in range(200):
        spans = [(s, s + rng.randint(0, 7)) for s in (rng.randint(0, 50) for _ in range(rng.randint(0, 10)))]
        overlaps = cues._Overlaps(spans)
        for s in range(-2, 60, 2):
            for e in (s - 1, s, s + 1, s + 3, s + 20):
                assert overlaps(s, e) == cues._overlaps(spans, s, e), (spans, s, e)
                assert overlaps.starting_in(s, e) == any(s <= s2 <= e for s2, _ in spans)


def test_runs_start_is_where_the_last_runs_start():
    for text in _texts(3, 150):
        for end in range(len(text) + 1):
            for runs in (1, 2, 4):
                want = 0
                found = [m.start() for m in re.finditer(r"\S+", text[:end])]
                if len(found) >= runs:
                    want = found[-runs]
                assert cues._runs_start(text, end, runs) == want, (text, end, runs)
                assert cues._space_start(text, end) == len(text[:end].rstrip())


def test_passive_before_reads_as_a_search_of_the_whole_prefix():
    for language in ("en", "ru", "zh"):
        lex = cues.lexicon(language, warn=False)
        for text in _texts(len(language), 150):
            for end in range(len(text) + 1):
                got, want = cues._passive_before(text, end, lex), lex.passive.search(text, 0, end)
                assert (got and got.span()) == (want and want.span()), (language, text, end)


def test_scan_from_reads_as_a_scan_from_the_sentence_start():
    lex = cues.lexicon("en", warn=False)
    for k, text in enumerate(_texts(17, 200)):
        text = text + " in the 1972 Shanghai Communiqué" if k % 2 else text
        for sentence in (0, len(text) // 3):
            scan = cues._ScanFrom(lex.past_document, text, sentence)
            ends = list(range(len(text) + 1))
            if k % 3 == 0:
                random.Random(k).shuffle(ends)  # in any order, not only the acts' own
            for end in ends:
                got = [m.span() for m in scan.matches(end)]
                assert got == [m.span() for m in lex.past_document.finditer(text, sentence, end)], (text, sentence, end)


def test_caused_and_trailing_frame_read_as_with_every_mention():
    lex = cues.lexicon("en", warn=False)
    words = ["get", "persuade", "told", "Biden", "Russia", "to", "fully", "agree", ",", "he", "said", "the",
             "Minister", "who", "and", ".", "  ", "\n"]
    rng = random.Random(23)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 16)))
        spans = sorted({(m.start(), m.end(), rng.choice(("own", "counterpart", "pronoun")))
                        for m in re.finditer(r"[A-Z]\w+|he", text) if rng.random() < 0.8})
        ms = _mentions(spans)
        idx = cues._Spans.of_mentions(ms)
        for start in range(len(text) + 1):
            assert cues._caused(text, start, ms, lex, idx) == cues._caused(text, start, ms, lex), (text, start)
            for end in range(start, min(len(text), start + 6) + 1):
                assert cues._trailing_frame(text, start, end, 1, False, ms, lex, (idx, cues._Starts(ms))) \
                    == cues._trailing_frame(text, start, end, 1, False, ms, lex), (text, start, end)


def test_find_before_reads_as_a_find_in_the_prefix():
    words = _WORDS + ["if", "If", "unless", "once", "again", "as", "long", "provided", "при", "условии", "что",
                      "если", "Если", "K", "ß", "ǅ"]
    rng = random.Random(31)
    for language in ("en", "ru"):
        lex = cues.lexicon(language, warn=False)
        pats = lex.conditionals + lex.not_conditionals
        for _ in range(150):
            text = rng.choice([" ", "  ", "\n"]).join(rng.choice(words) for _ in range(rng.randint(0, 20)))
            for end in range(len(text) + 1):
                got = [m.span() for m in cues._find_before(pats, text, end)]
                assert got == [m.span() for m in cues._find(pats, text[:end])], (language, text, end)


def test_term_reach_bounds_plain_terms_alone():
    assert cues._term_reach(cues._term_pattern("as long as", True).pattern) == 6
    assert cues._term_reach(cues._term_pattern("urg*", True).pattern) == 4
    assert cues._term_reach(cues._term_pattern("agreed ... to", True).pattern) is None  # up to four words between
    assert cues._term_reach(r"(?<!\w)a\Wb") is None  # not a lexicon term's


def test_recall_frames_read_as_a_scan_of_every_prefix():
    words = _WORDS + ["recalled", "Recalled", "recalling", "that", "напомнил", "напомнили", "что", "回顾", "Erdoğan"]
    rng = random.Random(41)
    for language in ("en", "ru", "zh"):
        lex = cues.lexicon(language, warn=False)
        for _ in range(100):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 20)))
            pats = cues._present(lex.recall_frames, text)
            for start in range(len(text) + 1):
                want = cues._find(lex.recall_frames, text[:start]) if pats is None else \
                    [m for p in pats for m in p.finditer(text, 0, start) if m.end() > m.start()]
                got = cues._recall_frames(text, start, lex)
                assert [m.span() for m in got] == [m.span() for m in want], (language, text, start)


def test_the_latin_letters_the_literal_pre_check_folds_fold_as_what_they_match():
    # "Erdoğan", "Türkiye", "Élysée" keep the literal pre-check (_folded): that is sound only where
    # every character case-insensitive matching pairs with such a letter, as the pattern's or as the
    # text's, folds as the letter does (dotted and dotless i do not: "ı" matches "i").
    every = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    latin = "".join(ch for ch in every if 0x80 <= ord(ch) < 0x250 and ch.isalpha()
                    and not cues._UNFOLDABLE.fullmatch(ch))
    assert "ğ" in latin and "é" in latin and "Ü" in latin and "ı" not in latin and "İ" not in latin
    for ch in latin:  # the letter as a pattern's
        assert all(m.group().casefold() == ch.casefold() for m in re.finditer(re.escape(ch), every, re.I)), ch
    for p in every:  # the letter as the text's
        assert all(m.group().casefold() == p.casefold() for m in re.finditer(re.escape(p), latin, re.I)), p
    assert cues._folded("Erdoğan in Türkiye") == "erdoğan in türkiye"
    assert cues._folded("Erdoğan in Türkiye, İstanbul") is None


def test_the_literal_index_keeps_the_items_whose_literal_a_text_holds_in_order():
    # _LiteralIndex.present: what the substring check of each item's literal kept, in the list's order
    from readouts.cues import _LITERALS, _LiteralIndex, _folded, lexicon

    rng = random.Random(3)
    for lang in ("en", "ru", "zh"):
        lex = lexicon(lang)
        for items in (lex.acts, lex.actors, lex.tone, lex.months, lex.number_words):
            literals = [_LITERALS.get(item[0].pattern, "") for item in items] or [""]
            for _ in range(60):
                words = [rng.choice(literals) for _ in range(rng.randint(0, 6))]
                text = rng.choice((" ", "", "，")).join(w[: rng.randint(1, len(w) + 1)] for w in words if w)
                text = rng.choice((text, text.upper(), text.title(), "Erdoğan " + text))
                folded = _folded(text)
                assert folded is not None
                assert _LiteralIndex.of(items).present(folded) == [
                    item for item, literal in zip(items, literals) if literal in folded], (lang, text)
