"""LLVM IR text for a whole program, one module.

Functions are lowered from a worklist that starts at the roots (``_start``,
exports, package initialisers): a function is emitted only when something
that is emitted refers to it, so unreachable code never reaches LLVM.  IR is
written as text, which is several times faster than building llvmlite.ir
objects and then printing them.
"""

from __future__ import annotations

import json
from collections import deque
from typing import Any

from tinypy_go.backend import goroutines, panics, stdintrinsics
from tinypy_go.backend import llvmtypes as LT
from tinypy_go.backend.gcroots import GCFacts, has_pointers
from tinypy_go.errors import CompileError, Diagnostic, InternalCompilerError
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa

TRIPLE = "wasm32-unknown-wasi"
DATALAYOUT = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"

def symbol(name: str) -> str:
    """An LLVM global name for a Go-qualified name."""
    return '@"' + name.replace("\\", "\\5C").replace('"', "\\22") + '"'


class ModuleGen:
    """Collects declarations, globals and function bodies of one LLVM module."""

    def __init__(self, prog: ssa.Program, config: Any = None):
        self.prog = prog
        self.config = config
        self.fset = prog.fset
        self.header: list[str] = []
        self.globals: list[str] = []
        self.bodies: list[str] = []
        self.decls: dict[str, str] = {}
        self.attr_groups: list[str] = []  # attribute groups (and the few fixed metadata nodes)
        self._attr_numbers: dict[str, int] = {}  # an attribute group's body -> its number
        self._attr_taken: dict[int, str] = {}
        self._go_func_group: int | None = None  # go_func_attrs
        self.strings: dict[bytes, str] = {}
        self.queue: deque[ssa.Function] = deque()
        self.queued: set[int] = set()
        self.global_done: set[int] = set()
        self.exports: list[str] = []
        self.js_exports: dict[str, list[list[str]]] = {}  # -target=wasm: export -> [param kinds, result kinds]
        self.thunks: list[str] = []  # exports' goroutine bodies (_export_task)
        self.data_start = False  # runtime.dataStart is used: emit DATA_MARKERS
        # id(type) -> (type, LLVM type text), for FuncGen.lty (the type is kept: ids stay unique)
        self.lty_memo: dict[int, tuple[T.Type, str]] = {}
        self.imports: list[tuple[str, str]] = []
        self.intrinsics_used: set[str] = set()
        self.unwind = False  # recoverable panics (backend/panics.py)
        self.sched = goroutines.SchedPlan()  # goroutines.decide's, set by generate_module
        self.gc_facts = GCFacts()  # gcroots: whole-program facts, computed on first use
        self._map_descriptors: dict[tuple, str] = {}  # maps: map type descriptors by layout
        self.current_fn: ssa.Function | None = None
        # the worklist's check of backend/runtimerefs.py: the function being lowered when
        # each function was first referred to
        self._referrer: dict[int, ssa.Function | None] = {}
        self._lowering: ssa.Function | None = None
        from tinypy_go.backend.debuginfo import DebugInfo

        # DWARF line tables unless -no-debug (backend/debuginfo.py)
        self.debug = DebugInfo(self.fset) if config is not None and not getattr(config, "no_debug", True) else None
        from tinypy_go.backend.interfaces import Interfaces

        self.ifaces = Interfaces(self)
        from tinypy_go.backend.staticdata import LazyInits

        self.lazy_inits = LazyInits(self)
        from tinypy_go.backend.condreach import CondReach

        self.condreach = CondReach(self)  # functions reached only under a whole-program fact
        from tinypy_go.backend.constfields import ConstFields

        self.constfields = ConstFields()  # bool fields never set: loads fold to false
        from tinypy_go.backend.closures import ClosureConsts
        from tinypy_go.backend.makefunc import MakeFuncState
        from tinypy_go.backend.reflectcall import ReflectCallState
        from tinypy_go.backend.typefuncs import TypeFuncs

        self.closure_consts = ClosureConsts()  # constant closure objects, wasmimport adapters
        self.makefunc_state = MakeFuncState()  # reflect.MakeFunc's trampoline table
        self.reflectcall_state = ReflectCallState()  # what reflect may call, by frame shape
        self.typefuncs = TypeFuncs(self)  # hash and equality functions, by shape

    # ------------------------------------------------------------ lookups

    def runtime_func(self, name: str) -> ssa.Function:
        pkg = self.prog.packages.get("runtime")
        fn = pkg.functions.get(name) if pkg else None
        if fn is None:
            raise InternalCompilerError(None, f"runtime function {name} is missing")
        return fn

    def position(self, pos: int):
        return self.fset.position(pos) if self.fset is not None and pos else None

    def error(self, pos: int, message: str) -> CompileError:
        return CompileError([Diagnostic(self.fset.position(pos), message)])

    # ------------------------------------------------------------ functions

    def func_ref(self, fn: ssa.Function) -> str:
        """Refer to fn from emitted code; schedules its lowering."""
        if fn.bodyless:
            target = self.prog.link_target(fn)  # //go:linkname, either direction
            if target is not None:
                fn = target
            elif fn.wasm_import is None and "intrinsic" not in fn.hints and (fn.pkg is None
                                                                          or fn.pkg.path != "runtime"):
                raise self.error(fn.pos, f"missing function body for {fn.name} (no //go:linkname "
                                         "implementation for this target)")
        if self.sched.redirects and fn.name in self.sched.redirects:  # backend/goroutines.py
            fn = goroutines.redirect(self, fn)
        if id(fn) not in self.queued and not self.condreach.hold(fn):
            self.queued.add(id(fn))
            self._referrer[id(fn)] = self._lowering
            self.queue.append(fn)
        return symbol(self.link_name(fn))

    @staticmethod
    def link_name(fn: ssa.Function) -> str:
        return fn.link_name or fn.name

    def signature_types(self, fn: ssa.Function) -> tuple[str, list[str], bool]:
        """(return type, parameter types, takes context) of fn's LLVM function."""
        sig = fn.signature
        if sum(LT.scalar_count(p.type) for p in fn.params) > LT.MAX_WASM_PARAMS:
            raise self.error(fn.pos, f"not supported yet: parameters of {fn.name} too large to pass by value "
                                     f"(more than {LT.MAX_WASM_PARAMS} scalars); pass a pointer")
        params = [LT.llvm_type(p.type) for p in fn.params]
        takes_context = fn.wasm_import is None
        return LT.tuple_type(sig.results), params, takes_context

    # ------------------------------------------------------------ constants

    def string_data(self, data: bytes) -> str:
        """A private global holding data; returns its symbol."""
        name = self.strings.get(data)
        if name is None:
            # "<package>$string.<id>": -size attributes the bytes to the package (sizes.py)
            fn = self.current_fn
            pkg = fn.pkg.path if fn is not None and fn.pkg is not None else "runtime"
            name = symbol(f"{pkg}$string.{LT.content_id(data)}")
            self.strings[data] = name
            self.globals.append(
                f"{name} = private unnamed_addr constant [{len(data)} x i8] c\"{_escape_bytes(data)}\", align 1"
            )
        return name

    def string_const(self, s: str | bytes) -> str:
        data = s if isinstance(s, bytes) else s.encode("utf-8", "surrogateescape")
        if not data:
            return "{ptr null, i32 0}"
        return f"{{ptr {self.string_data(data)}, i32 {len(data)}}}"

    # ------------------------------------------------------------ per-type functions (backend/typefuncs.py)

    def type_hash_fn(self, t: Any) -> str:
        from tinypy_go.backend.typefuncs import type_hash_fn

        return type_hash_fn(self, t)

    def type_equal_fn(self, t: Any) -> str:
        from tinypy_go.backend.typefuncs import type_equal_fn

        return type_equal_fn(self, t)

    # ------------------------------------------------------------ globals

    def global_ref(self, g: ssa.Global) -> str:
        name = g.link_name or g.name
        if id(g) not in self.global_done:
            self.global_done.add(id(g))
            ty = LT.llvm_type(g.elem)
            _, align = LT.layout(g.elem)
            if g.link_name == DATA_START:
                self.data_start = True  # defined first in the module (DATA_MARKERS)
            elif g.link_name and g.link_name != g.name and g.link_name.startswith("__"):
                # //go:extern: a symbol the linker defines (e.g. __heap_base)
                self.globals.append(f"{symbol(name)} = external global {ty}")
            elif g.static_value is not None:  # ir/build_static.py
                from tinypy_go.backend.staticdata import global_initializer

                gty, init = global_initializer(self, g)  # gty: a packed struct for sparse data
                # pointer-free data (tables, slice literals of numbers) joins .rodata, below
                # runtime.dataStart: the collector does not scan numbers that look like
                # heap addresses (wasm memory has no protection: it stays writable)
                section = "" if has_pointers(g.elem) else f', section ".rodata.tinypy.noscan.{name}"'
                self.globals.append(f"{symbol(name)} = internal global {gty} {init}{section}, align {align}")
            else:
                self.globals.append(f"{symbol(name)} = internal global {ty} zeroinitializer, align {align}")
        return symbol(name)

    # ------------------------------------------------------------ driver

    def generate(self, roots: list[ssa.Function]) -> str:
        from tinypy_go.backend import makefunc
        from tinypy_go.backend.funcgen import FuncGen
        from tinypy_go.ir.bigframes import heap_big_locals_of

        strict = bool(getattr(self.config, "sanity_check", False))  # the test suite checks ir/reach
        for fn in roots:
            self.func_ref(fn)
        while True:
            while self.queue:
                fn = self.queue.popleft()
                self._lowering = fn
                if fn.builder is not None:  # built after the whole-program passes
                    referrer = self._referrer.get(id(fn))
                    if strict:  # ir/reach builds every body the backend lowers: a late one is its bug
                        by = f" (lowered for {referrer.name})" if referrer is not None else ""
                        raise InternalCompilerError(None, f"{fn.name}: a body ir/reach did not build{by}")
                    heap_big_locals_of(ssa.ensure_built(fn))
                if "intrinsic" in fn.hints:  # body-less: emitted here (ir/runtimehints.py)
                    self.intrinsics_used.add(fn.name)
                    if fn.name in ("runtime.initAll", "runtime.callMain"):
                        self.bodies.append(self.synthesize(fn))
                    continue
                if fn.is_external:
                    self.declare_external(fn)
                    continue
                self.current_fn = fn
                self.bodies.append(FuncGen(self, fn).lower())
            self._lowering = None  # what follows is lowered for no function in particular
            # interface dispatch may reach methods that box more types: iterate to a fixpoint
            changed = self.ifaces.finish_round()  # a dispatcher may create another (embedded interfaces)
            changed = self.lazy_inits.schedule() or changed  # initialisers of variables now used
            changed = makefunc.finish_round(self) or changed  # reflect.MakeFunc trampolines' callees
            changed = self.condreach.schedule() or changed
            if not self.queue and not changed:
                break
        self.lazy_inits.resolve(self.bodies)
        self.bodies.extend(self.ifaces.bodies())
        self.bodies.extend(self.condreach.stubs())
        self.globals.extend(self.ifaces.types.emit())  # abi.Type descriptors (backend/typedesc.py)
        from tinypy_go.backend import reflectcall

        reflectcall.finish(self)
        self.bodies.append(goroutines.finish(self))
        makefunc.finish(self)
        self.constfields.rewrite(self.bodies)  # last: every write has been lowered
        out = [
            "; generated by tinypy-go",
            f'target datalayout = "{DATALAYOUT}"',
            f'target triple = "{TRIPLE}"',
            "",
            *(DATA_MARKERS if self.data_start else ()),
            *self.globals,
            "",
            *self.decls.values(),
            "",
            *self.bodies,
            stdintrinsics.COMPILER_RT,
            "",
            *self.attr_groups,
            *(self.debug.module_lines() if self.debug is not None else []),
        ]
        return "\n".join(out) + "\n"

    def declare_external(self, fn: ssa.Function) -> None:
        ret, params, ctx = self.signature_types(fn)
        if ctx:
            params = [*params, "ptr"]
        attrs = ""
        if fn.wasm_import is not None:
            module, name = fn.wasm_import
            gojs = module == "gojs"  # syscall/js's host calls: wasm_exec.js knows their lowering
            for v in [*fn.signature.params.vars, *fn.signature.results.vars]:
                if not (_boundary_type_ok(v.type) or gojs and _gojs_type_ok(v.type)):
                    raise self.error(fn.pos, f"//go:wasmimport {module} {name}: unsupported parameter or result "
                                             f"type {v.type}")
            self.imports.append((module, name))
            group = self.attr_group(f'"wasm-import-module"="{module}" "wasm-import-name"="{name}"')
            attrs = f" #{group}"
        self.decls[fn.name] = f"declare {ret} {symbol(self.link_name(fn))}({', '.join(params)}){attrs}"

    def synthesize(self, fn: ssa.Function) -> str:
        """Bodies of runtime.initAll (package inits in order) and runtime.callMain."""
        lines = [f"define internal void {symbol(fn.name)}(ptr %context) {{", "entry:"]
        if fn.name == "runtime.initAll":
            targets = [p.init for p in self.prog.packages.values() if p.init is not None]
        else:
            main = self.prog.packages.get("main")
            mainfn = main.functions.get("main.main") if main else None
            targets = [mainfn] if mainfn is not None else []
        for n, t in enumerate(targets, 1):
            lines.append(f"  call void {self.func_ref(t)}(ptr undef)")
            if fn.name == "runtime.initAll":
                lines += panics.init_check(self, n)
        lines += ["  ret void", "}"]
        return "\n".join(lines)

    @property
    def js(self) -> bool:
        """-target=wasm: exports may take and return strings and byte slices."""
        from tinypy_go import target

        t = target.lookup(getattr(self.config, "target", "wasi") or "wasi")
        return t is not None and t.goos == "js"

    def go_func_attrs(self) -> str:
        """The attribute group of every Go function: ``disable-tail-calls`` keeps LLVM's
        tail-recursion elimination from turning unbounded recursion, which Go reports
        as a stack overflow, into an endless loop."""
        group = self._go_func_group
        if group is None:
            group = self._go_func_group = self.attr_group('"disable-tail-calls"="true"')
        return f"#{group}"

    def attr_group(self, body: str) -> int:
        """The number of the attribute group ``{ body }`` (one group per distinct body),
        derived from its text: backend/split.py cuts the module without renumbering."""
        group = self._attr_numbers.get(body)
        if group is None:
            group = self._attr_numbers[body] = LT.content_number(body, self._attr_taken, 0, 1 << 20)
            self.attr_groups.append(f"attributes #{group} = {{ {body} }}")
        return group

    def add_export(self, fn: ssa.Function) -> str:
        """A wrapper without the context parameter, exported under fn.export_name.

        For -target=wasm, string and []byte parameters are copied into Go memory
        first (the glue frees its buffers when the call returns), and a string or
        []byte result is kept reachable from a global until the glue has read it."""
        ret, params, _ = self.signature_types(fn)
        js = self.js and not fn.name.startswith("runtime.")
        kinds = [_check_export_type(self, fn, p.type, js) for p in fn.params]
        res_kinds = [_check_export_type(self, fn, r.type, js) for r in fn.signature.results.vars]
        if len(fn.signature.results.vars) > 1:
            raise self.error(fn.pos, f"//export {fn.export_name}: multiple results are not supported")
        name = fn.export_name
        self.exports.append(name)
        if js:
            self.js_exports[name] = [kinds, res_kinds]
        group = self.attr_group(f'"wasm-export-name"="{name}"')
        args = ", ".join(f"{t} %a{i}" for i, t in enumerate(params))
        body = ""
        call_args = []
        for i, (t, kind) in enumerate(zip(params, kinds, strict=True)):
            if kind in ("string", "bytes"):
                helper = "runtime.jsCloneString" if kind == "string" else "runtime.jsCloneBytes"
                clone = self.func_ref(self.runtime_func(helper))
                body += f"  %c{i} = call {t} {clone}({t} %a{i}, ptr undef)\n"
                call_args.append(f"{t} %c{i}")
            else:
                call_args.append(f"{t} %a{i}")
        target = self.func_ref(fn)
        init = ""
        if not fn.name.startswith("runtime."):
            # a host may call an export before _start / _initialize: initialise first
            init = f"  call void {self.func_ref(self.runtime_func('runtime.runtimeInit'))}(ptr undef)\n"
        check = panics.export_check(self)
        if res_kinds and res_kinds[0] in ("string", "bytes") and js:
            keep = self.func_ref(self.runtime_func("runtime.jsKeepResult"))
            check = f"  %rp = extractvalue {ret} %r, 0\n  call void {keep}(ptr %rp, ptr undef)\n" + check
        if self.sched.on and not fn.name.startswith("runtime."):
            call = self._export_task(fn, name, ret, params, call_args, target)  # the body may block
        else:
            cargs = ", ".join([*call_args, "ptr undef"])
            call = f"  call void {target}({cargs})\n" if ret == "void" else f"  %r = call {ret} {target}({cargs})\n"
        tail = "  ret void" if ret == "void" else f"  ret {ret} %r"
        body = f"{init}{body}{call}{check}{tail}"
        sp = self.debug.subprogram(name, fn.pos) if self.debug is not None else None
        if sp is not None:  # else the Go code LLVM inlines into the export loses its lines
            body = "\n".join(self.debug.attach(sp, fn.pos, body.split("\n")))
            return f"define {ret} {symbol(name)}({args}) #{group} !dbg !{sp} {{\nentry:\n{body}\n}}"
        return f"define {ret} {symbol(name)}({args}) #{group} {{\nentry:\n{body}\n}}"

    def _export_task(self, fn: ssa.Function, name: str, ret: str, params: list[str], call_args: list[str],
                     target: str) -> str:
        """The call of an export's function when the program runs goroutines: on a
        goroutine of its own (runtime.exportCall, runtime/export.go), so that it may
        block. The goroutine's func value is a closure object ``{thunk, args...,
        result}`` whose thunk calls the function with the arguments and stores its
        result, which the wrapper reads once exportCall has returned."""
        fields = ["ptr", *params, *([] if ret == "void" else [ret])]
        cty = "{" + ", ".join(fields) + "}"
        thunk = symbol(f"{name}$export")
        loads, targs = [], []
        for i, t in enumerate(params):
            loads.append(f"  %p{i} = getelementptr inbounds {cty}, ptr %context, i32 0, i32 {i + 1}\n"
                         f"  %a{i} = load {t}, ptr %p{i}")
            targs.append(f"{t} %a{i}")
        targs.append("ptr undef")
        if ret == "void":
            tcall = f"  call void {target}({', '.join(targs)})"
        else:
            tcall = (f"  %r = call {ret} {target}({', '.join(targs)})\n"
                     f"  %rp = getelementptr inbounds {cty}, ptr %context, i32 0, i32 {len(params) + 1}\n"
                     f"  store {ret} %r, ptr %rp")
        self.thunks.append(f"define internal void {thunk}(ptr %context) {{\nentry:\n"
                           + "".join(line + "\n" for line in loads) + f"{tcall}\n  ret void\n}}")
        alloc = self.func_ref(self.runtime_func("runtime.alloc"))
        call = self.func_ref(self.runtime_func("runtime.exportCall"))
        lines = [f"  %clo = call ptr {alloc}(i32 ptrtoint (ptr getelementptr ({cty}, ptr null, i32 1) to i32), "
                 "ptr undef)", f"  store ptr {thunk}, ptr %clo"]
        for i, a in enumerate(call_args):
            lines.append(f"  %f{i} = getelementptr inbounds {cty}, ptr %clo, i32 0, i32 {i + 1}")
            lines.append(f"  store {a}, ptr %f{i}")
        lines.append(f"  call void {call}(ptr %clo, ptr undef)")
        if ret != "void":
            lines.append(f"  %rf = getelementptr inbounds {cty}, ptr %clo, i32 0, i32 {len(params) + 1}")
            lines.append(f"  %r = load {ret}, ptr %rf")
        return "".join(line + "\n" for line in lines)

    def js_info(self) -> str:
        """-target=wasm: the exported ``tinypy_js_info`` returning the address of a
        NUL-terminated JSON text: the glue ABI version the module was built for and
        the kinds of the exports' parameters and results (for ``go.exports``)."""
        from tinypy_go.target import JS_GLUE_ABI

        text = json.dumps({"abi": JS_GLUE_ABI, "exports": self.js_exports}, separators=(",", ":"))
        data = self.string_data(text.encode() + b"\0")
        self.exports.append("tinypy_js_info")
        group = self.attr_group('"wasm-export-name"="tinypy_js_info"')
        return f"define ptr @tinypy_js_info() #{group} {{\nentry:\n  ret ptr {data}\n}}"


