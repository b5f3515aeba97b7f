"""Golden-output programs: build with tinypy, run under wasmtime, compare (see conftest)."""

from __future__ import annotations

import pytest

from tests.conftest import build_and_run, goldens, program_opt_levels

CASES = [pytest.param(g, opt, id=f"{g.name}-O{opt}")
         for i, g in enumerate(goldens()) for opt in program_opt_levels(i, g.source)]


@pytest.mark.parametrize(("golden", "opt"), CASES)
def test_program(golden, opt, tmp_path):
    r = build_and_run(golden.source, opt, tmp_path)
    assert r.stdout == golden.stdout
    assert r.exit_code == golden.exit_code, f"stderr:\n{r.stderr}"
    if golden.stderr_lines is not None:
        want = golden.stderr_lines
        got = r.stderr.split("\n")[: len(want)]
        assert got == want
