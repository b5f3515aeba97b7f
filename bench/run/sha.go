// sha256 over 32 MiB plus 200,000 short messages.
package main

import (
	"crypto/sha256"
	"fmt"
)

func main() {
	buf := make([]byte, 32<<20)
	for i := range buf {
		buf[i] = byte(i * 7)
	}
	fmt.Printf("%x\n", sha256.Sum256(buf))
	var acc [32]byte
	for i := 0; i < 200000; i++ {
		s := sha256.Sum256(buf[i%1000 : i%1000+55])
		for j := range acc {
			acc[j] ^= s[j]
		}
	}
	fmt.Printf("%x\n", acc)
}
