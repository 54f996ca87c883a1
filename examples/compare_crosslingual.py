"""Compare the Russian-language readout of the 1 February 2022 Blinken–Lavrov call with the
State Department's English one, directly, without translating either.

    pip install 'readouts[multilingual]'    # `make demo` has installed it
    python examples/compare_crosslingual.py  # after `make demo`: .venv/bin/python examples/compare_crosslingual.py

The two readouts' languages differ (``language: en`` and ``language: ru`` in their headers), so
``compare`` picks the multilingual backend (USE multilingual v3 and multilingual-e5-small together)
on its own and says so in the signature. Across languages the links are less accurate than for
the same call with both readouts in English (examples/compare_call.py): about 0.05 link F1 lower
on the annotated corpus (README, "Cross-lingual").
"""

from pathlib import Path

import readouts

HERE = Path(__file__).parent

us = readouts.Readout.from_file(HERE / "2022-02-01-us.txt")
ru = readouts.Readout.from_file(HERE / "2022-02-01-ru-original.txt")
comparison = readouts.compare(us, ru)

print(repr(comparison))
print("Embedder:", comparison.signature.embedder, "-", comparison.signature.backend_choice)
print()
print(comparison.to_markdown())
