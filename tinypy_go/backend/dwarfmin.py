"""Line tables only, for real: shrink a linked module's DWARF to its compile units.

LLVM's ``LineTablesOnly`` still writes a ``DW_TAG_subprogram`` for every
function, one ``DW_TAG_inlined_subroutine`` for every inlined call (with its
own address ranges) and their names in ``.debug_str``: in a fmt hello world
that is 18 KB of ``.debug_info``/``.debug_ranges``/``.debug_str`` beside a
2 KB line table.  What a trap backtrace or a debugger needs to map an address
to a Go file and line is the line table plus, per compile unit, its
``DW_AT_stmt_list`` and the addresses it covers; function names come from the
``name`` section either way.  So after linking (and binaryen), each compile
unit is rewritten as one childless DIE holding just those attributes, and the
subprogram DIEs, the ranges of inlined calls and the string table go.  What is
lost is the inlined frames in a backtrace (wasmtime then shows the innermost
line of each physical frame).

Only what this reader understands is rewritten: DWARF 2-4 units with 32-bit
offsets whose first DIE is a compile unit.  Anything else (a DWARF 5 or
64-bit unit, an attribute form it does not know, truncated data) leaves the
module exactly as it was.
"""

from __future__ import annotations

import struct

from tinypy_go.backend import wasmbin

_TAG_COMPILE_UNIT = 0x11
_AT_NAME, _AT_STMT_LIST, _AT_LOW_PC, _AT_HIGH_PC = 0x03, 0x10, 0x11, 0x12
_AT_LANGUAGE, _AT_COMP_DIR, _AT_PRODUCER, _AT_RANGES = 0x13, 0x1B, 0x25, 0x55
_FORM_ADDR, _FORM_DATA2, _FORM_DATA4, _FORM_STRING, _FORM_SEC_OFFSET = 0x01, 0x05, 0x06, 0x08, 0x17

# DW_FORM -> fixed size in a 32-bit DWARF unit with 4-byte addresses (None: variable)
_FIXED = {0x01: 4, 0x05: 2, 0x06: 4, 0x07: 8, 0x0B: 1, 0x0C: 1, 0x0E: 4, 0x10: 4, 0x11: 1, 0x12: 2,
          0x13: 4, 0x14: 8, 0x17: 4, 0x19: 0, 0x20: 8}
_BLOCKS = {0x0A: 1, 0x03: 2, 0x04: 4}  # block1, block2, block4: length prefix size

_DEBUG = (".debug_info", ".debug_abbrev", ".debug_str", ".debug_ranges")


class _Unreadable(Exception):
    """DWARF this reader does not understand: keep the module unchanged."""


class _CompileUnit:
    __slots__ = ("producer", "language", "name", "comp_dir", "stmt_list", "spans")

    def __init__(self) -> None:
        self.producer = self.name = self.comp_dir = b""
        self.language = 0
        self.stmt_list: int | None = None
        self.spans: list[tuple[int, int]] = []


def _cstring(buf: bytes, i: int) -> tuple[bytes, int]:
    end = buf.index(b"\0", i)
    return buf[i:end], end + 1


def _abbrev(abbrev: bytes, offset: int, code: int) -> tuple[int, list[tuple[int, int]]]:
    """(tag, [(attribute, form)]) of abbreviation ``code`` in the table at ``offset``."""
    i = offset
    while True:
        c, i = wasmbin.uleb(abbrev, i)
        if c == 0:
            raise _Unreadable(f"abbreviation {code} not found")
        tag, i = wasmbin.uleb(abbrev, i)
        i += 1  # has-children flag
        attrs = []
        while True:
            at, i = wasmbin.uleb(abbrev, i)
            form, i = wasmbin.uleb(abbrev, i)
            if at == 0 and form == 0:
                break
            attrs.append((at, form))
        if c == code:
            return tag, attrs


