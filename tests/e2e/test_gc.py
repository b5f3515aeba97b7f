"""Memory management: both collectors on the gc_* programs, memory bounds, -gc=none, host exports."""

from __future__ import annotations

import sys

import pytest
import wasmtime

from tests.conftest import REPO, build_and_run, goldens

sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "examples" / "host"))

from memory_bench import build as bench_build  # noqa: E402
from memory_bench import run_measured  # noqa: E402

GC_GOLDENS = [g for g in goldens() if g.name.startswith("gc_")]


@pytest.mark.parametrize("opt", ["0", "z"])
@pytest.mark.parametrize("gc", ["conservative", "leaking"])
@pytest.mark.parametrize("golden", GC_GOLDENS, ids=[g.name for g in GC_GOLDENS])
def test_gc_program(golden, gc, opt, tmp_path):
    r = build_and_run(golden.source, opt, tmp_path, gc=gc)
    assert r.stdout == golden.stdout
    assert r.exit_code == golden.exit_code, f"stderr:\n{r.stderr}"
    if golden.stderr_lines is not None:
        assert r.stderr.split("\n")[: len(golden.stderr_lines)] == golden.stderr_lines


def _binarytrees_expected(depth: int) -> str:
    """The output of the binary-trees program, from the tree sizes (a tree of depth d has 2^(d+1)-1 nodes)."""
    size = lambda d: (1 << (d + 1)) - 1  # noqa: E731
    min_depth, max_depth = 4, max(depth, 6)
    lines = [f"stretch tree of depth {max_depth + 1} \t check: {size(max_depth + 1)}"]
    for d in range(min_depth, max_depth + 1, 2):
        it = 1 << (max_depth - d + min_depth)
        lines.append(f"{it} \t trees of depth {d} \t check: {it * size(d)}")
    lines.append(f"long lived tree of depth {max_depth} \t check: {size(max_depth)}")
    return "\n".join(lines) + "\n"


def test_binarytrees_memory_bounded_by_live_data(tmp_path):
    depth = 15
    src = tmp_path / "bt.go"
    text = (REPO / "examples" / "binarytrees" / "main.go").read_text()
    assert "var depth = 20" in text
    src.write_text(text.replace("var depth = 20", f"var depth = {depth}"))
    peaks = {}
    for gc in ("conservative", "leaking"):
        # GOGC=25: the pacer's 4 MiB floor shrinks to 1 MiB, so that the
        # bound below is about the live data rather than the floor
        m = run_measured(bench_build(src, tmp_path / f"{gc}.wasm", gc, "z"), tmp_path, env={"GOGC": "25"})
        assert m.exit_code == 0, m.stderr
        assert m.stderr == _binarytrees_expected(depth)
        peaks[gc] = m.memory_bytes
    live = ((1 << (depth + 2)) - 1) * 8  # the stretch tree: the most data alive at once
    assert peaks["conservative"] <= 4 * live
    assert peaks["leaking"] > 10 * peaks["conservative"]


def test_gc_none_rejects_allocation_with_position(tmp_path):
    from tinypy_go.build import BuildConfig, build_result
    from tinypy_go.errors import CompileError

    src = tmp_path / "alloc.go"
    src.write_text("package main\n\ntype T struct{ a int }\n\nfunc f() *T {\n\treturn &T{1}\n}\n\n"
                   "func main() {\n\tprintln(f().a)\n}\n")
    with pytest.raises(CompileError) as e:
        build_result(BuildConfig(inputs=[str(src)], output=tmp_path / "a.wasm", gc="none"))
    msg = str(e.value)
    assert "alloc.go:6:" in msg and "heap allocation in main.f" in msg and "-gc=none" in msg
    src.write_text('package main\n\nvar a, b = "x", "y"\n\nfunc main() {\n\tprintln(a + b)\n}\n')
    with pytest.raises(CompileError) as e:
        build_result(BuildConfig(inputs=[str(src)], output=tmp_path / "a.wasm", gc="none"))
    assert "alloc.go:6:" in str(e.value) and "(runtime.stringConcat) in main.main" in str(e.value)


def test_gc_none_builds_programs_that_do_not_allocate(tmp_path):
    src = tmp_path / "noalloc.go"
    src.write_text("package main\n\nvar g [10]int\n\nfunc main() {\n\tfor i := range g {\n\t\tg[i] = i * i\n\t}\n"
                   "\tprintln(g[9])\n}\n")
    r = build_and_run(src, "z", tmp_path, gc="none")
    assert (r.exit_code, r.stderr) == (0, "81\n")
    names = [e.name for e in wasmtime.Module.from_file(wasmtime.Engine(), str(tmp_path / "noalloc.wasm")).exports]
    assert "malloc" not in names


def _instance(wasm, limit: int | None = None):
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    if limit is not None:
        store.set_limits(memory_size=limit)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    store.set_wasi(wasmtime.WasiConfig())
    inst = linker.instantiate(store, wasmtime.Module.from_file(engine, str(wasm)))
    return store, inst.exports(store)


@pytest.fixture(scope="module")
def host_wasm(tmp_path_factory):
    out = tmp_path_factory.mktemp("host") / "host.wasm"
    return bench_build(REPO / "examples" / "host" / "main.go", out, "conservative", "z")


def test_host_example_memory_constant(host_wasm):
    from host import Greeter

    g = Greeter(str(host_wasm))
    assert g.greet("gopher") == "Hello, gopher!"
    sizes = []
    for i in range(40_000):  # the heap fills and is collected every ~1000 rounds
        name = f"gopher number {i}"
        assert g.greet(name) == f"Hello, {name}!"
        if i % 5000 == 4999:
            sizes.append(g.memory_size())
    assert len(set(sizes[1:])) == 1, sizes


