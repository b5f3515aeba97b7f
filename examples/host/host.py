"""A Python host for examples/host: malloc, write a name, greet, read, free.

    tinypy build -o host.wasm examples/host/main.go
    python examples/host/host.py host.wasm [ROUNDS]

Prints the first greeting, then the linear memory size after each tenth of
the rounds: with the conservative collector it stays constant once the
first collections have run.
"""

from __future__ import annotations

import sys

import wasmtime


class Greeter:
    """One instance of the module and its exports."""

    def __init__(self, wasm_path: str):
        engine = wasmtime.Engine()
        self.store = wasmtime.Store(engine)
        linker = wasmtime.Linker(engine)
        linker.define_wasi()
        self.store.set_wasi(wasmtime.WasiConfig())
        inst = linker.instantiate(self.store, wasmtime.Module.from_file(engine, wasm_path))
        ex = inst.exports(self.store)
        self.memory: wasmtime.Memory = ex["memory"]
        self._malloc, self._free, self._greet = ex["malloc"], ex["free"], ex["greet"]

    def memory_size(self) -> int:
        return self.memory.data_len(self.store)

    def greet(self, name: str) -> str:
        data = name.encode()
        ptr = self._malloc(self.store, len(data))
        self.memory.write(self.store, data, ptr)
        packed = self._greet(self.store, ptr, len(data)) & 0xFFFF_FFFF_FFFF_FFFF
        gptr, glen = packed >> 32, packed & 0xFFFF_FFFF
        greeting = self.memory.read(self.store, gptr, gptr + glen).decode()
        self._free(self.store, ptr)
        self._free(self.store, gptr)
        return greeting


def main(argv: list[str]) -> int:
    g = Greeter(argv[1])
    rounds = int(argv[2]) if len(argv) > 2 else 100_000
    print(g.greet("gopher"))
    for i in range(rounds):
        name = f"gopher number {i}"
        got = g.greet(name)
        if got != f"Hello, {name}!":
            print(f"round {i}: got {got!r}", file=sys.stderr)
            return 1
        if (i + 1) % max(rounds // 10, 1) == 0:
            print(f"after {i + 1} rounds: memory {g.memory_size()} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
