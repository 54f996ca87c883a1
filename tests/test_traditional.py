"""Chinese readouts in traditional characters (Taiwan and Hong Kong reprints of Xinhua): the cues read
them through a one-for-one fold to simplified characters (readouts.language.fold_traditional), the
script the Chinese lexicon and the concepts are written in, and quote the text as written."""

import json
import shutil
import subprocess
import sys
import warnings
from dataclasses import fields, replace
from importlib import resources
from pathlib import Path

import pytest

from readouts import InputError, Readout
from readouts.cues import (Cue, _name_key, _names_in, compare_cues, cross_names, lexicon, point_cues, readout_cues,
                           reports_call, topic_spans)
from readouts.errors import LanguageWarning
from readouts.language import _SIMPLIFIED, _TRADITIONAL, fold_traditional, readout_language, traditional_chinese

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
PAIRS = Path("/work/shared/readout-pairs")


def _data(name):
    with resources.files("readouts").joinpath(f"data/{name}").open("r", encoding="utf-8") as fh:
        return json.load(fh)


TABLE = _data("traditional_zh.json")
GROUPS = TABLE["groups"]
#: Each simplified character -> its traditional forms, the common one first (the table's inverse).
FORMS = {g[0]: g[1:] for g in GROUPS}
#: The table's inverse where it is unique: a simplified character that one traditional one folds to.
UNIQUE = {s: t for s, t in FORMS.items() if len(t) == 1}
COMMON = str.maketrans({s: t[0] for s, t in FORMS.items()})


def _strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from _strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from _strings(v)


def _han(text):
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


#: Every Chinese string the cues and concepts match: the Chinese lexicon's, the Han ones of the other
#: lexicons (the English and Russian ones know "台湾" too), the concepts' Chinese forms.
FORMS_MATCHED = sorted({s for name in ("cues_zh.json", "cues_en.json", "cues_ru.json")
                        for s in _strings(_data(name)) if _han(s)}
                       | {f for c in _data("concepts.json")["concepts"].values() for f in c.get("zh", [])})


def _chinese_sides():
    """(file name, side dict) of every Chinese readout of the corpus and the development pairs."""
    files = sorted(CORPUS.glob("*.json")) + (sorted(PAIRS.glob("*.json")) if PAIRS.is_dir() else [])
    out = []
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        for key in ("a", "b"):
            side = data.get(key) or {}
            if side.get("language") == "zh" or _han(" ".join(side.get("points", []))):
                out.append((f"{f.name}:{key}", side))
    return out


SIDES = _chinese_sides()


# -- the table -----------------------------------------------------------------------------------
def test_the_table_folds_one_character_for_one():
    traditional = [t for g in GROUPS for t in g[1:]]
    assert all(len(g) >= 2 for g in GROUPS)
    assert len(traditional) == len(set(traditional)), "a traditional character folds to two simplified ones"
    heads = {g[0] for g in GROUPS}
    assert len(heads) == len(GROUPS)
    # no chain (a traditional character that is another group's simplified one) and nothing left out folds
    assert not heads & set(traditional)
    assert not set(TABLE["left_out"]) & set(traditional)
    assert set(TABLE["notes"]) <= set(traditional)
    assert all(_han(ch) for ch in heads | set(traditional))
    text = "".join(traditional)
    folded = fold_traditional(text)
    assert len(folded) == len(text) and folded == "".join(g[0] for g in GROUPS for _ in g[1:])


def test_the_table_covers_the_characters_the_traditional_detector_counts():
    # every pair language.traditional_chinese counts by, and the forms a Taiwan or Hong Kong text writes
    assert fold_traditional(_TRADITIONAL) == _SIMPLIFIED
    assert fold_traditional("裡裏為爲眾衆說説啟啓線綫衛衞後於夥臺颱發髮係繫複復") == "里里为为众众说说启启线线卫卫后于伙台台发发系系复复"
    # left as written: characters simplified text writes too, of two readings
    for ch in TABLE["left_out"]:
        assert fold_traditional(ch) == ch