def test_host_allocations_survive_collections(host_wasm):
    store, ex = _instance(host_wasm)
    mem, malloc, free, realloc, calloc = ex["memory"], ex["malloc"], ex["free"], ex["realloc"], ex["calloc"]
    blocks = []
    for i in range(50):
        p = malloc(store, 100 + i)
        assert p % 8 == 0
        mem.write(store, bytes([i]) * (100 + i), p)
        blocks.append(p)
    z = calloc(store, 10, 30)
    assert mem.read(store, z, z + 300) == bytes(300)
    for _ in range(3000):  # garbage: several collections
        packed = ex["greet"](store, blocks[0], 8) & 0xFFFF_FFFF_FFFF_FFFF
        free(store, packed >> 32)
    for i, p in enumerate(blocks):
        assert mem.read(store, p, p + 100 + i) == bytes([i]) * (100 + i)
    q = realloc(store, blocks[7], 5000)
    assert mem.read(store, q, q + 107) == bytes([7]) * 107
    for p in blocks[:7] + blocks[8:] + [q, z]:
        free(store, p)


def test_free_of_unknown_pointer_panics(host_wasm):
    store, ex = _instance(host_wasm)
    p = ex["malloc"](store, 16)
    ex["free"](store, p)
    with pytest.raises(wasmtime.ExitTrap) as e:
        ex["free"](store, p)  # a double free
    assert e.value.code == 2


def test_out_of_memory_is_fatal(tmp_path):
    src = tmp_path / "oom.go"
    src.write_text("package main\n\ntype N struct {\n\tnext *N\n\tpad  [100]int\n}\n\nvar head *N\n\n"
                   "func main() {\n\tfor {\n\t\thead = &N{next: head}\n\t}\n}\n")
    wasm = bench_build(src, tmp_path / "oom.wasm", "conservative", "z")
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    store.set_limits(memory_size=8 << 20)
    wasi = wasmtime.WasiConfig()
    wasi.stderr_file = str(tmp_path / "err")
    store.set_wasi(wasi)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    inst = linker.instantiate(store, wasmtime.Module.from_file(engine, str(wasm)))
    with pytest.raises(wasmtime.ExitTrap) as e:
        inst.exports(store)["_start"](store)
    assert e.value.code == 2
    assert (tmp_path / "err").read_text() == "fatal error: out of memory\n"



PACING_PROGRAM = """package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
)

var sink string

func main() {
	if len(os.Args) > 1 && os.Args[1] == "off" {
		debug.SetGCPercent(-1)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 200000; i++ { // about 10 MB of short-lived strings
		sink = strconv.Itoa(i) + strconv.Itoa(i*7) + "........................................"
	}
	runtime.ReadMemStats(&after)
	allocated := after.TotalAlloc - before.TotalAlloc
	fmt.Println(after.NumGC-before.NumGC, allocated>>20, after.HeapSys>>20)
	runtime.GC()
	var last runtime.MemStats
	runtime.ReadMemStats(&last)
	fmt.Println(last.NumGC-after.NumGC, last.Frees > after.Frees)
}
"""


def _pacing_run(tmp_path, args=(), env=None):
    src = tmp_path / "pacing.go"
    src.write_text(PACING_PROGRAM)
    wasm = bench_build(src, tmp_path / "pacing.wasm", "conservative", "z")
    store_env = dict(env or {})
    engine = wasmtime.Engine()
    wasi = wasmtime.WasiConfig()
    wasi.argv = ["pacing", *args]
    wasi.env = list(store_env.items())
    wasi.stdout_file = str(tmp_path / "out")
    store = wasmtime.Store(engine)
    store.set_wasi(wasi)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    inst = linker.instantiate(store, wasmtime.Module.from_file(engine, str(wasm)))
    try:
        inst.exports(store)["_start"](store)
    except wasmtime.ExitTrap as e:
        assert e.code == 0
    lines = (tmp_path / "out").read_text().split("\n")
    return [int(x) for x in lines[0].split()], lines[1]


def test_heap_grows_instead_of_collecting_constantly(tmp_path):
    """GOGC=100 pacing: short-lived garbage is collected about once per 4 MiB
    allocated (Go's minimum goal), not every time the initial 128 KiB fills."""
    (gcs, mib, heap_mib), forced = _pacing_run(tmp_path)
    assert mib >= 8
    assert 1 <= gcs <= mib // 2, (gcs, mib)
    assert heap_mib >= 3
    assert forced == "1 true"  # runtime.GC collects, ReadMemStats sees it
    (gcs25, _, heap25), _ = _pacing_run(tmp_path, env={"GOGC": "25"})
    assert gcs25 > gcs and heap25 < heap_mib  # a smaller goal: more collections, a smaller heap


def test_gogc_off(tmp_path):
    (gcs, mib, heap_mib), _ = _pacing_run(tmp_path, env={"GOGC": "off"})
    assert gcs == 0 and heap_mib >= mib
    (gcs, mib, heap_mib), _ = _pacing_run(tmp_path, args=["off"])  # debug.SetGCPercent(-1)
    assert gcs == 0 and heap_mib >= mib


def test_allocate_forever_is_out_of_memory(tmp_path):
    src = tmp_path / "forever.go"
    src.write_text("package main\n\ntype node struct {\n\tnext *node\n\tpad  [60]int32\n}\n\n"
                   "func main() {\n\tvar head *node\n\tfor {\n\t\thead = &node{next: head}\n\t}\n}\n")
    wasm = bench_build(src, tmp_path / "forever.wasm", "conservative", "z")
    m = run_measured(wasm, tmp_path, memory_limit=256 << 20)
    assert m.exit_code == 2
    assert m.stderr == "fatal error: out of memory\n"
    assert m.seconds < 30  # about 1 s on a quiet machine: no collection storm at the limit
