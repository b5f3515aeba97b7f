"""Parser: every construct, positions, comments/directives, syntax errors."""

from __future__ import annotations

import random

import pytest

from tinypy_go.errors import CompileError, format_diagnostics
from tinypy_go.frontend import ast
from tinypy_go.frontend.parser import ALL_ERRORS, CHECK_BRANCHES, IMPORTS_ONLY, parse_file
from tinypy_go.frontend.printer import expr_string
from tinypy_go.frontend.token import FileSet


def parse(src: str, mode: int = 0) -> ast.File:
    return parse_file(FileSet(), "x.go", src, mode)


def body(stmts: str) -> list[ast.Stmt]:
    f = parse("package p\nfunc f() {\n" + stmts + "\n}\n")
    d = f.decls[0]
    assert isinstance(d, ast.FuncDecl) and d.body is not None
    return d.body.list


def expr(src: str) -> ast.Expr:
    f = parse("package p\nvar _ = " + src + "\n")
    spec = f.decls[0].specs[0]  # type: ignore[attr-defined]
    return spec.values[0]


def typ(src: str) -> ast.Expr:
    f = parse("package p\ntype T " + src + "\n")
    return f.decls[0].specs[0].type  # type: ignore[attr-defined]


def errs(src: str, mode: int = 0) -> list[str]:
    with pytest.raises(CompileError) as ei:
        parse_file(FileSet(), "x.go", src, mode)
    return format_diagnostics(ei.value.diagnostics)


# ------------------------------------------------------------------ declarations


def test_package_imports_and_decls() -> None:
    f = parse('package main\nimport "fmt"\nimport (\n\tm "math"\n\t. "os"\n\t_ "io"\n)\nvar x int\n')
    assert f.name.name == "main"
    assert [i.path.value for i in f.imports] == ['"fmt"', '"math"', '"os"', '"io"']
    assert [i.name.name if i.name else None for i in f.imports] == [None, "m", ".", "_"]
    assert [type(d).__name__ for d in f.decls] == ["GenDecl", "GenDecl", "GenDecl"]


def test_const_iota_index() -> None:
    f = parse("package p\nconst (\n\tA = iota\n\tB\n\tC, D = 1, 2\n\tE\n)\nconst F = 1\n")
    specs = f.decls[0].specs  # type: ignore[attr-defined]
    assert [s.iota for s in specs] == [0, 1, 2, 3]
    assert [len(s.values) for s in specs] == [1, 0, 2, 0]
    assert f.decls[1].specs[0].iota == 0  # type: ignore[attr-defined]


def test_var_decls() -> None:
    f = parse("package p\nvar a, b int = 1, 2\nvar c = 3\nvar (\n\td []string\n\te, f = g()\n)\n")
    s0 = f.decls[0].specs[0]  # type: ignore[attr-defined]
    assert [n.name for n in s0.names] == ["a", "b"] and isinstance(s0.type, ast.Ident)
    assert f.decls[1].specs[0].type is None  # type: ignore[attr-defined]
    assert isinstance(f.decls[2].specs[0].type, ast.ArrayType)  # type: ignore[attr-defined]


def test_type_decls_and_alias() -> None:
    f = parse("package p\ntype A = int\ntype B struct{}\ntype C[T any] = []T\n")
    a, b, c = (d.specs[0] for d in f.decls)  # type: ignore[attr-defined]
    assert a.assign != 0 and b.assign == 0 and c.assign != 0
    assert c.type_params is not None


