"""Embedding in hosts: reactor modules (-buildmode=c-shared), //go:wasmexport,
exports that block, finalizers, tinypy.dev/wasm/mem and tinypy_go.host.

The modules are instantiated from Python's wasmtime; expected values are
computed here or by native Go, never copied from a previous run."""

from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path

import pytest
import wasmtime

from tests.conftest import run_tinypy
from tinypy_go.host import Module

# Init order: shared with native `go run` (order.go alone), which prints the trace.
ORDER_GO = """\
package main

import "strings"

var trace []string

func step(name string, dep int) int {
	trace = append(trace, name)
	return len(trace) + dep
}

var x = step("x", y) // after y: x depends on it
var y = step("y", 0)
var z = step("z", x)

func init() { step("init 1", z) }
func init() { step("init 2", 0) }

var mainRan bool

func main() {
	mainRan = true
	println(strings.Join(trace, ";"))
}
"""

ORDER_EXPORTS_GO = """\
//go:build tinygo

package main

import (
	"strings"

	"tinypy.dev/wasm/mem"
)

//go:wasmexport trace
func traceExport() uint64 { return mem.Pack(mem.StringToLeakedPtr(strings.Join(trace, ";"))) }

//go:wasmexport main_ran
func mainRanExport() bool { return mainRan }
"""

LIB_GO = """\
package main

import (
	"runtime"
	"strings"
	"sync"
	"time"

	"tinypy.dev/wasm/mem"
)

var fromInit int32

func init() {
	done := make(chan int32)
	go func() { done <- 42 }()
	fromInit = <-done // init may block on its own goroutines
}

//go:wasmexport from_init
func fromInitExport() int32 { return fromInit }

// a worker started by init, parked in its receive until an export sends
var jobs = make(chan int32)
var total int32

func init() {
	go func() {
		for v := range jobs {
			total += v
		}
	}()
}

//go:wasmexport push
func push(v int32) { jobs <- v }

//go:wasmexport total
func totalExport() int32 { return total }

// shout takes a string (ptr, len) and returns a new one for the host to free.
//
//go:wasmexport shout
func shout(s string) uint64 {
	return mem.Pack(mem.StringToLeakedPtr(strings.ToUpper(s) + "!"))
}

//go:wasmexport shout_ptr
func shoutPtr(ptr, size uint32) uint64 {
	return mem.Pack(mem.StringToLeakedPtr(strings.ToUpper(mem.PtrToString(ptr, size)) + "!"))
}

//go:wasmexport squares
func squares(n int32) int64 {
	ch := make(chan int64)
	for i := int32(1); i <= n; i++ {
		go func() { ch <- int64(i) * int64(i) }()
	}
	var sum int64
	for i := int32(0); i < n; i++ {
		sum += <-ch
	}
	return sum
}

//go:wasmexport waitgroup
func waitgroup(n int32) int64 {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var total int64
	for i := int32(0); i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Millisecond)
			mu.Lock()
			total += int64(i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	return total
}

//go:wasmexport sleep_ms
func sleepMs(ms int32) int64 {
	start := time.Now()
	time.Sleep(time.Duration(ms) * time.Millisecond)
	return int64(time.Since(start) / time.Millisecond)
}

var later int32

//go:wasmexport start_later
func startLater(ms int32) {
	go func() {
		time.Sleep(time.Duration(ms) * time.Millisecond)
		later++
	}()
}

//go:wasmexport later
func laterExport() int32 { return later }

//go:wasmexport deadlock
func deadlock() int32 {
	ch := make(chan int32)
	return <-ch
}

type blob struct {
	data [256]byte
	id   int32
}

var finalized, cleaned int32
var kept *blob

//go:noinline
func newBlob(id int32) *blob {
	b := &blob{id: id}
	runtime.SetFinalizer(b, func(b *blob) { finalized += b.id })
	runtime.AddCleanup(b, func(id int32) { cleaned += id }, id)
	return b
}

//go:wasmexport make_garbage
func makeGarbage(n int32) {
	for i := int32(1); i <= n; i++ {
		newBlob(i)
	}
	kept = newBlob(1000)
}

//go:wasmexport drop_kept
func dropKept() int32 {
	id := kept.id
	kept = nil
	return id
}

//go:wasmexport collect
func collect() int64 {
	runtime.GC()
	return int64(finalized)<<32 | int64(cleaned)
}
"""


