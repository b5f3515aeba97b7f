import os
from pathlib import Path

import pytest

from tinypy_go import loader
from tinypy_go.errors import CompileError
from tinypy_go.goroot import goroot_src
from tinypy_go.target import WASI

TAGS = WASI.build_tags("conservative", "asyncify")
NO_RUNTIME = Path("/nonexistent-tinypy-runtime")


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def load(args, cwd: Path, tags=TAGS, runtime_dir=NO_RUNTIME, implicit=()):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return loader.Loader(tags, runtime_dir=runtime_dir, implicit=implicit).load(args)
    finally:
        os.chdir(old)


MAIN = "package main\n\nfunc main() {}\n"


def test_good_os_arch_file():
    m = loader.tag_matcher(TAGS, "wasip1")
    ok = {
        "a.go": True, "a_wasip1.go": True, "a_wasm.go": True, "a_wasip1_wasm.go": True,
        "a_linux.go": False, "a_amd64.go": False, "a_linux_wasm.go": False, "a_wasip1_386.go": False,
        "a_js_wasm.go": False, "wasip1.go": True, "linux.go": True, "a_other.go": True,
        "a_linux_test.go": False, "a_unix.go": True,  # "unix" is not a GOOS: no suffix rule
    }
    for name, want in ok.items():
        assert loader.good_os_arch_file(name, m) is want, name


def test_file_selection(tmp_path):
    write(tmp_path, {
        "main.go": MAIN,
        "a_wasip1.go": "package main\n",
        "b_linux.go": "package main\n",
        "c_test.go": "package main\n",
        "_d.go": "package main\n",
        ".e.go": "package main\n",
        "f.go": "//go:build !wasip1\n\npackage main\n",
        "g.go": "//go:build tinygo && wasm && gc.conservative && scheduler.asyncify && go1.23\n\n"
                "package main\n",
        "h.go": "//go:build unix\n\npackage main\n",
        "i.go": "//go:build cgo\n\npackage main\n",
        "j.go": 'package main\n\nimport "C"\n',
        "k.go": "//go:build mytag\n\npackage main\n",
        "notes.txt": "x",
    })
    prog = load(["."], tmp_path)
    assert [f.name for f in prog.main.files] == ["a_wasip1.go", "g.go", "main.go"]
    assert prog.main.path == loader.COMMAND_LINE_PATH and prog.main.main
    tagged = load(["."], tmp_path, tags=TAGS | {"mytag"})
    assert "k.go" in [f.name for f in tagged.main.files]


def test_selection_verdicts_come_back_from_the_cache(tmp_path, monkeypatch):
    """A directory selected before gives the same files, headers and sources from the
    build cache; an edited file or a damaged entry is scanned again."""
    from tinypy_go import cache

    monkeypatch.setenv("TINYPY_CACHE", str(tmp_path / "cache"))
    src = tmp_path / "src"
    write(src, {"main.go": 'package main\n\nimport (\n\t"fmt"\n\tx "os"\n)\n\nfunc main() {}\n',
                "f.go": "//go:build !wasip1\n\npackage main\n",
                "crlf.go": "//go:build wasip1\r\n\r\npackage main\r\n\r\nimport \"io\"\r\n"})
    match = loader.tag_matcher(TAGS, "wasip1")

    def select():
        sel = loader.select_files(src, os.listdir(src), match, match_id="m")
        return ([(p.name, h.package, h.line, h.column, [(i.path, i.line, i.column, i.name) for i in h.imports])
                 for p, _, h in sel.files], sorted(p.name for p in sel.ignored), sel.sources)

    scanned = select()
    assert [f[0] for f in scanned[0]] == ["crlf.go", "main.go"] and scanned[1] == ["f.go"]
    assert scanned[0][0][4] == [("io", 5, 8, None)]
    assert scanned[0][1][4] == [("fmt", 4, 2, None), ("os", 5, 4, "x")]
    assert scanned[2][src / "crlf.go"][0].count("\r\n") == 5  # the parser gets the bytes as they are
    entries = list((tmp_path / "cache").rglob("*"))
    assert select() == scanned
    monkeypatch.setattr(loader, "_scan", lambda *a: pytest.fail("scanned although cached"))
    assert select() == scanned
    monkeypatch.undo()
    monkeypatch.setenv("TINYPY_CACHE", str(tmp_path / "cache"))
    (src / "f.go").write_text("package main\n")  # now kept: a new key
    assert [f[0] for f in select()[0]] == ["crlf.go", "f.go", "main.go"]
    for e in entries:
        if e.is_file():
            e.write_bytes(b"damaged")
    (src / "f.go").write_text("//go:build !wasip1\n\npackage main\n")
    assert select() == scanned
    assert cache.cache_dir() == tmp_path / "cache"


