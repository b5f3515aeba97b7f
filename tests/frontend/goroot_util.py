"""Locating GOROOT for the tests that read Go's own sources."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from parse_goroot import goroot  # noqa: E402


def goroot_src() -> Path:
    try:
        src = goroot() / "src"
    except SystemExit:
        pytest.skip("no GOROOT")
    if not (src / "fmt").is_dir():
        pytest.skip("GOROOT has no sources")
    return src
