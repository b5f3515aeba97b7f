"""The whole language: a program using most features checks cleanly, Info
carries what the SSA builder needs, and errors read like Go's."""

from __future__ import annotations

import os

from checker_helpers import check, errors

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import FIELD_VAL, METHOD_EXPR, METHOD_VAL, TypeAndValue
from tinypy_go.frontend.types.objects import Func, Var
from tinypy_go.frontend.types.sizes import WASM32
from tinypy_go.frontend.types.typestring import type_string as _ts


def type_string(t):
    return _ts(t, lambda p: "")

HERE = os.path.dirname(__file__)


def _src(name: str) -> str:
    with open(os.path.join(HERE, "testdata", name), encoding="utf-8") as f:
        return f.read()


def _sel(info, text: str):
    for e, s in info.selections.items():
        if isinstance(e.x, ast.Ident) and f"{e.x.name}.{e.sel.name}" == text:
            return s
    raise KeyError(text)


def test_language_program_checks_and_every_expression_has_a_type():
    _, info, files = check(_src("language.go"))
    skip: set[int] = set()
    for n in ast.walk(files[0]):
        t = type(n)
        if t is ast.SelectorExpr:
            skip.add(id(n.sel))
        elif t is ast.KeyValueExpr:
            skip.add(id(n.key))
            skip.add(id(n))
        elif t is ast.FuncDecl:
            skip.add(id(n.name))
            skip.add(id(n.type))
        elif t is ast.InterfaceType:
            for f in n.methods.list:
                skip.add(id(f.type))
                for x in ast.walk(f.type):
                    skip.add(id(x))
        elif t is ast.TypeSwitchStmt:
            g = n.assign
            skip.add(id(g.x if isinstance(g, ast.ExprStmt) else g.rhs[0]))
        elif t is ast.ArrayType and isinstance(n.len, ast.Ellipsis):
            skip.add(id(n.len))
        elif t is ast.FuncLit:
            skip.add(id(n.type))
        elif t is ast.File:
            skip.add(id(n.name))
        elif t is ast.ImportSpec:
            skip.add(id(n.path))
    missing = [n for n in ast.walk(files[0]) if isinstance(n, ast.Expr) and id(n) not in skip
               and n not in info.types and not (isinstance(n, ast.Ident) and (n in info.defs or n in info.uses))]
    assert [(type(n).__name__, n.pos) for n in missing] == []


def test_selections_promoted_fields_methods_and_expressions():
    _, info, _ = check(_src("language.go"))
    s = _sel(info, "r.X")  # r *Rect, X promoted from embedded Point
    assert s.kind == FIELD_VAL and s.index == [0, 0] and s.indirect
    s = _sel(info, "p.Scale")
    assert s.kind == METHOD_VAL and isinstance(s.obj, Func) and s.obj.pointer_receiver()
    s = _sel(info, "Point.Add")
    assert s.kind == METHOD_EXPR
    assert type_string(s.type) == "func(_ Point, q Point) Point"
    s = _sel(info, "l.Push")  # method of an instantiated generic type
    assert type_string(s.obj.type) == "func(v string)"
    assert s.obj.origin is not s.obj and type_string(s.obj.origin.type) == "func(v T)"


def test_generic_instances_are_recorded():
    _, info, _ = check(_src("language.go"))
    insts = {(i.name, type_string(inst.type)) for i, inst in info.instances.items()}
    assert ("Sum", "func(xs ...int) int") in insts
    assert ("Sum", "func(xs ...float64) float64") in insts
    assert ("Map", "func(s []int, f func(int) string) []string") in insts
    assert ("List", "List[string]") in insts
    sum_int = next(inst for i, inst in info.instances.items() if type_string(inst.type) == "func(xs ...int) int")
    assert [type_string(t) for t in sum_int.type_args] == ["int"]


def test_type_switch_implicit_objects_and_comma_ok():
    _, info, _ = check(_src("language.go"))
    implicit = [(o.name, type_string(o.type)) for n, o in info.implicits.items() if isinstance(n, ast.CaseClause)]
    assert ("v", "*Rect") in implicit and ("v", "Shape") in implicit
    commaok = [tv for e, tv in info.types.items() if isinstance(e, ast.TypeAssertExpr)]
    assert any(type_string(tv.type) == "(*Rect, bool)" for tv in commaok)
    idx = [tv for e, tv in info.types.items() if isinstance(e, ast.IndexExpr) and isinstance(tv.type, T.Tuple)]
    assert [type_string(tv.type) for tv in idx] == ["(int, bool)"]


def test_range_over_function_iterator():
    _, info, _ = check(_src("language.go"))
    defs = [(i.name, type_string(o.type)) for i, o in info.defs.items() if isinstance(o, Var) and i.name == "s"]
    assert ("s", "string") in defs


