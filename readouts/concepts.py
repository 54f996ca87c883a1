"""Concepts that recur in diplomatic readouts, matched in English, Russian and Chinese.

The gazetteer (``data/concepts.json``) maps a concept ("ukraine", "sanctions", "one_china_communiques")
to its surface forms per language. :func:`concepts` returns the concepts a point mentions, so the
lexical channel can see that "Украина", "乌克兰" and "Kyiv" name the same thing, and a link's
evidence can name the topics both points share, across languages.

Matching rules (no fuzzy matching, nothing learned):

* English and Russian forms are sequences of word stems: each stem must begin a word, in order,
  on consecutive words of one clause ("security council" matches "Security Council's"; no comma,
  semicolon, colon, dash, "!" or "?" between them, nor a period but one after an abbreviation:
  "demanded his release, saying" holds no "release say", "U.S. forces" is one; a comma only where
  the form writes one, "peace, stab" for "peace, stability"; quotation marks and brackets count for
  nothing); a stem of one or two
  letters, or one ending in ``=``, must be the whole word ("eu=", "u s" for "U.S."); a stem written
  in capitals must be the whole word written so ("US" is the United States, "us" a pronoun);
* Chinese forms match anywhere in the text (Chinese has no spaces); a form with "…" matches its
  pieces in order with up to eight characters of one clause between them ("解决…危机": "妥善解决乌克兰
  危机"), each piece a match of the concept (the characters between keep their own concepts);
* a concept's ``not`` forms (matched the same way) are phrases that hold one of its forms but do not
  mention it: a match of the concept inside one of them does not count ("peace and tranquillity" is
  no peace settlement, "the Akkuyu nuclear power plant" no nuclear arms control). A ``not`` phrase
  may be a form itself: the form then counts only in the literal reading, as a term the two sides
  share across languages, and never names the concept to a reader ("the Normandy format" is no
  Minsk agreement, an "attack" no terrorism, "casualties" alone no humanitarian issue);
* a concept's ``literal`` forms count only in the literal reading, whatever holds them: a broad
  form whose narrow versions are what a reader is told ("task" beside "tasked" and "task force",
  "forces" beside "armed forces", 地区 beside 地区问题). The link model's channels gain from the
  broad term both sides share, while "the urgent task" names no team to a reader (USE+e5 in
  leave-one-call-out, the fifty-ninth round: link F1 on the 40 cross-lingual files 0.505 -> 0.516,
  on the 93 English ones 0.586 -> 0.581; all 133 link / asym / only 0.560 / 0.364 / 0.683 ->
  0.561 / 0.372 / 0.691). A ``not`` phrase cannot say this: "task" in ``not`` would drop "tasked"
  too, a match inside it; and unlike a ``not`` one, a Chinese ``literal`` form is no form a
  point's topic words leave out (:func:`chinese_forms`).

>>> sorted(concepts("Lavrov raised the Minsk agreements and NATO expansion."))
['minsk', 'nato', 'russia', 'security_guarantees']
>>> sorted(concepts("Лавров поднял вопрос о Минских соглашениях.")) == ['minsk', 'russia']
True
>>> sorted(concepts("They agreed to keep peace and tranquillity on the border."))
['border']
>>> sorted(concepts("The urgent task is to defend freedom of navigation.", literal=True)), concepts("The urgent task.")
(['human_rights_democracy', 'teams_working_groups'], frozenset())
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from .language import fold_traditional
from .segmentation import composed

__all__ = ["concepts", "concept_names", "concept_label", "chinese_forms", "concept_words"]

_WORD = re.compile(r"\w+", re.UNICODE)


#: A stem sequence: (stem, whole word only) pairs, matched on consecutive words.
Stems = tuple[tuple[str, bool], ...]
#: A form as indexed: its stems, its concept, and the junctions (k: between stems k - 1 and k) where
#: the form writes a comma, which the text may hold there ("peace, stab" for "peace, stability").
Entry = tuple[Stems, str, frozenset[int]]


@lru_cache(maxsize=1)
def _data() -> dict[str, dict]:
    """The gazetteer file's concepts: name -> {"label": ..., "en": [...], "ru": [...], "zh": [...],
    "not": {"en": [...], ...}}."""
    with resources.files("readouts").joinpath("data/concepts.json").open("r", encoding="utf-8") as fh:
        return json.load(fh)["concepts"]


#: The languages of the gazetteer's forms (a concept's other keys: its label, ``not`` and ``literal``).
_LANGUAGES = ("en", "ru", "zh")


def _index(forms: dict[str, dict]) -> tuple[dict[str, list[Entry]], list[tuple[str, str]]]:
    """Each concept's forms of ``forms`` (concept -> {language: [form, ...]}) as (first stem ->
    [(stems, concept, comma junctions)], Chinese [(form, concept)])."""
    by_first: dict[str, list[Entry]] = {}
    han: list[tuple[str, str]] = []
    for concept, langs in forms.items():
        for lang in _LANGUAGES:
            for form in langs.get(lang, ()):
                if lang == "zh":
                    han.append((form, concept))
                elif stems := _stems(form):
                    by_first.setdefault(stems[0][0].lower(), []).append((stems, concept, _commas(form)))
    return by_first, han


# (no bound: ``literal`` has two values, but the cache keys ``f()`` and ``f(False)`` apart, and with
# room for two the three calls evicted each other, rebuilding the index ~350 times a corpus run)
@lru_cache(maxsize=None)
def _gazetteer(literal: bool = False) -> tuple[dict[str, list[Entry]], list[tuple[str, str]]]:
    """(first stem -> [(stems, concept)], Chinese [(form, concept)]): the forms that name a concept
    to a reader, and with ``literal`` each concept's ``literal`` forms too (the channels' reading)."""
    data = _data()
    if not literal:
        return _index(data)
    return _index({c: {lang: [*forms.get(lang, ()), *forms.get("literal", {}).get(lang, ())] for lang in _LANGUAGES}
                   for c, forms in data.items()})


@lru_cache(maxsize=1)
def _exceptions() -> tuple[dict[str, list[Entry]], list[tuple[str, str]]]:
    """Each concept's ``not`` forms, indexed as :func:`_gazetteer` indexes its forms."""
    return _index({c: forms["not"] for c, forms in _data().items() if "not" in forms})


