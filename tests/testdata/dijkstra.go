package main

type Edge struct {
	to, w int
}

type Item struct{ node, dist int }

type PQ []Item

func (q *PQ) push(it Item) {
	*q = append(*q, it)
	a := *q
	for i := len(a) - 1; i > 0; {
		p := (i - 1) / 2
		if a[p].dist <= a[i].dist {
			break
		}
		a[p], a[i] = a[i], a[p]
		i = p
	}
}

func (q *PQ) pop() Item {
	a := *q
	top := a[0]
	n := len(a) - 1
	a[0] = a[n]
	a = a[:n]
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < n && a[l].dist < a[m].dist {
			m = l
		}
		if l+1 < n && a[l+1].dist < a[m].dist {
			m = l + 1
		}
		if m == i {
			break
		}
		a[i], a[m] = a[m], a[i]
		i = m
	}
	*q = a
	return top
}

const inf = int(^uint(0) >> 1)

func shortest(g [][]Edge, src int) ([]int, []int) {
	dist := make([]int, len(g))
	prev := make([]int, len(g))
	for i := range dist {
		dist[i], prev[i] = inf, -1
	}
	dist[src] = 0
	q := &PQ{}
	q.push(Item{src, 0})
	for len(*q) > 0 {
		it := q.pop()
		if it.dist > dist[it.node] {
			continue
		}
		for _, e := range g[it.node] {
			if nd := it.dist + e.w; nd < dist[e.to] {
				dist[e.to], prev[e.to] = nd, it.node
				q.push(Item{e.to, nd})
			}
		}
	}
	return dist, prev
}

func main() {
	g := make([][]Edge, 7)
	add := func(a, b, w int) {
		g[a] = append(g[a], Edge{b, w})
		g[b] = append(g[b], Edge{a, w})
	}
	add(0, 1, 7)
	add(0, 2, 9)
	add(0, 5, 14)
	add(1, 2, 10)
	add(1, 3, 15)
	add(2, 3, 11)
	add(2, 5, 2)
	add(3, 4, 6)
	add(4, 5, 9)
	dist, prev := shortest(g, 0)
	for i, d := range dist {
		if d == inf {
			println(i, "unreachable")
			continue
		}
		print(i, " ", d, " path:")
		for n := i; n != -1; n = prev[n] {
			print(" ", n)
		}
		println()
	}
}