def test_wasm32_sizes():
    src = """package main
type S struct { a int8; b int64; c string; d []int; e interface{}; f func(); g map[int]int; h *int }
func main() {}
"""
    pkg, _, _ = check(src)
    s = pkg.scope.lookup("S").type
    fields = s.underlying().fields
    # a func value is one pointer to its closure object (gc's layout, backend/closures.py)
    assert WASM32.offsetsof(fields) == [0, 8, 16, 24, 36, 44, 48, 52]
    assert WASM32.sizeof(s) == 56 and WASM32.alignof(s) == 8
    assert WASM32.sizeof(T.TYP[T.INT]) == 4 and WASM32.sizeof(T.TYP[T.UINTPTR]) == 4


def test_unsafe_sizeof_is_a_wasm32_constant():
    _, info, _ = check('package main\nimport "unsafe"\nfunc main() { const n = unsafe.Sizeof(""); println(n) }\n')
    call = next(e for e in info.types if isinstance(e, ast.CallExpr))
    assert info.types[call] == TypeAndValue(4, T.TYP[T.UINTPTR], 8)


def test_errors_across_the_language():
    src = """package main

type I interface{ M() }
type T struct{ a int }

func (t *T) M() {}

type S struct {
	T
	b string
}

func g[P any](x P) P { return x }

func main() {
	var t T
	var i I = t
	_ = i
	s := S{}
	s.c = 1
	var m map[[]int]bool
	_ = m
	x := []int{1, 2}
	x.foo()
	var ch <-chan int
	ch <- 1
	_ = g[int, int](1)
	for range 1.5 {
	}
	_ = len(5)
	_ = append(1, 2)
	var a [3]int
	_ = a[5]
	_ = i.(T)
	var e error = &t
	_ = e
	return 1
}
"""
    assert errors(src) == [
        "x.go:17:12: cannot use t (variable of struct type T) as I value in variable declaration: T does not "
        "implement I (method M has pointer receiver)",
        "x.go:20:4: s.c undefined (type S has no field or method c)",
        "x.go:21:12: invalid map key type []int",
        "x.go:24:4: x.foo undefined (type []int has no field or method foo)",
        "x.go:26:5: invalid operation: cannot send to receive-only channel <-chan int ch (variable of type <-chan int)",
        "x.go:27:13: got 2 type arguments but want 1",
        "x.go:28:12: cannot range over 1.5 (untyped float constant)",
        "x.go:30:10: invalid argument: 5 (untyped int constant) for built-in len",
        "x.go:31:13: invalid append: argument must be a slice; have 1 (untyped int constant)",
        "x.go:33:8: invalid argument: index 5 out of bounds [0:3]",
        "x.go:34:6: impossible type assertion: i.(T)\n\tT does not implement I (method M has pointer receiver)",
        "x.go:35:16: cannot use &t (value of type *T) as error value in variable declaration: *T does not "
        "implement error (missing method Error)",
        "x.go:37:9: too many return values\n\thave (number)\n\twant ()",
    ]


def test_redeclaration_has_continuation_line():
    assert errors("package main\nfunc main() {\n\tx := 1\n\tvar x int\n\t_ = x\n}\n") == [
        "x.go:4:6: x redeclared in this block\n\tx.go:3:2: other declaration of x"]


def test_imported_package_objects():
    from tinypy_go.frontend.types.package import Package

    # a tiny "strs" package checked from source, then imported
    lib, _, _ = check("package strs\nconst Sep = \"/\"\nfunc Join(a, b string) string { return a + Sep + b }\n"
                      "type Builder struct{ n int }\nfunc (b *Builder) Len() int { return b.n }\n", path="x/strs")
    assert isinstance(lib, Package)
    src = """package main
import "x/strs"
import . "x/strs"
func main() {
	var b strs.Builder
	println(strs.Join("a", strs.Sep), b.Len(), Join("c", "d"))
}
"""
    _, info, _ = check(src, importer=lambda p: lib)
    join = next(o for i, o in info.uses.items() if i.name == "Join" and isinstance(o, Func))
    assert join.pkg is lib and type_string(join.type) == "func(a string, b string) string"
    assert errors('package main\nimport "x/strs"\nfunc main() { strs.join() }\n', importer=lambda p: lib) == [
        "x.go:3:20: name join not exported by package strs",
        "x.go:3:20: undefined: strs.join (but have Join)",  # go1.24 wording
    ][1:]


def test_parameter_names_are_not_in_scope_in_parameter_types():
    src = """package main
type Values map[string]int
func PostForm(Values Values) (r Values) { return Values }
func main() { println(len(PostForm(nil))) }
"""
    check(src)


def test_long_operator_chains_do_not_overflow_the_stack():
    terms = " + ".join(f'"s{i}"' for i in range(3000))
    check(f"package main\nconst s = {terms}\nfunc main() {{ println(len(s)) }}\n")
