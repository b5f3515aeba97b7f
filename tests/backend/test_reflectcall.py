"""runtime.reflectcall (backend/reflectcall.py): calls through a reflect-style frame.

The program builds frames laid out as reflect's abiSeq does on wasm (every
argument and result in memory, at its alignment; results from the end of the
arguments rounded up to a pointer) as Go structs with the same layout, calls
runtime.reflectcall by //go:linkname and compares the results with direct calls.
"""

from __future__ import annotations

import pytest

from tinypy_go.build import BuildConfig, build_result
from tinypy_go.wasmrun import run_wasm

PROGRAM = """package main

import "unsafe"

//go:linkname call runtime.reflectcall
func call(t unsafe.Pointer, f, args unsafe.Pointer, size, retoff, framesize uint32, regs unsafe.Pointer)

type pair struct {
	a int8
	b int64
}

func f1(a int8, b int64, s string, p pair) (string, int64, bool) {
	return s + "!", b + int64(a) + p.b, p.a == a
}

type frame1 struct {
	a  int8
	b  int64
	s  string
	p  pair
	r0 string
	r1 int64
	r2 bool
}

type T struct{ n int }

func (t *T) Add(d int, f float64) (int, float64) { t.n += d; return t.n, f * 2 }

type frame2 struct {
	d  int
	f  float64
	r0 int
	r1 float64
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

type frame3 struct {
	xs []int
	r  int
}

type frame4 struct {
	b  bool
	r0 pair
}

func code(f any) unsafe.Pointer { return (*[2]unsafe.Pointer)(unsafe.Pointer(&f))[1] }

func check(name string, ok bool) {
	if ok {
		println(name, "ok")
	} else {
		println(name, "MISMATCH")
	}
}

func main() {
	fr := frame1{a: 3, b: 1 << 40, s: "hi", p: pair{3, 5}}
	call(nil, code(f1), unsafe.Pointer(&fr), 0, 0, 0, nil)
	s, n, b := f1(3, 1<<40, "hi", pair{3, 5})
	check("static", fr.r0 == s && fr.r1 == n && fr.r2 == b)

	t := &T{n: 10}
	fr2 := frame2{d: 5, f: 1.5}
	call(nil, code(t.Add), unsafe.Pointer(&fr2), 0, 0, 0, nil)
	check("method value", fr2.r0 == 15 && fr2.r1 == 3 && t.n == 15)

	k := 7
	cl := func(d int, f float64) (int, float64) { k += d; return k, f + 1 }
	call(nil, code(cl), unsafe.Pointer(&fr2), 0, 0, 0, nil)
	check("closure", fr2.r0 == 12 && fr2.r1 == 2.5 && k == 12)

	fr3 := frame3{xs: []int{1, 2, 3, 4}}
	call(nil, code(sum), unsafe.Pointer(&fr3), 0, 0, 0, nil)
	check("variadic", fr3.r == sum(1, 2, 3, 4))

	done := false
	call(nil, code(func() { done = true }), nil, 0, 0, 0, nil)
	check("no arguments", done)

	fr4 := frame4{b: true}
	call(nil, code(func(b bool) pair { return pair{1, 2} }), unsafe.Pointer(&fr4), 0, 0, 0, nil)
	check("struct result", fr4.r0 == pair{1, 2})
}
"""


@pytest.mark.parametrize("opt", ["0", "z"])
def test_reflectcall_thunks(tmp_path, opt):
    (tmp_path / "main.go").write_text(PROGRAM)
    build_result(BuildConfig(inputs=[str(tmp_path / "main.go")], output=tmp_path / "main.wasm", opt=opt))
    err = tmp_path / "stderr"
    assert run_wasm(tmp_path / "main.wasm", env={}, stderr_file=str(err)) == 0
    lines = err.read_text().splitlines()
    assert lines == [f"{name} ok" for name in ("static", "method value", "closure", "variadic", "no arguments",
                                               "struct result")]


def test_no_table_without_reflect_calls(tmp_path):
    (tmp_path / "main.go").write_text("package main\n\nfunc main() { f := func() { println(1) }; f() }\n")
    r = build_result(BuildConfig(inputs=[str(tmp_path / "main.go")], output=tmp_path / "main.wasm", opt="0"))
    assert "reflectcall" not in r.context.compiled.llvm_ir
