"""Lowering of slices and string/slice conversions.

Slice values are ``{ptr, i32 len, i32 cap}``. Slicing, len/cap, append's
fast path and copy are inline; allocation goes to the runtime
(``makeslice``, ``growslice`` — which reproduces gc's capacities — and the
string conversions in ``stringconv.go``). Failed bounds checks call
``runtime.panicBounds(code, x, signed, y)`` with the codes of Go's
``boundsError`` so the messages are Go's.
"""

from __future__ import annotations

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.backend import panics
from tinypy_go.backend.gcroots import i32_text, ptr_layout
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa

# boundsError codes (runtime/slice.go)
BOUNDS_INDEX = 0
SLICE_ALEN = 1
SLICE_ACAP = 2
SLICE_B = 3
SLICE3_ALEN = 4
SLICE3_ACAP = 5
SLICE3_B = 6
SLICE3_C = 7
BOUNDS_CONVERT = 8


def has_pointers(t: T.Type) -> bool:
    """Whether values of t hold pointers (gc's !noscan): affects size-class rounding."""
    u = LT.underlying(t)
    k = type(u)
    if k is T.Basic:
        return bool(u.info & T.IS_STRING) or u.kind == T.UNSAFE_POINTER
    if k is T.Array:
        return u.len > 0 and has_pointers(u.elem)
    if k is T.Struct:
        return any(has_pointers(f.type) for f in u.fields)
    return True  # pointers, slices, maps, chans, funcs, interfaces


def rt_call(g, name: str, args: list[str], ret: str = "void") -> str | None:
    """Call a runtime function that may panic (in unwinding mode, leave if it did)."""
    r = g.runtime_call(name, args, ret)
    panics.after_call(g, g.mg.runtime_func(name))
    return r


def elem_size(t: T.Type) -> int:
    return LT.layout(t)[0]


class _Index:
    """An index operand: i32 for the check, and how to report it."""

    __slots__ = ("i32", "value", "signed")

    def __init__(self, i32: str, value: ssa.Value | None, signed: bool):
        self.i32 = i32
        self.value = value
        self.signed = signed


def _index(g, v: ssa.Value | None, default: str) -> _Index:
    if v is None:
        return _Index(default, None, True)
    return _Index(g.int_to_i32(v), v, LT.is_signed(v.type))


def _as_i64(g, ix: _Index) -> str:
    """The index widened to i64 for a panic message."""
    if ix.value is None:
        r = g.new_tmp()
        g.emit(f"{r} = sext i32 {ix.i32} to i64")
        return r
    llty = g.lty(ix.value.type)
    x = g.v(ix.value)
    if llty == "i64":
        return x
    r = g.new_tmp()
    g.emit(f"{r} = {'sext' if ix.signed else 'zext'} {llty} {x} to i64")
    return r


def bounds_fail(g, code: int, x: _Index, y: str) -> None:
    """Check x <= y (unsigned, so negative x fails); panic with code otherwise."""
    c = g.new_tmp()
    g.emit(f"{c} = icmp ugt i32 {x.i32}, {y}")

    def fail():
        wide = _as_i64(g, x)
        g.runtime_call("runtime.panicBounds",
                       [f"i32 {code}", f"i64 {wide}", f"i1 {'true' if x.signed else 'false'}", f"i32 {y}"])

    g.check(c, fail)


def check_index(g, index: ssa.Value, length: str) -> str:
    """Check 0 <= index < length for x[index]; returns the index as i32."""
    ix = _index(g, index, "0")
    if ix.i32.isdigit() and length.isdigit() and int(ix.i32) < int(length):
        return ix.i32  # a constant index into an array (composite literals): nothing to check
    c = g.new_tmp()
    g.emit(f"{c} = icmp uge i32 {ix.i32}, {length}")

    def fail():
        wide = _as_i64(g, ix)
        g.runtime_call("runtime.panicBounds", [f"i32 {BOUNDS_INDEX}", f"i64 {wide}",
                                               f"i1 {'true' if ix.signed else 'false'}", f"i32 {length}"])

    g.check(c, fail)
    return ix.i32