@lru_cache(maxsize=1)
def _excepted() -> frozenset[str]:
    """The concepts that list ``not`` phrases: a text with no match of one needs no look for them."""
    return frozenset(c for c, forms in _data().items() if "not" in forms)


@lru_cache(maxsize=None)  # see _gazetteer
def _han_openers(literal: bool = False) -> re.Pattern[str]:
    """The characters the Chinese forms (``literal``: the channels' forms) open with, as one pattern:
    a text without any of them holds no Chinese form, and most texts (English, Russian) are spared a
    look for each of the ~300 forms."""
    _, han = _gazetteer(literal)
    firsts = sorted({form[:1] for form, _ in han})
    if "" in firsts:  # an empty form is in every text
        return re.compile("")
    return re.compile("[" + "".join(re.escape(ch) for ch in firsts) + "]" if firsts else "(?!)")


def _stems(form: str) -> Stems:
    """A form as (stem, whole word only) pairs, split like the text is ("u.s." -> "u", "s"); a stem
    in capitals ("US") keeps its case and is a whole word."""
    out: list[tuple[str, bool]] = []
    for piece in form.split():
        parts = _WORD.findall(piece)
        for k, part in enumerate(parts):
            capitals = part.isupper() and len(part) > 1
            out.append((part if capitals else part.lower(),
                        capitals or len(part) <= 2 or (piece.endswith("=") and k == len(parts) - 1)))
    return tuple(out)


#: What ends a clause between two words (a period: :func:`_breaks`): a form's words, and a ``not``
#: phrase's, are read within one clause ("demanded his release, saying" holds no "release say").
#: Quotation marks and brackets around a name are none ("ракет «Томагавк»").
_CLAUSE_MARK = re.compile(r"[;:!?—–…。；：！？]")
#: A period right after a word this short ends an abbreviation, no sentence ("U.S. forces", "St. Petersburg").
_ABBREVIATION = 3


def _breaks(low: str) -> list[str]:
    """For each word of ``low`` (as :data:`_WORD` finds them), the clause mark between it and the word
    before it: "," for a comma alone (which a form may write: :func:`_commas`), "." for a semicolon,
    a colon, a dash, "!", "?", or a period after a word of more than three characters; "" for none."""
    out, end, size = [], 0, 0
    for m in _WORD.finditer(low):
        gap = low[end:m.start()]
        out.append("." if _CLAUSE_MARK.search(gap) or ("." in gap and size > _ABBREVIATION)
                   else "," if "," in gap or "，" in gap or "、" in gap else "")
        end, size = m.end(), len(m.group())
    return out


