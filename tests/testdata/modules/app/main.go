package main

import (
	"example.com/app/geom"
	u "example.com/app/util"
)

func main() {
	p := geom.Point{1, 2}.Add(geom.Point{X: 3, Y: 4})
	println(p.X, p.Y, geom.Origin.X, geom.Count(), u.Next())
}