def lower_slice(g, instr: ssa.Slice) -> None:
    x = instr.x
    xt = LT.underlying(x.type)
    xv = g.v(x)
    elem: T.Type
    if type(xt) is T.Basic:  # string
        ptr, length = g.new_tmp(), g.new_tmp()
        g.emit(f"{ptr} = extractvalue {LT.STRING} {xv}, 0")
        g.emit(f"{length} = extractvalue {LT.STRING} {xv}, 1")
        cap = length
        two_code, three_code = SLICE_ALEN, SLICE3_ALEN
        elem = T.TYP[T.UINT8]
    elif type(xt) is T.Slice:
        ptr, length, cap = g.new_tmp(), g.new_tmp(), g.new_tmp()
        g.emit(f"{ptr} = extractvalue {LT.SLICE} {xv}, 0")
        g.emit(f"{length} = extractvalue {LT.SLICE} {xv}, 1")
        g.emit(f"{cap} = extractvalue {LT.SLICE} {xv}, 2")
        two_code, three_code = SLICE_ACAP, SLICE3_ACAP
        elem = xt.elem
    elif type(xt) is T.Pointer and type(LT.underlying(xt.elem)) is T.Array:
        arr = LT.underlying(xt.elem)
        ptr = xv
        if not isinstance(x, (ssa.Alloc, ssa.Global, ssa.FieldAddr, ssa.IndexAddr)):
            g.nil_check(ptr)
        length = cap = str(arr.len)
        two_code, three_code = SLICE_ALEN, SLICE3_ALEN
        elem = arr.elem
    else:
        raise g.error(f"not supported yet: slicing {x.type}")
    low = _index(g, instr.low, "0")
    high = _index(g, instr.high, length)
    if instr.max is not None:
        mx = _index(g, instr.max, cap)
        bounds_fail(g, three_code, mx, cap)
        bounds_fail(g, SLICE3_B, high, mx.i32)
        bounds_fail(g, SLICE3_C, low, high.i32)
        rcap_end = mx.i32
    else:
        mx = None
        if instr.high is not None:
            bounds_fail(g, two_code, high, cap)
        if instr.low is not None:
            bounds_fail(g, SLICE_B, low, high.i32)
        rcap_end = cap
    rlen = g.new_tmp()
    g.emit(f"{rlen} = sub i32 {high.i32}, {low.i32}")
    if instr.low is None:
        rptr = ptr
    else:
        rptr = g.new_tmp()
        g.emit(f"{rptr} = getelementptr inbounds {g.lty(elem)}, ptr {ptr}, i32 {low.i32}")
    if type(xt) is T.Basic:
        a = g.new_tmp()
        g.emit(f"{a} = insertvalue {LT.STRING} undef, ptr {rptr}, 0")
        g.emit(f"{g.reg(instr)} = insertvalue {LT.STRING} {a}, i32 {rlen}, 1")
        return
    rcap = g.new_tmp()
    g.emit(f"{rcap} = sub i32 {rcap_end}, {low.i32}")
    g.define(instr, make_slice_value(g, rptr, rlen, rcap))


def make_slice_value(g, ptr: str, length: str, cap: str) -> str:
    a, b, c = g.new_tmp(), g.new_tmp(), g.new_tmp()
    g.emit(f"{a} = insertvalue {LT.SLICE} undef, ptr {ptr}, 0")
    g.emit(f"{b} = insertvalue {LT.SLICE} {a}, i32 {length}, 1")
    g.emit(f"{c} = insertvalue {LT.SLICE} {b}, i32 {cap}, 2")
    return c


def slice_parts(g, v: ssa.Value) -> tuple[str, str]:
    """(ptr, len) of a slice or string operand."""
    ty = LT.SLICE if type(LT.underlying(v.type)) is T.Slice else LT.STRING
    x = g.v(v)
    p, n = g.new_tmp(), g.new_tmp()
    g.emit(f"{p} = extractvalue {ty} {x}, 0")
    g.emit(f"{n} = extractvalue {ty} {x}, 1")
    return p, n


