package main

type entry struct {
	word  string
	count int
}

func words(text string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(text); i++ {
		letter := i < len(text) && (text[i] >= 'a' && text[i] <= 'z' || text[i] >= 'A' && text[i] <= 'Z')
		if letter && start < 0 {
			start = i
		} else if !letter && start >= 0 {
			out = append(out, text[start:i])
			start = -1
		}
	}
	return out
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func main() {
	text := `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness`
	freq := map[string]int{}
	for _, w := range words(text) {
		freq[lower(w)]++
	}
	// sort entries by count desc, then word (insertion sort: deterministic output)
	var es []entry
	for w, c := range freq {
		es = append(es, entry{w, c})
	}
	for i := 1; i < len(es); i++ {
		for j := i; j > 0; j-- {
			a, b := es[j-1], es[j]
			if a.count < b.count || a.count == b.count && a.word > b.word {
				es[j-1], es[j] = b, a
			}
		}
	}
	for _, e := range es[:6] {
		println(e.word, e.count)
	}
	println(len(freq))
	// group words by length
	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	total := 0
	for l, ws := range byLen {
		total += l * len(ws)
	}
	println(len(byLen), total)
	// set operations with map[string]struct{}
	set := map[string]struct{}{}
	for _, w := range []string{"x", "y", "x", "z", "y"} {
		set[w] = struct{}{}
	}
	_, hasX := set["x"]
	_, hasW := set["w"]
	println(len(set), hasX, hasW)
	// memoised fibonacci
	memo := map[int]int64{}
	var fib func(n int) int64
	_ = fib
	println(fibm(90, memo), len(memo))
}

func fibm(n int, memo map[int]int64) int64 {
	if n < 2 {
		return int64(n)
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fibm(n-1, memo) + fibm(n-2, memo)
	memo[n] = v
	return v
}
