#!/usr/bin/env python3
"""Binary-size benchmark: builds a few reference programs and prints their sizes.

    python scripts/bench_size.py [-opt z] [-v] [NAME ...]

For each program (hello-fmt, hello-println, strings, json, cat): the .wasm
size at ``-opt=z`` with ``-no-debug`` (builds carry DWARF line tables by
default; the comparison with TinyGo is without them), its code, data and
name-section sizes, the build time, and the size at default flags (with the
DWARF line tables).  The
reference numbers are TinyGo 0.33's for the fmt hello world: 150,846 bytes with
``-no-debug``, 88,527 with ``-scheduler=none -no-debug``.  ``-v`` adds the
per-package breakdown of ``scripts/wasm_sizes.py``.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

build = importlib.import_module("tinypy_go.build")  # the module (tinypy_go.build is the API function)
from tinypy_go.backend import wasmbin  # noqa: E402

PROGRAMS = {
    "hello-fmt": 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello world", 42) }\n',
    "hello-println": 'package main\n\nfunc main() { println("hello world", 42) }\n',
    "strings": '''package main

import (
	"os"
	"strconv"
	"strings"
)

func main() {
	s := strings.Repeat("ab", 3) + strconv.Itoa(42)
	s = strings.ToUpper(strings.TrimSuffix(s, "42"))
	os.Stdout.WriteString(strings.Join(strings.Split(s, "B"), "-") + "\\n")
}
''',
    "json": '''package main

import (
	"encoding/json"
	"fmt"
)

type Point struct {
	X, Y int
	Name string `json:"name"`
}

func main() {
	b, err := json.Marshal(Point{1, 2, "p"})
	fmt.Println(string(b), err)
	var p Point
	err = json.Unmarshal([]byte(`{"X":3,"Y":4,"name":"q"}`), &p)
	fmt.Println(p, err)
}
''',
    "cat": '''package main

import (
	"io"
	"os"
)

func main() {
	for _, name := range os.Args[1:] {
		f, err := os.Open(name)
		if err != nil {
			os.Stderr.WriteString(err.Error() + "\\n")
			os.Exit(1)
		}
		io.Copy(os.Stdout, f)
		f.Close()
	}
}
''',
}

TINYGO_FMT_HELLO = {"-no-debug": 150_846, "-scheduler=none -no-debug": 88_527}


def sections(wasm: bytes) -> dict[str, int]:
    """Sizes of the code, data and name sections."""
    out = {"code": 0, "data": 0, "name": 0}
    for sid, start, end in wasmbin.sections(wasm):
        if sid == wasmbin.CODE:
            out["code"] = end - start
        elif sid == wasmbin.DATA:
            out["data"] = end - start
        elif sid == wasmbin.CUSTOM and wasmbin.custom_name(wasm, start)[0] == "name":
            out["name"] = end - start
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", default=list(PROGRAMS))
    ap.add_argument("-opt", default="z")
    ap.add_argument("-v", action="store_true", help="per-package breakdown")
    args = ap.parse_args()
    print(f"{'program':<14} {'total':>9} {'code':>9} {'data':>9} {'name':>7} {'build':>7} {'default':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.names:
            src = Path(tmp) / f"{name}.go"
            src.write_text(PROGRAMS[name])
            out = Path(tmp) / f"{name}.wasm"
            t0 = time.perf_counter()
            build.build_result(build.BuildConfig(inputs=[str(src)], output=out, opt=args.opt, no_debug=True))
            dt = time.perf_counter() - t0
            wasm = out.read_bytes()
            s = sections(wasm)
            dwarf = Path(tmp) / f"{name}.debug.wasm"
            build.build_result(build.BuildConfig(inputs=[str(src)], output=dwarf, opt=args.opt))
            print(f"{name:<14} {len(wasm):>9,} {s['code']:>9,} {s['data']:>9,} {s['name']:>7,} {dt:>6.1f}s "
                  f"{dwarf.stat().st_size:>9,}", flush=True)
            if args.v:
                subprocess.run([sys.executable, str(ROOT / "scripts" / "wasm_sizes.py"), str(out), "-n", "15"])
    print("TinyGo 0.33 hello-fmt: " + ", ".join(f"{v:,} ({k})" for k, v in TINYGO_FMT_HELLO.items()))


if __name__ == "__main__":
    main()
