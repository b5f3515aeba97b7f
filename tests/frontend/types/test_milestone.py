"""Starter-program subset: full programs check cleanly and Go's errors are
reported with Go's wording and positions."""

from __future__ import annotations

from checker_helpers import check, errors

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import CONSTANT, VALUE, VARIABLE
from tinypy_go.frontend.types.objects import Const, Func, Var

STARTER = """package main

const (
	A = iota
	B
	C
)

var global = fib(10)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

//go:wasmimport env foo
func foo(x int32) int32

func main() {
	x := 1
	var s string = "hi"
	s += " there"
	for i := 0; i < 10; i++ {
		x += i
	}
	for i := range 10 {
		_ = i
	}
	for i, c := range s {
		println(i, c)
	}
	q, r := divmod(7, 2)
	switch {
	case x > 3:
		fallthrough
	case x < 0:
		println("neg")
	default:
	}
	switch q {
	case 1, 2:
		break
	}
outer:
	for {
		for {
			break outer
		}
	}
	println(x, s, q, r, len(s), A, B, C, global, s == "x")
	var b int8 = 100
	b++
	print(b)
	panic("boom")
}
"""


def test_starter_program_checks():
    pkg, info, _ = check(STARTER)
    assert pkg.name == "main"
    fib = pkg.scope.lookup("fib")
    assert isinstance(fib, Func)
    assert str(fib.type) == "func(n int) int"
    assert str(pkg.scope.lookup("divmod").type) == "func(a int, b int) (q int, r int)"
    c = pkg.scope.lookup("C")
    assert isinstance(c, Const) and c.val == 2 and str(c.type) == "untyped int"
    foo = pkg.scope.lookup("foo")
    assert foo.wasmimport == ["env", "foo"]


def test_info_records_final_types_of_untyped_constants():
    src = """package main
func main() {
	var f float64 = 2
	var b int8 = 1 + 2
	g := f + 1
	println(f, b, g)
}
"""
    _, info, _ = check(src)
    lits = {(e.value, e.pos): tv for e, tv in info.types.items() if isinstance(e, ast.BasicLit)}
    by_val = {}
    for (v, _), tv in sorted(lits.items(), key=lambda kv: kv[0][1]):
        by_val.setdefault(v, []).append(tv)
    assert str(by_val["2"][0].type) == "float64" and by_val["2"][0].mode == CONSTANT
    # 1 + 2 is a constant expression of type int8; its operands stay untyped
    bins = [(e, tv) for e, tv in info.types.items() if isinstance(e, ast.BinaryExpr)]
    one_plus_two = next(tv for e, tv in bins if e.op == "+" and isinstance(e.x, ast.BasicLit))
    assert str(one_plus_two.type) == "int8" and one_plus_two.value == 3
    f_plus_1 = next(tv for e, tv in bins if isinstance(e.x, ast.Ident))
    assert str(f_plus_1.type) == "float64" and f_plus_1.mode == VALUE
    one = next(e for e, _ in bins if isinstance(e.x, ast.Ident)).y
    assert str(info.types[one].type) == "float64"


def test_info_defs_uses_and_scopes():
    src = """package main
func main() {
	x := 1
	x = x + 1
	println(x)
}
"""
    _, info, files = check(src)
    defs = {i.name: o for i, o in info.defs.items() if o is not None}
    x = defs["x"]
    assert isinstance(x, Var) and str(x.type) == "int"
    uses = [i for i, o in info.uses.items() if o is x]
    assert len(uses) == 3
    fd = files[0].decls[0]
    assert fd.type in info.scopes and info.scopes[fd.type].lookup("x") is x
    ident_tv = info.types[uses[0]]
    assert ident_tv.mode == VARIABLE


def test_init_order_follows_dependencies():
    src = """package main
var a = b + c
var b = f()
var c = 1
var d, e = g()
func f() int { return c }
func g() (int, int) { return 1, 2 }
func main() { println(a, d, e) }
"""
    _, info, _ = check(src)
    order = [[v.name for v in i.lhs] for i in info.init_order]
    assert order == [["c"], ["b"], ["a"], ["d", "e"]]


def test_builtin_print_records_signature():
    src = """package main
func main() { println("x", 1, 2.5) }
"""
    _, info, _ = check(src)
    fun = next(e for e in info.types if isinstance(e, ast.Ident) and e.name == "println")
    assert str(info.types[fun].type) == "func(string, int, float64)"


def test_go_worded_errors():
    src = """package main

import "fmt"

func f(a int) int { return a }

func h() int {
	if true {
		return 1
	}
}

func main() {
	x := 1
	var y int
	var s string
	s = y
	_ = undefinedVar
	_ = 1 + "a"
	_ = y + s
	f(1, 2)
	f()
	var i8 int8
	i8 = 300
	var i16 int16 = 1e10
	_ = i8
	_ = i16
	var z int = 1.5
	_ = z
	_ = s
}
"""
    assert errors(src, importer=lambda p: (_ for _ in ()).throw(LookupError("no"))) == [
        'x.go:3:8: could not import fmt (no)',
        "x.go:11:1: missing return",
        "x.go:14:2: declared and not used: x",
        "x.go:17:6: cannot use y (variable of type int) as string value in assignment",
        "x.go:18:6: undefined: undefinedVar",
        'x.go:19:6: invalid operation: 1 + "a" (mismatched types untyped int and untyped string)',
        "x.go:20:6: invalid operation: y + s (mismatched types int and string)",
        "x.go:21:7: too many arguments in call to f\n\thave (number, number)\n\twant (int)",
        "x.go:22:4: not enough arguments in call to f\n\thave ()\n\twant (int)",
        "x.go:24:7: cannot use 300 (untyped int constant) as int8 value in assignment (overflows)",
        "x.go:25:18: cannot use 1e10 (untyped float constant 1e+10) as int16 value in variable declaration "
        "(truncated)",
        "x.go:28:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)",
    ]


def test_unused_import():
    from tinypy_go.frontend.types.package import Package

    fmt = Package("fmt", "fmt")
    fmt.complete = True
    assert errors('package main\nimport "fmt"\nfunc main() {}\n', importer=lambda p: fmt) == [
        'x.go:2:8: "fmt" imported and not used']


def test_constant_arithmetic_is_exact():
    src = """package main
const big = 1 << 100
const small = big >> 98
const f = 1.0 / 3
const h = 'a' + 1
func main() { println(small, f, h) }
"""
    pkg, _, _ = check(src)
    assert pkg.scope.lookup("small").val == 4
    from fractions import Fraction

    assert pkg.scope.lookup("f").val == Fraction(1, 3)
    h = pkg.scope.lookup("h")
    assert h.val == 98 and str(h.type) == "untyped rune"


def test_int_is_32_bits_on_wasm32():
    assert errors("package main\nfunc main() { var x int = 1 << 31; _ = x }\n") == [
        "x.go:2:27: cannot use 1 << 31 (untyped int constant 2147483648) as int value in variable declaration "
        "(overflows)"]


def test_string_compare_and_concat():
    _, info, _ = check('package main\nfunc main() { s := "a" + "b"; println(s < "c", s+s) }\n')
    cmp_ = next(tv for e, tv in info.types.items() if isinstance(e, ast.BinaryExpr) and e.op == "<")
    assert cmp_.type is T.TYP[T.BOOL]  # untyped bool result defaults to bool when materialized
