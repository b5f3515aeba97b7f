package main

// Package-level variables initialised as static data or lazily
// (ir/build_static.py): values, mutation, init order and side effects.

type point struct {
	x, y int
	name string
	ok   bool
	f    float64
}

type table struct {
	lo, hi uint16
	pts    []*point
	next   *table
}

var small = [5]int{1, 2, 3: 40}
var sparse = [...]string{7: "seven", 2: "two"}
var pts = []point{{1, 2, "a", true, 1.5}, {x: 3, name: "b"}, {}}
var origin = &point{name: "origin"}
var tab = &table{lo: 1, hi: 0xffff, pts: []*point{{x: 9}, origin, nil}}
var chain = &table{lo: 5, next: tab}
var alias = &small
var bytesTab = []byte("static bytes")
var runes = []rune{'a', 'é', '世'}
var nested = [][]int{{1}, {2, 3}, nil, {}}
var matrix = [2][3]int8{{1, -2, 3}, {-4, 5, -6}}
var byName = map[string]*point{"origin": origin, "first": &pts[0]}
var anyVal any = 42
var fn = double
var fnTable = []func(int) int{double, func(x int) int { return x + 1 }}
var derived = len(pts) * 10
var counter = next()
var unusedMap = map[int]string{1: "never", 2: "used"}
var unusedTable = []point{{x: 1}, {x: 2}}
var sideEffect = announce("side effect runs even if unused")
var later = small[3] + 1

var calls int

func next() int {
	calls++
	return calls * 100
}

func announce(s string) int {
	println(s)
	return len(s)
}

func double(x int) int { return 2 * x }

func init() {
	small[0] = 11 // static data is writable
	pts = append(pts, point{name: "added in init"})
}

func main() {
	println(small[0], small[1], small[2], small[3], small[4], len(sparse), sparse[2], sparse[7], sparse[0] == "")
	for _, p := range pts {
		println(p.x, p.y, p.name, p.ok, p.f)
	}
	println(origin.name, tab.lo, tab.hi, len(tab.pts), tab.pts[0].x, tab.pts[1] == origin, tab.pts[2] == nil)
	println(chain.next == tab, chain.next.pts[1].name, alias[0], (*alias)[3])
	alias[4] = 99
	println(small[4], string(bytesTab), len(runes), string(runes), len(nested), len(nested[1]), nested[2] == nil, nested[3] != nil)
	bytesTab[0] = 'S'
	println(string(bytesTab), matrix[1][2], matrix[0][1])
	println(byName["origin"] == origin, byName["first"].name, len(byName))
	println(anyVal.(int), fn(21), fnTable[0](5), fnTable[1](5), derived, counter, calls, sideEffect, later)
	origin.name = "moved"
	println(tab.pts[1].name, byName["origin"].name)
}