def test_func_decls() -> None:
    f = parse(
        "package p\n"
        "func f(a, b int, c ...string) (x int, err error) { return }\n"
        "func (r *T) M() {}\n"
        "func (T[K, V]) N() int\n"
        "func G[T any, U comparable](t T) U { var u U; return u }\n"
    )
    fd = f.decls[0]
    assert isinstance(fd, ast.FuncDecl)
    params = fd.type.params.list
    assert [[n.name for n in p.names] for p in params] == [["a", "b"], ["c"]]
    assert isinstance(params[1].type, ast.Ellipsis)
    assert fd.type.results is not None and fd.type.results.num_fields() == 2
    m = f.decls[1]
    assert m.recv is not None and isinstance(m.recv.list[0].type, ast.StarExpr)  # type: ignore[attr-defined]
    n = f.decls[2]
    assert n.body is None  # type: ignore[attr-defined]
    assert isinstance(n.recv.list[0].type, ast.IndexListExpr)  # type: ignore[attr-defined]
    g = f.decls[3]
    assert [p.names[0].name for p in g.type.type_params.list] == ["T", "U"]  # type: ignore[attr-defined]


# ------------------------------------------------------------------ generics


@pytest.mark.parametrize(
    "src,is_generic",
    [
        ("type T[P any] int", True),
        ("type T[P *C] int", False),  # array length P*C, as in Go
        ("type T[P *C,] int", True),
        ("type T[P *C|D] int", False),
        ("type T[P *C|~D] int", True),
        ("type T[P *[]int] int", True),
        ("type T[P ~int | ~string] int", True),
        ("type T[P []int] int", True),
        ("type T[P interface{}] int", True),
        ("type T[P (C)] int", False),  # array of length P(C)
        ("type T[N]int", False),
        ("type T[N * M]int", False),
        ("type T[N + 1]int", False),
        ("type T[2]int", False),
        ("type T[...]int", False),
        ("type T[]int", False),
        ("type T[P, Q any] struct{}", True),
        ("type T[P ~[]E, E any] int", True),
    ],
)
def test_type_param_ambiguities(src: str, is_generic: bool) -> None:
    spec = parse("package p\n" + src + "\n").decls[0].specs[0]  # type: ignore[attr-defined]
    assert (spec.type_params is not None) == is_generic
    if not is_generic:
        assert isinstance(spec.type, ast.ArrayType)


def test_constraint_shapes() -> None:
    spec = parse("package p\ntype T[P ~int | *X, Q any] int\n").decls[0].specs[0]  # type: ignore[attr-defined]
    c = spec.type_params.list[0].type
    assert isinstance(c, ast.BinaryExpr) and c.op == "|"
    assert isinstance(c.x, ast.UnaryExpr) and c.x.op == "~"
    assert isinstance(c.y, ast.StarExpr)


def test_instantiation() -> None:
    assert isinstance(expr("f[int]"), ast.IndexExpr)
    e = expr("f[int, string](x)")
    assert isinstance(e, ast.CallExpr) and isinstance(e.fun, ast.IndexListExpr)
    assert [expr_string(i) for i in e.fun.indices] == ["int", "string"]
    t = typ("struct{ m Map[K, V]; List[T] }")
    fields = t.fields.list  # type: ignore[attr-defined]
    assert isinstance(fields[0].type, ast.IndexListExpr) and fields[0].names[0].name == "m"
    assert fields[1].names == [] and isinstance(fields[1].type, ast.IndexExpr)


def test_interface_elements() -> None:
    t = typ("interface{ ~int | ~string; M(x int) bool; fmt.Stringer; comparable }")
    ms = t.methods.list  # type: ignore[attr-defined]
    assert isinstance(ms[0].type, ast.BinaryExpr) and ms[0].names == []
    assert ms[1].names[0].name == "M" and isinstance(ms[1].type, ast.FuncType)
    assert isinstance(ms[2].type, ast.SelectorExpr)
    assert isinstance(ms[3].type, ast.Ident)


# ------------------------------------------------------------------ types


def test_type_forms() -> None:
    assert isinstance(typ("[4]int"), ast.ArrayType)
    assert typ("[]int").len is None  # type: ignore[attr-defined]
    assert isinstance(typ("[...]int").len, ast.Ellipsis)  # type: ignore[attr-defined]
    assert isinstance(typ("map[string][]int"), ast.MapType)
    assert typ("chan int").dir == ast.SEND | ast.RECV  # type: ignore[attr-defined]
    assert typ("<-chan int").dir == ast.RECV  # type: ignore[attr-defined]
    assert typ("chan<- int").dir == ast.SEND  # type: ignore[attr-defined]
    c = typ("chan<- <-chan int")
    assert c.dir == ast.SEND and c.value.dir == ast.RECV  # type: ignore[attr-defined]
    assert isinstance(typ("func(int) (string, error)"), ast.FuncType)
    assert isinstance(typ("*pkg.T"), ast.StarExpr)