# The runtime's exports for the JavaScript glue (runtime/sched_js.go): kept only
# when the program runs the scheduler (resume: when it imports syscall/js).
JS_SCHED_EXPORTS = ("resume", "go_scheduler", "go_deadlock")


def _boundary_type_ok(t: T.Type) -> bool:
    """TinyGo's rule: only bool, integers, floats, uintptr and pointers cross the boundary."""
    u = LT.underlying(t)
    return (type(u) is T.Basic and bool(u.info & (T.IS_INTEGER | T.IS_FLOAT | T.IS_BOOLEAN)
                                        or u.kind == T.UNSAFE_POINTER)) or type(u) is T.Pointer


# Export names the module itself defines (wasm-ld's memory export, WASI's
# entry points) or reserves for a later mode (reactors' _initialize).
_RESERVED_EXPORTS = frozenset({"memory", "_initialize", "__indirect_function_table"})


def _check_export_names(mg: ModuleGen, exported: list[ssa.Function]) -> None:
    """A user's export may not take a name the runtime exports, nor one another
    function exports (gc's linker: "symbol f redeclared")."""
    seen: dict[str, ssa.Function] = {}
    runtime_names = {fn.export_name for fn in exported if fn.pkg is not None and fn.pkg.path == "runtime"}
    for fn in exported:
        name = fn.export_name
        user = fn.pkg is None or fn.pkg.path != "runtime"
        if user and (name in runtime_names or name in _RESERVED_EXPORTS):
            raise mg.error(fn.export_pos or fn.pos,
                           f"//export {name}: the name is reserved: the runtime exports {name}")
        other = seen.get(name)
        if other is not None:
            first, second = sorted((other, fn), key=lambda f: f.export_pos or f.pos)
            raise mg.error(second.export_pos or second.pos, f"symbol {name} redeclared (other declaration at "
                                                            f"{mg.prog.fset.position(first.export_pos or first.pos)})")
        seen[name] = fn


