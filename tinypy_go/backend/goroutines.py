"""Goroutine support in the backend: scheduler selection and task switching.

**When the scheduler is linked in.**  ``decide`` looks at the functions
reachable from the roots (``ir/reach.py``) before any code is generated:
the program needs the scheduler when it reaches ``runtime.spawn`` (a ``go``
statement), a runtime timer (``runtime.newTimer``: time.NewTimer, After,
Ticker, AfterFunc) or a coroutine (``runtime.newcoro``: iter.Pull), the
runtime's ``//tinypy:schedroot`` functions.  Only then does
``ModuleGen.func_ref`` redirect the runtime functions marked
``//tinypy:sched NAME`` to their ``*Sched`` versions (``runtime/task_asyncify.go``,
``timers_sched.go``, ``gc_sched.go``): ``_start`` runs main as a goroutine
under the scheduler loop, ``park`` switches tasks instead of reporting a
deadlock, semaphores and sync.Cond park, time.Sleep parks on the timer
queue, and the collector scans every goroutine's roots.  A program without
goroutines gets none of this: its code is exactly what it was, and no
asyncify pass runs (``backend/asyncify.py`` runs only when the linked module
imports ``asyncify.*``, which only the task switch below does).

A redirect is not applied inside its own target, so ``collectSched`` can
call ``collect`` and ``timeSleepSched`` can fall back to ``timeSleep``.

**What asyncify instruments.**  By default binaryen instruments every function
that may reach ``start_unwind``, counting every indirect call as such: in a
program using fmt that is nearly all code (+45% size, seconds of build time).
``may_block`` computes the functions that can really reach a task switch from
the SSA call graph (conservatively for interface and func-value calls), and
``backend/asyncify.py`` passes all the others as asyncify's remove-list
(+2-3% size).  ``TINYPY_ASYNCIFY_ALL=1`` turns this off, to rule it out when
a goroutine program misbehaves.

**Task switching** is three functions of raw IR (no GC frame, no panic
checks, as TinyGo writes them in assembly), on ``runtime.taskState``
``{fn func(), dataCur, dataEnd}``:

* ``taskLaunch(s)``: switch ``__stack_pointer`` to ``s.dataEnd`` (the top of
  the goroutine's stack block), call ``s.fn``, then ``asyncify.stop_unwind``
  (the goroutine either returned or unwound) and switch back;
* ``taskRewind(s)``: the same, but start rewinding with the asyncify data
  at ``&s.dataCur`` first, so calling ``s.fn`` re-enters the saved frames;
* ``taskUnwind(s)``: when rewinding, stop rewinding and return (the
  goroutine continues); otherwise save the stack pointer in ``s.dataEnd``
  (the end of the asyncify data area) and start unwinding.

binaryen treats functions calling ``stop_unwind``/``start_rewind`` as the
bottom-most runtime (not instrumented) and the one calling ``start_unwind``
/``stop_rewind`` as the top-most (not instrumented either, so the flag test
in taskUnwind runs on rewind).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.errors import CompileError, Diagnostic
from tinypy_go.ir import ssa
from tinypy_go.ir.runtimehints import hinted, targets


@dataclass(slots=True)
class SchedPlan:
    """What ``decide`` found: the calls redirected to the scheduler's versions, whether
    the scheduler runs, and the link names of the recursive functions among those
    that may block (their stack checks ask for more room); ``may_block``'s (link names
    that may switch tasks, link names analysed) for asyncify's remove-list, None to
    let binaryen decide for every function (``backend/asyncify.py``)."""

    redirects: dict[str, ssa.Function] = field(default_factory=dict)
    on: bool = False
    recursive: set[str] = field(default_factory=set)
    may_block: tuple[set[str], set[str]] | None = None


def decide(mg: Any, roots: list[ssa.Function]) -> SchedPlan:
    """The scheduler plan of the program reached from roots; a go statement with
    ``-scheduler=none`` is a compile error at its position."""
    from tinypy_go.ir.reach import reachable

    plan = SchedPlan()
    found = None
    chans = False
    rt = mg.prog.packages["runtime"]
    # -target=wasm: time.Sleep must give the thread back to JavaScript, so it parks too
    # (the runtime's //tinypy: hints: ir/runtimehints.py)
    js = "runtime.goScheduler" in rt.functions
    sched_roots = hinted(mg.prog, "schedroot", "") | (hinted(mg.prog, "schedroot", "js") if js else frozenset())
    chan_roots = hinted(mg.prog, "chanroot")
    for fn in reachable(mg.prog, roots):
        if fn.name in sched_roots and found is None:
            found = fn.name
        chans = chans or fn.name in chan_roots
    if chans:  # reflect's channel hooks: stubs while no channel can exist
        for src, dst in targets(mg.prog, "chans").items():
            if src in rt.functions and dst in rt.functions:
                plan.redirects[src] = rt.functions[dst]
    if found is None:
        return plan
    scheduler = getattr(mg.config, "scheduler", "asyncify") if mg.config is not None else "asyncify"
    if scheduler == "none":
        if found == "runtime.spawn":
            raise _go_error(mg, roots)
        return plan  # timers and coroutines panic at run time ("not supported yet")
    plan.on = True
    for src, dst in targets(mg.prog, "sched").items():
        if src in rt.functions and dst in rt.functions:
            plan.redirects[src] = rt.functions[dst]
    graph = _CallGraph(mg, roots, plan.redirects)
    plan.recursive = {mg.link_name(graph.by_id[i]) for i in recursive(graph)}
    if os.environ.get("TINYPY_ASYNCIFY_ALL") != "1":  # 1: instrument everything binaryen would
        plan.may_block = may_block(graph)
    return plan


def _go_error(mg: Any, roots: list[ssa.Function]) -> CompileError:
    """The first go statement (a call of runtime.spawn) reachable from the roots."""
    from tinypy_go.ir.reach import reachable

    for fn in reachable(mg.prog, roots):
        if fn.pkg is not None and fn.pkg.path == "runtime":
            continue
        for b in fn.blocks:
            for instr in b.instrs:
                if isinstance(instr, ssa.Call) and isinstance(instr.call.value, ssa.Function) \
                        and instr.call.value.name == "runtime.spawn":
                    return CompileError([Diagnostic(mg.fset.position(instr.pos),
                                                    "attempted to start a goroutine without a scheduler")])
    return CompileError([Diagnostic(mg.fset.position(0), "attempted to start a goroutine without a scheduler")])


def redirect(mg: Any, fn: ssa.Function) -> ssa.Function:
    """fn, or its scheduler version (not inside that version itself)."""
    target = mg.sched.redirects.get(fn.name)
    if target is None or mg.current_fn is target:
        return fn
    return target


_TASK_IR = """
@"runtime.taskRewinding" = internal global i8 0

