"""Build flags shared by build, run and test: -ldflags, -C, and go's missing-main error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_tinypy
from tinypy_go import ldflags

LIB = """package lib

var Version = "dev"
var Unset string
var Computed = compute()

func compute() string { return "computed" }
"""

MAIN = """package main

import (
	"fmt"

	"example.com/ld/lib"
)

var build string
var early = "x" + build

func main() {
	fmt.Println(build, early, lib.Version, lib.Unset, lib.Computed)
}
"""


@pytest.fixture
def module(tmp_path: Path) -> Path:
    (tmp_path / "go.mod").write_text("module example.com/ld\n\ngo 1.24\n")
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "lib.go").write_text(LIB)
    (tmp_path / "main.go").write_text(MAIN)
    return tmp_path


def test_ldflags_x_like_gc(module: Path) -> None:
    """Output of `go run -ldflags=...` with the same flags: b1 xb1 v2 a b c3."""
    fl = "-X main.build=b1 -X example.com/ld/lib.Version=v2 -X 'example.com/ld/lib.Unset=a b' " \
         "-X=example.com/ld/lib.Computed=c3 -X example.com/nothere.V=1 -s -w"
    r = run_tinypy("run", "-ldflags", fl, ".", cwd=module)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "b1 xb1 v2 a b c3\n"
    r = run_tinypy("run", "-C", str(module), ".", cwd=module.parent)  # -C, and no -X: the defaults
    assert r.returncode == 0, r.stderr
    assert r.stdout == " x dev  computed\n"


def test_ldflags_parse_errors() -> None:
    assert ldflags.parse("-X a.b=c -X=d.e=f=g").x == {"a.b": "c", "d.e": "f=g"}
    assert ldflags.parse("-w").strip_dwarf
    with pytest.raises(ldflags.LdflagsError, match="importpath.name=value"):
        ldflags.parse("-X novalue")
    with pytest.raises(ldflags.LdflagsError, match="not defined: -Q"):
        ldflags.parse("-Q")


def test_chdir_must_be_first(tmp_path: Path) -> None:
    r = run_tinypy("build", "-opt", "2", "-C", str(tmp_path), "x.go", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr == f'tinypy: invalid value "{tmp_path}" for flag -C: -C flag must be first flag on command line\n'
    r = run_tinypy("build", "-C", str(tmp_path / "nope"), "x.go", cwd=tmp_path)
    assert r.returncode == 2 and "chdir" in r.stderr and "no such file or directory" in r.stderr


def test_main_undeclared(tmp_path: Path) -> None:
    (tmp_path / "m.go").write_text("package main\n\nfunc helper() {}\n")
    r = run_tinypy("build", "m.go", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr == "runtime.main_main·f: function main is undeclared in the main package\n"
