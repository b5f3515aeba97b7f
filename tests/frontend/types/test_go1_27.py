"""Language changes of Go 1.24-1.27 in the checker: version gates and
go/types' wording (generic aliases, generic methods, promoted fields in
struct literals, new(expr))."""

from __future__ import annotations

import pytest

from tinypy_go.errors import CompileError, format_diagnostics
from tinypy_go.frontend.parser import parse_file
from tinypy_go.frontend.token import FileSet
from tinypy_go.frontend.types import Info, check_package


def errs(src: str, lang: str = "") -> list[str]:
    """The checker's diagnostics for src at language version lang ("" = the newest)."""
    fset = FileSet()
    f = parse_file(fset, "x.go", "package p\n" + src)
    try:
        check_package("p", fset, [f], None, info=Info(), go_version=lang)
    except CompileError as e:
        return format_diagnostics(e.diagnostics, 100)
    return []


GENERIC_METHOD = "type T struct{}\nfunc (T) m[P any](x P) P { return x }\nvar _ = T{}.m(1)\n"
PROMOTED = "type B struct{ b int }\ntype A struct{ B }\nvar _ = A{b: 1}\n"
NEW_EXPR = "var _ = new(1)\n"
ALIAS = "type A[P any] = []P\nvar _ A[int]\n"


@pytest.mark.parametrize("src,lang,want", [
    (GENERIC_METHOD, "go1.26", ["x.go:3:12: generic method requires go1.27 or later"]),
    (PROMOTED, "go1.26", ["x.go:4:11: use of promoted field B.b in struct literal of type A requires go1.27 or later"]),
    (NEW_EXPR, "go1.25", ["x.go:2:9: new(1) requires go1.26 or later"]),
    (ALIAS, "go1.22", ["x.go:2:8: generic type alias requires go1.23 or later"]),
])
def test_version_gates(src, lang, want):
    assert errs(src, lang) == want
    assert errs(src) == []


def test_generic_alias_errors():
    src = ("type R[P any, Q ~int] struct{ p P; q Q }\n"
           "type A[P any] = R[P, int]\n"
           "func (A[P]) m() {}\n"
           "type _[P, Q any] = R[P, Q]\n"
           "type C[P any] = P\n"
           "var _ A\n")
    assert errs(src) == [
        "x.go:4:7: cannot define new methods on generic alias type A[P any]",
        "x.go:5:25: Q does not satisfy ~int",
        "x.go:6:17: cannot use type parameter declared in alias declaration as RHS",
        "x.go:7:7: cannot use generic type A[P any] without instantiation",
    ]


def test_generic_methods_do_not_implement_interfaces():
    src = ("type I interface{ m(int) int }\n"
           "type T struct{}\n"
           "func (T) m[P any](x P) P { return x }\n"
           "var _ I = T{}\n")
    assert errs(src) == [
        "x.go:5:11: cannot use T{} (value of struct type T) as I value in variable declaration: T does not "
        "implement I (wrong type for method m)\n\t\thave m[P any](P) P\n\t\twant m(int) int",
    ]


def test_generic_method_constraint_substituted_with_receiver_type_arguments():
    src = ("type G[F any] struct{}\n"
           "func (G[F]) m[P *F](P) {}\n"
           "var _ = G[int]{}.m[*string]\n")
    assert errs(src) == ["x.go:4:20: *string does not satisfy *int (*string missing in *int)"]


def test_promoted_field_literal_errors():
    src = ("type D struct{ x int }\n"
           "type C struct{ c int; D }\n"
           "type A struct{ *D; C }\n"
           "type B struct{ b int; C }\n"
           "var (\n"
           "\t_ = A{x: 0}\n"
           "\t_ = B{C: C{}, c: 0}\n"
           "\t_ = B{c: 0, C: C{}}\n"
           "\t_ = B{c: 0, c: 1}\n"
           ")\n")
    assert errs(src) == [
        "x.go:7:8: invalid implicit pointer indirection to reach x",
        "x.go:8:16: cannot specify promoted field c and enclosing embedded field C",
        "x.go:9:14: cannot specify embedded field C and enclosed promoted field c",
        "x.go:10:14: duplicate field name c in struct literal",
    ]


def test_receiver_type_parameter_count_wording():
    src = "type R[P any] struct{}\nfunc (R[P, Q]) m() {}\n"
    assert errs(src) == ["x.go:3:7: receiver declares 2 type parameters, but receiver base type declares 1"]
