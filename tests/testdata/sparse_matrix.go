package main

type coord struct{ r, c int }

type Sparse struct {
	rows, cols int
	data       map[coord]float64
}

func NewSparse(r, c int) *Sparse { return &Sparse{r, c, map[coord]float64{}} }

func (s *Sparse) Set(r, c int, v float64) {
	if r < 0 || r >= s.rows || c < 0 || c >= s.cols {
		panic("index out of bounds")
	}
	if v == 0 {
		delete(s.data, coord{r, c})
		return
	}
	s.data[coord{r, c}] = v
}

func (s *Sparse) Get(r, c int) float64 { return s.data[coord{r, c}] }

func (s *Sparse) Mul(o *Sparse) *Sparse {
	out := NewSparse(s.rows, o.cols)
	for k, v := range s.data {
		for j := 0; j < o.cols; j++ {
			if w, ok := o.data[coord{k.c, j}]; ok {
				out.data[coord{k.r, j}] += v * w
			}
		}
	}
	for k, v := range out.data {
		if v == 0 {
			delete(out.data, k)
		}
	}
	return out
}

func (s *Sparse) Print() {
	for r := 0; r < s.rows; r++ {
		for c := 0; c < s.cols; c++ {
			print(s.Get(r, c), " ")
		}
		println()
	}
}

func main() {
	a := NewSparse(3, 3)
	a.Set(0, 0, 2)
	a.Set(1, 2, -1)
	a.Set(2, 1, 0.5)
	b := NewSparse(3, 2)
	b.Set(0, 1, 3)
	b.Set(2, 0, 4)
	b.Set(1, 1, 8)
	p := a.Mul(b)
	p.Print()
	println(len(p.data))
	a.Set(0, 0, 0)
	println(len(a.data))
	id := NewSparse(50, 50)
	for i := 0; i < 50; i++ {
		id.Set(i, i, 1)
	}
	big := NewSparse(50, 50)
	for i := 0; i < 50; i++ {
		big.Set(i, (i*7)%50, float64(i))
	}
	prod := big.Mul(id)
	sum := 0.0
	for _, v := range prod.data {
		sum += v
	}
	println(len(prod.data), sum)
	defer func() { println("recovered:", recover().(string)) }()
	a.Set(3, 0, 1)
}
