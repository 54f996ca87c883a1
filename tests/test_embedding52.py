"""An embedder name with a slip of the pen names the known name it is probably meant for, as a keyword's
slip does ('minlm' was told only the list of names)."""
import re

import pytest

from readouts.embedding import check_embedder_name
from readouts.errors import ModelNotFoundError


@pytest.mark.parametrize("name, meant", [("minlm", "minilm"), ("multilingal", "multilingual"),
                                         ("minilm+usee", "minilm+use")])
def test_a_slip_in_an_embedder_name_names_the_known_one(name, meant):
    with pytest.raises(ModelNotFoundError, match=re.escape(f"('{name}' for '{meant}'?); models are never downloaded")):
        check_embedder_name(name)


@pytest.mark.parametrize("name", ["foo", "e6", "models/minlm"])
def test_no_hint_where_no_known_name_is_near(name):
    with pytest.raises(ModelNotFoundError) as info:
        check_embedder_name(name)
    assert " for '" not in str(info.value)
