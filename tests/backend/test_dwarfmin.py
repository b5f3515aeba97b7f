"""backend/dwarfmin: compile units and line tables kept, subprograms and strings dropped.

The modules here are put together by hand (a DWARF 4 unit with a compile unit DIE,
a subprogram child and a range list), so the pass is checked without the compiler."""

from __future__ import annotations

import struct

from tinypy_go.backend import dwarfmin, wasmbin

# abbrev 1: compile_unit, children: producer strp, language data2, name strp, stmt_list
# sec_offset, comp_dir strp, low_pc addr, ranges sec_offset; abbrev 2: subprogram, no
# children: name strp, low_pc addr, high_pc data4
ABBREV = bytes([1, 0x11, 1, 0x25, 0x0E, 0x13, 0x05, 0x03, 0x0E, 0x10, 0x17, 0x1B, 0x0E, 0x11, 0x01,
                0x55, 0x17, 0, 0,
                2, 0x2E, 0, 0x03, 0x0E, 0x11, 0x01, 0x12, 0x06, 0, 0, 0])
STRINGS = b"tinypy-go\0main.go\0/src\0main.main\0"


def _custom(name: str, payload: bytes) -> bytes:
    body = wasmbin.enc_uleb(len(name)) + name.encode() + payload
    return bytes([0]) + wasmbin.enc_uleb(len(body)) + body


def _module(ranges: list[tuple[int, int]], version: int = 4, abbrev: bytes = ABBREV) -> bytes:
    die = bytes([1]) + struct.pack("<IHIIIII", 0, 0x16, 10, 0, 18, 0, 0)  # low_pc 0, ranges at 0
    die += bytes([2]) + struct.pack("<III", 23, 0x10, 0x20) + b"\0"  # main.main, end of children
    header = struct.pack("<HIB", version, 0, 4)
    info = struct.pack("<I", len(header) + len(die)) + header + die
    rng = b"".join(struct.pack("<II", b, e) for b, e in ranges) + b"\0" * 8
    line = b"\x01\x02\x03"  # opaque here: copied as it is
    # a type section before the custom ones, with a padded (5-byte) size as wasm-ld writes
    type_section = bytes([1]) + b"\x81\x80\x80\x80\x00" + b"\x00"
    return (b"\0asm\x01\0\0\0" + type_section + _custom(".debug_abbrev", abbrev)
            + _custom(".debug_info", info) + _custom(".debug_ranges", rng) + _custom(".debug_str", STRINGS)
            + _custom(".debug_line", line) + _custom("name", b"\x00"))


def _customs(wasm: bytes) -> dict[str, bytes]:
    out = {}
    for sid, start, end in wasmbin.sections(wasm):
        if sid == 0:
            name, data = wasmbin.custom_name(wasm, start)
            out[name] = wasm[data:end]
    return out


def test_adjacent_function_ranges_become_one_low_high_pair() -> None:
    wasm = _module([(0x10, 0x20), (0x20, 0x48)])
    out = dwarfmin.compact(wasm)
    secs = _customs(out)
    assert ".debug_str" not in secs and ".debug_ranges" not in secs
    assert secs[".debug_line"] == b"\x01\x02\x03" and "name" in secs
    info = secs[".debug_info"]
    length, version, _abbrev_off, addr = struct.unpack_from("<IHIB", info, 0)
    assert version == 4 and addr == 4 and length == len(info) - 4
    assert info[11] == 1  # the low/high form
    body = info[12:]
    assert body.startswith(b"tinypy-go\0") and b"main.go\0" in body and b"/src\0" in body
    assert b"main.main" not in info  # the subprogram is gone
    low, size = struct.unpack_from("<II", info, len(info) - 8)
    assert (low, size) == (0x10, 0x38)
    assert out[8:14] == wasm[8:14]  # the padded size of the type section is kept as it was


def test_a_gap_with_no_other_unit_in_it_is_merged() -> None:
    secs = _customs(dwarfmin.compact(_module([(0x30, 0x40), (0x10, 0x20)])))
    assert secs[".debug_info"][11] == 1 and ".debug_ranges" not in secs
    assert struct.unpack_from("<II", secs[".debug_info"], len(secs[".debug_info"]) - 8) == (0x10, 0x30)


def test_unknown_dwarf_leaves_the_module_unchanged() -> None:
    unknown_form = ABBREV.replace(bytes([0x13, 0x05]), bytes([0x13, 0x1F]), 1)
    for wasm in (_module([(0x10, 0x20)], version=5), _module([(0x10, 0x20)], abbrev=b"\0"),
                 _module([(0x10, 0x20)], abbrev=unknown_form)):
        assert dwarfmin.compact(wasm) is wasm
    no_dwarf = b"\0asm\x01\0\0\0" + _custom("name", b"\x00")
    assert dwarfmin.compact(no_dwarf) is no_dwarf


def test_a_gap_with_another_units_code_keeps_a_range_list_that_reads_back() -> None:
    a, b = dwarfmin._CompileUnit(), dwarfmin._CompileUnit()
    a.stmt_list, a.spans = 0, [(0, 10), (20, 30)]
    b.stmt_list, b.spans = 5, [(12, 18)]
    dwarfmin._merge([a, b])
    assert a.spans == [(0, 10), (20, 30)]
    info, abbrev, ranges = dwarfmin._encode([a, b])
    back = dwarfmin._units(info, abbrev, b"", ranges)
    assert [(u.stmt_list, u.spans) for u in back] == [(0, [(0, 10), (20, 30)]), (5, [(12, 18)])]
