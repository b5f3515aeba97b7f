package runtime

// Complex division with Go's semantics (Smith's algorithm, then the C99
// corrections for infinities and zeros), used for complex64 and complex128.

func isNaN(f float64) bool    { return f != f }
func isInf(f float64) bool    { return f > maxFloat64 || f < -maxFloat64 }
func isFinite(f float64) bool { return !isNaN(f) && !isInf(f) }

const maxFloat64 = 1.79769313486231570814527423731704356798070e+308

func signbit(f float64) bool { return f < 0 || (f == 0 && 1/f < 0) }

func copysign(f, sign float64) float64 {
	if signbit(f) != signbit(sign) {
		return -f
	}
	return f
}

func fabs(f float64) float64 {
	if signbit(f) {
		return -f
	}
	return f
}

func infOrZeroToOne(f float64) float64 {
	g := 0.0
	if isInf(f) {
		g = 1.0
	}
	return copysign(g, f)
}

func complex128div(n complex128, m complex128) complex128 {
	var e, f float64
	a, b := real(n), imag(n)
	c, d := real(m), imag(m)
	if fabs(c) >= fabs(d) {
		ratio := d / c
		denom := c + ratio*d
		e = (a + b*ratio) / denom
		f = (b - a*ratio) / denom
	} else {
		ratio := c / d
		denom := d + ratio*c
		e = (a*ratio + b) / denom
		f = (b*ratio - a) / denom
	}
	if isNaN(e) && isNaN(f) {
		inf := maxFloat64
		inf *= 2
		switch {
		case c == 0 && d == 0 && (!isNaN(a) || !isNaN(b)):
			e = copysign(inf, c) * a
			f = copysign(inf, c) * b
		case (isInf(a) || isInf(b)) && isFinite(c) && isFinite(d):
			a = infOrZeroToOne(a)
			b = infOrZeroToOne(b)
			e = inf * (a*c + b*d)
			f = inf * (b*c - a*d)
		case (isInf(c) || isInf(d)) && isFinite(a) && isFinite(b):
			c = infOrZeroToOne(c)
			d = infOrZeroToOne(d)
			e = 0 * (a*c + b*d)
			f = 0 * (b*c - a*d)
		}
	}
	return complex(e, f)
}