def _commas(form: str) -> frozenset[int]:
    """The junctions of ``form``'s stems (k: between stems k - 1 and k) where it writes a comma."""
    out, k = set(), 0
    for piece in form.split():
        k += len(_WORD.findall(piece))
        if piece.endswith(","):
            out.add(k)
    return frozenset(out)


def _matches(words: list[str], at: int, stems: Stems, cased: list[str] | None = None,
             breaks: list[str] | None = None, commas: frozenset[int] = frozenset()) -> bool:
    """Whether ``stems`` match ``words`` from ``at`` (``cased``: the words as written, which a stem in
    capitals must equal; without them such a stem matches nothing; ``breaks``: :func:`_breaks` of
    the text, none of which a match may hold between its words but a comma at one of ``commas``)."""
    if at + len(stems) > len(words):
        return False
    if breaks is not None and any(breaks[at + k] and not (breaks[at + k] == "," and k in commas)
                                  for k in range(1, len(stems))):
        return False
    for k, (s, exact) in enumerate(stems):
        if s != s.lower():
            if cased is None or cased[at + k] != s:
                return False
        elif not (words[at + k] == s if exact else words[at + k].startswith(s)):
            return False
    return True


@lru_cache(maxsize=65_536)  # the same point is looked up by the channel and by each link's evidence
def concepts(text: str, *, literal: bool = False) -> frozenset[str]:
    """The gazetteer concepts ``text`` mentions (see the module notes for the matching rules).

    ``literal``: every form found, a concept's ``literal`` forms and inside its ``not`` phrases
    too, as the concept and anchor channels of the link model count them (:func:`readouts.similarity.concept_scores`):
    there a concept is a shared term across languages, and "peace and stability" on both sides of
    a call shares the term of "peace" ("和平稳定"); only what a reader is told (a link's shared
    topics, a topic's name) leaves such a match out. Leaving it out of the channels too cost the
    default model 0.01 link F1 in leave-one-call-out (the fifty-fourth round).

    >>> sorted(concepts("peace and stability across the Strait")), sorted(concepts("peace and stability", literal=True))
    ([], ['peace_settlement'])
    """
    _, han = _gazetteer(literal)
    low = fold_traditional(composed(text).lower())  # a traditional Chinese text: its forms are simplified
    # each match as (start, end, concept): characters for the Chinese forms, words for the others
    spans: list[tuple[int, int, str]] = []
    if _han_openers(literal).search(low):
        spans = _han_spans(low, han)
        if not literal and any(c in _excepted() for _, _, c in spans):
            spans = _unless(spans, _han_spans(low, _exceptions()[1]))
    return frozenset(_longest(spans) | {c for _, _, c in _word_matches(text, literal)[1]})


@lru_cache(maxsize=4096)
def _word_matches(text: str, literal: bool = False) -> tuple[list[str], list[tuple[int, int, str]]]:
    """``text``'s words (lower case) and the matches of the English and Russian forms that count in
    it, as (start, end, concept) in words (``literal``: the ``literal`` forms and inside ``not``
    phrases too)."""
    by_first, _ = _gazetteer(literal)
    low = fold_traditional(composed(text).lower())
    words = _WORD.findall(low)
    cased = _WORD.findall(fold_traditional(composed(text)))
    as_written = cased if len(cased) == len(words) else None
    breaks = _breaks(low)
    spans = _word_spans(words, by_first, as_written, breaks)
    if not literal and any(c in _excepted() for _, _, c in spans):
        spans = _unless(spans, _word_spans(words, _exceptions()[0], as_written, breaks))
    # a longer match swallows another only where it is a name, its words capitalised ("the South
    # China Sea", "World War"): "the military build-up" is about the military and a build-up both
    named = [(s, e, c) for s, e, c in spans
             if len(cased) == len(words) and all(w[:1].isupper() for w in cased[s:e])]
    return words, [(s, e, c) for s, e, c in spans if not _inside(s, e, c, named)]


