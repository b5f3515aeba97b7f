"""The README's promises: the examples build, export what they say, and run."""

from __future__ import annotations

import wasmtime

from tests.conftest import REPO, run_tinypy

EXAMPLES = REPO / "examples"


def test_add_exports_callable_from_wasmtime(tmp_path):
    out = tmp_path / "add.wasm"
    r = run_tinypy("build", "-o", str(out), "-target=wasi", str(EXAMPLES / "add" / "main.go"))
    assert r.returncode == 0, r.stderr
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    store.set_wasi(wasmtime.WasiConfig())
    inst = linker.instantiate(store, wasmtime.Module.from_file(engine, str(out)))
    exports = inst.exports(store)
    assert exports["add"](store, 2, 3) == 5
    assert exports["add"](store, 2**31 - 1, 1) == -(2**31)  # int is 32 bits and wraps
    assert exports["mul"](store, 1.5, 4.0) == 6.0
    assert exports["fib"](store, 30) == 832040
    for name in ("memory", "malloc", "free", "_start"):
        assert name in exports, name
    ptr = exports["malloc"](store, 16)
    assert ptr > 0 and ptr % 8 == 0
    exports["free"](store, ptr)


def test_hello_runs_and_prints_with_println():
    r = run_tinypy("run", str(EXAMPLES / "hello" / "main.go"))
    assert r.returncode == 0, r.stderr
    assert r.stderr == "hello, world!\nline 1 false\nline 2 true\nline 3 true\n"


def test_panic_prints_message_and_exits_2():
    r = run_tinypy("run", str(EXAMPLES / "panic" / "main.go"))
    assert r.returncode == 2
    assert r.stderr.startswith("ok 0\nok 1\nok 2\npanic: boom\n")


def test_wasmimport_functions_come_from_the_host(tmp_path):
    out = tmp_path / "hostimport.wasm"
    r = run_tinypy("build", "-o", str(out), str(EXAMPLES / "hostimport" / "main.go"))
    assert r.returncode == 0, r.stderr
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    store.set_wasi(wasmtime.WasiConfig())
    logged = []
    i32, f64 = wasmtime.ValType.i32(), wasmtime.ValType.f64()
    linker.define_func("env", "host_add", wasmtime.FuncType([i32, i32], [i32]), lambda a, b: a + b)
    linker.define_func("env", "host_log", wasmtime.FuncType([f64], []), logged.append)
    module = wasmtime.Module.from_file(engine, str(out))
    imports = {(i.module, i.name) for i in module.imports}
    assert ("env", "host_add") in imports and ("env", "host_log") in imports
    inst = linker.instantiate(store, module)
    assert inst.exports(store)["compute"](store, 10) == 55
    assert logged == [27.5]


def test_panic_trap_needs_no_wasi_imports(tmp_path):
    src = tmp_path / "quiet.go"
    src.write_text("package main\n\nfunc main() {\n\ts := 0\n\tfor i := range 10 {\n\t\ts += i\n\t}\n"
                   "\tif s != 45 {\n\t\tpanic(s)\n\t}\n}\n")
    out = tmp_path / "quiet.wasm"
    r = run_tinypy("build", "-panic=trap", "-o", str(out), str(src))
    assert r.returncode == 0, r.stderr
    module = wasmtime.Module.from_file(wasmtime.Engine(), str(out))
    assert list(module.imports) == []
    r = run_tinypy("run", "-panic=trap", str(REPO / "tests" / "testdata" / "index_oob.go"))
    assert r.returncode == 134  # a trap, like wasmtime's CLI reports it
    assert "panic:" not in r.stderr