def _build(tmp: Path, src: dict[str, str], *flags: str, name: str = "lib") -> Path:
    d = tmp / name
    d.mkdir(exist_ok=True)
    for fname, text in src.items():
        (d / fname).write_text(text)
    out = tmp / f"{name}.wasm"
    r = run_tinypy("build", *flags, "-o", str(out), *(str(d / f) for f in src))
    assert r.returncode == 0, r.stderr
    return out


@pytest.fixture(scope="module")
def lib(tmp_path_factory) -> Path:
    return _build(tmp_path_factory.mktemp("embed"), {"lib.go": LIB_GO}, "-buildmode=c-shared")


def _exports(wasm: Path) -> set[str]:
    return {e.name for e in wasmtime.Module.from_file(wasmtime.Engine(), str(wasm)).exports}


def _native_go() -> Path | None:
    from tinypy_go import goroot

    return goroot.go_binary()


def test_reactor_exports_initialize_not_start_and_runs_inits_in_order(tmp_path):
    wasm = _build(tmp_path, {"order.go": ORDER_GO, "exports.go": ORDER_EXPORTS_GO}, "-buildmode=c-shared")
    names = _exports(wasm)
    assert "_initialize" in names and "_start" not in names, names
    m = Module(wasm)
    got = m.call("trace", result=str)
    assert m.call("main_ran") == 0  # a reactor never runs main
    go = _native_go()
    if go is None:
        pytest.skip("no native go")
    (tmp_path / "native").mkdir()
    (tmp_path / "native" / "order.go").write_text(ORDER_GO)
    r = subprocess.run([str(go), "run", "order.go"], cwd=tmp_path / "native", capture_output=True, text=True,
                       env={**os.environ, "GOTOOLCHAIN": "local", "GOFLAGS": "-mod=mod"}, timeout=300)
    assert r.returncode == 0, r.stderr
    assert got == r.stderr.strip()
    # the same sources as a command: _start, which runs main after the same inits
    cmd = _build(tmp_path, {"order.go": ORDER_GO, "exports.go": ORDER_EXPORTS_GO}, name="cmd")
    assert "_start" in _exports(cmd) and "_initialize" not in _exports(cmd)
    run = run_tinypy("run", str(tmp_path / "cmd" / "order.go"), str(tmp_path / "cmd" / "exports.go"))
    assert run.returncode == 0 and run.stderr.strip() == got, run.stderr


def test_reactor_needs_no_main_but_a_command_does(tmp_path):
    src = {"nomain.go": "package main\n\n//go:wasmexport add\nfunc add(a, b int32) int32 { return a + b }\n"}
    wasm = _build(tmp_path, src, "-buildmode=c-shared")
    assert Module(wasm).call("add", 40, 2) == 42
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), str(tmp_path / "lib" / "nomain.go"))
    assert r.returncode == 1
    assert "function main is undeclared in the main package" in r.stderr
    # exports work before _initialize too (it runs the initialisers first)
    assert Module(wasm, initialize=False).call("add", 1, 2) == 3


def test_buildmode_errors_use_go_words(tmp_path):
    src = tmp_path / "m.go"
    src.write_text("package main\n\nfunc main() {}\n")
    for flags, msg in ((["-target=wasm", "-buildmode=c-shared"], "-buildmode=c-shared not supported on js/wasm"),
                       (["-buildmode=pie"], "-buildmode=pie not supported on wasip1/wasm"),
                       (["-buildmode=bogus"], "buildmode=bogus not supported")):
        r = run_tinypy("build", *flags, "-o", str(tmp_path / "m.wasm"), str(src))
        assert r.returncode == 2 and r.stderr.strip() == f"tinypy: {msg}", (flags, r.stderr)
    for mode in ("default", "exe", "wasi-legacy"):
        r = run_tinypy("build", f"-buildmode={mode}", "-o", str(tmp_path / "m.wasm"), str(src))
        assert r.returncode == 0, r.stderr
        assert "_start" in _exports(tmp_path / "m.wasm")


def test_100k_string_calls_keep_memory_constant(lib):
    m = Module(lib)
    assert m.call("shout", "gopher", result=str) == "GOPHER!"
    assert m.call("shout_ptr", "ça va", result=str) == "ÇA VA!"
    sizes = []
    for i in range(100_000):
        s = f"name {i}"
        got = m.call("shout" if i % 2 else "shout_ptr", s, result=str)
        if got != f"NAME {i}!":
            pytest.fail(f"call {i}: {got!r}")
        if i % 10_000 == 9_999:
            sizes.append(m.memory_size())
    assert len(set(sizes)) == 1, sizes
    # the paced heap may grow to its minimum goal (4 MiB at GOGC=100) before it
    # collects; what matters is that it stops there
    assert sizes[0] <= 6 << 20, sizes


