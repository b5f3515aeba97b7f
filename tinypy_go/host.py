"""A small Python host for tinypy-go modules, on wasmtime.

It instantiates a module (a reactor built with ``-buildmode=c-shared``, whose
``_initialize`` it calls, or a command, whose ``_start`` it does not run) and
calls its exports with Python values: ``int`` and ``float`` pass as they are,
``str`` and ``bytes`` are copied into memory from the module's ``malloc`` and
passed as two parameters ``(ptr, size)`` (``mem.PtrToString`` in Go), and are
freed when the call returns. A string result is read as Go's
``mem.Pack(mem.StringToLeakedPtr(s))`` returns it (``ptr<<32 | size`` of
memory from ``malloc``), then freed with the exported ``free``::

    from tinypy_go.host import Module

    m = Module("lib.wasm")
    m.call("greet", "gopher", result=str)   # 'Hello, gopher!'

This module is for hosts (tests, scripts); the compiler does not use it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import wasmtime

_U64 = 0xFFFF_FFFF_FFFF_FFFF


class Module:
    """One instance of a module, with its memory and exports."""

    def __init__(self, wasm: str | Path | bytes, *, wasi: wasmtime.WasiConfig | None = None,
                 initialize: bool = True, inherit_stdio: bool = True):
        self.engine = wasmtime.Engine()
        self.store = wasmtime.Store(self.engine)
        if wasi is None:
            wasi = wasmtime.WasiConfig()
            if inherit_stdio:  # println and a panic's message reach the host's stdout/stderr
                wasi.inherit_stdout()
                wasi.inherit_stderr()
        self.store.set_wasi(wasi)
        linker = wasmtime.Linker(self.engine)
        linker.define_wasi()
        self.module = (wasmtime.Module(self.engine, wasm) if isinstance(wasm, bytes)
                       else wasmtime.Module.from_file(self.engine, str(wasm)))
        self.instance = linker.instantiate(self.store, self.module)
        self.exports = self.instance.exports(self.store)
        self.memory: wasmtime.Memory = self.exports["memory"]
        if initialize and "_initialize" in self.exports:
            self.exports["_initialize"](self.store)

    def export_names(self) -> list[str]:
        return [e.name for e in self.module.exports]

    def memory_size(self) -> int:
        """The size of linear memory in bytes (it only grows)."""
        return self.memory.data_len(self.store)

    def malloc(self, data: bytes) -> int:
        """Copy data into memory from the module's malloc; the caller frees it."""
        ptr = self.exports["malloc"](self.store, max(len(data), 1))
        if data:
            self.memory.write(self.store, data, ptr)
        return ptr

    def free(self, ptr: int) -> None:
        self.exports["free"](self.store, ptr)

    def read(self, ptr: int, size: int) -> bytes:
        return self.memory.read(self.store, ptr, ptr + size) if size else b""

    def call(self, name: str, *args: Any, result: type | None = None) -> Any:
        """Call export name. str/bytes arguments become (ptr, size) pairs of memory
        from malloc, freed after the call. With result=str or bytes, the export's
        uint64 result is ``ptr<<32 | size`` of memory from malloc (mem.Pack of
        mem.StringToLeakedPtr), read and then freed; else the raw result."""
        raw: list[Any] = []
        owned: list[int] = []
        try:
            for a in args:
                if isinstance(a, str | bytes):
                    data = a.encode() if isinstance(a, str) else a
                    ptr = self.malloc(data)
                    owned.append(ptr)
                    raw += [ptr, len(data)]
                else:
                    raw.append(a)
            got = self.exports[name](self.store, *raw)
        finally:
            for ptr in owned:
                self.free(ptr)
        if result is None:
            return got
        packed = got & _U64
        ptr, size = packed >> 32, packed & 0xFFFF_FFFF
        data = self.read(ptr, size)
        if ptr:
            self.free(ptr)
        return data.decode() if result is str else data