declare void @"asyncify.start_unwind"(ptr) #{a}
declare void @"asyncify.stop_unwind"() #{b}
declare void @"asyncify.start_rewind"(ptr) #{c}
declare void @"asyncify.stop_rewind"() #{d}
define internal void @"runtime.taskLaunch"(ptr %s, ptr %context) noinline {{
entry:
  %old = load volatile ptr, ptr addrspace(1) @__stack_pointer
  %endp = getelementptr inbounds i8, ptr %s, i32 8
  %csp = load ptr, ptr %endp
  store volatile ptr %csp, ptr addrspace(1) @__stack_pointer
  %fv = load ptr, ptr %s
  %fn = load ptr, ptr %fv
  call void %fn(ptr %fv)
  call void @"asyncify.stop_unwind"()
  store volatile ptr %old, ptr addrspace(1) @__stack_pointer
  ret void
}}

define internal void @"runtime.taskRewind"(ptr %s, ptr %context) noinline {{
entry:
  %old = load volatile ptr, ptr addrspace(1) @__stack_pointer
  %endp = getelementptr inbounds i8, ptr %s, i32 8
  %csp = load ptr, ptr %endp
  store volatile ptr %csp, ptr addrspace(1) @__stack_pointer
  store volatile i8 1, ptr @"runtime.taskRewinding"
  %data = getelementptr inbounds i8, ptr %s, i32 4
  call void @"asyncify.start_rewind"(ptr %data)
  %fv = load ptr, ptr %s
  %fn = load ptr, ptr %fv
  call void %fn(ptr %fv)
  call void @"asyncify.stop_unwind"()
  store volatile ptr %old, ptr addrspace(1) @__stack_pointer
  ret void
}}

