package main

type Value interface{}

type Symbol string

type Cons struct {
	Car, Cdr Value
}

type Builtin func(args []Value) Value

type Lambda struct {
	params []Symbol
	body   Value
	env    *Env
}

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

func (e *Env) Get(s Symbol) Value {
	for env := e; env != nil; env = env.outer {
		if v, ok := env.vars[s]; ok {
			return v
		}
	}
	panic("unbound " + string(s))
}

func tokenize(s string) []string {
	var toks []string
	cur := ""
	for _, r := range s {
		switch r {
		case '(', ')':
			if cur != "" {
				toks = append(toks, cur)
				cur = ""
			}
			toks = append(toks, string(r))
		case ' ', '\n':
			if cur != "" {
				toks = append(toks, cur)
				cur = ""
			}
		default:
			cur += string(r)
		}
	}
	if cur != "" {
		toks = append(toks, cur)
	}
	return toks
}

func parse(toks []string, pos int) (Value, int) {
	t := toks[pos]
	if t == "(" {
		var items []Value
		pos++
		for toks[pos] != ")" {
			var v Value
			v, pos = parse(toks, pos)
			items = append(items, v)
		}
		var list Value
		for i := len(items) - 1; i >= 0; i-- {
			list = &Cons{items[i], list}
		}
		return list, pos + 1
	}
	n, neg, isNum := 0, false, true
	for i := 0; i < len(t); i++ {
		if i == 0 && t[i] == '-' && len(t) > 1 {
			neg = true
			continue
		}
		if t[i] < '0' || t[i] > '9' {
			isNum = false
			break
		}
		n = n*10 + int(t[i]-'0')
	}
	if isNum {
		if neg {
			n = -n
		}
		return n, pos + 1
	}
	return Symbol(t), pos + 1
}

func list(v Value) []Value {
	var out []Value
	for v != nil {
		c := v.(*Cons)
		out = append(out, c.Car)
		v = c.Cdr
	}
	return out
}

func eval(v Value, env *Env) Value {
	switch x := v.(type) {
	case int:
		return x
	case Symbol:
		return env.Get(x)
	case *Cons:
		if head, ok := x.Car.(Symbol); ok {
			args := list(x.Cdr)
			switch head {
			case "quote":
				return args[0]
			case "if":
				if c := eval(args[0], env); c != nil && c != false {
					return eval(args[1], env)
				}
				return eval(args[2], env)
			case "define":
				env.vars[args[0].(Symbol)] = eval(args[1], env)
				return nil
			case "lambda":
				var ps []Symbol
				for _, p := range list(args[0]) {
					ps = append(ps, p.(Symbol))
				}
				return &Lambda{ps, args[1], env}
			}
		}
		f := eval(x.Car, env)
		var args []Value
		for _, a := range list(x.Cdr) {
			args = append(args, eval(a, env))
		}
		switch f := f.(type) {
		case Builtin:
			return f(args)
		case *Lambda:
			e := &Env{map[Symbol]Value{}, f.env}
			for i, p := range f.params {
				e.vars[p] = args[i]
			}
			return eval(f.body, e)
		}
		panic("not a function")
	}
	return v
}

func show(v Value) string {
	switch x := v.(type) {
	case nil:
		return "()"
	case int:
		if x < 0 {
			return "-" + show(-x)
		}
		if x < 10 {
			return string(rune('0' + x))
		}
		return show(x/10) + string(rune('0'+x%10))
	case bool:
		if x {
			return "#t"
		}
		return "#f"
	case Symbol:
		return string(x)
	case *Cons:
		s := "("
		for i, e := range list(x) {
			if i > 0 {
				s += " "
			}
			s += show(e)
		}
		return s + ")"
	case *Lambda:
		return "<lambda>"
	}
	return "?"
}

func main() {
	global := &Env{vars: map[Symbol]Value{
		"+":    Builtin(func(a []Value) Value { return a[0].(int) + a[1].(int) }),
		"-":    Builtin(func(a []Value) Value { return a[0].(int) - a[1].(int) }),
		"*":    Builtin(func(a []Value) Value { return a[0].(int) * a[1].(int) }),
		"<":    Builtin(func(a []Value) Value { return a[0].(int) < a[1].(int) }),
		"cons": Builtin(func(a []Value) Value { return &Cons{a[0], a[1]} }),
		"car":  Builtin(func(a []Value) Value { return a[0].(*Cons).Car }),
		"cdr":  Builtin(func(a []Value) Value { return a[0].(*Cons).Cdr }),
	}}
	progs := []string{
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(fib 20)",
		"(quote (a b (c d)))",
		"(cons 1 (cons 2 (quote ())))",
		"(car (cdr (quote (x y z))))",
		"(define make-adder (lambda (x) (lambda (y) (+ x y))))",
		"((make-adder 5) -12)",
		"(< 3 2)",
		"(undefined 1)",
	}
	for _, p := range progs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					println(p, "=> error:", r.(string))
				}
			}()
			v, _ := parse(tokenize(p), 0)
			println(p, "=>", show(eval(v, global)))
		}()
	}
}
