package main

func main() {
	var zero float64
	nan := zero / zero
	negz := -zero
	inf := 1 / zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[0.0] = 3
	m[negz] = 4
	m[inf] = 5
	println(len(m), m[0], m[nan])
	_, ok := m[nan]
	println(ok)
	sum := 0
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	println(sum, nans)
	delete(m, nan)
	println(len(m))
	clear(m)
	println(len(m))
	type key struct {
		a float32
		b string
	}
	mk := map[key]int{}
	mk[key{0, "x"}]++
	mk[key{float32(negz), "x"}]++
	mk[key{1, "x"}]++
	println(len(mk), mk[key{0, "x"}])
	ci := map[complex128]bool{complex(0, 1): true}
	println(ci[1i], ci[complex(negz, 1)])
	ai := map[any]int{}
	ai[nan] = 1
	ai[nan] = 2
	ai[negz] = 3
	ai[zero] = 4
	println(len(ai), ai[0.0])
}
