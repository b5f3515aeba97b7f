"""Locals too big for the wasm shadow stack live on the heap.

The shadow stack is 64 KiB (``backend/link.py``, as TinyGo), so a single local
such as ``var sieve [100000]bool`` overflows it and the program faults. Go grows
its stacks; TinyGo allocates every variable on the heap and only moves small
ones (``maxStackAlloc``) to the stack. The same limit applies here: after escape
analysis (``ir/escape.py``), a stack ``Alloc`` of more than ``MAX_STACK_OBJECT``
bytes becomes a heap ``Alloc`` (``runtime.alloc`` returns zeroed memory each
time it runs, as the stack slot is zeroed each time).
"""

from __future__ import annotations

from tinypy_go.ir import ssa
from tinypy_go.ir.escape import MAX_STACK_OBJECT, _small, too_big


def heap_big_locals(prog: ssa.Program) -> int:
    """Mark stack Allocs larger than MAX_STACK_OBJECT as heap; returns how many."""
    return sum(heap_big_locals_of(fn) for fn in list(prog.all_functions()))


def heap_big_locals_of(fn: ssa.Function) -> int:
    """The pass over one function: also run on bodies the backend builds after the
    whole-program passes (none should be, but a big local must never reach LLVM)."""
    n = 0
    for b in fn.blocks:
        for i in b.instrs:
            if type(i) is ssa.Alloc and not i.heap and not _small(i.elem):
                i.heap = True
                i.heap_why = too_big(i.elem)
                n += 1
    if n:
        fn.locals = [a for a in fn.locals if not a.heap]  # Function.locals: stack Allocs only
    return n


__all__ = ["MAX_STACK_OBJECT", "heap_big_locals", "heap_big_locals_of"]
