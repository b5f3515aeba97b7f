"""print/println of values whose text holds addresses (slices, maps, funcs,
channels): compared with native Go's output once the addresses are masked."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.conftest import build_and_run
from tinypy_go.goroot import go_binary

PROGRAM = """package main

func main() {
	s := []int{1, 2, 3}
	m := map[string]int{"a": 1}
	var e []int
	f := func() {}
	ch := make(chan int)
	var nf func()
	var nm map[int]int
	println(s, len(m))
	println(e, s[:1], s[1:2], []string{"x"})
	println(m, f, ch, nf == nil, nf, nm)
	print(s, "|", e, "\\n")
}
"""


def _mask(text: str) -> str:
    """Addresses differ between runs and ports; 0x0 (nil) does not."""
    return re.sub(r"0x[0-9a-f]*[1-9a-f][0-9a-f]*", "0xADDR", text)


@pytest.mark.skipif(go_binary() is None, reason="no native go")
def test_println_slices_maps_funcs(tmp_path):
    src = tmp_path / "main.go"
    src.write_text(PROGRAM)
    native = subprocess.run([str(go_binary()), "run", str(src)], capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "GOCACHE": str(tmp_path / "gocache"),
                                 "GOFLAGS": "-mod=mod", "GO111MODULE": "off"}, cwd=tmp_path)
    assert native.returncode == 0, native.stderr
    r = build_and_run(src, "z", tmp_path)
    assert r.exit_code == 0
    assert _mask(r.stderr) == _mask(native.stderr)
    assert "[3/3]0x" in r.stderr and "[0/0]0x0" in r.stderr
