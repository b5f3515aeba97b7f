package main

type entry struct {
	key, val   int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[int]*entry
	head, tail *entry
	hits, miss int
}

func NewLRU(n int) *LRU {
	l := &LRU{cap: n, items: make(map[int]*entry, n)}
	l.head = &entry{}
	l.tail = &entry{}
	l.head.next, l.tail.prev = l.tail, l.head
	return l
}

func (l *LRU) unlink(e *entry) { e.prev.next, e.next.prev = e.next, e.prev }
func (l *LRU) front(e *entry) {
	e.next, e.prev = l.head.next, l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU) Get(k int) (int, bool) {
	e, ok := l.items[k]
	if !ok {
		l.miss++
		return 0, false
	}
	l.hits++
	l.unlink(e)
	l.front(e)
	return e.val, true
}

func (l *LRU) Put(k, v int) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.front(e)
		return
	}
	if len(l.items) == l.cap {
		old := l.tail.prev
		l.unlink(old)
		delete(l.items, old.key)
	}
	e := &entry{key: k, val: v}
	l.items[k] = e
	l.front(e)
}

func (l *LRU) Keys() []int {
	var ks []int
	for e := l.head.next; e != l.tail; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	c := NewLRU(3)
	c.Put(1, 10)
	c.Put(2, 20)
	c.Put(3, 30)
	c.Get(1)
	c.Put(4, 40)
	_, ok := c.Get(2)
	println(ok)
	c.Put(3, 33)
	for _, k := range c.Keys() {
		v, _ := c.Get(k)
		print(k, "=", v, " ")
	}
	println()
	seed := uint32(7)
	big := NewLRU(50)
	for i := 0; i < 2000; i++ {
		seed = seed*1103515245 + 12345
		k := int(seed>>16) % 100
		if _, ok := big.Get(k); !ok {
			big.Put(k, k*k)
		}
	}
	println(big.hits, big.miss, len(big.items), len(big.Keys()))
}
