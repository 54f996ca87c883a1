import subprocess
import sys


def test_import_is_light():
    code = ("import sys, readouts; heavy = [m for m in ('torch', 'sentence_transformers', 'transformers', 'scipy', "
            "'sklearn', 'pandas', 'matplotlib') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_public_api():
    import readouts

    for name in readouts.__all__:
        assert getattr(readouts, name) is not None
