"""-target=wasm (GOOS=js): modules run under Node (and Chromium) with targets/wasm_exec.js.

Skipped without ``node`` on PATH (CI has it); the browser test is skipped
without ``chromium`` (``.ci/run`` installs it).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tinypy_go.build import BuildConfig, build_result
from tinypy_go.cli import TINYPYROOT

HERE = Path(__file__).resolve().parent / "js"
ROOT = Path(__file__).resolve().parent.parent
GLUE = TINYPYROOT / "targets" / "wasm_exec.js"
NODE = shutil.which("node")

needs_node = pytest.mark.skipif(NODE is None, reason="node not on PATH")


def build_js(src: Path | str, out: Path, tags: tuple[str, ...] = ()) -> Path:
    return build_result(BuildConfig(inputs=[str(src)], output=out, target="wasm", tags=tags)).output


def node(*args: str | Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    assert NODE is not None
    return subprocess.run([NODE, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def test_glue_is_package_data() -> None:
    assert GLUE.is_file()
    assert 'targets/*.js' in (ROOT / "pyproject.toml").read_text()
    out = subprocess.run([sys.executable, "-m", "tinypy_go", "env", "TINYPYROOT"], capture_output=True, text=True,
                         cwd=ROOT)
    assert Path(out.stdout.strip()) / "targets" / "wasm_exec.js" == GLUE


def test_glue_abi_matches_compiler() -> None:
    from tinypy_go.target import JS_GLUE_ABI

    assert f"const GLUE_ABI = {JS_GLUE_ABI};" in GLUE.read_text()


@needs_node
def test_seed_add_called_from_js(tmp_path: Path) -> None:
    wasm = build_js(HERE / "add.go", tmp_path / "add.wasm", tags=("purego",))
    r = node(HERE / "run_exports.js", GLUE, wasm)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["exit 0", "Add 5 42"]


@needs_node
def test_string_and_bytes_exports(tmp_path: Path) -> None:
    wasm = build_js(HERE / "process.go", tmp_path / "process.wasm")
    r = node(HERE / "run_exports.js", GLUE, wasm)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["exit 0", '"HÉLLO, WÖRLD"', '""', "Sum 256", "X19999"]


@needs_node
def test_syscall_js_program(tmp_path: Path) -> None:
    """Globals, calls, a Promise awaited through a channel, a js.FuncOf called
    100,000 times with the glue's table bounded, recover in a callback, time.Sleep
    in a goroutine a callback started, a JS exception as js.Error."""
    wasm = build_js(HERE / "jsprog.go", tmp_path / "jsprog.wasm")
    r = node(HERE / "run_jsprog.js", GLUE, wasm)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    max_refs = int(next(line for line in lines if line.startswith("max refs")).split()[-1])
    assert max_refs < 20000, max_refs  # without finalizers: 300,000
    assert [line for line in lines if not line.startswith("max refs")] == [
        "greeting: hi from JS",
        "double: 42",
        'json: {"k":"v"}',
        "promise: resolved!",
        "sum 5000050000",
        "recovered: assignment to entry in nil map",
        "started",
        "slept >= 20ms: true",
        "count: 100000",
        "js error: JavaScript error: boom",
        "bye",
        "fromGo 42 exit 0",
    ]


@needs_node
def test_glue_refuses_other_abi(tmp_path: Path) -> None:
    wasm = build_js(HERE / "add.go", tmp_path / "add.wasm")
    data = wasm.read_bytes()
    assert data.count(b'{"abi":1,') == 1
    wasm.write_bytes(data.replace(b'{"abi":1,', b'{"abi":7,'))
    r = node(HERE / "run_exports.js", GLUE, wasm)
    assert r.returncode == 1
    assert "built for tinypy-go's glue ABI 7, but this wasm_exec.js implements ABI 1" in r.stdout
    wasi = build_result(BuildConfig(inputs=[str(HERE / "add.go")], output=tmp_path / "wasi.wasm")).output
    r = node(HERE / "run_exports.js", GLUE, wasi)
    assert r.returncode == 1
    assert "error:" in r.stdout  # a WASI module does not even instantiate: it has no gojs imports to satisfy


def _tinypy(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tinypy_go", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300)


@needs_node
def test_tinypy_run_under_node(tmp_path: Path) -> None:
    env = dict(os.environ, FOO="bar", BAR="hidden")  # the guest sees FOO (named by --env), never BAR
    r = _tinypy("run", "-target=wasm", "--env", "FOO", str(HERE / "args.go"), "x", "y", env=env)
    assert r.returncode == 3, r.stderr
    assert r.stdout.splitlines() == ["js wasm 3 [x y] bar", "open /nonexistent/file: No such file or directory"]
    assert r.stderr == "to stderr\n"


@needs_node
def test_tinypy_run_deadlock_and_panic(tmp_path: Path) -> None:
    (tmp_path / "dead.go").write_text("package main\n\nfunc main() {\n\tc := make(chan int)\n\t<-c\n}\n")
    r = _tinypy("run", "-target=js", str(tmp_path / "dead.go"))
    assert r.returncode == 2
    assert r.stderr.startswith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:")
    (tmp_path / "pan.go").write_text("package main\n\nfunc main() {\n\tvar a []int\n\t_ = a[5]\n}\n")
    r = _tinypy("run", "-target=wasm", str(tmp_path / "pan.go"))
    assert r.returncode == 2
    assert r.stderr.startswith("panic: runtime error: index out of range [5] with length 0")


def test_tinypy_run_without_node(tmp_path: Path) -> None:
    (tmp_path / "hello.go").write_text('package main\n\nfunc main() { println("hi") }\n')
    r = _tinypy("run", "-target=wasm", str(tmp_path / "hello.go"), env=dict(os.environ, PATH=str(tmp_path)))
    assert r.returncode == 2
    assert "tinypy run -target=wasm needs Node.js: no node on PATH" in r.stderr


def test_net_http_is_a_compile_error(tmp_path: Path) -> None:
    (tmp_path / "net.go").write_text('package main\n\nimport "net/http"\n\nfunc main() { http.Get("x") }\n')
    r = _tinypy("build", "-target=wasm", "-o", str(tmp_path / "net.wasm"), str(tmp_path / "net.go"))
    assert r.returncode == 1
    assert r.stderr.strip().endswith("net.go:3:8: package net/http is not supported by this target")


def test_export_type_error(tmp_path: Path) -> None:
    (tmp_path / "m.go").write_text("package main\n\n//export F\nfunc F(m map[string]int) {}\n\nfunc main() {}\n")
    r = _tinypy("build", "-target=wasm", "-o", str(tmp_path / "m.wasm"), str(tmp_path / "m.go"))
    assert r.returncode == 1
    assert "m.go:4:1: //export F: unsupported parameter or result type map[string]int" in r.stderr


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@needs_node
@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (.ci/run installs it)")
def test_browser_example(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    build_js(ROOT / "examples" / "browser" / "main.go", site / "main.wasm")
    shutil.copy(ROOT / "examples" / "browser" / "index.html", site)
    shutil.copy(GLUE, site)
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
        assert CHROMIUM is not None
        r = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                            "--no-first-run", "--disable-background-networking", "--disable-component-update",
                            "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
                            "--virtual-time-budget=10000", "--dump-dom", url],
                           capture_output=True, text=True, timeout=180)
    finally:
        server.shutdown()
    dom = r.stdout
    assert 'data-go="ready"' in dom, (dom, r.stderr[-2000:])
    assert '<h1 id="title">Hello from Go</h1>' in dom
    assert "<li>item 3</li>" in dom
    assert '<p id="out">clicked 2 time(s)</p>' in dom
    assert 'data-error="' not in dom


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm",
                      ".js": "text/javascript"}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass
