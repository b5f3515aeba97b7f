"""The ``tinypy`` command: build, run, version, env.

click provides the command group; each subcommand takes its raw arguments
and parses them with Go's flag syntax (``goflags``), so ``-o=x``,
``-target wasi`` and ``--opt=2`` all work as they do with ``go``/``tinygo``.

Exit status: 0 success; 1 compile errors (printed like the Go toolchain);
2 usage errors (one line); 3 internal compiler errors (one line plus a
hint; ``TINYPY_DEBUG=1`` shows the traceback); ``run`` exits with the
program's status.
"""

from __future__ import annotations

import os
import shlex
import sys
import tempfile
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import NoReturn

import click

from tinypy_go import __version__, cache, gcpolicy, goroot, loader, modload
from tinypy_go.build import BuildConfig, StageMissing, UsageError, build  # UsageError: tinypy: ..., exit 2
from tinypy_go.errors import TOO_DEEP, CompileError, InternalCompilerError, format_diagnostics
from tinypy_go.goflags import Flag, FlagError, parse, usage
from tinypy_go.target import WASI

# The directory holding targets/ (TinyGo's TINYGOROOT plays the same part).
TINYPYROOT = Path(__file__).resolve().parent


BUILD_FLAGS = [
    Flag("o", "output file name (default: <package or first file>.wasm)", metavar="file"),
    Flag("target", "target to build for: wasi (= wasip1) or wasm (= js: browsers and Node)", default="wasi",
         metavar="name"),
    Flag("opt", "optimization level: 0, 1, 2, s, z", default="z", metavar="level"),
    Flag("gc", "garbage collector: conservative, leaking, none", default="conservative", metavar="name"),
    Flag("scheduler", "goroutine scheduler: asyncify, none", default="asyncify", metavar="name"),
    Flag("panic", "panic strategy: print, trap", default="print", metavar="strategy"),
    Flag("buildmode", "default (= exe, wasi-legacy: a command with _start) or c-shared (a reactor: "
         "_initialize, no main)", default="default", metavar="mode"),
    Flag("no-debug", "strip debug information (the name section is kept)", kind="bool"),
    Flag("tags", "extra build tags, comma- or space-separated", default="", metavar="list"),
    Flag("ldflags", "linker flags: -X importpath.name=value (string variables), -s, -w", default="",
         metavar="'flag list'"),
    Flag("size", "print sizes per package after the build: short (grouped) or full", default="",
         choices=("short", "full"), metavar="{short,full}"),
    Flag("print-allocs", "print the heap allocation sites of the functions matching the regexp, and why",
         default="", metavar="regexp"),
    Flag("stack-size", "stack size of each goroutine in bytes, suffixes KB, MB, KiB, MiB (default 64KiB)", default="",
         metavar="size"),
    Flag("work", "print the name of the temporary work directory and keep it", kind="bool"),
    Flag("internal-dumpssa", "print the SSA of every compiled function", kind="bool"),
    Flag("internal-printir", "print the generated LLVM IR", kind="bool"),
    Flag("x", "print external commands and stage times", kind="bool"),
    Flag("v", "print package names and stage times", kind="bool"),
]
RUN_FLAGS = [f for f in BUILD_FLAGS if f.name != "o"] + [
    Flag("dir", "preopen host directory HOST (as GUEST) for the program; repeatable", kind="list",
         metavar="HOST[::GUEST]"),
    Flag("env", "set environment variable K=V for the program (K alone: the host's K); repeatable",
         kind="list", metavar="K[=V]"),
    Flag("timeout", "stop the program after wall time d (a Go duration: 10s, 1m30s)", metavar="d"),
    Flag("max-memory", "limit the program's linear memory (bytes, or 64MiB, 1GiB)", metavar="size"),
]

