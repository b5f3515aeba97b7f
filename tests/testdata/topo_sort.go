package main

type Graph struct {
	nodes []string
	index map[string]int
	adj   [][]int
}

func (g *Graph) node(name string) int {
	if i, ok := g.index[name]; ok {
		return i
	}
	g.index[name] = len(g.nodes)
	g.nodes = append(g.nodes, name)
	g.adj = append(g.adj, nil)
	return len(g.nodes) - 1
}

func (g *Graph) Edge(from, to string) {
	a, b := g.node(from), g.node(to)
	g.adj[a] = append(g.adj[a], b)
}

type CycleError struct{ path []string }

func (c *CycleError) Error() string {
	s := "cycle:"
	for _, p := range c.path {
		s += " " + p
	}
	return s
}

func (g *Graph) Topo() ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	color := make([]int, len(g.nodes))
	var order []string
	var stack []int
	var visit func(n int) error
	visit = func(n int) error {
		color[n] = grey
		stack = append(stack, n)
		for _, m := range g.adj[n] {
			switch color[m] {
			case grey:
				var path []string
				for i := len(stack) - 1; i >= 0; i-- {
					path = append(path, g.nodes[stack[i]])
					if stack[i] == m {
						break
					}
				}
				return &CycleError{path}
			case white:
				if err := visit(m); err != nil {
					return err
				}
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		order = append(order, g.nodes[n])
		return nil
	}
	for i := range g.nodes {
		if color[i] == white {
			if err := visit(i); err != nil {
				return nil, err
			}
		}
	}
	for i, j := 0, len(order)-1; i < j; i, j = i+1, j-1 {
		order[i], order[j] = order[j], order[i]
	}
	return order, nil
}

func main() {
	g := &Graph{index: map[string]int{}}
	deps := [][2]string{{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"}, {"belt", "jacket"}, {"shirt", "belt"}, {"socks", "shoes"}}
	for _, d := range deps {
		g.Edge(d[0], d[1])
	}
	order, err := g.Topo()
	println(err == nil)
	for _, n := range order {
		print(n, " ")
	}
	println()
	g.Edge("jacket", "shirt")
	_, err = g.Topo()
	println(err.Error())
}
