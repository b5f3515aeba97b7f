"""Func values are pointers to closure objects {fnptr, captures...} (backend/closures.py)."""

from __future__ import annotations

from tinypy_go.build import BuildConfig, build_result
from tinypy_go.wasmrun import run_wasm


def build(tmp_path, src: str, opt: str = "0"):
    (tmp_path / "main.go").write_text(src)
    return build_result(BuildConfig(inputs=[str(tmp_path / "main.go")], output=tmp_path / "main.wasm", opt=opt))


def test_static_functions_are_constant_closure_objects(tmp_path):
    r = build(tmp_path, "package main\n\nfunc f() int { return 1 }\n\n"
                        "func main() { g := f; h := func() int { return 2 }; println(g() + h()) }\n")
    ir = r.context.compiled.llvm_ir
    assert '@"main.f$funcval" = internal unnamed_addr constant {ptr} {ptr @"main.f"}' in ir
    main = ir.split('define internal void @"main.main"')[1].split("\n}")[0]
    assert "runtime.alloc" not in main  # a closure without captures is static too


def test_wasmimport_function_as_a_value(tmp_path):
    build(tmp_path, "package main\n\n//go:wasmimport wasi_snapshot_preview1 proc_exit\nfunc procExit(code uint32)\n\n"
                    "func main() {\n\tf := procExit\n\tf(3)\n}\n")
    assert run_wasm(tmp_path / "main.wasm", env={}) == 3
