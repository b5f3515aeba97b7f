"""Build-time benchmark: cold and warm builds of hello world and a larger program.

Each build runs in a fresh interpreter (``python -m tinypy_go build`` semantics, so
startup and imports count) and reports, per stage, the CPU time of the build process
(``time.process_time``; the machine is shared, so CPU time is the stable number) and
the wall time; ``total`` is the child's whole CPU time (``wait4``'s usage: user+sys of
the build and the processes it waited for) and wall time, including interpreter startup,
imports, the object worker and wasm-ld (whose CPU the ``object`` and ``link`` columns,
measured in the build process, do not see).  ``MiB`` is the largest peak RSS among those
processes (``ru_maxrss``; a child started by ``vfork`` is charged its parent's RSS at
that moment, which never exceeds the parent's own peak, so the maximum is still right).

Scenarios, each with its own empty ``TINYPY_CACHE``:

``cold``      first build, empty cache
``warm``      the same build again (package, IR and object caches hit)
``edit``      after a change to the main package's source that changes its IR (deps
              from the package cache; main re-checked; SSA, IR and object stages run)
``edit2``     a second such change: the standard library's object cut out by the
              first edit (backend/split.py) is reused
``nocache``   second build with ``TINYPY_BUILDCACHE=0`` (package cache only: the
              behaviour before the IR/object caches)

    python scripts/bench_build.py [-n REPS] [-opt z] [--programs hello,json] [--scenarios ...]

The table shows the median over the repetitions.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HELLO = 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello world", 42) }\n'
PROGRAMS = {
    "hello": None,  # written to a temp dir
    "json": REPO / "tests" / "stdlib" / "json_advanced.go",
}
SCENARIOS = ("cold", "warm", "edit", "edit2", "nocache")

# The child: build in-process, print stage CPU/wall times as JSON.
CHILD = r"""
import json, sys, time
from pathlib import Path
from tinypy_go.build import BuildConfig, build_result
r = build_result(BuildConfig(inputs=[sys.argv[1]], output=Path(sys.argv[2]), opt=sys.argv[3]))
print(json.dumps({"cpu": r.timings.cpu, "wall": r.timings.seconds, "size": r.output.stat().st_size}), flush=True)
from tinypy_go.backend import objworker; objworker.shutdown()  # as the tinypy command does (cli.entry):
import os; os._exit(0)  # wait for the object worker, then no interpreter teardown
"""


def run_build(src: Path, out: Path, opt: str, env: dict[str, str]) -> dict:
    """One build in a fresh interpreter; stage times plus the child's total CPU/wall."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        p = subprocess.Popen([sys.executable, "-c", CHILD, str(src), str(out), opt], env=env,
                             stdout=out_f, stderr=err_f)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out_f.seek(0)
        err_f.seek(0)
        stdout, stderr = out_f.read().decode(), err_f.read().decode()
    if p.returncode != 0:
        sys.exit(f"build of {src} failed:\n{stderr}")
    res = json.loads(stdout.strip().splitlines()[-1])
    res["cpu"]["total"] = usage.ru_utime + usage.ru_stime
    res["wall"]["total"] = wall
    # the largest peak RSS of the build's processes (compiler, object worker, wasm-ld); in MiB
    res["rss"] = usage.ru_maxrss / 1024
    return res


def scenario(name: str, src: Path, opt: str, tmp: Path) -> dict:
    """Run one scenario in a fresh cache; returns the measured (last) build."""
    cache = Path(tempfile.mkdtemp(prefix="cache-", dir=tmp))
    env = {**os.environ, "TINYPY_CACHE": str(cache), "PYTHONPATH": str(REPO)}
    env.pop("TINYPY_BUILDCACHE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed compiler has .pyc files: don't time compiling
    work = tmp / f"{src.stem}-{name}.go"
    work.write_text(src.read_text())
    out = tmp / f"{src.stem}-{name}.wasm"
    if name == "cold":
        return run_build(work, out, opt, env)
    if name == "nocache":
        env["TINYPY_BUILDCACHE"] = "0"
    run_build(work, out, opt, env)
    edits = {"edit": 1, "edit2": 2}.get(name, 0)
    for i in range(edits):
        # a change that reaches the IR (a new init function), as a real edit does
        work.write_text(work.read_text() + f'\nfunc init() {{ println("edit {time.time_ns()}") }}\n')
        if i < edits - 1:
            run_build(work, out, opt, env)
    return run_build(work, out, opt, env)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=3, help="repetitions (median reported)")
    ap.add_argument("-opt", default="z")
    ap.add_argument("--programs", default="hello,json")
    ap.add_argument("--scenarios", default=",".join(SCENARIOS))
    ap.add_argument("--json", help="also write the raw results here")
    args = ap.parse_args()
    stages = ["load", "ircache", "parse", "check", "ssa", "llvm", "sanity", "object", "link", "wasmcache", "total"]
    raw: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as d:
        tmp = Path(d)
        hello = tmp / "hello.go"
        hello.write_text(HELLO)
        for prog in args.programs.split(","):
            src = PROGRAMS[prog] or hello
            for sc in args.scenarios.split(","):
                runs = [scenario(sc, src, args.opt, tmp) for _ in range(args.n)]
                raw[f"{prog}/{sc}"] = runs
                print(f"{prog}/{sc}: " + " ".join(f"{r['cpu']['total']:.2f}" for r in runs), file=sys.stderr)
    used = [s for s in stages if any(s in r["cpu"] for runs in raw.values() for r in runs)]
    print(f"CPU seconds (median of {args.n}; stage = build process CPU, total = child user+sys incl. startup), "
          f"-opt={args.opt}; wall total in brackets")
    print(f"{'build':16s}" + "".join(f"{s[:7]:>8s}" for s in used) + f"{'[wall]':>9s}{'size':>9s}{'MiB':>8s}")
    for key, runs in raw.items():
        row = f"{key:16s}"
        for s in used:
            vals = [r["cpu"].get(s) for r in runs if s in r["cpu"]]
            row += f"{statistics.median(vals):8.2f}" if vals else f"{'-':>8s}"
        row += f"{statistics.median(r['wall']['total'] for r in runs):9.2f}"
        row += f"{runs[-1]['size']:9d}{statistics.median(r['rss'] for r in runs):8.0f}"
        print(row)
    if args.json:
        Path(args.json).write_text(json.dumps(raw, indent=1))


if __name__ == "__main__":
    main()
