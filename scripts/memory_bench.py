"""Peak linear memory and run time of a program under each -gc mode.

    python scripts/memory_bench.py [PROGRAM.go] [-opt z] [-gc conservative,leaking]

Linear memory never shrinks, so its size when the program exits is the
peak.  Default program: examples/binarytrees (depth 20).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


@dataclass(slots=True)
class Measurement:
    exit_code: int
    stdout: str
    stderr: str
    memory_bytes: int
    seconds: float


def run_measured(wasm: Path, workdir: Path, env: dict[str, str] | None = None,
                 memory_limit: int | None = None) -> Measurement:
    """Run wasm's _start under wasmtime (with ``env`` as its environment and at
    most ``memory_limit`` bytes of linear memory); report exit status, output,
    final memory size and time."""
    import wasmtime

    engine = wasmtime.Engine()
    module = wasmtime.Module.from_file(engine, str(wasm))
    out, err = workdir / "stdout", workdir / "stderr"
    wasi = wasmtime.WasiConfig()
    wasi.stdout_file = str(out)
    wasi.stderr_file = str(err)
    if env:
        wasi.env = list(env.items())
    store = wasmtime.Store(engine)
    store.set_wasi(wasi)
    if memory_limit is not None:
        store.set_limits(memory_size=memory_limit)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    inst = linker.instantiate(store, module)
    t0 = time.perf_counter()
    code = 0
    try:
        inst.exports(store)["_start"](store)
    except wasmtime.ExitTrap as e:
        code = e.code
    except wasmtime.Trap:
        code = 134
    seconds = time.perf_counter() - t0
    mem = inst.exports(store)["memory"]
    return Measurement(code, out.read_text(errors="replace"), err.read_text(errors="replace"),
                       mem.data_len(store), seconds)


def build(source: Path, out: Path, gc: str, opt: str) -> Path:
    from tinypy_go.build import BuildConfig, build_result

    return build_result(BuildConfig(inputs=[str(source)], output=out, opt=opt, gc=gc)).output


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("program", nargs="?", default=str(REPO / "examples" / "binarytrees" / "main.go"))
    ap.add_argument("-opt", default="z")
    ap.add_argument("-gc", default="conservative,leaking")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for gc in args.gc.split(","):
            wasm = build(Path(args.program), Path(tmp) / f"{gc}.wasm", gc, args.opt)
            m = run_measured(wasm, Path(tmp))
            status = "ok" if m.exit_code == 0 else f"exit {m.exit_code}: {m.stderr.strip().splitlines()[-1:]}"
            print(f"-gc={gc:<13} -opt={args.opt}  peak memory {m.memory_bytes / 2**20:8.1f} MiB  "
                  f"time {m.seconds:6.2f} s  {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
