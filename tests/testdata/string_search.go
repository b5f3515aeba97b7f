package main

func kmpTable(p string) []int {
	t := make([]int, len(p))
	k := 0
	for i := 1; i < len(p); i++ {
		for k > 0 && p[i] != p[k] {
			k = t[k-1]
		}
		if p[i] == p[k] {
			k++
		}
		t[i] = k
	}
	return t
}

func kmpAll(text, p string) []int {
	if p == "" {
		return nil
	}
	t := kmpTable(p)
	var out []int
	k := 0
	for i := 0; i < len(text); i++ {
		for k > 0 && text[i] != p[k] {
			k = t[k-1]
		}
		if text[i] == p[k] {
			k++
		}
		if k == len(p) {
			out = append(out, i-k+1)
			k = t[k-1]
		}
	}
	return out
}

func rabinKarp(text, p string) []int {
	const b = 256
	const mod = 1000000007
	n, m := len(text), len(p)
	if m > n || m == 0 {
		return nil
	}
	var hp, ht, pow uint64 = 0, 0, 1
	for i := 0; i < m; i++ {
		hp = (hp*b + uint64(p[i])) % mod
		ht = (ht*b + uint64(text[i])) % mod
		if i > 0 {
			pow = pow * b % mod
		}
	}
	var out []int
	for i := 0; ; i++ {
		if hp == ht && text[i:i+m] == p {
			out = append(out, i)
		}
		if i+m >= n {
			break
		}
		ht = (ht + mod - uint64(text[i])*pow%mod) % mod
		ht = (ht*b + uint64(text[i+m])) % mod
	}
	return out
}

func zArray(s string) []int {
	z := make([]int, len(s))
	l, r := 0, 0
	for i := 1; i < len(s); i++ {
		if i < r {
			z[i] = min(r-i, z[i-l])
		}
		for i+z[i] < len(s) && s[z[i]] == s[i+z[i]] {
			z[i]++
		}
		if i+z[i] > r {
			l, r = i, i+z[i]
		}
	}
	return z
}

func show(xs []int) {
	print(len(xs), ":")
	for _, x := range xs {
		print(" ", x)
	}
	println()
}

func main() {
	text := "abababcabababcababab"
	show(kmpAll(text, "abab"))
	show(rabinKarp(text, "abab"))
	show(kmpAll(text, "abc"))
	show(rabinKarp(text, "xyz"))
	show(kmpTable("aabaaab"))
	show(zArray("aabcaabxaaaz"))
	show(kmpAll("aaaaa", "aa"))
}
