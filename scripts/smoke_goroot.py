#!/usr/bin/env python3
"""Smoke-test another supported Go release: corpus programs against its own ``go``.

    python scripts/smoke_goroot.py GOROOT [--limit N] [NAME...]

For each program (default: a fixed mix of tests/testdata and tests/stdlib that
covers fmt, encoding/json, reflect, goroutines, generics and os), the expected
output comes from that GOROOT's native ``go`` (scripts/regen_golden.py's
``native_run``, so goldens of the bundled release are not reused: releases
differ, e.g. go1.27's encoding/json is the v2-based one), and tinypy builds
the program with ``GOROOT`` set to it at -opt=z and runs it under wasmtime.
Prints one line a program and the pass count; exit 1 when any fails.
``scripts/fetch_goroot.py 1.26.6 DIR`` makes such a GOROOT.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from regen_golden import native_run, stable_stderr  # noqa: E402

from tests.progcase import GUEST_TESTDIR, program_inputs  # noqa: E402

# A mix over the corpus: formatting, json, reflect, goroutines and channels,
# generics, os files/env/args, maps, strings, errors, panics and exit codes.
SMOKE = [
    "testdata/fmt_nested_values", "testdata/generic_algos", "testdata/generic_constraints",
    "testdata/generic_methods", "testdata/generic_containers", "testdata/generic_iface", "testdata/go_waitgroup",
    "testdata/mutex_counter", "testdata/chan_buffered", "testdata/chan_close", "testdata/chan_pingpong",
    "testdata/select_default", "testdata/closure_counter", "testdata/closure_loopvar", "testdata/map_basic",
    "testdata/map_range", "testdata/defer_basic", "testdata/panic_custom_error", "testdata/panic_index_uint64",
    "testdata/goroutine_panic", "testdata/strings_builder", "testdata/reflect_values", "testdata/reflect_makefunc",
    "testdata/reflect_values_ops", "testdata/reflect_types", "testdata/rangefunc_basic", "testdata/bank_ledger",
    "testdata/bf_interp", "testdata/visitor", "stdlib/json_roundtrip", "stdlib/json_marshal",
    "stdlib/json_advanced", "stdlib/fmt_verbs", "stdlib/fmt_errorf", "stdlib/strconv_floats", "stdlib/sort_basic",
    "stdlib/strings_basic", "stdlib/os_files", "stdlib/os_env_args", "stdlib/os_exit", "stdlib/time_parse",
    "stdlib/regexp_basic", "stdlib/text_template", "stdlib/big_pi", "stdlib/bufio_wordfreq", "stdlib/iter_pull",
    "stdlib/errors_basic", "stdlib/slices_basic", "stdlib/hash_crypto", "stdlib/std_sync",
]


def corpus(names: list[str]) -> list[Path]:
    out = []
    for n in names:
        p = REPO / "tests" / f"{n}.go"
        if not p.exists():
            hits = sorted((REPO / "tests").glob(f"*/{Path(n).name}.go"))
            if not hits:
                continue
            p = hits[0]
        out.append(p)
    return out


def smoke_one(src: Path, goroot: Path, go: Path, work: Path) -> str:
    """"" when tinypy matches native Go on src, else what differs."""
    from tinypy_go.build import BuildConfig, build_result
    from tinypy_go.wasmrun import run_wasm

    want = native_run(src, go)
    if isinstance(want, str):
        return want
    inputs = program_inputs(src)
    try:
        res = build_result(BuildConfig(inputs=[str(src)], output=work / f"{src.stem}.wasm", opt="z"))
    except Exception as e:  # a compile error is a failure of the smoke run, reported as such
        return f"build: {e}"
    out, err, inp = work / "stdout", work / "stderr", work / "stdin"
    out.write_bytes(b"")
    err.write_bytes(b"")
    inp.write_bytes(inputs.stdin)
    with tempfile.TemporaryDirectory() as testdir:
        code = run_wasm(res.output, inputs.args, env=inputs.wasm_env(), preopens=[(testdir, GUEST_TESTDIR)],
                        stdout_file=str(out), stderr_file=str(err), stdin_file=str(inp))
    if out.read_bytes() != want.stdout:
        return "stdout differs"
    if code != want.returncode:
        return f"exit {code}, want {want.returncode}"
    want_err = stable_stderr(want.stderr.decode("utf-8", "replace"))
    got_err = err.read_text(encoding="utf-8", errors="replace").split("\n")[: len(want_err)]
    if want_err and got_err != want_err:
        return "stderr differs"
    return ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("goroot", type=Path)
    ap.add_argument("names", nargs="*", help="tests/<dir>/<name> (default: the smoke set)")
    ns = ap.parse_args()
    goroot = ns.goroot.resolve()
    go = goroot / "bin" / "go"
    if not go.is_file():
        print(f"smoke_goroot: {go} not found", file=sys.stderr)
        return 2
    os.environ["GOROOT"] = str(goroot)
    files = corpus(ns.names or SMOKE)
    passed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for src in files:
            why = smoke_one(src, goroot, go, Path(tmp))
            passed += not why
            print(f"{src.parent.name}/{src.stem}: {why or 'ok'}", flush=True)
    print(f"{passed} passed, {len(files) - passed} failed ({(goroot / 'VERSION').read_text().split()[0]})")
    return 0 if passed == len(files) else 1


if __name__ == "__main__":
    sys.exit(main())
