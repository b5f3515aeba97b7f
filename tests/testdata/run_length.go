package main

func rle(s string) string {
	var out []byte
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] && j-i < 9 {
			j++
		}
		out = append(out, byte('0'+j-i), s[i])
		i = j
	}
	return string(out)
}

func unrle(s string) string {
	var out []byte
	for i := 0; i+1 < len(s); i += 2 {
		for n := s[i] - '0'; n > 0; n-- {
			out = append(out, s[i+1])
		}
	}
	return string(out)
}

type Huff struct {
	w     int
	sym   byte
	l, r  *Huff
}

func buildHuff(s string) *Huff {
	var freq [256]int
	for i := 0; i < len(s); i++ {
		freq[s[i]]++
	}
	var nodes []*Huff
	for c, f := range freq {
		if f > 0 {
			nodes = append(nodes, &Huff{w: f, sym: byte(c)})
		}
	}
	for len(nodes) > 1 {
		for i := 1; i < len(nodes); i++ {
			for j := i; j > 0 && (nodes[j].w < nodes[j-1].w || nodes[j].w == nodes[j-1].w && nodes[j].sym < nodes[j-1].sym); j-- {
				nodes[j], nodes[j-1] = nodes[j-1], nodes[j]
			}
		}
		a, b := nodes[0], nodes[1]
		nodes = append(nodes[2:], &Huff{w: a.w + b.w, sym: min(a.sym, b.sym), l: a, r: b})
	}
	return nodes[0]
}

func codes(h *Huff, prefix string, out map[byte]string) {
	if h.l == nil {
		if prefix == "" {
			prefix = "0"
		}
		out[h.sym] = prefix
		return
	}
	codes(h.l, prefix+"0", out)
	codes(h.r, prefix+"1", out)
}

func main() {
	for _, s := range []string{"aaabccddddd", "abc", "", "zzzzzzzzzzzzzzz"} {
		e := rle(s)
		println(s, e, unrle(e) == s)
	}
	text := "abracadabra alakazam"
	h := buildHuff(text)
	cs := map[byte]string{}
	codes(h, "", cs)
	bits := 0
	for i := 0; i < len(text); i++ {
		bits += len(cs[text[i]])
	}
	println(h.w, len(cs), bits, cs['a'])
}
