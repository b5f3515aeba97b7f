package main

const hexdigits = "0123456789abcdef"

func hexByte(b byte) string { return string([]byte{hexdigits[b>>4], hexdigits[b&15]}) }

func dump(data []byte) {
	for off := 0; off < len(data); off += 16 {
		end := min(off+16, len(data))
		line := make([]byte, 0, 80)
		for shift := 12; shift >= 0; shift -= 4 {
			line = append(line, hexdigits[(off>>shift)&15])
		}
		line = append(line, ' ', ' ')
		for i := off; i < off+16; i++ {
			if i < end {
				line = append(line, hexByte(data[i])...)
			} else {
				line = append(line, ' ', ' ')
			}
			line = append(line, ' ')
			if i == off+7 {
				line = append(line, ' ')
			}
		}
		line = append(line, '|')
		for _, c := range data[off:end] {
			if c < 32 || c > 126 {
				c = '.'
			}
			line = append(line, c)
		}
		line = append(line, '|')
		println(string(line))
	}
}

func parseHex(s string) ([]byte, bool) {
	if len(s)%2 != 0 {
		return nil, false
	}
	out := make([]byte, len(s)/2)
	for i := 0; i < len(s); i += 2 {
		var v byte
		for _, c := range []byte{s[i], s[i+1]} {
			v <<= 4
			switch {
			case c >= '0' && c <= '9':
				v |= c - '0'
			case c >= 'a' && c <= 'f':
				v |= c - 'a' + 10
			case c >= 'A' && c <= 'F':
				v |= c - 'A' + 10
			default:
				return nil, false
			}
		}
		out[i/2] = v
	}
	return out, true
}

func main() {
	dump([]byte("Hello, hex dump!\x00\x01\x02\xff tinypy-go\n"))
	b, ok := parseHex("DEADbeef0042")
	println(ok, len(b), b[0], b[3], b[5])
	_, ok = parseHex("abc")
	println(ok)
	_, ok = parseHex("zz")
	println(ok)
	var all [256]byte
	for i := range all {
		all[i] = byte(i)
	}
	dump(all[250:])
}
