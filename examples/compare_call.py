"""Compare the two readouts of the 1 February 2022 Blinken–Lavrov call from Python.

    python examples/compare_call.py
"""

from pathlib import Path

import readouts

HERE = Path(__file__).parent

us = readouts.Readout.from_file(HERE / "2022-02-01-us.txt")
ru = readouts.Readout.from_file(HERE / "2022-02-01-ru.txt")
comparison = readouts.compare(us, ru)

print(comparison)
for link in comparison.links:
    for i in link.a:
        print(f"US [{i}] {us.points[i].text}")
    for j in link.b:
        print(f"RU [{j}] {ru.points[j].text}")
    print(f"  -> {link.label} (score {link.score:.2f}); {'; '.join(link.evidence)}\n")
print("Only in the US readout:", [us.points[i].text for i in comparison.only_a])
print("Only in the Russian readout:", [ru.points[j].text for j in comparison.only_b])
print("Signature:", comparison.signature)
