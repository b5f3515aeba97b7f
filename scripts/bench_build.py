"""Build-time benchmark: cold, unchanged and edited rebuilds, next to ``go build``.

Each build runs in a fresh interpreter (``python -m tinypy_go build`` semantics, so
startup and imports count) and reports, per stage, the CPU time of the build process
(``time.process_time``; the machine is shared, so CPU time is the stable number) and
the wall time; ``total`` is the child's whole CPU time (``wait4``'s usage: user+sys of
the build and the processes it waited for) and wall time, including interpreter startup,
imports, the object worker and wasm-ld (whose CPU the ``object`` and ``link`` columns,
measured in the build process, do not see).  ``MiB`` is the largest peak RSS among those
processes (``ru_maxrss``; a child started by ``vfork`` is charged its parent's RSS at
that moment, which never exceeds the parent's own peak, so the maximum is still right).

Programs: ``hello`` (fmt), ``json`` (encoding/json), ``template`` (text/template), and
``module``: a fmt program in a module with a local package (``example.com/app/greet``).

Scenarios, each with its own empty ``TINYPY_CACHE`` (and ``GOCACHE``):

``cold``      first build, empty cache
``warm``      the same build again (package, IR and object caches hit)
``edit``      after a change of one function body in the main package (a string
              literal in ``main``; deps from the package cache; main re-checked; SSA,
              IR and object stages run): the first edit after the cold build
``edit2``     a second such change
``editcall``  after a change that also reaches standard functions the program did
              not call before (a new ``init`` that calls ``println``): the standard
              library's part of the module changes, so its object is compiled again
``editpkg``   (``module`` only) a change to the local package instead of ``main``
``nocache``   second build with ``TINYPY_BUILDCACHE=0`` (package cache only: the
              behaviour before the IR/object caches)

With ``--go``, the same scenarios (but ``nocache``) are timed for the bundled ``go
build`` with ``GOOS=wasip1 GOARCH=wasm``, wall seconds and output size, in the same run.

    python scripts/bench_build.py [-n REPS] [-opt z] [--programs hello,json] [--scenarios ...] [--go]

The table shows the median over the repetitions.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tinypy_go.goroot import go_binary  # noqa: E402

HELLO = 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello world", 42) }\n'
MODULE = {
    "go.mod": "module example.com/app\n\ngo 1.22\n",
    "main.go": 'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/app/greet"\n)\n\n'
               'func main() { fmt.Println(greet.Hello("world"), 42) }\n',
    "greet/greet.go": 'package greet\n\nimport "strings"\n\n'
                      'func Hello(name string) string { return "hello " + strings.ToUpper(name[:1]) + name[1:] }\n',
}
PROGRAMS = {
    "hello": {"main.go": HELLO},
    "json": {"main.go": (REPO / "tests" / "stdlib" / "json_advanced.go").read_text()},
    "template": {"main.go": (REPO / "tests" / "stdlib" / "text_template.go").read_text()},
    "module": MODULE,
}
SCENARIOS = ("cold", "warm", "edit", "edit2", "editcall", "editpkg", "nocache")

# The child: build in-process, print stage CPU/wall times as JSON.
CHILD = r"""
import json, sys, time
from pathlib import Path
from tinypy_go import gcpolicy
from tinypy_go.build import BuildConfig, build_result
gcpolicy.one_shot()  # as the tinypy command does for build and run (cli.py)
r = build_result(BuildConfig(inputs=[sys.argv[1]], output=Path(sys.argv[2]), opt=sys.argv[3], cut_ahead=True))
print(json.dumps({"cpu": r.timings.cpu, "wall": r.timings.seconds, "size": r.output.stat().st_size}), flush=True)
from tinypy_go.backend import objworker; objworker.shutdown()  # as the tinypy command does (cli.entry):
import os; os._exit(0)  # wait for the object worker, then no interpreter teardown
"""


def _wait(argv: list[str], env: dict[str, str], cwd: Path | None = None) -> tuple[float, str, os.struct_rusage]:
    """Run ``argv``; (wall seconds, stdout, the rusage of it and the children it waited for)."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        p = subprocess.Popen(argv, env=env, cwd=cwd, stdout=out_f, stderr=err_f)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        out_f.seek(0)
        err_f.seek(0)
        stdout, stderr = out_f.read().decode(), err_f.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv[:3])} failed:\n{stderr}")
    return wall, stdout, usage


def run_build(src: Path, out: Path, opt: str, env: dict[str, str]) -> dict:
    """One build in a fresh interpreter; stage times plus the child's total CPU/wall."""
    wall, stdout, usage = _wait([sys.executable, "-c", CHILD, str(src), str(out), opt], env)
    res = json.loads(stdout.strip().splitlines()[-1])
    res["cpu"]["total"] = usage.ru_utime + usage.ru_stime
    res["wall"]["total"] = wall
    # the largest peak RSS of the build's processes (compiler, object worker, wasm-ld); in MiB
    res["rss"] = usage.ru_maxrss / 1024
    return res


def go_build(src: Path, out: Path, opt: str, env: dict[str, str]) -> dict:
    """One ``go build`` for wasip1 (``src``: the program's directory)."""
    wall, _, usage = _wait([str(go_binary()), "build", "-o", str(out), "."], env, cwd=src)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024,
            "size": out.stat().st_size}


def write_program(files: dict[str, str], root: Path) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


