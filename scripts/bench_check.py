#!/usr/bin/env python3
"""Front-end throughput: parse + type-check the standard library closure.

Loads a main package importing PACKAGES (as scripts/check_stdlib.py) and runs
the build's own parse and check stages on it, each measurement in a fresh
process:

  nocache  package cache off (TINYPY_PKGCACHE=0): pure parse + check
  cold     empty package cache: parse + check + storing every package
  warm     the cache the cold run filled: loading every package

and prints seconds and lines/second (lines = newlines in the loaded files),
by wall clock and by this process's CPU time (steadier on a shared machine).
Not a test: timings depend on the machine.

usage: python scripts/bench_check.py [--fmt] [--profile] [PKG ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PACKAGES = (
    "bufio bytes container/heap crypto/sha256 encoding/binary encoding/json errors fmt io maps math "
    "math/big os regexp slices sort strconv strings text/template time unicode/utf8"
).split()


def measure(packages: list[str], profile: bool) -> dict:
    """Run load, parse and check in this process; returns the timings."""
    # import the stages first, so their import time is not counted
    import tinypy_go.frontend.parser  # noqa: F401
    import tinypy_go.frontend.types.check  # noqa: F401
    from tinypy_go import gcpolicy, loader
    from tinypy_go.build import BuildConfig, BuildContext, Timings, parse_stage
    from tinypy_go.pipeline import check_program

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "main.go"
        imports = "".join(f'\t_ "{p}"\n' for p in packages)
        src.write_text(f"package main\n\nimport (\n{imports})\n\nfunc main() {{}}\n")
        cfg = BuildConfig(inputs=[str(src)])
        ctx = BuildContext(cfg, cfg.target_info, Timings())
        c0 = time.process_time()
        t0 = time.perf_counter()
        ctx.program = loader.load([str(src)], cfg.build_tags(), ctx.target.goos)
        t1 = time.perf_counter()
        prof = None
        if profile:
            import cProfile

            prof = cProfile.Profile()
            prof.enable()
        c1 = time.process_time()
        with gcpolicy.relaxed():  # as build.py runs the stages
            parse_stage(ctx)
        t2 = time.perf_counter()
        c2 = time.process_time()
        with gcpolicy.relaxed():
            check_program(ctx)
        t3 = time.perf_counter()
        c3 = time.process_time()
        if prof is not None:
            import pstats

            prof.disable()
            pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(30)
        lines = sum(p.read_text(encoding="utf-8").count("\n") for pkg in ctx.program.packages for p in pkg.files)
        pc = ctx.pkgcache
        return {"packages": len(ctx.program.packages), "lines": lines, "load": t1 - t0, "parse": t2 - t1,
                "check": t3 - t2,
                "parse_cpu": c2 - c1, "check_cpu": c3 - c2, "load_cpu": c1 - c0,
                "hits": pc.n_hits if pc else 0, "stores": pc.n_stores if pc else 0}


def run_child(packages: list[str], env: dict[str, str], profile: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", *(["--profile"] if profile else []), *packages]
    out = subprocess.run(cmd, env={**os.environ, **env}, capture_output=True, text=True, check=True)
    if profile:
        sys.stderr.write(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fmt", action="store_true", help="only fmt's closure")
    ap.add_argument("--profile", action="store_true", help="cProfile the nocache run (top 30 by tottime)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("packages", nargs="*")
    args = ap.parse_args()
    packages = args.packages or (["fmt"] if args.fmt else PACKAGES)
    if args.child:
        print(json.dumps(measure(packages, args.profile)))
        return 0
    with tempfile.TemporaryDirectory() as cache_dir:
        runs = [("nocache", {"TINYPY_PKGCACHE": "0"}), ("cold", {"TINYPY_PKGCACHE": "1", "TINYPY_CACHE": cache_dir}),
                ("warm", {"TINYPY_PKGCACHE": "1", "TINYPY_CACHE": cache_dir})]
        print(f"packages: {' '.join(packages)}")
        for name, env in runs:
            r = run_child(packages, env, args.profile and name == "nocache")
            total = r["parse"] + r["check"]
            lines = r["lines"]
            print(f"{name:8s} {r['packages']:3d} pkgs {lines:7d} lines  load {r['load']:5.2f}s  "
                  f"parse {r['parse']:5.2f}s ({lines / max(r['parse'], 1e-9):7.0f} lines/s)  "
                  f"check {r['check']:5.2f}s ({lines / max(r['check'], 1e-9):7.0f} lines/s)  "
                  f"parse+check {total:5.2f}s ({lines / max(total, 1e-9):7.0f} lines/s)  "
                  f"cache hits {r['hits']} stores {r['stores']}", flush=True)
            cpu = r["parse_cpu"] + r["check_cpu"]
            print(f"{'':8s} CPU time: parse {r['parse_cpu']:5.2f}s ({lines / max(r['parse_cpu'], 1e-9):7.0f} lines/s)  "
                  f"check {r['check_cpu']:5.2f}s ({lines / max(r['check_cpu'], 1e-9):7.0f} lines/s)  "
                  f"parse+check {cpu:5.2f}s ({lines / max(cpu, 1e-9):7.0f} lines/s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
