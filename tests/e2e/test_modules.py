"""Programs made of several packages of one module (go.mod, local imports)."""

from __future__ import annotations

import pytest

from tests.conftest import TESTDATA, opt_levels, run_tinypy

MODULES = TESTDATA / "modules"


@pytest.mark.parametrize("opt", opt_levels())
@pytest.mark.parametrize("name", sorted(p.name for p in MODULES.iterdir() if p.is_dir()))
def test_module_program(name, opt):
    app = MODULES / name
    r = run_tinypy("run", f"-opt={opt}", ".", cwd=app)
    assert r.returncode == 0, r.stderr
    # expected.stderr was produced by `go run .` (println writes to stderr)
    assert r.stderr == (app / "expected.stderr").read_text()
