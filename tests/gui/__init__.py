"""The GUI tests are a package so that their conftest.py imports as `gui.conftest`:
`from conftest import FAST_KDF, PASSPHRASE` then still finds tests/conftest.py, in
these files and in tests/unit alike (two top-level `conftest` modules would clash)."""
