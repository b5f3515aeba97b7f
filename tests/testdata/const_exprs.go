package main

const (
	Pi     = 3.14159265358979323846264338327950288419716939937510582097494459
	TwoPi  = Pi * 2
	Big    = 1 << 80
	Small  = Big >> 78
	Mask   = ^uint32(0)
	Neg    = -1 << 3
	Char   = 'A' + 2
	Str    = "x" + "y" + "z"
	Half   = 1 / 2.0
	IntDiv = 7 / 2
	Exact  = 1e300 * 1e300 / 1e300
)

type Dir uint8

const (
	N Dir = 1 << iota
	E
	S
	W
	NS  = N | S
	Any = N | E | S | W
)

const maxU8 = ^uint8(0)
const typedF float32 = 1.0 / 3

func main() {
	println(TwoPi, float32(Pi), Small, Mask, Neg, Char, string(rune(Char)), Str)
	println(Half, IntDiv, Exact, Big/Big)
	println(N, E, S, W, NS, Any, Any&^NS)
	println(maxU8, typedF, len(Str), Str[1])
	const local = len("héllo")
	var arr [local]int
	println(len(arr), cap(arr))
	x := 10
	println(x*IntDiv, float64(x)*Half, x<<Small)
	const c1 = 'a' * 2
	var r rune = c1
	println(r, c1 > 100)
	println(1e3 == 1000, 0x1p4, 0o17, 0b1010, 1_000_000)
}
