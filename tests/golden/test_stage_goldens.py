"""Golden files per stage, as TinyGo's ``compiler/testdata`` and ``transform/testdata``:
the SSA of small programs (``ssa/NAME.go`` -> ``NAME.ssa``: the main package's
functions as ``-internal-dumpssa`` prints them) and the LLVM IR that lowering
emits for one feature at a time (``llvm/NAME.go`` -> ``NAME.ll``: the main
package's globals and functions before LLVM's optimisation, without debug
information).  No linking and no LLVM: a change to the builder or to a
lowering file shows up here as a diff in a second or so.

    python -m pytest tests/golden --update     # rewrite the goldens from this compiler

A golden records what the compiler does, not what Go does (the e2e suites check
behaviour); a diff is to be read, and accepted with ``--update`` when intended.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tinypy_go import loader
from tinypy_go.build import BuildConfig, BuildContext, Timings, parse_stage
from tinypy_go.pipeline import build_ssa, check_program, compile_program, main_ssa_text
from tinypy_go.sizes import package_of

HERE = Path(__file__).resolve().parent
SSA_CASES = sorted((HERE / "ssa").glob("*.go"))
LLVM_CASES = sorted((HERE / "llvm").glob("*.go"))


def _front_end(src: Path, monkeypatch) -> BuildContext:
    monkeypatch.chdir(src.parent)
    cfg = BuildConfig(inputs=[src.name], no_debug=True)
    ctx = BuildContext(cfg, cfg.target_info, Timings())
    ctx.program = loader.load(list(cfg.inputs), cfg.build_tags(), ctx.target.goos)
    parse_stage(ctx)
    ctx.info = check_program(ctx)
    ctx.ssa = build_ssa(ctx)
    return ctx


_ATTR_GROUP = re.compile(r"#[0-9]+\b")
_SYMBOL = re.compile(r'^(?:define [^@]*|)(@"[^"]*"|@[-\w$.]+)')


def main_llvm_text(module: str) -> str:
    """The main package's global and function definitions of ``module``, sorted by
    name, attribute group numbers (which depend on the whole module) blanked."""
    entities: list[tuple[str, str]] = []
    lines = module.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        end = i
        if line.startswith("define "):
            while lines[end] != "}":
                end += 1
        m = _SYMBOL.match(line) if line.startswith(("define ", "@")) else None
        if m is not None and package_of(m.group(1)[1:].strip('"')) == "main":
            entities.append((m.group(1), "\n".join(lines[i:end + 1])))
        i = end + 1
    return "\n\n".join(_ATTR_GROUP.sub("#_", text) for _, text in sorted(entities)) + "\n"


def _compare(got: str, golden: Path, update: bool) -> None:
    if update or not golden.exists():
        golden.write_text(got, encoding="utf-8")
        if not update:
            pytest.fail(f"{golden.name} did not exist: written; check it in")
        return
    want = golden.read_text(encoding="utf-8")
    assert got == want, f"{golden.name} differs (python -m pytest {HERE.name} --update accepts the new text)"


@pytest.mark.parametrize("src", SSA_CASES, ids=[p.stem for p in SSA_CASES])
def test_ssa(src, monkeypatch, request):
    ctx = _front_end(src, monkeypatch)
    _compare(main_ssa_text(ctx.ssa), src.with_suffix(".ssa"), request.config.getoption("update"))


@pytest.mark.parametrize("src", LLVM_CASES, ids=[p.stem for p in LLVM_CASES])
def test_llvm(src, monkeypatch, request):
    ctx = _front_end(src, monkeypatch)
    compiled = compile_program(ctx)
    _compare(main_llvm_text(compiled.llvm_ir), src.with_suffix(".ll"), request.config.getoption("update"))


def test_main_llvm_text_keeps_only_main():
    module = ('@"main.x" = internal global i32 1\n@"fmt.y" = internal global i32 2\n'
              'define internal void @"main.f"() #3 {\nentry:\n  ret void\n}\n'
              'define internal void @"runtime.g"() #4 {\nentry:\n  ret void\n}\n')
    assert main_llvm_text(module) == ('define internal void @"main.f"() #_ {\nentry:\n  ret void\n}\n\n'
                                      '@"main.x" = internal global i32 1\n')
