"""The object worker (backend/objworker.py): LLVM's stage in a process of its own
gives the same objects as in-process, reports LLVM's errors, survives its
worker's death, and follows the caller's cache settings.  No linking; a second
or two, most of it the worker's start-up."""

from __future__ import annotations

import os

import pytest

from tinypy_go import buildcache
from tinypy_go.backend import objfile, objworker
from tinypy_go.target import WASI

IR = """define i32 @add(i32 %a, i32 %b) {
  %s = add i32 %a, %b
  ret i32 %s
}
"""
IR2 = IR.replace("@add", "@sub").replace("add i32", "sub i32")


@pytest.fixture(autouse=True)
def fresh_worker(monkeypatch, tmp_path):
    monkeypatch.setenv("TINYPY_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("TINYPY_OBJWORKER", raising=False)
    objworker.shutdown()
    yield
    objworker.shutdown()


def test_worker_object_is_the_in_process_object():
    got = objworker.make_objects(IR, "z", WASI, frozenset(), "prog", None)
    assert got == [objfile.emit_object(IR, "z", WASI)]
    assert objworker._worker is not None and objworker._worker.alive()


def test_jobs_compile_as_a_loop_compiles():
    jobs = [(IR, "z", WASI), (IR2, "2", WASI)]
    assert objworker.compile_here(jobs) == [objfile.emit_object(*j) for j in jobs]


@pytest.fixture
def as_worker(monkeypatch):
    """compile_here as in a worker on two cores: the jobs after the first in forked children."""
    monkeypatch.setattr(objworker, "_IN_WORKER", True)
    monkeypatch.setattr(objworker, "two_cores", lambda: True)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork")
def test_forked_children_compile_what_a_loop_compiles(as_worker, monkeypatch, tmp_path):
    compiled_by = tmp_path / "children"
    real = objworker._child_compile

    def child(job, fd):
        with open(compiled_by, "a") as f:  # the child's own mark: it ran in another process
            f.write(f"{os.getpid()}\n")
        real(job, fd)

    monkeypatch.setattr(objworker, "_child_compile", child)
    jobs = [(IR, "z", WASI), (IR2, "2", WASI), (IR2, "z", WASI)]
    assert objworker.compile_here(jobs) == [objfile.emit_object(*j) for j in jobs]
    pids = compiled_by.read_text().split()
    assert len(pids) == 2 and str(os.getpid()) not in pids


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork")
def test_a_failed_child_is_compiled_again_here_for_its_error(as_worker):
    bad = IR.replace("add i32 %a", "sub i64 %a")
    with pytest.raises(objfile.LLVMError, match="sub"):
        objworker.compile_here([(IR, "z", WASI), (bad, "z", WASI)])
    with pytest.raises(objfile.LLVMError, match="sub"):  # the first job's error: the child is reaped
        objworker.compile_here([(bad, "z", WASI), (IR, "z", WASI)])


def test_llvm_error_crosses_the_process():
    with pytest.raises(objfile.LLVMError, match="sub"):
        objworker.make_objects(IR.replace("add i32 %a", "sub i64 %a"), "z", WASI, frozenset(), "p", None)
    # the worker survives a rejected module
    assert objworker.make_objects(IR, "0", WASI, frozenset(), "p", None)[0].startswith(b"\0asm")


def test_dead_worker_is_reported_then_replaced():
    objworker.prepare(WASI, "z")
    w = objworker._worker
    assert w is not None
    w.proc.kill()
    w.proc.wait()
    with pytest.raises(objworker.WorkerDied):
        w.send(("objects", {}, IR, "z", WASI, frozenset(), "p", None))
        w.result()
    assert objworker.make_objects(IR, "z", WASI, frozenset(), "p", None)[0].startswith(b"\0asm")


def test_worker_stores_in_the_callers_cache(monkeypatch, tmp_path):
    objworker.prepare(WASI, "z")  # started with the fixture's cache
    other = tmp_path / "other"
    monkeypatch.setenv("TINYPY_CACHE", str(other))
    key = buildcache.obj_key(IR, "z", WASI)
    objworker.make_objects(IR, "z", WASI, frozenset(), "p", key)
    assert any(other.rglob("*")), "the object went to the cache the worker was started with"
    assert buildcache.cached_objects(key, frozenset()) is not None


def test_in_process_when_disabled(monkeypatch):
    monkeypatch.setenv("TINYPY_OBJWORKER", "0")
    assert objworker.make_objects(IR, "z", WASI, frozenset(), "p", None) == [objfile.emit_object(IR, "z", WASI)]
    assert objworker._worker is None


def test_unread_answer_is_never_taken_for_the_next_job():
    """A build interrupted while waiting leaves its answer in the pipe: the next job
    gets a new worker, not that answer."""
    objworker.prepare(WASI, "z")
    w = objworker._worker
    assert w is not None
    w.busy = True
    w.send(("objects", dict(os.environ), IR2, "z", WASI, frozenset(), "p", None))
    got = objworker.make_objects(IR, "z", WASI, frozenset(), "p", None)
    assert got == [objfile.emit_object(IR, "z", WASI)]
    assert objworker._worker is not w
