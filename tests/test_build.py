"""The build driver with stand-in stages (tests/fake_stages.py): load -> ... -> link -> run."""

import importlib
from pathlib import Path

import pytest

from tests import fake_stages
from tinypy_go import cli
from tinypy_go.build import BuildConfig, StageMissing, build_result
from tinypy_go.wasmrun import run_wasm

build_mod = importlib.import_module("tinypy_go.build")  # the module: tinypy_go.build is the API function

PROG = 'package main\n\nimport "errors"\n\nfunc main() { _ = errors.New("x") }\n'


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(build_mod, "HOOKS", dict(fake_stages.HOOKS))


@pytest.fixture
def app(tmp_path, monkeypatch):
    d = tmp_path / "app"
    d.mkdir()
    (d / "main.go").write_text(PROG)
    monkeypatch.chdir(tmp_path)
    return d


def test_driver_runs_all_stages(fake, app, tmp_path):
    res = build_result(BuildConfig(inputs=[str(app / "main.go")], opt="2"))
    assert res.output == tmp_path / "main.wasm"  # go build's default name, in the working directory
    assert list(res.timings.seconds) == ["load", "parse", "llvm", "object", "link"]
    assert set(res.context.syntax) == {p.path for p in res.context.program.packages}
    out = tmp_path / "out.txt"
    code = run_wasm(res.output, ["a", "b"], stdout_file=str(out), stderr_file=str(tmp_path / "err"))
    assert code == 2
    assert out.read_text().splitlines()[-2:] == ["errors", "command-line-arguments"]


def test_default_output_for_directory(fake, app, tmp_path):
    assert build_result(BuildConfig(inputs=["app"])).output == tmp_path / "app.wasm"
    (tmp_path / "bin").mkdir()
    assert build_result(BuildConfig(inputs=["app"], output=Path("bin"))).output == Path("bin") / "app.wasm"


def test_missing_stage_is_internal_error(monkeypatch, app):
    hooks = dict(fake_stages.HOOKS, llvm="tinypy_go.no_such_module:compile_program")
    monkeypatch.setattr(build_mod, "HOOKS", hooks)
    with pytest.raises(StageMissing):
        build_result(BuildConfig(inputs=[str(app)]))


def run_cli(args, capfd):
    with pytest.raises(SystemExit) as e:
        cli.main(args)
    out, err = capfd.readouterr()
    return e.value.code, out, err


def test_cli_run_passes_args_and_exit_code(fake, app, capfd):
    code, out, err = run_cli(["run", "-opt=1", str(app / "main.go"), "x", "y", "z"], capfd)
    assert (code, err) == (3, "")
    assert out.splitlines()[-1] == "command-line-arguments"


def test_cli_build_flag_forms(fake, app, tmp_path, capfd):
    for i, form in enumerate([["-o", "a.wasm"], ["-o=b.wasm"], ["--o", "c.wasm"], ["--o=d.wasm"]]):
        code, _, err = run_cli(["build", *form, "-target", "wasip1", "-no-debug", str(app)], capfd)
        assert (code, err) == (0, "")
        assert (tmp_path / f"{'abcd'[i]}.wasm").is_file()


def test_cli_in_process_keeps_the_collector(fake, app, tmp_path, capfd):
    """Only the tinypy command (cli.entry, which exits after it) turns the garbage
    collector off; a process that calls cli.main and goes on keeps collecting."""
    import gc

    assert gc.isenabled()
    code, _, err = run_cli(["build", "-o", "g.wasm", str(app)], capfd)
    assert (code, err) == (0, "")
    code, _, _ = run_cli(["run", str(app / "main.go")], capfd)
    assert code == 0  # the fake program exits with its argument count
    assert gc.isenabled()


def test_cli_x_prints_stage_times(fake, app, capfd):
    code, _, err = run_cli(["build", "-x", "-o", "x.wasm", str(app)], capfd)
    assert code == 0
    assert "wasm-ld" in err and "link " in err and "total" in err


def test_cli_compile_error_exit_1(fake, tmp_path, capfd, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "main.go").write_text('package main\n\nimport "nope/x"\n\nfunc main() {}\n')
    code, _, err = run_cli(["build", "main.go"], capfd)
    assert code == 1
    assert err.startswith("main.go:3:8: package nope/x is not in std (")


def test_cli_internal_error_exit_3(monkeypatch, app, capfd):
    monkeypatch.setattr(build_mod, "HOOKS", dict(fake_stages.HOOKS, llvm="tests.test_build:_boom"))
    code, _, err = run_cli(["build", str(app)], capfd)
    assert code == 3
    lines = err.splitlines()
    assert lines[0] == "internal compiler error: RuntimeError: boom" and len(lines) == 2
    assert "Traceback" not in err


def _boom(ctx):
    raise RuntimeError("boom")
