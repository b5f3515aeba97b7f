"""Shared test helpers: run the CLI of this checkout, and the e2e program harness.

E2E conventions (tests/e2e/test_programs.py): every ``tests/testdata/<name>.go``
with a golden ``<name>.txt`` (expected stdout) is built with tinypy and run
under wasmtime; optional ``<name>.exit`` holds the expected exit status
(default 0) and ``<name>.stderr`` the expected leading lines of stderr (the
program's stderr must start with exactly these lines; often just the panic
message).
``TINYPY_TEST_OPT`` selects the -opt levels (comma-separated, or ``all`` =
0,1,2,s,z).  By default every program runs at -opt=z, every fifth one (by
name order) also at -opt=0 and every 24th at -opt=2; one importing reflect at
z or 0 (``program_opt_levels``): sampling the other levels keeps their coverage
without two more full passes over a corpus that keeps growing.  ``scripts/regen_golden.py`` rewrites the goldens
from native Go.  A first line ``// tinypy: -gc=leaking`` builds a program
with that collector; ``tests/e2e/test_gc.py`` runs every ``gc_*`` program
under each collector at -opt=0 and z.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TESTDATA = REPO / "tests" / "testdata"


def opt_levels() -> list[str]:
    raw = os.environ.get("TINYPY_TEST_OPT", "0,2,z").strip()
    if raw == "all":
        return ["0", "1", "2", "s", "z"]
    return [x.strip() for x in raw.split(",") if x.strip()]


def program_opt_levels(index: int, source: Path | None = None) -> list[str]:
    """The -opt levels of the index-th corpus program: ``TINYPY_TEST_OPT`` when set,
    else z for every program (the default users get), 0 for every fifth and 2 for every
    24th, offset so that they rarely coincide (the suite must not grow with the
    corpus three builds at a time; TINYPY_TEST_OPT=0,2,z runs them all).  -opt=2 runs
    the same LLVM pipeline as z with other thresholds, and costs as much, so it is
    sampled more thinly than 0.  A program importing reflect runs at one level, z or 0
    in turn, as the standard-library programs do (tests/e2e/test_stdlib.py): its module
    is a standard-library-sized one (10-30 s a build at z)."""
    if os.environ.get("TINYPY_TEST_OPT"):
        return opt_levels()
    if source is not None and _imports_reflect(source):
        return ["z"] if index % 2 == 0 else ["0"]
    return [*(["0"] if index % 5 == 0 else []), *(["2"] if index % 24 == 1 else []), "z"]


def _imports_reflect(source: Path) -> bool:
    text = source.read_text(encoding="utf-8")
    return '"reflect"' in text[:text.find("\nfunc ")]  # the import block, before the first function


def run_tinypy(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
               timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run ``tinypy ARGS`` from this checkout (not whatever is installed) and capture output."""
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    e.pop("TINYPY_DEBUG", None)
    if env:
        e.update(env)
    return subprocess.run([sys.executable, "-m", "tinypy_go", *args], cwd=cwd, env=e,
                          capture_output=True, text=True, timeout=timeout)


@dataclass(slots=True)
class Golden:
    name: str
    source: Path
    stdout: str
    exit_code: int
    stderr_lines: list[str] | None  # expected leading stderr lines


def goldens() -> list[Golden]:
    out = []
    for src in sorted(TESTDATA.glob("*.go")):
        txt = src.with_suffix(".txt")
        if not txt.exists():
            continue
        exit_file = src.with_suffix(".exit")
        err_file = src.with_suffix(".stderr")
        out.append(Golden(
            src.stem, src, txt.read_text(encoding="utf-8"),
            int(exit_file.read_text().strip()) if exit_file.exists() else 0,
            err_file.read_text(encoding="utf-8").rstrip("\n").split("\n") if err_file.exists() else None,
        ))
    return out


@dataclass(slots=True)
class RunResult:
    stdout: str
    stderr: str
    exit_code: int


def source_flags(source: Path) -> dict[str, str]:
    """Build flags from a first-line marker such as ``// tinypy: -gc=leaking``."""
    with open(source, encoding="utf-8") as f:
        first = f.readline()
    flags: dict[str, str] = {}
    if first.startswith("// tinypy:"):
        for word in first.split(":", 1)[1].split():
            name, _, value = word.lstrip("-").partition("=")
            flags[name] = value
    return flags