def test_struct_fields_tags_embedded() -> None:
    t = typ('struct {\n\ta, b int `json:"a"`\n\t*pkg.T\n\tU "tag"\n\tpkg.V\n\t_ [4]byte\n}')
    fs = t.fields.list  # type: ignore[attr-defined]
    assert [[n.name for n in f.names] for f in fs] == [["a", "b"], [], [], [], ["_"]]
    assert fs[0].tag.value == '`json:"a"`'
    assert isinstance(fs[1].type, ast.StarExpr) and isinstance(fs[1].type.x, ast.SelectorExpr)
    assert fs[2].tag.value == '"tag"'


# ------------------------------------------------------------------ expressions


def test_precedence() -> None:
    assert expr_string(expr("a + b * c")) == "a + b * c"
    e = expr("a || b && c == d + e * f")
    assert isinstance(e, ast.BinaryExpr) and e.op == "||"
    assert e.y.op == "&&" and e.y.y.op == "==" and e.y.y.y.op == "+"  # type: ignore[attr-defined]
    e = expr("a - b - c")
    assert e.x.op == "-"  # left associative  # type: ignore[attr-defined]


def test_unary_and_receive() -> None:
    e = expr("-x")
    assert isinstance(e, ast.UnaryExpr) and e.op == "-"
    e = expr("<-ch")
    assert isinstance(e, ast.UnaryExpr) and e.op == "<-"
    e = expr("&T{}")
    assert isinstance(e, ast.UnaryExpr) and isinstance(e.x, ast.CompositeLit)
    assert isinstance(expr("*p"), ast.StarExpr)


def test_primary_expressions() -> None:
    e = expr("a.b.c(1, xs...)[2:3:4].(T)")
    assert isinstance(e, ast.TypeAssertExpr)
    s = e.x
    assert isinstance(s, ast.SliceExpr) and s.slice3
    call = s.x
    assert isinstance(call, ast.CallExpr) and call.ellipsis != 0 and len(call.args) == 2
    assert isinstance(expr("s[:]"), ast.SliceExpr)
    assert isinstance(expr("m[k]"), ast.IndexExpr)


def test_conversions_method_expressions_funclits() -> None:
    e = expr("(*T)(x)")
    assert isinstance(e, ast.CallExpr) and isinstance(e.fun, ast.ParenExpr)
    assert isinstance(e.fun.x, ast.StarExpr)
    e = expr("(*T).Method")
    assert isinstance(e, ast.SelectorExpr) and isinstance(e.x, ast.ParenExpr)
    e = expr("T.Method")
    assert isinstance(e, ast.SelectorExpr)
    e = expr("func(x int) int { return x }")
    assert isinstance(e, ast.FuncLit) and len(e.body.list) == 1
    e = expr("[]int(nil)")
    assert isinstance(e, ast.CallExpr) and isinstance(e.fun, ast.ArrayType)
    e = expr("chan int(nil)")
    assert isinstance(e, ast.CallExpr) and isinstance(e.fun, ast.ChanType)


def test_composite_literals() -> None:
    e = expr("[]T{{1, 2}, {a: 3}, {}}")
    assert isinstance(e, ast.CompositeLit) and len(e.elts) == 3
    assert isinstance(e.elts[0], ast.CompositeLit) and e.elts[0].type is None
    assert isinstance(e.elts[1].elts[0], ast.KeyValueExpr)  # type: ignore[attr-defined]
    e = expr("map[string]int{\"a\": 1,\n}")
    assert isinstance(e.elts[0], ast.KeyValueExpr)  # type: ignore[attr-defined]
    e = expr("pkg.T[int]{}")
    assert isinstance(e, ast.CompositeLit) and isinstance(e.type, ast.IndexExpr)


