"""Reading linked wasm binaries: sections, imports and function names.

The post-link steps (asyncify, wasm-opt) and the size scripts need only this
much of the format, so it is read by hand rather than through a wasm library.
"""

from __future__ import annotations

from collections.abc import Iterator

CUSTOM, IMPORT, CODE, DATA = 0, 2, 10, 11
_FUNCTION_NAMES = 1  # subsection of the "name" custom section


def uleb(buf: bytes, i: int) -> tuple[int, int]:
    """The unsigned LEB128 number at buf[i] and the offset after it."""
    result = shift = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, i


def enc_uleb(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if not n:
            out.append(b)
            return bytes(out)
        out.append(b | 0x80)


def sections(buf: bytes) -> Iterator[tuple[int, int, int]]:
    """(section id, payload start, payload end) for each section of a module."""
    i = 8
    while i < len(buf):
        sid = buf[i]
        size, j = uleb(buf, i + 1)
        yield sid, j, j + size
        i = j + size


def custom_name(buf: bytes, start: int) -> tuple[str, int]:
    """A custom section's name and the offset of the data after it."""
    n, j = uleb(buf, start)
    return buf[j:j + n].decode("utf-8", "replace"), j + n


def name_section(buf: bytes) -> tuple[int, int] | None:
    """(start, end) of the "name" section's payload, or None."""
    for sid, start, end in sections(buf):
        if sid == CUSTOM and custom_name(buf, start)[0] == "name":
            return start, end
    return None


def subsections(buf: bytes, start: int, end: int) -> Iterator[tuple[int, int, int, int]]:
    """(kind, header start, body start, end) of the subsections of the name
    section whose payload is buf[start:end]."""
    _, j = custom_name(buf, start)
    while j < end:
        kind = buf[j]
        size, body = uleb(buf, j + 1)
        yield kind, j, body, body + size
        j = body + size


def function_names(buf: bytes) -> dict[int, str]:
    """Function index → name, from the name section (empty without one)."""
    names: dict[int, str] = {}
    where = name_section(buf)
    if where is None:
        return names
    for kind, _head, start, _end in subsections(buf, *where):
        if kind == _FUNCTION_NAMES:
            count, k = uleb(buf, start)
            for _ in range(count):
                idx, k = uleb(buf, k)
                ln, k = uleb(buf, k)
                names[idx] = buf[k:k + ln].decode("utf-8", "replace")
                k += ln
    return names


def imports(buf: bytes) -> list[tuple[str, str, int]]:
    """(module, name, kind) of each import; kind 0 is a function."""
    out: list[tuple[str, str, int]] = []
    for sid, start, _end in sections(buf):
        if sid != IMPORT:
            continue
        count, j = uleb(buf, start)
        for _ in range(count):
            n, j = uleb(buf, j)
            module = buf[j:j + n].decode("utf-8", "replace")
            n, j = uleb(buf, j + n)
            name = buf[j:j + n].decode("utf-8", "replace")
            kind = buf[j + n]
            j += n + 1
            out.append((module, name, kind))
            if kind == 0:  # function: type index
                _, j = uleb(buf, j)
            elif kind in (1, 2):  # table (reftype first) or memory: limits
                if kind == 1:
                    j += 1
                flags, j = uleb(buf, j)
                _, j = uleb(buf, j)
                if flags & 1:
                    _, j = uleb(buf, j)
            elif kind == 3:  # global: valtype, mutability
                j += 2
            else:
                break
        break
    return out


def import_modules(buf: bytes) -> set[str]:
    return {module for module, _name, _kind in imports(buf)}
