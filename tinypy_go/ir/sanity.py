"""Structural checks on built SSA functions (like go/ssa's sanity.go).

Run by the tests on every function of the corpus: a builder bug then shows
up as a precise message instead of as wrong wasm.
"""

from __future__ import annotations

from tinypy_go.ir import ssa
from tinypy_go.ir.generics import contains_type_param


class SanityError(Exception):
    pass


def check_function(fn: ssa.Function, generic_memo: dict[int, tuple[object, bool]] | None = None) -> None:
    """Raise SanityError describing every problem found in fn (``generic_memo``: id(type) ->
    (type, mentions a type parameter), shared by check_program: most registers of a program
    have one of a few hundred types, and walking them again was half of the check's time)."""
    problems: list[str] = []
    memo = {} if generic_memo is None else generic_memo

    def generic(t: object) -> bool:
        hit = memo.get(id(t))
        if hit is None:
            hit = memo[id(t)] = (t, contains_type_param(t))  # the type is kept: its id stays unique
        return hit[1]

    def err(block: ssa.BasicBlock | None, msg: str) -> None:
        where = f"block {block.index}" if block is not None else "function"
        problems.append(f"{fn.name}: {where}: {msg}")

    if fn.is_external:
        if fn.locals:
            err(None, "external function has locals")
        return
    blocks = set(map(id, fn.blocks))
    defined: set[int] = set()
    names: set[str] = set()
    for i, b in enumerate(fn.blocks):
        if b.index != i:
            err(b, f"index {b.index} != position {i}")
        if b.parent is not fn:
            err(b, "parent is another function")
        if not b.instrs:
            err(b, "empty block")
            continue
        for p in b.preds:
            if id(p) not in blocks:
                err(b, "predecessor not in function")
            elif b not in p.succs:
                err(b, f"pred {p.index} does not list it as a successor")
        for s in b.succs:
            if id(s) not in blocks:
                err(b, "successor not in function")
            elif b not in s.preds:
                err(b, f"succ {s.index} does not list it as a predecessor")
        last = b.instrs[-1]
        if not isinstance(last, ssa.TERMINATORS):
            err(b, f"does not end in a control instruction ({type(last).__name__})")
        want_succs = {ssa.Jump: 1, ssa.If: 2}.get(type(last), 0)
        if len(b.succs) != want_succs:
            err(b, f"{type(last).__name__} with {len(b.succs)} successors")
        seen_non_phi = False
        for j, instr in enumerate(b.instrs):
            if instr.block is not b:
                err(b, f"instruction {j} ({type(instr).__name__}) has wrong block")
            if j < len(b.instrs) - 1 and isinstance(instr, ssa.TERMINATORS):
                err(b, f"control instruction {type(instr).__name__} not at end")
            if isinstance(instr, ssa.Phi):
                if seen_non_phi:
                    err(b, "phi after non-phi")
                if len(instr.edges) != len(b.preds):
                    err(b, f"phi has {len(instr.edges)} edges for {len(b.preds)} preds")
            else:
                seen_non_phi = True
            if isinstance(instr, ssa.ValueInstr):
                if generic(instr.type):
                    err(b, f"{type(instr).__name__} {instr.name} has a type parameter in its type {instr.type}")
                if not instr.name:
                    err(b, f"unnamed {type(instr).__name__}")
                elif instr.name in names:
                    err(b, f"register {instr.name} defined twice")
                names.add(instr.name)
                defined.add(id(instr))
            for op in instr.operands():
                if op is None:
                    err(b, f"{type(instr).__name__} has a nil operand")
                elif isinstance(op, ssa.Parameter) and op.parent is not fn:
                    err(b, f"uses parameter {op.name} of another function")
                elif isinstance(op, ssa.FreeVar) and op.parent is not fn:
                    err(b, f"uses free variable {op.name} of another function")
                elif isinstance(op, ssa.ValueInstr) and op.block is not None and op.block.parent is not fn:
                    err(b, f"uses register {op.name} of another function")
    for a in fn.locals:
        if a.heap:
            err(None, f"local {a.name} marked heap")
    for p in fn.params:
        if p.parent is not fn:
            err(None, f"parameter {p.name} has wrong parent")
    for anon in fn.anon_funcs:
        if anon.parent is not fn:
            err(None, f"anonymous function {anon.name} has wrong parent")
    if problems:
        raise SanityError("\n".join(problems))


def check_program(prog: ssa.Program) -> int:
    """Check every function; return how many were checked."""
    n = 0
    memo: dict[int, tuple[object, bool]] = {}
    for fn in prog.all_functions():
        check_function(fn, memo)
        n += 1
    return n
