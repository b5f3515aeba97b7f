"""backend/constfields: a bool field no lowered code sets is read as false; any write keeps it."""

from __future__ import annotations

from tinypy_go.build import BuildConfig, build_result

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


def test_accessors(tmp_path) -> None:
    (tmp_path / "main.go").write_text(SRC)
    r = build_result(BuildConfig(inputs=[str(tmp_path / "main.go")], output=tmp_path / "main.wasm", opt="0"))
    ir = r.context.compiled.llvm_ir

    def accessor(field: str) -> str:
        head = f'define internal i1 @"tinypy.field:main.state.{field}"(ptr %p)'
        assert head in ir, field
        return ir.split(head)[1].split("\n}")[0]

    assert "ret i1 false" in accessor("quiet")  # only ever stored false
    for field in ("seen", "static", "escaped"):
        assert "load i1, ptr %p" in accessor(field), field
    assert "tinypy.field:main.state.Exported" not in ir  # exported: reflect may set it
