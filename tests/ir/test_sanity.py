import pytest

from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import printer, ssa
from tinypy_go.ir.builder import finish_function
from tinypy_go.ir.sanity import SanityError, check_function

INT = T.TYP[T.INT]
BOOL = T.TYP[T.BOOL]


def make_abs() -> ssa.Function:
    """func abs(x int) int, built by hand."""
    p = T.Tuple()
    fn = ssa.Function("main.abs", T.Signature(p, p))
    x = ssa.Parameter("x", INT, fn)
    fn.params.append(x)
    entry, neg, done = fn.new_block("entry"), fn.new_block("if.then"), fn.new_block("if.done")
    cond = entry.emit(ssa.BinOp("<", x, ssa.Const(INT, 0), BOOL))
    entry.emit(ssa.If(cond))
    ssa.add_edge(entry, neg)
    ssa.add_edge(entry, done)
    negx = neg.emit(ssa.UnOp("-", x, INT))
    neg.emit(ssa.Jump())
    ssa.add_edge(neg, done)
    phi = done.emit(ssa.Phi([x, negx], INT))
    done.emit(ssa.Return([phi]))
    finish_function(fn)
    return fn


def test_valid_function_passes_and_prints():
    fn = make_abs()
    check_function(fn)
    text = printer.function_text(fn, str)
    assert "t0 = x < 0" in text
    assert "phi [0: x, 1: t1]" in text
    assert "if t0 goto 1 else 2" in text


def test_missing_terminator_is_reported():
    fn = make_abs()
    fn.blocks[1].instrs.pop()  # drop the jump
    with pytest.raises(SanityError, match="does not end in a control instruction"):
        check_function(fn)


def test_phi_edge_count_must_match_preds():
    fn = make_abs()
    phi = fn.blocks[2].instrs[0]
    phi.edges.pop()
    with pytest.raises(SanityError, match="phi has 1 edges for 2 preds"):
        check_function(fn)


def test_foreign_parameter_is_reported():
    fn = make_abs()
    other = make_abs()
    fn.blocks[1].instrs[0].x = other.params[0]
    with pytest.raises(SanityError, match="parameter x of another function"):
        check_function(fn)


def test_unreachable_blocks_are_dropped():
    fn = make_abs()
    dead = fn.new_block("dead")
    dead.emit(ssa.Return([ssa.Const(INT, 1)]))
    finish_function(fn)
    assert len(fn.blocks) == 3
    check_function(fn)
