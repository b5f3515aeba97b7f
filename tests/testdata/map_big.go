package main

func main() {
	m := make(map[int]int)
	const n = 20000
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	println(len(m))
	missing := 0
	for i := 0; i < n; i++ {
		if v, ok := m[i*7]; !ok || v != i {
			missing++
		}
	}
	println(missing)
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	println(len(m))
	sum := 0
	for k, v := range m {
		if k != v*7 {
			println("bad", k, v)
		}
		sum += v
	}
	println(sum)
	// churn: insert and delete many times
	c := map[string]int{}
	keys := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	for round := 0; round < 2000; round++ {
		k := keys[round%5] + string(rune('a'+round%26))
		c[k] += round
		if round%3 == 0 {
			delete(c, keys[(round+1)%5]+string(rune('a'+(round+7)%26)))
		}
	}
	total := 0
	for _, v := range c {
		total += v
	}
	println(len(c), total)
	// string keys built at run time
	words := map[string]int{}
	text := "the quick brown fox jumps over the lazy dog the end"
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			words[text[start:i]]++
			start = i + 1
		}
	}
	println(len(words), words["the"], words["fox"], words["cat"])
}
