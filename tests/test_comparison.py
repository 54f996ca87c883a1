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
    "discussed the weather in Moscow.", side="RU")


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


def test_unknown_option_and_bad_threshold(hash_embedder):
    with pytest.raises(InputError, match="unknown option"):
        compare(US, RU, embedder=hash_embedder, treshold=0.3)
    with pytest.raises(InputError, match="between 0 and 1"):
        compare(US, RU, embedder=hash_embedder, link_threshold=2)


def test_thresholds_are_recorded_in_signature(hash_embedder):
    c = compare(US, RU, embedder=hash_embedder, link_threshold=0.9)
    assert c.signature.parameters["link_threshold"] == 0.9
    assert c.signature.embedder == "hash-bow-test"
    assert c.signature.version == readouts.__version__


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
    assert all(j != 3 for l in c.links for j in l.b)  # the weather has no counterpart
    assert 3 in c.only_b
    assert len(c.signature.weights_hash) == 64
    assert compare(RU, US, embedder=real_embedder) == c.mirrored()


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