def test_composite_literal_vs_block_in_headers() -> None:
    (s,) = body("if x == y {\n}")
    assert isinstance(s, ast.IfStmt) and isinstance(s.cond, ast.BinaryExpr)
    (s,) = body("if x == (T{}) {\n}")
    assert isinstance(s.cond.y.x, ast.CompositeLit)  # type: ignore[attr-defined]
    (s,) = body("for _, v := range []int{1, 2} {\n}")
    assert isinstance(s, ast.RangeStmt) and isinstance(s.x, ast.CompositeLit)
    (s,) = body("if f(T{}) {\n}")
    assert isinstance(s.cond.args[0], ast.CompositeLit)  # type: ignore[attr-defined]
    (s,) = body("switch x := (T{}); x {\n}")
    assert isinstance(s, ast.SwitchStmt)
    (s,) = body("for x := range ch {\n\t_ = x\n}")
    assert isinstance(s.x, ast.Ident) and len(s.body.list) == 1  # type: ignore[attr-defined]


# ------------------------------------------------------------------ statements


def test_simple_statements() -> None:
    stmts = body("x := 1\nx = 2\nx += 3\nx++\nch <- x\nf()\na, b = b, a\n"
                 "var y int\nconst z = 1\ntype L int\n;")
    names = [type(s).__name__ for s in stmts]
    assert names == [
        "AssignStmt", "AssignStmt", "AssignStmt", "IncDecStmt", "SendStmt", "ExprStmt", "AssignStmt",
        "DeclStmt", "DeclStmt", "DeclStmt", "EmptyStmt",
    ]
    assert [s.tok for s in stmts[:3]] == [":=", "=", "+="]  # type: ignore[attr-defined]


def test_control_statements() -> None:
    stmts = body(
        "if a := 1; a > 0 {\n} else if b {\n} else {\n}\n"
        "for {\n\tbreak\n}\n"
        "for i := 0; i < 10; i++ {\n\tcontinue\n}\n"
        "for cond {\n}\n"
        "for range 10 {\n}\n"
        "for range ch {\n}\n"
        "for k := range m {\n}\n"
        "for k, v = range m {\n}\n"
        "go f()\ndefer g()\nreturn 1, 2\n"
    )
    i = stmts[0]
    assert isinstance(i, ast.IfStmt) and i.init is not None
    assert isinstance(i.else_, ast.IfStmt) and isinstance(i.else_.else_, ast.BlockStmt)
    assert isinstance(stmts[1], ast.ForStmt) and stmts[1].cond is None
    assert isinstance(stmts[2], ast.ForStmt) and isinstance(stmts[2].post, ast.IncDecStmt)
    r = stmts[4]
    assert isinstance(r, ast.RangeStmt) and r.key is None and r.tok == "" and isinstance(r.x, ast.BasicLit)
    assert stmts[6].tok == ":=" and stmts[6].value is None  # type: ignore[attr-defined]
    assert stmts[7].tok == "=" and stmts[7].value is not None  # type: ignore[attr-defined]
    assert isinstance(stmts[8], ast.GoStmt) and isinstance(stmts[9], ast.DeferStmt)
    assert len(stmts[10].results) == 2  # type: ignore[attr-defined]


