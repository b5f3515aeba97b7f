// golden: GOARCH=386
// math/big: Int factorial and arithmetic, Rat, Float basics, string conversions.
package main

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func main() {
	f50 := factorial(50)
	fmt.Println(f50)
	fmt.Println(f50.BitLen(), len(f50.String()), f50.Sign())
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b, _ := new(big.Int).SetString("-987654321", 10)
	fmt.Println(new(big.Int).Add(a, b), new(big.Int).Sub(a, b), new(big.Int).Mul(a, b))
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	fmt.Println(q, m)
	d, mo := new(big.Int).DivMod(a, b, new(big.Int))
	fmt.Println(d, mo)
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil), new(big.Int).Exp(big.NewInt(3), big.NewInt(100), big.NewInt(1000007)))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)), a.Cmp(b), b.Cmp(a), a.Cmp(a))
	fmt.Println(new(big.Int).Sqrt(f50), big.NewInt(97).ProbablyPrime(10), big.NewInt(91).ProbablyPrime(10))
	fmt.Println(a.Text(16), a.Text(2)[:20], fmt.Sprintf("%x %X %o %d %+d", b, a, big.NewInt(8), a, a))
	h, _ := new(big.Int).SetString("ff", 16)
	fmt.Println(h, new(big.Int).Lsh(h, 100), new(big.Int).Rsh(new(big.Int).Lsh(h, 100), 96), new(big.Int).Neg(h), new(big.Int).Abs(b))
	fmt.Println(h.Int64(), h.IsInt64(), f50.IsInt64(), new(big.Int).And(h, big.NewInt(0x0f)), new(big.Int).Not(big.NewInt(0)))
	fib := []*big.Int{big.NewInt(0), big.NewInt(1)}
	for i := 2; i <= 100; i++ {
		fib = append(fib, new(big.Int).Add(fib[i-1], fib[i-2]))
	}
	fmt.Println(fib[100])

	r := big.NewRat(3, 4)
	s := big.NewRat(-5, 6)
	fmt.Println(new(big.Rat).Add(r, s), new(big.Rat).Mul(r, s), new(big.Rat).Quo(r, s), r.Cmp(s))
	fmt.Println(r.FloatString(5), s.FloatString(3), new(big.Rat).SetFrac64(10, 4), r.Num(), r.Denom())
	x, _ := new(big.Rat).SetString("1.25")
	y, _ := new(big.Rat).SetString("22/7")
	fmt.Println(x, y, y.FloatString(10), x.IsInt(), big.NewRat(4, 2).IsInt())
	fv, exact := y.Float64()
	fmt.Println(fv, exact)
	sum := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		sum.Add(sum, big.NewRat(1, i))
	}
	fmt.Println(sum, sum.RatString())

	f := new(big.Float).SetPrec(200).SetInt64(2)
	sq := new(big.Float).SetPrec(200).Sqrt(f)
	fmt.Println(sq.Text('f', 50))
	g := big.NewFloat(1.5)
	fmt.Println(g, new(big.Float).Mul(g, big.NewFloat(4)), g.Prec(), g.Cmp(big.NewFloat(2)))
	third := new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(third.Text('g', 10), third.String())
	pf, _, err := big.ParseFloat("1e100", 10, 100, big.ToNearestEven)
	fmt.Println(pf.Text('e', 5), err)
	iv, acc := new(big.Float).SetFloat64(3.99).Int(nil)
	fmt.Println(iv, acc)
	fmt.Printf("%.10f %g\n", sq, big.NewFloat(0.125))
}
