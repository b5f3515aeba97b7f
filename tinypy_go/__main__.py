"""``python -m tinypy_go`` == ``tinypy`` (used by the tests to run this checkout)."""

from tinypy_go.cli import entry

entry()
