"""Compare the two readouts of the 1 February 2022 Blinken–Lavrov call from Python: the linked
points, what only one side reported, the flags with the words that raised them, and the signature.

    python examples/compare_call.py          # after `make demo`: .venv/bin/python examples/compare_call.py

``comparison.to_markdown()`` (or ``readouts compare examples/2022-02-01-us.txt
examples/2022-02-01-ru.txt``) gives the same as one report; this script reads the records.
"""

from pathlib import Path

import readouts

HERE = Path(__file__).parent

us = readouts.Readout.from_file(HERE / "2022-02-01-us.txt")
ru = readouts.Readout.from_file(HERE / "2022-02-01-ru.txt")
comparison = readouts.compare(us, ru)
print(comparison)  # Comparison(US 6 points vs RU 7 points: ... links, ... flags)

# A link pairs point indices on side a (here US) and side b (RU); its score is the probability
# that the points report the same exchange, its label whether their substance matches.
print("\nLinked points:\n")
for link in comparison.links:
    for i in link.a:
        print(f"US [{i}] {us.points[i].text}")
    for j in link.b:
        print(f"RU [{j}] {ru.points[j].text}")
    print(f"  -> {link.label} (score {link.score:.2f}); {'; '.join(link.evidence)}\n")

print("Only in the US readout:")
for i in comparison.only_a:
    print(f"US [{i}] {us.points[i].text}")
print("\nOnly in the Russian readout:")
for j in comparison.only_b:
    print(f"RU [{j}] {ru.points[j].text}")

# Each flag quotes its evidence: spans of the points' text, span.text == point.text[start:end].
names = {"a": us.side, "b": ru.side}
print("\nFlags:\n")
for flag in comparison.flags:
    print(f"{flag.kind}: {flag.explanation}")
    print("  evidence:", "; ".join(f"{names[s.side]} [{s.point}] {s.text!r}" for s in flag.evidence))

print("\nSignature:", comparison.signature)
