"""The build driver: load -> parse -> check -> SSA -> LLVM -> object -> link.

Each stage is timed (``-x``/``-v`` print the times; the benchmark reads
``BuildResult.timings``).  The stages owned by other parts of the compiler
are *hooks*, found by import when the build reaches them, so this driver
works (and can be tested) before they exist.  A hook is a function taking
the ``BuildContext`` and returning its stage's result:

=========  ===========================================  ==========================
stage      hook (module:function)                       result stored in
=========  ===========================================  ==========================
parse      tinypy_go.frontend.parser:parse_file         ctx.syntax (called per file
           (fset, filename, src, mode) -> ast.File      by the driver itself)
check      tinypy_go.pipeline:check_program             ctx.info
ssa        tinypy_go.pipeline:build_ssa                 ctx.ssa
llvm       tinypy_go.pipeline:compile_program           ctx.compiled (CompiledModule)
=========  ===========================================  ==========================

``compile_program`` may also do the check and SSA stages itself (then
leave those hooks unset in ``HOOKS``); what the driver needs in the end is
a ``CompiledModule``: LLVM IR text plus what the linker must know.

Caches (``buildcache.py``, off with ``TINYPY_BUILDCACHE=0``): after ``load``
the ``CompiledModule`` may come from the IR cache (stage ``ircache``; then
parse..llvm do not run and ``ctx.syntax/info/ssa`` stay empty: set
``keep_ssa`` if you need them), the object from the object cache, and the
final module from the module cache (stage ``wasmcache``; then ``link_stage``,
which holds the link and every post-link pass, does not run).
"""

from __future__ import annotations

import importlib
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tinypy_go import buildcache, gcpolicy, goroot, loader, target
from tinypy_go.backend import link as linker
from tinypy_go.backend import wasmopt
from tinypy_go.errors import CompileError, Diagnostic
from tinypy_go.frontend.token import FileSet, Position

OPT_CHOICES = ("0", "1", "2", "s", "z")
GC_CHOICES = ("conservative", "leaking", "none")
SCHEDULER_CHOICES = ("asyncify", "none")
PANIC_CHOICES = ("print", "trap")
SIZE_CHOICES = ("", "short", "full")
MIN_STACK, MAX_STACK = 4096, 256 << 20  # -stack-size bounds (a goroutine's block holds its asyncify data too)
# -buildmode: a command (``_start`` runs main) or a reactor (``_initialize`` runs
# the package initialisers, main is not needed); exe and wasi-legacy are
# TinyGo's and go's names for the command. Modes go knows but wasm cannot build
# are refused with go's message (BuildConfig.validate).
BUILDMODE_CHOICES = ("default", "exe", "wasi-legacy", "c-shared")
_GO_BUILDMODES = ("archive", "c-archive", "pie", "plugin", "shared")

# Stage -> "module:function"; the lead rewires these as stages land.
HOOKS: dict[str, str | None] = {
    "parse": "tinypy_go.frontend.parser:parse_file",
    "check": "tinypy_go.pipeline:check_program",
    "ssa": "tinypy_go.pipeline:build_ssa",
    "llvm": "tinypy_go.pipeline:compile_program",
}
DEFAULT_HOOKS = dict(HOOKS)  # the IR cache is used only with these (tests swap in fakes)


class UsageError(Exception):
    """Bad command line (also found while building, e.g. by -buildmode): printed as one
    ``tinypy: ...`` line, exit status 2."""


class StageMissing(Exception):
    """A pipeline stage is not implemented yet (reported as an internal error)."""


