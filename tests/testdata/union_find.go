package main

type DSU struct {
	parent, rank []int
	sets         int
}

func NewDSU(n int) *DSU {
	d := &DSU{make([]int, n), make([]int, n), n}
	for i := range d.parent {
		d.parent[i] = i
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.rank[ra] < d.rank[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	if d.rank[ra] == d.rank[rb] {
		d.rank[ra]++
	}
	d.sets--
	return true
}

type WEdge struct{ a, b, w int }

func kruskal(n int, edges []WEdge) (int, []WEdge) {
	for i := 1; i < len(edges); i++ {
		for j := i; j > 0 && edges[j].w < edges[j-1].w; j-- {
			edges[j], edges[j-1] = edges[j-1], edges[j]
		}
	}
	d := NewDSU(n)
	total := 0
	var used []WEdge
	for _, e := range edges {
		if d.Union(e.a, e.b) {
			total += e.w
			used = append(used, e)
		}
	}
	return total, used
}

func main() {
	d := NewDSU(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 8}, {8, 9}, {0, 3}}
	for _, p := range pairs {
		println(p[0], p[1], d.Union(p[0], p[1]), d.sets)
	}
	println(d.Find(2) == d.Find(0), d.Find(5) == d.Find(9))
	total, used := kruskal(5, []WEdge{{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {2, 4, 5}})
	println(total, len(used))
	for _, e := range used {
		println(e.a, e.b, e.w)
	}
}
