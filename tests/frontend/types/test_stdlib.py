"""Standard packages as our build loads them (wasip1, runtime override) check
cleanly; slices exercises core-type inference for ``S ~[]E`` constraints.
The full list is checked by scripts/check_stdlib.py (~10 s)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "check_stdlib.py"


def _check_stdlib():
    spec = importlib.util.spec_from_file_location("check_stdlib", _SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod.check_stdlib


def test_slices_sort_strconv_and_their_imports_check_cleanly():
    results = _check_stdlib()(["slices", "sort", "strconv"])
    paths = {r.path for r in results}
    assert {"runtime", "slices", "sort", "strconv", "iter", "cmp"} <= paths
    failures = {r.path: r.errors[:3] for r in results if r.errors}
    assert failures == {}