def lower_make_slice(g, instr: ssa.MakeSlice) -> None:
    elem = LT.underlying(instr.type).elem
    length = g.int_to_i32(instr.len)
    cap = g.int_to_i32(instr.cap) if instr.cap is not instr.len else length
    ptrs = i32_text(ptr_layout(elem)[1])
    p = rt_call(g, "runtime.makeslice", [f"i32 {elem_size(elem)}", f"i32 {length}", f"i32 {cap}", f"i32 {ptrs}"],
                "ptr")
    g.define(instr, make_slice_value(g, p, length, cap))


def memmove(g, dst: str, src: str, nbytes: str) -> None:
    g.mg.decls["llvm.memmove"] = "declare void @llvm.memmove.p0.p0.i32(ptr, ptr, i32, i1)"
    g.emit(f"call void @llvm.memmove.p0.p0.i32(ptr {dst}, ptr {src}, i32 {nbytes}, i1 false)")


def memset0(g, dst: str, nbytes: str) -> None:
    g.mg.decls["llvm.memset"] = "declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)"
    g.emit(f"call void @llvm.memset.p0.i32(ptr {dst}, i8 0, i32 {nbytes}, i1 false)")


def _append(g, instr: ssa.Call) -> None:
    args = instr.call.args
    st = LT.underlying(instr.type)
    elem = st.elem
    ety = g.lty(elem)
    size = elem_size(elem)
    sv = g.v(args[0])
    if len(args) == 1:
        g.define(instr, sv)
        return
    ptr, length, cap = g.new_tmp(), g.new_tmp(), g.new_tmp()
    g.emit(f"{ptr} = extractvalue {LT.SLICE} {sv}, 0")
    g.emit(f"{length} = extractvalue {LT.SLICE} {sv}, 1")
    g.emit(f"{cap} = extractvalue {LT.SLICE} {sv}, 2")
    if instr.call.has_ellipsis:
        optr, num = slice_parts(g, args[1])
    else:
        optr, num = None, str(len(args) - 1)
    newlen = g.new_tmp()
    g.emit(f"{newlen} = add i32 {length}, {num}")
    need = g.new_tmp()
    g.emit(f"{need} = icmp ugt i32 {newlen}, {cap}")
    before = g.label
    grow, cont = g.new_label("append.grow"), g.new_label("append.cont")
    g.emit(f"br i1 {need}, label %{grow}, label %{cont}")
    g.start_block(grow)
    ptrs = i32_text(ptr_layout(elem)[1])
    res = rt_call(g, "runtime.growslice", [f"ptr {ptr}", f"i32 {newlen}", f"i32 {cap}", f"i32 {num}",
                                               f"i32 {size}", f"i32 {ptrs}"], "{ptr, i32}")
    gptr, gcap = g.new_tmp(), g.new_tmp()
    g.emit(f"{gptr} = extractvalue {{ptr, i32}} {res}, 0")
    g.emit(f"{gcap} = extractvalue {{ptr, i32}} {res}, 1")
    grow_exit = g.label
    g.emit(f"br label %{cont}")
    g.start_block(cont)
    p, c = g.new_tmp(), g.new_tmp()
    g.emit(f"{p} = phi ptr [{ptr}, %{before}], [{gptr}, %{grow_exit}]")
    g.emit(f"{c} = phi i32 [{cap}, %{before}], [{gcap}, %{grow_exit}]")
    if optr is not None:
        dst = g.new_tmp()
        g.emit(f"{dst} = getelementptr inbounds {ety}, ptr {p}, i32 {length}")
        nbytes = g.new_tmp()
        g.emit(f"{nbytes} = mul i32 {num}, {size}")
        memmove(g, dst, optr, nbytes)
    else:
        for i, a in enumerate(args[1:]):
            idx = length
            if i:
                idx = g.new_tmp()
                g.emit(f"{idx} = add i32 {length}, {i}")
            dst = g.new_tmp()
            g.emit(f"{dst} = getelementptr inbounds {ety}, ptr {p}, i32 {idx}")
            g.emit(f"store {g.tv(a)}, ptr {dst}")
    g.define(instr, make_slice_value(g, p, newlen, c))


