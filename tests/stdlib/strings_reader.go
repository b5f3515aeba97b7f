// golden: GOARCH=386
// strings.Reader (ReadRune/UnreadRune/Seek/ReadAt/WriteTo), Builder growth, unicode-aware helpers.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

func main() {
	r := strings.NewReader("héllo wörld")
	for i := 0; i < 3; i++ {
		ch, size, err := r.ReadRune()
		fmt.Printf("%c %d %v ", ch, size, err)
	}
	fmt.Println(r.UnreadRune(), r.UnreadRune(), r.Len())
	ch, _, _ := r.ReadRune()
	fmt.Printf("%c\n", ch)
	pos, err := r.Seek(-6, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	buf := make([]byte, 5)
	n, err := r.ReadAt(buf, 1)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = r.ReadAt(buf, 100)
	fmt.Println(n, err)
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	r.Reset("reset text\n")
	wn, err := r.WriteTo(os.Stdout)
	fmt.Println(wn, err)
	b, _ := r.ReadByte()
	fmt.Println(b)

	var sb strings.Builder
	fmt.Println(sb.Len(), sb.Cap())
	sb.Grow(100)
	fmt.Println(sb.Cap() >= 100)
	for i := 0; i < 1000; i++ {
		sb.WriteByte(byte('a' + i%26))
	}
	s := sb.String()
	fmt.Println(len(s), s[:30], s[len(s)-5:])
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")

	u := "ÀÉÎõü straße ǅemal Ⅻ"
	fmt.Println(strings.ToUpper(u), strings.ToLower(u), utf8.RuneCountInString(u))
	fmt.Println(strings.EqualFold("straße", "STRASSE"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.EqualFold("k", "\u212a"))
	fmt.Printf("%q\n", strings.Fields("a\u00a0b\u2003c\u3000d\te"))
	fmt.Println(strings.Index(u, "straße"), strings.IndexRune(u, 'ǅ'), strings.LastIndex(u, "e"))
	fmt.Printf("%q\n", strings.SplitN("a/b/c/d", "/", -1))
	fmt.Printf("%q %q\n", strings.Split("", ","), strings.Split("abc", ""))
	fmt.Println(strings.Count("ababab", "aba"), strings.Replace("aaa", "", "-", -1), strings.Replace("aaa", "", "-", 2))
	fmt.Printf("%6.3s|%-6s|%6s|\n", "日本語です", "日本", "é")
	long := strings.Repeat("abc", 10000)
	fmt.Println(len(long), strings.Count(long, "ca"), strings.LastIndex(long, "cab"))
}
