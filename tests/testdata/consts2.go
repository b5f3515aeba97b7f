package main

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
)

const (
	_  = iota
	a1 = 1 << iota
	a2
	a3
	b1, b2 = iota, iota * 10
	c1, c2
)

const huge = 1 << 62
const precise = 1.0 / 3.0
const str = "a" + "b" + "c"
const r = 'x' + 1
const ok = huge > 1000 && len(str) == 3

func main() {
	println(Red, Green, Blue)
	println(a1, a2, a3, b1, b2, c1, c2)
	println(huge>>60, precise, str, r, ok)
	var f float32 = precise
	println(f, int64(huge)/1e9)
	const big = 1e1000
	println(big / 1e999)
	println(len("héllo"), str[1], "xyz"[2])
	const mask = ^uint16(0)
	println(mask, mask>>4)
}