def test_files_on_command_line(tmp_path):
    write(tmp_path, {"main.go": 'package main\n\nimport "strings"\n\nfunc main() {}\n',
                     "other.go": "package main\n"})
    prog = load(["main.go"], tmp_path)
    assert [f.name for f in prog.main.files] == ["main.go"]
    assert prog.packages[-1] is prog.main
    paths = [p.path for p in prog.packages]
    assert "strings" in paths and paths.index("unicode/utf8") < paths.index("strings")


def test_fmt_resolves_from_goroot(tmp_path):
    write(tmp_path, {"main.go": 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println() }\n'})
    prog = load(["main.go"], tmp_path)
    fmt = prog.package("fmt")
    assert fmt.goroot and not fmt.override
    assert fmt.dir == goroot_src() / "fmt"
    names = [f.name for f in fmt.files]
    assert "print.go" in names and not any(n.endswith("_test.go") for n in names)
    os_names = [f.name for f in prog.package("os").files]
    assert "file_wasip1.go" in os_names
    assert "file_windows.go" not in os_names and "file_plan9.go" not in os_names
    # dependency order: every import precedes its importer
    seen: set[str] = set()
    for pkg in prog.packages:
        assert all(i in seen or i == "unsafe" for i in pkg.imports), pkg.path
        seen.add(pkg.path)


def test_runtime_override(tmp_path):
    rt = tmp_path / "rt"
    write(rt, {"errors/errors.go": "package errors\n\nfunc New(s string) error { return nil }\n",
               "crypto/rand/x.go": "package rand\n"})  # crypto itself is not overridden
    main = 'package main\n\nimport "errors"\nimport "crypto"\n\nfunc main() {}\n'
    write(tmp_path / "app", {"main.go": main})
    prog = load(["."], tmp_path / "app", runtime_dir=rt)
    errs = prog.package("errors")
    assert errs.override and errs.dir == rt / "errors" and errs.imports == []
    assert not prog.package("crypto").override


def test_module_packages(tmp_path):
    write(tmp_path, {
        "go.mod": "module example.com/m\n\ngo 1.23\n",
        "cmd/app/main.go": 'package main\n\nimport "example.com/m/lib"\n\nfunc main() { lib.F() }\n',
        "lib/lib.go": 'package lib\n\nimport "example.com/m/lib/internal/x"\n\nfunc F() { x.G() }\n',
        "lib/internal/x/x.go": "package x\n\nfunc G() {}\n",
    })
    prog = load(["./cmd/app"], tmp_path)
    assert prog.main.path == "example.com/m/cmd/app"
    assert prog.module_path == "example.com/m"
    assert [p.path for p in prog.packages] == ["example.com/m/lib/internal/x", "example.com/m/lib",
                                               "example.com/m/cmd/app"]
    assert load(["example.com/m/cmd/app"], tmp_path).main.path == "example.com/m/cmd/app"


def diag(exc: pytest.ExceptionInfo) -> list[str]:
    return [str(d) for d in exc.value.diagnostics]


def test_missing_std_package_position(tmp_path):
    write(tmp_path, {"main.go": 'package main\n\nimport "foo/bar"\n\nfunc main() {}\n'})
    with pytest.raises(CompileError) as e:
        load(["main.go"], tmp_path)
    assert diag(e) == [f"main.go:3:8: package foo/bar is not in std ({goroot_src() / 'foo/bar'})"]


def test_import_cycle(tmp_path):
    write(tmp_path, {
        "go.mod": "module m\n",
        "main.go": 'package main\n\nimport "m/a"\n\nfunc main() {}\n',
        "a/a.go": 'package a\n\nimport "m/b"\n',
        "b/b.go": 'package b\n\nimport (\n\t"fmt"\n\t"m/a"\n)\n',
    })
    with pytest.raises(CompileError) as e:
        load(["."], tmp_path)
    assert diag(e) == ["b/b.go:5:2: import cycle not allowed: m/a imports m/b imports m/a"]


def test_internal_std_package_not_allowed(tmp_path):
    write(tmp_path, {"main.go": 'package main\n\nimport "internal/abi"\n\nfunc main() {}\n'})
    with pytest.raises(CompileError) as e:
        load(["main.go"], tmp_path)
    assert diag(e) == ["main.go:3:8: use of internal package internal/abi not allowed"]


def test_bad_inputs(tmp_path):
    write(tmp_path, {"lib/l.go": "package lib\n", "a/x.go": MAIN, "b/y.go": MAIN, "empty/x.txt": ""})
    with pytest.raises(loader.InputError, match="not a main package"):
        load(["./lib"], tmp_path)
    with pytest.raises(loader.InputError, match="one directory"):
        load(["a/x.go", "b/y.go"], tmp_path)
    with pytest.raises(loader.InputError, match="no such file"):
        load(["nope.go"], tmp_path)
    with pytest.raises(CompileError, match="no Go files"):
        load(["./empty"], tmp_path)


def test_mixed_package_names(tmp_path):
    write(tmp_path, {"a.go": MAIN, "b.go": "package other\n"})
    with pytest.raises(CompileError, match="found packages main \\(a.go\\) and other \\(b.go\\)"):
        load(["."], tmp_path)


def test_header_errors_are_positioned(tmp_path):
    write(tmp_path, {"main.go": "package main\n\nimport fmt\n"})
    with pytest.raises(CompileError) as e:
        load(["main.go"], tmp_path)
    assert diag(e)[0].startswith("main.go:3:8: missing import path")


def test_vendored_std_imports(tmp_path):
    # (net/http, the usual example, is not supported by this target: see unsupported.py)
    write(tmp_path, {"main.go": 'package main\n\nimport "crypto/ecdsa"\n\nfunc main() {}\n'})
    prog = load(["main.go"], tmp_path)
    paths = {p.path for p in prog.packages}
    assert "vendor/golang.org/x/crypto/cryptobyte" in paths
    assert prog.package("crypto/ecdsa").import_map["golang.org/x/crypto/cryptobyte"] == \
        "vendor/golang.org/x/crypto/cryptobyte"


def test_runtime_is_implicit_and_overridable(tmp_path):
    write(tmp_path, {"main.go": MAIN})
    prog = load(["main.go"], tmp_path, runtime_dir=loader.RUNTIME_DIR, implicit=("runtime",))
    rt = prog.package("runtime")
    assert rt.override and rt.dir == loader.RUNTIME_DIR / "runtime"
    assert [p.path for p in prog.packages][-2:] == ["runtime", loader.COMMAND_LINE_PATH]


def test_unsupported_table():
    from tinypy_go.unsupported import unsupported_reason

    for p in ("net", "net/http", "net/http/httptest", "net/rpc/jsonrpc", "os/exec", "os/signal", "plugin",
              "syscall/js", "runtime/cgo", "crypto/tls"):
        assert unsupported_reason(p), p
    for p in ("net/url", "net/netip", "netx", "net/httpx", "os", "os/user", "fmt", "crypto/sha256", "syscall"):
        assert unsupported_reason(p) is None, p


def test_unsupported_direct_imports(tmp_path):
    write(tmp_path, {"main.go": 'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"os/exec"\n'
                                '\t"net/http/httptest"\n\t"net/url"\n)\n\nfunc main() {}\n'})
    with pytest.raises(CompileError) as e:
        load(["main.go"], tmp_path)
    assert diag(e) == ["main.go:5:2: package net/http is not supported by this target",
                       "main.go:7:2: package net/http/httptest is not supported by this target",
                       "main.go:6:2: package os/exec is not supported by this target"]


def test_unsupported_through_std_packages(tmp_path):
    # the error is at the user's import that leads to the unsupported package, with the chain
    write(tmp_path, {"main.go": 'package main\n\nimport "mime/multipart"\nimport "log/syslog"\n\n'
                                'func main() {}\n'})
    with pytest.raises(CompileError) as e:
        load(["main.go"], tmp_path)
    assert diag(e) == [
        "main.go:4:8: package log/syslog is not supported by this target (log/syslog imports net)",
        "main.go:3:8: package mime/multipart is not supported by this target "
        "(mime/multipart imports net/textproto imports net)",
    ]


def test_unsupported_in_module_package(tmp_path):
    write(tmp_path, {
        "go.mod": "module example.com/m\n\ngo 1.23\n",
        "main.go": 'package main\n\nimport "example.com/m/lib"\n\nfunc main() { lib.F() }\n',
        "lib/lib.go": 'package lib\n\nimport (\n\t"strings"\n\t"os/signal"\n)\n\nfunc F() {}\n',
    })
    with pytest.raises(CompileError) as e:
        load(["."], tmp_path)
    assert diag(e) == ["lib/lib.go:5:2: "
                       "package os/signal is not supported by this target"]


def test_unsupported_import_cli_exit_1(tmp_path):
    from tests.conftest import run_tinypy

    write(tmp_path, {"main.go": 'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\n'
                                'func main() { fmt.Println(http.StatusOK) }\n'})
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), "main.go", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.splitlines() == ["main.go:5:2: package net/http is not supported by this target"]