def _copy(g, instr: ssa.Call) -> None:
    dst, src = instr.call.args
    elem = LT.underlying(dst.type).elem
    dptr, dlen = slice_parts(g, dst)
    sptr, slen = slice_parts(g, src)
    less = g.new_tmp()
    g.emit(f"{less} = icmp slt i32 {dlen}, {slen}")
    n = g.reg(instr)
    g.emit(f"{n} = select i1 {less}, i32 {dlen}, i32 {slen}")
    nbytes = g.new_tmp()
    g.emit(f"{nbytes} = mul i32 {n}, {elem_size(elem)}")
    memmove(g, dptr, sptr, nbytes)


def _clear(g, instr: ssa.Call) -> None:
    x = instr.call.args[0]
    u = LT.underlying(x.type)
    if type(u) is T.Map:
        from tinypy_go.backend.maps import lower_clear_map

        lower_clear_map(g, instr)
        return
    ptr, length = slice_parts(g, x)
    nbytes = g.new_tmp()
    g.emit(f"{nbytes} = mul i32 {length}, {elem_size(u.elem)}")
    memset0(g, ptr, nbytes)
    g.define(instr, "undef")


def _min_max(g, instr: ssa.Call, is_min: bool) -> None:
    t = instr.type
    info = LT.basic_info(t)
    llty = g.lty(t)
    acc = g.v(instr.call.args[0])
    for a in instr.call.args[1:]:
        y = g.v(a)
        r = g.new_tmp()
        if info & T.IS_FLOAT:
            # llvm.minimum/maximum: NaN wins, -0 < +0, as Go's min/max (wasm f64.min)
            fn = f"llvm.{'minimum' if is_min else 'maximum'}.{'f32' if llty == 'float' else 'f64'}"
            g.mg.decls[fn] = f"declare {llty} @{fn}({llty}, {llty})"
            g.emit(f"{r} = call {llty} @{fn}({llty} {acc}, {llty} {y})")
        elif info & T.IS_STRING:
            less = g.runtime_call("runtime.stringLess", [f"{llty} {y}", f"{llty} {acc}"] if is_min
                                  else [f"{llty} {acc}", f"{llty} {y}"], "i1")
            g.emit(f"{r} = select i1 {less}, {llty} {y}, {llty} {acc}")
        else:
            pred = ("ult" if is_min else "ugt") if info & T.IS_UNSIGNED else ("slt" if is_min else "sgt")
            c = g.new_tmp()
            g.emit(f"{c} = icmp {pred} {llty} {y}, {acc}")
            g.emit(f"{r} = select i1 {c}, {llty} {y}, {llty} {acc}")
        acc = r
    g.define(instr, acc)


def lower_string_convert(g, instr: ssa.Convert) -> bool:
    """string <-> []byte/[]rune and string(int); False if instr is another conversion."""
    src, dst = LT.underlying(instr.x.type), LT.underlying(instr.type)
    if type(dst) is T.Slice and type(src) is T.Basic and src.info & T.IS_STRING:
        fn = "runtime.stringToBytes" if elem_size(dst.elem) == 1 else "runtime.stringToRunes"
        g.define(instr, g.runtime_call(fn, [f"{LT.STRING} {g.v(instr.x)}"], LT.SLICE))
        return True
    if type(dst) is T.Basic and dst.info & T.IS_STRING:
        if type(src) is T.Slice:
            ptr, length = slice_parts(g, instr.x)
            fn = "runtime.bytesToString" if elem_size(src.elem) == 1 else "runtime.runesToString"
            g.define(instr, g.runtime_call(fn, [f"ptr {ptr}", f"i32 {length}"], LT.STRING))
            return True
        if type(src) is T.Basic and src.info & T.IS_INTEGER:
            llty = g.lty(instr.x.type)
            x = g.v(instr.x)
            if llty != "i64":
                w = g.new_tmp()
                g.emit(f"{w} = {'sext' if LT.is_signed(instr.x.type) else 'zext'} {llty} {x} to i64")
                x = w
            g.define(instr, g.runtime_call("runtime.intToString", [f"i64 {x}"], LT.STRING))
            return True
    return False