def edit(path: Path) -> None:
    """A change of one function body that reaches the IR: the first double-quoted
    string literal in ``func main`` (else in the file's first function) gets a new suffix."""
    text = path.read_text()
    start = text.find("func main() {")
    m = re.compile(r'"((?:[^"\\\n]|\\.)*)"').search(text, start if start >= 0 else text.index("\nfunc "))
    assert m is not None, path
    path.write_text(text[:m.end() - 1] + f" e{time.time_ns()}" + text[m.end() - 1:])


def edit_call(path: Path) -> None:
    """A change that reaches standard functions not called before (a new init function)."""
    path.write_text(path.read_text() + f'\nfunc init() {{ println("edit {time.time_ns()}") }}\n')


def scenario(name: str, prog: str, opt: str, tmp: Path, go: bool) -> dict:
    """Run one scenario in a fresh cache; returns the measured (last) build."""
    root = Path(tempfile.mkdtemp(prefix=f"{prog}-{name}-", dir=tmp))
    src = root / "src"
    write_program(PROGRAMS[prog], src)
    cache = root / "cache"
    if go:
        env = {**os.environ, "GOOS": "wasip1", "GOARCH": "wasm", "CGO_ENABLED": "0",
               "GOCACHE": str(cache), "GOFLAGS": "-mod=mod"}
        if "go.mod" not in PROGRAMS[prog]:
            (src / "go.mod").write_text(f"module example.com/{prog}\n\ngo 1.22\n")

        def build() -> dict:
            return go_build(src, root / "out.wasm", opt, env)
    else:
        env = {**os.environ, "TINYPY_CACHE": str(cache), "PYTHONPATH": str(REPO)}
        env.pop("TINYPY_BUILDCACHE", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed compiler has .pyc files: don't time compiling
        if name == "nocache":
            env["TINYPY_BUILDCACHE"] = "0"
        target = src if "go.mod" in PROGRAMS[prog] else src / "main.go"

        def build() -> dict:
            return run_build(target, root / "out.wasm", opt, env)
    try:
        if name == "cold":
            return build()
        build()
        if name == "editpkg":
            edit(src / "greet" / "greet.go")
        if name == "editcall":
            edit_call(src / "main.go")
        for i in range({"edit": 1, "edit2": 2}.get(name, 0)):
            edit(src / "main.go")
            if i == 0 and name == "edit2":
                build()
        return build()
    finally:
        shutil.rmtree(root, ignore_errors=True)


def applies(prog: str, sc: str, go: bool) -> bool:
    return (sc != "editpkg" or prog == "module") and not (go and sc == "nocache")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=3, help="repetitions (median reported)")
    ap.add_argument("-opt", default="z")
    ap.add_argument("--programs", default="hello,json,template,module")
    ap.add_argument("--scenarios", default=",".join(SCENARIOS))
    ap.add_argument("--go", action="store_true", help="also time go build for GOOS=wasip1")
    ap.add_argument("--json", help="also write the raw results here")
    args = ap.parse_args()
    stages = ["load", "ircache", "parse", "check", "ssa", "llvm", "sanity", "object", "link", "wasmcache", "total"]
    raw: dict[str, list[dict]] = {}
    go_raw: dict[str, list[dict]] = {}
    progs = args.programs.split(",")
    scens = args.scenarios.split(",")
    with tempfile.TemporaryDirectory(prefix="bench-build-") as d:
        tmp = Path(d)
        for prog in progs:
            for sc in scens:
                if applies(prog, sc, False):
                    runs = [scenario(sc, prog, args.opt, tmp, False) for _ in range(args.n)]
                    raw[f"{prog}/{sc}"] = runs
                    print(f"{prog}/{sc}: " + " ".join(f"{r['wall']['total']:.2f}" for r in runs), file=sys.stderr)
                if args.go and applies(prog, sc, True):
                    go_raw[f"{prog}/{sc}"] = [scenario(sc, prog, args.opt, tmp, True) for _ in range(args.n)]
    used = [s for s in stages if any(s in r["cpu"] for runs in raw.values() for r in runs)]
    print(f"CPU seconds (median of {args.n}; stage = build process CPU, total = user+sys of the build's "
          f"processes incl. startup), -opt={args.opt}; wall total in brackets; MiB = peak RSS")
    header = f"{'build':17s}" + "".join(f"{s[:7]:>8s}" for s in used) + f"{'[wall]':>9s}{'size':>9s}{'MiB':>6s}"
    if go_raw:
        header += f"{'go wall':>9s}{'go size':>9s}{'go MiB':>7s}"
    print(header)
    for key, runs in raw.items():
        row = f"{key:17s}"
        for s in used:
            vals = [r["cpu"].get(s) for r in runs if s in r["cpu"]]
            row += f"{statistics.median(vals):8.2f}" if vals else f"{'-':>8s}"
        row += f"{statistics.median(r['wall']['total'] for r in runs):9.2f}"
        row += f"{runs[-1]['size']:9d}{statistics.median(r['rss'] for r in runs):6.0f}"
        if key in go_raw:
            g = go_raw[key]
            row += f"{statistics.median(r['wall'] for r in g):9.2f}{g[-1]['size']:9d}" \
                   f"{statistics.median(r['rss'] for r in g):7.0f}"
        print(row)
    if args.json:
        Path(args.json).write_text(json.dumps({"tinypy": raw, "go": go_raw}, indent=1))


if __name__ == "__main__":
    main()
