"""Stand-in parse and codegen hooks, to test the driver and CLI before the real stages exist.

The fake program prints one line per package in the build and exits with
its argument count (argc - 1), which exercises argv, stdout and exit codes.
"""

from __future__ import annotations

from tinypy_go.build import BuildContext, CompiledModule


def parse_file(fset, filename, src, mode):
    fset.add_file(filename, src)
    return filename


def compile_program(ctx: BuildContext) -> CompiledModule:
    assert ctx.program is not None
    text = "".join(f"{p.path}\n" for p in ctx.program.packages)
    data = text.encode()
    esc = "".join(f"\\{b:02X}" for b in data)
    ir = f"""
declare i32 @fd_write(i32, i32, i32, i32) #1
declare i32 @args_sizes_get(i32, i32) #2
declare void @proc_exit(i32) #3
@msg = private constant [{len(data)} x i8] c"{esc}"
@iov = internal global [2 x i32] zeroinitializer
@sizes = internal global [2 x i32] zeroinitializer
define void @_start() {{
  store i32 ptrtoint (ptr @msg to i32), ptr @iov
  %p = getelementptr i32, ptr @iov, i32 1
  store i32 {len(data)}, ptr %p
  %w = call i32 @fd_write(i32 1, i32 ptrtoint (ptr @iov to i32), i32 1, i32 ptrtoint (ptr @iov to i32))
  %qi = add i32 ptrtoint (ptr @sizes to i32), 4
  %e = call i32 @args_sizes_get(i32 ptrtoint (ptr @sizes to i32), i32 %qi)
  %argc = load i32, ptr @sizes
  %n = sub i32 %argc, 1
  call void @proc_exit(i32 %n)
  unreachable
}}
attributes #1 = {{ "wasm-import-module"="wasi_snapshot_preview1" "wasm-import-name"="fd_write" }}
attributes #2 = {{ "wasm-import-module"="wasi_snapshot_preview1" "wasm-import-name"="args_sizes_get" }}
attributes #3 = {{ "wasm-import-module"="wasi_snapshot_preview1" "wasm-import-name"="proc_exit" }}
"""
    return CompiledModule(ir)


HOOKS = {
    "parse": "tests.fake_stages:parse_file",
    "check": None,
    "ssa": None,
    "llvm": "tests.fake_stages:compile_program",
}
