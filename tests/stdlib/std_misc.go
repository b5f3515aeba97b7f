// golden: GOARCH=386
package main

import (
	"bufio"
	"container/heap"
	"container/list"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"hash/fnv"
	"math/rand"
	randv2 "math/rand/v2"
	"os"
	"strconv"
	"strings"
	"unicode/utf16"
)

func out(parts ...string) {
	os.Stdout.WriteString(strings.Join(parts, " ") + "\n")
}

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	sum := sha256.Sum256([]byte("abc"))
	out(hex.EncodeToString(sum[:]))
	hs := sha256.New()
	hs.Write([]byte("hello "))
	hs.Write([]byte("world"))
	out(hex.EncodeToString(hs.Sum(nil)))
	out(base64.StdEncoding.EncodeToString([]byte("tinypy-go!")), base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff}))
	dec, err := base64.StdEncoding.DecodeString("aGVsbG8=")
	out(string(dec), strconv.FormatBool(err == nil))
	out(strconv.FormatUint(uint64(crc32.ChecksumIEEE([]byte("hello"))), 16))
	f := fnv.New64a()
	f.Write([]byte("fnv"))
	out(strconv.FormatUint(f.Sum64(), 16))
	buf := make([]byte, 8)
	binary.LittleEndian.PutUint32(buf, 0xdeadbeef)
	binary.BigEndian.PutUint16(buf[4:], 0x1234)
	out(hex.EncodeToString(buf), strconv.FormatUint(uint64(binary.BigEndian.Uint32(buf)), 16))
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	out(hex.EncodeToString(vb), strconv.FormatUint(v, 10), strconv.Itoa(n))

	h := &intHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	var popped []string
	for h.Len() > 0 {
		popped = append(popped, strconv.Itoa(heap.Pop(h).(int)))
	}
	out("heap", strings.Join(popped, ","))
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	l.PushBack(2)
	var items []string
	for e := l.Front(); e != nil; e = e.Next() {
		items = append(items, strconv.Itoa(e.Value.(int)))
	}
	out("list", strings.Join(items, ","))

	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n\nfour"))
	lines := 0
	for sc.Scan() {
		lines++
	}
	ws := bufio.NewScanner(strings.NewReader("one two\nthree\n\nfour"))
	ws.Split(bufio.ScanWords)
	words := 0
	for ws.Scan() {
		words++
	}
	out("scan", strconv.Itoa(lines), strconv.Itoa(words))
	br := bufio.NewReader(strings.NewReader("alpha,beta,gamma"))
	tok, _ := br.ReadString(',')
	rest, _ := br.ReadString('!')
	out(tok, rest)

	r := rand.New(rand.NewSource(42))
	out("rand", strconv.Itoa(r.Intn(1000)), strconv.Itoa(r.Intn(1000)), strconv.FormatInt(r.Int63(), 10))
	p := r.Perm(5)
	out("perm", strconv.Itoa(len(p)))
	c := randv2.NewChaCha8([32]byte{1, 2, 3})
	out("chacha8", strconv.FormatUint(c.Uint64(), 16), strconv.FormatUint(c.Uint64(), 16))
	pcg := randv2.New(randv2.NewPCG(1, 2))
	out("pcg", strconv.Itoa(pcg.IntN(1000)), strconv.FormatBool(randv2.IntN(10) < 10), strconv.FormatBool(rand.Float64() < 1))
	out("utf16", strconv.Itoa(len(utf16.Encode([]rune("a😀b")))), string(utf16.Decode([]uint16{0x48, 0xd83d, 0xde00})))
}
