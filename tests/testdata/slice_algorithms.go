package main

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func reverse(s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := len(s) - 1; i >= 0; i-- {
		out = append(out, s[i])
	}
	return out
}

func primes(n int) []int {
	sieve := make([]bool, n+1)
	var ps []int
	for i := 2; i <= n; i++ {
		if sieve[i] {
			continue
		}
		ps = append(ps, i)
		for j := i * i; j <= n; j += i {
			sieve[j] = true
		}
	}
	return ps
}

type stack struct {
	items []string
}

func (s *stack) push(v string) { s.items = append(s.items, v) }

func (s *stack) pop() string {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func lcs(a, b string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	return dp[len(a)][len(b)]
}

func split(s string, sep byte) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

func join(parts []string, sep string) string {
	var b []byte
	for i, p := range parts {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, p...)
	}
	return string(b)
}

func main() {
	a := []int{5, 2, 9, 1, 5, 6, -3, 0, 12, 7, 7, 4}
	quicksort(a)
	for _, v := range a {
		print(v, " ")
	}
	println()
	println(string(reverse([]byte("stressed"))))
	ps := primes(100)
	println(len(ps), ps[0], ps[len(ps)-1])
	var st stack
	for _, w := range []string{"a", "b", "c"} {
		st.push(w)
	}
	println(st.pop(), st.pop(), len(st.items))
	println(lcs("AGGTAB", "GXTXAYB"))
	parts := split("a,bb,,ccc", ',')
	println(len(parts), parts[1], parts[2] == "", parts[3])
	println(join(parts, "+"))
	// matrix multiplication
	m1 := [][]float64{{1, 2}, {3, 4}}
	m2 := [][]float64{{5, 6}, {7, 8}}
	res := make([][]float64, 2)
	for i := range res {
		res[i] = make([]float64, 2)
		for j := range res[i] {
			for k := 0; k < 2; k++ {
				res[i][j] += m1[i][k] * m2[k][j]
			}
		}
	}
	println(res[0][0], res[0][1], res[1][0], res[1][1])
	// range evaluates the slice once: appending inside does not extend the loop
	s := []int{1, 2, 3}
	n := 0
	for _, v := range s {
		s = append(s, v*10)
		n++
	}
	println(n, len(s), s[5])
	// range copies an array value but not a slice
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			println(v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			println(v)
		}
	}
}
