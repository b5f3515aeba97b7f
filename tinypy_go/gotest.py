"""``tinypy test``: build each package's test main and run it, reporting as ``go test``.

Per package: load it with its test files (``loader.load_test_package``), find
the tests and generate the main (``testmain``), build it with the command's
build flags and run it under wasmtime in a child process (so its stdout and
stderr share one stream, as go's test binaries' do) with the test binary
flags go passes (``-test.paniconexit0 -test.timeout=10m0s -test.v=true ...``).

Sandbox of a test binary: the package directory is preopened at its own
path and is the working directory (``PWD``), as go runs tests in the package
directory; a fresh host temp directory is preopened as ``/tmp`` with
``TMPDIR=/tmp`` (``t.TempDir``, ``os.CreateTemp``); the environment holds only
``PWD`` and ``TMPDIR`` (``t.Setenv`` works inside the guest).

Output follows cmd/go/internal/test: ``ok  \\tpkg\\t0.012s`` for a passing
package (its output only with ``-v``), the binary's output then
``FAIL\\tpkg\\t0.012s`` for a failing one, ``?   \\tpkg\\t[no test files]``,
``FAIL\\tpkg [build failed]``, a final ``FAIL`` line in package-list mode;
exit status 1 when anything failed.  ``-json`` converts the binary's
``-test.v=test2json`` output with ``test2json``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from tinypy_go import loader, testmain
from tinypy_go.build import BuildConfig, build_result
from tinypy_go.errors import CompileError, format_diagnostics

# go test's flags that become test binary flags: name -> kind ("bool" or "string").
TEST_BINARY_FLAGS: dict[str, str] = {
    "run": "string", "skip": "string", "v": "bool", "count": "string", "short": "bool",
    "failfast": "bool", "bench": "string", "benchtime": "string", "benchmem": "bool",
    "timeout": "string", "cpu": "string", "parallel": "string", "list": "string",
    "shuffle": "string", "fullpath": "bool",
}


@dataclass(slots=True)
class TestOptions:
    binary_flags: list[str] = field(default_factory=list)  # -test.x=y, in command-line order
    verbose: bool = False  # -v
    json: bool = False  # -json
    failfast: bool = False
    timeout: str = "10m0s"
    list_mode: bool = True  # package-list mode (packages named) vs local directory mode
    args: list[str] = field(default_factory=list)  # after -args
    work: bool = False  # -work: keep the work directory
    bench: bool = False  # -bench given: output streams, as with cmd/go


@dataclass(slots=True)
class PackageResult:
    path: str
    status: str  # "ok", "FAIL", "no test files", "build failed"
    output: str = ""
    seconds: float = 0.0


def expand_packages(args: list[str]) -> list[str]:
    """``go test``'s package arguments with ``dir/...`` patterns expanded to the directories
    below ``dir`` holding ``.go`` files (skipping ``testdata``, ``vendor``, ``_x``, ``.x``
    and nested modules), as relative ``./`` paths."""
    out: list[str] = []
    for a in args or ["."]:
        if a == "..." or a.endswith("/..."):
            root = Path(a[:-4] or ".")
            if not root.is_dir():
                raise loader.InputError(f"pattern {a}: directory {root} does not exist")
            found = []
            for d, dirs, files in os.walk(root):
                dirs[:] = sorted(x for x in dirs if not x.startswith((".", "_")) and x not in ("testdata", "vendor")
                                 and not (Path(d) / x / "go.mod").is_file())
                if any(f.endswith(".go") and not f.startswith((".", "_")) for f in files):
                    found.append(d)
            if not found:
                print(f"go: warning: \"{a}\" matched no packages", file=sys.stderr)
            for d in sorted(found):
                rel = Path(d).as_posix()
                out.append(rel if rel.startswith(("/", ".")) else "./" + rel)
        else:
            out.append(a)
    return out


def _binary_argv(opts: TestOptions) -> list[str]:
    argv = ["-test.paniconexit0", f"-test.timeout={opts.timeout}"]
    flags = list(opts.binary_flags)
    if opts.json:
        flags = [f for f in flags if not f.startswith("-test.v=")] + ["-test.v=test2json"]
    return argv + flags + opts.args


def run_tests(packages: list[str], config: BuildConfig, opts: TestOptions, out: TextIO = sys.stdout) -> int:
    """Run the tests of ``packages``; returns the exit status (0, 1, or 2 for a setup error)."""
    work = Path(tempfile.mkdtemp(prefix="tinypy-test-"))
    if opts.work:
        print(f"WORK={work}", file=sys.stderr)
    failed = False
    try:
        pkgs = expand_packages(packages)
        # cmd/go streams when no package is named, when benchmarking, and with -v for one package
        stream = not opts.list_mode or opts.bench or (opts.verbose and len(pkgs) == 1)
        stop = False
        for i, arg in enumerate(pkgs):
            if stop:
                break
            r = _run_package(arg, config, opts, work / str(i), out, stream)
            if r.status != "ok" and r.status != "no test files":
                failed = True
                stop = opts.failfast
    finally:
        if not opts.work:
            shutil.rmtree(work, ignore_errors=True)
    if failed and opts.list_mode and not opts.json:
        print("FAIL", file=out)
    out.flush()
    return 1 if failed else 0


def _run_package(arg: str, config: BuildConfig, opts: TestOptions, work: Path, out: TextIO,
                 stream: bool) -> PackageResult:
    work.mkdir(parents=True)
    ld = loader.Loader(config.build_tags(), config.target_info.goos, print_commands=config.print_commands)
    path = arg
    try:
        tp = ld.load_test_package(arg)
        path = tp.path
        if not tp.test_files and not tp.xtest_files:
            _emit(out, opts, path, f"?   \t{path}\t[no test files]\n", "skip")
            return PackageResult(path, "no test files")
        funcs = testmain.discover(tp.test_files, tp.xtest_files)
        main_go = work / "_testmain.go"
        main_go.write_text(testmain.generate(funcs, tp.path, ld.module[0] if ld.module else ""),
                           encoding="utf-8")
        program = ld.load_test_main(main_go, tp)
        cfg = _copy_config(config, work / (path.rsplit("/", 1)[-1] + ".test.wasm"))
        wasm = build_result(cfg, program).output
    except CompileError as e:
        out.flush()
        print(f"# {path}", file=sys.stderr)
        for line in format_diagnostics(e.diagnostics):
            print(line, file=sys.stderr)
        sys.stderr.flush()
        _emit(out, opts, path, f"FAIL\t{path} [build failed]\n", "fail")
        return PackageResult(path, "build failed")
    return _run_binary(wasm, tp, opts, work, out, stream)


def _copy_config(config: BuildConfig, output: Path) -> BuildConfig:
    from dataclasses import replace

    return replace(config, inputs=[], output=output, verbose=False)


def _run_binary(wasm: Path, tp: loader.TestPackage, opts: TestOptions, work: Path, out: TextIO,
                stream: bool) -> PackageResult:
    tmp = work / "tmp"
    tmp.mkdir()
    guest_dir = tp.dir.as_posix()
    spec = {"wasm": str(wasm), "args": _binary_argv(opts), "name": wasm.name,
            "env": {"PWD": guest_dir, "TMPDIR": "/tmp"},
            "preopens": [[str(tp.dir), guest_dir], [str(tmp), "/tmp"]]}
    spec_file = work / "run.json"
    spec_file.write_text(json.dumps(spec), encoding="utf-8")
    conv = None
    if opts.json:
        from tinypy_go.test2json import Converter

        conv = Converter(out, tp.path)
        conv.start()
    t0 = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "tinypy_go.wasmrun", str(spec_file)], cwd=tp.dir,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    chunks: list[bytes] = []
    assert proc.stdout is not None
    for line in iter(proc.stdout.readline, b""):
        chunks.append(line)
        if conv is not None:
            conv.write(line)
        elif stream:
            out.write(line.decode("utf-8", "replace"))
            out.flush()
    code = proc.wait()
    secs = time.monotonic() - t0
    output = b"".join(chunks).decode("utf-8", "replace")
    t = f"{secs:.3f}s"
    if conv is not None:
        conv.finish(code == 0, secs)
        return PackageResult(tp.path, "ok" if code == 0 else "FAIL", output, secs)
    shown = output if (stream or not (code == 0 and not opts.verbose)) else ""
    if not stream and shown:
        out.write(shown)
    if code == 0:
        norun = " [no tests to run]" if output.startswith("testing: warning: no tests to run") or \
            "\ntesting: warning: no tests to run" in output else ""
        if output and not output.endswith("\n") and (shown or stream):
            out.write("\n")
        out.write(f"ok  \t{tp.path}\t{t}{norun}\n")
        out.flush()
        return PackageResult(tp.path, "ok", output, secs)
    if not output:
        out.write(f"exit status {code}\n")
    elif not output.endswith("\n"):
        out.write("\n")
    out.write(f"FAIL\t{tp.path}\t{t}\n")
    out.flush()
    return PackageResult(tp.path, "FAIL", output, secs)


def _emit(out: TextIO, opts: TestOptions, path: str, text: str, action: str) -> None:
    """A line of go test's own (no test binary ran): as a JSON event with -json."""
    if opts.json:
        from tinypy_go.test2json import event_line

        out.write(event_line({"Action": "start", "Package": path}))
        out.write(event_line({"Action": "output", "Package": path, "Output": text}))
        out.write(event_line({"Action": action, "Package": path, "Elapsed": 0}))
    else:
        out.write(text)
    out.flush()
