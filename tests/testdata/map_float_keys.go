package main

func main() {
	m := map[float64]int{}
	zero := 0.0
	negz := -zero
	m[zero] = 1
	m[negz] = 2
	println(len(m), m[0], m[negz])
	nan := zero / zero
	m[nan] = 3
	m[nan] = 4
	m[nan] = 5
	println(len(m))
	v, ok := m[nan]
	println(v, ok)
	delete(m, nan)
	println(len(m))
	total, nans := 0, 0
	for k, v := range m {
		if k != k {
			nans++
		}
		total += v
	}
	println(total, nans)
	clear(m)
	println(len(m))
	f32 := map[float32]string{}
	var z32 float32
	f32[z32] = "zero"
	f32[-z32] = "negzero"
	println(len(f32), f32[0])
	type pt struct{ x, y float64 }
	ps := map[pt]int{}
	ps[pt{zero, 1}] = 1
	ps[pt{negz, 1}]++
	ps[pt{nan, 1}] = 9
	println(len(ps), ps[pt{0, 1}])
}
