// golden: GOARCH=386
// regexp: Match, Find*, submatches, named groups, ReplaceAll with expansion and funcs, Split, errors.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com; carol@nowhere.org"
	fmt.Println(re.MatchString(s), re.FindString(s), re.FindStringIndex(s))
	fmt.Println(re.FindAllString(s, -1), re.FindAllString(s, 1))
	fmt.Printf("%q\n", re.FindStringSubmatch(s))
	fmt.Println(re.FindAllStringSubmatchIndex(s, -1))
	fmt.Println(re.ReplaceAllString(s, "$2:$1"), re.NumSubexp())
	fmt.Println(re.ReplaceAllLiteralString(s, "$1"))
	fmt.Println(re.ReplaceAllStringFunc(s, strings.ToUpper))
	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := named.FindStringSubmatch("date: 2024-03-15.")
	for i, name := range named.SubexpNames() {
		if name != "" {
			fmt.Print(name, "=", m[i], " ")
		}
	}
	fmt.Println(named.SubexpIndex("month"))
	fmt.Println(named.ReplaceAllString("2024-03-15 and 1999-12-31", "${day}/${month}/${year}"))
	tmpl := []byte{}
	for _, sm := range named.FindAllStringSubmatchIndex("2024-03-15 and 1999-12-31", -1) {
		tmpl = named.ExpandString(tmpl, "[$year]", "2024-03-15 and 1999-12-31", sm)
	}
	fmt.Println(string(tmpl))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ,d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).Split("axbxxc", -1))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	_, err = regexp.Compile(`[z-a]`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))
	ok, _ := regexp.MatchString(`^\d+$`, "12345")
	fmt.Println(ok)
	ci := regexp.MustCompile(`(?i)hello`)
	fmt.Println(ci.FindAllString("Hello HELLO hello hElLo", -1))
	ml := regexp.MustCompile(`(?m)^(\w+):`)
	fmt.Println(ml.FindAllStringSubmatch("key: v\nother: w\n nope: x", -1))
	greedy := regexp.MustCompile(`<.+>`)
	lazy := regexp.MustCompile(`<.+?>`)
	fmt.Println(greedy.FindString("<a><b>"), lazy.FindString("<a><b>"))
	u := regexp.MustCompile(`\p{Greek}+`)
	fmt.Println(u.FindAllString("abc αβγ def δ", -1))
	longest := regexp.MustCompilePOSIX(`a+|a+b`)
	fmt.Println(longest.FindString("aaab"), regexp.MustCompile(`a+|a+b`).FindString("aaab"))
	prefix, complete := regexp.MustCompile(`^abc`).LiteralPrefix()
	fmt.Println(re.String(), prefix, complete)
	b := regexp.MustCompile(`o`).ReplaceAllFunc([]byte("foo boo"), func(b []byte) []byte { return []byte("0") })
	fmt.Println(string(b), regexp.MustCompile(`(a)(b)?`).FindStringSubmatch("a"))
	fmt.Println(regexp.MustCompile(`\bgo\b`).FindAllStringIndex("go gopher go", -1))
	defer func() { fmt.Println("panic:", recover()) }()
	regexp.MustCompile(`*`)
}
