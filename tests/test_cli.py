"""The tinypy command line, run as a subprocess from this checkout."""

import pytest

from tests.conftest import REPO, run_tinypy
from tinypy_go.goflags import Flag, FlagError, parse

FLAGS = [Flag("o", "out"), Flag("target", "t", default="wasi"), Flag("no-debug", "nd", kind="bool"),
         Flag("env", "e", kind="list")]


@pytest.mark.parametrize("form", [["-o", "x"], ["-o=x"], ["--o", "x"], ["--o=x"]])
def test_flag_forms(form):
    values, rest = parse(FLAGS, [*form, "main.go", "-o", "y"])
    assert values["o"] == "x"
    assert rest == ["main.go", "-o", "y"]  # parsing stops at the first positional argument


def test_bool_list_and_terminator():
    args = ["-no-debug", "-target", "wasip1", "-env=A=1", "--env", "B=2", "--", "-x"]
    values, rest = parse(FLAGS, args)
    assert values["no_debug"] is True and values["target"] == "wasip1"
    assert values["env"] == ["A=1", "B=2"] and rest == ["-x"]
    assert parse(FLAGS, ["-no-debug=false"])[0]["no_debug"] is False
    assert parse(FLAGS, [])[0]["target"] == "wasi"


@pytest.mark.parametrize(("args", "msg"), [
    (["-bogus"], "flag provided but not defined: -bogus"),
    (["-o"], "flag needs an argument: -o"),
    (["-no-debug=maybe"], 'invalid boolean value "maybe" for -no-debug'),
    (["---o"], "bad flag syntax: ---o"),
])
def test_flag_errors(args, msg):
    with pytest.raises(FlagError, match=msg):
        parse(FLAGS, args)


@pytest.mark.parametrize("cmd", ["build", "run"])
def test_help(cmd):
    for h in ("-h", "--help", "-help"):
        r = run_tinypy(cmd, h)
        assert r.returncode == 0
        assert r.stdout.startswith(f"usage: tinypy {cmd}") and "-target" in r.stdout and "-opt" in r.stdout


