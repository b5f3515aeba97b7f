package geom

import "example.com/app/util"

var Origin = Point{0, 0}

var count = util.Next()

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func Count() int { return count }

func init() { println("geom init", count) }
