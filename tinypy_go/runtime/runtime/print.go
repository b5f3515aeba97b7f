package runtime

import (
	"internal/strconv"
	"unsafe"
)

// print and println write to standard error, as Go's do. Output of one
// print statement is gathered in a buffer and written with one fd_write.

const printBufSize = 128

var printBuf [printBufSize]byte
var printLen int

//tinypy:nopanic
func printlock() {}

//tinypy:nopanic
func printunlock() {
	printflush()
}

//tinypy:nopanic
func printflush() {
	if printLen > 0 {
		writeFD(2, unsafe.Pointer(&printBuf[0]), uintptr(printLen))
		printLen = 0
	}
}

//tinypy:nopanic
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

//tinypy:nopanic
func printstring(s string) {
	for i := 0; i < len(s); i++ {
		printbyte(s[i])
	}
}

//tinypy:nopanic
func printsp() {
	printbyte(' ')
}

//tinypy:nopanic
func printnl() {
	printbyte('\n')
}

//tinypy:nopanic
func printbool(v bool) {
	if v {
		printstring("true")
	} else {
		printstring("false")
	}
}

//tinypy:nopanic
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

//tinypy:nopanic
func printint(v int64) {
	if v < 0 {
		printbyte('-')
		printuint(uint64(-v))
		return
	}
	printuint(uint64(v))
}

//tinypy:nopanic
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

//tinypy:nopanic
func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

// printslice prints a slice as gc's print does: [len/cap]0xADDR.
func printslice(p unsafe.Pointer, n, c int) {
	printbyte('[')
	printint(int64(n))
	printbyte('/')
	printint(int64(c))
	printbyte(']')
	printpointer(p)
}

// printfloat prints v as Go's runtime does since go1.26: the shortest
// decimal that reads back as v, in %g form (3.5, 1e+100, NaN, +Inf).
//tinypy:nopanic
func printfloat(v float64) {
	var buf [24]byte
	printbytes(strconv.AppendFloat(buf[:0], v, 'g', -1, 64))
}

// printfloat32 is printfloat for a float32: shortest for 32 bits.
//tinypy:nopanic
func printfloat32(v float32) {
	var buf [15]byte
	printbytes(strconv.AppendFloat(buf[:0], float64(v), 'g', -1, 32))
}

//tinypy:nopanic
func printcomplex(c complex128) {
	var buf [51]byte
	printbytes(strconv.AppendComplex(buf[:0], c, 'g', -1, 128))
}

//tinypy:nopanic
func printcomplex64(c complex64) {
	var buf [33]byte
	printbytes(strconv.AppendComplex(buf[:0], complex128(c), 'g', -1, 64))
}

func printbytes(b []byte) {
	for i := 0; i < len(b); i++ {
		printbyte(b[i])
	}
}
