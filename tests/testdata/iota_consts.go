package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

type Flags uint8

const (
	Read Flags = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const big = 1 << 100
const huge = big * big
const ratio = big / (1 << 98)

func (f Flags) Has(x Flags) bool { return f&x != 0 }

func main() {
	for d := Sunday; d <= Saturday; d++ {
		print(d.String(), " ")
	}
	println()
	println(KB, MB, GB)
	perm := Read | Exec
	println(perm, perm.Has(Write), perm.Has(Exec), All, All&^Write)
	println(a, b, c, d, e, f)
	println(ratio, huge>>190, float64(big))
	const typed int16 = 1000
	println(typed*30, 'a'+1, string(rune('a'+1)))
	const s = "const" + "ant"
	println(s, len(s), s[2])
}
