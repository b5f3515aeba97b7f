"""Memory layout of Go types on wasm32: sizes, alignments, and which types are
pointer-shaped (stored directly in an interface's data word).

TinyGo's wasm32 layout: int, uint, uintptr and pointers are 4 bytes, a string
is (ptr, len), a slice (ptr, len, cap), an interface (typecode, value); maps,
channels and func values are pointers.  Both the SSA passes (escape analysis,
the big-locals rule, -print-allocs) and the backend (``backend/llvmtypes.py``,
whose LLVM struct types agree with these sizes) read it from here, so ``ir/``
does not depend on the backend.
"""

from __future__ import annotations

from tinypy_go.errors import InternalCompilerError
from tinypy_go.frontend.types import typ as T

# (size, align) in bytes
_BASIC_LAYOUT = {
    T.BOOL: (1, 1),
    T.INT: (4, 4),
    T.INT8: (1, 1),
    T.INT16: (2, 2),
    T.INT32: (4, 4),
    T.INT64: (8, 8),
    T.UINT: (4, 4),
    T.UINT8: (1, 1),
    T.UINT16: (2, 2),
    T.UINT32: (4, 4),
    T.UINT64: (8, 8),
    T.UINTPTR: (4, 4),
    T.FLOAT32: (4, 4),
    T.FLOAT64: (8, 8),
    T.COMPLEX64: (8, 4),
    T.COMPLEX128: (16, 8),
    T.STRING: (8, 4),
    T.UNSAFE_POINTER: (4, 4),
}


class UnsupportedType(Exception):
    """A type the backend cannot lower yet; the caller adds the position."""


def underlying(t: T.Type) -> T.Type:
    return T.unalias(t).underlying()


def _no_type_param(t: T.Type) -> None:
    """Generic code is instantiated in the SSA builder: a type parameter here is a compiler bug.

    (A TypeParam's underlying type is its constraint interface, so this is checked where
    interfaces are lowered.)"""
    if type(T.unalias(t)) is T.TypeParam:
        raise InternalCompilerError(None, f"type parameter {t} reached the backend (uninstantiated generic code)")


def layout(t: T.Type) -> tuple[int, int]:
    """(size, alignment) in bytes of a value of type t in memory."""
    u = underlying(t)
    k = type(u)
    if k is T.Basic:
        try:
            return _BASIC_LAYOUT[u.kind]
        except KeyError:
            raise UnsupportedType(f"type {u.name}") from None
    if k is T.Pointer or k is T.Map or k is T.Chan or k is T.Signature:
        return (4, 4)
    if k is T.Slice:
        return (12, 4)
    if k is T.Interface:
        _no_type_param(t)
        return (8, 4)
    if k is T.Array:
        size, align = layout(u.elem)
        return (size * u.len, align)
    if k is T.Struct:
        offset, max_align = 0, 1
        for f in u.fields:
            size, align = layout(f.type)
            offset = (offset + align - 1) // align * align + size
            max_align = max(max_align, align)
        return ((offset + max_align - 1) // max_align * max_align, max_align)
    raise UnsupportedType(f"type {t}")


def sizeof(t: T.Type) -> int:
    return layout(t)[0]


def direct_path(t: T.Type) -> list[int] | None:
    """For a direct type (stored in an interface's data word itself, as gc does: a
    pointer, or a one-field struct or one-element array of one), the indices from its
    value to its one pointer; None for every other type."""
    u = underlying(t)
    k = type(u)
    if k in (T.Pointer, T.Map, T.Chan):
        return []
    if k is T.Basic:
        return [] if u.kind == T.UNSAFE_POINTER else None
    if k is T.Signature:
        return []  # a func value is a pointer to its closure object (backend/closures.py)
    if k is T.Array and u.len == 1:
        p = direct_path(u.elem)
        return None if p is None else [0, *p]
    if k is T.Struct and len(u.fields) == 1:
        p = direct_path(u.fields[0].type)
        return None if p is None else [0, *p]
    return None