def _gojs_type_ok(t: T.Type) -> bool:
    """The ``gojs`` imports (syscall/js, compiled from GOROOT) also pass strings as
    (ptr, len) and slices as (ptr, len, cap); several results come back through
    a pointer to their struct, the first parameter (LLVM's sret demotion)."""
    u = LT.underlying(t)
    return type(u) is T.Slice or type(u) is T.Basic and u.kind == T.STRING


# go:wasmexport's parameter and result kinds (cmd/compile/internal/ssagen/abi.go,
# paramsToWasmFields): 32/64-bit integers, floats, bool, uintptr, unsafe.Pointer,
# pointers to host-layout data, and string parameters (ptr, len).
_WASM_SCALARS = frozenset({T.INT32, T.UINT32, T.INT64, T.UINT64, T.FLOAT32, T.FLOAT64, T.UNSAFE_POINTER,
                           T.UINTPTR, T.BOOL})
_WASM_ELEMS = frozenset({T.INT8, T.UINT8, T.INT16, T.UINT16, T.INT32, T.UINT32, T.INT64, T.UINT64, T.FLOAT32,
                         T.FLOAT64, T.BOOL})


def _wasm_elem_ok(t: T.Type) -> bool:
    """gc's wasmElemTypeAllowed: what a go:wasmexport pointer may point to (the host
    sees the same layout): sized numbers and bools, arrays of them, and structs of
    them that embed structs.HostLayout (or are empty)."""
    u = LT.underlying(t)
    if type(u) is T.Basic:
        return u.kind in _WASM_ELEMS
    if type(u) is T.Array:
        return _wasm_elem_ok(u.elem)
    if type(u) is T.Struct:
        if not u.fields:
            return True
        host_layout = False
        for f in u.fields:
            ft = T.unalias(f.type)
            obj = getattr(ft, "obj", None) if type(ft) is T.Named else None
            if obj is not None and obj.name == "HostLayout" and obj.pkg is not None and obj.pkg.path == "structs":
                host_layout = True
            elif not _wasm_elem_ok(f.type):
                return False
        return host_layout
    return False


