"""The object stage (``objfile.emit_object``: LLVM parse, -opt pipeline, wasm
codegen) in a worker process of its own.

Why a process and not a call:

- **Memory.**  llvmlite's LLVM (about 42 MiB to import, 20 MiB per target
  machine) and the module being optimised live outside the compiler's process,
  whose peak is the front end's heap.  A build's peak RSS is the larger of the two
  instead of their sum (a fmt program: about 260 -> under 200 MiB).
- **Overlap.**  A build that has to compile starts its worker as soon as it knows
  (the IR cache missed), so the worker's interpreter start-up, the llvmlite import
  and the target machine are ready on the other core by the time the LLVM text is.
- **Parallel parts.**  When both parts of a cut module (``split.py``) miss the
  object cache, the worker compiles them at once: all but the first in forked
  children (``compile_here``).  Threads do not do it: llvmlite holds one lock
  around every call into LLVM, so two threads compiled one part after the other.
- **Isolation.**  A crash inside LLVM ends the worker, not the compiler, and is
  reported as an internal error; Ctrl-C stops a worker stuck in LLVM, which a
  call into llvmlite cannot be interrupted out of.

A process keeps its worker between builds (the test suite and ``tinypy test``
build many programs in one process): each request uses an LLVM context of its own
(``objfile.emit_object``), so nothing grows from one to the next.  A worker reads
requests on stdin and answers on its stdout (both pickled: the two ends are this
module; nothing from the cache is unpickled here).  It exits when its stdin
closes, i.e. when the compiler exits however it exits.

**Deadline.**  LLVM can take very long on some inputs (TinyGo's users report
20-30 minute builds); a build never waits on it without end: after
``TINYPY_LLVM_TIMEOUT`` seconds (default 900; ``0``: no limit) the worker is
killed and ``make_objects`` raises ``LLVMTimeout``, which the build reports as
an error at the Go position of the module's largest function, the likeliest
cause (``build.py``).

``TINYPY_OBJWORKER=0`` compiles in the compiler's process instead (no deadline:
a call into LLVM cannot be interrupted).
"""

from __future__ import annotations

import os
import pickle
import select
import struct
import subprocess
import sys
import time
from typing import Any, BinaryIO, NoReturn

_HEADER = struct.Struct("<Q")

# The worker's start: the package's __init__ imports the whole build driver (0.1 s),
# of which the worker needs none, so the package is entered as a bare module whose
# submodules (objfile, buildcache, split, cache) load from this checkout's directory.
_BOOT = """\
import sys, types
package = types.ModuleType("tinypy_go")
package.__path__ = [sys.argv[1]]
sys.modules["tinypy_go"] = package
from tinypy_go._version import __version__
package.__version__ = __version__
from tinypy_go.backend import objworker
objworker._serve()
"""


def enabled() -> bool:
    return os.environ.get("TINYPY_OBJWORKER", "1").lower() not in ("0", "off", "no", "false")


class LLVMError(Exception):
    """The IR handed to the backend did not parse or verify: a compiler bug.
    (Defined here so that the compiler's process can raise it without loading LLVM.)"""


class WorkerDied(RuntimeError):
    """A worker ended without answering (a crash inside LLVM, or killed)."""


