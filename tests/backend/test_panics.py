"""The unwinding mode is chosen per program: only programs that defer or recover pay for it."""

from __future__ import annotations

from tinypy_go.build import BuildConfig, build_result

PLAIN = """package main

func f(a [3]int, i int) int { return a[i] }

func main() { println(f([3]int{1, 2, 3}, 1)) }
"""

UNUSED_RECOVER = PLAIN + """
func never() { defer func() { recover() }() }
"""

WITH_DEFER = PLAIN.replace("func main() {", "func main() {\n\tdefer println(\"bye\")\n")


def llvm_ir(tmp_path, src: str) -> str:
    path = tmp_path / "main.go"
    path.write_text(src)
    r = build_result(BuildConfig(inputs=[str(path)], output=tmp_path / "main.wasm", opt="0"))
    return r.context.compiled.llvm_ir


def test_programs_without_defer_or_recover_abort_directly(tmp_path):
    text = llvm_ir(tmp_path, PLAIN)
    assert "runtime.unwinding" not in text.split("define internal void @\"main.main\"")[1].split("\n}")[0]
    assert "panic.exit" not in text


def test_unreachable_recover_does_not_switch_modes(tmp_path):
    assert "panic.exit" not in llvm_ir(tmp_path, UNUSED_RECOVER)


def test_defer_switches_to_unwinding(tmp_path):
    text = llvm_ir(tmp_path, WITH_DEFER)
    main = text.split("define internal void @\"main.main\"")[1].split("\n}")[0]
    assert "runtime.unwinding" in main and "panic.exit:" in main
    assert "runtime.runDefers" in main
