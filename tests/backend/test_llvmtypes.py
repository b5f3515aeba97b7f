from tinypy_go.backend import llvmtypes as LT
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.objects import Var


def field(name, t):
    return Var(0, None, name, t, is_field=True)


def test_basic_types_follow_wasm32_layout():
    assert LT.llvm_type(T.TYP[T.INT]) == "i32"
    assert LT.llvm_type(T.TYP[T.UINTPTR]) == "i32"
    assert LT.llvm_type(T.TYP[T.INT64]) == "i64"
    assert LT.llvm_type(T.TYP[T.STRING]) == "{ptr, i32}"
    assert LT.layout(T.TYP[T.STRING]) == (8, 4)
    assert LT.layout(T.TYP[T.COMPLEX128]) == (16, 8)


def test_composite_types():
    s = T.Struct([field("a", T.TYP[T.INT8]), field("b", T.TYP[T.INT64]), field("c", T.TYP[T.BOOL])])
    assert LT.llvm_type(s) == "{i8, i64, i1}"
    assert LT.layout(s) == (24, 8)
    assert LT.llvm_type(T.Slice(T.TYP[T.INT])) == "{ptr, i32, i32}"
    assert LT.layout(T.Array(T.TYP[T.INT16], 5)) == (10, 2)
    assert LT.llvm_type(T.Pointer(s)) == "ptr"
    assert LT.tuple_type(T.Tuple([Var(0, None, "", T.TYP[T.INT]), Var(0, None, "", T.TYP[T.BOOL])])) == "{i32, i1}"
    assert LT.tuple_type(T.Tuple()) == "void"


def test_signedness():
    assert LT.is_signed(T.TYP[T.INT32])
    assert not LT.is_signed(T.TYP[T.UINT8])
    assert LT.int_bits(T.TYP[T.UINT16]) == 16


def test_content_numbers_do_not_depend_on_order():
    """Metadata and attribute group numbers come from their text (split.py does not
    renumber): the same nodes made in another order get the same numbers."""
    from tinypy_go.backend.debuginfo import DebugInfo
    from tinypy_go.frontend.token import FileSet

    a, b = DebugInfo(FileSet()), DebugInfo(FileSet())
    first = [a.file(name) for name in ("x.go", "y.go", "z.go")]
    second = [b.file(name) for name in ("z.go", "y.go", "x.go")]
    assert first == second[::-1] and len(set(first)) == 3
    assert sorted(a.nodes) == sorted(b.nodes)


def test_content_number_clash_takes_the_next_free_number():
    taken: dict[int, str] = {}
    n = LT.content_number("a", taken, 100, 10)
    assert 100 <= n < 110 and taken == {n: "a"}
    m = LT.content_number("a", taken, 100, 10)  # the same text again: a distinct node
    assert m == 100 + (n + 1 - 100) % 10
    for text in "bcdefghi":
        LT.content_number(text, taken, 100, 10)
    assert sorted(taken) == list(range(100, 110))
