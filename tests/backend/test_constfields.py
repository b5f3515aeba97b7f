"""backend/constfields: a bool field no lowered code sets is read as false; any write keeps it."""

from __future__ import annotations

from tinypy_go.build import BuildConfig, build_result
from tinypy_go.wasmrun import run_wasm

SRC = """package main

type state struct {
	seen, quiet, static, escaped bool
	Exported                     bool
}

var preset = state{static: true}

func touch(p *bool) { *p = true }

func main() {
	s := &state{}
	s.seen = len("ab") > 1
	s.quiet = false
	var t state
	touch(&t.escaped)
	println(s.seen, s.quiet, preset.static, t.escaped, s.Exported)
}
"""


def test_loads_of_a_field_never_set_fold_to_false(tmp_path) -> None:
    (tmp_path / "main.go").write_text(SRC)
    r = build_result(BuildConfig(inputs=[str(tmp_path / "main.go")], output=tmp_path / "main.wasm", opt="0"))
    ir = r.context.compiled.llvm_ir
    assert "!tinypyfield" not in ir  # every mark resolved
    main = ir.split('define internal void @"main.main"')[1].split("\n}")[0]
    assert main.count(" = add i1 0, 0") == 1  # s.quiet: only ever stored false
    assert main.count("load i1, ptr") == 4  # seen, static, escaped (set) and Exported (no candidate)
    err = tmp_path / "stderr"
    assert run_wasm(tmp_path / "main.wasm", env={}, stderr_file=str(err)) == 0
    assert err.read_text() == "true false true true false\n"