class LLVMTimeout(Exception):
    """LLVM did not finish the object stage within the deadline (the worker was killed)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"LLVM did not finish within {seconds:g} s")
        self.seconds = seconds


DEFAULT_DEADLINE = 900.0


def deadline() -> float | None:
    """Seconds the object stage may take (``TINYPY_LLVM_TIMEOUT``), None for no limit."""
    raw = os.environ.get("TINYPY_LLVM_TIMEOUT", "").strip()
    try:
        seconds = float(raw) if raw else DEFAULT_DEADLINE
    except ValueError:
        seconds = DEFAULT_DEADLINE
    return seconds if seconds > 0 else None


def _send(stream: BinaryIO, message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def _receive(stream: BinaryIO) -> Any | None:
    """The next message, or None at end of stream."""
    head = stream.read(_HEADER.size)
    if len(head) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)


class Worker:
    """One worker process: ``send`` a job, then take its ``result`` (one at a time)."""

    __slots__ = ("proc", "busy")

    def __init__(self) -> None:
        package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # this checkout's tinypy_go
        self.proc = subprocess.Popen([sys.executable, "-c", _BOOT, package], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, close_fds=True)
        self.busy = False  # a job sent, its answer not read

    def alive(self) -> bool:
        return self.proc.poll() is None

    def send(self, message: tuple[Any, ...]) -> None:
        assert self.proc.stdin is not None
        try:
            _send(self.proc.stdin, message)
        except BrokenPipeError:
            code = self.proc.wait()
            raise WorkerDied(f"LLVM's object stage ended before its job was sent (status {code})") from None

    def result(self, timeout: float | None = None) -> Any:
        """The answer to the job sent; LLVMError if LLVM rejected the IR, LLVMTimeout
        (the worker killed) if no answer came within timeout seconds."""
        assert self.proc.stdout is not None
        if timeout is not None:
            end = time.monotonic() + timeout
            while True:  # the answer is written whole: once readable, _receive does not stall
                left = end - time.monotonic()
                if left <= 0:
                    self.proc.kill()
                    self.proc.wait()
                    self.busy = False
                    raise LLVMTimeout(timeout)
                try:
                    ready, _, _ = select.select([self.proc.stdout], [], [], left)
                except InterruptedError:
                    continue
                if ready:
                    break
        answer = _receive(self.proc.stdout)
        self.busy = False
        if answer is None:
            code = self.proc.wait()
            why = f"killed by signal {-code}" if code < 0 else f"exit status {code}"
            raise WorkerDied(f"LLVM's object stage ended without a result ({why})")
        kind, payload = answer
        if kind == "ok":
            return payload
        if kind == "llvm":
            raise LLVMError(payload)
        raise RuntimeError(f"object stage failed in its worker:\n{payload}")


_worker: Worker | None = None


def _the_worker() -> Worker:
    """The running worker, or a new one.  A worker whose last answer was never read
    (its build was interrupted while waiting) is replaced: that answer would be
    taken for the next job's."""
    global _worker
    if _worker is not None and _worker.busy:
        shutdown()
    if _worker is None or not _worker.alive():
        _worker = Worker()
    return _worker


def prepare(target: Any, opt: str) -> None:
    """Start the worker (or keep the running one) and have it ready for ``target``/``opt``:
    called when a build knows it will compile, so the start-up overlaps the front end."""
    if enabled():
        try:
            _the_worker().send(("warm", target, opt))
        except (OSError, WorkerDied):
            pass  # make_objects starts another one, and reports if that fails too


def make_objects(llvm_ir: str, opt: str, target: Any, user_packages: frozenset[str], program_id: str,
                 whole: str | None, ahead: bool = False) -> list[bytes]:
    """``buildcache.make_objects`` in the worker (in this process with TINYPY_OBJWORKER=0)."""
    from tinypy_go import buildcache

    args = (llvm_ir, opt, target, user_packages, program_id, whole, ahead)
    if not enabled():
        return buildcache.make_objects(*args)
    w = _the_worker()
    w.busy = True
    w.send(("objects", dict(os.environ), *args))  # the cache and TINYPY_SPLIT as the caller has them now
    return w.result(deadline())


def shutdown() -> None:
    """End the worker and wait for it, so that its time and memory are counted as the
    command's (``time tinypy build``); one still busy (the build failed or was
    interrupted meanwhile) is killed."""
    global _worker
    w, _worker = _worker, None
    if w is None or not w.alive():
        return
    if w.busy:
        w.proc.kill()
    else:
        assert w.proc.stdin is not None
        w.proc.stdin.close()
    try:
        w.proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        w.proc.kill()
        w.proc.wait()


_IN_WORKER = False  # set by _serve: a worker may fork (one thread, no call into LLVM in flight)