def test_switches() -> None:
    stmts = body(
        "switch x {\ncase 1, 2:\n\tfallthrough\ncase 3:\ndefault:\n}\n"
        "switch {\n}\n"
        "switch v := y.(type) {\ncase int, string:\ncase nil:\n}\n"
        "switch y.(type) {\n}\n"
        "switch f(); t := y.(type) {\n}\n"
    )
    s = stmts[0]
    assert isinstance(s, ast.SwitchStmt) and len(s.body.list) == 3
    assert s.body.list[2].list is None  # default  # type: ignore[attr-defined]
    assert stmts[1].tag is None  # type: ignore[attr-defined]
    ts = stmts[2]
    assert isinstance(ts, ast.TypeSwitchStmt) and isinstance(ts.assign, ast.AssignStmt)
    assert ts.assign.lhs[0].name == "v"  # type: ignore[attr-defined]
    assert isinstance(ts.assign.rhs[0], ast.TypeAssertExpr) and ts.assign.rhs[0].type is None
    assert isinstance(stmts[3], ast.TypeSwitchStmt) and isinstance(stmts[3].assign, ast.ExprStmt)
    assert isinstance(stmts[4], ast.TypeSwitchStmt) and stmts[4].init is not None


def test_select() -> None:
    (s,) = body("select {\ncase v := <-ch:\ncase v, ok = <-ch:\ncase ch <- 1:\ncase <-done:\ndefault:\n}")
    assert isinstance(s, ast.SelectStmt)
    comms = [c.comm for c in s.body.list]  # type: ignore[attr-defined]
    assert [type(c).__name__ for c in comms] == [
        "AssignStmt", "AssignStmt", "SendStmt", "ExprStmt", "NoneType"]


def test_labels_and_branches() -> None:
    stmts = body("outer:\n\tfor {\n\t\tbreak outer\n\t}\n\tgoto end\nend:\n")
    assert isinstance(stmts[0], ast.LabeledStmt) and isinstance(stmts[0].stmt, ast.ForStmt)
    br = stmts[0].stmt.body.list[0]
    assert isinstance(br, ast.BranchStmt) and br.tok == "break" and br.label.name == "outer"
    assert isinstance(stmts[2], ast.LabeledStmt) and isinstance(stmts[2].stmt, ast.EmptyStmt)


# ------------------------------------------------------------------ positions


def test_positions() -> None:
    fs = FileSet()
    src = "package p\n\nfunc f(a int) {\n\tx := a + g(1)\n\treturn\n}\n"
    f = parse_file(fs, "x.go", src)

    def lc(pos: int) -> tuple[int, int]:
        p = fs.position(pos)
        return p.line, p.column

    fd = f.decls[0]
    assert lc(f.pos) == (1, 1)
    assert lc(fd.pos) == (3, 1) and lc(fd.name.pos) == (3, 6)  # type: ignore[attr-defined]
    assign = fd.body.list[0]  # type: ignore[attr-defined]
    assert lc(assign.pos) == (4, 2) and lc(assign.tok_pos) == (4, 4)
    add = assign.rhs[0]
    assert lc(add.pos) == (4, 7) and lc(add.op_pos) == (4, 9)
    call = add.y
    assert lc(call.pos) == (4, 11) and lc(call.lparen) == (4, 12) and lc(call.rparen) == (4, 14)
    assert lc(fd.body.list[1].pos) == (5, 2)  # type: ignore[attr-defined]
    assert lc(fd.body.rbrace) == (6, 1)  # type: ignore[attr-defined]


def test_positions_after_multibyte() -> None:
    fs = FileSet()
    f = parse_file(fs, "x.go", 'package p\nvar s = "日本" + t\n')
    e = f.decls[0].specs[0].values[0]  # type: ignore[attr-defined]
    assert fs.position(e.y.pos).column == 20  # bytes, not characters


# ------------------------------------------------------------------ comments and directives


DIRECTIVES_SRC = """//go:build linux && amd64

// Package p is documented.
package p

//go:generate echo hi

// F does things.
//
//go:noinline
//go:nosplit
func F() {}

//go:wasmimport env log

func notAttached()

//export exported
func G() {}

// Group doc.
//go:embed x
var (
	// Doc of a.
	a int
)

type T struct {
	// Doc of f.
	f int
}

func H() {
	//go:inside
}

//go:build ignored
"""