@dataclass(slots=True)
class BuildConfig:
    inputs: list[str] = field(default_factory=list)  # files, a directory or a module package path
    output: Path | None = None  # -o; None: go build's default name in the working directory
    target: str = "wasi"
    opt: str = "z"
    gc: str = "conservative"
    scheduler: str = "asyncify"
    panic: str = "print"
    buildmode: str = "default"  # default/exe/wasi-legacy: a command; c-shared: a reactor
    no_debug: bool = False
    tags: tuple[str, ...] = ()
    dump_ssa: bool = False  # -internal-dumpssa
    print_ir: bool = False  # -internal-printir
    print_commands: bool = False  # -x: print external commands and stage times
    verbose: bool = False  # -v: print package names and stage times
    sanity_check: bool = False  # run the SSA sanity checker on every function built (tests)
    keep_ssa: bool = False  # the caller reads ctx.ssa/ctx.info: always run the front end (no IR cache)
    ldflags_x: dict[str, str] = field(default_factory=dict)  # -ldflags=-X importpath.name=value
    size: str = ""  # -size short|full: print the per-package size table (sizes.py)
    print_allocs: str = ""  # -print-allocs REGEX: heap allocation sites of matching functions
    work: bool = False  # -work: keep the temporary build directory and print it
    stack_size: int | None = None  # -stack-size: bytes of each goroutine's stack (None: 64 KiB)
    status: bool = False  # show the status line on a terminal (the CLI; status.py decides if it may)
    # who the caller says the program is when its directory is a temporary one (the API's
    # in-memory sources): rebuilds of it then reuse the standard library's object (buildcache)
    program_id: str = ""
    # a command's build (tinypy build/run), likely repeated after an edit: a first build
    # also compiles the cut module's parts for the next one (buildcache.emit_objects)
    cut_ahead: bool = False

    def validate(self) -> None:
        """Raise ValueError with a one-line message for a bad flag value."""
        if target.lookup(self.target) is None:
            supported = ", ".join(target.SUPPORTED_TARGETS)
            raise ValueError(f'unknown target "{self.target}" (supported: {supported})')
        for flag, value, choices in (("opt", self.opt, OPT_CHOICES), ("gc", self.gc, GC_CHOICES),
                                     ("scheduler", self.scheduler, SCHEDULER_CHOICES),
                                     ("panic", self.panic, PANIC_CHOICES)):
            if value not in choices:
                raise ValueError(f'invalid value "{value}" for -{flag} (supported: {", ".join(choices)})')
        if self.size not in SIZE_CHOICES:
            raise ValueError(f'invalid value "{self.size}" for -size (supported: short, full)')
        if self.print_allocs:
            try:
                re.compile(self.print_allocs)
            except re.error as e:
                raise ValueError(f"invalid value {self.print_allocs!r} for -print-allocs: {e}") from None
        if self.stack_size is not None and not MIN_STACK <= self.stack_size <= MAX_STACK:
            raise ValueError(f"invalid value {self.stack_size} for -stack-size (from {MIN_STACK} bytes to "
                             f"{MAX_STACK >> 20} MiB)")
        t = self.target_info
        if self.buildmode in _GO_BUILDMODES or self.buildmode == "c-shared" and t.goos == "js":
            raise ValueError(f"-buildmode={self.buildmode} not supported on {t.goos}/wasm")  # go's words
        if self.buildmode not in BUILDMODE_CHOICES:
            raise ValueError(f"buildmode={self.buildmode} not supported")  # go's words (no dash)

    @property
    def reactor(self) -> bool:
        """-buildmode=c-shared: export _initialize instead of _start; main is not run."""
        return self.buildmode == "c-shared"

    @property
    def target_info(self) -> target.Target:
        t = target.lookup(self.target)
        if t is None:
            raise ValueError(f'unknown target "{self.target}"')
        return t

    def build_tags(self) -> frozenset[str]:
        tags = self.target_info.build_tags(self.gc, self.scheduler, self.tags)
        return tags | {"tinypy.panic.trap"} if self.panic == "trap" else tags


@dataclass(slots=True)
class CompiledModule:
    """What the LLVM stage hands to object emission and the linker."""

    llvm_ir: str  # textual LLVM IR for the whole program
    exports: list[str] = field(default_factory=list)  # //export and //go:wasmexport names
    entry: str | None = "_start"  # None: reactor module (no _start)
    allow_undefined: list[str] = field(default_factory=list)
    extra_objects: list[bytes] = field(default_factory=list)  # already-compiled objects to link in
    # functions that never switch tasks (asyncify's remove-list; None: instrument all)
    asyncify_removable: set[str] | None = None


