"""Run a WASI module with the wasmtime Python API, the way ``wasmtime run`` does.

The guest gets argv (program name first), the given environment, the
host's stdin/stdout/stderr and any preopened directories.  The result is
the process exit status: ``proc_exit``'s code, 0 when ``_start`` returns,
and for a trap the message on stderr and status 134 (SIGABRT's 128+6, what
a shell reports for the wasmtime CLI on a trap).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import wasmtime

TRAP_EXIT_CODE = 134

# The guest's wasm call stack (wasmtime's max_wasm_stack; its default, 512 KiB, is
# a few thousand frames): main can recurse a million frames of a small function, as
# in Go.  wasmtime runs the guest on the calling thread's native stack, so the guest
# runs on a thread of its own with this much stack and a margin for the host.
MAX_WASM_STACK = 256 << 20
_THREAD_STACK = MAX_WASM_STACK + (64 << 20)

# What Go prints for a goroutine that outgrows its stack (exit status 2).
STACK_OVERFLOW = "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n"
STACK_OVERFLOW_EXIT = 2
TIMEOUT_EXIT = 2  # a Go panic's status


class WasmLoadError(Exception):
    """The module failed to compile or instantiate (bad binary, unknown import)."""


def run_wasm(
    wasm: str | os.PathLike[str] | bytes,
    args: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    preopens: Sequence[tuple[str, str]] = (),
    program_name: str | None = None,
    stdout_file: str | None = None,
    stderr_file: str | None = None,
    stdin_file: str | None = None,
    timeout: float | None = None,
    max_memory: int | None = None,
) -> int:
    """Run ``wasm``'s ``_start``; returns the exit status.

    ``env`` None passes the host environment through; ``preopens`` are
    (host dir, guest dir) pairs.  ``*_file`` redirect the guest's stdio to
    files instead of inheriting the host's (used by the test harness).
    ``timeout`` (seconds of wall time) interrupts the guest: ``panic: program timed out
    after D``, exit 2; ``max_memory`` (bytes) bounds its linear memory: the runtime's
    ``fatal error: out of memory`` when an allocation would pass it.
    """
    config = wasmtime.Config()
    try:  # the async stack must be at least as large (not exposed by the Python API's Config)
        from wasmtime import _bindings

        _bindings.wasmtime_config_async_stack_size_set(config.ptr(), MAX_WASM_STACK + (1 << 20))
        config.max_wasm_stack = MAX_WASM_STACK
    except (ImportError, AttributeError):
        pass
    if timeout is not None:
        config.epoch_interruption = True
    engine = wasmtime.Engine(config)
    try:
        if isinstance(wasm, bytes | bytearray):
            module = wasmtime.Module(engine, bytes(wasm))
            name = program_name or "main.wasm"
        else:
            module = wasmtime.Module.from_file(engine, str(wasm))
            name = program_name or Path(wasm).name
    except wasmtime.WasmtimeError as e:
        raise WasmLoadError(str(e).strip()) from None

    wasi = wasmtime.WasiConfig()
    wasi.argv = [name, *args]
    environ = dict(os.environ) if env is None else dict(env)
    wasi.env = list(environ.items())
    _stdio(wasi, stdin_file, stdout_file, stderr_file)
    for host, guest in preopens:
        wasi.preopen_dir(host, guest)

    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    store = wasmtime.Store(engine)
    store.set_wasi(wasi)
    if max_memory is not None:
        store.set_limits(memory_size=max_memory)
    timer = None
    if timeout is not None:
        import threading

        store.set_epoch_deadline(1)
        timer = threading.Timer(timeout, engine.increment_epoch)
        timer.daemon = True
        timer.start()
    try:
        return _instantiate_and_run(linker, store, module, stderr_file, timeout)
    finally:
        if timer is not None:
            timer.cancel()


def _instantiate_and_run(linker: wasmtime.Linker, store: wasmtime.Store, module: wasmtime.Module,
                         stderr_file: str | None, timeout: float | None) -> int:
    try:
        instance = linker.instantiate(store, module)
    except wasmtime.ExitTrap as e:  # proc_exit from a start function
        return e.code
    except wasmtime.Trap as e:
        return _trap(e, stderr_file)
    except wasmtime.WasmtimeError as e:
        raise WasmLoadError(str(e).strip()) from None
    start = instance.exports(store).get("_start")
    if start is None:
        raise WasmLoadError("module has no _start export (is it a reactor?)")
    return _on_big_stack(lambda: _run_start(start, store, stderr_file, timeout))


def _run_start(start: wasmtime.Func, store: wasmtime.Store, stderr_file: str | None,
               timeout: float | None = None) -> int:
    try:
        start(store)
    except wasmtime.ExitTrap as e:
        return e.code
    except (wasmtime.Trap, wasmtime.WasmtimeError) as e:  # WasmtimeError: e.g. a host function failure
        if timeout is not None and "interrupt" in str(e):
            _write_stderr(f"panic: program timed out after {format_duration(timeout)}\n", stderr_file)
            return TIMEOUT_EXIT
        return _trap(e, stderr_file)
    return 0


_DURATION = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)")
_UNITS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}


def parse_duration(text: str) -> float:
    """Seconds in a Go duration (``90s``, ``1m30s``, ``500ms``); ValueError if malformed."""
    pos, total = 0, 0.0
    for m in _DURATION.finditer(text):
        if m.start() != pos:
            break
        total += float(m.group(1)) * _UNITS[m.group(2)]
        pos = m.end()
    if not text or pos != len(text):
        raise ValueError(f"invalid duration {text!r}")
    return total


def format_duration(seconds: float) -> str:
    """Go's time.Duration.String for whole seconds and milliseconds (``2s``, ``1m30s``, ``500ms``)."""
    if seconds < 1:
        return f"{round(seconds * 1000)}ms"
    whole = int(seconds)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    frac = seconds - whole
    sec = f"{s + frac:g}s" if frac else f"{s}s"
    if h:
        return f"{h}h{m}m{sec}"
    if m:
        return f"{m}m{sec}"
    return sec


