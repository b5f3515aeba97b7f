// golden: GOARCH=386
package main

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func out(parts ...string) {
	os.Stdout.WriteString(strings.Join(parts, " ") + "\n")
}

func b(v bool) string { return strconv.FormatBool(v) }

func main() {
	s := "  Hello, Wörld! Go is fun  "
	out(strings.ToUpper(s), "|", strings.ToLower(s))
	out(strings.TrimSpace(s), "|", strings.Trim(s, " H"), "|", strings.TrimPrefix(s, "  He"))
	out(strconv.Itoa(strings.Index(s, "Go")), strconv.Itoa(strings.LastIndex(s, "o")), strconv.Itoa(strings.IndexRune(s, 'ö')))
	out(b(strings.Contains(s, "fun")), b(strings.HasPrefix(s, "  H")), b(strings.HasSuffix(s, "x")), b(strings.EqualFold("Go", "GO")))
	fields := strings.Fields(s)
	out(strconv.Itoa(len(fields)), strings.Join(fields, "_"))
	out(strings.Join(strings.Split("a,b,,c", ","), "|"), strings.Join(strings.SplitN("a,b,c,d", ",", 2), "|"))
	out(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	out(r.Replace("<b>bold</b>"), strings.Repeat("ab", 4), strconv.Itoa(strings.Count("cheese", "e")))
	out(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "Hello Wörld ÀÉ"))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString(strconv.Itoa(i * i))
		sb.WriteByte(',')
		sb.WriteRune('é')
	}
	out(sb.String(), strconv.Itoa(sb.Len()))
	out(strings.Title("hello go world"), strings.ToTitle("ǆx"), strings.TrimFunc("123abc456", unicode.IsDigit))
	cut1, cut2, ok := strings.Cut("key=value", "=")
	out(cut1, cut2, b(ok), strconv.Itoa(strings.Compare("a", "b")), strconv.Itoa(strings.IndexAny("golang", "ln")))

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("bytes"))
	buf.WriteByte('!')
	out(buf.String(), strconv.Itoa(buf.Len()))
	line, err := buf.ReadString(' ')
	out(strconv.Quote(line), b(err == nil), buf.String())
	out(string(bytes.ToUpper([]byte("abc"))), b(bytes.Equal([]byte("x"), []byte("x"))), strconv.Itoa(bytes.Index([]byte("chicken"), []byte("ken"))))
	out(string(bytes.TrimSpace([]byte("  pad  "))), strconv.Itoa(len(bytes.Fields([]byte(" a b  c ")))))

	word := "héllo, 世界"
	out(strconv.Itoa(len(word)), strconv.Itoa(utf8.RuneCountInString(word)), b(utf8.ValidString(word)), b(utf8.ValidString("\xff")))
	rn, size := utf8.DecodeRuneInString("世界")
	out(string(rn), strconv.Itoa(size), strconv.Itoa(utf8.RuneLen('€')))
	p := make([]byte, 4)
	n := utf8.EncodeRune(p, '€')
	out(strconv.Quote(string(p[:n])))
	for _, c := range []rune{'a', 'Z', '5', ' ', 'é', '世', '!', 'Σ'} {
		out(string(c), b(unicode.IsLetter(c)), b(unicode.IsDigit(c)), b(unicode.IsSpace(c)), b(unicode.IsPunct(c)),
			b(unicode.IsUpper(c)), string(unicode.ToUpper(c)), string(unicode.ToLower(c)), b(unicode.Is(unicode.Han, c)))
	}
}
