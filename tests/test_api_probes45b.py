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
