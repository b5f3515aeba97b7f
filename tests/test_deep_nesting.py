"""Deeply nested programs that Go compiles: no internal error (issue: hostile input).

Before the compiler ran on a deep-stack thread (cli.main), each construct
below failed with ``internal compiler error: RecursionError`` at a few
hundred levels.  Beyond the limit that remains, the build is a compile error.
"""

from __future__ import annotations

from tests.conftest import run_tinypy


def _deep_program() -> str:
    parens = "(" * 2000 + "x" + ")" * 2000
    ifs = "".join("if x > 0 {\n" for _ in range(400)) + "x++\n" + "}\n" * 400
    funcs = "func() int { return " * 300 + "1" + " }()" * 300
    chain = " + ".join(["x"] * 5000)
    index = "a[" * 1000 + "0" + "]" * 1000
    struct_t = "struct { a " * 300 + "int" + " }" * 300
    return (f"package main\n\ntype T {struct_t}\n\nfunc main() {{\n\tx := 1\n\tx = {parens}\n\t{ifs}\n"
            f"\tx += {funcs}\n\ty := {chain}\n\ta := []int{{0}}\n\tvar t T\n\t_ = t\n"
            f"\tprintln(x, y, {index})\n}}\n")


def test_deep_nesting_compiles_and_runs(tmp_path):
    (tmp_path / "deep.go").write_text(_deep_program())
    r = run_tinypy("run", "deep.go", cwd=tmp_path)
    assert (r.returncode, r.stderr) == (0, "3 15000 0\n")


def test_nesting_beyond_the_limit_is_a_compile_error(tmp_path):
    (tmp_path / "deeper.go").write_text("package main\n\nfunc main() {\n\tx := 1\n\tx = "
                                        + "(" * 100_000 + "x" + ")" * 100_000 + "\n\tprintln(x)\n}\n")
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "deeper.go", cwd=tmp_path)
    assert r.returncode == 1
    assert "too deeply nested" in r.stderr and "Traceback" not in r.stderr and "internal" not in r.stderr
