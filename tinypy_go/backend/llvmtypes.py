"""Go types as LLVM types, with TinyGo's wasm32 layout.

int, uint, uintptr and pointers are 32 bits; string is ``{ptr, i32}``,
slice ``{ptr, i32, i32}``, interface ``{ptr typecode, ptr value}``; a func
value is a pointer to a closure object ``{ptr fn, captures...}`` (gc's layout,
backend/closures.py); maps and channels are pointers.  Sizes and
alignments follow LLVM's wasm32 data layout, so they agree with the struct
types emitted here.
"""

from __future__ import annotations

from tinypy_go.frontend.types import typ as T
from tinypy_go.ir.layout import (  # noqa: F401 - re-exported: the backend reads them as LT.*
    UnsupportedType,
    _no_type_param,
    layout,
    sizeof,
    underlying,
)

STRING = "{ptr, i32}"
SLICE = "{ptr, i32, i32}"
IFACE = "{ptr, ptr}"
FUNC = "ptr"  # pointer to {ptr fn, captures...} (backend/closures.py)
PTR_SIZE = 4

_BASIC_LLVM = {
    T.BOOL: "i1",
    T.INT: "i32",
    T.INT8: "i8",
    T.INT16: "i16",
    T.INT32: "i32",
    T.INT64: "i64",
    T.UINT: "i32",
    T.UINT8: "i8",
    T.UINT16: "i16",
    T.UINT32: "i32",
    T.UINT64: "i64",
    T.UINTPTR: "i32",
    T.FLOAT32: "float",
    T.FLOAT64: "double",
    T.COMPLEX64: "{float, float}",
    T.COMPLEX128: "{double, double}",
    T.STRING: STRING,
    T.UNSAFE_POINTER: "ptr",
    T.UNTYPED_BOOL: "i1",
    T.UNTYPED_NIL: "ptr",
}


def llvm_type(t: T.Type) -> str:
    u = underlying(t)
    k = type(u)
    if k is T.Basic:
        try:
            return _BASIC_LLVM[u.kind]
        except KeyError:
            raise UnsupportedType(f"type {u.name}") from None
    if k is T.Pointer or k is T.Map or k is T.Chan or k is T.Signature:
        return "ptr"
    if k is T.Slice:
        return SLICE
    if k is T.Interface:
        _no_type_param(t)
        return IFACE
    if k is T.Array:
        return f"[{u.len} x {llvm_type(u.elem)}]"
    if k is T.Struct:
        if not u.fields:
            return "{}"
        return "{" + ", ".join(llvm_type(f.type) for f in u.fields) + "}"
    if k is T.Tuple:
        return tuple_type(u)
    raise UnsupportedType(f"type {t}")


def tuple_type(tup: T.Tuple) -> str:
    """The LLVM return type of a function with these results."""
    n = len(tup.vars)
    if n == 0:
        return "void"
    if n == 1:
        return llvm_type(tup.vars[0].type)
    return "{" + ", ".join(llvm_type(v.type) for v in tup.vars) + "}"


def is_signed(t: T.Type) -> bool:
    u = underlying(t)
    return type(u) is T.Basic and bool(u.info & T.IS_INTEGER) and not (u.info & T.IS_UNSIGNED)


def basic_info(t: T.Type) -> int:
    u = underlying(t)
    return u.info if type(u) is T.Basic else 0


def basic_kind(t: T.Type) -> int:
    u = underlying(t)
    return u.kind if type(u) is T.Basic else -1


def int_bits(t: T.Type) -> int:
    return {"i1": 1, "i8": 8, "i16": 16, "i32": 32, "i64": 64}[llvm_type(t)]


def scalar_count(t: T.Type) -> int:
    """How many wasm parameters a value of type t becomes when passed by value."""
    u = underlying(t)
    k = type(u)
    if k is T.Array:
        return u.len * scalar_count(u.elem)
    if k is T.Struct:
        return sum(scalar_count(f.type) for f in u.fields)
    if k is T.Tuple:
        return sum(scalar_count(v.type) for v in u.vars)
    try:
        llty = llvm_type(t)
    except UnsupportedType:
        return 1
    return llty.count(",") + 1 if llty.startswith("{") else 1


# Engines reject functions with more than 1000 parameters (wasmtime, V8).
MAX_WASM_PARAMS = 1000


def content_number(text: str, taken: dict[int, str], base: int, span: int) -> int:
    """A number in [base, base+span) for an attribute group or metadata node, derived
    from its text (not from the order things were lowered in), so that backend/split.py
    need not renumber a part to make its text the same from one edit to the next; one
    not in ``taken`` (number -> text, updated here; a clash probes the next number)."""
    import hashlib

    if len(taken) >= span:
        raise ValueError(f"more than {span} numbered entities")
    digest = hashlib.blake2b(text.encode("utf-8", "surrogateescape"), digest_size=6).digest()
    n = base + int.from_bytes(digest) % span
    while n in taken:
        n = base + (n + 1 - base) % span
    taken[n] = text
    return n


def content_id(text: str | bytes) -> str:
    """A short name suffix derived from what a private symbol holds (its bytes, its
    type key), not from the order symbols were made in: the standard library's part
    of a program keeps the same IR text when only the main package changes, so its
    compiled object can be reused (backend/split.py)."""
    import hashlib

    data = text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text
    return hashlib.blake2b(data, digest_size=5).hexdigest()
