// golden: GOARCH=386
// strings: searching, splitting, joining, case, trimming, Builder, Replacer, Fields.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, World! Hello, Go!"
	fmt.Println(strings.Contains(s, "World"), strings.ContainsAny(s, "xyz!"), strings.ContainsRune(s, 'G'))
	fmt.Println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.IndexByte(s, 'W'),
		strings.IndexRune(s, 'G'), strings.IndexAny(s, "!,"), strings.Index(s, "zz"))
	fmt.Println(strings.Count(s, "l"), strings.Count("five", ""), strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "Go!"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n  "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀBC"), strings.Title("go lang"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("aaaa", "a", "b"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  \t pad \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabcaa", "a"))
	fmt.Printf("%q %q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"), strings.TrimRight("abc...", "."))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	b2, ok := strings.CutPrefix("v1.2", "v")
	fmt.Println(b2, ok)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banxana"))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	rd := strings.NewReader("reader text")
	buf := make([]byte, 6)
	n, _ := rd.Read(buf)
	fmt.Println(n, string(buf[:n]), rd.Len())
	fmt.Println(strings.IndexFunc("abc1", unicode.IsDigit), strings.LastIndexAny("golang", "gn"), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.ToTitle("ǆ"), strings.Count("cheese", "e"), strings.ContainsFunc("abc", unicode.IsUpper))
	fmt.Printf("%q\n", strings.SplitAfterN("1.2.3.4", ".", 3))
	fmt.Println(strings.Clone("clone"), strings.ToValidUTF8("a\xffb", "?"))
}
