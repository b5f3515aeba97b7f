"""LLVM IR text -> optimized wasm32 object file, through llvmlite.

llvmlite's new pass manager only knows speed levels (O0-O3), so the size
levels are built the way clang does it: the O2 pipeline, every defined
function marked ``optsize`` (``-opt=s``) or ``optsize minsize``
(``-opt=z``), and the inliner threshold lowered to LLVM's OptSizeThreshold
(50) / OptMinSizeThreshold (5), loop unrolling and vectorization off.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import llvmlite.binding as llvm

from tinypy_go.backend.objworker import LLVMError as LLVMError  # raised here, defined without LLVM
from tinypy_go.target import WASI, Target

OPT_LEVELS = ("0", "1", "2", "s", "z")


@dataclass(frozen=True, slots=True)
class _OptSettings:
    speed: int
    size: int  # 0 none, 1 optsize, 2 minsize
    inline_threshold: int | None


_SETTINGS = {
    "0": _OptSettings(0, 0, None),
    "1": _OptSettings(1, 0, None),
    "2": _OptSettings(2, 0, None),
    "s": _OptSettings(2, 1, 50),
    "z": _OptSettings(2, 2, 5),
}


@functools.cache
def _init() -> None:
    llvm.initialize_all_targets()
    llvm.initialize_all_asmprinters()


@functools.cache
def target_machine(target: Target = WASI, opt: str = "z") -> llvm.TargetMachine:
    """A (cached) target machine for ``target`` with codegen tuned for ``opt``."""
    return new_target_machine(target, opt)


def new_target_machine(target: Target = WASI, opt: str = "z") -> llvm.TargetMachine:
    """A target machine of its own, for a thread compiling beside others."""
    _init()
    t = llvm.Target.from_triple(target.triple)
    codegen_opt = min(_SETTINGS[opt].speed, 2)
    return t.create_target_machine(cpu=target.cpu, features=target.features, opt=codegen_opt,
                                   reloc="static", codemodel="default")


def parse_ir(llvm_ir_text: str, target: Target = WASI, context: llvm.ContextRef | None = None) -> llvm.ModuleRef:
    """Parse and verify IR text, setting the target triple and data layout."""
    _init()
    try:
        mod = llvm.parse_assembly(llvm_ir_text, context)
        mod.verify()
    except RuntimeError as e:
        raise LLVMError(str(e).strip()) from None
    mod.triple = target.triple
    mod.data_layout = target.data_layout
    return mod


def optimize(mod: llvm.ModuleRef, opt: str, target: Target = WASI,
             machine: llvm.TargetMachine | None = None) -> None:
    """Run the -opt pipeline on ``mod`` in place (``machine``: default the cached one)."""
    if opt not in _SETTINGS:
        raise ValueError(f"unknown optimization level {opt!r}")
    s = _SETTINGS[opt]
    if s.size:
        attrs = ("optsize", "minsize") if s.size == 2 else ("optsize",)
        for fn in mod.functions:
            if fn.is_declaration:
                continue
            # llvmlite yields each attribute group as one bytes string ("noinline optnone")
            existing = set(b" ".join(fn.attributes).decode(errors="replace").split())
            if "optnone" in existing:
                continue
            for a in attrs:
                if a not in existing:
                    fn.add_function_attribute(a)
    pto = llvm.create_pipeline_tuning_options(speed_level=s.speed) if hasattr(
        llvm, "create_pipeline_tuning_options") else llvm.PipelineTuningOptions(speed_level=s.speed)
    if s.inline_threshold is not None:
        pto.inlining_threshold = s.inline_threshold
    if s.size:
        pto.loop_unrolling = False
        pto.loop_vectorization = False
        pto.slp_vectorization = False
    pb = llvm.create_pass_builder(machine or target_machine(target, opt), pto)
    mpm = pb.getModulePassManager()
    if s.speed == 0:
        # Every Go local starts as an alloca: without promotion, -opt=0 frames live in the 64 KiB
        # shadow stack and modest recursion (a few thousand frames) overflows it. SROA promotes
        # them to wasm locals, as TinyGo's register-based IR has them at -opt=0.
        mpm.add_sroa_pass()
    mpm.run(mod, pb)


def emit_object(llvm_ir_text: str, opt_level: str = "z", target: Target = WASI,
                machine: llvm.TargetMachine | None = None) -> bytes:
    """Compile IR text to a wasm object file (bytes) at ``opt_level`` (0 1 2 s z)
    (``machine``: a target machine of the caller's thread, default the cached one).

    Each build parses into an LLVM context of its own, disposed with the module:
    the global context keeps every type and constant it ever saw, so a process
    that builds many programs (tests, ``tinypy test``) grew by gigabytes and
    slowed down tenfold."""
    ctx = llvm.create_context()
    try:
        mod = parse_ir(llvm_ir_text, target, ctx)
        try:
            machine = machine or target_machine(target, opt_level)
            optimize(mod, opt_level, target, machine)
            return machine.emit_object(mod)
        finally:
            mod.close()
    finally:
        ctx.close()


def optimized_ir(llvm_ir_text: str, opt_level: str = "z", target: Target = WASI) -> str:
    """The IR after the -opt pipeline (for -internal-printir and tests)."""
    mod = parse_ir(llvm_ir_text, target)
    optimize(mod, opt_level, target)
    return str(mod)
