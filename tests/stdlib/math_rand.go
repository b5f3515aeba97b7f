// golden: GOARCH=386
// math/rand with a fixed source: Intn, Float64, Perm, Shuffle, Int63; rand/v2 with PCG and ChaCha8.
package main

import (
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
)

func main() {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Int31n(10), r.Uint32(), r.Int63n(1000000007))
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.ExpFloat64())
	r2 := rand.New(rand.NewSource(42))
	r3 := rand.New(rand.NewSource(42))
	same := true
	for i := 0; i < 100; i++ {
		if r2.Int() != r3.Int() {
			same = false
		}
	}
	fmt.Println("same sequence:", same)
	buf := make([]byte, 6)
	r.Read(buf)
	fmt.Println(buf)
	z := rand.NewZipf(rand.New(rand.NewSource(7)), 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
	x := rand.Intn(10)
	fmt.Println(x >= 0 && x < 10)

	p := randv2.New(randv2.NewPCG(1, 2))
	for i := 0; i < 5; i++ {
		fmt.Print(p.IntN(1000), " ")
	}
	fmt.Println()
	fmt.Println(p.Uint64(), p.Int64N(1<<40), p.Uint32N(7))
	fmt.Printf("%.6f\n", p.Float64())
	fmt.Println(p.Perm(6))
	var seed [32]byte
	copy(seed[:], "a fixed chacha8 seed for tests!!")
	c := randv2.New(randv2.NewChaCha8(seed))
	fmt.Println(c.Uint64(), c.IntN(50), c.Uint32())
	fmt.Println(randv2.N(10) < 10, randv2.IntN(5) < 5)
}
