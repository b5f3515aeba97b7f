"""Post-link step: binaryen's asyncify pass, for programs that switch goroutines.

The runtime's task switch (``runtime/task_asyncify.go`` and the raw IR of
``backend/goroutines.py``) calls the ``asyncify.start_unwind`` /
``stop_unwind`` / ``start_rewind`` / ``stop_rewind`` intrinsics.  wasm-ld leaves
them as imports of module ``asyncify``; binaryen's pass replaces them and
instruments every function that may reach ``start_unwind`` (directly or through
an indirect call) so that it can save its locals and return, and later resume.

The pass runs only when the linked module imports from ``asyncify``, i.e. when
the scheduler was linked in: programs without goroutines are not touched, so
their size and code stay exactly as before.  libbinaryen comes from the
``icpp-binaryen`` wheel and is driven through ctypes.
"""

from __future__ import annotations

import ctypes
import functools
import os
import re
import tempfile
from pathlib import Path

from tinypy_go.backend import wasmbin

ASYNCIFY_MODULE = "asyncify"


_FEATURES = ("BinaryenFeatureMutableGlobals", "BinaryenFeatureNontrappingFPToInt", "BinaryenFeatureSignExt",
             "BinaryenFeatureBulkMemory")
_PASS_EXPORTS = (b"asyncify_start_unwind", b"asyncify_stop_unwind", b"asyncify_start_rewind",
                 b"asyncify_stop_rewind", b"asyncify_get_state")


class _WriteResult(ctypes.Structure):
    _fields_ = [("binary", ctypes.c_void_p), ("binaryBytes", ctypes.c_size_t), ("sourceMap", ctypes.c_void_p)]


@functools.cache
def _lib() -> ctypes.CDLL:
    from tinypy_go.backend.wasmopt import binaryen_path

    path = binaryen_path()
    if path is None:
        raise RuntimeError("asyncify: libbinaryen.so of the icpp-binaryen package is missing")
    lib = ctypes.CDLL(str(path))
    lib.BinaryenModuleRead.restype = ctypes.c_void_p
    lib.BinaryenModuleRead.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
    lib.BinaryenModuleDispose.argtypes = [ctypes.c_void_p]
    for f in _FEATURES:
        getattr(lib, f).restype = ctypes.c_uint32
    lib.BinaryenRemoveExport.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.BinaryenModuleSetFeatures.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    lib.BinaryenSetPassArgument.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    lib.BinaryenModuleRunPasses.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_uint32]
    lib.BinaryenModuleAllocateAndWrite.restype = _WriteResult
    lib.BinaryenModuleAllocateAndWrite.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.BinaryenSetOptimizeLevel.argtypes = [ctypes.c_int]
    lib.BinaryenSetShrinkLevel.argtypes = [ctypes.c_int]
    lib.BinaryenSetDebugInfo.argtypes = [ctypes.c_bool]
    return lib


def needs_asyncify(path: Path) -> bool:
    return ASYNCIFY_MODULE in wasmbin.import_modules(path.read_bytes())


def function_names(data: bytes) -> set[str]:
    """Function names from the name section of a wasm binary."""
    return set(wasmbin.function_names(data).values())


def _list_names(removable: set[str], present: set[str]) -> set[str]:
    """The remove-list: names present in the module (binaryen warns about the others),
    without ',' (its list separator).  '*' is a wildcard in binaryen's lists: a name
    like ``(*T).M`` is kept only when, read as a pattern, it matches no function that
    must stay instrumented."""
    names = {n for n in removable & present if "," not in n}
    starred = [n for n in names if "*" in n]
    if starred:
        keep = [n for n in present if n not in names]
        for n in starred:
            rx = re.compile(".*".join(re.escape(part) for part in n.split("*")) + r"\Z", re.DOTALL)
            if any(rx.match(k) for k in keep):
                names.discard(n)
    return names


def removable(may_block: tuple[set[str], set[str]] | None) -> set[str] | None:
    """Functions that never switch tasks (``goroutines.SchedPlan.may_block``), or None
    to let binaryen decide for every function."""
    if may_block is None:
        return None
    blocking, analysed = may_block
    return analysed - blocking


def run(path: Path, opt: str, removable: set[str] | None = None) -> None:
    """Run the asyncify pass over the wasm file at path, in place.  Functions named in
    removable are not instrumented (asyncify's remove-list)."""
    lib = _lib()
    data = path.read_bytes()
    listfile = None
    if removable:
        names = sorted(_list_names(removable, function_names(data)))
        if names:
            listfile = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8")
            listfile.write(",".join(names))
            listfile.close()
    mod = lib.BinaryenModuleRead(data, len(data))
    if not mod:
        raise RuntimeError("binaryen could not read the linked module")
    try:
        features = 0
        for f in _FEATURES:  # the target's features (objfile.py), so the output declares only those
            features |= getattr(lib, f)()
        lib.BinaryenModuleSetFeatures(mod, features)
        # Only the runtime's own intrinsics unwind: no WASI import ever does.
        lib.BinaryenSetPassArgument(b"asyncify-imports", b"asyncify.start_unwind")
        lib.BinaryenSetPassArgument(b"asyncify-removelist",
                                    ("@" + listfile.name).encode() if listfile is not None else None)
        level = 0 if opt == "0" else 2
        lib.BinaryenSetOptimizeLevel(level)
        lib.BinaryenSetShrinkLevel(2 if opt in ("s", "z") else 0)
        lib.BinaryenSetDebugInfo(True)  # keep the name section
        passes = (ctypes.c_char_p * 1)(b"asyncify")
        lib.BinaryenModuleRunPasses(mod, passes, 1)
        for name in _PASS_EXPORTS:  # the pass exports its intrinsics for JS hosts: not needed
            lib.BinaryenRemoveExport(mod, name)
        res = lib.BinaryenModuleAllocateAndWrite(mod, None)
        try:
            out = ctypes.string_at(res.binary, res.binaryBytes)
        finally:
            ctypes.CDLL(None).free(ctypes.c_void_p(res.binary))
    finally:
        lib.BinaryenModuleDispose(mod)
        if listfile is not None:
            os.unlink(listfile.name)
    path.write_bytes(out)
