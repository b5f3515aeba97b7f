// golden: GOARCH=386
// bytes: Buffer, searching, splitting, comparing, Fields, Title, EqualFold, Reader.
package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	fmt.Println(n, string(p), buf.Len())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size)
	rest, _ := io.ReadAll(&buf)
	fmt.Printf("%q %d\n", rest, buf.Len())
	_, err = buf.ReadByte()
	fmt.Println(err)
	buf.Reset()
	buf.Grow(64)
	buf.WriteString("abcdef")
	buf.Truncate(3)
	fmt.Println(buf.String(), string(buf.Next(2)), buf.String())
	a := []byte("Go is fun, go is fast")
	fmt.Println(bytes.Contains(a, []byte("fun")), bytes.Index(a, []byte("is")), bytes.LastIndex(a, []byte("is")),
		bytes.Count(a, []byte("o")), bytes.HasPrefix(a, []byte("Go")), bytes.HasSuffix(a, []byte("fast")))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  x  y\tz ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper(a[:5]), bytes.ToLower([]byte("ABC")), bytes.TrimSpace([]byte("  t  ")))
	fmt.Printf("%s %s\n", bytes.Replace(a, []byte("is"), []byte("IS"), 1), bytes.ReplaceAll(a, []byte("o"), []byte("0")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Printf("%s\n", bytes.TrimFunc([]byte("123abc321"), unicode.IsDigit))
	fmt.Printf("%s|%s\n", bytes.TrimLeft([]byte("xxyxz"), "xy"), bytes.TrimPrefix([]byte("prefix"), []byte("pre")))
	before, after, ok := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%s %s %v\n", before, after, ok)
	fmt.Printf("%s\n", bytes.Repeat([]byte("-"), 10))
	fmt.Println(bytes.IndexByte(a, 'f'), bytes.IndexRune([]byte("héllo"), 'l'), bytes.IndexAny(a, "xyz,"))
	fmt.Printf("%s\n", bytes.Map(unicode.ToUpper, []byte("map me")))
	rd := bytes.NewReader([]byte("0123456789"))
	rd.Seek(3, io.SeekStart)
	q := make([]byte, 4)
	rd.Read(q)
	fmt.Println(string(q), rd.Len(), rd.Size())
	b := bytes.NewBufferString("line1\nline2\nline3")
	for {
		l, err := b.ReadBytes('\n')
		fmt.Printf("%q\n", l)
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	var w bytes.Buffer
	io.Copy(&w, bytes.NewReader([]byte("copied")))
	fmt.Println(w.String(), bytes.ContainsRune([]byte("abc"), 'b'), bytes.Clone(nil) == nil)
	fmt.Println(bytes.MinRead, bytes.ContainsAny([]byte("abc"), "xc"))
}