@pytest.mark.parametrize("form", FORMS_MATCHED)
def test_every_lexicon_and_concept_form_round_trips(form):
    # unfolded where the inverse is unique, and with each character's common traditional form: the
    # fold gives the form back, so a traditional text matches every term a simplified one does
    assert fold_traditional(form) == form
    assert fold_traditional("".join(UNIQUE.get(ch, ch) for ch in form)) == form
    assert fold_traditional(form.translate(COMMON)) == form


#: Forms ICU's transform folds that the table leaves out: no traditional Chinese ones (a rare
#: character of Extension A, two Japanese shinjitai, an archaic variant, another tree's name).
NOT_TRADITIONAL = "䬗関闘悳榖"


@pytest.mark.skipif(shutil.which("uconv") is None, reason="needs ICU's uconv")
def test_the_table_agrees_with_icus_transform():
    # Against an independent source: ICU's Traditional-Simplified transform, character by character.
    # Every traditional form of a character the lexicons, the concepts or the corpus's Chinese readouts
    # write is in the table (but those simplified text writes too, GB 2312's, and a few not Chinese),
    # and where ICU folds a character of the table, it folds it as the table does.
    chars = [chr(c) for c in range(0x4E00, 0xA000)] + [chr(c) for c in range(0x3400, 0x4DC0)]
    out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(chars) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    icu = {t: s for t, s in zip(chars, out) if s != t}

    def gb2312(ch):
        try:
            ch.encode("gb2312")
            return True
        except UnicodeEncodeError:
            return False

    written = {ch for form in FORMS_MATCHED for ch in form} | {
        ch for _, side in SIDES for p in side["points"] + [side.get("title") or ""] for ch in p}
    traditional = {t: g[0] for g in GROUPS for t in g[1:]}
    missing = sorted(t for t, s in icu.items() if s in written and not gb2312(t) and t not in traditional
                     and t not in NOT_TRADITIONAL)
    assert not missing
    assert not {t: (s, icu[t]) for t, s in traditional.items() if t in icu and icu[t] != s}
    # the forms ICU lacks, added by hand, are the notes' and left-out ones' (documented in the table)
    assert {t for t in traditional if t not in icu} <= set(TABLE["notes"])


@pytest.mark.parametrize("name, side", SIDES, ids=[n for n, _ in SIDES])
def test_a_simplified_text_is_unchanged_by_the_fold(name, side):
    for text in [*side.get("points", []), side.get("title") or "", side.get("issuer") or ""]:
        assert fold_traditional(text) == text


