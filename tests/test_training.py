import pytest

from conftest import CORPUS, HashEmbedder
from readouts.errors import InputError
from readouts.evaluation import load_annotated
from readouts.training import cross_validate, prepare


def test_cross_validation_needs_two_calls():
    # With one call, nothing is left to fit on while it is held out: this used to end in a numpy
    # error from concatenating zero arrays.
    item = load_annotated(sorted(CORPUS.glob("*.json"))[0])
    with pytest.raises(InputError, match="at least two calls; got 1"):
        cross_validate(prepare([item], HashEmbedder()), "hash-bow-test")