def _wasmexport_type_ok(t: T.Type, result: bool) -> bool:
    u = LT.underlying(t)
    if type(u) is T.Basic:
        return u.kind in _WASM_SCALARS or u.kind == T.STRING and not result
    return type(u) is T.Pointer and _wasm_elem_ok(u.elem)


def _js_kind(t: T.Type) -> str:
    """-target=wasm's extension (the glue's go.exports): string and []byte both ways."""
    u = LT.underlying(t)
    if type(u) is T.Basic and u.kind == T.STRING:
        return "string"
    if type(u) is T.Slice and type(LT.underlying(u.elem)) is T.Basic and LT.underlying(u.elem).kind == T.UINT8:
        return "bytes"
    return ""


def check_wasmexports(mg: ModuleGen, exported: list[ssa.Function]) -> None:
    """go:wasmexport's type rules with cmd/compile's messages, at the function's
    name, every error at once (gc reports them all, each distinct one once)."""
    diags: list[Diagnostic] = []
    for fn in exported:
        if not fn.wasmexport:
            continue
        syntax = fn.syntax
        pos = mg.fset.position(syntax.name.pos if syntax is not None and hasattr(syntax, "name") else fn.pos)
        tpkg = fn.obj.pkg if fn.obj is not None else None

        def spell(t: T.Type, tpkg: Any = tpkg) -> str:
            from tinypy_go.frontend.types.typestring import type_string

            return type_string(t, lambda q: "" if q is tpkg else q.name)

        for p in fn.params:
            if not _wasmexport_type_ok(p.type, False) and not (mg.js and _js_kind(p.type)):
                diags.append(Diagnostic(pos, f"go:wasmexport: unsupported parameter type {spell(p.type)}"))
        results = fn.signature.results.vars
        if len(results) > 1:
            diags.append(Diagnostic(pos, "go:wasmexport: too many return values"))
        for r in results[:1]:
            if not _wasmexport_type_ok(r.type, True) and not (mg.js and _js_kind(r.type)):
                diags.append(Diagnostic(pos, f"go:wasmexport: unsupported result type {spell(r.type)}"))
    seen: set[str] = set()
    unique = [d for d in diags if not (str(d) in seen or seen.add(str(d)))]  # type: ignore[func-returns-value]
    if unique:
        raise CompileError(unique)


