"""The tinypy command line, run as a subprocess from this checkout."""

import pytest

from tests.conftest import run_tinypy
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
        (["build", "-target=foo", "x.go"], 'tinypy: unknown target "foo" (supported: wasi, wasip1)'),
        (["build", "-target", "foo", "x.go"], 'tinypy: unknown target "foo" (supported: wasi, wasip1)'),
        (["build", "-frob", "x.go"], "tinypy: flag provided but not defined: -frob"),
        (["build", "-opt=4", "x.go"], 'tinypy: invalid value "4" for -opt (supported: 0, 1, 2, s, z)'),
        (["build", "-gc", "boehm", "x.go"],
         'tinypy: invalid value "boehm" for -gc (supported: conservative, leaking, none)'),
        (["build", "missing.go"], "tinypy: stat missing.go: no such file or directory"),
        (["run", "missing.go"], "tinypy: stat missing.go: no such file or directory"),
        (["run"], "tinypy: no go files listed"),
        (["build", "./nodir"], "tinypy: directory ./nodir does not exist"),
        (["run", "--env", "NOEQUALS", "x.go"], 'tinypy: --env "NOEQUALS": want K=V'),
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
    assert r.returncode == 0 and r.stdout.startswith("tinypy version 0.1.0 (go1.23.9 stdlib, llvm ")
    r = run_tinypy("env")
    assert r.returncode == 0 and "GOOS=wasip1" in r.stdout and "GOARCH=wasm" in r.stdout
    r = run_tinypy("env", "GOOS", "TINYPY_CACHE", env={"TINYPY_CACHE": "/tmp/tpc"})
    assert r.stdout.splitlines() == ["wasip1", "/tmp/tpc"]
