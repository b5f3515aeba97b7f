// APIs added in Go 1.24-1.27: iterator helpers of strings, bytes, maps and
// slices, sync.WaitGroup.Go, unique, weak, errors.AsType, reflect.TypeAssert,
// crypto/sha3, hash/maphash.Comparable, new(expr).
package main

import (
	"bytes"
	"crypto/sha3"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/maphash"
	"iter"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unique"
	"weak"
)

type notFound struct{ name string }

func (e *notFound) Error() string { return e.name + " not found" }

func countTo(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for l := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	fmt.Println(slices.Collect(strings.SplitSeq("a,b,,c", ",")))
	fmt.Println(slices.Collect(strings.FieldsSeq("  x  y z ")))
	fmt.Println(slices.Collect(strings.FieldsFuncSeq("a1b2c", func(r rune) bool { return r >= '0' && r <= '9' })))
	for l := range bytes.Lines([]byte("p\nq\n")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)))
	m2 := maps.Collect(maps.All(m))
	fmt.Println(len(m2), m2["c"])
	fmt.Println(slices.Collect(countTo(5)), slices.Collect(slices.Values([]string{"x", "y"})))
	for i, v := range slices.Backward([]int{10, 20, 30}) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2)), slices.Repeat([]int{7}, 3))
	next, stop := iter.Pull(countTo(3))
	a, ok1 := next()
	b, ok2 := next()
	stop()
	fmt.Println(a, ok1, b, ok2)

	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 10; i++ {
		wg.Go(func() {
			mu.Lock()
			total += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("total", total)

	h1 := unique.Make("hello")
	h2 := unique.Make(strings.ToLower("HELLO"))
	h3 := unique.Make("world")
	fmt.Println(h1 == h2, h1 == h3, h1.Value(), h3.Value())

	x := new(42)
	wp := weak.Make(x)
	fmt.Println(*wp.Value(), wp == weak.Make(x), weak.Make((*int)(nil)).Value() == nil)

	var err error = fmt.Errorf("open: %w", &notFound{"cfg"})
	if nf, ok := errors.AsType[*notFound](err); ok {
		fmt.Println("AsType:", nf.name)
	}
	v, ok := reflect.TypeAssert[int](reflect.ValueOf(5))
	fmt.Println("TypeAssert:", v, ok)
	_, ok = reflect.TypeAssert[string](reflect.ValueOf(5))
	fmt.Println("TypeAssert string:", ok)

	sum := sha3.Sum256([]byte("abc"))
	fmt.Println(hex.EncodeToString(sum[:]))
	s := sha3.New512()
	s.Write([]byte("abc"))
	fmt.Println(hex.EncodeToString(s.Sum(nil))[:32])
	shake := sha3.SumSHAKE128([]byte("abc"), 16)
	fmt.Println(hex.EncodeToString(shake))

	seed := maphash.MakeSeed()
	type key struct {
		a int
		b string
	}
	fmt.Println(maphash.Comparable(seed, key{1, "x"}) == maphash.Comparable(seed, key{1, "x"}))
	p := new(fmt.Sprint("made ", 3))
	fmt.Println(*p)
}