def compile_here(jobs: list[tuple[str, str, Any]]) -> list[bytes]:
    """Objects of ``(llvm_ir, opt, target)`` jobs, compiled in this process; in a
    worker, two or more at once: the first here, each other one in a forked child
    (``_compile_forked``).  Elsewhere (``TINYPY_OBJWORKER=0``: the compiler's own
    process, which may run threads) one after the other."""
    from tinypy_go.backend import objfile

    if len(jobs) <= 1 or not _IN_WORKER or not hasattr(os, "fork") or not two_cores():
        return [objfile.emit_object(*job) for job in jobs]
    return _compile_forked(jobs)


def two_cores() -> bool:
    """Whether this process may run on two cores or more."""
    try:
        return len(os.sched_getaffinity(0)) >= 2
    except AttributeError:  # not Linux
        return (os.cpu_count() or 1) >= 2


def _compile_forked(jobs: list[tuple[str, str, Any]]) -> list[bytes]:
    """jobs[1:] in forked children, each answering on a pipe, while jobs[0] compiles
    here.  A child that fails in any way (or cannot be forked) is replaced by
    compiling its job here, so that its error (an ``LLVMError``, a crash) is this
    process's, as without children."""
    from tinypy_go.backend import objfile

    pending: dict[int, tuple[int, int]] = {}  # job index -> (pid, read end) of the children not reaped
    try:
        for i, job in enumerate(jobs[1:], 1):
            try:
                r, w = os.pipe()
            except OSError:
                break  # no more descriptors: the rest compile here
            try:
                pid = os.fork()
            except OSError:
                os.close(r)
                os.close(w)
                break  # no more processes: likewise
            if pid == 0:  # the child: compile, answer, exit without running anything of the parent's
                os.close(r)
                _child_compile(job, w)
            os.close(w)
            pending[i] = (pid, r)
        out = [objfile.emit_object(*jobs[0])]
        for i, job in enumerate(jobs[1:], 1):
            data = b""
            if i in pending:
                pid, r = pending[i]
                with os.fdopen(r, "rb") as f:
                    data = f.read()
                _, status = os.waitpid(pid, 0)
                del pending[i]
                if status != 0:
                    data = b""
            out.append(data[1:] if data[:1] == b"\0" else objfile.emit_object(*job))
        return out
    finally:
        for pid, r in pending.values():  # this process failed first: end the children
            try:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
            except OSError:
                pass
            try:
                os.close(r)
            except OSError:
                pass


def _child_compile(job: tuple[str, str, Any], fd: int) -> NoReturn:
    """A forked child's whole life: dies with its parent (a worker killed at its
    deadline takes its children along), compiles one job, writes b"\0" + object
    (or b"\1") to fd."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL (Linux; elsewhere it fails harmlessly)
    except Exception:  # noqa: BLE001
        pass
    payload = b"\1"
    try:
        from tinypy_go.backend import objfile

        payload = b"\0" + objfile.emit_object(*job)
    except BaseException:  # noqa: BLE001 - the parent compiles the job again and reports
        pass
    try:
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os._exit(0)


def _serve() -> NoReturn:
    """The worker's loop: answer each ``objects`` request with the objects or the error."""
    import signal
    import traceback

    global _IN_WORKER
    _IN_WORKER = True
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends a worker even inside LLVM
    requests = sys.stdin.buffer
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything LLVM or Python prints goes to stderr, never into the answers
    from tinypy_go import buildcache
    from tinypy_go.backend import objfile

    while True:
        message = _receive(requests)
        if message is None:
            os._exit(0)  # nothing to flush or tear down (the answers are flushed as sent)
        if message[0] == "warm":
            _, target, opt = message
            objfile.target_machine(target, opt)
            continue
        _, environ, *args = message
        os.environ.clear()
        os.environ.update(environ)
        try:
            answer: tuple[str, Any] = ("ok", buildcache.make_objects(*args))
        except LLVMError as e:
            answer = ("llvm", str(e))
        except Exception:  # noqa: BLE001 - reported to the compiler, which raises it
            answer = ("error", traceback.format_exc())
        _send(answers, answer)
