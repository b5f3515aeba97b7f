"""Shapes behind the generated hash/equality functions, and the runtime's size classes."""

import re

import pytest

from tests.conftest import REPO
from tinypy_go.backend import slices, typefuncs
from tinypy_go.backend.typefuncs import Shape, _shape
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.objects import Var
from tinypy_go.goroot import GorootError, goroot


def field(name, t):
    return Var(0, None, name, t, is_field=True)


I8, I32, I64, F64, STR = (T.TYP[k] for k in (T.INT8, T.INT32, T.INT64, T.FLOAT64, T.STRING))


def test_dense_pointer_free_values_hash_as_memory():
    assert _shape(I64, "") == Shape("mem", 8)
    assert _shape(T.Pointer(I8), "") == Shape("mem", 4)
    dense = T.Struct([field("a", I32), field("b", I32)])
    assert _shape(dense, "") == Shape("mem", 8)
    assert _shape(T.Array(dense, 3), "") == Shape("mem", 24)


def test_padding_blank_fields_and_floats_are_hashed_field_by_field():
    padded = T.Struct([field("a", I8), field("b", I32)])
    s = _shape(padded, "")
    assert s.kind == "struct" and [off for off, _ in s.parts] == [0, 4]
    blank = T.Struct([field("a", I32), field("_", I32), field("b", I32)])
    assert [off for off, _ in _shape(blank, "").parts] == [0, 8]
    withf = T.Struct([field("f", F64), field("n", I32)])
    assert [p.kind for _, p in _shape(withf, "").parts] == ["f64", "mem"]
    arr = _shape(T.Array(STR, 4), "")
    assert arr.kind == "array" and arr.parts[0] == 4 and arr.parts[1].kind == "str"


def test_interface_values_use_the_runtime_interface_functions():
    s = _shape(T.Struct([field("e", T.EMPTY_INTERFACE), field("n", I32)]), "")
    assert [p.kind for _, p in s.parts] == ["iface", "mem"]


def test_has_pointers_decides_gc_size_class_rounding():
    assert not slices.has_pointers(T.Array(I64, 3))
    assert slices.has_pointers(STR)
    assert slices.has_pointers(T.Struct([field("a", I32), field("p", T.Pointer(I32))]))
    assert not slices.has_pointers(T.Array(T.Pointer(I32), 0))


def test_runtime_size_classes_match_goroot():
    try:
        src = (goroot() / "src" / "runtime" / "sizeclasses.go").read_text()
    except (GorootError, OSError):
        pytest.skip("no GOROOT")
    want = re.search(r"class_to_size = \[_NumSizeClasses\]uint16\{([^}]*)\}", src).group(1)
    ours = (REPO / "tinypy_go" / "runtime" / "runtime" / "slice.go").read_text()
    got = re.search(r"classToSize = \[\.\.\.\]uint16\{([^}]*)\}", ours).group(1)
    assert [int(x) for x in got.replace("\n", "").split(",")] == [int(x) for x in want.split(",")]


def test_shape_keys_distinguish_layouts():
    a = _shape(T.Struct([field("a", I8), field("s", STR)]), "")
    b = _shape(T.Struct([field("a", I32), field("s", STR)]), "")
    assert a.key() != b.key()
    assert typefuncs.Shape("mem", 8).key() == _shape(I64, "").key()
