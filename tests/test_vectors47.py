"""What an embedder of one's own may return: float16 / float64 / unnormalised arrays, torch tensors
(requiring grad, bfloat16, a list of them), lists of lists; and a width that changes between calls.
Each gives the comparison the float32 vectors give, or an EmbedderError saying what is wrong."""

import warnings

import numpy as np
import pytest

from conftest import HashEmbedder
from readouts import CachedEmbedder, Readout, compare
from readouts.embedding import _check_vectors, check_token_vectors
from readouts.errors import EmbedderError, EmbedderWarning
from readouts.errors import CalibrationWarning

US = Readout.from_text("Blinken spoke with Lavrov. He urged de-escalation. They discussed Ukraine.", side="US")
RU = Readout.from_text("Lavrov and Blinken spoke by phone. Lavrov raised NATO. They discussed Ukraine.", side="RU")


class Returning(HashEmbedder):
    """HashEmbedder whose float32 rows are handed back through ``make(rows, call_number)``."""

    def __init__(self, make):
        super().__init__()
        self.make, self.n = make, 0

    def encode(self, texts):
        self.n += 1
        return self.make(super().encode(texts), self.n)


PLAIN_COMPARISON = compare(US, RU, embedder=HashEmbedder())


def same_as_plain(c):
    """The float32 result's links, labels and one-sided points, and its scores within half-precision
    rounding (float16 vectors carry about three decimals: a score of 0.6975 rounds either way)."""
    plain = PLAIN_COMPARISON
    return [(l.a, l.b, l.label) for l in c.links] == [(l.a, l.b, l.label) for l in plain.links] \
        and (c.only_a, c.only_b) == (plain.only_a, plain.only_b) \
        and np.allclose([l.score for l in c.links], [l.score for l in plain.links], atol=2e-3)


def torch_or_skip():
    return pytest.importorskip("torch")


@pytest.mark.parametrize("make, warns", [
    (lambda v, n: v.astype(np.float16), False),
    (lambda v, n: v.astype(np.float64), False),
    (lambda v, n: v.tolist(), False),
    (lambda v, n: [tuple(r) for r in v.tolist()], False),
    (lambda v, n: list(v), False),
    (lambda v, n: v * 7.5, True),
    (lambda v, n: (v * 1000).astype(np.float16), True),
], ids=["float16", "float64", "list-of-lists", "list-of-tuples", "list-of-arrays", "unnormalised", "float16-unnormalised"])
def test_arrays_and_lists_give_the_float32_result(make, warns):
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        c = compare(US, RU, embedder=Returning(make))
    assert same_as_plain(c)
    said = [str(w.message) for w in got if issubclass(w.category, EmbedderWarning)]
    assert bool([m for m in said if "not L2-normalised" in m]) == warns


@pytest.mark.parametrize("kind", ["plain", "requires_grad", "bfloat16", "float16", "float64", "list"])
def test_torch_tensors_are_read_whatever_their_dtype_or_autograd(kind):
    torch = torch_or_skip()

    def make(v, n):
        t = torch.from_numpy(v.copy())
        if kind == "requires_grad":  # a model's output outside no_grad(): np.asarray raised a bare RuntimeError
            return t.requires_grad_(True) * 1.0
        if kind == "bfloat16":  # numpy has no bfloat16: was "returned Tensor, not a numeric array"
            return t.to(torch.bfloat16)
        if kind == "float16":
            return t.half()
        if kind == "float64":
            return t.double()
        if kind == "list":
            return [r.requires_grad_(True) for r in t.clone()]
        return t

    with warnings.catch_warnings():
        warnings.simplefilter("error", EmbedderWarning)  # a normalised bfloat16 row is no unnormalised one
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        assert same_as_plain(compare(US, RU, embedder=Returning(make)))


def test_torch_tensors_of_other_kinds_are_refused_by_what_they_hold():
    torch = torch_or_skip()
    with pytest.raises(EmbedderError, match="returned booleans, not a numeric array of real numbers"):
        _check_vectors(torch.ones(2, 3, dtype=torch.bool), 2, "x")
    with pytest.raises(EmbedderError, match="returned NaN or infinite values for 1 of 2 texts"):
        _check_vectors(torch.tensor([[1.0, 0.0], [float("nan"), 1.0]], requires_grad=True), 2, "x")
    toks = check_token_vectors([torch.ones(3, 4, requires_grad=True)], 1, 4, "x")
    assert toks[0].dtype == np.float32 and toks[0].shape == (3, 4)


def test_an_array_numpy_cannot_read_is_an_embedder_error_that_says_why():
    class Device:  # a GPU array: numpy may not read it in place
        def __array__(self, *args, **kwargs):
            raise RuntimeError("Can't convert a device array; copy it to memory")

    with pytest.raises(EmbedderError, match=r"^embedder 'x' returned Device, not a numeric array that numpy can read "
                                            r"\(RuntimeError: Can't convert a device array; copy it to memory\)"):
        _check_vectors(Device(), 2, "x")


def test_a_width_that_changes_between_calls_is_an_embedder_error(tmp_path):
    def wider(v, n):
        return np.hstack([v, np.zeros((len(v), 64), np.float32)]) if n >= 2 else v

    with pytest.raises(EmbedderError, match=r"returned 320-dimensional vectors for the topic texts and 256 for the "
                                            r"points"):
        compare(US, RU, embedder=Returning(wider))
    emb = Returning(lambda v, n: np.hstack([v, np.zeros((len(v), 64), np.float32)]) if n >= 3 else v)
    cached = CachedEmbedder(emb, tmp_path)
    cached.encode(["Blinken spoke with Lavrov."])  # call 1 the probe, call 2 this: 256 wide
    with pytest.raises(EmbedderError, match=r"returned 320-dimensional vectors, but its vectors cached in .* are "
                                            r"256-dimensional: its width changed between calls"):
        cached.encode(["Blinken spoke with Lavrov.", "They discussed Ukraine."])
    assert cached.stats["misses"] == 2 and len(list(tmp_path.rglob("*.emb"))) == 1  # the wider one not stored


def test_a_width_that_changes_in_the_token_pass_is_not_stored(tmp_path):
    from conftest import PoolingHashEmbedder

    class Shifting(PoolingHashEmbedder):
        n = 0

        def encode_with_tokens(self, texts, drop=None):
            self.n += 1
            out = super().encode_with_tokens(texts, drop)
            if self.n < 2:
                return out
            pad = lambda m: np.hstack([m, np.zeros((len(m), 8), np.float32)])  # noqa: E731
            return (pad(out[0]), [pad(t) for t in out[1]], *[pad(x) for x in out[2:]])

    cached = CachedEmbedder(Shifting(), tmp_path)
    cached.encode_with_tokens(["Blinken spoke with Lavrov."])
    with pytest.raises(EmbedderError, match="returned 264-dimensional vectors, but its vectors cached"):
        cached.encode_with_tokens(["Blinken spoke with Lavrov.", "They discussed Ukraine."])
