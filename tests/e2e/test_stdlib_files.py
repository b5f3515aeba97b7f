"""Programs using the file system through GOROOT's os/syscall (wasip1).

Each ``tests/testdata_fs/<name>.go`` runs in an empty temporary directory,
preopened as the guest's ``/`` (gc's wasip1 working directory when $PWD is
unset), and must print ``<name>.txt``: the output of the native Go binary
run in an empty directory.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import opt_levels

FS_DIR = Path(__file__).resolve().parent.parent / "testdata_fs"
CASES = [pytest.param(src, opt, id=f"{src.stem}-O{opt}") for src in sorted(FS_DIR.glob("*.go"))
         for opt in opt_levels()]


@pytest.mark.parametrize(("source", "opt"), CASES)
def test_fs_program(source: Path, opt: str, tmp_path: Path) -> None:
    from tinypy_go.build import BuildConfig, build_result
    from tinypy_go.wasmrun import run_wasm

    result = build_result(BuildConfig(inputs=[str(source)], output=tmp_path / "prog.wasm", opt=opt))
    root = tmp_path / "root"
    root.mkdir()
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    code = run_wasm(result.output, [], env={}, preopens=[(str(root), "/")], stdout_file=str(out),
                    stderr_file=str(err))
    assert out.read_text() == source.with_suffix(".txt").read_text(), err.read_text()
    assert code == 0, err.read_text()