def test_the_fold_is_lazy_and_cheap():
    # importing the library reads no table, nor does reading an English text
    code = ("import readouts, readouts.language as l; from readouts.cues import point_cues; "
            "point_cues('Biden said the US opposes it.', side='US', participants=['Joseph R. Biden']); "
            "print(l._fold_data.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "0"
    text = "中華人民共和國主席習近平同美國總統拜登通電話。"
    assert fold_traditional(text) == "中华人民共和国主席习近平同美国总统拜登通电话。"
    assert fold_traditional("Путин") == "Путин" and fold_traditional("") == ""
    with pytest.raises(InputError, match="text must be str, not bytes"):
        fold_traditional("中華".encode())


# -- the cues of a traditional readout and of its simplified twin ----------------------------------
def _bare(pc):
    """A point's cues without its words: what they found, and where."""
    def bare(x):
        return replace(x, text="") if isinstance(x, Cue) else x

    changes = {"text": ""}
    for f in fields(pc):
        value = getattr(pc, f.name)
        if isinstance(value, Cue):
            changes[f.name] = bare(value)
        elif isinstance(value, tuple) and value and all(isinstance(x, Cue) for x in value):
            changes[f.name] = tuple(bare(x) for x in value)
    return replace(pc, **changes)


def _cues_quote(pc):
    """Every cue of a point, as a (start, end, text) triple."""
    out = []
    for f in fields(pc):
        value = getattr(pc, f.name)
        for x in (value if isinstance(value, tuple) else (value,)):
            if isinstance(x, Cue):
                out.append((x.start, x.end, x.text))
    return out


def _traditional(side):
    """A Chinese side written in traditional characters: each character its common traditional form."""
    return {**side, "points": [p.translate(COMMON) for p in side["points"]],
            "title": (side.get("title") or "").translate(COMMON) or None,
            "issuer": (side.get("issuer") or "").translate(COMMON) or None}


def _readout(side):
    return Readout.from_points(side["points"], side=side["side"], language=side.get("language"),
                               participants=side.get("participants") or [], title=side.get("title"),
                               issuer=side.get("issuer"))


TWINS = ["2022-07-28-us-cn-biden-xi-zh.json", "2021-11-15-us-cn-biden-xi-zh.json",
         "2023-06-18-us-cn-blinken-qin-zh.json", "2024-08-27-us-cn-sullivan-wang-zh.json"]


@pytest.mark.parametrize("name", TWINS)
@pytest.mark.parametrize("declared", [True, False])
def test_a_traditional_readout_gets_the_cues_of_its_simplified_twin(name, declared):
    data = json.loads((CORPUS / name).read_text(encoding="utf-8"))
    zh_key = "b" if data["b"].get("language") == "zh" else "a"
    other = _readout(data["a" if zh_key == "b" else "b"])
    simple_side = {**data[zh_key], "language": "zh" if declared else None}
    simple, trad = _readout(simple_side), _readout(_traditional(simple_side))
    assert traditional_chinese(trad.text) and not traditional_chinese(simple.text)
    changed = sum(a != b for a, b in zip(simple.text, trad.text))
    assert changed > len(simple.text) // 10  # a traditional text indeed: one character in ten or more differs
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LanguageWarning)
        simple_cues = readout_cues(simple, counterpart_side=other.side, counterpart_participants=other.participants)
        trad_cues = readout_cues(trad, counterpart_side=other.side, counterpart_participants=other.participants)
    assert sum(len(c.acts) for c in simple_cues) >= len(simple_cues) // 2  # cues to compare
    for s, t, point in zip(simple_cues, trad_cues, trad.points, strict=True):
        assert t.text == point.text
        # the same speaker, acts, tone and details, at the same spans
        assert _bare(t) == _bare(s)
        assert t.details.keys() == s.details.keys()
        # ... quoted from the text as written
        assert all(text == t.text[a:b] for a, b, text in _cues_quote(t))
        assert [(a, b) for a, b, _ in _cues_quote(t)] == [(a, b) for a, b, _ in _cues_quote(s)]
        assert topic_spans(t) == topic_spans(s)
        assert [reports_call(t, x) for x in t.acts] == [reports_call(s, x) for x in s.acts]
        assert {k: (v.start, v.end) for k, v in cross_names(t, other.language or "en").items()} == \
            {k: (v.start, v.end) for k, v in cross_names(s, other.language or "en").items()}
    # and against the other side's readout, the same cue shifts, details quoted as written
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LanguageWarning)
        other_cues = readout_cues(other, counterpart_side=simple.side, counterpart_participants=simple.participants)
    every_a, every_b = range(len(other_cues)), range(len(simple_cues))
    shift_s = compare_cues(other_cues, simple_cues, every_a, every_b)
    shift_t = compare_cues(other_cues, trad_cues, every_a, every_b)
    assert [(i, c.start, c.end) for i, c in shift_t.extra_details_a] == \
        [(i, c.start, c.end) for i, c in shift_s.extra_details_a]
    assert [(i, c.start, c.end) for i, c in shift_t.extra_details_b] == \
        [(i, c.start, c.end) for i, c in shift_s.extra_details_b]
    assert all(c.text == trad_cues[i].text[c.start:c.end] for i, c in shift_t.extra_details_b)
    assert (shift_t.strength_gap, shift_t.polarity_shift, shift_t.commitment_shift, shift_t.attribution_shift) == \
        (shift_s.strength_gap, shift_s.polarity_shift, shift_s.commitment_shift, shift_s.attribution_shift)


