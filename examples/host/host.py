"""A Python host for examples/host: greet a name through linear memory.

    tinypy build -buildmode=c-shared -o host.wasm examples/host/main.go
    python examples/host/host.py host.wasm [ROUNDS]

tinypy_go.host copies the name in with the module's malloc, calls greet and
reads the greeting it returns (mem.Pack of mem.StringToLeakedPtr), freeing
both buffers. Prints the first greeting, then the linear memory size after
each tenth of the rounds: with the conservative collector it stays constant
once the first collections have run.
"""

from __future__ import annotations

import sys

from tinypy_go.host import Module


class Greeter:
    """One instance of the module."""

    def __init__(self, wasm_path: str):
        self.module = Module(wasm_path)

    def memory_size(self) -> int:
        return self.module.memory_size()

    def greet(self, name: str) -> str:
        return self.module.call("greet", name, result=str)


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
