package main

var table [256]uint32

func init() {
	for i := range table {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		table[i] = c
	}
}

func crc32(data []byte) uint32 {
	crc := ^uint32(0)
	for _, b := range data {
		crc = table[byte(crc)^b] ^ (crc >> 8)
	}
	return ^crc
}

func adler32(data []byte) uint32 {
	const mod = 65521
	a, b := uint32(1), uint32(0)
	for _, c := range data {
		a = (a + uint32(c)) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

func main() {
	println(table[1], table[255])
	for _, s := range []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog"} {
		println(crc32([]byte(s)), adler32([]byte(s)))
	}
	big := make([]byte, 10000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	println(crc32(big), adler32(big))
}
