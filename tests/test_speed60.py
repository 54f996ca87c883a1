"""Round 60's speed fixes must not change what is read: each faster form against the one it replaced."""
import copy
import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readouts import concepts
from readouts.cues import (_LazyPattern, _acts_in, _capital_in, _find, _phrase_in, _stem, _stem_in, _term_regex,
                           _word_in, lexicon)

_TEXTS = [
    "Blinken said the US would not support Taiwan independence and urged China to agree.",
    "They discussed trade; it was agreed that the talks would go on, and Lavrov welcomed it.",
    "Лавров заявил, что Россия готова продолжить диалог, и призвал США отказаться от санкций.",
    "王毅表示，中方坚决反对美方干涉中国内政，双方同意保持沟通。",
    "The Secretary expressed concern, reaffirmed support and called on Moscow to de-escalate.",
]


def _span(m):
    return None if m is None else m.span()


@pytest.mark.parametrize("term, boundaries", [("urg*", True), ("expressed concern", True), ("doesn't", True),
                                              ("held ... talks", True), ("USA", True), ("заявил", True),
                                              ("举行 ... 会谈", False), ("表示", False)])
def test_a_lazy_term_pattern_matches_as_the_pattern_compiled_at_once(term, boundaries):
    lazy = _term_regex(term, boundaries)
    compiled = re.compile(lazy.pattern, lazy._flags)
    fresh = _LazyPattern(lazy.pattern, lazy._flags)
    assert "finditer" not in fresh.__dict__  # nothing compiled until a match is asked for
    for text in _TEXTS + ["She urged them; he doesn't; USA, usa", "举行坦诚、深入的会谈", "He held candid talks"]:
        assert [m.span() for m in fresh.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        for pos in (0, 3, 10):
            assert _span(fresh.match(text, pos)) == _span(compiled.match(text, pos))
            assert _span(fresh.search(text, pos)) == _span(compiled.search(text, pos))
    assert fresh.flags == compiled.flags and fresh.groups == compiled.groups
    assert fresh == lazy and hash(fresh) == hash(lazy) and fresh != _LazyPattern(lazy.pattern + "x", lazy._flags)
    for twin in (pickle.loads(pickle.dumps(fresh)), copy.deepcopy(fresh)):
        assert twin == fresh and [m.span() for m in twin.finditer(_TEXTS[0])] == [m.span() for m in compiled.finditer(_TEXTS[0])]


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_the_acts_past_the_literal_check_are_every_act_that_matches(lang):
    lex = lexicon(lang)
    for text in _TEXTS:
        every = [item for item in lex.acts if item[0].search(text)]
        assert [item for item in _acts_in(text, lex) if item[0].search(text)] == every
        for pos in range(0, len(text), 7):
            assert any(p.match(text, pos) for p, *_ in lex.acts) == any(p.match(text, pos) for p, *_ in _acts_in(text, lex))


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_find_over_a_lexicon_list_gives_each_caller_its_own_list(lang):
    lex = lexicon(lang)
    for text in _TEXTS:
        old = [m.span() for p in lex.negations for m in p.finditer(text) if m.end() > m.start()]
        first = _find(lex.negations, text)
        first.append(None)  # a caller's change stays its own
        assert [m.span() for m in _find(lex.negations, text)] == old


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_the_act_grades_are_those_of_each_names_first_term(lang):
    lex = lexicon(lang)
    for name in {n for _, n, *_ in lex.acts}:
        assert lex.act_grades[name] == next((st, pol, com) for _, n, st, pol, com in lex.acts if n == name)
    assert lex.commit_names == {n for _, n, _, _, com in lex.acts if com}


_WORD = st.sampled_from(["UN", "UN's", "SRs", "UK", "Councillor", "Mohammed", "West", "Bank", "Summit", "Joint",
                         "Communiques", "of", "the", "Strait", "Ukraine", "unilateral", "Кремль", "中国"])
_HAY = st.lists(st.sampled_from(["the", "UN", "un's", "unilateral", "Ukraine", "uk", "councilor", "Councillors",
                                 "Mohamed", "west", "West", "bank", "Bank", "summit's", "joint", "communiques",
                                 "Strait", "кремля", "中国", " ", ", ", "-"]), max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_WORD, _WORD, _HAY)
def test_the_cached_name_look_ups_answer_as_the_patterns_built_per_call(word, second, hay):
    doubled = re.compile(r"(\w)\1")
    start = r"(?<![0-9A-Za-zА-Яа-яЁё])"
    acronym = re.compile(r"([A-ZА-ЯЁ]{2,6})(?:['’]?s)?")

    def old_stem_in(w, h):
        if (m := acronym.fullmatch(w)) is not None:
            return re.search(start + re.escape(m.group(1).lower()) + r"(?:['’]?s)?(?![0-9A-Za-zА-Яа-яЁё])", h) is not None
        return re.search(start + re.escape(_stem(w)), doubled.sub(r"\1", h)) is not None

    def old_word_in(w, folded):
        if acronym.fullmatch(w) is not None:
            return old_stem_in(w, folded)
        return re.search(start + re.escape(doubled.sub(r"\1", w.lower())) + r"(?:['’]?s)?(?![0-9A-Za-zА-Яа-яЁё])",
                         doubled.sub(r"\1", folded)) is not None

    def old_capital_in(w, h):
        if not w[:1].isupper() or acronym.fullmatch(w) is not None:
            return old_stem_in(w, h.lower())
        stem = _stem(w)
        return re.search(start + re.escape(stem[:1].upper()) + "(?i:" + re.escape(stem[1:]) + ")",
                         doubled.sub(r"\1", h)) is not None

    name = f"{word} {second}"
    old_phrase = re.search(start + r"[\w'’]*\W+".join(re.escape(_stem(w)) for w in name.split()),
                           doubled.sub(r"\1", hay.lower())) is not None
    assert _stem_in(word, hay) == old_stem_in(word, hay)
    assert _word_in(word, hay.lower()) == old_word_in(word, hay.lower())
    assert _capital_in(word, hay) == old_capital_in(word, hay)
    assert _phrase_in(name, hay.lower()) == old_phrase


def test_the_gazetteer_is_built_once_for_each_reading():
    for f in (concepts._gazetteer, concepts._han_openers):
        f.cache_clear()
        for _ in range(3):  # a call with no argument no longer evicts those with one, nor they it
            assert f() is f(False) or f() == f(False)
            f(True)
        assert f.cache_info().misses <= 3