TEST_FLAGS = [f for f in BUILD_FLAGS if f.name not in ("o", "v", "work")] + [
    Flag("run", "run only the tests, examples and fuzz tests matching the regexp", metavar="regexp"),
    Flag("skip", "skip the tests matching the regexp", metavar="regexp"),
    Flag("v", "verbose: log every test as it runs", kind="bool"),
    Flag("count", "run each test and benchmark n times", metavar="n"),
    Flag("short", "tell long-running tests to shorten their run time", kind="bool"),
    Flag("failfast", "do not start new tests after the first test failure", kind="bool"),
    Flag("bench", "run only the benchmarks matching the regexp", metavar="regexp"),
    Flag("benchtime", "run each benchmark for duration d or N times (Nx)", metavar="d"),
    Flag("benchmem", "print memory allocation statistics for benchmarks", kind="bool"),
    Flag("timeout", "panic a test binary that runs longer than d", default="10m0s", metavar="d"),
    Flag("cpu", "GOMAXPROCS values to run tests with", metavar="list"),
    Flag("parallel", "maximum number of tests to run in parallel", metavar="n"),
    Flag("list", "list the tests, benchmarks, fuzz tests and examples matching the regexp", metavar="regexp"),
    Flag("shuffle", "randomize the order of tests: off, on or a seed", metavar="off,on,N"),
    Flag("fullpath", "show full file names in error messages", kind="bool"),
    Flag("json", "print the output in JSON (test2json) format", kind="bool"),
    Flag("work", "print the name of the work directory and keep it", kind="bool"),
]

BUILD_USAGE = "usage: tinypy build [flags] [FILE.go... | DIR | ./pkg]"
RUN_USAGE = "usage: tinypy run [flags] FILE.go... | DIR [program args...]"
TEST_USAGE = "usage: tinypy test [build/test flags] [packages] [build/test flags & test binary flags] [-args ...]"

RAW = {"ignore_unknown_options": True, "allow_extra_args": True, "allow_interspersed_args": False,
       "help_option_names": []}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """tinypy-go: compile Go programs to WebAssembly (WASI), TinyGo-compatible."""


