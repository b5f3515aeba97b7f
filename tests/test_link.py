"""llvmlite object emission -> wasm-ld -> wasmtime, end to end without the front end."""

from pathlib import Path

import pytest
import wasmtime

from tinypy_go.backend import link, objfile
from tinypy_go.wasmrun import TRAP_EXIT_CODE, run_wasm

ADD_IR = """
define internal i32 @square(i32 %x) {
  %r = mul i32 %x, %x
  ret i32 %r
}
define i32 @add(i32 %a, i32 %b) #0 {
  %s = add i32 %a, %b
  ret i32 %s
}
define i32 @sumsq(i32 %a, i32 %b) #1 {
  %x = call i32 @square(i32 %a)
  %y = call i32 @square(i32 %b)
  %s = add i32 %x, %y
  ret i32 %s
}
define i32 @unused(i32 %a) {
  ret i32 %a
}
attributes #0 = { "wasm-export-name"="add" }
attributes #1 = { "wasm-export-name"="sumsq" }
"""

WASI_IR = r"""
declare i32 @fd_write(i32, i32, i32, i32) #1
declare void @proc_exit(i32) #2
@msg = private constant [6 x i8] c"hello\0A"
@iov = internal global [2 x i32] zeroinitializer
define void @_start() {
  store i32 ptrtoint (ptr @msg to i32), ptr @iov
  %p = getelementptr i32, ptr @iov, i32 1
  store i32 6, ptr %p
  %r = call i32 @fd_write(i32 1, i32 ptrtoint (ptr @iov to i32), i32 1, i32 ptrtoint (ptr @iov to i32))
  call void @proc_exit(i32 7)
  unreachable
}
attributes #1 = { "wasm-import-module"="wasi_snapshot_preview1" "wasm-import-name"="fd_write" }
attributes #2 = { "wasm-import-module"="wasi_snapshot_preview1" "wasm-import-name"="proc_exit" }
"""

TRAP_IR = """
define void @_start() {
  call void @llvm.trap()
  unreachable
}
declare void @llvm.trap()
"""


def instantiate(path: Path):
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    module = wasmtime.Module.from_file(engine, str(path))
    return module, store, wasmtime.Instance(store, module, [])


@pytest.mark.parametrize("opt", objfile.OPT_LEVELS)
def test_add_reactor(tmp_path, opt):
    obj = objfile.emit_object(ADD_IR, opt)
    assert obj[:4] == b"\0asm"
    out = link.link([obj], tmp_path / "add.wasm", link.LinkOptions(exports=["add", "sumsq"], entry=None))
    module, store, inst = instantiate(out)
    exports = inst.exports(store)
    assert exports["add"](store, 2, 3) == 5
    assert exports["sumsq"](store, 3, 4) == 25
    names = {e.name for e in module.exports}
    assert names == {"memory", "add", "sumsq"}  # gc-sections dropped `unused`; memory exported
    assert module.imports == []


def test_size_levels_mark_functions():
    ir = objfile.optimized_ir(ADD_IR, "z")
    assert "minsize" in ir and "optsize" in ir
    assert "minsize" not in objfile.optimized_ir(ADD_IR, "2")


def test_bad_ir_is_reported():
    with pytest.raises(objfile.LLVMError):
        objfile.emit_object("define i32 @f() { ret i64 0 }", "z")


def test_wasi_command_exit_code_and_stdout(tmp_path):
    out = link.link([objfile.emit_object(WASI_IR, "z")], tmp_path / "hello.wasm")
    module = wasmtime.Module.from_file(wasmtime.Engine(), str(out))
    assert {(i.module, i.name) for i in module.imports} == {
        ("wasi_snapshot_preview1", "fd_write"), ("wasi_snapshot_preview1", "proc_exit")}
    stdout = tmp_path / "stdout"
    assert run_wasm(out, stdout_file=str(stdout), stderr_file=str(tmp_path / "err")) == 7
    assert stdout.read_text() == "hello\n"


def test_trap_exit_code(tmp_path):
    out = link.link([objfile.emit_object(TRAP_IR, "0")], tmp_path / "trap.wasm")
    err = tmp_path / "stderr"
    assert run_wasm(out, stdout_file=str(tmp_path / "o"), stderr_file=str(err)) == TRAP_EXIT_CODE
    assert "unreachable" in err.read_text()


def test_undefined_symbol_is_link_error(tmp_path):
    ir = "declare void @missing()\ndefine void @_start() {\n  call void @missing()\n  ret void\n}\n"
    with pytest.raises(link.LinkError, match="undefined symbol: missing"):
        link.link([objfile.emit_object(ir, "z")], tmp_path / "x.wasm")
    opts = link.LinkOptions(allow_undefined=["missing"])
    out = link.link([objfile.emit_object(ir, "z")], tmp_path / "x.wasm", opts)
    imports = wasmtime.Module.from_file(wasmtime.Engine(), str(out)).imports
    assert ("env", "missing") in {(i.module, i.name) for i in imports}


def test_strip_debug_keeps_names(tmp_path):
    ir = ADD_IR + "\n"
    obj = objfile.emit_object(ir, "0")
    opts = link.LinkOptions(exports=["add"], entry=None, strip_debug=True)
    out = link.link([obj], tmp_path / "a.wasm", opts)
    assert b"name" in out.read_bytes()  # the name section survives -no-debug