def concept_words(text: str) -> dict[str, frozenset[str]]:
    """The words of each English or Russian match of a concept in ``text``, as written: what names
    it there ("artificial" and "intelligence" name AI in "artificial intelligence").

    >>> concept_words("Cooperation on artificial intelligence.") == {"ai": {"artificial", "intelligence"},
    ...                                                               "cooperation": {"Cooperation"}}
    True
    """
    words, spans = _word_matches(text)
    cased = _WORD.findall(fold_traditional(composed(text)))
    if len(cased) != len(words):  # a letter whose lower case is of another length: no case to give
        cased = words
    out: dict[str, set[str]] = {}
    for s, e, c in spans:
        out.setdefault(c, set()).update(cased[s:e])
    return {c: frozenset(ws) for c, ws in out.items()}


#: What may stand between the pieces of a Chinese form with a gap ("解决…危机"): a few characters
#: of the same clause, no punctuation.
_HAN_GAP = r"[^\s，,。．.；;：:！!？?、（()）“”\"‘’'《》]{0,8}?"


@lru_cache(maxsize=None)
def _gapped(form: str) -> re.Pattern[str]:
    """A Chinese form with "…" as a pattern, each piece a group."""
    return re.compile(_HAN_GAP.join("(" + re.escape(piece) + ")" for piece in form.split("…")))


def _han_spans(low: str, han: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Each match of a Chinese form in ``low`` as (start, end, concept), in characters; a form with a
    gap gives one span for each of its pieces."""
    spans = []
    for form, c in han:
        first = form.split("…")[0]
        at = low.find(first)
        while first and at >= 0:
            if first == form:
                spans.append((at, at + len(form), c))
            elif m := _gapped(form).match(low, at):
                spans += [(m.start(k), m.end(k), c) for k in range(1, len(m.groups()) + 1)]
            at = low.find(first, at + 1)
    return spans


def _word_spans(words: list[str], by_first: dict[str, list[Entry]],
                cased: list[str] | None = None, breaks: list[str] | None = None) -> list[tuple[int, int, str]]:
    """Each match of an English or Russian form in ``words`` as (start, end, concept), in words
    (``cased``: the words as written, for the forms in capitals; ``breaks``: where a clause mark
    stands between two words, :func:`_breaks`)."""
    spans = []
    for at, w in enumerate(words):
        for cut in range(1, len(w) + 1):
            for stems, concept, commas in by_first.get(w[:cut], ()):
                if _matches(words, at, stems, cased, breaks, commas):
                    spans.append((at, at + len(stems), concept))
    return spans


def _unless(spans: list[tuple[int, int, str]], exceptions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` less those inside an exception of their own concept (its ``not`` forms)."""
    return [(s, e, c) for s, e, c in spans if not any(c2 == c and s2 <= s and e <= e2 for s2, e2, c2 in exceptions)]


def _inside(s: int, e: int, c: str, spans: list[tuple[int, int, str]]) -> bool:
    """Whether the match ``s:e`` of concept ``c`` lies inside a longer match of another concept."""
    return any(c2 != c and s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2, c2 in spans)


def _longest(spans: list[tuple[int, int, str]]) -> set[str]:
    """The concepts of ``spans`` with a match not inside a longer match of another concept (the
    longest form wins: "中国南海" names China and the sea, "世界大战" the war, not world affairs)."""
    return {c for s, e, c in spans if not _inside(s, e, c, spans)}


def concept_names() -> tuple[str, ...]:
    """Every concept of the gazetteer, sorted."""
    by_first, han = _gazetteer(False)
    return tuple(sorted({c for entries in by_first.values() for _, c, _ in entries} | {c for _, c in han}))


def concept_label(concept: str) -> str:
    """How reports name a concept (its ``label`` in the gazetteer).

    >>> concept_label("sovereignty_integrity")
    'sovereignty and territorial integrity'
    """
    forms = _data().get(concept, {})
    return str(forms.get("label", concept.replace("_", " ")))


def chinese_forms(text: str) -> tuple[str, ...]:
    """The gazetteer's Chinese forms that occur in ``text``, longest first (what matched its
    concepts in Chinese, which has no word boundaries to show it): the forms a reader is told, no
    ``literal`` one.

    >>> chinese_forms("维护主权和领土完整")
    ('领土完整', '主权')
    """
    _, han = _gazetteer(False)
    if not _han_openers(False).search(text):
        return ()
    found = {form for form, _ in han if "…" not in form and form in text}
    found |= {piece for form, _ in han if "…" in form and _gapped(form).search(text) for piece in form.split("…")}
    return tuple(sorted(found, key=lambda f: (-len(f), f)))
