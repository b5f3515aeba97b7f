package runtime

import "unsafe"

// print and println write to standard error, as Go's do. Output of one
// print statement is gathered in a buffer and written with one fd_write.

const printBufSize = 128

var printBuf [printBufSize]byte
var printLen int

func printlock() {}

func printunlock() {
	printflush()
}

func printflush() {
	if printLen > 0 {
		writeFD(2, unsafe.Pointer(&printBuf[0]), uintptr(printLen))
		printLen = 0
	}
}

func printbyte(c byte) {
	if recoverEnabled() && capturing { // rendering a panic message (panic_unwind.go)
		captureByte(c)
		return
	}
	if printLen == printBufSize {
		printflush()
	}
	printBuf[printLen] = c
	printLen++
}

func printstring(s string) {
	for i := 0; i < len(s); i++ {
		printbyte(s[i])
	}
}

func printsp() {
	printbyte(' ')
}

func printnl() {
	printbyte('\n')
}

func printbool(v bool) {
	if v {
		printstring("true")
	} else {
		printstring("false")
	}
}

func printuint(v uint64) {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte(v%10) + '0'
		v /= 10
		if v == 0 {
			break
		}
	}
	for ; i < len(buf); i++ {
		printbyte(buf[i])
	}
}

func printint(v int64) {
	if v < 0 {
		printbyte('-')
		printuint(uint64(-v))
		return
	}
	printuint(uint64(v))
}

func printhex(v uint64) {
	const digits = "0123456789abcdef"
	var buf [16]byte
	i := len(buf)
	for {
		i--
		buf[i] = digits[v%16]
		v /= 16
		if v == 0 {
			break
		}
	}
	printstring("0x")
	for ; i < len(buf); i++ {
		printbyte(buf[i])
	}
}

func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

// printfloat prints v as Go's runtime does: sign, one digit, '.', six
// digits, 'e', sign and three exponent digits (+1.500000e+000).
func printfloat(v float64) {
	if v != v {
		printstring("NaN")
		return
	}
	if v+v == v && v > 0 {
		printstring("+Inf")
		return
	}
	if v+v == v && v < 0 {
		printstring("-Inf")
		return
	}
	const digits = 7
	var buf [digits + 7]byte
	buf[0] = '+'
	exp := 0
	if v == 0 {
		if 1/v < 0 {
			buf[0] = '-'
		}
	} else {
		if v < 0 {
			v = -v
			buf[0] = '-'
		}
		for v >= 10 {
			exp++
			v /= 10
		}
		for v < 1 {
			exp--
			v *= 10
		}
		half := 5.0
		for i := 0; i < digits; i++ {
			half /= 10
		}
		v += half
		if v >= 10 {
			exp++
			v /= 10
		}
	}
	for i := 0; i < digits; i++ {
		d := int(v)
		buf[i+2] = byte(d + '0')
		v -= float64(d)
		v *= 10
	}
	buf[1] = buf[2]
	buf[2] = '.'
	buf[digits+2] = 'e'
	buf[digits+3] = '+'
	if exp < 0 {
		exp = -exp
		buf[digits+3] = '-'
	}
	buf[digits+4] = byte(exp/100) + '0'
	buf[digits+5] = byte(exp/10)%10 + '0'
	buf[digits+6] = byte(exp%10) + '0'
	for i := 0; i < len(buf); i++ {
		printbyte(buf[i])
	}
}

func printcomplex(c complex128) {
	printbyte('(')
	printfloat(real(c))
	printfloat(imag(c))
	printstring("i)")
}