def build_and_run(source: Path, opt: str, workdir: Path, args: list[str] | None = None,
                  gc: str | None = None, env: dict[str, str] | None = None, stdin: bytes = b"",
                  preopens: list[tuple[str, str]] | None = None) -> RunResult:
    """Build ``source`` in-process with tinypy at ``opt`` (and ``-gc``, default from the
    source's marker line, else conservative) and run it with ``args``, ``env`` (default
    empty), ``stdin`` and ``preopens`` (host dir, guest dir); compiler errors propagate."""
    from tinypy_go.build import BuildConfig, build_result
    from tinypy_go.wasmrun import run_wasm

    gc = gc or source_flags(source).get("gc", "conservative")
    # sanity_check: the IR sanity checker runs on every function built.  The build's IR
    # cache (keyed on it) lets the other -opt levels of a program reuse the checked IR.
    result = build_result(BuildConfig(inputs=[str(source)], output=workdir / f"{source.stem}.wasm", opt=opt,
                                      gc=gc, sanity_check=True))
    wasm = result.output
    out, err, inp = workdir / "stdout", workdir / "stderr", workdir / "stdin"
    for f in (out, err):
        f.write_bytes(b"")
    inp.write_bytes(stdin)
    code = run_wasm(wasm, args or [], env=env or {}, preopens=preopens or [], stdout_file=str(out),
                    stderr_file=str(err), stdin_file=str(inp))
    return RunResult(out.read_text(encoding="utf-8", errors="replace"),
                     err.read_text(encoding="utf-8", errors="replace"), code)


@pytest.fixture
def tinypy():
    return run_tinypy


# Test files in decreasing order of run time per test, the heaviest first: with
# ``worksteal`` the last tests to finish are then short ones, so neither worker sits
# idle at the end while the other runs a long build.  Files not listed keep their
# place after these; the order within a file never changes (a program's -opt
# variants stay adjacent, see pytest_configure).
HEAVY_FIRST = ("tests/test_hostile.py", "tests/e2e/test_stdlib.py", "tests/test_gotest.py",
               "tests/e2e/test_programs.py", "tests/e2e/test_gc.py", "tests/e2e/test_embedding.py",
               "tests/test_flags.py", "tests/test_js.py")


def pytest_collection_modifyitems(config, items):
    rank = {path: i for i, path in enumerate(HEAVY_FIRST)}

    def key(indexed):
        i, item = indexed
        path = Path(str(item.fspath)).resolve().relative_to(REPO).as_posix()
        return rank.get(path, len(HEAVY_FIRST)), i

    items[:] = [item for _, item in sorted(enumerate(items), key=key)]


def pytest_addoption(parser):
    parser.addoption("--update", action="store_true", default=False,
                     help="rewrite the stage goldens (tests/golden) from this compiler")


def pytest_configure(config):
    """Schedule ``-n`` runs with xdist's ``worksteal`` unless ``--dist`` was given: each
    worker takes a contiguous half of the tests and an idle one steals from the end of
    the other's queue.  Contiguous runs keep a program's -opt variants on one worker,
    one after the other, so the later ones hit the build's IR cache (xdist's default
    ``load`` deals the first quarter out one test at a time, alternating workers).
    (Not an ``addopts``: ``--dist`` without ``-n`` makes pytest-benchmark warn.)"""
    args = config.invocation_params.args
    if getattr(config.option, "numprocesses", None) and getattr(config.option, "dist", None) == "load" \
            and not any(str(a).startswith(("--dist", "-d")) for a in args):
        config.option.dist = "worksteal"
    _test_cache_dir()
    _no_cut_ahead()


def _no_cut_ahead() -> None:
    """The CLI's first builds also compile the cut module's parts for a next build
    (buildcache.emit_objects): CPU time that the suite's programs, built once, would
    spend for nothing.  tests/test_buildcache.py turns it on where it tests it."""
    os.environ.setdefault("TINYPY_CUT_AHEAD", "0")


def _test_cache_dir() -> None:
    """Point the compiler's cache (the package cache included) at a directory of
    this test run, not the user's: the first build of a package fills it and
    later builds load from it.  xdist workers inherit the controller's
    environment and so share the directory (entries are written atomically)."""
    if os.environ.get("TINYPY_CACHE"):
        return
    import atexit
    import shutil
    import tempfile

    d = tempfile.mkdtemp(prefix="tinypy-test-cache-")
    os.environ["TINYPY_CACHE"] = d
    atexit.register(shutil.rmtree, d, True)
