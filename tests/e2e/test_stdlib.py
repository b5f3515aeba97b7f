"""Standard-library programs (tests/stdlib): build with tinypy, run under wasmtime, compare.

Same goldens as tests/testdata (``.txt`` stdout, ``.exit``, ``.stderr`` leading lines,
``python scripts/regen_golden.py --stdlib NAME``) plus the inputs of tests/progcase.py
(``.stdin``, ``.args``, ``.env``, a fresh directory preopened as ``/testdir`` in
``$TESTDIR``).  These programs are large, so each runs at one level: ``-opt=z``
for every fourth down the sorted list, ``-opt=0`` for the others (about 7 s and
3 s of build each; an encoding/json program takes 25-30 s at z),
unless ``TINYPY_TEST_OPT`` names the levels for all of them.  ``tests/stdlib/PENDING`` names the programs that
cannot pass yet (``name  # reason``); they are skipped with that reason, or run anyway
with ``TINYPY_STDLIB_PENDING=run``.  ``scripts/stdlib_pending.py`` rewrites the list.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import Golden, build_and_run
from tests.progcase import GUEST_TESTDIR, program_inputs

STDLIB = Path(__file__).resolve().parent.parent / "stdlib"


def stdlib_goldens() -> list[Golden]:
    out = []
    for src in sorted(STDLIB.glob("*.go")):
        txt = src.with_suffix(".txt")
        if not txt.exists():
            continue
        exit_file, err_file = src.with_suffix(".exit"), src.with_suffix(".stderr")
        out.append(Golden(
            src.stem, src, txt.read_text(encoding="utf-8"),
            int(exit_file.read_text().strip()) if exit_file.exists() else 0,
            err_file.read_text(encoding="utf-8").rstrip("\n").split("\n") if err_file.exists() else None,
        ))
    return out


def pending() -> dict[str, str]:
    """PENDING's ``name  # reason`` lines as {name: reason}."""
    f = STDLIB / "PENDING"
    out: dict[str, str] = {}
    if f.exists():
        for line in f.read_text(encoding="utf-8").splitlines():
            name, _, reason = line.partition("#")
            if name.strip():
                out[name.strip()] = reason.strip() or "pending"
    return out


def stdlib_opt_levels(index: int) -> list[str]:
    raw = os.environ.get("TINYPY_TEST_OPT", "").strip()
    if not raw:
        return ["z"] if index % 4 == 0 else ["0"]
    if raw == "all":
        return ["0", "1", "2", "s", "z"]
    return [x.strip() for x in raw.split(",") if x.strip()]


def run_stdlib(golden: Golden, opt: str, tmp_path: Path):
    """Build and run one program with its inputs and a fresh /testdir."""
    inputs = program_inputs(golden.source)
    testdir = tmp_path / "testdir"
    testdir.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    return build_and_run(golden.source, opt, work, args=inputs.args, env=inputs.wasm_env(),
                         stdin=inputs.stdin, preopens=[(str(testdir), GUEST_TESTDIR)])


def check(golden: Golden, r) -> None:
    assert r.stdout == golden.stdout
    assert r.exit_code == golden.exit_code, f"stderr:\n{r.stderr}"
    if golden.stderr_lines is not None:
        want = golden.stderr_lines
        got = r.stderr.split("\n")[: len(want)]
        assert got == want


PENDING = pending()
RUN_PENDING = os.environ.get("TINYPY_STDLIB_PENDING") == "run"
CASES = [
    pytest.param(g, opt, id=f"{g.name}-O{opt}",
                 marks=[pytest.mark.skip(reason=f"PENDING: {PENDING[g.name]}")]
                 if g.name in PENDING and not RUN_PENDING else [])
    for i, g in enumerate(stdlib_goldens()) for opt in stdlib_opt_levels(i)
]


def test_pending_names_exist():
    """Every PENDING entry names a program (stale names would hide nothing but confuse)."""
    names = {g.name for g in stdlib_goldens()}
    assert sorted(set(PENDING) - names) == []


@pytest.mark.parametrize(("golden", "opt"), CASES)
def test_stdlib(golden, opt, tmp_path):
    check(golden, run_stdlib(golden, opt, tmp_path))
