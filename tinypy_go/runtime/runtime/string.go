package runtime

import "unsafe"

//tinypy:nopanic
func stringConcat(a, b string) string {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	n := uintptr(len(a) + len(b))
	p := allocNoscan(n)
	memcpy(p, unsafe.Pointer(unsafe.StringData(a)), uintptr(len(a)))
	memcpy(unsafe.Add(p, len(a)), unsafe.Pointer(unsafe.StringData(b)), uintptr(len(b)))
	return unsafe.String((*byte)(p), len(a)+len(b))
}

//tinypy:nopanic
func stringEqual(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

//tinypy:nopanic
func stringLess(a, b string) bool {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

const runeError = 0xFFFD

// decodeRune decodes the UTF-8 sequence at s[i:] for a range loop: it
// returns the rune and the index just after it; an invalid or truncated
// sequence yields U+FFFD and advances by one byte.
//tinypy:nopanic
func decodeRune(s string, i int) (rune, int) {
	c0 := s[i]
	if c0 < 0x80 {
		return rune(c0), i + 1
	}
	n := len(s) - i
	switch {
	case c0 >= 0xC2 && c0 <= 0xDF:
		if n < 2 || s[i+1]&0xC0 != 0x80 {
			break
		}
		return rune(c0&0x1F)<<6 | rune(s[i+1]&0x3F), i + 2
	case c0 >= 0xE0 && c0 <= 0xEF:
		if n < 3 || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
			break
		}
		if c0 == 0xE0 && s[i+1] < 0xA0 || c0 == 0xED && s[i+1] > 0x9F {
			break // overlong form or surrogate half
		}
		return rune(c0&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), i + 3
	case c0 >= 0xF0 && c0 <= 0xF4:
		if n < 4 || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 || s[i+3]&0xC0 != 0x80 {
			break
		}
		if c0 == 0xF0 && s[i+1] < 0x90 || c0 == 0xF4 && s[i+1] > 0x8F {
			break
		}
		return rune(c0&0x07)<<18 | rune(s[i+1]&0x3F)<<12 | rune(s[i+2]&0x3F)<<6 | rune(s[i+3]&0x3F), i + 4
	}
	return runeError, i + 1
}

// concatStrings is a + b + c + ... of a long chain of non-constant strings
// (ir/build_expr.py): one allocation and one call, not one per +.
func concatStrings(a []string) string {
	n := 0
	for _, s := range a {
		n += len(s)
	}
	if n == 0 {
		return ""
	}
	p := allocNoscan(uintptr(n))
	off := 0
	for _, s := range a {
		memcpy(unsafe.Add(p, off), unsafe.Pointer(unsafe.StringData(s)), uintptr(len(s)))
		off += len(s)
	}
	return unsafe.String((*byte)(p), n)
}
