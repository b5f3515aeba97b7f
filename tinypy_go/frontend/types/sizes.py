"""Type sizes and alignments for wasm32 (TinyGo layout)."""

from __future__ import annotations

from tinypy_go.frontend.types import typ as T

_MAX_INT64 = (1 << 63) - 1  # larger sizes are reported as -1 ("too large"), as go/types does


def _align(x: int, a: int) -> int:
    return (x + a - 1) // a * a


class Sizes:
    """word_size: pointer/int size; max_align: largest alignment."""

    __slots__ = ("word_size", "max_align", "_cache")

    def __init__(self, word_size: int = 4, max_align: int = 8):
        self.word_size = word_size
        self.max_align = max_align
        self._cache: dict[int, tuple[T.Type, int, int]] = {}

    _BASIC_SIZE = {
        T.BOOL: 1, T.INT8: 1, T.UINT8: 1, T.INT16: 2, T.UINT16: 2, T.INT32: 4, T.UINT32: 4,
        T.INT64: 8, T.UINT64: 8, T.FLOAT32: 4, T.FLOAT64: 8, T.COMPLEX64: 8, T.COMPLEX128: 16,
    }

    def alignof(self, t: T.Type) -> int:
        u = t.underlying()
        tu = type(u)
        if tu is T.Array:
            return self.alignof(u.elem)
        if tu is T.Struct:
            if not u.fields:
                return 1
            return max(self.alignof(f.type) for f in u.fields)
        if tu is T.Basic:
            k = u.kind
            if k == T.STRING:
                return self.word_size
            if k in (T.COMPLEX64, T.COMPLEX128):
                return self._BASIC_SIZE[k] // 2
            s = self._BASIC_SIZE.get(k)
            if s is not None:
                return min(s, self.max_align)
            return self.word_size
        if tu is T.Interface or tu is T.Slice or tu is T.Signature:
            return self.word_size
        return self.word_size

    def offsetsof(self, fields: list) -> list[int]:
        """Field offsets; -1 from the first field whose offset is too large."""
        offs = []
        o = 0
        for f in fields:
            if o < 0:
                offs.append(-1)
                continue
            a = self.alignof(f.type)
            o = _align(o, a)
            offs.append(o if o <= _MAX_INT64 else -1)
            fs = self.sizeof(f.type)
            o = o + fs if fs >= 0 and o <= _MAX_INT64 else -1
        return offs

    def sizeof(self, t: T.Type) -> int:
        u = t.underlying()
        tu = type(u)
        w = self.word_size
        if tu is T.Basic:
            k = u.kind
            s = self._BASIC_SIZE.get(k)
            if s is not None:
                return s
            if k == T.STRING:
                return 2 * w
            return w  # int, uint, uintptr, unsafe.Pointer
        if tu is T.Array:
            n = u.len
            if n <= 0:
                return 0
            es = self.sizeof(u.elem)
            if es <= 0:
                return es  # too large (-1) or zero-sized
            ea = _align(es, self.alignof(u.elem))
            size = ea * (n - 1) + es
            return size if size <= _MAX_INT64 else -1
        if tu is T.Slice:
            return 3 * w
        if tu is T.Struct:
            if not u.fields:
                return 0
            got = self._cache.get(id(u))
            if got is not None and got[0] is u:
                return got[1]
            # one pass over the fields (offsetsof + sizeof of the last field would size
            # every nested struct twice: exponential in the nesting depth)
            o = 0
            for f in u.fields:
                fs = self.sizeof(f.type)
                if fs < 0:
                    o = -1
                    break
                o = _align(o, self.alignof(f.type)) + fs
                if o > _MAX_INT64:
                    o = -1
                    break
            size = _align(o, self.alignof(u)) if o >= 0 else -1
            size = size if size <= _MAX_INT64 else -1
            self._cache[id(u)] = (u, size, 0)
            return size
        if tu is T.Interface:
            return 2 * w  # {typecode, value}
        if tu is T.Signature:
            return w  # a pointer to the closure object {fnptr, captures...} (backend/closures.py)
        return w  # pointers, maps, chans


WASM32 = Sizes(4, 8)
AMD64 = Sizes(8, 8)  # gc's choices that follow the host's sizes (ir/build_order.py)


def reset_caches() -> None:
    """Forget the previous build's struct layouts (loader.Loader, one per build):
    the caches hold their types, and so their whole programs, alive."""
    WASM32._cache.clear()
    AMD64._cache.clear()
