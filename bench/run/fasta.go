// Fasta: a 20 MB string built with strings.Builder and weighted random choice.
package main

import (
	"crypto/sha256"
	"fmt"
	"strings"
)

type acid struct {
	c byte
	p float64
}

var last uint32 = 42

func rnd(max float64) float64 {
	last = (last*3877 + 29573) % 139968
	return max * float64(last) / 139968
}

func main() {
	acids := []acid{{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27}, {'B', 0.02}, {'D', 0.02}, {'H', 0.02},
		{'K', 0.02}, {'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02}, {'V', 0.02}, {'W', 0.02}, {'Y', 0.02}}
	cum := 0.0
	for i := range acids {
		cum += acids[i].p
		acids[i].p = cum
	}
	var sb strings.Builder
	for i := 0; i < 20000000; i++ {
		r := rnd(1)
		for _, a := range acids {
			if r < a.p {
				sb.WriteByte(a.c)
				break
			}
		}
		if i%60 == 59 {
			sb.WriteByte('\n')
		}
	}
	s := sb.String()
	fmt.Println(len(s), strings.Count(s, "ag"))
	fmt.Printf("%x\n", sha256.Sum256([]byte(s)))
}
