package main

type Rat struct{ num, den int64 }

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func R(n, d int64) Rat {
	if d == 0 {
		panic("zero denominator")
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		g = 1
	}
	return Rat{n / g, d / g}
}

func (a Rat) Add(b Rat) Rat { return R(a.num*b.den+b.num*a.den, a.den*b.den) }
func (a Rat) Sub(b Rat) Rat { return R(a.num*b.den-b.num*a.den, a.den*b.den) }
func (a Rat) Mul(b Rat) Rat { return R(a.num*b.num, a.den*b.den) }
func (a Rat) Div(b Rat) Rat { return R(a.num*b.den, a.den*b.num) }
func (a Rat) Less(b Rat) bool { return a.num*b.den < b.num*a.den }

func (a Rat) String() string {
	s := itoa(a.num)
	if a.den != 1 {
		s += "/" + itoa(a.den)
	}
	return s
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func harmonic(n int) Rat {
	h := R(0, 1)
	for i := 1; i <= n; i++ {
		h = h.Add(R(1, int64(i)))
	}
	return h
}

func main() {
	a, b := R(1, 2), R(-3, 4)
	println(a.Add(b).String(), a.Sub(b).String(), a.Mul(b).String(), a.Div(b).String(), b.Less(a))
	println(harmonic(10).String(), harmonic(20).String())
	x := R(6, -8)
	println(x.String(), x == R(-3, 4))
	e := R(0, 1)
	fact := int64(1)
	for i := int64(0); i < 15; i++ {
		if i > 0 {
			fact *= i
		}
		e = e.Add(R(1, fact))
	}
	println(e.String(), float64(e.num)/float64(e.den))
	defer func() { println("panic:", recover().(string)) }()
	a.Div(R(0, 5))
}