def _value(info: bytes, i: int, form: int) -> tuple[int | bytes, int]:
    """The attribute value of ``form`` at info[i] and the offset after it."""
    if form == _FORM_STRING:
        return _cstring(info, i)
    size = _FIXED.get(form)
    if size is not None:
        raw = info[i:i + size]
        if len(raw) != size:
            raise _Unreadable("truncated attribute")
        return int.from_bytes(raw, "little"), i + size
    if form in (0x0F, 0x15):  # udata, ref_udata
        return wasmbin.uleb(info, i)
    if form == 0x0D:  # sdata: value unused here
        while info[i] & 0x80:
            i += 1
        return 0, i + 1
    if form in _BLOCKS:
        n = int.from_bytes(info[i:i + _BLOCKS[form]], "little")
        return 0, i + _BLOCKS[form] + n
    if form in (0x09, 0x18):  # block, exprloc
        n, i = wasmbin.uleb(info, i)
        return 0, i + n
    raise _Unreadable(f"attribute form {form:#x}")


def _ranges(ranges: bytes, offset: int, base: int) -> list[tuple[int, int]]:
    """The [begin, end) spans of the DWARF 4 range list at ``offset``."""
    out = []
    i = offset
    while True:
        if i + 8 > len(ranges):
            raise _Unreadable("truncated range list")
        begin, end = struct.unpack_from("<II", ranges, i)
        i += 8
        if begin == 0 and end == 0:
            return out
        if begin == 0xFFFFFFFF:
            base = end
        elif base + begin < base + end:
            out.append((base + begin, base + end))


def _units(info: bytes, abbrev: bytes, strings: bytes, ranges: bytes) -> list[_CompileUnit]:
    units = []
    i = 0
    while i < len(info):
        if i + 11 > len(info):
            raise _Unreadable("truncated unit header")
        length, version = struct.unpack_from("<IH", info, i)
        if length >= 0xFFFFFFF0 or not 2 <= version <= 4:
            raise _Unreadable(f"DWARF version {version} or 64-bit unit")
        abbrev_offset, address_size = struct.unpack_from("<IB", info, i + 6)
        if address_size != 4:
            raise _Unreadable("address size")
        end = i + 4 + length
        code, j = wasmbin.uleb(info, i + 11)
        tag, attrs = _abbrev(abbrev, abbrev_offset, code)
        if tag != _TAG_COMPILE_UNIT:
            raise _Unreadable("first DIE is not a compile unit")
        cu = _CompileUnit()
        low = 0
        high: tuple[int, int] | None = None
        ranges_at: int | None = None
        for at, form in attrs:
            v, j = _value(info, j, form)
            if form == 0x0E and isinstance(v, int):  # strp
                v, _ = _cstring(strings, v)
            if at == _AT_PRODUCER and isinstance(v, bytes):
                cu.producer = v
            elif at == _AT_NAME and isinstance(v, bytes):
                cu.name = v
            elif at == _AT_COMP_DIR and isinstance(v, bytes):
                cu.comp_dir = v
            elif at == _AT_LANGUAGE and isinstance(v, int):
                cu.language = v
            elif at == _AT_STMT_LIST and isinstance(v, int):
                cu.stmt_list = v
            elif at == _AT_LOW_PC and isinstance(v, int):
                low = v
            elif at == _AT_HIGH_PC and isinstance(v, int):
                high = (form, v)
            elif at == _AT_RANGES and isinstance(v, int):
                ranges_at = v
        if j > end:
            raise _Unreadable("compile unit DIE past its unit")
        if ranges_at is not None:
            cu.spans = _ranges(ranges, ranges_at, low)
        elif high is not None:
            form, v = high
            hi = v if form == _FORM_ADDR else low + v
            if low < hi:
                cu.spans = [(low, hi)]
        units.append(cu)
        i = end
    return units


def _merge(units: list[_CompileUnit]) -> None:
    """Join each unit's neighbouring spans unless another unit has code between them."""
    others = sorted((b, e, k) for k, cu in enumerate(units) for b, e in cu.spans)
    for k, cu in enumerate(units):
        spans = sorted(cu.spans)
        merged: list[tuple[int, int]] = []
        for b, e in spans:
            if merged and not any(o != k and merged[-1][1] <= ob < b for ob, _oe, o in others):
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((b, e))
        cu.spans = merged


