package main

func kmeans(xs []float64, k, iters int) ([]float64, []int) {
	centers := make([]float64, k)
	for i := range centers {
		centers[i] = xs[i*len(xs)/k]
	}
	assign := make([]int, len(xs))
	for it := 0; it < iters; it++ {
		changed := false
		for i, x := range xs {
			best, bd := 0, -1.0
			for c, cx := range centers {
				d := (x - cx) * (x - cx)
				if bd < 0 || d < bd {
					best, bd = c, d
				}
			}
			if assign[i] != best {
				assign[i] = best
				changed = true
			}
		}
		sums := make([]float64, k)
		counts := make([]int, k)
		for i, x := range xs {
			sums[assign[i]] += x
			counts[assign[i]]++
		}
		for c := range centers {
			if counts[c] > 0 {
				centers[c] = sums[c] / float64(counts[c])
			}
		}
		if !changed && it > 0 {
			break
		}
	}
	return centers, assign
}

func main() {
	var xs []float64
	seed := uint32(42)
	rnd := func() float64 {
		seed = seed*1664525 + 1013904223
		return float64(seed>>8) / float64(1<<24)
	}
	for _, mu := range []float64{1, 10, 25} {
		for i := 0; i < 20; i++ {
			xs = append(xs, mu+rnd()*2-1)
		}
	}
	centers, assign := kmeans(xs, 3, 50)
	for _, c := range centers {
		print(float64(int(c*1000))/1000, " ")
	}
	println()
	counts := map[int]int{}
	for _, a := range assign {
		counts[a]++
	}
	println(counts[0], counts[1], counts[2])
	mean, m2 := 0.0, 0.0
	for i, x := range xs {
		d := x - mean
		mean += d / float64(i+1)
		m2 += d * (x - mean)
	}
	println(int(mean*1000), int(m2/float64(len(xs)-1)))
}
