// Word counting: map[string]int over substrings, then sort.Strings.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	syll := []string{"ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "zu", "qa", "xe"}
	var sb strings.Builder
	seed := uint32(7)
	for i := 0; i < 1500000; i++ {
		seed = seed*1664525 + 1013904223
		n := 1 + int(seed>>29)
		for j := 0; j < n; j++ {
			seed = seed*1664525 + 1013904223
			sb.WriteString(syll[int(seed>>16)%len(syll)])
		}
		sb.WriteByte(' ')
	}
	text := sb.String()
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Strings(words)
	sort.SliceStable(words, func(i, j int) bool { return counts[words[i]] > counts[words[j]] })
	fmt.Println(len(words))
	for _, w := range words[:5] {
		fmt.Println(w, counts[w])
	}
}