def _encode(units: list[_CompileUnit]) -> tuple[bytes, bytes, bytes]:
    """(.debug_info, .debug_abbrev, .debug_ranges) of childless compile-unit DIEs."""
    common = [(_AT_PRODUCER, _FORM_STRING), (_AT_LANGUAGE, _FORM_DATA2), (_AT_NAME, _FORM_STRING),
              (_AT_STMT_LIST, _FORM_SEC_OFFSET), (_AT_COMP_DIR, _FORM_STRING), (_AT_LOW_PC, _FORM_ADDR)]
    abbrev = bytearray()
    for code, last in ((1, (_AT_HIGH_PC, _FORM_DATA4)), (2, (_AT_RANGES, _FORM_SEC_OFFSET)),
                       (3, None)):
        abbrev += bytes([code, _TAG_COMPILE_UNIT, 0])  # DW_CHILDREN_no
        for at, form in common + ([last] if last else []):
            abbrev += bytes([at, form])
        abbrev += b"\0\0"
    abbrev += b"\0"
    info = bytearray()
    ranges = bytearray()
    for cu in units:
        body = bytearray()
        if cu.stmt_list is None:
            continue  # no line table: nothing to keep
        low = cu.spans[0][0] if len(cu.spans) == 1 else 0
        body += bytes([1 if len(cu.spans) == 1 else 2 if cu.spans else 3])
        body += cu.producer + b"\0" + struct.pack("<H", cu.language) + cu.name + b"\0"
        body += struct.pack("<I", cu.stmt_list) + cu.comp_dir + b"\0" + struct.pack("<I", low)
        if len(cu.spans) == 1:
            body += struct.pack("<I", cu.spans[0][1] - low)
        elif cu.spans:
            body += struct.pack("<I", len(ranges))
            for b, e in cu.spans:
                ranges += struct.pack("<II", b, e)
            ranges += b"\0" * 8
        header = struct.pack("<HIB", 4, 0, 4)
        info += struct.pack("<I", len(header) + len(body)) + header + body
    return bytes(info), bytes(abbrev), bytes(ranges)


def _custom(name: str, payload: bytes) -> bytes:
    body = wasmbin.enc_uleb(len(name)) + name.encode() + payload
    return bytes([wasmbin.CUSTOM]) + wasmbin.enc_uleb(len(body)) + body


def compact(wasm: bytes) -> bytes:
    """``wasm`` with its DWARF reduced to compile units and line tables (unchanged if it has
    no ``.debug_info`` or has DWARF this reader does not understand)."""
    found: dict[str, bytes] = {}
    for sid, start, end in wasmbin.sections(wasm):
        if sid == wasmbin.CUSTOM:
            name, data = wasmbin.custom_name(wasm, start)
            if name in _DEBUG:
                found[name] = wasm[data:end]
    if ".debug_info" not in found or ".debug_abbrev" not in found:
        return wasm
    try:
        units = _units(found[".debug_info"], found[".debug_abbrev"], found.get(".debug_str", b""),
                       found.get(".debug_ranges", b""))
    except (_Unreadable, IndexError, ValueError, struct.error):
        return wasm
    _merge(units)
    info, abbrev, ranges = _encode(units)
    new = {".debug_info": info, ".debug_abbrev": abbrev, ".debug_ranges": ranges}
    out = bytearray(wasm[:8])
    head_at = 8  # a section's id byte; its size may be a padded LEB, so it is copied as it is
    for sid, start, end in wasmbin.sections(wasm):
        head, head_at = wasm[head_at:start], end
        if sid == wasmbin.CUSTOM:
            name, _ = wasmbin.custom_name(wasm, start)
            if name in _DEBUG:
                payload = new.get(name, b"")
                if payload:
                    out += _custom(name, payload)
                continue
        out += head + wasm[start:end]
    return bytes(out)