def test_top_level_help():
    r = run_tinypy("-h")
    assert r.returncode == 0 and "build" in r.stdout and "run" in r.stdout


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["build", "-target=foo", "x.go"], 'tinypy: unknown target "foo" (supported: wasi, wasip1, wasm, js)'),
        (["build", "-target", "foo", "x.go"], 'tinypy: unknown target "foo" (supported: wasi, wasip1, wasm, js)'),
        (["build", "-frob", "x.go"], "tinypy: flag provided but not defined: -frob"),
        (["build", "-opt=4", "x.go"], 'tinypy: invalid value "4" for -opt (supported: 0, 1, 2, s, z)'),
        (["build", "-gc", "boehm", "x.go"],
         'tinypy: invalid value "boehm" for -gc (supported: conservative, leaking, none)'),
        (["build", "missing.go"], "tinypy: stat missing.go: no such file or directory"),
        (["run", "missing.go"], "tinypy: stat missing.go: no such file or directory"),
        (["run"], "tinypy: no go files listed"),
        (["build", "./nodir"], "tinypy: directory ./nodir does not exist"),
        (["run", "--env", "=x", "x.go"], 'tinypy: --env "=x": want K=V or K'),
        (["run", "--dir", "nodir", "x.go"], "tinypy: --dir nodir: nodir is not a directory"),
        (["run", "--dir", ".::", "x.go"], "tinypy: --dir .::: empty guest path"),
    ],
)
def test_usage_errors_exit_2(args, line, tmp_path):
    r = run_tinypy(*args, cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.splitlines() == [line]


def test_unknown_command_exit_2():
    r = run_tinypy("frobnicate")
    assert r.returncode == 2 and r.stderr.startswith("tinypy: ") and len(r.stderr.splitlines()) == 1


def test_compile_error_exit_1(tmp_path):
    (tmp_path / "main.go").write_text('package main\n\nimport "no/such/pkg"\n\nfunc main() {}\n')
    r = run_tinypy("build", "main.go", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.startswith("main.go:3:8: package no/such/pkg is not in std (")
    assert "Traceback" not in r.stderr


def test_version_and_env():
    r = run_tinypy("version")
    assert r.returncode == 0 and r.stdout.startswith("tinypy version 0.1.0 (go1.27.3 stdlib, llvm ")
    r = run_tinypy("env")
    assert r.returncode == 0 and "GOOS=wasip1" in r.stdout and "GOARCH=wasm" in r.stdout
    r = run_tinypy("env", "GOOS", "TINYPY_CACHE", env={"TINYPY_CACHE": "/tmp/tpc"})
    assert r.stdout.splitlines() == ["wasip1", "/tmp/tpc"]


def test_run_environment_flags(tmp_path):
    from tinypy_go.cli import run_environment

    host = {"HOME": "/h", "KEEP": "k", "DROP": "d"}
    pre, env = run_environment([str(tmp_path), f"{tmp_path}::/guest"],
                               ["A=1", "KEEP", "MISSING", "DROP=", "B=x=y"], host)
    assert pre == [(str(tmp_path), str(tmp_path)), (str(tmp_path), "/guest")]
    assert env == {"KEEP": "k", "DROP": "", "A": "1", "B": "x=y"}  # nothing of the host's unless named
    assert run_environment([], ["HOME"], {})[1] == {}  # --env K with no host K leaves K unset


def test_run_relative_dirs_are_below_the_guest_root(tmp_path, monkeypatch):
    from tinypy_go.cli import run_environment

    (tmp_path / "sub" / "x").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "sub")
    pre, _ = run_environment([".", "x", "./x/", ".."], [], {})
    assert pre == [(".", "/"), ("x", "/x"), ("./x/", "/x"), ("..", tmp_path.resolve().as_posix())]


RELATIVE_OPEN = r"""package main

import (
	"fmt"
	"os"
)

func main() {
	b, err := os.ReadFile("data.txt")
	fmt.Printf("%q %v\n", b, err)
	err = os.WriteFile("sub/out.txt", []byte("written"), 0o644)
	wd, _ := os.Getwd()
	fmt.Println(err, wd, os.Environ(), os.Args[1:])
}
"""


def test_run_dir_dot_makes_relative_paths_work(tmp_path):
    (tmp_path / "main.go").write_text(RELATIVE_OPEN)
    (tmp_path / "data.txt").write_text("hello")
    (tmp_path / "sub").mkdir()
    r = run_tinypy("run", "--dir", ".", "--env", "K=V", "main.go", "a", "-b", cwd=tmp_path,
                   env={"TPY_SECRET": "s"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ['"hello" <nil>', "<nil> / [K=V] [a -b]"]
    assert (tmp_path / "sub" / "out.txt").read_text() == "written"
    r = run_tinypy("run", "main.go", cwd=tmp_path)  # no --dir: no file system at all
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0].startswith('"" open data.txt:')


# Reads the WASI environment and preopens itself (no os package needed).
ENV_PROBE = """package main

import "unsafe"

//go:wasmimport wasi_snapshot_preview1 environ_sizes_get
func environSizesGet(count, size unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 environ_get
func environGet(ptrs, buf unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 fd_prestat_get
func fdPrestatGet(fd int32, buf unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 fd_prestat_dir_name
func fdPrestatDirName(fd int32, buf unsafe.Pointer, n uint32) uint32

//go:wasmimport wasi_snapshot_preview1 args_sizes_get
func argsSizesGet(count, size unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 args_get
func argsGet(ptrs, buf unsafe.Pointer) uint32

func main() {
	var argc, argSize uint32
	argsSizesGet(unsafe.Pointer(&argc), unsafe.Pointer(&argSize))
	argPtrs := make([]uintptr, argc+1)
	argBuf := make([]byte, argSize+1)
	argsGet(unsafe.Pointer(&argPtrs[0]), unsafe.Pointer(&argBuf[0]))
	from, n := 0, 0
	for i := 0; i < int(argSize); i++ {
		if argBuf[i] == 0 {
			if n > 0 {
				println("arg", string(argBuf[from:i]))
			}
			from, n = i+1, n+1
		}
	}
	var count, size uint32
	environSizesGet(unsafe.Pointer(&count), unsafe.Pointer(&size))
	ptrs := make([]uintptr, count+1)
	buf := make([]byte, size+1)
	environGet(unsafe.Pointer(&ptrs[0]), unsafe.Pointer(&buf[0]))
	start := 0
	for i := 0; i < int(size); i++ {
		if buf[i] == 0 {
			if kv := string(buf[start:i]); len(kv) > 4 && kv[:4] == "TPY_" {
				println("env", kv)
			}
			start = i + 1
		}
	}
	for fd := int32(3); ; fd++ {
		var pre [2]uint32
		if fdPrestatGet(fd, unsafe.Pointer(&pre[0])) != 0 {
			break
		}
		name := make([]byte, pre[1]+1)
		fdPrestatDirName(fd, unsafe.Pointer(&name[0]), pre[1])
		println("dir", string(name[:pre[1]]))
	}
}
"""


def test_run_dir_and_env(tmp_path):
    (tmp_path / "main.go").write_text(ENV_PROBE)
    d = tmp_path / "data"
    d.mkdir()
    r = run_tinypy("run", "--dir", f"{d}::/guest", "--dir", str(d), "--env", "TPY_A=1", "--env", "TPY_HOST",
                   "--env", "TPY_GONE", "--env", "TPY_SET=new", "main.go", "a b", "--env", "-x", cwd=tmp_path,
                   env={"TPY_HOST": "fromhost", "TPY_GONE": "", "TPY_SET": "old", "TPY_INHERITED": "i"})
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    assert sorted(x for x in lines if x.startswith("env ")) == [  # TPY_INHERITED is not passed
        "env TPY_A=1", "env TPY_GONE=", "env TPY_HOST=fromhost", "env TPY_SET=new"]
    assert [x for x in lines if x.startswith("dir ")] == ["dir /guest", f"dir {d}"]
    assert [x for x in lines if x.startswith("arg ")] == ["arg a b", "arg --env", "arg -x"]  # os.Args[1:]


# A hand-written WASI program: prints argv, the environment and the preopened directory names.
PROBE_WAT = """
(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $asizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $aget (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $esizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $eget (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_get" (func $prestat (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_dir_name" (func $dirname (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 60) "|")
  (func $print (param $ptr i32) (param $len i32)
    (i32.store (i32.const 16) (local.get $ptr))
    (i32.store (i32.const 20) (local.get $len))
    (drop (call $write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 32))))
  (func (export "_start")
    (local $fd i32)
    (drop (call $asizes (i32.const 40) (i32.const 44)))
    (drop (call $aget (i32.const 1024) (i32.const 4096)))
    (call $print (i32.const 4096) (i32.load (i32.const 44)))
    (call $print (i32.const 60) (i32.const 1))
    (drop (call $esizes (i32.const 40) (i32.const 44)))
    (drop (call $eget (i32.const 1024) (i32.const 8192)))
    (call $print (i32.const 8192) (i32.load (i32.const 44)))
    (local.set $fd (i32.const 3))
    (block $done
      (loop $next
        (br_if $done (call $prestat (local.get $fd) (i32.const 0)))
        (call $print (i32.const 60) (i32.const 1))
        (drop (call $dirname (local.get $fd) (i32.const 256) (i32.load (i32.const 4))))
        (call $print (i32.const 256) (i32.load (i32.const 4)))
        (local.set $fd (i32.add (local.get $fd) (i32.const 1)))
        (br $next)))))
"""


def test_wasmrun_args_env_preopens(tmp_path):
    import wasmtime

    from tinypy_go.wasmrun import run_wasm

    wasm = wasmtime.wat2wasm(PROBE_WAT)
    out = tmp_path / "out"
    preopens = [(str(tmp_path), "/g"), (str(tmp_path), "/h")]
    code = run_wasm(wasm, ["x", "y z"], env={"K": "v", "E": ""}, preopens=preopens,
                    program_name="p.wasm", stdout_file=str(out), stderr_file=str(tmp_path / "err"))
    assert code == 0
    argv, environ, *dirs = out.read_bytes().split(b"|")
    assert argv.split(b"\0") == [b"p.wasm", b"x", b"y z", b""]
    assert environ.split(b"\0") == [b"K=v", b"E=", b""]
    assert dirs == [b"/g", b"/h"]


# ---------------------------------------------------------------- help, targets, clean, cache cap

def test_help_topics():
    r = run_tinypy("help")
    assert r.returncode == 0
    for cmd in ("build", "run", "test", "clean", "targets", "env", "version"):
        assert f"\t{cmd} " in r.stdout
    r = run_tinypy("help", "build")
    assert r.returncode == 0 and r.stdout.startswith("usage: tinypy build") and "-print-allocs" in r.stdout
    r = run_tinypy("help", "cache")
    assert r.returncode == 0 and "TINYPY_CACHE_MAX" in r.stdout
    r = run_tinypy("help", "nosuch")
    assert r.returncode == 2 and "unknown help topic" in r.stderr


def test_targets_one_per_line():
    from tinypy_go.target import SUPPORTED_TARGETS, lookup

    r = run_tinypy("targets")
    assert r.returncode == 0
    names = r.stdout.split("\n")[:-1]
    assert names == list(SUPPORTED_TARGETS)
    assert all(lookup(n) is not None for n in names)


def _cache_files(root):
    return [p for p in root.rglob("*") if p.is_file() and p.name != "trim.txt"]


def test_clean_cache_empties_the_cache(tmp_path):
    cache = tmp_path / "cache"
    env = {"TINYPY_CACHE": str(cache)}
    r = run_tinypy("build", "-o", str(tmp_path / "h.wasm"), str(REPO / "examples" / "hello"), env=env)
    assert r.returncode == 0, r.stderr
    assert _cache_files(cache)
    r = run_tinypy("clean", "-cache", "-n", env=env)
    assert r.returncode == 0 and str(cache) in r.stdout and _cache_files(cache)  # -n removes nothing
    r = run_tinypy("clean", "-cache", env=env)
    assert r.returncode == 0, r.stderr
    assert cache.is_dir() and not any(cache.iterdir())
    r = run_tinypy("clean", "stray", env=env)
    assert r.returncode == 2


def test_cache_cap_after_a_build(tmp_path):
    """A build with a tiny TINYPY_CACHE_MAX leaves the cache under it; the default keeps entries."""
    cache = tmp_path / "cache"
    env = {"TINYPY_CACHE": str(cache), "TINYPY_CACHE_MAX": "1KB"}
    r = run_tinypy("build", "-o", str(tmp_path / "h.wasm"), str(REPO / "examples" / "hello"), env=env)
    assert r.returncode == 0, r.stderr
    assert sum(p.stat().st_size for p in _cache_files(cache)) <= 1000
    assert (cache / "trim.txt").is_file()


def test_cache_trim_drops_least_recently_used(tmp_path, monkeypatch):
    import os
    import time

    from tinypy_go import cache

    monkeypatch.setenv("TINYPY_CACHE", str(tmp_path))
    monkeypatch.setenv("TINYPY_CACHE_MAX", "10KiB")
    now = time.time()
    paths = []
    for i in range(8):  # 8 entries of ~2 KB, the oldest first
        p = cache.put("obj", f"{i:02d}" + "0" * 62, bytes([i]) * 2000)
        os.utime(p, (now - 10000 + i * 100, now - 10000 + i * 100))
        paths.append(p)
    assert cache.get("obj", "00" + "0" * 62) is not None  # a read refreshes the oldest entry...
    freed = cache.trim(force=True)
    assert freed > 0
    kept = [p.exists() for p in paths]
    assert kept[0], "a recently read entry survives"
    assert kept == [True, False, False, False, False, True, True, True], kept  # ...the next oldest go
    total = sum(p.stat().st_size for p in paths if p.exists())
    assert total <= 10 * 1024 * 9 // 10
    # not forced and the marker is fresh: no scan
    for p in paths:
        if p.exists():
            os.utime(p, (now - 20000, now - 20000))
    monkeypatch.setenv("TINYPY_CACHE_MAX", "1")
    assert cache.trim() == 0 and all(p.exists() for p in (paths[0], paths[-1]))
    assert cache.parse_bytes("2GiB") == 2 << 30 and cache.parse_bytes("500MB") == 500_000_000
    assert cache.parse_bytes("12x") is None
    monkeypatch.setenv("TINYPY_CACHE_MAX", "garbage")
    assert cache.max_size() == cache.DEFAULT_MAX
    monkeypatch.setenv("TINYPY_CACHE_MAX", "off")
    assert cache.max_size() is None


# ---------------------------------------------------------------- the status line

def test_status_line_only_on_terminals(monkeypatch):
    import io

    from tinypy_go import status

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    assert status.wanted(Tty(), Tty())
    assert not status.wanted(io.StringIO(), Tty())  # stdout a pipe
    assert not status.wanted(Tty(), io.StringIO())
    monkeypatch.setenv("CI", "true")
    assert not status.wanted(Tty(), Tty())


def test_status_line_during_a_build(monkeypatch, tmp_path):
    """A slow build (the delay set to 0 here) shows stage and package count on one line, erased at the end."""
    import io

    from tinypy_go import status
    from tinypy_go.build import BuildConfig, build_result

    err = io.StringIO()
    monkeypatch.setattr(status, "DELAY", 0.0)
    monkeypatch.setattr(status, "_TICK", 0.01)
    monkeypatch.setattr(status, "wanted", lambda *a: True)
    monkeypatch.setattr("sys.stderr", err)
    cfg = BuildConfig(inputs=[str(REPO / "examples" / "hello")], output=tmp_path / "h.wasm", status=True,
                      keep_ssa=True)
    build_result(cfg)
    text = err.getvalue()
    assert text.startswith("\rtinypy: ") and "packages" in text, text
    assert text.endswith("\r\x1b[K")  # erased
    assert "\n" not in text  # one line, rewritten in place
    err2 = io.StringIO()
    monkeypatch.setattr("sys.stderr", err2)
    build_result(BuildConfig(inputs=cfg.inputs, output=cfg.output, status=False))
    assert err2.getvalue() == ""