def test_export_waits_for_its_goroutines(lib):
    m = Module(lib)
    assert m.call("from_init") == 42  # init waited on its goroutine
    for n in (1, 10, 100):
        assert m.call("squares", n) == sum(i * i for i in range(1, n + 1))
    assert m.call("waitgroup", 50) == sum(range(50))


def test_goroutine_started_by_init_keeps_running_across_calls(lib):
    m = Module(lib)
    for v in range(1, 101):
        m.call("push", v)
    assert m.call("total") == sum(range(1, 101))


def test_export_that_sleeps(lib):
    m = Module(lib)
    t0 = time.monotonic()
    slept = m.call("sleep_ms", 40)
    elapsed = time.monotonic() - t0
    assert slept >= 40 and elapsed >= 0.040, (slept, elapsed)


def test_goroutines_left_running_continue_at_the_next_call(lib):
    m = Module(lib)
    m.call("start_later", 30)
    assert m.call("later") == 0  # still sleeping: the call returned without waiting for it
    time.sleep(0.06)
    assert m.call("later") == 1  # its timer was due: it ran before the body of this call


def test_deadlock_inside_an_export_is_gos_message(lib, tmp_path):
    out = tmp_path / "stderr.txt"
    cfg = wasmtime.WasiConfig()
    cfg.stderr_file = str(out)
    cfg.stdout_file = str(out)
    m = Module(lib, wasi=cfg)
    assert m.call("squares", 3) == 14
    with pytest.raises(wasmtime.ExitTrap) as e:
        m.call("deadlock")
    assert e.value.code == 2
    text = out.read_text()
    assert text.startswith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:"), text


def _fin(m: Module) -> tuple[int, int]:
    packed = m.call("collect")
    return packed >> 32, packed & 0xFFFF_FFFF


def test_finalizers_and_cleanups_run_after_gc(lib):
    m = Module(lib)
    assert _fin(m) == (0, 0)
    m.call("make_garbage", 20)
    finalized, cleaned = _fin(m)
    # ids 1..20 were dropped (sum 210): the conservative collector may keep the odd
    # one a stale word still points to, never the one a global holds (id 1000)
    assert finalized == cleaned and 190 <= finalized <= 210, (finalized, cleaned)
    assert _fin(m) == (finalized, cleaned)  # each runs once
    assert m.call("drop_kept") == 1000
    assert _fin(m)[0] >= finalized + 1000  # now unreachable: it runs


def test_finalizers_never_run_with_gc_leaking(tmp_path):
    wasm = _build(tmp_path, {"lib.go": LIB_GO}, "-buildmode=c-shared", "-gc=leaking")
    m = Module(wasm)
    m.call("make_garbage", 5)
    assert m.call("collect") == 0


def test_finalizer_in_a_command(tmp_path):
    src = tmp_path / "fin.go"
    src.write_text("""\
package main

import "runtime"

type T struct{ buf [100]byte }

var n int

//go:noinline
func drop() { runtime.SetFinalizer(&T{}, func(*T) { n++ }) }

func main() {
	drop()
	println("before", n)
	runtime.GC()
	println("after", n)
}
""")
    r = run_tinypy("run", str(src))
    assert r.returncode == 0 and r.stderr == "before 0\nafter 1\n", r.stderr


WASMEXPORT_ERRORS_GO = """\
package main

import "structs"

type S struct{ a int32 }

type H struct {
	_ structs.HostLayout
	a int32
	b float64
}

//go:wasmexport ok
func ok(a int32, b uint64, c float32, d bool, e uintptr, f *H, g *[4]byte, s string, t *struct{}) float64 {
	return 0
}

//go:wasmexport bad1
func bad1(a int, b S, c []byte) string { return "" }

//go:wasmexport bad2
func bad2() (int32, int32) { return 0, 0 }

//go:wasmexport bad3
func bad3(p *S, q *string) *int { return nil }

func main() {}
"""

_DIAG = re.compile(r"^(?:\./)?(\S+\.go:\d+:\d+: .*)$")


def _diagnostics(text: str) -> list[str]:
    return sorted(m.group(1) for line in text.splitlines() if (m := _DIAG.match(line.strip())))


def _native_errors(tmp: Path, name: str, src: str, goos: str = "wasip1") -> list[str] | None:
    go = _native_go()
    if go is None:
        return None
    d = tmp / f"native-{goos}"
    d.mkdir(exist_ok=True)
    (d / name).write_text(src)
    r = subprocess.run([str(go), "build", "-o", "x.wasm", name], cwd=d, capture_output=True, text=True,
                       env={**os.environ, "GOOS": goos, "GOARCH": "wasm", "GOTOOLCHAIN": "local"}, timeout=300)
    assert r.returncode != 0
    return _diagnostics(r.stderr)