@cli.command("build", context_settings=RAW, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def build_cmd(args: tuple[str, ...]) -> None:
    """Compile packages and dependencies to a .wasm file."""
    values, rest = _parse(BUILD_FLAGS, _chdir(list(args)), BUILD_USAGE)
    config = _config(values, rest)
    config.cut_ahead = True  # likely built again after an edit
    if _exits_after_command:
        gcpolicy.one_shot()  # one build, then the process exits
    out = build(config)
    if config.verbose:
        print(out, file=sys.stderr)


@cli.command("run", context_settings=RAW, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def run_cmd(args: tuple[str, ...]) -> None:
    """Compile and run a Go program under wasmtime."""
    values, rest = _parse(RUN_FLAGS, _chdir(list(args)), RUN_USAGE)
    if not rest:
        raise UsageError("no go files listed")
    if _exits_after_command:
        gcpolicy.one_shot()  # one build, then the process exits
    if rest[0].endswith(".go"):
        n = next((i for i, a in enumerate(rest) if not a.endswith(".go")), len(rest))
        inputs, prog_args = rest[:n], rest[n:]
    else:
        inputs, prog_args = rest[:1], rest[1:]
    preopens, env = run_environment(values["dir"], values["env"], os.environ)  # type: ignore[arg-type]
    from tinypy_go.wasmrun import WasmLoadError, parse_duration, parse_size, run_wasm

    limits: dict[str, float | int] = {}
    try:
        if values.get("timeout"):
            limits["timeout"] = parse_duration(str(values["timeout"]))
        if values.get("max_memory"):
            limits["max_memory"] = parse_size(str(values["max_memory"]))
    except ValueError as e:
        raise UsageError(f"run: {e}") from None

    with tempfile.TemporaryDirectory(prefix="tinypy-run-") as tmp:
        values["o"] = None
        config = _config(values, inputs)
        config.output = Path(tmp) / "main.wasm"
        config.cut_ahead = True  # likely built again after an edit
        out = build(config)
        if config.target_info.goos == "js":
            sys.exit(run_node(out, prog_args, env, preopens))
        try:
            code = run_wasm(out, prog_args, env=env, preopens=preopens, program_name=out.name,
                            **limits)  # type: ignore[arg-type]
        except WasmLoadError as e:
            raise InternalCompilerError(None, f"the built module does not load: {e}") from None
    sys.exit(code)


def run_node(wasm: Path, prog_args: list[str], env: dict[str, str], preopens: list[tuple[str, str]]) -> int:
    """Run a -target=wasm module under Node with the shipped glue, as TinyGo does
    (``node wasm_exec.js main.wasm args...``); the program sees Node's file system."""
    import shutil
    import subprocess

    if preopens:
        raise UsageError("--dir applies to WASI only: under -target=wasm the program uses Node's file system")
    node = shutil.which("node")
    if node is None:
        raise UsageError("tinypy run -target=wasm needs Node.js: no node on PATH (install it, or build with "
                         "tinypy build -target=wasm and load the module with targets/wasm_exec.js)")
    glue = TINYPYROOT / "targets" / "wasm_exec.js"
    return subprocess.run([node, str(glue), str(wasm), *prog_args], env=env).returncode


@cli.command("test", context_settings=RAW, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def test_cmd(args: tuple[str, ...]) -> None:
    """Test packages: build each package's test main and run it under wasmtime."""
    from tinypy_go import gotest

    argv = _chdir(list(args))
    binary_args: list[str] = []
    for i, a in enumerate(argv):
        if a in ("-args", "--args"):
            argv, binary_args = argv[:i], argv[i + 1:]
            break
    values: dict[str, object] = {}
    packages: list[str] = []
    order: list[str] = []  # flag names in command-line order (the binary's flags keep it)
    rest = argv
    while True:
        seen = [a.lstrip("-").partition("=")[0] for a in rest if a.startswith("-")]
        vals, rest = _parse(TEST_FLAGS, rest, TEST_USAGE)
        for k, v in vals.items():
            if v not in (None, False, []) or k not in values:
                values[k] = v
        order += [n for n in seen if n not in order]
        n = next((i for i, a in enumerate(rest) if a.startswith("-") and len(a) > 1), len(rest))
        packages += rest[:n]
        rest = rest[n:]
        if not rest:
            break
    opts = gotest.TestOptions(verbose=bool(values["v"]), json=bool(values["json"]),
                              failfast=bool(values["failfast"]), timeout=str(values["timeout"]),
                              list_mode=bool(packages), args=binary_args, work=bool(values["work"]),
                              bench=bool(values["bench"]))
    for name in order:
        kind = gotest.TEST_BINARY_FLAGS.get(name)
        v = values.get(name.replace("-", "_"))
        if kind is None or v in (None, False) or name == "timeout":
            continue
        opts.binary_flags.append(f"-test.{name}={'true' if v is True else v}")
    values["o"] = None
    values["v"] = False
    values["work"] = False  # gotest keeps (and prints) the whole test work directory
    config = _config(values, [])
    sys.exit(gotest.run_tests(packages, config, opts))


def run_environment(dirs: list[str], envs: list[str], host_env: Mapping[str, str],
                    ) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """The preopens and environment of ``tinypy run`` from its ``--dir``/``--env`` flags.

    ``--dir HOST[::GUEST]`` preopens HOST as GUEST, wasmtime's syntax.  Without GUEST an
    absolute HOST keeps its path; a relative one is placed below the guest's root
    (``.`` -> ``/``, ``data`` -> ``/data``) because Go's wasip1 syscall package joins a
    relative name to its working directory, the first preopen's name, and cleans the
    result: a preopen named ``.`` would match no relative path, ``/`` matches them all.
    So after ``--dir .`` ``os.ReadFile("data.txt")`` reads ./data.txt.  A HOST outside
    the working directory given relatively (``../x``) keeps its absolute host path.
    The guest sees no host environment variable: ``--env K=V`` sets K, ``--env K``
    passes the host's K (nothing when the host has none), like ``wasmtime run --env K``.
    """
    preopens = []
    for spec in dirs:
        host, sep, guest = spec.partition("::")
        if not Path(host).is_dir():
            raise UsageError(f"--dir {spec}: {host} is not a directory")
        if sep and not guest:
            raise UsageError(f"--dir {spec}: empty guest path")
        if not sep:
            guest = _guest_path(host)
        preopens.append((host, guest))
    env: dict[str, str] = {}
    for kv in envs:
        k, sep, v = kv.partition("=")
        if not k:
            raise UsageError(f'--env "{kv}": want K=V or K')
        if sep:
            env[k] = v
        elif k in host_env:
            env[k] = host_env[k]
        else:
            env.pop(k, None)
    return preopens, env


def _guest_path(host: str) -> str:
    """The guest name of ``--dir HOST`` without ``::GUEST`` (see run_environment)."""
    p = Path(host)
    if p.is_absolute():
        return p.as_posix()
    rel = os.path.normpath(host)
    if rel == "..." or rel.startswith(".."):
        return p.resolve().as_posix()
    return "/" if rel == "." else "/" + Path(rel).as_posix()


CLEAN_FLAGS = [
    Flag("cache", "remove the whole build cache (also the default: the cache is all tinypy keeps)", kind="bool"),
    Flag("n", "print what would be removed, but remove nothing", kind="bool"),
]
CLEAN_USAGE = "usage: tinypy clean [-cache] [-n]"

COMMANDS = [
    ("build", "compile packages and dependencies to a .wasm module"),
    ("run", "compile and run a Go program under wasmtime (or Node for -target=wasm)"),
    ("test", "test packages on the target"),
    ("clean", "remove the build cache"),
    ("targets", "list the supported targets"),
    ("env", "print tinypy environment information"),
    ("version", "print the tinypy version"),
    ("help", "show help for a command or topic"),
]

TOPIC_SUMMARIES = {"cache": "the build cache and its size cap", "environment": "environment variables"}
TOPICS = {
    "cache": """The build cache keeps parsed and checked packages, LLVM IR, object files and
linked modules, keyed by everything that determines them, so an unchanged
rebuild only reads the cache.  It lives in $TINYPY_CACHE (default
$XDG_CACHE_HOME/tinypy-go or ~/.cache/tinypy-go; see 'tinypy env TINYPY_CACHE').

The cache keeps itself under a size cap: TINYPY_CACHE_MAX bytes, with an
optional unit (500MB, 2GiB; default 1GiB; 0 or off for no cap).  Using an
entry marks it as recently used; after a build, when the cache is over the
cap, the least recently used entries are removed until it is under 90% of
it.  The scan runs at most every 10 minutes.

'tinypy clean -cache' removes the whole cache; TINYPY_BUILDCACHE=0 builds
without it.""",
    "environment": """Environment variables read by tinypy:

	TINYPY_CACHE       the build cache directory
	TINYPY_CACHE_MAX   the cache's size cap (see 'tinypy help cache')
	TINYPY_BUILDCACHE  0 or off: build without the cache
	TINYPY_DEBUG       1: print tracebacks of internal errors
	GOROOT             the Go standard library to compile (default: the bundled one)
	CI                 set: never show the build status line""",
}


@cli.command("help", context_settings=RAW, add_help_option=False)
@click.argument("topic", nargs=-1, type=click.UNPROCESSED)
def help_cmd(topic: tuple[str, ...]) -> None:
    """Show help for a command or topic (tinypy help [topic])."""
    if not topic:
        print("tinypy compiles Go programs to WebAssembly (TinyGo-compatible).\n\nUsage:\n\n"
              "\ttinypy <command> [arguments]\n\nThe commands are:\n")
        for name, what in COMMANDS:
            print(f"\t{name:<11} {what}")
        print('\nUse "tinypy help <command>" for more information about a command.\n\nAdditional help topics:\n')
        for name in TOPICS:
            print(f"\t{name:<11} {TOPIC_SUMMARIES[name]}")
        print('\nUse "tinypy help <topic>" for more information about that topic.')
        return
    if len(topic) > 1:
        raise UsageError("usage: tinypy help command\n\nToo many arguments given.")
    name = topic[0]
    flags = {"build": (BUILD_USAGE, BUILD_FLAGS), "run": (RUN_USAGE, RUN_FLAGS), "test": (TEST_USAGE, TEST_FLAGS),
             "clean": (CLEAN_USAGE, CLEAN_FLAGS)}
    if name in flags:
        line, fl = flags[name]
        what = dict(COMMANDS)[name]
        print(f"{line}\n\n{what[0].upper()}{what[1:]}.\n\nFlags:\n{usage(fl)}")
    elif name in TOPICS:
        print(TOPICS[name])
    elif name in dict(COMMANDS):
        print(f"usage: tinypy {name}\n\n{dict(COMMANDS)[name][0].upper()}{dict(COMMANDS)[name][1:]}.")
    else:
        raise UsageError(f"help {name}: unknown help topic. Run 'tinypy help'.")


@cli.command("targets")
def targets_cmd() -> None:
    """List the supported targets, one per line (as tinygo targets)."""
    from tinypy_go.target import SUPPORTED_TARGETS

    for name in SUPPORTED_TARGETS:
        print(name)


@cli.command("clean", context_settings=RAW, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def clean_cmd(args: tuple[str, ...]) -> None:
    """Remove the build cache (tinypy clean [-cache] [-n])."""
    values, rest = _parse(CLEAN_FLAGS, list(args), CLEAN_USAGE)
    if rest:
        raise UsageError(f"clean: unexpected argument {rest[0]} (the build cache is all tinypy keeps; "
                         "build outputs are yours to remove)")
    root = cache.cache_dir()
    if values["n"]:
        print(f"rm -r {shlex.quote(str(root))}/*")
        return
    cache.clean()


@cli.command("version")
def version_cmd() -> None:
    """Print the tinypy-go version."""
    print(f"tinypy version {__version__} ({goroot.go_version()} stdlib, llvm {_llvm_version()})")


@cli.command("env")
@click.argument("names", nargs=-1)
def env_cmd(names: tuple[str, ...]) -> None:
    """Print tinypy-go's environment (GOROOT, GOOS, cache dir, tool versions)."""
    info = _env_info()
    if names:
        for n in names:
            print(info.get(n, ""))
        return
    for k, v in info.items():
        print(f"{k}={shlex.quote(v) if v else chr(39) * 2}")


def _env_info() -> dict[str, str]:
    try:
        root = str(goroot.goroot())
    except goroot.GorootError:
        root = ""
    go = goroot.go_binary()
    return {
        "GOROOT": root,
        "GOOS": WASI.goos,
        "GOARCH": WASI.goarch,
        "GOVERSION": goroot.go_version(),
        "GOBIN": str(go) if go else "",
        "TINYPY_CACHE": str(cache.cache_dir()),
        "TINYPY_VERSION": __version__,
        "TINYPY_TARGET": WASI.triple,
        "TINYPY_RUNTIME": str(loader.RUNTIME_DIR),
        "TINYPYROOT": str(TINYPYROOT),  # holds targets/wasm_exec.js, the JavaScript glue
        "LLVM_VERSION": _llvm_version(),
        "WASM_LD": "python -m ziglang wasm-ld (zig " + _dist_version("ziglang") + ")",
        "WASMTIME_VERSION": _dist_version("wasmtime"),
    }


def _llvm_version() -> str:
    try:
        import llvmlite.binding as llvm

        return ".".join(str(x) for x in llvm.llvm_version_info)
    except Exception:  # noqa: BLE001 - a broken llvmlite must not break `version`
        return "unknown"


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


def _chdir(args: list[str]) -> list[str]:
    """go's ``-C dir``: change to dir first; only as the first flag (go's rule and message)."""
    if args and (args[0] in ("-C", "--C") or args[0].startswith(("-C=", "--C="))):
        if "=" in args[0]:
            d, rest = args[0].split("=", 1)[1], args[1:]
        elif len(args) > 1:
            d, rest = args[1], args[2:]
        else:
            raise UsageError("flag needs an argument: -C")
        try:
            os.chdir(d)
        except OSError as e:
            raise UsageError(f"chdir {d}: {e.strerror.lower() if e.strerror else e}") from None
        return rest
    bools = {f.name for f in BUILD_FLAGS + TEST_FLAGS + RUN_FLAGS if f.kind == "bool"} | {"h", "help"}
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--" or not a.startswith("-") or len(a) < 2:
            break
        name = a.lstrip("-").partition("=")[0]
        if name == "C":
            d = a.split("=", 1)[1] if "=" in a else (args[i + 1] if i + 1 < len(args) else "")
            raise UsageError(f'invalid value "{d}" for flag -C: -C flag must be first flag on command line')
        i += 1 if "=" in a or name in bools else 2  # past the flag and its value
    return args


def _parse(flags: list[Flag], args: list[str], usage_line: str) -> tuple[dict[str, object], list[str]]:
    try:
        values, rest = parse(flags, args)
    except FlagError as e:
        raise UsageError(str(e)) from None
    if values["help"]:
        print(f"{usage_line}\n\nFlags:\n{usage(flags)}")
        sys.exit(0)
    return values, rest


def _config(values: dict[str, object], inputs: list[str]) -> BuildConfig:
    tags = str(values["tags"] or "").replace(",", " ").split()
    out = values.get("o")
    from tinypy_go import ldflags

    try:
        ld = ldflags.parse(str(values.get("ldflags") or ""))
    except ldflags.LdflagsError as e:
        raise UsageError(str(e)) from None
    config = BuildConfig(
        inputs=inputs,
        output=Path(str(out)) if out else None,
        target=str(values["target"]),
        opt=str(values["opt"]),
        gc=str(values["gc"]),
        scheduler=str(values["scheduler"]),
        panic=str(values["panic"]),
        buildmode=str(values.get("buildmode") or "default"),
        no_debug=bool(values["no_debug"]) or ld.strip_dwarf,
        tags=tuple(tags),
        ldflags_x=ld.x,
        dump_ssa=bool(values["internal_dumpssa"]),
        print_ir=bool(values["internal_printir"]),
        print_commands=bool(values["x"]),
        verbose=bool(values["v"]),
        size=str(values.get("size") or ""),
        print_allocs=str(values.get("print_allocs") or ""),
        work=bool(values.get("work")),
        status=True,
        stack_size=parse_size(str(values["stack_size"]), "-stack-size") if values.get("stack_size") else None,
    )
    try:
        config.validate()
    except ValueError as e:
        raise UsageError(str(e)) from None
    for a in inputs:
        if a.endswith(".go") and not Path(a).exists():
            raise UsageError(f"stat {a}: no such file or directory")
    return config


def parse_size(text: str, flag: str) -> int:
    """A byte count with an optional unit (``4096``, ``64KiB``, ``1MB``, ``2k``): TinyGo's
    -stack-size syntax, also TINYPY_CACHE_MAX's (cache.parse_bytes)."""
    n = cache.parse_bytes(text)
    if n is None:
        raise UsageError(f'invalid value "{text}" for {flag}: want a number of bytes, e.g. 4096, 64KiB, 1MB')
    return n


def _fail(code: int, *lines: str) -> NoReturn:
    for line in lines:
        print(line, file=sys.stderr)
    sys.stderr.flush()
    sys.exit(code)


# The front end and the SSA builder recurse over the syntax tree (as go/types
# and go/ssa do). Go accepts nesting thousands deep, so the compiler runs on a
# thread with a large stack (virtual memory: only the pages used are touched)
# and a recursion limit to match; past it, the program is reported as too
# deeply nested instead of crashing.
_STACK_BYTES = 1 << 30
_RECURSION_LIMIT = 200_000


def main(argv: list[str] | None = None) -> NoReturn:
    """Console entry point: the command on a deep-stack thread (see _STACK_BYTES)."""
    outcome: list[BaseException] = []

    def work() -> None:
        try:
            _main(argv)
        except BaseException as e:  # noqa: BLE001 - SystemExit included: re-raised below
            outcome.append(e)

    try:
        old = threading.stack_size(_STACK_BYTES)
    except (ValueError, RuntimeError):  # a platform without settable stacks: run here
        _main(argv)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), _RECURSION_LIMIT))
    t = threading.Thread(target=work, name="tinypy", daemon=True)
    t.start()
    threading.stack_size(old)
    try:
        while t.is_alive():
            t.join(0.2)
    except KeyboardInterrupt:
        _fail(130, "tinypy: interrupted")
    raise outcome[0] if outcome else SystemExit(0)


def _main(argv: list[str] | None) -> NoReturn:
    """Run the click group and map every failure to an exit status."""
    debug = os.environ.get("TINYPY_DEBUG") == "1"
    handlers: list[tuple[type[BaseException], Callable[[BaseException], NoReturn]]] = [
        (UsageError, lambda e: _fail(2, f"tinypy: {e}")),
        (loader.InputError, lambda e: _fail(2, f"tinypy: {e}")),
        (click.UsageError, lambda e: _fail(2, f"tinypy: {e.format_message()}")),  # type: ignore[attr-defined]
        (CompileError, lambda e: _fail(1, *format_diagnostics(e.diagnostics))),  # type: ignore[attr-defined]
        (goroot.GorootError, lambda e: _fail(2, str(e))),
        (modload.GoCommandError, lambda e: _fail(1, str(e))),
    ]
    try:
        rv = cli.main(args=argv, prog_name="tinypy", standalone_mode=False)
        sys.exit(rv if isinstance(rv, int) else 0)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        _fail(130, "tinypy: interrupted")
    except click.exceptions.Abort:
        _fail(130, "tinypy: aborted")
    except BaseException as e:  # noqa: BLE001 - the one place that turns every failure into a status
        for kind, handle in handlers:
            if isinstance(e, kind):
                if debug:
                    _print_traceback()
                handle(e)
        if debug:
            _print_traceback()
        msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        if isinstance(e, RecursionError):
            _fail(1, f"tinypy: {TOO_DEEP}")
        if isinstance(e, InternalCompilerError) and "internal compiler error" in msg:
            first = msg
        elif isinstance(e, StageMissing):
            first = f"internal compiler error: {msg}"
        else:
            first = f"internal compiler error: {type(e).__name__}: {msg}"
        _fail(3, first, "tinypy: this is a bug in tinypy-go: please report it with the program "
                 "(TINYPY_DEBUG=1 shows a traceback)")


# set by entry(): this process ends with the command (gcpolicy.one_shot may apply)
_exits_after_command = False


def entry() -> NoReturn:
    """The ``tinypy`` command: main() and then an immediate process exit.

    A build leaves millions of objects (syntax trees, types, SSA, LLVM modules)
    reachable from module-level caches; tearing them down at interpreter exit
    took 1.3-2 s after every build, longer than some builds.  The command's
    output is complete once main() returns (files closed, temporary directories
    removed), so the exit flushes the standard streams and skips the teardown.
    In-process callers (tests, the hostile worker) call main() instead; only
    here may build and run turn the garbage collector off (gcpolicy.one_shot).
    """
    global _exits_after_command
    _exits_after_command = True
    code: object = 0
    try:
        main()
    except SystemExit as e:
        code = e.code
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # SystemExit("message"): Python prints it and exits 1
        print(code, file=sys.stderr)
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # closed or broken pipe: nothing more to say
            status = status or 1
    if "tinypy_go.backend.objworker" in sys.modules:  # its CPU and memory are the command's too
        sys.modules["tinypy_go.backend.objworker"].shutdown()
    os._exit(status)


if __name__ == "__main__":
    entry()


def _print_traceback() -> None:
    import traceback  # only with TINYPY_DEBUG: 5 ms of every command's start-up otherwise

    traceback.print_exc()
