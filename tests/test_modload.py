"""Which Go (GOROOT version check) and the module facts read without the go command."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TESTDATA, run_tinypy
from tinypy_go import goroot, loader, modload
from tinypy_go.build import BuildConfig

GO123 = Path("/opt/go1.23.9/go")
GO126 = Path("/opt/go1.26.6/go")
needs = pytest.mark.skipif  # the /opt trees exist on developers' machines, not in CI


def _fake_goroot(tmp_path: Path, version: str) -> Path:
    (tmp_path / "src").mkdir()
    (tmp_path / "VERSION").write_text(f"{version}\ntime 2025-01-01T00:00:00Z\n")
    return tmp_path


def test_bundled_goroot_is_supported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GOROOT", raising=False)
    goroot.check_supported()
    assert goroot.go_minor() in goroot.SUPPORTED_MINORS


@pytest.mark.parametrize("version", ["go1.25.4", "go1.28.0", "go1.20"])
def test_unsupported_goroot(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, version: str) -> None:
    monkeypatch.setenv("GOROOT", str(_fake_goroot(tmp_path, version)))
    with pytest.raises(goroot.GorootError) as e:
        goroot.check_supported()
    assert str(e.value) == f"{version} is not supported: tinypy supports Go 1.26 and 1.27"


def test_cli_unsupported_goroot_is_one_line_exit_2(tmp_path: Path) -> None:
    (tmp_path / "go").mkdir()
    root = _fake_goroot(tmp_path / "go", "go1.24.2")
    r = run_tinypy("build", "-o", str(tmp_path / "x.wasm"), str(TESTDATA / "modules" / "app"),
                   env={"GOROOT": str(root)})
    assert (r.returncode, r.stderr) == (2, "go1.24.2 is not supported: tinypy supports Go 1.26 and 1.27\n")


@needs(not GO123.is_dir(), reason="no Go 1.23 tree in /opt")
def test_go123_is_refused(tmp_path: Path) -> None:
    r = run_tinypy("run", str(TESTDATA / "modules" / "app"), env={"GOROOT": str(GO123)})
    assert (r.returncode, r.stderr) == (2, "go1.23.9 is not supported: tinypy supports Go 1.26 and 1.27\n")


@needs(not GO126.is_dir(), reason="no Go 1.26 tree in /opt")
def test_go126_smoke() -> None:
    """Go 1.26's stdlib builds a multi-package program (scripts/fetch_goroot.py makes such a tree)."""
    app = TESTDATA / "modules" / "app"
    r = run_tinypy("run", "-opt=0", ".", cwd=app, env={"GOROOT": str(GO126)})
    assert r.returncode == 0, r.stderr
    assert r.stderr == (app / "expected.stderr").read_text()


def test_version_names_the_goroot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GOROOT", raising=False)
    first = (goroot.goroot() / "VERSION").read_text().splitlines()[0]
    r = run_tinypy("version", env={"GOROOT": ""})
    assert r.returncode == 0 and f"({first} stdlib" in r.stdout


def test_go1_tags_follow_the_goroot(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GOROOT", str(_fake_goroot(tmp_path, "go1.26.6")))
    tags = BuildConfig().build_tags()
    assert "go1.26" in tags and "go1.27" not in tags


@pytest.mark.parametrize(("text", "lang"), [
    ("module m\n\ngo 1.21\n", "go1.21"),
    ("module m\ngo 1.22.3 // comment\n", "go1.22"),
    ("module m\ngo 1.23rc1\n", "go1.23"),
    ("module m\n", "go1.16"),  # cmd/go's default for a go.mod without a go line
])
def test_modfile_lang(tmp_path: Path, text: str, lang: str) -> None:
    (tmp_path / "go.mod").write_text(text)
    mf = modload.find_gomod(tmp_path)
    assert mf is not None and mf.path == "m" and mf.lang == lang


def test_gover_order() -> None:
    order = ["1.20", "1.21", "1.21rc1", "1.21rc2", "1.21.0", "1.21.1", "1.22"]
    assert sorted(order, key=modload._gover_key) == order


@pytest.mark.parametrize(("line", "fails"), [("1.27", False), ("1.27.3", False), ("1.27.4", True),
                                             ("1.28", True), ("1.26.9", False)])
def test_go_line_newer_than_toolchain(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, line: str,
                                      fails: bool) -> None:
    monkeypatch.setattr(goroot, "go_version", lambda: "go1.27.3")
    (tmp_path / "go.work").write_text(f"go {line}\n")
    mf = modload.read_modfile(tmp_path / "go.work")
    if not fails:
        modload.check_toolchain(mf)
        return
    with pytest.raises(modload.GoCommandError) as e:
        modload.check_toolchain(mf)
    assert str(e.value) == f"go: go.work requires go >= {line} (running go 1.27.3; GOTOOLCHAIN=local)"


def test_list_tags_leave_go_own_tags_out() -> None:
    tags = BuildConfig().build_tags()
    got = modload.list_tags(tags, "wasip1", "wasm")
    assert "tinygo" in got and "gc.conservative" in got
    assert not [t for t in got if t.startswith(("go1.", "goexperiment.")) or t in ("wasip1", "wasm")]


@pytest.mark.parametrize(("args", "cwd"), [(["."], TESTDATA / "modules" / "app"),
                                           ([str(TESTDATA / "gomod" / "loopvar121" / "main.go")], None)])
def test_no_go_list_without_dependencies(monkeypatch: pytest.MonkeyPatch, args: list[str],
                                         cwd: Path | None) -> None:
    """Main-module and standard packages never pay for a go list run."""
    def boom(*a: object, **k: object) -> None:
        raise AssertionError("go list was run")

    monkeypatch.setattr(modload, "go_list", boom)
    if cwd is not None:
        monkeypatch.chdir(cwd)
    ld = loader.Loader(BuildConfig().build_tags())
    prog = ld.load(args)
    assert ld.go_list_runs == 0
    assert prog.main.go_version in ("go1.23", "go1.21")
    assert all(p.go_version == "" for p in prog.packages if p.goroot)
