"""Heap allocations of the test corpus with and without escape analysis.

    python scripts/alloc_counts.py [NAME...]

For each tests/testdata program: the static count of heap Allocs in the
SSA of package main, and the dynamic count of objects allocated by a run
(runtime.MemStats.Mallocs, read through an export added to the program),
first with TINYPY_NOESCAPE=1, then with the escape analysis (ir/escape.py).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

COUNTER = '''package main

import "runtime"

//export tinypyMallocs
func tinypyMallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}
'''


def measure(src: Path, tmp: Path) -> tuple[int, int]:
    """(static heap Allocs in package main, objects allocated at run time)."""
    import wasmtime

    from tinypy_go.build import BuildConfig, build_result

    d = tmp / src.stem
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir()
    shutil.copy(src, d / "main.go")
    (d / "zz_count.go").write_text(COUNTER)
    r = build_result(BuildConfig(inputs=[str(d / "main.go"), str(d / "zz_count.go")], output=d / "p.wasm",
                                 keep_ssa=True))
    main = r.context.ssa.packages["main"]
    static = sum(1 for fn in main.functions.values() for b in fn.blocks for i in b.instrs
                 if type(i).__name__ == "Alloc" and i.heap)
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    wasi = wasmtime.WasiConfig()
    wasi.stdout_file = wasi.stderr_file = str(d / "out")
    store.set_wasi(wasi)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    inst = linker.instantiate(store, wasmtime.Module.from_file(engine, str(d / "p.wasm")))
    try:
        inst.exports(store)["_start"](store)
    except (wasmtime.ExitTrap, wasmtime.Trap):
        pass
    return static, inst.exports(store)["tinypyMallocs"](store)


def main() -> int:
    names = sys.argv[1:]
    srcs = [REPO / "tests" / "testdata" / f"{n}.go" for n in names] if names else sorted(
        (REPO / "tests" / "testdata").glob("*.go"))
    totals = [0, 0, 0, 0]
    print(f"{'program':<24} {'static before':>13} {'after':>6} {'dynamic before':>15} {'after':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for src in srcs:
            try:
                os.environ["TINYPY_NOESCAPE"] = "1"
                sb, db = measure(src, Path(tmp))
                del os.environ["TINYPY_NOESCAPE"]
                sa, da = measure(src, Path(tmp))
            except Exception as e:  # a program the compiler cannot build yet
                os.environ.pop("TINYPY_NOESCAPE", None)
                print(f"{src.stem:<24} skipped: {str(e).splitlines()[0][:60]}")
                continue
            for i, v in enumerate((sb, sa, db, da)):
                totals[i] += v
            print(f"{src.stem:<24} {sb:>13} {sa:>6} {db:>15} {da:>9}")
    print(f"{'total':<24} {totals[0]:>13} {totals[1]:>6} {totals[2]:>15} {totals[3]:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
