// golden: GOARCH=386
// Word frequencies from stdin (bufio.Scanner with ScanWords), sorted by count then word.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range counts {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	fmt.Printf("%d words, %d distinct\n", total, len(list))
	for i, e := range list {
		if i == 10 {
			break
		}
		fmt.Printf("%-8s %3d %s\n", e.w, e.n, strings.Repeat("*", e.n))
	}
}