def test_directives_and_docs() -> None:
    f = parse(DIRECTIVES_SRC)
    assert f.build_constraint == "linux && amd64"
    assert f.doc is not None and f.doc.list[0].text == "// Package p is documented."
    names = [d.name for d in f.directives]
    assert names == ["go:build", "go:generate", "go:noinline", "go:nosplit", "go:wasmimport", "export",
                     "go:embed", "go:inside", "go:build"]
    fd, nd, gd = f.decls[0], f.decls[1], f.decls[2]
    assert [d.name for d in fd.directives] == ["go:noinline", "go:nosplit"]  # type: ignore[attr-defined]
    assert fd.doc.list[0].text == "// F does things."  # type: ignore[attr-defined]
    assert nd.directives == [] and nd.doc is None  # separated by a blank line  # type: ignore[attr-defined]
    assert gd.directives[0].name == "export" and gd.directives[0].args == "exported"  # type: ignore[attr-defined]
    var = f.decls[3]
    assert [d.name for d in var.directives] == ["go:embed"]  # type: ignore[attr-defined]
    assert var.directives[0].args == "x"  # type: ignore[attr-defined]
    assert var.specs[0].doc.list[0].text == "// Doc of a."  # type: ignore[attr-defined]
    field = f.decls[4].specs[0].type.fields.list[0]  # type: ignore[attr-defined]
    assert field.doc.list[0].text == "// Doc of f."
    assert len(f.comments) >= 8


def test_build_constraint_must_precede_package() -> None:
    f = parse("package p\n//go:build linux\n")
    assert f.build_constraint is None
    f = parse("// Copyright\n\n//go:build !wasm\n\npackage p\n")
    assert f.build_constraint == "!wasm"


def test_trailing_comment_is_not_doc() -> None:
    f = parse("package p\nvar x int // trailing\nfunc f() {}\n")
    assert f.decls[1].doc is None  # type: ignore[attr-defined]


def test_imports_only_mode() -> None:
    f = parse('//go:build tiny\npackage p\nimport "a"\nimport b "c"\nfunc f() { this is not go }\n',
              IMPORTS_ONLY)
    assert [i.path.value for i in f.imports] == ['"a"', '"c"']
    assert f.build_constraint == "tiny"
    assert all(isinstance(d, ast.GenDecl) for d in f.decls)


# ------------------------------------------------------------------ syntax errors
# The expected messages were produced by `go tool compile` (Go 1.23).


