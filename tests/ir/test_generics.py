"""Instantiation of generic code in the SSA builder: names, deduplication, substitution."""

from __future__ import annotations

import pytest

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.errors import InternalCompilerError
from tinypy_go.frontend.parser import parse_file
from tinypy_go.frontend.token import FileSet
from tinypy_go.frontend.types import api
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.check import check_package
from tinypy_go.ir import ssa
from tinypy_go.ir.builder import build_program
from tinypy_go.ir.generics import contains_type_param
from tinypy_go.ir.sanity import check_program

SRC = """package main

type node[T any] struct {
	v    T
	next *node[T]
}

type List[T any] struct{ head *node[T] }

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head} }

func (l List[T]) First() T { return l.head.v }

func Make[K comparable, V any](k K, v V) V {
	var l List[V]
	l.Push(v)
	return l.First()
}

type MyInt int

func main() {
	_ = Make(1, "a")
	_ = Make[int, string](2, "b")
	_ = Make(MyInt(1), "c")
	var l List[int]
	l.Push(1)
	_ = Make(int(3), "d")
}
"""


def build(src: str) -> ssa.Program:
    fset = FileSet()
    f = parse_file(fset, "main.go", src)
    info = api.Info()
    pkg = check_package("main", fset, [f], None, info=info)
    return build_program(fset, [(pkg, [f], info)], lazy=False)


def calls(fn: ssa.Function) -> list[ssa.Function]:
    return [i.call.value for b in fn.blocks for i in b.instrs
            if isinstance(i, ssa.Call) and isinstance(i.call.value, ssa.Function)]


def test_instances_are_named_per_type_arguments_and_deduplicated():
    prog = build(SRC)
    names = sorted(prog.packages["main"].functions)
    assert names == sorted([
        "main.main", "main.init",
        "main.Make[int,string]", "main.Make[main.MyInt,string]",
        "(*main.List[string]).Push", "(main.List[string]).First",
        "(*main.List[int]).Push",
    ])
    main = prog.packages["main"].functions["main.main"]
    callees = calls(main)
    # Make(1, "a"), Make[int, string](2, "b") and Make(int(3), "d") are one instance
    assert callees[0] is callees[1] is callees[4]
    assert callees[2] is not callees[0]
    assert callees[2].name == "main.Make[main.MyInt,string]"
    check_program(prog)


def test_instance_bodies_have_only_concrete_types():
    prog = build(SRC)
    make = prog.packages["main"].functions["main.Make[main.MyInt,string]"]
    assert [str(p.type) for p in make.params] == ["main.MyInt", "string"]
    # the method call inside the instance was instantiated with the substituted argument V=string
    assert [c.name for c in calls(make)] == ["(*main.List[string]).Push", "(main.List[string]).First"]
    for fn in prog.all_functions():
        for b in fn.blocks:
            for i in b.instrs:
                assert not contains_type_param(getattr(i, "type", None)), (fn.name, i)


def test_instantiated_struct_layout_is_per_instance():
    prog = build(SRC)
    push_int = prog.packages["main"].functions["(*main.List[int]).Push"]
    push_str = prog.packages["main"].functions["(*main.List[string]).Push"]
    node_int = push_int.params[0].type.elem.underlying().fields[0].type.elem  # *node[int] -> node[int]
    node_str = push_str.params[0].type.elem.underlying().fields[0].type.elem
    assert LT.llvm_type(node_int) == "{i32, ptr}"
    assert LT.llvm_type(node_str) == "{{ptr, i32}, ptr}"
    assert LT.layout(node_str) == (12, 4)


def test_type_parameter_in_backend_is_an_internal_error():
    tp = T.TypeParam(O.TypeName(0, None, "T", None), T.EMPTY_INTERFACE)
    with pytest.raises(InternalCompilerError, match="type parameter T reached the backend"):
        LT.llvm_type(tp)
    with pytest.raises(InternalCompilerError):
        LT.layout(tp)
    assert contains_type_param(T.Pointer(T.Slice(tp)))
    assert not contains_type_param(T.Pointer(T.Slice(T.TYP[T.INT])))


def test_uninstantiated_generic_code_is_not_built():
    prog = build("package main\n\nfunc Unused[T any](x T) T { return x }\n\nfunc main() {}\n")
    assert sorted(prog.packages["main"].functions) == ["main.init", "main.main"]
