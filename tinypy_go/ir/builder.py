"""SSA construction from the checked syntax tree (package and function level).

Like go/ssa, every local variable starts life as an ``Alloc``; the backend's
mem2reg turns them into registers.  Expression and statement lowering live
in ``build_expr`` and ``build_stmt``; this module sets up packages,
functions, globals, initialisers and blocks.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from tinypy_go.errors import CompileError, Diagnostic, InternalCompilerError
from tinypy_go.frontend import ast
from tinypy_go.frontend.types import api
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import build_static, linknames, runtimehints, ssa
from tinypy_go.ir.build_closure import ClosureBuilder
from tinypy_go.ir.build_data import DataBuilder
from tinypy_go.ir.build_defer import DeferBuilder
from tinypy_go.ir.build_expr import ExprBuilder
from tinypy_go.ir.build_go import GoBuilder
from tinypy_go.ir.build_order import OrderBuilder
from tinypy_go.ir.build_rangefunc import RangeFuncBuilder
from tinypy_go.ir.build_stmt import StmtBuilder
from tinypy_go.ir.generics import GenericsMixin, generics_of

BOOL = T.TYP[T.BOOL]
INT = T.TYP[T.INT]


class FunctionBuilder(ClosureBuilder, DeferBuilder, RangeFuncBuilder, ExprBuilder, StmtBuilder, DataBuilder,
                      GenericsMixin, GoBuilder, OrderBuilder):
    """Builds the body of one function; holds its control-flow state."""

    def __init__(self, pb: PackageBuilder, fn: ssa.Function):
        self.pb = pb
        self.info: api.Info = _info_for(fn) or generics_of(pb.prog).info_for(pb)  # ir/generics.py
        self.fn = fn
        self.block: ssa.BasicBlock | None = None
        self.vars: dict[int, ssa.Value] = {}  # id(types.Var) -> address of the variable
        self.targets: list[Target] = []  # innermost last
        self.labels: dict[str, LabelTargets] = {}
        self.named_results: list[ssa.Value] = []
        self.closure_count = 0
        self.parent_builder: FunctionBuilder | None = None  # the enclosing function's builder (closures)
        self.captured: dict = {}  # capture key -> FreeVar (build_closure)
        self.bindings: list[ssa.Value] = []  # values of the enclosing function bound to free_vars, in order
        self.boxed: dict[int, ssa.Alloc] = {}  # id(Var) -> slot holding the current cell (loop variables)
        self.rangefunc = None  # set in the body closure of a range-over-func loop (build_rangefunc)
        self.shared_range_vars: dict[int, tuple] = {}  # id(RangeStmt) -> its pre-go1.22 key/value variables
        self.hoisted: dict[int, ssa.Value] = {}  # id(ast node) -> value built ahead (build_order)

    # ------------------------------------------------------------ errors

    def error(self, node: ast.Node, message: str) -> CompileError:
        return CompileError([Diagnostic(self.pb.fset.position(node.pos), message)])

    def unsupported(self, node: ast.Node, what: str) -> CompileError:
        return self.error(node, f"not supported yet: {what}")

    def ice(self, node: ast.Node | None, message: str) -> InternalCompilerError:
        pos = self.pb.fset.position(node.pos) if node is not None else None
        return InternalCompilerError(pos, message)

    # ------------------------------------------------------------ emission

    def emit(self, instr: ssa.Instruction) -> Any:
        self.block.emit(instr)
        return instr

    def new_block(self, comment: str) -> ssa.BasicBlock:
        return self.fn.new_block(comment)

    def jump(self, target: ssa.BasicBlock) -> None:
        if self.block.terminated:
            return
        self.emit(ssa.Jump())
        ssa.add_edge(self.block, target)

    def branch(self, cond: ssa.Value, t: ssa.BasicBlock, f: ssa.BasicBlock, pos: int = 0) -> None:
        self.emit(ssa.If(cond, pos=pos))
        ssa.add_edge(self.block, t)
        ssa.add_edge(self.block, f)

    def dead_end(self) -> None:
        """Continue in a fresh block that nothing jumps to (code after return, panic...)."""
        self.block = self.new_block("unreachable")

    def local(self, t: T.Type, comment: str, pos: int = 0) -> ssa.Alloc:
        a = ssa.Alloc(T.Pointer(t), t, False, comment, pos=pos)
        self.fn.locals.append(a)
        self.emit(a)
        return a

    def add_var(self, obj: O.Var, pos: int = 0) -> ssa.Alloc:
        a = self.local(obj.type, obj.name, pos)
        self.vars[id(obj)] = a
        return a

    # ------------------------------------------------------------ whole function

    def build_body(self, decl_type: ast.FuncType, body: ast.BlockStmt, recv: ast.FieldList | None) -> None:
        fn = self.fn
        self.block = fn.new_block("entry")
        sig: T.Signature = fn.signature
        params: list[O.Var] = []
        if sig.recv is not None:
            params.append(sig.recv)
        params.extend(sig.params.vars)
        for i, v in enumerate(params):
            p = ssa.Parameter(v.name or f"_p{i}", v.type, fn, v.pos)
            fn.params.append(p)
            if v.name and v.name != "_":
                a = self.add_var(v, v.pos)
                self.emit(ssa.Store(a, p))
        for i, r in enumerate(sig.results.vars):
            if r.name:
                a = self.add_var(r, r.pos) if r.name != "_" else self.local(r.type, f"~r{i}")
                self.named_results.append(a)
        self.function_prologue(body)  # defer list, recover frame (build_defer)
        self.stmt_list(body.list)
        if not self.block.terminated:
            if sig.results.vars and not self.named_results:
                self.emit(ssa.Unreachable(pos=body.rbrace))
            else:
                self.emit_return([], body.rbrace)
        finish_function(fn)


class Target:
    """Where break / continue / fallthrough go inside one statement."""

    __slots__ = ("break_", "continue_", "fallthrough", "label")

    def __init__(self, break_=None, continue_=None, fallthrough=None, label: str = ""):
        self.break_ = break_
        self.continue_ = continue_
        self.fallthrough = fallthrough
        self.label = label


class LabelTargets:
    __slots__ = ("block", "target")

    def __init__(self, block: ssa.BasicBlock):
        self.block = block
        self.target: Target | None = None


def _info_for(fn: ssa.Function):
    """The Info view of fn, or of the function it is nested in (closures inside an instance)."""
    while fn is not None:
        if fn.info is not None:
            return fn.info
        fn = fn.parent
    return None


def finish_function(fn: ssa.Function) -> None:
    """Drop blocks nothing reaches, put the rest in reverse postorder (so every
    definition is numbered and lowered before its uses), renumber registers."""
    reachable: set[int] = set()
    postorder: list[ssa.BasicBlock] = []
    stack: list[tuple[ssa.BasicBlock, int]] = [(fn.blocks[0], 0)]
    reachable.add(id(fn.blocks[0]))
    while stack:
        b, i = stack.pop()
        if i < len(b.succs):
            stack.append((b, i + 1))
            s = b.succs[i]
            if id(s) not in reachable:
                reachable.add(id(s))
                stack.append((s, 0))
        else:
            postorder.append(b)
    kept = postorder[::-1]
    for b in kept:
        b.preds = [p for p in b.preds if id(p) in reachable]
    fn.blocks = kept
    for i, b in enumerate(kept):
        b.index = i
    live_allocs = {id(i) for b in kept for i in b.instrs}
    fn.locals = [a for a in fn.locals if id(a) in live_allocs and not a.heap]
    n = 0
    for b in kept:
        for instr in b.instrs:
            if isinstance(instr, ssa.ValueInstr):
                instr.name = f"t{n}"
                n += 1


class PackageBuilder:
    """Creates the SSA members of one checked package and builds their bodies."""

    def __init__(self, prog: ssa.Program, types_pkg, files: list[ast.File], info: api.Info):
        self.prog = prog
        self.fset = prog.fset
        self.types_pkg = types_pkg
        self.files = files
        self.info = info
        self.pkg = ssa.Package(types_pkg.path, types_pkg.name, types_pkg)
        self.cache_key: str | None = None  # its package-cache key, when facts about it may be cached
        prog.packages[types_pkg.path] = self.pkg
        self.funcs_by_obj: dict[int, ssa.Function] = {}
        self.globals_by_obj: dict[int, ssa.Global] = {}
        # gc's -complete: a package of Go files only (not GOROOT's, which has assembly)
        # may not declare a body-less function without //go:linkname or //go:wasmimport
        self.complete = not any(_is_std_file(f.filename) for f in files)

    def qualified(self, name: str) -> str:
        return f"{self.pkg.path}.{name}"

    def create_members(self) -> None:
        for f in self.files:
            self.file_imports_unsafe = any(imp.path.value.strip('"`') == "unsafe" for imp in f.imports)
            for decl in f.decls:
                if isinstance(decl, ast.FuncDecl):
                    self.create_function(decl)
                elif isinstance(decl, ast.GenDecl) and decl.tok == "var":
                    if self.complete:
                        self.check_embed(f, decl)
                    extern = _directive_arg(decl.directives, "go:extern")
                    for spec in decl.specs:
                        for name in spec.names:
                            obj = self.info.defs.get(name)
                            if obj is None or name.name == "_":
                                continue
                            g = ssa.Global(self.qualified(name.name), T.Pointer(obj.type), obj.type,
                                           self.pkg, name.pos, link_name=extern or "")
                            self.pkg.globals[g.name] = g
                            self.globals_by_obj[id(obj)] = g
                            self.prog.globals_by_obj[id(obj)] = g

    def check_embed(self, f: ast.File, decl: ast.GenDecl) -> None:
        """//go:embed: Go's error without import "embed"; otherwise not supported yet
        (rather than a silently empty variable)."""
        d = next((d for d in decl.directives if d.name == "go:embed"), None)
        if d is None:
            return
        if not any(imp.path.value.strip('"`') == "embed" for imp in f.imports):
            raise CompileError([Diagnostic(self.fset.position(d.pos + 2), 'go:embed requires import "embed" '
                                           '(or import _ "embed", if package is not used)')])
        raise CompileError([Diagnostic(self.fset.position(d.pos + 2), "not supported yet: //go:embed")])

    def create_function(self, decl: ast.FuncDecl) -> None:
        obj = self.info.defs.get(decl.name)  # None for init functions
        tv = self.info.types.get(decl.type)
        sig = obj.type if obj is not None else tv.type if tv is not None else None
        if obj is not None and sig is not None and (sig.type_params or sig.recv_type_params):
            generics_of(self.prog).declare(self, obj, decl)  # instantiated on use (ir/generics.py)
            return
        if decl.recv is not None and decl.recv.list:
            recv_t = sig.recv.type
            ptr = isinstance(T.unalias(recv_t), T.Pointer)
            base = recv_t.elem if ptr else recv_t
            name = f"({'*' if ptr else ''}{self.pkg.path}.{_type_name(base)}).{decl.name.name}"
        else:
            name = self.qualified(decl.name.name)
            if decl.name.name == "init":
                name = f"{name}#{len(self.init_funcs()) + 1}"
        fn = ssa.Function(name, sig, self.pkg, decl.pos, obj, syntax=decl)
        for d in decl.directives:
            if d.name == "go:wasmexport":
                # cmd/compile's rules (noder.go, reader.go): exactly one name (none: not a
                # wasmexport directive at all, so ignored), and not on a method
                parts = d.args.split()
                if not parts:
                    continue
                if len(parts) != 1:
                    raise CompileError([Diagnostic(self.fset.position(d.pos + 2),  # after "//", as gc
                                                   "usage: //go:wasmexport exportname")])
                if decl.recv is not None and decl.recv.list:
                    raise CompileError([Diagnostic(self.fset.position(decl.recv.pos),
                                                   "cannot use //go:wasmexport on a method")])
                fn.export_name, fn.export_pos, fn.wasmexport = parts[0], d.pos, True
            elif d.name == "export":
                fn.export_name = d.args.split()[0] if d.args else decl.name.name
                fn.export_pos = d.pos
            elif d.name == "go:wasmimport":
                parts = d.args.split()
                if len(parts) != 2:
                    raise CompileError([Diagnostic(self.fset.position(d.pos),
                                                   "//go:wasmimport needs a module and a name")])
                fn.wasm_import = (parts[0], parts[1])
            elif d.name in ("go:linkname", "go:linknamestd"):  # linknamestd: go1.27, std-only
                if self.complete and not getattr(self, "file_imports_unsafe", True):
                    raise CompileError([Diagnostic(self.fset.position(d.pos + 2), "//go:linkname only allowed "
                                                   'in Go files that import "unsafe"')])
                parts = d.args.split()
                if len(parts) == 2 and parts[0] == decl.name.name:
                    fn.link_name = parts[1]
            elif d.name == "go:noinline":
                fn.noinline = True
            elif d.name.startswith("tinypy:") and self.pkg.path == runtimehints.RUNTIME:
                hint = d.name.removeprefix("tinypy:")
                if hint not in runtimehints.HINTS:
                    raise CompileError([Diagnostic(self.fset.position(d.pos), f"unknown runtime hint //{d.name}")])
                fn.hints[hint] = d.args
        has_body = ast.has_body(decl)  # not decl.body: that loads a body the package cache kept apart
        if fn.wasm_import is not None and has_body:
            raise CompileError([Diagnostic(self.fset.position(decl.name.pos),
                                           "can only use //go:wasmimport with external func implementations")])
        if not has_body and self.complete and not fn.link_name and fn.wasm_import is None:
            raise CompileError([Diagnostic(self.fset.position(decl.name.pos), "missing function body")])
        if not has_body:
            fn.bodyless = True  # bound through //go:linkname when reached (codegen.func_ref)
        elif fn.link_name and fn.link_name != name:
            linknames.register_push(self.prog, fn)  # duplicates are an error (ir/linknames.py)
        if not has_body:
            fn.params = [ssa.Parameter(v.name or f"_p{i}", v.type, fn, v.pos)
                         for i, v in enumerate(sig.params.vars)]
        self.pkg.functions[name] = fn
        if obj is not None:
            self.funcs_by_obj[id(obj)] = fn
            self.prog.funcs_by_obj[id(obj)] = fn
        if decl.name.name == "init" and decl.recv is None:
            self.init_funcs().append(fn)

    def init_funcs(self) -> list[ssa.Function]:
        lst = getattr(self, "_init_funcs", None)
        if lst is None:
            lst = self._init_funcs = []
        return lst

    def build(self, lazy: bool = True) -> None:
        """Build the package initialiser now and every other body on first use."""
        for fn in list(self.pkg.functions.values()):
            decl = fn.syntax
            # instances: generics.drain; bodyless with a body: overridden by the runtime (ir/linknames.py)
            if decl is not None and ast.has_body(decl) and not fn.type_args and not fn.bodyless:
                fn.builder = partial(self.build_function, fn)
                if not lazy:
                    ssa.ensure_built(fn)
        self.build_init()

    def build_function(self, fn: ssa.Function) -> None:
        decl = fn.syntax
        fb = FunctionBuilder(self, fn)
        try:
            fb.build_body(decl.type, decl.body, decl.recv)
        except (CompileError, InternalCompilerError, RecursionError):
            raise
        except Exception as e:  # a builder bug: one line at the statement being built
            pos = getattr(fb, "cur_pos", 0) or decl.pos
            raise InternalCompilerError(self.fset.position(pos), f"SSA of {fn.name}: {type(e).__name__}: {e}") from e
        generics_of(self.prog).drain()

    def build_init(self) -> None:
        sig = T.Signature()
        init = ssa.Function(self.qualified("init"), sig, self.pkg, synthetic="package initializer")
        fb = FunctionBuilder(self, init)
        fb.block = init.new_block("entry")
        verdicts = build_static.Verdicts(self.cache_key, len(self.info.init_order))
        for item in self.info.init_order:
            if not build_static.static_or_lazy(fb, item, verdicts):  # static data, or run only if used
                fb.global_initializer(item)
        verdicts.finish()
        for f in self.init_funcs():
            fb.emit(ssa.Call(ssa.CallCommon(f, [], signature=f.signature), T.EMPTY_TUPLE))
        fb.emit_return([], 0)
        finish_function(init)
        self.pkg.functions[init.name] = init
        self.pkg.init = init


def _directive_arg(directives: list[ast.Directive], name: str) -> str | None:
    for d in directives:
        if d.name == name:
            return d.args.split()[0] if d.args else ""
    return None


def _is_std_file(filename: str) -> bool:
    from tinypy_go import goroot, loader

    path = Path(filename).resolve()
    return path.is_relative_to(goroot.goroot_src()) or path.is_relative_to(loader.RUNTIME_DIR)


def _type_name(t: T.Type) -> str:
    obj = getattr(t, "obj", None)
    return obj.name if obj is not None else str(t)


def build_program(fset, checked: list[tuple[Any, list[ast.File], api.Info]], lazy: bool = True,
                  cache_keys: dict[str, str] | None = None) -> ssa.Program:
    """SSA for every package, in the given (dependency) order.  With lazy, function
    bodies are built when first needed (ssa.ensure_built), so unreachable code costs
    nothing beyond type checking.  ``cache_keys``: import path -> package-cache key of
    the packages whose facts may be kept in the build cache (build_static.Verdicts)."""
    prog = ssa.Program(fset)
    builders = [PackageBuilder(prog, pkg, files, info) for pkg, files, info in checked]
    for b in builders:
        b.cache_key = (cache_keys or {}).get(b.pkg.path)
    for b in builders:
        b.create_members()
    linknames.apply_overrides(prog)  # runtime definitions replacing std bodies (ir/linknames.py)
    linknames.alias_pulled_vars(prog, [(b.pkg, b.files) for b in builders])
    for b in builders:
        b.build(lazy)
    generics_of(prog).drain()
    return prog
