"""The post-link binaryen pass (backend/wasmopt.py): smaller, still valid, names kept."""

import pytest
import wasmtime

from tinypy_go.backend import link, objfile, wasmopt
from tinypy_go.wasmrun import run_wasm

pytestmark = pytest.mark.skipif(not wasmopt.available(), reason="icpp-binaryen is not installed")

# two identical functions (binaryen merges them) and locals LLVM leaves for it to coalesce
IR = r"""
declare i32 @fd_write(i32, i32, i32, i32) #1
@msg = private constant [6 x i8] c"hello\0A"
@iov = internal global [2 x i32] zeroinitializer
@table = internal global [64 x i32] zeroinitializer
define internal i32 @twice_a(i32 %x) noinline {
  %r = add i32 %x, %x
  %s = mul i32 %r, 3
  ret i32 %s
}
define internal i32 @twice_b(i32 %x) noinline {
  %r = add i32 %x, %x
  %s = mul i32 %r, 3
  ret i32 %s
}
define void @_start() {
  %a = call i32 @twice_a(i32 1)
  %b = call i32 @twice_b(i32 %a)
  %p0 = getelementptr [64 x i32], ptr @table, i32 0, i32 %b
  store i32 %b, ptr %p0
  store i32 ptrtoint (ptr @msg to i32), ptr @iov
  %p = getelementptr i32, ptr @iov, i32 1
  store i32 6, ptr %p
  %r = call i32 @fd_write(i32 1, i32 ptrtoint (ptr @iov to i32), i32 1, i32 ptrtoint (ptr @iov to i32))
  ret void
}
attributes #1 = { "wasm-import-module"="wasi_snapshot_preview1" "wasm-import-name"="fd_write" }
"""


def _name_subsections(wasm: bytes) -> dict[int, bytes]:
    out = {}
    i = 8
    while i < len(wasm):
        sid = wasm[i]
        size, j = wasmopt._uleb(wasm, i + 1)
        payload = wasm[j:j + size]
        i = j + size
        if sid == 0:
            n, k = wasmopt._uleb(payload, 0)
            if payload[k:k + n] == b"name":
                p = k + n
                while p < len(payload):
                    kind = payload[p]
                    ssize, q = wasmopt._uleb(payload, p + 1)
                    out[kind] = payload[q:q + ssize]
                    p = q + ssize
    return out


def test_optimize_keeps_behaviour_and_function_names(tmp_path):
    out = link.link([objfile.emit_object(IR, "0")], tmp_path / "m.wasm")
    before = out.read_bytes()
    after = wasmopt.optimize_bytes(before, "z")
    assert len(after) < len(before)
    wasmtime.Module(wasmtime.Engine(), after)  # validates
    subs = _name_subsections(after)
    assert b"_start" in subs[1]  # function names stay
    assert 9 not in subs  # binaryen's data segment names are dropped
    opt = tmp_path / "o.wasm"
    opt.write_bytes(after)
    stdout = tmp_path / "stdout"
    assert run_wasm(opt, stdout_file=str(stdout), stderr_file=str(tmp_path / "err")) == 0
    assert stdout.read_text() == "hello\n"


def test_only_size_levels():
    assert wasmopt.wanted("z") and wasmopt.wanted("s")
    assert not any(wasmopt.wanted(o) for o in ("0", "1", "2"))
    assert wasmopt.optimize_bytes(b"\0asm\1\0\0\0", "2") == b"\0asm\1\0\0\0"