@pytest.mark.parametrize(
    "src,want",
    [
        ("package p\nx := 1\n", "x.go:2:1: syntax error: non-declaration statement outside function body"),
        ("package p\nfunc f() {\n\tx := }\n", "x.go:3:7: syntax error: unexpected }, expected expression"),
        ("package p\nfunc f() {\n\tif x := 1 {\n\t}\n}\n",
         "x.go:3:7: syntax error: cannot use x := 1 as value"),
        ("package p\nfunc f() {\n\tif x = 1 {\n\t}\n}\n",
         "x.go:3:7: syntax error: cannot use assignment x = 1 as value"),
        ("package p\nfunc f() {\n\tif x\n\t{\n\t}\n}\n",
         "x.go:3:6: syntax error: unexpected newline, expected { after if clause"),
        ("package p\nfunc f() {\n\tif x {\n\t} else for {\n\t}\n}\n",
         "x.go:4:9: syntax error: else must be followed by if or statement block"),
        ("package p\nfunc f() {\n\tg(1,\n\t\t2\n\t)\n}\n",
         "x.go:4:4: syntax error: unexpected newline in argument list; possibly missing comma or )"),
        ("package p\nfunc f() {\n\tfor i := 0; i < 10; i := 1 {\n\t}\n}\n",
         "x.go:3:24: syntax error: cannot declare in post statement of for loop"),
        ("package p\nfunc f()\n{\n}\n", "x.go:3:1: syntax error: unexpected semicolon or newline before {"),
        ('package p\nimport "a"\nvar x int\nimport "b"\n',
         "x.go:4:1: syntax error: imports must appear before other declarations"),
        ("package p\nfunc f() {\n\tx := [...]int{1, 2\n\t}\n}\n",
         "x.go:3:20: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
        ("package p\ntype T[P any, Q] struct{}\n", "x.go:2:16: syntax error: missing type constraint"),
        ("main\n", "x.go:1:1: syntax error: package statement must be first"),
        ("package p\nfunc f(a int, string) {}\n",
         "x.go:2:21: syntax error: missing parameter type"),
        ("package p\nfunc f() {\n\t#\n}\n", "x.go:3:2: invalid character U+0023 '#'"),
        ("package p\nfunc f() {\n\ts := \"abc\n}\n", "x.go:3:11: newline in string"),
        ("package p\nfunc f() {\n\tgo func() {}\n}\n", "x.go:3:5: expression in go must be function call"),
        ("package p\nfunc (a, b T) m() {}\n", "x.go:2:15: method has multiple receivers"),
        ("package p\nfunc f() {\n\tdefer (g())\n}\n",
         "x.go:3:8: expression in defer must not be parenthesized"),
        ("package p\nvar x = T{\n", "x.go:3:1: syntax error: unexpected EOF, expected }"),
    ],
)
def test_syntax_error_messages(src: str, want: str) -> None:
    assert errs(src)[0] == want


def test_one_syntax_error_per_line_and_all_errors_mode() -> None:
    src = "package p\nfunc f() {\n\tx(1 for)\n\treturn\n}\nfunc g()\nfunc h()\n"
    assert errs(src) == [
        "x.go:3:6: syntax error: unexpected keyword for in argument list; possibly missing comma or )",
        "x.go:4:2: syntax error: unexpected keyword return, expected expression",
        "x.go:5:1: syntax error: unexpected }, expected { after for clause",
        "x.go:6:6: syntax error: unexpected name g, expected (",
    ]
    assert len(errs(src, ALL_ERRORS)) > 4


def test_branch_errors() -> None:
    src = "package p\nfunc f() {\nL:\n}\nfunc g() {\n\tbreak\n\tcontinue\n\tgoto M\n}\n"
    assert errs(src, CHECK_BRANCHES) == [
        "x.go:3:1: label L defined and not used",
        "x.go:6:2: break is not in a loop, switch, or select",
        "x.go:7:2: continue is not in a loop",
        "x.go:8:7: label M not defined",
    ]
    parse(src)  # not checked by default


def test_soft_errors_do_not_stop_parsing() -> None:
    out: list = []
    f = parse_file(FileSet(), "x.go", "package p\nvar x = 08\nfunc f() {}\n", 0, out)
    assert [d.message for d in out] == ["invalid digit '8' in octal literal"]
    assert len(f.decls) == 2
    with pytest.raises(CompileError):
        parse_file(FileSet(), "x.go", "package p\nvar x = \n", 0, [])


def test_bytes_source_and_bad_utf8() -> None:
    f = parse_file(FileSet(), "x.go", "package p\nvar s = \"é\"\n".encode())
    assert f.decls[0].specs[0].values[0].value == '"é"'  # type: ignore[attr-defined]
    with pytest.raises(CompileError) as ei:
        parse_file(FileSet(), "x.go", b"package p\nvar s = \"\xff\"\n")
    assert "invalid UTF-8 encoding" in str(ei.value)
    with pytest.raises(CompileError) as ei:
        parse_file(FileSet(), "x.go", b'package p\nvar s = "\xff" + #\n')
    assert format_diagnostics(ei.value.diagnostics) == [
        "x.go:2:10: invalid UTF-8 encoding", "x.go:2:15: invalid character U+0023 '#'"]


def test_garbage_never_raises_anything_but_compile_error() -> None:
    rng = random.Random(7)
    alphabet = list("(){}[];:,.=+-*/&|^!<>~'\"`#\n\t xyz019") + ["func", "if", "for", "type", "chan", "map",
                                                                 "struct", "interface", "case", "go", "..."]
    for _ in range(300):
        src = "package p\n" + " ".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40)))
        try:
            parse_file(FileSet(), "x.go", src, CHECK_BRANCHES)
        except CompileError:
            pass
