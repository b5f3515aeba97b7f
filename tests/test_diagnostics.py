"""Compile errors look like the Go toolchain's: path:line:col: message, sorted, capped at ten."""

from __future__ import annotations

import pytest

from tests.conftest import run_tinypy


def test_type_errors_are_sorted_and_capped(tmp_path):
    names = "abcdefghijk"
    body = "".join(f"\t{n} := {i}\n" for i, n in enumerate(names))
    src = tmp_path / "many.go"
    src.write_text(f"package main\n\nfunc main() {{\n{body}}}\n")
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "many.go", cwd=tmp_path)
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert lines[:2] == ["many.go:4:2: declared and not used: a", "many.go:5:2: declared and not used: b"]
    assert len(lines) == 11
    assert lines[-1] == "many.go:13:2: too many errors"
    assert "Traceback" not in r.stderr


def test_syntax_error(tmp_path):
    (tmp_path / "se.go").write_text("package main\n\nfunc main() {\n\tx := 1 +\n}\n")
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "se.go", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr == "se.go:5:1: syntax error: unexpected }, expected expression\n"


def test_unsupported_construct_names_it_with_position(tmp_path):
    (tmp_path / "g.go").write_text("package main\n\nfunc main() {\n\tf([2000]int{})\n}\n\n"
                                   "func f(a [2000]int) { println(a[0]) }\n")
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "g.go", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.startswith("g.go:7:")
    assert "not supported yet" in r.stderr
    assert "Traceback" not in r.stderr


def test_export_of_unsupported_type_is_an_error(tmp_path):
    (tmp_path / "e.go").write_text('package main\n\n//export greet\nfunc greet(s string) int { return len(s) }\n\n'
                                   "func main() {}\n")
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "e.go", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.startswith("e.go:4:1: //export greet: unsupported parameter or result type string")


def test_wasmimport_of_unsupported_type_is_an_error(tmp_path):
    (tmp_path / "w.go").write_text("package main\n\n//go:wasmimport env log_string\nfunc logString(s string)\n\n"
                                   'func main() { logString("x") }\n')
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "w.go", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.startswith("w.go:4:1: //go:wasmimport env log_string: unsupported parameter or result type string")


def test_huge_by_value_parameters_are_a_clear_error(tmp_path):
    (tmp_path / "b.go").write_text("package main\n\ntype Frame struct{ px [4096]uint16 }\n\n"
                                   "func sum(f Frame) int { return int(f.px[0]) }\n\n"
                                   "func main() { println(sum(Frame{})) }\n")
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "b.go", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.startswith("b.go:5:1: not supported yet: parameters of main.sum too large to pass by value")


def test_missing_function_body_is_an_error_in_go_only_packages(tmp_path):
    (tmp_path / "m.go").write_text('package main\n\nfunc f()\n\nfunc main() { println("hi") }\n')
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "m.go", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr == "m.go:3:6: missing function body\n"


def test_linkname_pull_binds_a_bodyless_function(tmp_path):
    (tmp_path / "l.go").write_text(
        'package main\n\nimport _ "unsafe"\n\n//go:linkname double main.realDouble\nfunc double(x int) int\n\n'
        "func realDouble(x int) int { return 2 * x }\n\n"
        "//go:linkname missing main.nowhere\nfunc missing()\n\n"
        "func main() {\n\tprintln(double(21))\n\tif double(0) != 0 {\n\t\tmissing()\n\t}\n}\n")
    r = run_tinypy("run", "l.go", cwd=tmp_path)
    assert r.returncode == 1  # missing() is reachable and bound to nothing
    assert r.stderr.startswith("l.go:11:1: missing function body for main.missing")
    src = (tmp_path / "l.go").read_text().replace("\t\tmissing()\n", "")
    (tmp_path / "l.go").write_text(src)
    r = run_tinypy("run", "l.go", cwd=tmp_path)
    assert (r.returncode, r.stderr) == (0, "42\n")


def test_duplicate_linkname_push_names_both_positions(tmp_path):
    src = ('package main\n\nimport _ "unsafe"\n\n//go:linkname target main.hook\nfunc target()\n\n'
           "//go:linkname first main.hook\nfunc first() { println(1) }\n\n"
           "//go:linkname second main.hook\nfunc second() { println(2) }\n\n"
           "func main() { target() }\n")
    (tmp_path / "d.go").write_text(src)
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "d.go", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.startswith("d.go:12:1: duplicate //go:linkname definition of main.hook: main.second here "
                               "and main.first at d.go:9:1")
    (tmp_path / "d.go").write_text(src.replace("main.hook\nfunc second", "main.other\nfunc second"))
    r = run_tinypy("run", "d.go", cwd=tmp_path)
    assert (r.returncode, r.stderr) == (0, "1\n")


