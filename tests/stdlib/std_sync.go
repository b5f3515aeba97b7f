// golden: GOARCH=386
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

func out(parts ...string) {
	os.Stdout.WriteString(strings.Join(parts, " ") + "\n")
}

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

type node struct{ v int }

func main() {
	c := counter{n: map[string]int{}}
	for _, w := range strings.Fields("a b a c b a") {
		c.inc(w)
	}
	out("counts", strconv.Itoa(c.n["a"]), strconv.Itoa(c.n["b"]), strconv.Itoa(c.n["c"]))

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	out("rwmutex ok", strconv.FormatBool(rw.TryRLock()))
	rw.Unlock()

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { out("once", strconv.Itoa(i)) })
	}
	get := sync.OnceValue(func() int { out("computing"); return 42 })
	out(strconv.Itoa(get()), strconv.Itoa(get()))

	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		func() {
			defer wg.Done()
			total += i
		}()
	}
	wg.Wait()
	out("waitgroup", strconv.Itoa(total))

	var m sync.Map
	m.Store("x", 1)
	m.Store("y", 2)
	m.Store("z", 3)
	v, ok := m.Load("y")
	out("map load", strconv.Itoa(v.(int)), strconv.FormatBool(ok))
	m.Delete("x")
	act, loaded := m.LoadOrStore("z", 99)
	out("loadorstore", strconv.Itoa(act.(int)), strconv.FormatBool(loaded))
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string)+"="+strconv.Itoa(v.(int)))
		return true
	})
	sort.Strings(keys)
	out("range", strings.Join(keys, ","))

	pool := sync.Pool{New: func() any { return new(strings.Builder) }}
	sb := pool.Get().(*strings.Builder)
	sb.WriteString("pooled")
	out(sb.String())
	sb.Reset()
	pool.Put(sb)

	var i32 int32
	atomic.AddInt32(&i32, 5)
	atomic.AddInt32(&i32, -2)
	out("int32", strconv.Itoa(int(atomic.LoadInt32(&i32))), strconv.FormatBool(atomic.CompareAndSwapInt32(&i32, 3, 10)),
		strconv.FormatBool(atomic.CompareAndSwapInt32(&i32, 3, 11)), strconv.Itoa(int(atomic.SwapInt32(&i32, 7))), strconv.Itoa(int(i32)))
	var u64 atomic.Uint64
	u64.Store(1 << 40)
	u64.Add(5)
	out("uint64", strconv.FormatUint(u64.Load(), 10), strconv.FormatUint(u64.Or(3), 10), strconv.FormatUint(u64.And(0xff), 10), strconv.FormatUint(u64.Load(), 10))
	var flag atomic.Bool
	flag.Store(true)
	out("bool", strconv.FormatBool(flag.Load()), strconv.FormatBool(flag.Swap(false)), strconv.FormatBool(flag.Load()))
	var p atomic.Pointer[node]
	out("pointer nil", strconv.FormatBool(p.Load() == nil))
	p.Store(&node{v: 7})
	old := p.Swap(&node{v: 8})
	out("pointer", strconv.Itoa(old.v), strconv.Itoa(p.Load().v))
	var val atomic.Value
	val.Store("first")
	prev := val.Swap("second")
	out("value", prev.(string), val.Load().(string), strconv.FormatBool(val.CompareAndSwap("second", "third")), val.Load().(string))

	cond := sync.NewCond(&sync.Mutex{})
	cond.L.Lock()
	cond.Broadcast()
	cond.Signal()
	cond.L.Unlock()
	out("cond ok")
}
