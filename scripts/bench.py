#!/usr/bin/env python3
"""Build-time, size and run-time benchmark (not a test: numbers for the notes).

    python scripts/bench.py [program.go ...]

For each program: cold and warm build times with the share of each stage,
wasm sizes at -opt=z with and without -no-debug, run time under wasmtime,
and, for comparison, the size of `GOOS=wasip1 GOARCH=wasm go build`.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

build = importlib.import_module("tinypy_go.build")  # the module (tinypy_go.build is the API function)
from tinypy_go.goroot import go_binary  # noqa: E402
from tinypy_go.wasmrun import run_wasm  # noqa: E402

DEFAULT_PROGRAMS = [ROOT / "examples" / "hello" / "main.go"]


def timed_build(src: Path, out: Path, **flags) -> build.BuildResult:
    cfg = build.BuildConfig(inputs=[str(src)], output=out, **flags)
    return build.build_result(cfg)


def go_size(src: Path, tmp: Path) -> int | None:
    env = dict(os.environ, GOOS="wasip1", GOARCH="wasm", CGO_ENABLED="0")
    out = tmp / "go.wasm"
    r = subprocess.run([go_binary(), "build", "-o", str(out), src.name], cwd=src.parent, env=env,
                       capture_output=True, text=True)
    return out.stat().st_size if r.returncode == 0 else None


def main(argv: list[str]) -> int:
    programs = [Path(a).resolve() for a in argv] or DEFAULT_PROGRAMS
    for src in programs:
        with tempfile.TemporaryDirectory() as d:
            tmp = Path(d)
            os.environ["TINYPY_CACHE"] = str(tmp / "cache")
            out = tmp / "out.wasm"
            t0 = time.perf_counter()
            cold = timed_build(src, out)
            cold_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            warm = timed_build(src, out)
            warm_s = time.perf_counter() - t0
            size_z = out.stat().st_size
            timed_build(src, out, no_debug=True)
            size_nodebug = out.stat().st_size
            t0 = time.perf_counter()
            code = run_wasm(out, [], stdout_file=str(tmp / "stdout"), stderr_file=str(tmp / "stderr"))
            run_s = time.perf_counter() - t0
            print(f"== {src.relative_to(ROOT) if src.is_relative_to(ROOT) else src}")
            print(f"build cold {cold_s:.2f}s: {cold.timings.report()}")
            print(f"build warm {warm_s:.2f}s: {warm.timings.report()}")
            print(f"size -opt=z: {size_z} bytes; -no-debug: {size_nodebug} bytes")
            print(f"run (wasmtime, incl. instantiation): {run_s * 1000:.1f} ms, exit {code}")
            gs = go_size(src, tmp)
            print(f"GOOS=wasip1 go build: {gs} bytes" if gs else "GOOS=wasip1 go build: failed")
            shutil.rmtree(tmp / "cache", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
