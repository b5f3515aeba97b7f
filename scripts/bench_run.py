#!/usr/bin/env python3
"""Run-time and size benchmark against Go's own wasm port (numbers for the notes, not a test).

    python scripts/bench_run.py [-n RUNS] [--flags "-opt=2 ..."] [program.go ...]

Each program (default: every ``bench/run/*.go``) is built twice in the same
invocation: with tinypy-go (default flags unless ``--flags``) and with the
bundled Go for ``GOOS=wasip1 GOARCH=wasm``. Both modules are compiled by
wasmtime (Cranelift) before timing, so the times below are instantiation plus
``_start``, best of ``-n`` runs, in one process with the same engine settings.
The outputs must agree (a benchmark whose output differs is reported, not
timed). Prints per program: times, the ratio tinypy/Go, sizes, peak linear
memory; then the geometric means.
"""

from __future__ import annotations

import argparse
import math
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import wasmtime

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tinypy_go.goroot import go_binary  # noqa: E402

BENCH_DIR = ROOT / "bench" / "run"


def go_build(src: Path, out: Path) -> None:
    env = dict(os.environ, GOOS="wasip1", GOARCH="wasm", CGO_ENABLED="0")
    subprocess.run([go_binary(), "build", "-o", str(out), src.name], cwd=src.parent, env=env, check=True,
                   capture_output=True)


def tinypy_build(src: Path, out: Path, flags: list[str]) -> None:
    r = subprocess.run([sys.executable, "-m", "tinypy_go", "build", *flags, "-o", str(out), str(src)],
                       cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"tinypy build {src.name} failed:\n{r.stderr}")


def timed_run(engine: wasmtime.Engine, module: wasmtime.Module, tmp: Path) -> tuple[float, str, int, int]:
    """(seconds, stdout, exit status, linear memory bytes at exit) of one run."""
    out = tmp / "stdout.txt"
    wasi = wasmtime.WasiConfig()
    wasi.argv = ["bench"]
    wasi.stdout_file = str(out)
    wasi.stderr_file = str(tmp / "stderr.txt")
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    store = wasmtime.Store(engine)
    store.set_wasi(wasi)
    t0 = time.perf_counter()
    inst = linker.instantiate(store, module)
    code = 0
    try:
        inst.exports(store)["_start"](store)
    except wasmtime.ExitTrap as e:
        code = e.code
    dt = time.perf_counter() - t0
    mem = inst.exports(store).get("memory")
    size = mem.data_len(store) if isinstance(mem, wasmtime.Memory) else 0
    return dt, out.read_text(), code, size


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=3, help="runs per module; the best is kept")
    ap.add_argument("--flags", default="", help="tinypy build flags")
    ap.add_argument("programs", nargs="*", type=Path)
    args = ap.parse_args(argv)
    programs = [p.resolve() for p in args.programs] or sorted(BENCH_DIR.glob("*.go"))
    engine = wasmtime.Engine()
    ratios: list[float] = []
    size_ratios: list[float] = []
    print(f"{'program':16} {'tinypy s':>9} {'go s':>8} {'ratio':>6} {'tinypy KB':>10} {'go KB':>8} "
          f"{'tinypy MiB':>10} {'go MiB':>7}")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for src in programs:
            ours, theirs = tmp / "tinypy.wasm", tmp / "go.wasm"
            tinypy_build(src, ours, shlex.split(args.flags))
            go_build(src, theirs)
            mods = [wasmtime.Module.from_file(engine, str(p)) for p in (ours, theirs)]
            best = [math.inf, math.inf]
            outs: list[tuple[str, int]] = [("", 0), ("", 0)]
            mems = [0, 0]
            for _ in range(args.n):
                for k, m in enumerate(mods):
                    dt, text, code, mem = timed_run(engine, m, tmp)
                    best[k] = min(best[k], dt)
                    outs[k] = (text, code)
                    mems[k] = mem
            name = src.stem
            if outs[0] != outs[1]:
                print(f"{name:16} OUTPUT DIFFERS: tinypy {outs[0]!r:.80} go {outs[1]!r:.80}")
                continue
            ratio = best[0] / best[1]
            sizes = [ours.stat().st_size, theirs.stat().st_size]
            ratios.append(ratio)
            size_ratios.append(sizes[0] / sizes[1])
            print(f"{name:16} {best[0]:9.3f} {best[1]:8.3f} {ratio:6.2f} {sizes[0] / 1000:10.1f} "
                  f"{sizes[1] / 1000:8.1f} {mems[0] / 2**20:10.1f} {mems[1] / 2**20:7.1f}", flush=True)
    if ratios:
        geo = math.exp(sum(map(math.log, ratios)) / len(ratios))
        geo_size = math.exp(sum(map(math.log, size_ratios)) / len(size_ratios))
        print(f"geometric mean run-time ratio (tinypy/go): {geo:.2f} over {len(ratios)} programs; "
              f"worst {max(ratios):.2f}; size ratio {geo_size:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
