"""parse -> print -> parse must give the same tree shape."""

from __future__ import annotations

import dataclasses

import pytest
from goroot_util import goroot_src
from parse_goroot import go_files

from tinypy_go.frontend import ast
from tinypy_go.frontend.parser import parse_file
from tinypy_go.frontend.printer import print_file
from tinypy_go.frontend.token import FileSet

# position fields; "ellipsis" and "assign" also say whether the token exists
_POSITIONS = {"pos", "lbrace", "rbrace", "lparen", "rparen", "lbrack", "rbrack", "colon", "arrow", "op_pos",
              "tok_pos", "range_pos", "closing", "end_pos"}
_SKIP = {"doc", "comment", "comments", "directives", "implicit", "filename"}


def shape(n: object) -> object:
    if isinstance(n, list):
        return [shape(x) for x in n]
    if not isinstance(n, ast.Node):
        return n
    out: list[object] = [type(n).__name__]
    for f in dataclasses.fields(n):  # type: ignore[arg-type]
        if f.name in _POSITIONS or f.name in _SKIP:
            continue
        v = getattr(n, f.name)
        if f.name in ("ellipsis", "assign"):
            v = bool(v)
        out.append((f.name, shape(v)))
    return out


SAMPLE = """package p

import (
	"fmt"
	m "math"
)

type T[K comparable, V any] struct {
	a, b int `json:"a"`
	*fmt.Stringer
	List[V]
}

type I interface {
	~int | ~float64
	M(x int) (y string, err error)
}

const (
	A = iota
	B
)

func (t *T[K, V]) Get(k K) (v V, ok bool) {
L:
	for i := 0; i < 10; i++ {
		if i == 3 {
			continue L
		} else if x := (T[K, V]{}); x.a > 0 {
			break
		} else {
			;
		}
	}
	for range 10 {
	}
	for k, v := range map[K]V{} {
		_, _ = k, v
	}
	switch y := any(k).(type) {
	case int, string:
	default:
		_ = y
	}
	select {
	case v := <-make(chan int):
		_ = v
	case ch <- 1:
	default:
	}
	f := func(a, b int, c ...string) int { return a + b*m.MaxInt8 }
	go f(1, 2)
	defer f(1, 2, []string{}...)
	p := (*T[K, V])(nil)
	_ = [...]int{1, 2, 3: 4}
	_ = s[1:2:3]
	var x, y = <-ch, ^1
	return
}
"""


def roundtrip(src: str, name: str = "x.go") -> None:
    f1 = parse_file(FileSet(), name, src)
    printed = print_file(f1)
    f2 = parse_file(FileSet(), name, printed)
    assert shape(f1) == shape(f2)


def test_roundtrip_sample() -> None:
    roundtrip(SAMPLE)


@pytest.mark.parametrize("pkg", ["fmt", "go/ast", "sort", "strconv"])
def test_roundtrip_goroot_packages(pkg: str) -> None:
    for path in go_files(goroot_src() / pkg):
        roundtrip(path.read_text(), str(path))