class Timings:
    """Wall time (``seconds``) and process CPU time (``cpu``) per stage, in insertion order."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.listener: Callable[[str], None] | None = None  # told each stage as it starts (status line)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        if self.listener is not None:
            self.listener(name)
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t0
            self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - c0

    def report(self) -> str:
        total = sum(self.seconds.values())
        parts = [f"{k} {v * 1000:.1f}ms" for k, v in self.seconds.items()]
        return f"tinypy: {', '.join(parts)} (total {total * 1000:.1f}ms)"


@dataclass(slots=True)
class BuildContext:
    """Everything the stages share; hooks read what they need and return their result."""

    config: BuildConfig
    target: target.Target
    timings: Timings
    fset: FileSet = field(default_factory=FileSet)
    program: loader.Program | None = None
    syntax: dict[str, list[Any]] = field(default_factory=dict)  # package path -> [ast.File]
    info: Any = None  # type-checker results
    ssa: Any = None  # the SSA program
    compiled: CompiledModule | None = None
    objects: list[bytes] = field(default_factory=list)
    output: Path | None = None
    pkgcache: Any = None  # pkgcache.PackageCache: parsed+checked packages from earlier builds
    size_table: str = ""  # -size's table, printed once the build (and its status line) is done
    status: Any = None  # status.StatusLine while one runs
    check_plan: Any = None  # forkcheck.Plan: a child process parses and checks part of the packages


@dataclass(slots=True)
class BuildResult:
    output: Path
    timings: Timings
    context: BuildContext


def find_hook(stage: str) -> Callable[..., Any] | None:
    """The hook function for ``stage``, or None when its module does not exist yet."""
    spec = HOOKS.get(stage)
    if not spec:
        return None
    modname, _, fn = spec.partition(":")
    try:
        mod = importlib.import_module(modname)
    except ModuleNotFoundError as e:
        if e.name and (modname == e.name or modname.startswith(e.name + ".")):
            return None  # the stage's module is not written yet
        raise
    return getattr(mod, fn, None)


def default_output(program: loader.Program, inputs: list[str], cwd: Path | None = None) -> Path:
    """go build's output name: the first file's base for files, else the package's
    last path element (the directory's name outside a module)."""
    cwd = cwd or Path.cwd()
    main = program.main
    if inputs and all(a.endswith(".go") for a in inputs):
        base = Path(inputs[0]).stem
    elif main.path != loader.COMMAND_LINE_PATH:
        base = main.path.rsplit("/", 1)[-1]
    else:
        base = main.dir.name
    return cwd / f"{base}.wasm"


def build(config: BuildConfig) -> Path:
    """Build ``config.inputs`` to a wasm module; returns its path."""
    return build_result(config).output


def build_result(config: BuildConfig, program: loader.Program | None = None) -> BuildResult:
    """Build ``config.inputs`` (or ``program``, already loaded: ``tinypy test``'s test main)."""
    config.validate()
    goroot.check_supported()
    ctx = BuildContext(config, config.target_info, Timings())
    work = Path(tempfile.mkdtemp(prefix="tinypy-build-"))
    if config.work:
        print(f"WORK={work}", file=sys.stderr)  # as go build -work: kept after the build
    from tinypy_go import status

    quiet = not (config.print_commands or config.verbose or config.dump_ssa or config.print_ir
                 or config.print_allocs)
    if config.status and quiet and status.wanted():
        ctx.status = status.StatusLine().start()
        ctx.timings.listener = ctx.status.set_stage
    try:
        result = _build(ctx, work, program)
    finally:
        if ctx.pkgcache is not None:
            ctx.pkgcache.finish()  # a parse error stops the build before type checking unfreezes
        if ctx.status is not None:
            ctx.status.stop()
            ctx.timings.listener = None
        if not config.work:
            shutil.rmtree(work, ignore_errors=True)
    if ctx.size_table:
        print(ctx.size_table)
    if buildcache.enabled():
        from tinypy_go import cache

        cache.trim()  # keep the cache under TINYPY_CACHE_MAX (cheap: scans at most every 10 minutes)
    return result


def _build(ctx: BuildContext, work: Path, program: loader.Program | None) -> BuildResult:
    config = ctx.config
    t = ctx.timings
    with t.stage("load"):
        ctx.program = program or loader.load(list(config.inputs), config.build_tags(), ctx.target.goos,
                                             print_commands=config.print_commands)
    if config.reactor and ctx.program.main.name != "main":
        raise UsageError(f"-buildmode={config.buildmode} requires exactly one main package")  # go's words
    if config.verbose:
        for pkg in ctx.program.packages:
            print(pkg.path, file=sys.stderr)
    if ctx.status is not None:
        ctx.status.packages = len(ctx.program.packages)
    ir_key = None
    compiled = None
    stored: Callable[[], None] = lambda: None  # noqa: E731 - waits for the IR cache entry's writer
    use_cache = buildcache.enabled() and HOOKS == DEFAULT_HOOKS
    if use_cache and not config.dump_ssa and not config.keep_ssa and not config.print_allocs:
        with t.stage("ircache"):
            ir_key = buildcache.ir_key(config, ctx.program, HOOKS)
            compiled = buildcache.load_ir(ir_key)
    if compiled is None:
        from tinypy_go.backend import objworker

        objworker.prepare(ctx.target, config.opt)  # its start-up overlaps the front end
        compiled = front_end(ctx)
        if ir_key is not None:
            stored = buildcache.store_ir_behind(ir_key, compiled)
    ctx.compiled = compiled
    if config.print_ir:
        print("; Generated LLVM IR:")
        print(compiled.llvm_ir)
    with t.stage("object"):
        from tinypy_go.backend.objworker import LLVMTimeout

        # the packages whose code an edit changes (the main package's functions are "main.X")
        user = frozenset(p.path for p in ctx.program.packages if not p.goroot) | {"main"}
        try:
            objects = buildcache.emit_objects(compiled.llvm_ir, config.opt, ctx.target, user,
                                              buildcache.program_identity(ctx.program, config), config.cut_ahead)
        except LLVMTimeout as e:
            raise _llvm_timeout_error(ctx, compiled.llvm_ir, e.seconds) from None
        finally:
            stored()
        ctx.objects = [*objects, *compiled.extra_objects]
    output = config.output or default_output(ctx.program, config.inputs)
    if output.is_dir():
        output = output / default_output(ctx.program, config.inputs).name
    output.parent.mkdir(parents=True, exist_ok=True)
    opts = linker.LinkOptions(exports=compiled.exports, entry=compiled.entry, strip_debug=config.no_debug,
                              allow_undefined=compiled.allow_undefined)
    wasm_key = buildcache.wasm_key(ctx.objects, opts, config) if use_cache else None
    map_file = work / "main.map" if config.size else None  # -size reads the linker's map: always link
    wasm = buildcache.load_wasm(wasm_key) if wasm_key and map_file is None else None
    if wasm is not None:
        with t.stage("wasmcache"):
            output.write_bytes(wasm)
            output.chmod(0o755)  # as wasm-ld leaves it
    else:
        link_stage(ctx, output, opts, work, map_file)
        if wasm_key:
            buildcache.store_wasm(wasm_key, output.read_bytes())
    ctx.output = output
    if config.work:
        for i, obj in enumerate(ctx.objects):
            (work / f"obj{i}.o").write_bytes(obj)
    if map_file is not None:
        from tinypy_go import sizes

        ps = sizes.program_size(output.read_bytes(), map_file.read_text(), opts.stack_size)
        ctx.size_table = sizes.format_table(ps, config.size)
    if config.print_commands or config.verbose:
        print(t.report(), file=sys.stderr)
    return BuildResult(output, t, ctx)


_DEFINE = re.compile(r'^define [^@\n]*@("[^"]+"|[-\w$.]+)\(.*?(?:!dbg !(\d+))?\s*\{$', re.M)


def _llvm_timeout_error(ctx: BuildContext, llvm_ir: str, seconds: float) -> CompileError:
    """LLVM ran out of time: an error at the Go position of the module's largest
    function (the likeliest cause: a huge body, e.g. a giant composite literal)."""
    best: tuple[int, str, str | None] | None = None
    for m in _DEFINE.finditer(llvm_ir):
        end = llvm_ir.find("\n}", m.end())
        size = (end if end >= 0 else len(llvm_ir)) - m.start()
        if best is None or size > best[0]:
            best = (size, m.group(1).strip('"'), m.group(2))
    message = (f"LLVM did not finish optimising this program within {seconds:g} s "
               "(TINYPY_LLVM_TIMEOUT sets the limit, 0 for none)")
    if best is None:
        return CompileError([Diagnostic(Position("", 0, 0), message)])
    _, name, dbg = best
    message += f"; its largest function is {name}"
    pos: Position | None = None
    if ctx.ssa is not None:
        for fn in ctx.ssa.all_functions():
            if (fn.link_name or fn.name) == name and fn.pos:
                pos = ctx.ssa.fset.position(fn.pos)
                break
    if pos is None and dbg is not None:  # the IR came from the cache: its debug info has the line
        sp = re.search(rf"^!{dbg} = distinct !DISubprogram\(.*?file: !(\d+), line: (\d+)", llvm_ir, re.M)
        f = sp and re.search(rf'^!{sp.group(1)} = !DIFile\(filename: "([^"]*)", directory: "([^"]*)"\)',
                             llvm_ir, re.M)
        if sp and f:
            pos = Position(str(Path(f.group(2)) / f.group(1)), int(sp.group(2)), 1)
    return CompileError([Diagnostic(pos or Position("", 0, 0), message)])


def link_stage(ctx: BuildContext, output: Path, opts: linker.LinkOptions, work: Path | None = None,
               map_file: Path | None = None) -> None:
    """Link ``ctx.objects`` into ``output``, then run the post-link passes on it.

    Everything from the objects to the final module belongs here: the result is
    cached (``buildcache.wasm_key``) as a function of the objects and the config."""
    with ctx.timings.stage("link"):
        try:
            linker.link(ctx.objects, output, opts, verbose=ctx.config.print_commands, work=work,
                        map_file=map_file)
        except linker.LinkError as e:
            raise CompileError([Diagnostic(Position("", 0, 0), f"link: {line}")
                                for line in e.message.splitlines() if line.strip()]) from None
    from tinypy_go.backend import asyncify  # goroutines: only when the task switch is linked in

    if asyncify.needs_asyncify(output):
        with ctx.timings.stage("asyncify"):
            asyncify.run(output, ctx.config.opt, ctx.compiled.asyncify_removable)
    if wasmopt.wanted(ctx.config.opt):
        with ctx.timings.stage("wasm-opt"):  # post-link size pass (backend/wasmopt.py)
            wasmopt.optimize_file(output, ctx.config.opt)
    wasm = output.read_bytes() if not ctx.config.no_debug else b""
    if b".debug_info" in wasm:
        from tinypy_go.backend import dwarfmin

        with ctx.timings.stage("dwarf"):  # line tables and compile units only
            compacted = dwarfmin.compact(wasm)
            if compacted is not wasm:
                output.write_bytes(compacted)


def front_end(ctx: BuildContext) -> CompiledModule:
    """Parse, check, build SSA and generate the LLVM IR of ``ctx.program``."""
    t = ctx.timings
    with t.stage("parse"), gcpolicy.relaxed():
        parse_stage(ctx)
    for stage, attr in (("check", "info"), ("ssa", "ssa")):
        hook = find_hook(stage)
        if hook is not None:
            with t.stage(stage), gcpolicy.relaxed():
                setattr(ctx, attr, hook(ctx))
    hook = find_hook("llvm")
    if hook is None:
        raise StageMissing(f"no code generator: {HOOKS['llvm']} does not exist yet")
    with t.stage("llvm"):
        compiled = hook(ctx)
    if not isinstance(compiled, CompiledModule):
        raise TypeError(f"{HOOKS['llvm']} returned {type(compiled).__name__}, not CompiledModule")
    if ctx.config.sanity_check and ctx.ssa is not None:
        from tinypy_go.ir.sanity import check_program

        with t.stage("sanity"):
            check_program(ctx.ssa)  # after codegen: it builds function bodies on demand
    return compiled


def parse_stage(ctx: BuildContext) -> None:
    """Parse every selected file of every package into ``ctx.syntax`` (dependency order)."""
    hook = find_hook("parse")
    if hook is None:
        raise StageMissing(f"no parser: {HOOKS['parse']} does not exist yet")
    assert ctx.program is not None
    mode = _parse_mode()
    errors: list[Diagnostic] = []
    from tinypy_go import pkgcache

    pc = ctx.pkgcache = pkgcache.for_build(ctx.fset, ctx.config.build_tags(), ctx.target.goos)
    misses: list[tuple[loader.Package, int]] = []
    texts_of: dict[str, list[tuple[str, str, str]]] = {}  # a missed package's (name, text, digest)
    for pkg in ctx.program.packages:
        texts = [(loader.display_path(path), *loader.source(pkg, path)) for path in pkg.files]
        if pc is not None:  # an unchanged package comes back parsed and checked
            pc.key(pkg, texts)
            cached = pc.load(pkg)
            if cached is not None:
                ctx.syntax[pkg.path] = cached
                continue
        texts_of[pkg.path] = texts
        misses.append((pkg, sum(len(t) + 1 for _, t, _ in texts)))

    def parse_one(pkg: loader.Package) -> list[Diagnostic]:
        """Parse one package into ctx.syntax; its syntax errors."""
        texts = texts_of[pkg.path]
        if pc is not None:
            pc.place(pc.keys[pkg.path], sum(len(t) + 1 for _, t, _ in texts))
        files, diags = [], []
        for name, src, _digest in texts:
            try:
                files.append(hook(ctx.fset, name, src, mode))
            except CompileError as e:
                diags.extend(e.diagnostics)
        ctx.syntax[pkg.path] = files
        return diags

    from tinypy_go import forkcheck

    # with many misses (a cold cache), a child process takes part of them
    ctx.check_plan = forkcheck.start(ctx, misses, parse_one)
    later = ctx.check_plan.split.excl if ctx.check_plan is not None else ()
    for pkg, _ in misses:
        if pkg.path not in later:
            errors.extend(parse_one(pkg))
    if errors:
        if ctx.check_plan is not None:
            ctx.check_plan.abandon()
        raise CompileError(errors)


def _parse_mode() -> Any:
    """Ask the parser for comments/directives if it has such a mode flag."""
    mod = importlib.import_module(HOOKS["parse"].partition(":")[0]) if HOOKS["parse"] else None
    for name in ("PARSE_COMMENTS", "ParseComments"):
        if mod is not None and hasattr(mod, name):
            return getattr(mod, name)
    return 0