define internal void @"runtime.taskUnwind"(ptr %s, ptr %context) noinline {{
entry:
  %r = load volatile i8, ptr @"runtime.taskRewinding"
  %isr = icmp ne i8 %r, 0
  br i1 %isr, label %rewinding, label %unwinding
rewinding:
  store volatile i8 0, ptr @"runtime.taskRewinding"
  call void @"asyncify.stop_rewind"()
  ret void
unwinding:
  %sp = load volatile ptr, ptr addrspace(1) @__stack_pointer
  %endp = getelementptr inbounds i8, ptr %s, i32 8
  store ptr %sp, ptr %endp
  %data = getelementptr inbounds i8, ptr %s, i32 4
  call void @"asyncify.start_unwind"(ptr %data)
  ret void
}}
"""


STACK_POINTER = "@__stack_pointer = external addrspace(1) global ptr"

# A frame's size is estimated from its allocas; allocas the estimate does not size
# (iterators, map temporaries, closure bindings) count this much each.
_SMALL_ALLOCA = 64
# Frames from this size on are checked in any function; the chain of smaller frames of
# non-recursive functions called from a recursive one must fit in _ACYCLIC_ROOM.
_BIG_FRAME = 512
_ACYCLIC_ROOM = 4096


def stack_check(fg: Any) -> list[str]:
    """The entry block's tail, after the allocas, in a program with goroutines:
    when the function's frame would reach below ``runtime.stackLimit`` (the running
    goroutine's stack block; 0 on the scheduler's stack), call
    ``runtime.stackOverflow``, which prints Go's message and exits 2.

    A goroutine's linear-memory stack is a fixed heap block; without the check a
    deep recursion silently overwrites whatever lies below it.  Only functions with
    allocas get the check (a frame on the linear-memory stack needs one); the wasm
    call stack itself is bounded by the host, whose trap ``tinypy run`` reports the
    same way.

    Unbounded growth needs a cycle of calls, so the functions checked are those
    of the call graph's cycles (``recursive``, with interface and func-value calls
    counted conservatively) and those whose own frame is big; a recursive function
    also asks for ``_ACYCLIC_ROOM`` more, for the unchecked callees below it.
    Returns [] for functions that need no check."""
    allocas = [ln for ln in fg.entry_allocas if " = alloca " in ln]
    if not allocas or fg.fn is None or "nostackcheck" in fg.fn.hints:
        return []
    mg = fg.mg
    frame = fg.frame_bytes + _SMALL_ALLOCA * max(0, len(allocas) - fg.sized_allocas)
    if mg.link_name(fg.fn) in mg.sched.recursive:
        frame += _ACYCLIC_ROOM
    elif frame < _BIG_FRAME:
        return []
    rt = mg.prog.packages["runtime"]
    mg.decls["__stack_pointer"] = STACK_POINTER
    limit = mg.global_ref(rt.globals["runtime.stackLimit"])
    handler = mg.func_ref(rt.functions["runtime.stackOverflow"])
    return [
        "  %stk.sp = load volatile ptr, ptr addrspace(1) @__stack_pointer",
        "  %stk.spi = ptrtoint ptr %stk.sp to i32",
        f"  %stk.lim = load i32, ptr {limit}",
        f"  %stk.need = add i32 %stk.lim, {frame}",
        "  %stk.bad = icmp ult i32 %stk.spi, %stk.need",
        "  br i1 %stk.bad, label %stk.over, label %b0, !prof !{!\"branch_weights\", i32 1, i32 1048575}",
        "stk.over:",
        f"  call void {handler}(ptr undef)",
        "  unreachable",
    ]



def finish(mg: Any) -> str:
    """The task-switch IR, when the program uses it."""
    if not (hinted(mg.prog, "intrinsic", "task") & mg.intrinsics_used):
        return ""
    mg.decls["__stack_pointer"] = STACK_POINTER
    groups = {}
    for key, name in (("a", "start_unwind"), ("b", "stop_unwind"), ("c", "start_rewind"), ("d", "stop_rewind")):
        groups[key] = mg.attr_group(f'"wasm-import-module"="asyncify" "wasm-import-name"="{name}"')
    return _TASK_IR.format(**groups)


# ---------------------------------------------------------------- which functions may switch tasks

# Function-value calls and calls into functions the analysis cannot see into.
_ANY_DYNAMIC = "<dynamic call>"


class _CallGraph:
    """The SSA call graph of the reachable functions, backwards: for each callee key
    (a function's id, ``("method", name)``, ``("dyn", signature)`` or ``_ANY_DYNAMIC``)
    the ids of the functions calling it.  Interface and func-value calls are
    conservative, as ``may_block`` describes."""

    __slots__ = ("fns", "by_id", "callers", "dyn_keys", "stub", "blocking", "link_name")

    def __init__(self, mg: Any, roots: list[ssa.Function], redirects: dict[str, ssa.Function]) -> None:
        from tinypy_go.backend.runtimerefs import called_by_name
        from tinypy_go.ir.reach import reachable

        prog = mg.prog
        # the backend's own calls of runtime helpers (bounds panics, allocation, ...) have
        # no SSA reference: they are roots, as in ir/reach's build (pipeline.py)
        fns = list(reachable(prog, [*roots, *called_by_name(prog)]))
        callers: dict[Any, set[int]] = {}  # callee key -> ids of calling functions
        by_id = {id(fn): fn for fn in fns}
        addr_taken: set[int] = set()
        methods: dict[str, list[int]] = {}

        def edge(key: Any, caller: ssa.Function) -> None:
            callers.setdefault(key, set()).add(id(caller))

        def target(f: ssa.Function) -> ssa.Function:
            t = prog.link_target(f) if f.bodyless else None
            f = t or f
            return redirects.get(f.name, f)

        blocking: set[int] = set()
        dyn_keys: dict[int, list[Any]] = {}  # addr-taken function -> its func-value signature keys
        for fn in fns:
            is_method = fn.signature is not None and fn.signature.recv is not None
            if is_method:
                name = fn.obj.name if fn.obj is not None else fn.name.rsplit(".", 1)[-1]
                methods.setdefault(name, []).append(id(fn))
                addr_taken.add(id(fn))  # method expressions, reflect
            if fn.defer_head is not None:
                edge(id(target(mg.runtime_func("runtime.runDefers"))), fn)
            # panic(v) is lowered to a call of panicBegin (recover's unwinding mode: the value
            # is printed by fatalpanic at the top, after this frame is gone) or of _panic
            # (prints it here, through its Error or String method: backend/panics.py)
            panic_fn = id(target(mg.runtime_func("runtime.panicBegin" if mg.unwind else "runtime._panic")))
            # closures made only to start a goroutine are called by the scheduler, not by Go code
            spawned = {id(a) for b in fn.blocks for i in b.instrs if type(i) is ssa.Call
                       and isinstance(i.call.value, ssa.Function) and i.call.value.name in _SPAWNERS
                       for a in i.call.args}
            for b in fn.blocks:
                for instr in b.instrs:
                    k = type(instr)
                    if k is ssa.Panic:
                        edge(panic_fn, fn)
                        continue
                    call = instr.call if k in (ssa.Call, ssa.CallInstr) else None
                    if id(instr) not in spawned:
                        for op in instr.operands():
                            if isinstance(op, ssa.Function) and (call is None or op is not call.value) \
                                    and id(op) not in spawned:
                                addr_taken.add(id(target(op)))
                    if call is None:
                        continue
                    if call.method is not None:
                        edge(("method", call.method.name), fn)
                        continue
                    v = call.value
                    if isinstance(v, ssa.Builtin):
                        continue
                    if not isinstance(v, ssa.Function):
                        edge(("dyn", _sig_key(LT.underlying(v.type))), fn)
                        continue
                    t = target(v)
                    if t.name == "runtime.taskUnwind":
                        blocking.add(id(fn))
                    elif t.name in ("runtime.callMain", "runtime.initAll"):  # bodies made by codegen.synthesize
                        for init in _synthesized_callees(prog, t.name):
                            edge(id(init), fn)
                    elif t.bodyless and t.wasm_import is None and t.pkg is not None and t.pkg.path == "runtime" \
                            and t.hints.get("intrinsic") not in ("plain", "task"):  # lowered to instructions
                        edge(_ANY_DYNAMIC, fn)
                    else:
                        edge(id(t), fn)
        for i in addr_taken:
            f = by_id.get(i)
            if f is None or f.signature is None:
                continue
            keys = [("dyn", _sig_key(f.signature))]
            if f.signature.recv is not None:  # as a method expression: the receiver comes first
                keys.append(("dyn", _sig_key(f.signature, f.signature.recv)))
            dyn_keys[i] = keys
        # a func made by reflect.MakeFunc or a reflect method value has a trampoline
        # (backend/makefunc.py) calling reflectStubCall as its code: any func value may be one
        stub = next((id(fn) for fn in fns if fn.name == "runtime.reflectStubCall"), None)
        self.fns, self.by_id, self.callers, self.dyn_keys = fns, by_id, callers, dyn_keys
        self.stub, self.blocking, self.link_name = stub, blocking, mg.link_name

    def keys(self, f: int, with_any: bool = True) -> list[Any]:
        """The callee keys under which a call may reach function f."""
        keys: list[Any] = [f]
        if f in self.dyn_keys:
            keys.extend(self.dyn_keys[f])
            if with_any:
                keys.append(_ANY_DYNAMIC)
        if f == self.stub:
            keys.extend(k for k in self.callers if isinstance(k, tuple) and k[0] == "dyn")
        fo = self.by_id.get(f)
        if fo is not None and fo.signature is not None and fo.signature.recv is not None:
            keys.append(("method", fo.obj.name if fo.obj is not None else fo.name.rsplit(".", 1)[-1]))
        return keys


def may_block(g: _CallGraph) -> tuple[set[str], set[str]]:
    """Link names of the SSA functions that may reach a task switch (``taskUnwind``),
    and of all the functions with a body that were analysed.

    Only these need asyncify's instrumentation; ``backend/asyncify.py`` passes
    the others as its remove-list, which keeps most of the program (fmt,
    strconv, reflect...) as it was.  The analysis is conservative: an
    interface call may reach every method of that name, a call of a func
    value may reach every function whose address is taken (closures, method
    values, functions used as values) with the same LLVM signature, except
    closures made only to start a goroutine (the scheduler calls those), a panic calls
    the runtime function its lowering calls (``runtime._panic`` prints the value through
    its Error or String method; in recover's unwinding mode ``fatalpanic`` does, at the
    top), and a body-less function other than a wasm import or a plain
    intrinsic counts as a dynamic call.  Functions the backend creates
    itself (interface dispatchers, type functions) are not in the SSA: they
    are left to binaryen's own analysis.
    """
    blocking = set(g.blocking)
    work = list(blocking)
    any_done = False
    done_keys: set[Any] = set()
    while work:
        f = work.pop()
        keys = g.keys(f, with_any=not any_done)
        any_done = any_done or f in g.dyn_keys
        for key in keys:
            if key in done_keys:
                continue
            if not isinstance(key, int):
                done_keys.add(key)
            for c in g.callers.get(key, ()):
                if c not in blocking:
                    blocking.add(c)
                    work.append(c)
    return ({g.link_name(g.by_id[i]) for i in blocking if i in g.by_id},
            {g.link_name(fn) for fn in g.fns if fn.blocks})


def recursive(g: _CallGraph) -> set[int]:
    """Ids of the functions that may call themselves, directly or through others:
    the members of the call graph's cycles (Tarjan's algorithm, iterative, on the
    graph whose nodes are the functions and the callee keys)."""
    index: dict[Any, int] = {}
    low: dict[Any, int] = {}
    on_stack: set[Any] = set()
    stack: list[Any] = []
    found: set[int] = set()

    def succ(node: Any) -> list[Any]:
        if isinstance(node, int):  # callee -> the keys it is called under -> their callers
            out: list[Any] = list(g.callers.get(node, ()))
            out.extend(k for k in g.keys(node)[1:] if k in g.callers)
            return out
        return list(g.callers.get(node, ()))

    for root in list(g.by_id):
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(succ(root)))]
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(succ(nxt))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    x = stack.pop()
                    on_stack.discard(x)
                    comp.append(x)
                    if x == node:
                        break
                fns = [x for x in comp if isinstance(x, int)]
                if len(comp) > 1:
                    found.update(fns)
                elif fns and fns[0] in g.callers.get(fns[0], ()):
                    found.add(fns[0])
    return found


# Runtime functions taking a closure that only the scheduler calls.
_SPAWNERS = {"runtime.spawn", "runtime.newTask"}


def _sig_key(sig: Any, recv: Any = None) -> tuple:
    """What a func value's call site and its target agree on: the LLVM types."""
    params = ([recv] if recv is not None else []) + list(sig.params.vars)
    return (tuple(LT.llvm_type(p.type) for p in params), LT.tuple_type(sig.results))


def _synthesized_callees(prog: ssa.Program, name: str) -> list[ssa.Function]:
    if name == "runtime.initAll":
        return [p.init for p in prog.packages.values() if p.init is not None]
    main = prog.packages.get("main")
    fn = main.functions.get("main.main") if main is not None else None
    return [fn] if fn is not None else []