@pytest.mark.parametrize("chinese", ["习近平阐明了中方在台湾问题上的原则立场。", "習近平闡明了中方在台灣問題上的原則立場。"])
def test_a_name_of_a_traditional_point_is_the_english_points_name(chinese):
    # "台灣" is "Taiwan" across the two languages (the lexicon's english_names), as "台湾" is: no detail
    # one side has and the other lacks
    en = point_cues("Biden and Xi spoke about Taiwan.", side="US", counterpart_side="CN")
    zh = point_cues(chinese, side="CN", counterpart_side="US", language="zh")
    assert [c.text for c in cross_names(zh, "en").values()] == [chinese[9:11]]
    assert [c.text for c in cross_names(en, "zh").values()] == ["Taiwan"]
    shift = compare_cues([en], [zh], [0], [0])
    assert not shift.extra_details_a and not shift.extra_details_b


def test_the_other_readouts_traditional_text_gives_a_name_of_a_pair():
    # an English point's "Taiwan" is given by the Chinese readout's text, in either script
    pairs = lexicon("zh").english_names
    (k,) = [k for k, (_, zh) in enumerate(pairs) if any(p.fullmatch("台湾") for p in zh)]
    assert _names_in(pairs, f"xname:{k}", "雙方談及台灣問題。", native=True)
    assert _names_in(pairs, f"xname:{k}", "双方谈及台湾问题。", native=True)


@pytest.mark.parametrize("participants", [["王毅", "馬傑"], ["王毅", "马杰"]])
def test_participants_in_either_script_name_the_speakers_of_a_traditional_text(participants):
    # a participant the lexicon does not know, named in traditional characters or in simplified ones,
    # is found in either text: the counterpart (listed second) speaks
    simple = point_cues("马杰表示，美方愿同中方加强沟通。", side="CN", counterpart_side="US", participants=participants,
                        language="zh")
    trad = point_cues("馬傑表示，美方願同中方加強溝通。", side="CN", counterpart_side="US", participants=participants,
                      language="zh")
    assert (trad.speaker, trad.speaker_side, trad.speaker_span) == (simple.speaker, simple.speaker_side,
                                                                    simple.speaker_span) == ("counterpart", "US", (0, 2))
    assert trad.mentions[0].text == "馬傑"


def test_a_name_is_remembered_in_simplified_characters():
    # a narrator's name, remembered from a point or the issuer, is the same name in either script
    assert _name_key("習近平") == _name_key("习近平") == "习近平"


# -- the warning ---------------------------------------------------------------------------------
def test_the_warning_says_the_text_was_read_through_the_fold():
    r = Readout.from_text("國家主席習近平應約同美國總統拜登通電話。習近平強調，台灣問題是中國核心利益中的核心。", side="CN")
    with pytest.warns(LanguageWarning) as caught:
        assert readout_language(r) == "zh"
    (message,) = [str(w.message) for w in caught]
    assert message.startswith("readout 'CN' is written in traditional Chinese characters: its cues are read with "
                              "them folded to the simplified ones of the Chinese cue lexicon")
    assert "of two simplified readings" not in message
    # a character the fold leaves as written is named
    r = Readout.from_text("國家主席習近平同美國總統拜登通電話。習近平強調，中方本著相互尊重的原則。", side="CN")
    with pytest.warns(LanguageWarning, match="'著', of two simplified readings, is read as written"):
        readout_language(r)


def test_the_concepts_read_traditional_characters_through_the_fold():
    # concepts() matched its simplified Chinese forms against the text as written: a Taiwan or Hong Kong
    # reprint's "烏克蘭" and "一個中國原則" were no Ukraine and no one-China concept, so the concept and anchor
    # channels of its links (and the cross-lingual ones) were blind to them
    from readouts.concepts import concepts

    simplified = "双方就乌克兰局势交换了意见。王毅强调一个中国原则。"
    traditional = "雙方就烏克蘭局勢交換了意見。王毅強調一個中國原則。"
    assert concepts(traditional) == concepts(simplified) and len(concepts(simplified)) >= 2
    assert concepts("Ukraine and the one-China principle") & concepts(traditional)
