// golden: GOARCH=386
package main

type big struct {
	a, b, c, d, e int64
}

type withPtr struct {
	p *int
	n [10]int32
}

// sink makes every slice below escape: since go1.25, gc gives an append
// whose result does not escape a 32-byte stack backing store first, which
// would hide growslice's own growth, the subject of this test.
var sink []any

func main() {
	var b []byte
	sink = append(sink, &b)
	last := -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			last = cap(b)
			print(last, " ")
		}
	}
	println()
	var w []int16
	sink = append(sink, &w)
	last = -1
	for i := 0; i < 3000; i++ {
		w = append(w, int16(i))
		if cap(w) != last {
			last = cap(w)
			print(last, " ")
		}
	}
	println()
	var q []int64
	sink = append(sink, &q)
	last = -1
	for i := 0; i < 3000; i++ {
		q = append(q, int64(i))
		if cap(q) != last {
			last = cap(q)
			print(last, " ")
		}
	}
	println()
	var bg []big
	sink = append(sink, &bg)
	last = -1
	for i := 0; i < 600; i++ {
		bg = append(bg, big{a: int64(i)})
		if cap(bg) != last {
			last = cap(bg)
			print(last, " ")
		}
	}
	println(bg[599].a)
	var ss []string
	sink = append(sink, &ss)
	last = -1
	for i := 0; i < 700; i++ {
		ss = append(ss, "x")
		if cap(ss) != last {
			last = cap(ss)
			print(last, " ")
		}
	}
	println()
	var ps []*int
	sink = append(sink, &ps)
	last = -1
	for i := 0; i < 700; i++ {
		ps = append(ps, nil)
		if cap(ps) != last {
			last = cap(ps)
			print(last, " ")
		}
	}
	println()
	var wp []withPtr
	sink = append(sink, &wp)
	last = -1
	for i := 0; i < 300; i++ {
		wp = append(wp, withPtr{})
		if cap(wp) != last {
			last = cap(wp)
			print(last, " ")
		}
	}
	println()
	// several at once, and append(s, t...)
	var m []int32
	sink = append(sink, &m)
	for i := 0; i < 12; i++ {
		m = append(m, 1, 2, 3)
		print(len(m), "/", cap(m), " ")
	}
	println()
	src := make([]int32, 37)
	var n []int32
	sink = append(sink, &n)
	for i := 0; i < 12; i++ {
		n = append(n, src...)
		print(len(n), "/", cap(n), " ")
	}
	println()
	x := append([]int32(nil), src[:5]...)
	println(len(x), cap(x))
	y := append(make([]byte, 0, 3), "hello, world"...)
	println(len(y), cap(y), string(y))
	// appending nothing keeps the slice
	z := make([]int, 2, 9)
	z2 := append(z)
	println(len(z2), cap(z2))
}
