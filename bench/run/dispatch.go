// Interface method calls in a hot loop.
package main

import "fmt"

type shape interface {
	area() float64
	scale(f float64)
}

type rect struct{ w, h float64 }
type circle struct{ r float64 }
type square struct{ s float64 }

func (r *rect) area() float64     { return r.w * r.h }
func (r *rect) scale(f float64)   { r.w *= f; r.h *= f }
func (c *circle) area() float64   { return 3.14159 * c.r * c.r }
func (c *circle) scale(f float64) { c.r *= f }
func (s *square) area() float64   { return s.s * s.s }
func (s *square) scale(f float64) { s.s *= f }

func main() {
	shapes := []shape{}
	for i := 0; i < 1000; i++ {
		switch i % 3 {
		case 0:
			shapes = append(shapes, &rect{1, 2})
		case 1:
			shapes = append(shapes, &circle{1})
		default:
			shapes = append(shapes, &square{2})
		}
	}
	total := 0.0
	for k := 0; k < 30000; k++ {
		f := 1.0001
		if k%2 == 1 {
			f = 1 / 1.0001
		}
		for _, s := range shapes {
			s.scale(f)
			total += s.area()
		}
	}
	fmt.Printf("%.3f\n", total)
}
