"""Post-link size optimisation with binaryen (``wasm-opt -Oz`` in-process).

LLVM optimises one function at a time and wasm-ld only drops whole
sections; binaryen's module-level pipeline then shrinks the linked module
further (local coalescing, block/branch cleanup, duplicate functions,
memory packing): about 15% of the code of a fmt hello world.  It runs for
the size levels ``-opt=s`` (shrink level 1) and ``-opt=z`` (shrink level 2),
as TinyGo runs ``wasm-opt`` after linking.

binaryen comes from the ``icpp-binaryen`` wheel (``libbinaryen.so``), called
through ctypes.  Names are kept (debug info on), so the ``name`` section still
names every function; binaryen's extra data-segment names (one per segment
after memory packing splits the data) are dropped again (``strip_segment_names``).
Features are restricted to the target set so binaryen introduces nothing a
TinyGo-compatible host would reject.
"""

from __future__ import annotations

import ctypes
import functools
from pathlib import Path

from tinypy_go.backend import wasmbin

# binaryen feature bits (BinaryenFeature*): the wasip1 target set
_MUTABLE_GLOBALS, _TRUNC_SAT, _BULK_MEMORY, _SIGN_EXT = 1 << 1, 1 << 2, 1 << 4, 1 << 5
TARGET_FEATURES = _MUTABLE_GLOBALS | _TRUNC_SAT | _BULK_MEMORY | _SIGN_EXT

# -opt level -> (optimize level, shrink level), as wasm-opt -Os / -Oz
LEVELS = {"s": (2, 1), "z": (2, 2)}


class _WriteResult(ctypes.Structure):
    _fields_ = [("binary", ctypes.c_void_p), ("size", ctypes.c_size_t), ("source_map", ctypes.c_void_p)]


def binaryen_path() -> Path | None:
    """libbinaryen.so of the icpp-binaryen wheel, or None when it is missing.  Found
    without importing the package, whose ``__init__`` loads cffi and pycparser
    (60 ms of every build's start, for a path)."""
    import importlib.util

    spec = importlib.util.find_spec("icpp_binaryen")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(spec.submodule_search_locations[0]) / "lib" / "libbinaryen.so"
    return path if path.exists() else None


@functools.cache
def _lib() -> ctypes.CDLL | None:
    """libbinaryen through ctypes, or None when the wheel is missing."""
    path = binaryen_path()
    if path is None:
        return None
    lib = ctypes.CDLL(str(path))
    lib.BinaryenModuleRead.restype = ctypes.c_void_p
    lib.BinaryenModuleRead.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
    lib.BinaryenModuleSetFeatures.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    lib.BinaryenModuleGetFeatures.restype = ctypes.c_uint32
    lib.BinaryenModuleGetFeatures.argtypes = [ctypes.c_void_p]
    lib.BinaryenModuleOptimize.argtypes = [ctypes.c_void_p]
    lib.BinaryenModuleDispose.argtypes = [ctypes.c_void_p]
    lib.BinaryenModuleAllocateAndWrite.restype = _WriteResult
    lib.BinaryenModuleAllocateAndWrite.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.BinaryenSetDebugInfo.argtypes = [ctypes.c_bool]
    lib.BinaryenSetOptimizeLevel.argtypes = [ctypes.c_int]
    lib.BinaryenSetShrinkLevel.argtypes = [ctypes.c_int]
    return lib


def available() -> bool:
    return _lib() is not None


def wanted(opt: str) -> bool:
    """Whether -opt=opt runs the post-link optimiser."""
    return opt in LEVELS


def optimize_bytes(wasm: bytes, opt: str) -> bytes:
    """The module optimised at -opt=opt's binaryen levels (unchanged if binaryen is missing)."""
    lib = _lib()
    if lib is None or opt not in LEVELS:
        return wasm
    buf = ctypes.create_string_buffer(wasm, len(wasm))
    mod = lib.BinaryenModuleRead(buf, len(wasm))
    if not mod:
        return wasm
    try:
        lib.BinaryenModuleSetFeatures(mod, lib.BinaryenModuleGetFeatures(mod) & TARGET_FEATURES)
        level, shrink = LEVELS[opt]
        lib.BinaryenSetDebugInfo(True)  # keep function names
        lib.BinaryenSetOptimizeLevel(level)
        lib.BinaryenSetShrinkLevel(shrink)
        lib.BinaryenModuleOptimize(mod)
        res = lib.BinaryenModuleAllocateAndWrite(mod, None)
        try:
            out = ctypes.string_at(res.binary, res.size)
        finally:
            libc = ctypes.CDLL(None)
            libc.free.argtypes = [ctypes.c_void_p]
            libc.free(res.binary)
            if res.source_map:
                libc.free(res.source_map)
    finally:
        lib.BinaryenModuleDispose(mod)
    return strip_segment_names(out)


def optimize_file(path: Path, opt: str) -> None:
    """Optimise the linked module at path in place."""
    path = Path(path)
    data = path.read_bytes()
    out = optimize_bytes(data, opt)
    if out is not data:
        path.write_bytes(out)


# ---------------------------------------------------------------- name section


_DATA_SEGMENT_NAMES = 9


def strip_segment_names(wasm: bytes) -> bytes:
    """Drop the data-segment-names subsection of the name section (function, module
    and global names stay)."""
    out = bytearray(wasm[:8])
    for sid, start, end in wasmbin.sections(wasm):
        payload = wasm[start:end]
        name, first = wasmbin.custom_name(wasm, start) if sid == wasmbin.CUSTOM else ("", 0)
        if name == "name":
            payload = wasm[start:first] + b"".join(
                wasm[head:e] for kind, head, _body, e in wasmbin.subsections(wasm, start, end)
                if kind != _DATA_SEGMENT_NAMES)
        out.append(sid)
        out += wasmbin.enc_uleb(len(payload))
        out += payload
    return bytes(out)
