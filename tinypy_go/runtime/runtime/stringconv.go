package runtime

import "unsafe"

// Conversions between strings and byte/rune slices, and string(rune).
// Slices come back as (pointer, length, capacity); capacities are rounded
// up to a size class as gc's rawbyteslice/rawruneslice do.

// stringToBytes implements []byte(s).
func stringToBytes(s string) (unsafe.Pointer, int, int) {
	n := len(s)
	c := roundupsize(uintptr(n), true)
	if c == 0 {
		return unsafe.Pointer(&zerobase), 0, 0
	}
	p := allocNoscan(c)
	memcpy(p, unsafe.Pointer(unsafe.StringData(s)), uintptr(n))
	return p, n, int(c)
}

// bytesToString implements string(b): the bytes are copied.
func bytesToString(p unsafe.Pointer, n int) string {
	if n == 0 {
		return ""
	}
	q := allocNoscan(uintptr(n))
	memcpy(q, p, uintptr(n))
	return unsafe.String((*byte)(q), n)
}

// stringToRunes implements []rune(s).
func stringToRunes(s string) (unsafe.Pointer, int, int) {
	n := 0
	for i := 0; i < len(s); {
		_, i = decodeRune(s, i)
		n++
	}
	c := roundupsize(uintptr(n)*4, true) / 4
	if c == 0 {
		return unsafe.Pointer(&zerobase), 0, 0
	}
	p := allocNoscan(c * 4)
	k := uintptr(0)
	for i := 0; i < len(s); {
		var r rune
		r, i = decodeRune(s, i)
		*(*rune)(unsafe.Add(p, k*4)) = r
		k++
	}
	return p, n, int(c)
}

// runesToString implements string(runes).
func runesToString(p unsafe.Pointer, n int) string {
	size := 0
	for i := 0; i < n; i++ {
		size += runeLen(*(*rune)(unsafe.Add(p, i*4)))
	}
	if size == 0 {
		return ""
	}
	q := allocNoscan(uintptr(size))
	off := 0
	for i := 0; i < n; i++ {
		off += encodeRune(unsafe.Add(q, off), *(*rune)(unsafe.Add(p, i*4)))
	}
	return unsafe.String((*byte)(q), size)
}

// intToString implements string(v) for an integer v: its UTF-8 encoding,
// or "\uFFFD" when v is not a valid code point.
func intToString(v int64) string {
	r := rune(runeError)
	if v >= 0 && v <= 0x10FFFF {
		r = rune(v)
	}
	n := runeLen(r)
	q := allocNoscan(uintptr(n))
	encodeRune(q, r)
	return unsafe.String((*byte)(q), n)
}

// runeLen is the length of r's UTF-8 encoding (invalid runes encode as U+FFFD).
func runeLen(r rune) int {
	switch {
	case r < 0:
		return 3
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r >= 0xD800 && r <= 0xDFFF:
		return 3
	case r < 0x10000:
		return 3
	case r <= 0x10FFFF:
		return 4
	}
	return 3
}

// encodeRune writes r's UTF-8 encoding at p and returns its length.
func encodeRune(p unsafe.Pointer, r rune) int {
	if r < 0 || r > 0x10FFFF || r >= 0xD800 && r <= 0xDFFF {
		r = runeError
	}
	b := (*[4]byte)(p)
	switch {
	case r < 0x80:
		b[0] = byte(r)
		return 1
	case r < 0x800:
		b[0] = byte(0xC0 | r>>6)
		b[1] = byte(0x80 | r&0x3F)
		return 2
	case r < 0x10000:
		b[0] = byte(0xE0 | r>>12)
		b[1] = byte(0x80 | r>>6&0x3F)
		b[2] = byte(0x80 | r&0x3F)
		return 3
	}
	b[0] = byte(0xF0 | r>>18)
	b[1] = byte(0x80 | r>>12&0x3F)
	b[2] = byte(0x80 | r>>6&0x3F)
	b[3] = byte(0x80 | r&0x3F)
	return 4
}