def _check_export_type(mg: ModuleGen, fn: ssa.Function, t: T.Type, js: bool = False) -> str:
    """The kind of an export's parameter or result for the wrapper and the glue
    ("string" and "bytes" are copied in); an error if it cannot cross the
    boundary. go:wasmexport's rules were checked by check_wasmexports; //export
    has TinyGo's (strings and []byte only with -target=wasm)."""
    if js or fn.wasmexport:
        kind = _js_kind(t)
        if kind:
            return kind
    if fn.wasmexport:
        return LT.llvm_type(t)
    if not _boundary_type_ok(t):
        extra = " (-target=wasm also allows string and []byte)" if js else ""
        raise mg.error(fn.pos, f"//export {fn.export_name}: unsupported parameter or result type {t}{extra}")
    return LT.llvm_type(t)


def _escape_bytes(data: bytes) -> str:
    out = []
    for b in data:
        if 0x20 <= b < 0x7F and b not in (0x22, 0x5C):
            out.append(chr(b))
        else:
            out.append(f"\\{b:02X}")
    return "".join(out)


# runtime.dataStart (runtime/memory.go): the collector scans globals from the
# first writable one. LLVM emits data sections in module order and wasm-ld
# orders output segments by first appearance (.bss last), each keeping its
# input order: a constant first, then the marker, lays memory out as
# [.rodata][.data: the marker, the other writable globals][.bss].
DATA_START = "__tinypy_data_start"
DATA_MARKERS = (
    "@__tinypy_rodata_first = internal constant [1 x i32] [i32 1], align 4",
    f"@{DATA_START} = hidden global [1 x ptr] [ptr @__tinypy_rodata_first], align 4",  # keeps it linked
)

