// golden: GOARCH=386
// math/big stress: 200 digits of pi with a spigot (Gibbons' unbounded algorithm) and sqrt(2) digits.
package main

import (
	"fmt"
	"math/big"
	"strings"
)

func piDigits(n int) string {
	var sb strings.Builder
	q, r, t := big.NewInt(1), big.NewInt(0), big.NewInt(1)
	k, m, x := big.NewInt(1), big.NewInt(3), big.NewInt(3)
	tmp1, tmp2 := new(big.Int), new(big.Int)
	for sb.Len() < n {
		// if 4q + r - t < m t
		tmp1.Mul(q, big.NewInt(4))
		tmp1.Add(tmp1, r)
		tmp1.Sub(tmp1, t)
		tmp2.Mul(m, t)
		if tmp1.Cmp(tmp2) < 0 {
			sb.WriteString(m.String())
			// q, r, m = 10q, 10(r - m t), (10(3q + r)) / t - 10 m
			nr := new(big.Int).Sub(r, tmp2)
			nr.Mul(nr, big.NewInt(10))
			nm := new(big.Int).Mul(q, big.NewInt(3))
			nm.Add(nm, r)
			nm.Mul(nm, big.NewInt(10))
			nm.Quo(nm, t)
			nm.Sub(nm, new(big.Int).Mul(m, big.NewInt(10)))
			q.Mul(q, big.NewInt(10))
			r, m = nr, nm
		} else {
			// q, r, t, k, m, x = q k, (2q + r) x, t x, k + 1, (q (7k + 2) + r x) / (t x), x + 2
			nr := new(big.Int).Mul(q, big.NewInt(2))
			nr.Add(nr, r)
			nr.Mul(nr, x)
			nm := new(big.Int).Mul(k, big.NewInt(7))
			nm.Add(nm, big.NewInt(2))
			nm.Mul(nm, q)
			nm.Add(nm, new(big.Int).Mul(r, x))
			t.Mul(t, x)
			nm.Quo(nm, t)
			q.Mul(q, k)
			k.Add(k, big.NewInt(1))
			x.Add(x, big.NewInt(2))
			r, m = nr, nm
		}
	}
	return sb.String()
}

func main() {
	d := piDigits(200)
	for i := 0; i < len(d); i += 50 {
		fmt.Println(d[i:min(i+50, len(d))])
	}
	two := new(big.Int).Exp(big.NewInt(10), big.NewInt(200), nil)
	two.Mul(two, big.NewInt(2))
	s := new(big.Int).Sqrt(two).String()
	fmt.Println(s[:1] + "." + s[1:60])
	f := new(big.Int).MulRange(1, 100)
	fmt.Println(len(f.String()), strings.Count(f.String(), "0"), new(big.Int).Binomial(100, 50))
}
