"""The Python API: tinypy_go.build() and tinypy_go.run()."""

from __future__ import annotations

from pathlib import Path

import pytest

import tinypy_go
from tests.conftest import REPO

HELLO = """package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hello", os.Args[1:], os.Getenv("WHO"), os.Getenv("HOME"))
	os.Exit(len(os.Args))
}
"""


def test_build_in_memory_returns_the_module(tmp_path: Path) -> None:
    r = tinypy_go.build({"main.go": HELLO})
    assert r.ok and not r.diagnostics
    assert r.wasm[:4] == b"\0asm" and r.output is None
    assert list(r.timings)[0] == "load" and "link" in r.timings or "wasmcache" in r.timings
    out = tmp_path / "o" / "hello.wasm"
    r2 = tinypy_go.build({"main.go": HELLO}, out)
    assert r2.output == out and out.read_bytes() == r2.wasm


def test_build_diagnostics_are_objects() -> None:
    src = "package main\n\nfunc main() {\n\tx := 1\n\ty()\n}\n"
    r = tinypy_go.build({"main.go": src})
    assert not r.ok and r.wasm == b""
    got = {(d.file, d.line, d.column, d.message) for d in r.diagnostics}
    assert ("main.go", 4, 2, "declared and not used: x") in got
    assert ("main.go", 5, 2, "undefined: y") in got
    assert all(isinstance(d, tinypy_go.Diagnostic) for d in r.diagnostics)
    assert str(r.diagnostics[0]).startswith("main.go:")
    with pytest.raises(tinypy_go.BuildError) as e:
        r.raise_for_errors()
    assert "undefined: y" in str(e.value)


def test_build_files_and_flags(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text('package main\n\nvar v = "dev"\n\nfunc main() { println(v) }\n')
    r = tinypy_go.run(tmp_path / "main.go", ldflags="-X main.v=1.2.3")
    assert r.exit_code == 0 and r.stderr == b"1.2.3\n"
    with pytest.raises(ValueError):
        tinypy_go.build(tmp_path / "main.go", opt="9")
    with pytest.raises(ValueError):
        tinypy_go.build({"../x.go": "package main"})


def test_build_a_module_in_memory() -> None:
    r = tinypy_go.run({
        "go.mod": "module example.com/m\n\ngo 1.22\n",
        "main.go": 'package main\n\nimport "example.com/m/lib"\n\nfunc main() { println(lib.N()) }\n',
        "lib/lib.go": "package lib\n\nfunc N() int { return 42 }\n",
    })
    assert r.build.ok, r.build.diagnostics
    assert r.exit_code == 0 and r.stderr == b"42\n"


def test_run_captures_output_and_sandbox() -> None:
    r = tinypy_go.run({"main.go": HELLO}, ["a", "b"], env={"WHO": "api"})
    assert r.build.ok
    assert r.stdout == b"hello [a b] api \n"  # no HOME: the guest sees only env
    assert r.exit_code == 3
    bad = tinypy_go.run({"main.go": "package main\nfunc main() { nope }\n"})
    assert bad.exit_code is None and not bad.build.ok


def test_api_is_exported_and_typed() -> None:
    assert set(tinypy_go.__all__) >= {"build", "run", "BuildResult", "RunResult", "Diagnostic", "BuildError"}
    assert (REPO / "tinypy_go" / "py.typed").exists()