# The runtime's entry exports: a command's (_start) or a reactor's (_initialize).
_ENTRY_EXPORTS = {False: "_start", True: "_initialize"}


def wanted_export(fn: ssa.Function, config: Any) -> bool:
    """Whether fn's export is part of the module: of the runtime's two entry
    points only the build mode's (-buildmode=c-shared: _initialize, no _start)."""
    if fn.pkg is None or fn.pkg.path != "runtime" or fn.export_name not in _ENTRY_EXPORTS.values():
        return True
    return fn.export_name == _ENTRY_EXPORTS[bool(getattr(config, "reactor", False))]


def generate_module(prog: ssa.Program, config: Any = None
                    ) -> tuple[str, list[str], list[tuple[str, str]], goroutines.SchedPlan]:
    """LLVM IR text of the program, its export names, its wasm imports and the scheduler
    plan (for asyncify's remove-list)."""
    mg = ModuleGen(prog, config)
    roots: list[ssa.Function] = []
    exported: list[ssa.Function] = []
    sched_exports: dict[str, ssa.Function] = {}
    for fn in prog.all_functions():
        if fn.export_name in JS_SCHED_EXPORTS and fn.pkg is not None and fn.pkg.path == "runtime":
            sched_exports[fn.export_name] = fn
        elif fn.export_name and wanted_export(fn, config):
            exported.append(fn)
    if sched_exports:  # -target=wasm: the glue's entries into the scheduler, only when it is linked in
        if "syscall/js" in prog.packages:  # js.FuncOf callbacks come in through resume
            exported.append(sched_exports["resume"])
        mg.sched = goroutines.decide(mg, exported)
        if mg.sched.on:
            exported += [sched_exports["go_scheduler"], sched_exports["go_deadlock"]]
    # every body reachable from the exports was built by pipeline.build_ssa (ir/reach.py);
    # one the worklist still meets unbuilt is an internal error in the test suite
    # (sanity_check), else built there (ssa.ensure_built) rather than fail the build
    check_wasmexports(mg, exported)
    _check_export_names(mg, exported)
    mg.unwind = panics.analyze(prog, exported)
    mg.sched = goroutines.decide(mg, exported)
    wrappers = [mg.add_export(fn) for fn in exported]
    wrappers += mg.thunks
    if sched_exports:
        wrappers.append(mg.js_info())
    roots.extend(exported)
    text = mg.generate(roots)
    text += "\n".join(wrappers) + "\n"
    return text, mg.exports, mg.imports, mg.sched
