package main

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const big = 1 << 100
const pi = 3.14159265358979323846264338327950288419716939937510582097494459

func main() {
	println(A, B, C, E)
	println(KB, MB, GB)
	println(Sunday, Monday, Tuesday)
	println(big>>98, pi)
	const s = "const" + "ant"
	println(s, len(s))
	const typed int32 = 1 << 20
	println(typed)
	println('a', 'é', '\n', "\t|")
}