def lower_slice_to_array_pointer(g, instr: ssa.SliceToArrayPointer) -> None:
    n = LT.underlying(LT.underlying(instr.type).elem).len
    ptr, length = slice_parts(g, instr.x)
    c = g.new_tmp()
    g.emit(f"{c} = icmp ult i32 {length}, {n}")

    def fail():
        g.runtime_call("runtime.panicBounds",
                       [f"i32 {BOUNDS_CONVERT}", f"i64 {n}", "i1 true", f"i32 {length}"])

    g.check(c, fail)
    g.define(instr, ptr)


def compare_slice_nil(g, instr: ssa.BinOp, op: str, x: str, y: str) -> None:
    """s == nil / s != nil (the only comparison slices have): compare data pointers."""
    y_is_nil = isinstance(instr.y, ssa.Const) and instr.y.value is None
    xp = g.new_tmp()
    g.emit(f"{xp} = extractvalue {LT.SLICE} {x if y_is_nil else y}, 0")
    g.emit(f"{g.reg(instr)} = icmp {'eq' if op == '==' else 'ne'} ptr {xp}, null")


def _unsafe_slice(g, instr: ssa.Call) -> None:
    """unsafe.Slice(ptr, len): {ptr, len, len}, after Go's checks."""
    p, n = instr.call.args
    length = unsafe_len_checks(g, g.v(p), g.int_to_i32(n), LT.sizeof(instr.type.elem), "Slice")
    g.define(instr, make_slice_value(g, g.v(p), length, length))


def unsafe_len_checks(g, ptr: str, length: str, elem_size: int, what: str) -> str:
    """gc's unsafeslice/unsafestring checks: a negative length, or one whose
    memory would run past the end of the address space, panics with "len out
    of range"; a nil pointer with a non-zero length with "ptr is nil and len
    is not zero" (runtime.panicUnsafe{Slice,String}{Len,Nil})."""
    bad = g.new_tmp()
    g.emit(f"{bad} = icmp slt i32 {length}, 0")
    if elem_size:
        wide, mem, addr, end, over = (g.new_tmp() for _ in range(5))
        g.emit(f"{wide} = zext i32 {length} to i64")
        g.emit(f"{mem} = mul i64 {wide}, {elem_size}")
        g.emit(f"{addr} = ptrtoint ptr {ptr} to i64")
        g.emit(f"{end} = add i64 {mem}, {addr}")
        g.emit(f"{over} = icmp ugt i64 {end}, 4294967296")
        both = g.new_tmp()
        g.emit(f"{both} = or i1 {bad}, {over}")
        bad = both
    g.check(bad, lambda: g.runtime_call(f"runtime.panicUnsafe{what}Len", []))
    isnil, nonzero, nil_bad = g.new_tmp(), g.new_tmp(), g.new_tmp()
    g.emit(f"{isnil} = icmp eq ptr {ptr}, null")
    g.emit(f"{nonzero} = icmp ne i32 {length}, 0")
    g.emit(f"{nil_bad} = and i1 {isnil}, {nonzero}")
    g.check(nil_bad, lambda: g.runtime_call(f"runtime.panicUnsafe{what}Nil", []))
    return length


BUILTINS = {
    "Slice": _unsafe_slice,
    "append": _append,
    "copy": _copy,
    "clear": _clear,
    "min": lambda g, i: _min_max(g, i, True),
    "max": lambda g, i: _min_max(g, i, False),
}
