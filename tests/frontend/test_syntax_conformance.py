"""cmd/compile's syntax error test suite (error comments in testdata)."""

from __future__ import annotations

from goroot_util import goroot_src
from syntax_conformance import check_file

# Measured: every file of the suite matches (27/27 in Go 1.23).
THRESHOLD_PERCENT = 100.0


def test_syntax_error_suite() -> None:
    files = sorted((goroot_src() / "cmd/compile/internal/syntax/testdata").glob("*.go"))
    assert files
    failing = {f.name: check_file(f) for f in files}
    failing = {k: v for k, v in failing.items() if v}
    percent = 100.0 * (len(files) - len(failing)) / len(files)
    assert percent >= THRESHOLD_PERCENT, failing
