// golden: GOARCH=386
// hash/crc32, hash/fnv, crypto/sha256, crypto/md5, crypto/sha1: one-shot and streaming digests.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("x", 1000)}
	for _, s := range inputs {
		d := []byte(s)
		fmt.Printf("%08x %08x\n", crc32.ChecksumIEEE(d), crc32.Checksum(d, crc32.MakeTable(crc32.Castagnoli)))
		fmt.Printf("%x\n", md5.Sum(d))
		fmt.Printf("%x\n", sha1.Sum(d))
		fmt.Printf("%x\n", sha256.Sum256(d))
		fmt.Printf("%x\n", sha256.Sum224(d))
	}
	var hs []hash.Hash = []hash.Hash{md5.New(), sha1.New(), sha256.New(), crc32.NewIEEE(), fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128a()}
	for _, h := range hs {
		io.WriteString(h, "streamed ")
		io.Copy(h, strings.NewReader("in two parts"))
		fmt.Println(h.Size(), h.BlockSize(), hex.EncodeToString(h.Sum(nil)))
	}
	h := sha256.New()
	h.Write([]byte("part1"))
	mid := h.Sum([]byte("prefix:"))
	h.Write([]byte("part2"))
	fmt.Printf("%s %x\n", mid[:7], h.Sum(nil))
	h.Reset()
	fmt.Printf("%x\n", h.Sum(nil))
	f32 := fnv.New32a()
	f32.Write([]byte("hello"))
	fmt.Println(f32.Sum32())
	f64 := fnv.New64a()
	f64.Write([]byte("hello"))
	fmt.Println(f64.Sum64())
	c := crc32.NewIEEE()
	c.Write([]byte("hel"))
	c.Write([]byte("lo"))
	fmt.Println(c.Sum32(), crc32.Update(crc32.ChecksumIEEE([]byte("hel")), crc32.IEEETable, []byte("lo")))
}
