package main

type Builder struct {
	buf []byte
}

func (b *Builder) WriteString(s string) { b.buf = append(b.buf, s...) }
func (b *Builder) WriteByte(c byte)     { b.buf = append(b.buf, c) }
func (b *Builder) WriteRune(r rune)     { b.buf = append(b.buf, string(r)...) }
func (b *Builder) String() string       { return string(b.buf) }
func (b *Builder) Len() int             { return len(b.buf) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var d [20]byte
	i := len(d)
	for n != 0 {
		r := n % 10
		if r < 0 {
			r = -r
		}
		i--
		d[i] = byte('0' + r)
		n /= 10
	}
	if neg {
		i--
		d[i] = '-'
	}
	return string(d[i:])
}

func join(parts []string, sep string) string {
	var b Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	return b.String()
}

func repeat(s string, n int) string {
	var b Builder
	for i := 0; i < n; i++ {
		b.WriteString(s)
	}
	return b.String()
}

func main() {
	var b Builder
	for i := -3; i <= 3; i++ {
		b.WriteString(itoa(i * 1000))
		b.WriteByte(',')
	}
	b.WriteRune('é')
	b.WriteRune('世')
	println(b.String(), b.Len())
	println(join([]string{"a", "b", "c"}, ", "))
	println(join(nil, "x") == "")
	println(repeat("ab", 5), len(repeat("-", 40)))
	println(itoa(-2147483648))
}
