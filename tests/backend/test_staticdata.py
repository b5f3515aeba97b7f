"""Package variables: static data, lazy initialisers, unused ones dropped (ir/build_static.py)."""

from __future__ import annotations

from tinypy_go.build import BuildConfig, build_result

SRC = """package main

type rng struct{ lo, hi uint16 }

var used = []rng{{1, 2}, {3, 4}}
var unused = []rng{{5, 6}}
var usedMap = map[string]int{"a": 1}
var unusedMap = map[string]int{"zz_never": 1}
var calls = count()

func count() int { println("count"); return 1 }

func main() { println(len(used), usedMap["a"]) }
"""


def llvm_ir(tmp_path, src: str) -> str:
    path = tmp_path / "main.go"
    path.write_text(src)
    r = build_result(BuildConfig(inputs=[str(path)], output=tmp_path / "main.wasm", opt="0"))
    return r.context.compiled.llvm_ir


def test_static_lazy_and_dropped(tmp_path):
    text = llvm_ir(tmp_path, SRC)
    init = text.split('define internal void @"main.init"')[1].split("\n}")[0]
    # a composite literal of constants is data: no stores in the initialiser
    assert '@"main.used" = internal global {ptr, i32, i32} {ptr @"main.stmp.' in text
    assert '"main.used"' not in init
    # an unused table is not in the module at all
    assert '"main.unused"' not in text
    # a map literal is built by its own function, called only because the map is used
    assert 'call void @"main.usedMap$init"' in init
    assert "unusedMap" not in text and "zz_never" not in text
    # initialisers with side effects stay init code
    assert '@"main.count"' in init
