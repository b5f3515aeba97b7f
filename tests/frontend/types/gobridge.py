"""Parse Go source with the real go/parser and rebuild our AST from it.

Test-only scaffolding: lets the checker be tested before (and independently
of) our own parser.  A tiny Go program dumps go/ast as JSON by reflection;
this module maps it onto ``tinypy_go.frontend.ast`` classes.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile

from tinypy_go.frontend import ast
from tinypy_go.frontend.token import FileSet

_GO_SRC = r'''
package main

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"reflect"
)

var fset = token.NewFileSet()
var base int

func dump(v reflect.Value) any {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		if v.Kind() == reflect.Interface {
			return dump(v.Elem())
		}
		e := v.Elem()
		if e.Kind() != reflect.Struct {
			return dump(e)
		}
		t := e.Type()
		m := map[string]any{"_": t.Name()}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			switch f.Name {
			case "Obj", "Scope", "Unresolved", "Doc", "Comment":
				continue
			}
			m[f.Name] = dump(e.Field(i))
		}
		return m
	case reflect.Slice:
		out := []any{}
		for i := 0; i < v.Len(); i++ {
			out = append(out, dump(v.Index(i)))
		}
		return out
	case reflect.Struct:
		return dump(v.Addr())
	}
	switch x := v.Interface().(type) {
	case token.Pos:
		if x == token.NoPos {
			return 0
		}
		return int(x) - base
	case token.Token:
		return x.String()
	case ast.ChanDir:
		return int(x)
	case ast.ObjKind:
		return nil
	}
	return v.Interface()
}

func main() {
	var out []any
	for _, name := range os.Args[1:] {
		src, err := os.ReadFile(name)
		if err != nil {
			panic(err)
		}
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution|parser.AllErrors)
		if f == nil {
			out = append(out, map[string]any{"error": err.Error()})
			continue
		}
		base = fset.File(f.Pos()).Base()
		d := dump(reflect.ValueOf(f)).(map[string]any)
		var errs []any
		if list, ok := err.(scanner.ErrorList); ok {
			for _, e := range list {
				errs = append(errs, []any{e.Pos.Offset, e.Msg})
			}
		}
		d["_errors"] = errs
		out = append(out, d)
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
'''

_BIN: str | None = None


def _binary() -> str:
    global _BIN
    if _BIN:
        return _BIN
    d = os.path.join(tempfile.gettempdir(), "tinypy_gobridge")
    os.makedirs(d, exist_ok=True)
    exe = os.path.join(d, "gobridge")
    src = os.path.join(d, "main.go")
    if not os.path.exists(exe) or open(src).read() != _GO_SRC:
        with open(src, "w") as f:
            f.write(_GO_SRC)
        subprocess.run(["go", "build", "-o", exe, src], check=True, cwd=d,
                       env={**os.environ, "GO111MODULE": "off"})
    _BIN = exe
    return exe


_POSFIELD = {
    "Ident": "NamePos", "BasicLit": "ValuePos", "ParenExpr": "Lparen", "StarExpr": "Star",
    "UnaryExpr": "OpPos", "KeyValueExpr": None, "ArrayType": "Lbrack", "StructType": "Struct",
    "FuncType": "Func", "InterfaceType": "Interface", "MapType": "Map", "ChanType": "Begin",
    "BadExpr": "From", "BadStmt": "From", "BadDecl": "From", "EmptyStmt": "Semicolon",
    "ReturnStmt": "Return", "BranchStmt": "TokPos", "BlockStmt": "Lbrace", "IfStmt": "If",
    "CaseClause": "Case", "SwitchStmt": "Switch", "TypeSwitchStmt": "Switch", "CommClause": "Case",
    "SelectStmt": "Select", "ForStmt": "For", "RangeStmt": "For", "GoStmt": "Go", "DeferStmt": "Defer",
    "GenDecl": "TokPos", "FuncDecl": None, "File": "Package", "Ellipsis": "Ellipsis",
    "FuncLit": None, "CompositeLit": None, "Field": None, "FieldList": "Opening", "ImportSpec": None,
    "ValueSpec": None, "TypeSpec": None, "Comment": "Slash", "CommentGroup": None,
}


class _Conv:
    def __init__(self, text: str, base: int):
        self.base = base
        self.ascii = text.isascii()
        if not self.ascii:
            self.map = {}
            b = 0
            for i, ch in enumerate(text):
                self.map[b] = i
                b += len(ch.encode("utf-8"))
            self.map[b] = len(text)

    def pos(self, off: int) -> int:
        if off == 0 and not isinstance(off, bool):
            return 0
        if not self.ascii:
            off = self.map.get(off, off)
        return self.base + off

    def first_pos(self, d) -> int:
        """Position of the first token of a dumped node."""
        if not isinstance(d, dict):
            return 0
        k = d["_"]
        pf = _POSFIELD.get(k, "")
        if pf:
            return self.pos(d[pf])
        for f in ("X", "Fun", "Key", "Type", "Label", "Chan", "Call", "Name", "Names", "Lhs", "Tag", "Path"):
            if f in d and d[f]:
                v = d[f]
                if isinstance(v, list):
                    v = v[0]
                if k == "FuncDecl" and f == "Type":
                    return self.pos(v["Func"])
                return self.first_pos(v)
        if k == "FuncLit":
            return self.pos(d["Type"]["Func"])
        if k == "CompositeLit":
            return self.pos(d["Lbrace"])
        if k == "Field":
            return self.first_pos(d["Type"])
        return 0

    def node(self, d):
        if d is None:
            return None
        if isinstance(d, list):
            return [self.node(x) for x in d]
        k = d["_"]
        m = getattr(self, "n_" + k, None)
        if m:
            return m(d)
        raise ValueError(f"unhandled go/ast node {k}")

    P = pos

    def n_Ident(self, d):
        return ast.Ident(self.P(d["NamePos"]), d["Name"])

    def n_BasicLit(self, d):
        return ast.BasicLit(self.P(d["ValuePos"]), d["Kind"], d["Value"])

    def n_BadExpr(self, d):
        return ast.BadExpr(self.P(d["From"]), self.P(d["To"]))

    def n_Ellipsis(self, d):
        return ast.Ellipsis(self.P(d["Ellipsis"]), self.node(d["Elt"]))

    def n_FuncLit(self, d):
        return ast.FuncLit(self.first_pos(d), self.node(d["Type"]), self.node(d["Body"]))

    def n_CompositeLit(self, d):
        t = self.node(d["Type"])
        return ast.CompositeLit(t.pos if t else self.P(d["Lbrace"]), t, self.node(d["Elts"]),
                                self.P(d["Lbrace"]), self.P(d["Rbrace"]), d["Incomplete"])

    def n_ParenExpr(self, d):
        return ast.ParenExpr(self.P(d["Lparen"]), self.node(d["X"]), self.P(d["Rparen"]))

    def n_SelectorExpr(self, d):
        x = self.node(d["X"])
        return ast.SelectorExpr(x.pos, x, self.node(d["Sel"]))

    def n_IndexExpr(self, d):
        x = self.node(d["X"])
        return ast.IndexExpr(x.pos, x, self.P(d["Lbrack"]), self.node(d["Index"]), self.P(d["Rbrack"]))

    def n_IndexListExpr(self, d):
        x = self.node(d["X"])
        return ast.IndexListExpr(x.pos, x, self.P(d["Lbrack"]), self.node(d["Indices"]), self.P(d["Rbrack"]))

    def n_SliceExpr(self, d):
        x = self.node(d["X"])
        return ast.SliceExpr(x.pos, x, self.P(d["Lbrack"]), self.node(d["Low"]), self.node(d["High"]),
                             self.node(d["Max"]), d["Slice3"], self.P(d["Rbrack"]))

    def n_TypeAssertExpr(self, d):
        x = self.node(d["X"])
        return ast.TypeAssertExpr(x.pos, x, self.P(d["Lparen"]), self.node(d["Type"]), self.P(d["Rparen"]))

    def n_CallExpr(self, d):
        f = self.node(d["Fun"])
        return ast.CallExpr(f.pos, f, self.P(d["Lparen"]), self.node(d["Args"]), self.P(d["Ellipsis"]),
                            self.P(d["Rparen"]))

    def n_StarExpr(self, d):
        return ast.StarExpr(self.P(d["Star"]), self.node(d["X"]))

    def n_UnaryExpr(self, d):
        return ast.UnaryExpr(self.P(d["OpPos"]), d["Op"], self.node(d["X"]))

    def n_BinaryExpr(self, d):
        x = self.node(d["X"])
        return ast.BinaryExpr(x.pos, x, self.P(d["OpPos"]), d["Op"], self.node(d["Y"]))

    def n_KeyValueExpr(self, d):
        k = self.node(d["Key"])
        return ast.KeyValueExpr(k.pos, k, self.P(d["Colon"]), self.node(d["Value"]))

    def n_ArrayType(self, d):
        return ast.ArrayType(self.P(d["Lbrack"]), self.node(d["Len"]), self.node(d["Elt"]))

    def n_StructType(self, d):
        return ast.StructType(self.P(d["Struct"]), self.node(d["Fields"]))

    def n_FuncType(self, d):
        params = self.node(d["Params"])
        p = self.P(d["Func"]) or params.pos
        return ast.FuncType(p, self.node(d["TypeParams"]), params, self.node(d["Results"]))

    def n_InterfaceType(self, d):
        return ast.InterfaceType(self.P(d["Interface"]), self.node(d["Methods"]))

    def n_MapType(self, d):
        return ast.MapType(self.P(d["Map"]), self.node(d["Key"]), self.node(d["Value"]))

    def n_ChanType(self, d):
        return ast.ChanType(self.P(d["Begin"]), d["Dir"], self.node(d["Value"]), self.P(d["Arrow"]))

    def n_Field(self, d):
        t = self.node(d["Type"])
        names = self.node(d["Names"]) or []
        return ast.Field(names[0].pos if names else (t.pos if t else 0), names, t, self.node(d["Tag"]))

    def n_FieldList(self, d):
        lst = self.node(d["List"]) or []
        p = self.P(d["Opening"]) or (lst[0].pos if lst else 0)
        return ast.FieldList(p, lst, self.P(d["Closing"]))

    def n_BadStmt(self, d):
        return ast.BadStmt(self.P(d["From"]), self.P(d["To"]))

    def n_DeclStmt(self, d):
        dd = self.node(d["Decl"])
        return ast.DeclStmt(dd.pos, dd)

    def n_EmptyStmt(self, d):
        return ast.EmptyStmt(self.P(d["Semicolon"]), d["Implicit"])

    def n_LabeledStmt(self, d):
        lab = self.node(d["Label"])
        return ast.LabeledStmt(lab.pos, lab, self.P(d["Colon"]), self.node(d["Stmt"]))

    def n_ExprStmt(self, d):
        x = self.node(d["X"])
        return ast.ExprStmt(x.pos, x)

    def n_SendStmt(self, d):
        c = self.node(d["Chan"])
        return ast.SendStmt(c.pos, c, self.P(d["Arrow"]), self.node(d["Value"]))

    def n_IncDecStmt(self, d):
        x = self.node(d["X"])
        return ast.IncDecStmt(x.pos, x, self.P(d["TokPos"]), d["Tok"])

    def n_AssignStmt(self, d):
        lhs = self.node(d["Lhs"])
        return ast.AssignStmt(lhs[0].pos, lhs, self.P(d["TokPos"]), d["Tok"], self.node(d["Rhs"]))

    def n_GoStmt(self, d):
        return ast.GoStmt(self.P(d["Go"]), self.node(d["Call"]))

    def n_DeferStmt(self, d):
        return ast.DeferStmt(self.P(d["Defer"]), self.node(d["Call"]))

    def n_ReturnStmt(self, d):
        return ast.ReturnStmt(self.P(d["Return"]), self.node(d["Results"]) or [])

    def n_BranchStmt(self, d):
        return ast.BranchStmt(self.P(d["TokPos"]), d["Tok"], self.node(d["Label"]))

    def n_BlockStmt(self, d):
        return ast.BlockStmt(self.P(d["Lbrace"]), self.node(d["List"]) or [], self.P(d["Rbrace"]))

    def n_IfStmt(self, d):
        return ast.IfStmt(self.P(d["If"]), self.node(d["Init"]), self.node(d["Cond"]), self.node(d["Body"]),
                          self.node(d["Else"]))

    def n_CaseClause(self, d):
        lst = self.node(d["List"])
        return ast.CaseClause(self.P(d["Case"]), lst if lst else None, self.P(d["Colon"]),
                              self.node(d["Body"]) or [])

    def n_SwitchStmt(self, d):
        return ast.SwitchStmt(self.P(d["Switch"]), self.node(d["Init"]), self.node(d["Tag"]),
                              self.node(d["Body"]))

    def n_TypeSwitchStmt(self, d):
        return ast.TypeSwitchStmt(self.P(d["Switch"]), self.node(d["Init"]), self.node(d["Assign"]),
                                  self.node(d["Body"]))

    def n_CommClause(self, d):
        return ast.CommClause(self.P(d["Case"]), self.node(d["Comm"]), self.P(d["Colon"]),
                              self.node(d["Body"]) or [])

    def n_SelectStmt(self, d):
        return ast.SelectStmt(self.P(d["Select"]), self.node(d["Body"]))

    def n_ForStmt(self, d):
        return ast.ForStmt(self.P(d["For"]), self.node(d["Init"]), self.node(d["Cond"]), self.node(d["Post"]),
                           self.node(d["Body"]))

    def n_RangeStmt(self, d):
        tok = d["Tok"] if d["Tok"] in ("=", ":=") else ""
        return ast.RangeStmt(self.P(d["For"]), self.node(d["Key"]), self.node(d["Value"]), self.P(d["TokPos"]),
                             tok, self.P(d["Range"]), self.node(d["X"]), self.node(d["Body"]))

    def n_ImportSpec(self, d):
        name = self.node(d["Name"])
        path = self.node(d["Path"])
        return ast.ImportSpec(name.pos if name else path.pos, name, path)

    def n_ValueSpec(self, d):
        names = self.node(d["Names"])
        return ast.ValueSpec(names[0].pos, names, self.node(d["Type"]), self.node(d["Values"]) or [])

    def n_TypeSpec(self, d):
        name = self.node(d["Name"])
        return ast.TypeSpec(name.pos, name, self.node(d["TypeParams"]), self.P(d["Assign"]),
                            self.node(d["Type"]))

    def n_GenDecl(self, d):
        specs = self.node(d["Specs"]) or []
        if d["Tok"] == "const":
            for i, s in enumerate(specs):
                s.iota = i
        return ast.GenDecl(self.P(d["TokPos"]), d["Tok"], self.P(d["Lparen"]), specs, self.P(d["Rparen"]))

    def n_FuncDecl(self, d):
        ft = self.node(d["Type"])
        return ast.FuncDecl(ft.pos, self.node(d["Recv"]), self.node(d["Name"]), ft, self.node(d["Body"]))

    def n_Comment(self, d):
        return ast.Comment(self.P(d["Slash"]), d["Text"])

    def n_CommentGroup(self, d):
        lst = self.node(d["List"])
        return ast.CommentGroup(lst[0].pos, lst)

    def n_File(self, d):
        decls = self.node(d["Decls"]) or []
        imports = [s for g in decls if isinstance(g, ast.GenDecl) and g.tok == "import" for s in g.specs]
        return ast.File(self.P(d["Package"]), self.node(d["Name"]), decls, imports,
                        comments=self.node(d["Comments"]) or [])


def parse_files(fset: FileSet, sources: list[tuple[str, str]], errors: list | None = None) -> list[ast.File]:
    """Parse (filename, text) pairs.  Syntax errors are appended to errors as
    (pos, message); without an errors list they raise SyntaxError."""
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i, (_, text) in enumerate(sources):
            p = os.path.join(d, f"f{i}.go")
            with open(p, "w", encoding="utf-8") as f:
                f.write(text)
            paths.append(p)
        out = subprocess.run([_binary(), *paths], check=True, capture_output=True, text=True).stdout
    files = []
    for (name, text), dumped in zip(sources, json.loads(out), strict=True):
        if "error" in dumped:
            raise SyntaxError(dumped["error"])
        tf = fset.add_file(name, text)
        conv = _Conv(text, tf.base)
        perrs = dumped.get("_errors") or []
        if perrs:
            if errors is None:
                raise SyntaxError(perrs[0][1])
            for off, msg in perrs:
                errors.append((conv.pos(off) if off else tf.base, msg))
        f = conv.node(dumped)
        f.filename = name
        files.append(f)
    return files