_SIZE = re.compile(r"(\d+)\s*([KMG]i?B?|B)?", re.IGNORECASE)


def parse_size(text: str) -> int:
    """Bytes in ``64MiB``, ``64M``, ``1GB``, ``65536``; ValueError if malformed."""
    m = _SIZE.fullmatch(text.strip())
    if m is None:
        raise ValueError(f"invalid size {text!r}")
    unit = (m.group(2) or "B").upper()[:1]
    return int(m.group(1)) * {"B": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[unit]


def _on_big_stack(run: Callable[[], int]) -> int:
    """run() on a thread whose native stack holds MAX_WASM_STACK of guest frames."""
    import threading

    result: list[int] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            result.append(run())
        except BaseException as e:  # noqa: BLE001 - re-raised on the calling thread
            errors.append(e)

    try:
        old = threading.stack_size(_THREAD_STACK)
    except (ValueError, RuntimeError):
        return run()
    try:
        t = threading.Thread(target=work, name="wasm-guest", daemon=True)
        t.start()
    finally:
        threading.stack_size(old)
    t.join()
    if errors:
        raise errors[0]
    return result[0]


def _stdio(wasi: wasmtime.WasiConfig, stdin: str | None, stdout: str | None, stderr: str | None) -> None:
    if stdin is None:
        wasi.inherit_stdin()
    else:
        wasi.stdin_file = stdin
    if stdout is None:
        _flush(sys.stdout)
        wasi.inherit_stdout()
    else:
        wasi.stdout_file = stdout
    if stderr is None:
        _flush(sys.stderr)
        wasi.inherit_stderr()
    else:
        wasi.stderr_file = stderr


def _flush(stream: object) -> None:
    flush = getattr(stream, "flush", None)
    if flush:
        flush()


def is_stack_overflow(text: str) -> bool:
    """A trap of a guest that outgrew its stack: wasmtime's call-stack limit, or the
    shadow stack (laid out first in memory, ``backend/link.py``) run below address 0,
    which wraps to the top of the 32-bit address space."""
    if "call stack exhausted" in text:
        return True
    m = re.search(r"memory fault at wasm address 0x([0-9a-f]+)", text)
    return m is not None and int(m.group(1), 16) >= 0xFFF00000


def _trap(e: Exception, stderr_file: str | None) -> int:
    """Report a trap like the wasmtime CLI: ``Error: failed to run main module`` + cause;
    a stack overflow as Go does (``fatal error: stack overflow``, exit status 2)."""
    text = str(e).strip()
    if is_stack_overflow(text):
        _write_stderr(STACK_OVERFLOW, stderr_file)
        return STACK_OVERFLOW_EXIT
    _write_stderr(f"Error: failed to run main module\n\nCaused by:\n    {text}\n", stderr_file)
    return TRAP_EXIT_CODE


def _write_stderr(msg: str, stderr_file: str | None) -> None:
    if stderr_file is not None:
        with open(stderr_file, "a", encoding="utf-8") as f:
            f.write(msg)
    else:
        sys.stderr.write(msg)
        sys.stderr.flush()


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m tinypy_go.wasmrun SPEC.json``: run a module in a process of its own, so
    that its stdout and stderr can share one pipe (``tinypy test``) and a hang can be
    killed.  SPEC holds wasm, args, env, preopens ([host, guest] pairs)."""
    import json

    args = list(sys.argv[1:] if argv is None else argv)
    with open(args[0], encoding="utf-8") as f:
        spec = json.load(f)
    try:
        code = run_wasm(spec["wasm"], spec.get("args", []), env=spec.get("env", {}),
                        preopens=[tuple(p) for p in spec.get("preopens", [])],
                        program_name=spec.get("name"))
    except WasmLoadError as e:
        print(f"Error: failed to load the module: {e}", file=sys.stderr)
        code = TRAP_EXIT_CODE
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
