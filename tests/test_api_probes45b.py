"""Probes of the public API (session 45, helper b): each test failed before its fix."""

from __future__ import annotations

from readouts import Readout


def test_a_list_number_after_a_sentence_inside_a_line_opens_the_next_point():
    # The period of "2." ended a sentence: "2." was a point of its own, one-sided in every comparison
    r = Readout.from_text("1. Blinken urged calm. 2. Lavrov refused. 3. They agreed to talk again.", side="US")
    assert r.texts == ["1. Blinken urged calm.", "2. Lavrov refused.", "3. They agreed to talk again."]
    ru = Readout.from_text("Стороны договорились. 2. Лавров отметил важность диалога.", side="RU")
    assert ru.texts == ["Стороны договорились.", "2. Лавров отметил важность диалога."]
    # a number that ends a sentence still ends it, and a decimal is no list number
    assert Readout.from_text("The vote was 2. Then they left.", side="US").texts == ["The vote was 2.", "Then they left."]
    assert Readout.from_text("They reached stage 1.2. Then they left.", side="US").texts == [
        "They reached stage 1.2.", "Then they left."]


def test_the_comma_between_names_error_says_a_title_goes_in_parentheses_only_if_it_is_one():
    # It advised "put a title in parentheses ('Jake Sullivan (Nikolai Patrushev)')" unconditionally: followed,
    # the second person became the first one's title, one participant again, accepted in silence
    import pytest

    from readouts import InputError

    for participants in ("Jake Sullivan, Nikolai Patrushev", ["Jake Sullivan, Nikolai Patrushev", "Wang Yi"]):
        with pytest.raises(InputError) as info:
            Readout.from_text("Sullivan met Patrushev.", side="US", participants=participants)
        message = str(info.value)
        assert "and put a title in parentheses" not in message
        assert ("only if 'Nikolai Patrushev' is a title of 'Jake Sullivan', not a person, write "
                "'Jake Sullivan (Nikolai Patrushev)'") in message
