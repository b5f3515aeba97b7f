package main

type Expr interface{}

type Num float64
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }
type Neg struct{ X Expr }
type Var string

func eval(e Expr, env map[Var]float64) float64 {
	switch e := e.(type) {
	case Num:
		return float64(e)
	case Var:
		return env[e]
	case Add:
		return eval(e.L, env) + eval(e.R, env)
	case *Mul:
		return eval(e.L, env) * eval(e.R, env)
	case Neg:
		return -eval(e.X, env)
	case nil:
		return 0
	default:
		panic("unknown")
	}
}

func show(e Expr) string {
	switch e := e.(type) {
	case Num:
		if e == 2 {
			return "2"
		}
		return "n"
	case Var:
		return string(e)
	case Add:
		return "(" + show(e.L) + "+" + show(e.R) + ")"
	case *Mul:
		return show(e.L) + "*" + show(e.R)
	case Neg:
		return "-" + show(e.X)
	}
	return "?"
}

func kind(v any) string {
	switch v.(type) {
	case int, int8, int16:
		return "small int"
	case string:
		return "string"
	case error:
		return "error"
	case func() int:
		return "func"
	case []int:
		return "slice"
	}
	return "other"
}

func main() {
	e := Add{&Mul{Num(2), Var("x")}, Neg{Var("y")}}
	env := map[Var]float64{"x": 10, "y": 3}
	println(show(e), eval(e, env))
	println(eval(nil, env))
	println(kind(1), kind(int8(1)), kind("s"), kind(func() int { return 1 }), kind([]int{}), kind(1.5), kind(nil))
}