@pytest.mark.parametrize("target", ["wasi", "wasm"])
def test_wasmexport_type_errors_match_go(tmp_path, target):
    (tmp_path / "errs.go").write_text(WASMEXPORT_ERRORS_GO)
    r = run_tinypy("build", f"-target={target}", "-o", "x.wasm", "errs.go", cwd=tmp_path)
    assert r.returncode == 1
    ours = _diagnostics(r.stderr)
    assert "errs.go:19:6: go:wasmexport: unsupported parameter type int" in ours, ours
    assert "errs.go:22:6: go:wasmexport: too many return values" in ours, ours
    native = _native_errors(tmp_path, "errs.go", WASMEXPORT_ERRORS_GO, "wasip1" if target == "wasi" else "js")
    if native is None:
        pytest.skip("no native go")
    if target == "wasm":  # -target=wasm's glue also passes string and []byte (documented extension)
        native = [d for d in native if not d.endswith(("type []byte", "result type string"))]
    assert ours == native


@pytest.mark.parametrize("src, message", [
    ("package main\n\ntype T struct{}\n\n//go:wasmexport m\nfunc (T) m() {}\n\nfunc main() {}\n",
     "cannot use //go:wasmexport on a method"),
    ("package main\n\n//go:wasmexport a b\nfunc f() {}\n\nfunc main() {}\n", "usage: //go:wasmexport exportname"),
])
def test_wasmexport_directive_errors_match_go(tmp_path, src, message):
    (tmp_path / "d.go").write_text(src)
    r = run_tinypy("build", "-o", "x.wasm", "d.go", cwd=tmp_path)
    assert r.returncode == 1
    ours = _diagnostics(r.stderr)
    assert len(ours) == 1 and ours[0].endswith(message), ours
    native = _native_errors(tmp_path, "d.go", src)
    if native is not None:
        assert ours == native


def test_export_keeps_tinygo_rules_for_plain_export(tmp_path):
    src = tmp_path / "e.go"
    src.write_text("package main\n\n//export add\nfunc add(a, b int) int { return a + b }\n\nfunc main() {}\n")
    out = tmp_path / "e.wasm"
    r = run_tinypy("build", "-buildmode=c-shared", "-o", str(out), str(src))
    assert r.returncode == 0, r.stderr  # //export allows int (32 bits here), as TinyGo does
    assert Module(out).call("add", 2, 3) == 5


JS_BLOCKING_GO = """\
package main

import "time"

//go:wasmexport Squares
func squares(n int32) int64 {
	ch := make(chan int64)
	for i := int32(1); i <= n; i++ {
		go func() { ch <- int64(i) * int64(i) }()
	}
	var s int64
	for i := int32(0); i < n; i++ {
		s += <-ch
	}
	return s
}

//go:wasmexport Nap
func nap(ms int32) int32 {
	t := time.Now()
	time.Sleep(time.Duration(ms) * time.Millisecond)
	return int32(time.Since(t) / time.Millisecond)
}

func main() {}
"""

JS_RUNNER = """\
require(process.argv[2]);
const fs = require("fs");
(async () => {
  const go = new Go();
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(process.argv[3]), go.importObject);
  console.log("exit", await go.run(instance));
  console.log("Squares", String(instance.exports.Squares(Number(process.argv[4]))));
  console.log("Nap", instance.exports.Nap(30) >= 30);
})().catch((err) => { console.log("error:", err.message); process.exit(1); });
"""


def test_blocking_exports_on_target_wasm(tmp_path):
    import shutil

    node = shutil.which("node")
    if node is None:
        pytest.skip("node not on PATH")
    from tinypy_go.cli import TINYPYROOT

    (tmp_path / "b.go").write_text(JS_BLOCKING_GO)
    (tmp_path / "run.js").write_text(JS_RUNNER)
    r = run_tinypy("build", "-target=wasm", "-o", str(tmp_path / "b.wasm"), str(tmp_path / "b.go"))
    assert r.returncode == 0, r.stderr
    glue = TINYPYROOT / "targets" / "wasm_exec.js"
    r = subprocess.run([node, str(tmp_path / "run.js"), str(glue), str(tmp_path / "b.wasm"), "12"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.splitlines() == ["exit 0", f"Squares {sum(i * i for i in range(1, 13))}", "Nap true"]
