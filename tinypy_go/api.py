"""The Python API: ``tinypy_go.build(...)`` and ``tinypy_go.run(...)``.

For tools that compile Go from Python (editors, playgrounds, test harnesses)
without a subprocess and without parsing the CLI's output: sources come as
files, a directory or in-memory ``{"main.go": "package main ..."}``; the result
carries the module's bytes, the diagnostics as objects, and stage timings.
Compile errors are part of the result (``ok`` is False), not exceptions: bad
arguments raise ``ValueError``, compiler bugs raise as they are.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Sources = str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | Mapping[str, str | bytes]


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One compile error, at a position as ``go build`` prints it."""

    file: str  # as given (the key of an in-memory source), "" when there is no position
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        if not self.line:
            return f"{self.file}: {self.message}" if self.file else self.message
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


@dataclass(slots=True)
class BuildResult:
    ok: bool
    wasm: bytes = b""  # the module (empty when not ok)
    output: Path | None = None  # where it was written, if an output path was given
    diagnostics: list[Diagnostic] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds, in order

    def raise_for_errors(self) -> None:
        """Raise ``BuildError`` when the build failed (for callers who prefer exceptions)."""
        if not self.ok:
            raise BuildError(self.diagnostics)


@dataclass(slots=True)
class RunResult:
    build: BuildResult
    exit_code: int | None = None  # None when the build failed
    stdout: bytes = b""
    stderr: bytes = b""


class BuildError(Exception):
    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics


def build(
    sources: Sources,
    output: str | os.PathLike[str] | None = None,
    *,
    target: str = "wasi",
    opt: str = "z",
    gc: str = "conservative",
    scheduler: str = "asyncify",
    panic: str = "print",
    tags: Sequence[str] = (),
    ldflags: str = "",
    no_debug: bool = False,
    stack_size: int | None = None,
) -> BuildResult:
    """Compile ``sources`` to a wasm module.

    sources: a ``.go`` file, a list of them, a package directory (with or inside a
    module), or a mapping of file names to contents (``go.mod`` included, if any).
    output: also write the module there.  The keyword arguments are the build flags.
    """
    from tinypy_go import ldflags as ldf
    from tinypy_go.build import BuildConfig, build_result
    from tinypy_go.errors import CompileError

    try:
        ld = ldf.parse(ldflags)
    except ldf.LdflagsError as e:
        raise ValueError(str(e)) from None
    with tempfile.TemporaryDirectory(prefix="tinypy-api-") as tmp:
        inputs, names = _inputs(sources, Path(tmp))
        out = Path(output) if output is not None else Path(tmp) / "out" / "main.wasm"
        config = BuildConfig(inputs=inputs, output=out, target=target, opt=opt, gc=gc, scheduler=scheduler,
                             panic=panic, tags=tuple(tags), no_debug=no_debug or ld.strip_dwarf,
                             ldflags_x=ld.x, stack_size=stack_size,
                             # in-memory sources live in a new temporary directory each time: name
                             # the program by its files, so that an edited rebuild is not a first build
                             program_id="api:" + "\0".join(sorted(sources)) if isinstance(sources, Mapping) else "")
        config.validate()
        try:
            r = build_result(config)
        except CompileError as e:
            return BuildResult(False, diagnostics=[_diagnostic(d, names) for d in e.diagnostics])
        return BuildResult(True, r.output.read_bytes(), out if output is not None else None,
                           timings=dict(r.timings.seconds))


def run(
    sources: Sources,
    args: Sequence[str] = (),
    *,
    env: Mapping[str, str] | None = None,
    dirs: Sequence[tuple[str, str]] = (),
    stdin: bytes | None = None,
    **build_flags: object,
) -> RunResult:
    """Build ``sources`` and run the module under wasmtime, capturing its output.

    As ``tinypy run``, the program sees only ``env`` (none by default) and the
    (host dir, guest dir) pairs of ``dirs``; ``stdin`` is its standard input.
    """
    from tinypy_go.wasmrun import run_wasm

    if build_flags.get("target", "wasi") not in ("wasi", "wasip1"):
        raise ValueError("run() runs WASI modules; build -target=wasm modules with build() and load them "
                         "with targets/wasm_exec.js")
    b = build(sources, **build_flags)  # type: ignore[arg-type]
    if not b.ok:
        return RunResult(b)
    with tempfile.TemporaryDirectory(prefix="tinypy-api-run-") as tmp:
        t = Path(tmp)
        (t / "stdin").write_bytes(stdin or b"")
        code = run_wasm(b.wasm, list(args), env=dict(env or {}), preopens=list(dirs), program_name="main.wasm",
                        stdout_file=str(t / "stdout"), stderr_file=str(t / "stderr"), stdin_file=str(t / "stdin"))
        return RunResult(b, code, (t / "stdout").read_bytes(), (t / "stderr").read_bytes())


def _inputs(sources: Sources, tmp: Path) -> tuple[list[str], dict[str, str]]:
    """The build inputs for sources, and real path -> name to report for in-memory files."""
    if isinstance(sources, Mapping):
        src = tmp / "src"
        names = {}
        for name, text in sources.items():
            rel = Path(name)
            if rel.is_absolute() or ".." in rel.parts:
                raise ValueError(f"in-memory source name {name!r}: want a relative path inside the package")
            p = src / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(text.encode() if isinstance(text, str) else text)
            names[str(p)] = name
        if not any(n.endswith(".go") for n in sources):
            raise ValueError("no .go file among the sources")
        if "go.mod" in sources:
            return [str(src)], names
        files = sorted(str(src / n) for n in sources if n.endswith(".go") and "/" not in n
                       and not n.endswith("_test.go"))
        return files, names
    if isinstance(sources, str | os.PathLike):
        sources = [sources]
    return [str(s) for s in sources], {}


def _diagnostic(d: object, names: dict[str, str]) -> Diagnostic:
    from tinypy_go.errors import Diagnostic as D

    assert isinstance(d, D)
    p = d.position
    file = p.filename
    for real, name in names.items():
        if file == real or os.path.abspath(file) == real:
            file = name
            break
    return Diagnostic(file, p.line, p.column, d.message)
