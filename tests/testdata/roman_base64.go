package main

var romanVals = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var romanSyms = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	s := ""
	for i, v := range romanVals {
		for n >= v {
			s += romanSyms[i]
			n -= v
		}
	}
	return s
}

func fromRoman(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func b64encode(src []byte) string {
	out := make([]byte, 0, (len(src)+2)/3*4)
	for i := 0; i < len(src); i += 3 {
		var chunk [3]byte
		n := copy(chunk[:], src[i:])
		v := uint(chunk[0])<<16 | uint(chunk[1])<<8 | uint(chunk[2])
		for j := 0; j < 4; j++ {
			if j <= n {
				out = append(out, alphabet[v>>(18-6*j)&0x3F])
			} else {
				out = append(out, '=')
			}
		}
	}
	return string(out)
}

func b64decode(s string) ([]byte, bool) {
	var rev [256]int8
	for i := range rev {
		rev[i] = -1
	}
	for i := 0; i < len(alphabet); i++ {
		rev[alphabet[i]] = int8(i)
	}
	var out []byte
	var acc uint32
	bits := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '=' {
			break
		}
		v := rev[s[i]]
		if v < 0 {
			return nil, false
		}
		acc = acc<<6 | uint32(v)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
		}
	}
	return out, true
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		println(n, r, fromRoman(r) == n)
	}
	for _, s := range []string{"", "f", "fo", "foo", "foobar", "héllo wörld"} {
		e := b64encode([]byte(s))
		d, ok := b64decode(e)
		println(e, ok, string(d) == s)
	}
	_, ok := b64decode("ab$d")
	println(ok)
}
