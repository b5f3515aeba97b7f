"""Run-time stack overflow (issue 17): Go's message and exit status 2 at every -opt level.

Unbounded recursion used to abort with signal 6 at -opt=0 and hang at -opt=2/z;
``tinypy run`` now gives the guest a 256 MiB wasm stack (a million frames of a
small function, as Go's main can recurse) and reports its exhaustion as Go does.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_tinypy
from tinypy_go.wasmrun import STACK_OVERFLOW, is_stack_overflow

UNBOUNDED = """package main

var sink int

func h(n int) int {
	sink = n
	r := h(n + 1)
	return r - n
}

func main() {
%s
}
"""


@pytest.mark.parametrize("opt", ["0", "2", "z"])
@pytest.mark.parametrize("where", ["main", "goroutine"])
def test_stack_overflow_is_fatal_error(tmp_path, opt, where):
    body = "\tprintln(h(0))" if where == "main" else \
        "\tdone := make(chan int)\n\tgo func() { done <- h(0) }()\n\tprintln(<-done)"
    (tmp_path / "main.go").write_text(UNBOUNDED % body)
    r = run_tinypy("run", f"-opt={opt}", "main.go", cwd=tmp_path)
    assert (r.returncode, r.stderr) == (2, STACK_OVERFLOW)


FRAMES = """package main

var keep *node

type node struct {
	next *node
	buf  [64]byte
}

func walk(p *node, n int) int {
	q := &node{next: p}
	q.buf[n&63] = byte(n)
	keep = q
	return walk(q, n+1) + int(q.buf[0])
}

func main() {
%s
}
"""


@pytest.mark.parametrize("opt", ["0", "2", "z"])
def test_goroutine_linear_stack_overflow_is_detected(tmp_path, opt):
    """Frames on a goroutine's linear-memory stack (a fixed heap block) used to run
    past its bottom into the heap: memory faults or silent corruption."""
    body = "\tdone := make(chan int)\n\tgo func() { done <- walk(nil, 0) }()\n\tprintln(<-done)"
    (tmp_path / "main.go").write_text(FRAMES % body)
    r = run_tinypy("run", f"-opt={opt}", "main.go", cwd=tmp_path)
    assert (r.returncode, r.stderr) == (2, STACK_OVERFLOW)


@pytest.mark.parametrize("opt", ["2", "z"])
def test_tail_recursion_still_overflows(tmp_path, opt):
    """LLVM's tail-recursion elimination turned this into an endless loop."""
    (tmp_path / "main.go").write_text("package main\n\nvar sink int\n\nfunc f(n int) int {\n\tsink = n\n"
                                      "\treturn f(n + 1)\n}\n\nfunc main() {\n\tprintln(f(0))\n}\n")
    r = run_tinypy("run", f"-opt={opt}", "main.go", cwd=tmp_path, timeout=60)
    assert (r.returncode, r.stderr) == (2, STACK_OVERFLOW)


def test_deep_goroutine_recursion_within_stack_size(tmp_path):
    """The check does not fire early: 2,000 frames fit in a 1 MiB goroutine stack."""
    src = FRAMES.replace("return walk(q, n+1)", "if n == 2000 {\n\t\treturn 0\n\t}\n\treturn walk(q, n+1)")
    (tmp_path / "main.go").write_text(src % "\tdone := make(chan int)\n\tgo func() { done <- walk(nil, 0) }()\n"
                                            "\tprintln(<-done)")
    r = run_tinypy("run", "-stack-size=1MiB", "main.go", cwd=tmp_path)
    want = sum(n % 256 for n in range(0, 2000, 64))  # the frames' buf[0], as Go computes it
    assert (r.returncode, r.stdout, r.stderr) == (0, "", f"{want}\n")


def test_main_recurses_a_million_frames(tmp_path):
    src = ("package main\n\nfunc f(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn f(n-1) + 1\n}\n\n"
           "func main() {\n\tprintln(f(1000000))\n}\n")
    (tmp_path / "main.go").write_text(src)
    r = run_tinypy("run", "-opt=0", "main.go", cwd=tmp_path)
    assert (r.returncode, r.stderr) == (0, "1000000\n")


def test_stack_overflow_traps_are_recognised():
    assert is_stack_overflow("error while executing at wasm backtrace:\n ...\nwasm trap: call stack exhausted")
    assert is_stack_overflow("memory fault at wasm address 0xffffc85c in linear memory of size 0x20000")
    assert not is_stack_overflow("memory fault at wasm address 0x10 in linear memory of size 0x20000")
    assert not is_stack_overflow("wasm trap: integer divide by zero")


def test_run_timeout(tmp_path):
    (tmp_path / "main.go").write_text("package main\n\nfunc main() {\n\tprintln(\"start\")\n\tx := 0\n\tfor {\n"
                                      "\t\tx++\n\t}\n}\n")
    r = run_tinypy("run", "--timeout", "1s", "main.go", cwd=tmp_path)
    assert (r.returncode, r.stderr) == (2, "start\npanic: program timed out after 1s\n")


def test_run_max_memory(tmp_path):
    (tmp_path / "main.go").write_text("package main\n\nvar keep [][]byte\n\nfunc main() {\n\tfor {\n"
                                      "\t\tkeep = append(keep, make([]byte, 1<<20))\n\t}\n}\n")
    r = run_tinypy("run", "-max-memory=32MiB", "main.go", cwd=tmp_path)
    assert (r.returncode, r.stderr) == (2, "fatal error: out of memory\n")


def test_run_limit_syntax():
    from tinypy_go.wasmrun import format_duration, parse_duration, parse_size

    assert parse_duration("1m30s") == 90 and parse_duration("500ms") == 0.5 and parse_duration("2h") == 7200
    assert format_duration(90) == "1m30s" and format_duration(0.5) == "500ms" and format_duration(2) == "2s"
    assert parse_size("64MiB") == 64 << 20 and parse_size("1G") == 1 << 30 and parse_size("4096") == 4096
    for bad in ("", "10", "1x", "s"):
        with pytest.raises(ValueError):
            parse_duration(bad)
    with pytest.raises(ValueError):
        parse_size("lots")
