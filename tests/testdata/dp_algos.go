package main

func lcs(a, b string) string {
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
	out := make([]byte, dp[len(a)][len(b)])
	i, j, k := len(a), len(b), len(out)
	for i > 0 && j > 0 {
		switch {
		case a[i-1] == b[j-1]:
			k--
			out[k] = a[i-1]
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	return string(out)
}

func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func knapsack(weights, values []int, capacity int) int {
	dp := make([]int, capacity+1)
	for i, w := range weights {
		for c := capacity; c >= w; c-- {
			dp[c] = max(dp[c], dp[c-w]+values[i])
		}
	}
	return dp[capacity]
}

func coinWays(coins []int, amount int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func lis(xs []int) int {
	var tails []int
	for _, x := range xs {
		lo, hi := 0, len(tails)
		for lo < hi {
			m := (lo + hi) / 2
			if tails[m] < x {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo == len(tails) {
			tails = append(tails, x)
		} else {
			tails[lo] = x
		}
	}
	return len(tails)
}

func main() {
	println(lcs("AGGTAB", "GXTXAYB"), lcs("abc", "def") == "", lcs("thisisatest", "testing123testing"))
	println(levenshtein([]rune("kitten"), []rune("sitting")), levenshtein([]rune("日本語"), []rune("日本")), levenshtein(nil, []rune("abc")))
	println(knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7), knapsack([]int{10}, []int{5}, 3))
	println(coinWays([]int{1, 2, 5, 10, 25, 50}, 300))
	println(lis([]int{10, 9, 2, 5, 3, 7, 101, 18}), lis(nil), lis([]int{5, 4, 3}))
	memo := map[[2]int]int64{}
	var grid func(r, c int) int64
	grid = func(r, c int) int64 {
		if r == 0 || c == 0 {
			return 1
		}
		k := [2]int{r, c}
		if v, ok := memo[k]; ok {
			return v
		}
		v := grid(r-1, c) + grid(r, c-1)
		memo[k] = v
		return v
	}
	println(grid(16, 16), len(memo))
}
