"""Goroutine builds: -scheduler=none, when the asyncify pass runs, -gc=leaking."""

from __future__ import annotations

import pytest

from tinypy_go.backend import asyncify, wasmbin
from tinypy_go.build import BuildConfig, build_result
from tinypy_go.errors import CompileError
from tinypy_go.wasmrun import run_wasm

GO_PROG = """package main

func main() {
	c := make(chan int)
	go func() { c <- 42 }()
	println(<-c)
}
"""

PLAIN_PROG = """package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	c := make(chan int, 1)
	c <- 1
	fmt.Println(<-c, len(c))
	mu.Unlock()
	time.Sleep(time.Millisecond)
}
"""


def _build(tmp_path, src: str, **kw):
    f = tmp_path / "main.go"
    f.write_text(src)
    return build_result(BuildConfig(inputs=[str(f)], output=tmp_path / "main.wasm", opt="z", **kw))


def _run(tmp_path, wasm) -> tuple[int, str, str]:
    out, err = tmp_path / "out", tmp_path / "err"
    code = run_wasm(wasm, [], env={}, stdout_file=str(out), stderr_file=str(err))
    return code, out.read_text(), err.read_text()


def test_scheduler_none_rejects_go(tmp_path):
    with pytest.raises(CompileError) as e:
        _build(tmp_path, GO_PROG, scheduler="none")
    assert str(e.value).endswith("main.go:5:2: attempted to start a goroutine without a scheduler")


def test_no_goroutines_no_asyncify(tmp_path):
    """Channels, mutexes and sleeping without a go statement need no scheduler:
    the task switch is not linked and the asyncify pass does not run."""
    res = _build(tmp_path, PLAIN_PROG)
    assert "asyncify" not in res.timings.seconds
    assert asyncify.ASYNCIFY_MODULE not in wasmbin.import_modules(res.output.read_bytes())
    assert _run(tmp_path, res.output)[:2] == (0, "1 0\n")


@pytest.mark.parametrize("gc", ["conservative", "leaking"])
def test_goroutine_runs_asyncify(tmp_path, gc):
    res = _build(tmp_path, GO_PROG, gc=gc)
    assert "asyncify" in res.timings.seconds
    assert wasmbin.import_modules(res.output.read_bytes()) <= {"wasi_snapshot_preview1"}
    assert _run(tmp_path, res.output) == (0, "", "42\n")


def test_single_goroutine_deadlock(tmp_path):
    """Without goroutines a blocking receive is a deadlock, reported as Go does."""
    res = _build(tmp_path, "package main\n\nfunc main() {\n\tc := make(chan int)\n\t<-c\n}\n")
    code, _, err = _run(tmp_path, res.output)
    assert code == 2
    assert err.splitlines()[:3] == ["fatal error: all goroutines are asleep - deadlock!", "",
                                    "goroutine 1 [chan receive]:"]


EXPORT_PROG = """package main

var total int
var done = make(chan bool, 100)

//export spawn
func spawn(n int32) {
	for i := int32(1); i <= n; i++ {
		go func(v int32) {
			total += int(v)
			done <- true
		}(i)
	}
}

//export total
func getTotal() int32 { return int32(total + len(done)*1000) }

func main() {}
"""


def test_goroutines_from_export(tmp_path):
    """Goroutines started by an exported function run before it returns to the host."""
    import wasmtime

    res = _build(tmp_path, EXPORT_PROG)
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    store.set_wasi(wasmtime.WasiConfig())
    exports = linker.instantiate(store, wasmtime.Module.from_file(engine, str(res.output))).exports(store)
    exports["spawn"](store, 4)
    assert exports["total"](store) == 4010
    exports["spawn"](store, 2)
    assert exports["total"](store) == 6013