def test_linkname_push_onto_a_body_is_an_error(tmp_path):
    (tmp_path / "o.go").write_text(
        'package main\n\nimport _ "unsafe"\n\nfunc hook() { println(1) }\n\n'
        "//go:linkname other main.hook\nfunc other() { println(2) }\n\nfunc main() { hook() }\n")
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "o.go", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.startswith("o.go:8:1: duplicate definition of main.hook: //go:linkname from main.other here, "
                               "and its own body at o.go:5:1")


def test_leading_byte_order_mark_is_accepted(tmp_path):
    (tmp_path / "bom.go").write_bytes(b'\xef\xbb\xbfpackage main\n\nfunc main() { println("bom ok") }\n')
    r = run_tinypy("run", "bom.go", cwd=tmp_path)
    assert (r.returncode, r.stderr) == (0, "bom ok\n")


def test_invalid_utf8_in_a_string_literal_is_gos_error(tmp_path):
    (tmp_path / "bad.go").write_bytes(b'package main\n\nfunc main() { println("bad \xff byte") }\n')
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "bad.go", cwd=tmp_path)
    assert (r.returncode, r.stderr) == (1, "bad.go:3:28: invalid UTF-8 encoding\n")


@pytest.mark.parametrize(("src", "want"), [
    ("//export _start\nfunc f() int32 { return 1 }\n\nfunc main() {}\n",
     "d.go:3:1: //export _start: the name is reserved: the runtime exports _start"),
    ("//export malloc\nfunc f() int32 { return 1 }\n\nfunc main() {}\n",
     "d.go:3:1: //export malloc: the name is reserved: the runtime exports malloc"),
    ("//export f\nfunc f() int32 { return 1 }\n\n//go:wasmexport f\nfunc g() int32 { return 2 }\n\nfunc main() {}\n",
     "d.go:6:1: symbol f redeclared (other declaration at d.go:3:1)"),
    ("//go:wasmimport env f\nfunc f() int32 { return 1 }\n\nfunc main() { f() }\n",
     "d.go:4:6: can only use //go:wasmimport with external func implementations"),
])
def test_directive_misuse_is_an_error_at_its_position(tmp_path, src, want):
    (tmp_path / "d.go").write_text("package main\n\n" + src)
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "d.go", cwd=tmp_path)
    assert (r.returncode, r.stderr) == (1, want + "\n")


def test_composite_literals_in_messages_as_go_build_prints_them(tmp_path):
    """go build prints an empty literal as S{} and only a non-empty one as S{…}."""
    (tmp_path / "d.go").write_text("package main\n\ntype I interface{ M() }\ntype S struct{ a int }\n\n"
                                   "func main() {\n\tvar i I = S{}\n\tvar j I = S{a: 1}\n\t_, _ = i, j\n}\n")
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "d.go", cwd=tmp_path)
    assert r.returncode == 1
    tail = "(value of struct type S) as I value in variable declaration: S does not implement I (missing method M)"
    assert r.stderr.splitlines() == [f"d.go:7:12: cannot use S{{}} {tail}", f"d.go:8:12: cannot use S{{…}} {tail}"]


def test_invalid_utf8_in_the_header_is_go_builds_error(tmp_path):
    """go build reads the package clause and imports with go/scanner: "illegal" there,
    the compiler's "invalid" after them (the wordings and positions of go 1.27)."""
    cases = [(b"\x85ackage main\n\nfunc main() {}\n", "1:1: illegal"),
             (b"p\x85ckage main\n\nfunc main() {}\n", "1:2: illegal"),
             (b'package main\n\nimport "f\x85mt"\n\nfunc main() {}\n', "3:10: illegal"),
             (b"package main\n\nfunc m\x85ain() {}\n", "3:7: invalid")]
    for src, want in cases:
        (tmp_path / "h.go").write_bytes(src)
        r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "h.go", cwd=tmp_path)
        assert (r.returncode, r.stderr) == (1, f"h.go:{want} UTF-8 encoding\n"), src
